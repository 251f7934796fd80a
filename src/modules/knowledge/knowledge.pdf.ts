/**
 * Checking an uploaded PDF and taking its text out for search (unpdf: PDF.js built for servers, no
 * native code). A file that is not a PDF, is encrypted or cannot be read is refused before anything is
 * stored.
 */
import { extractText, getDocumentProxy } from 'unpdf';

/** Text kept per file for search: enough for any report; beyond it the search gains nothing. */
export const MAX_EXTRACTED_CHARS = 1_000_000;

export type PdfProblem = 'not-pdf' | 'unreadable' | 'encrypted';

export type PdfResult = { ok: true; pageCount: number; text: string } | { ok: false; problem: PdfProblem };

export function looksLikePdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first 1024 bytes (the standard allows leading junk; in practice it starts the file).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function readPdf(bytes: Uint8Array): Promise<PdfResult> {
  if (!looksLikePdf(bytes)) {
    return { ok: false, problem: 'not-pdf' };
  }
  try {
    // PDF.js takes ownership of the buffer it is given: pass a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      const { totalPages, text } = await extractText(pdf, { mergePages: true });
      const clean = text
        .replaceAll('\u0000', '')
        .replace(/[ \t]+/g, ' ')
        .slice(0, MAX_EXTRACTED_CHARS);
      return { ok: true, pageCount: totalPages, text: clean };
    } finally {
      await pdf.cleanup();
    }
  } catch (error) {
    const name = (error as { name?: string }).name;
    return { ok: false, problem: name === 'PasswordException' ? 'encrypted' : 'unreadable' };
  }
}

/** A file name safe to keep and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return clean.length > 0 ? clean : 'document.pdf';
}
