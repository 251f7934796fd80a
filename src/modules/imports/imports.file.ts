/**
 * The uploaded file: stored encrypted in chunks of 1 MiB in the database (so any instance can run the
 * job, and a dump shows no personal data), read back as a stream of rows. CSV: UTF-8 or, as Dutch
 * Excel saves it, Windows-1252; separator `;`, `,` or tab, from the header line.
 */
import type { Queryable } from '../../platform/db/db.js';
import type { FieldCipher } from '../../platform/crypto/field-encryption.js';
import { CsvParser, detectSeparator, type CsvRow } from '../../shared/csv.js';
import { readXlsxRows } from '../../platform/spreadsheet/xlsx.js';

export const CHUNK_BYTES = 1024 * 1024;

/** A file that cannot be read as a spreadsheet at all; `code` is a message key suffix (import.failure.*). */
export class ImportFileError extends Error {
  constructor(
    readonly code: 'too-large' | 'empty' | 'unreadable' | 'encrypted' | 'no-header',
    message: string = code,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

const context = (importId: string, seq: number) => `import:${importId}:${seq}`;

/** The format from the first bytes: a zip archive (PK\x03\x04) is XLSX, anything else is read as CSV. */
export function formatOf(firstBytes: Uint8Array): 'csv' | 'xlsx' {
  return firstBytes[0] === 0x50 && firstBytes[1] === 0x4b && firstBytes[2] === 0x03 && firstBytes[3] === 0x04
    ? 'xlsx'
    : 'csv';
}

/**
 * Stores an upload as it arrives, in chunks (each one statement, not one long transaction: the
 * upload's pace is the network's). The caller deletes the import when this throws.
 * @returns the size and the format found in the first bytes
 */
export async function storeFile(
  q: Queryable,
  cipher: FieldCipher,
  importId: string,
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<{ bytes: number; format: 'csv' | 'xlsx' }> {
  let seq = 0;
  let total = 0;
  let format: 'csv' | 'xlsx' | null = null;
  let parts: Buffer[] = [];
  let buffered = 0;
  const flush = async () => {
    if (buffered === 0) {
      return;
    }
    const plain = Buffer.concat(parts, buffered);
    parts = [];
    buffered = 0;
    await q.query('INSERT INTO import_file_chunks (import_id, seq, data) VALUES ($1, $2, $3)', [
      importId,
      seq,
      cipher.encryptBytes(plain, context(importId, seq)),
    ]);
    seq += 1;
  };
  for await (const piece of body) {
    const chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    total += chunk.length;
    if (total > maxBytes) {
      throw new ImportFileError('too-large');
    }
    format ??= formatOf(chunk);
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(CHUNK_BYTES - buffered, chunk.length - offset);
      parts.push(chunk.subarray(offset, offset + take));
      buffered += take;
      offset += take;
      if (buffered === CHUNK_BYTES) {
        await flush();
      }
    }
  }
  await flush();
  if (total === 0 || format === null) {
    throw new ImportFileError('empty');
  }
  return { bytes: total, format };
}

/** The stored file, chunk by chunk, decrypted; `onBytes` learns how far reading has come. */
export async function* readFile(
  q: Queryable,
  cipher: FieldCipher,
  importId: string,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  let read = 0;
  for (let seq = 0; ; seq += 1) {
    const { rows } = await q.query<{ data: Uint8Array }>(
      'SELECT data FROM import_file_chunks WHERE import_id = $1 AND seq = $2',
      [importId, seq],
    );
    if (!rows[0]) {
      return;
    }
    const plain = cipher.decryptBytes(rows[0].data, context(importId, seq));
    read += plain.length;
    yield plain;
    onBytes?.(read);
  }
}

/** One row of the sheet with its row number as the spreadsheet shows it. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/**
 * Bytes decoded and handed to the CSV parser at a time (some 190 rows): its rows are what is decoded at
 * once. A whole stored chunk (1 MiB, some 12,000 rows) would keep all its rows' cells alive while they are checked and staged, long
 * enough for the garbage collector to move them to the old generation.
 */
const PARSE_BYTES = 16 * 1024;

/** Decodes CSV bytes: UTF-8 unless the first chunk is not valid UTF-8 (then Windows-1252, as Dutch Excel saves). */
async function* csvRows(bytes: AsyncIterable<Buffer>): AsyncGenerator<SheetRow[]> {
  let decoder: TextDecoder | null = null;
  let parser: CsvParser | null = null;
  let pendingText = '';
  const toRows = (rows: CsvRow[]): SheetRow[] => rows.map((r) => ({ row: r.line, cells: r.cells }));
  for await (const chunk of bytes) {
    if (!decoder) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, Math.max(0, chunk.length - 4)));
        decoder = new TextDecoder('utf-8');
      } catch {
        decoder = new TextDecoder('windows-1252');
      }
    }
    for (let offset = 0; offset < chunk.length; offset += PARSE_BYTES) {
      const text = decoder.decode(chunk.subarray(offset, offset + PARSE_BYTES), { stream: true });
      if (!parser) {
        // The separator from the header line (which may not be complete in a tiny first chunk).
        pendingText += text;
        const lineEnd = pendingText.search(/[\r\n]/);
        if (lineEnd === -1 && pendingText.length < 64 * 1024) {
          continue;
        }
        parser = new CsvParser(detectSeparator(lineEnd === -1 ? pendingText : pendingText.slice(0, lineEnd)));
        const first = pendingText;
        pendingText = '';
        yield toRows(parser.push(first));
        continue;
      }
      yield toRows(parser.push(text));
    }
  }
  const rest = decoder?.decode() ?? '';
  if (!parser) {
    parser = new CsvParser(detectSeparator(pendingText.split(/[\r\n]/)[0] ?? ''));
    yield toRows(parser.push(pendingText + rest));
  } else if (rest) {
    yield toRows(parser.push(rest));
  }
  yield toRows(parser.end());
}

/** XLSX rows (read one at a time) in runs, as the CSV rows come. */
async function* xlsxRows(bytes: AsyncIterable<Buffer>): AsyncGenerator<SheetRow[]> {
  let run: SheetRow[] = [];
  for await (const r of readXlsxRows(bytes)) {
    run.push(r);
    if (run.length >= 500) {
      yield run;
      run = [];
    }
  }
  yield run;
}

const hasContent = (r: SheetRow) => r.cells.some((c) => c.trim() !== '');

/**
 * The rows of a stored file in runs of some hundreds (a few hundred rows per step of the reading instead of
 * one: the steps of the generators cost more than the rows), empty rows left out. Throws
 * {@link ImportFileError} when the file cannot be read as CSV or XLSX.
 */
export async function* sheetRowRuns(format: 'csv' | 'xlsx', bytes: AsyncIterable<Buffer>): AsyncGenerator<SheetRow[]> {
  try {
    const runs = format === 'xlsx' ? xlsxRows(bytes) : csvRows(bytes);
    for await (const run of runs) {
      const rows = run.filter(hasContent);
      if (rows.length > 0) {
        yield rows;
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) {
      throw error;
    }
    const code = (error as { code?: string }).code;
    const kind: 'encrypted' | 'unreadable' = code === 'encrypted' ? 'encrypted' : 'unreadable';
    throw new ImportFileError(kind, (error as Error).message);
  }
}

/** {@link sheetRowRuns} one row at a time. */
export async function* sheetRows(format: 'csv' | 'xlsx', bytes: AsyncIterable<Buffer>): AsyncGenerator<SheetRow> {
  for await (const run of sheetRowRuns(format, bytes)) {
    yield* run;
  }
}
