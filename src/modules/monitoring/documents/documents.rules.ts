/**
 * Which files an initiative may keep: PDF, and the office formats a project plan or an interim report comes
 * in (Word, Excel, PowerPoint, OpenDocument text and spreadsheet). The type is decided from the bytes and
 * the name together — a PDF starts with "%PDF-", the office formats are ZIP files ("PK\x03\x04") told apart
 * by their extension — never from what the browser claims.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const ZIP_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

export type DocumentProblem = 'empty' | 'too-large' | 'file-type';

/** The content type of an accepted document, or why it is refused. */
export function documentType(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; contentType: string } | { ok: false; problem: DocumentProblem } {
  if (bytes.length === 0) {
    return { ok: false, problem: 'empty' };
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return { ok: false, problem: 'too-large' };
  }
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (head === '%PDF-' && (extension === 'pdf' || extension === '')) {
    return { ok: true, contentType: 'application/pdf' };
  }
  if (head.startsWith('PK\x03\x04') && ZIP_TYPES[extension]) {
    return { ok: true, contentType: ZIP_TYPES[extension] };
  }
  return { ok: false, problem: 'file-type' };
}

/** A file name as it may be stored and sent back: no path, no control characters, at most 200 characters. */
export function cleanDocumentName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'document').slice(0, 200);
}
