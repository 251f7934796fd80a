/**
 * Minimal XLSX (Office Open XML spreadsheet) support for spreadsheet imports and template downloads.
 *
 * Reading streams: the worksheet's zip entry is inflated chunk by chunk (fflate `Unzip`) and parsed with
 * a streaming XML parser (saxes), so memory stays flat however many rows a sheet has. Only the small
 * parts (workbook, relationships, styles) and the shared-string table are held in memory.
 *
 * Zip entries may come in any order. Excel itself writes the worksheets *before* sharedStrings.xml and
 * styles.xml, so a sheet often cannot be decoded when it passes by. Then, for a file path, the file is
 * read a second time for just that sheet; for a stream source, the sheet's still-compressed bytes are
 * spooled to a temporary file and decoded from there once the stream has ended.
 *
 * The XML parser never fetches or expands external entities or DTDs, so crafted files cannot reach
 * the file system or network (XXE) or blow up through entity expansion.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Unzip,
  UnzipInflate,
  strToU8,
  zipSync,
  type AsyncFlateStreamHandler,
  type UnzipDecoder,
  type UnzipDecoderConstructor,
} from 'fflate';
import { SaxesParser } from 'saxes';

/** Why a file could not be read as a workbook; an importer maps these to a message for the user. */
export type XlsxErrorCode =
  /** Not a zip archive, or a zip archive without a workbook (e.g. a .docx or .ods file). */
  | 'not-xlsx'
  /** An OLE compound file that is not encrypted: an Excel 97–2003 .xls file or another old Office file. */
  | 'legacy-xls'
  /** A password-protected workbook (Excel stores those as an OLE compound file). */
  | 'encrypted'
  /** The requested sheet does not exist in the workbook. */
  | 'no-sheet'
  /** The archive or its XML is damaged, truncated or uses an unsupported zip compression method. */
  | 'corrupt';

/** A file that cannot be read as an .xlsx workbook. The message is English; `code` says why. */
export class XlsxError extends Error {
  constructor(
    message: string,
    readonly code: XlsxErrorCode,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'XlsxError';
  }
}

/** One non-empty spreadsheet row. */
export interface XlsxRow {
  /** 1-based row number as shown in the spreadsheet ("rij 12"). */
  row: number;
  /**
   * Cell texts from column A on; an empty cell is '' at its position. Trailing empty cells are
   * left off, so rows can be shorter than the header row.
   */
  cells: string[];
}

/** Options for {@link readXlsxRows}. */
export interface ReadXlsxOptions {
  /** 0-based index of the sheet in workbook (tab) order; default 0, the first sheet. */
  sheet?: number;
}

/**
 * Streams the rows of one worksheet of an .xlsx file.
 *
 * Rows that are missing from the file, or that hold no value at all (only formatting), are skipped;
 * `row` keeps the spreadsheet's own numbering. Cell texts:
 * - strings (shared, inline, formula results) as stored, rich text runs concatenated;
 * - numbers as the shortest text that round-trips (`String(Number(v))`: '7.5', '32', '0.001');
 * - numbers with a date format as 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM' (':SS' when the seconds are not
 *   zero) when the format also shows a time; 1900 and 1904 date systems are both honoured. Time-only
 *   formats (e.g. 'hh:mm', built-in 18–21 and 45–47) stay number texts, as their value is a fraction of
 *   a day and not a date;
 * - booleans as 'true' / 'false'; errors as their text ('#N/A').
 *
 * @param source - a file path, or the file's bytes as a stream (e.g. an upload)
 * @param options - which sheet to read
 * @throws XlsxError when the file is not a readable .xlsx workbook (see {@link XlsxErrorCode})
 */
export async function* readXlsxRows(
  source: AsyncIterable<Uint8Array> | string,
  options: ReadXlsxOptions = {},
): AsyncGenerator<XlsxRow> {
  const sheetIndex = options.sheet ?? 0;
  if (!Number.isInteger(sheetIndex) || sheetIndex < 0) {
    throw new RangeError(`sheet must be a 0-based index, got ${sheetIndex}`);
  }
  const fromPath = typeof source === 'string';
  const input = sliced(fromPath ? readFile(source) : source)[Symbol.asyncIterator]();
  const temp = new TempDir();
  const spools = new Map<string, Spool>();
  try {
    const head = await readHead(input);
    await rejectUnlessZip(head, input);

    const book = new WorkbookParts();
    const rows: XlsxRow[] = [];
    const seen = new Set<string>();
    let streamed = false;
    const spool = (key: string, compression: number): Spool => {
      const created = new Spool(temp, `entry-${spools.size + 1}.bin`, compression);
      spools.set(key, created);
      return created;
    };

    // Pass 1: the small parts, and the sheet itself when everything it needs has already passed by.
    const route = (key: string, compression: number): EntrySink | undefined => {
      seen.add(key);
      const part = book.sinkFor(key);
      if (part) {
        return part;
      }
      if (book.resolved) {
        if (key !== book.sheetKey(sheetIndex)) {
          return undefined;
        }
        if (book.ready) {
          streamed = true;
          return xmlSink(new SheetHandler(book.sheetContext(), rows));
        }
        return fromPath ? undefined : spool(key, compression);
      }
      // Sheets before the workbook: keep any XML part that may turn out to be the sheet.
      return fromPath || !key.endsWith('.xml') ? undefined : spool(key, compression);
    };
    for await (const _ of unzipPass(resume(head, input), route)) {
      for (const pending of spools.values()) {
        await pending.flush();
      }
      yield* rows.splice(0);
    }

    const sheets = book.sheets;
    if (!sheets) {
      throw new XlsxError(
        'The file is a zip archive without a workbook (xl/workbook.xml), so it is not an Excel .xlsx file.',
        'not-xlsx',
      );
    }
    const sheet = sheets[sheetIndex];
    if (!sheet) {
      throw new XlsxError(
        `The workbook has ${sheets.length} sheet(s); there is no sheet number ${sheetIndex + 1}.`,
        'no-sheet',
      );
    }
    const target = book.sheetKey(sheetIndex);
    if (target === undefined || !seen.has(target)) {
      throw new XlsxError(`The data of sheet "${sheet.name}" is missing from the file.`, 'corrupt');
    }
    if (streamed) {
      return;
    }

    // Pass 2: the sheet, now that the shared strings and styles are known.
    const sheetRows = xmlSink(new SheetHandler(book.sheetContext(), rows));
    if (fromPath) {
      const onlySheet = (key: string): EntrySink | undefined => (key === target ? sheetRows : undefined);
      for await (const _ of unzipPass(sliced(readFile(source)), onlySheet)) {
        yield* rows.splice(0);
      }
    } else {
      const spooled = spools.get(target);
      if (!spooled) {
        throw new XlsxError(`The data of sheet "${sheet.name}" is missing from the file.`, 'corrupt');
      }
      const spooledPath = await spooled.finish();
      for await (const _ of decodeEntry(sliced(readFile(spooledPath)), spooled.compression, sheetRows)) {
        yield* rows.splice(0);
      }
    }
  } finally {
    await input.return?.(undefined);
    for (const pending of spools.values()) {
      await pending.dispose();
    }
    await temp.remove();
  }
}

// ---------------------------------------------------------------------------------------------------
// Bytes in: file or stream, sniffing the format

/** Slice size fed to the unzipper: bounds how many rows one step can produce. */
const SLICE_BYTES = 32 * 1024;

function readFile(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Uint8Array>;
}

async function* sliced(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    for (let i = 0; i < chunk.length; i += SLICE_BYTES) {
      yield chunk.subarray(i, i + SLICE_BYTES);
    }
  }
}

/** Reads at least the first 8 bytes (fewer at the end of input); returns them as read. */
async function readHead(input: AsyncIterator<Uint8Array>): Promise<Uint8Array[]> {
  const head: Uint8Array[] = [];
  let length = 0;
  while (length < 8) {
    const next = await input.next();
    if (next.done === true) {
      break;
    }
    head.push(next.value);
    length += next.value.length;
  }
  return head;
}

async function* resume(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) {
      return;
    }
    yield next.value;
  }
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function rejectUnlessZip(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): Promise<void> {
  const start = Buffer.concat(head).subarray(0, 8);
  // PK\3\4 (a file entry) or PK\5\6 (an empty archive).
  if (
    start[0] === 0x50 &&
    start[1] === 0x4b &&
    ((start[2] === 3 && start[3] === 4) || (start[2] === 5 && start[3] === 6))
  ) {
    return;
  }
  if (OLE_SIGNATURE.every((byte, i) => start[i] === byte)) {
    if (await containsBytes(resume(head, rest), Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new XlsxError(
        'The workbook is password-protected. Remove the password in Excel and upload the file again.',
        'encrypted',
      );
    }
    throw new XlsxError(
      'The file is an old Excel 97–2003 workbook (.xls) or another old Office file; save it as .xlsx first.',
      'legacy-xls',
    );
  }
  throw new XlsxError('The file is not an Excel workbook (.xlsx).', 'not-xlsx');
}

/** Whether a byte pattern occurs anywhere in a stream (the OLE directory names its streams in UTF-16). */
async function containsBytes(chunks: AsyncIterable<Uint8Array>, pattern: Buffer): Promise<boolean> {
  let tail = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const window = Buffer.concat([tail, chunk]);
    if (window.includes(pattern)) {
      return true;
    }
    tail = window.subarray(Math.max(0, window.length - pattern.length + 1));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Zip entries out: fflate's streaming Unzip with a decoder that only inflates the entries we want

/** Receives one zip entry: inflated (`inflate`) or still compressed (`raw`, for spooling). */
interface EntrySink {
  readonly mode: 'inflate' | 'raw';
  push(data: Uint8Array, final: boolean): void;
}

type DecodeMode = EntrySink['mode'] | 'discard';

/**
 * A decoder for one compression method (0 stored, 8 deflate). Entries nobody wants are dropped as
 * they stream by: fflate would otherwise keep the bytes of entries that were never started.
 */
function decoderFor(compression: 0 | 8, currentMode: () => DecodeMode): UnzipDecoderConstructor {
  return class EntryDecoder implements UnzipDecoder {
    static readonly compression = compression;
    ondata: AsyncFlateStreamHandler = () => undefined;
    private readonly mode: DecodeMode;
    private readonly inflate: UnzipInflate | undefined;

    constructor() {
      this.mode = currentMode();
      if (compression === 8 && this.mode === 'inflate') {
        this.inflate = new UnzipInflate();
        this.inflate.ondata = (err, data, final) => this.ondata(err, data, final);
      }
    }

    push(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
      if (this.inflate) {
        this.inflate.push(chunk, final);
      } else if (this.mode !== 'discard') {
        this.ondata(null, chunk, final);
      }
    }
  };
}

function asXlsxError(error: unknown): XlsxError {
  if (error instanceof XlsxError) {
    return error;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new XlsxError(`The file is damaged or incomplete (${detail}).`, 'corrupt', { cause: error });
}

/**
 * Pushes the archive through `Unzip`, handing each entry to the sink `route` returns for its name
 * (lower-cased, see {@link partKey}). Yields after every slice so the caller can drain its queues.
 */
async function* unzipPass(
  chunks: AsyncIterable<Uint8Array>,
  route: (key: string, compression: number) => EntrySink | undefined,
): AsyncGenerator<void> {
  let failure: unknown;
  let mode: DecodeMode = 'discard';
  const unzip = new Unzip((file) => {
    const sink = failure === undefined ? route(partKey(file.name), file.compression) : undefined;
    if (file.compression !== 0 && file.compression !== 8) {
      if (sink) {
        failure = new XlsxError(`Zip compression method ${file.compression} is not supported.`, 'corrupt');
      }
      return;
    }
    mode = sink ? sink.mode : 'discard';
    file.ondata = (err, data, final) => {
      if (failure !== undefined || !sink) {
        return;
      }
      if (err) {
        failure = err;
        return;
      }
      try {
        sink.push(data, final);
      } catch (error) {
        failure = error;
      }
    };
    file.start();
  });
  unzip.register(decoderFor(0, () => mode));
  unzip.register(decoderFor(8, () => mode));
  const push = (chunk: Uint8Array, final: boolean): void => {
    try {
      unzip.push(chunk, final);
    } catch (error) {
      failure ??= error;
    }
    if (failure !== undefined) {
      throw asXlsxError(failure);
    }
  };
  for await (const chunk of chunks) {
    push(chunk, false);
    yield;
  }
  push(new Uint8Array(0), true);
  yield;
}

/** Decodes one spooled entry (its compressed bytes) into a sink, yielding after every slice. */
async function* decodeEntry(
  chunks: AsyncIterable<Uint8Array>,
  compression: number,
  sink: EntrySink,
): AsyncGenerator<void> {
  let failure: unknown;
  const deliver = (data: Uint8Array, final: boolean): void => {
    try {
      sink.push(data, final);
    } catch (error) {
      failure ??= error;
    }
  };
  const inflate = compression === 8 ? new UnzipInflate() : undefined;
  if (inflate) {
    inflate.ondata = (err, data, final) => {
      if (err) {
        failure ??= err;
      } else {
        deliver(data, final);
      }
    };
  }
  const push = (chunk: Uint8Array<ArrayBuffer>, final: boolean): void => {
    if (inflate) {
      inflate.push(chunk, final);
    } else {
      deliver(chunk, final);
    }
    if (failure !== undefined) {
      throw asXlsxError(failure);
    }
  };
  for await (const chunk of chunks) {
    push(chunk as Uint8Array<ArrayBuffer>, false);
    yield;
  }
  push(new Uint8Array(0), true);
  yield;
}

/** Zip entry names as OPC part names compare: forward slashes, no leading slash, case-insensitive. */
function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** Lazily created temporary folder for spooled entries. */
class TempDir {
  private path: Promise<string> | undefined;

  file(name: string): Promise<string> {
    this.path ??= mkdtemp(join(tmpdir(), 'meedoen-xlsx-'));
    return this.path.then((dir) => join(dir, name));
  }

  async remove(): Promise<void> {
    if (this.path) {
      await rm(await this.path, { recursive: true, force: true });
    }
  }
}

/** The compressed bytes of one entry, written to a temporary file between slices. */
class Spool implements EntrySink {
  readonly mode = 'raw';
  private pending: Uint8Array[] = [];
  private handle: FileHandle | undefined;
  private path: string | undefined;

  constructor(
    private readonly temp: TempDir,
    private readonly name: string,
    readonly compression: number,
  ) {}

  push(data: Uint8Array): void {
    if (data.length > 0) {
      this.pending.push(data);
    }
  }

  /** Writes what the last slice produced; called before the next slice is pulled (a stream may reuse its buffers). */
  async flush(): Promise<void> {
    if (this.pending.length === 0) {
      return;
    }
    const data = Buffer.concat(this.pending);
    this.pending = [];
    if (!this.handle) {
      this.path = await this.temp.file(this.name);
      this.handle = await open(this.path, 'w');
    }
    await this.handle.write(data);
  }

  /** Completes the file and returns its path. */
  async finish(): Promise<string> {
    await this.flush();
    await this.dispose();
    if (this.path === undefined) {
      this.path = await this.temp.file(this.name);
      await (await open(this.path, 'w')).close();
    }
    return this.path;
  }

  /** Closes the file, if one was opened. */
  async dispose(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// XML: saxes behind a small handler interface, fed with UTF-8 bytes

interface XmlHandler {
  /** An element opens; `name` without namespace prefix. */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
  /** The document is complete. */
  end?(): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function xmlSink(handler: XmlHandler): EntrySink {
  const decoder = new TextDecoder('utf-8');
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag) => handler.close(localName(tag.name)));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.on('error', (error) => {
    throw new XlsxError(`The file contains malformed XML (${error.message}).`, 'corrupt', { cause: error });
  });
  return {
    mode: 'inflate',
    push(data, final) {
      const text = decoder.decode(data, { stream: !final });
      if (text.length > 0) {
        parser.write(text);
      }
      if (final) {
        parser.close();
        handler.end?.();
      }
    },
  };
}

/** Undoes the OOXML `_xHHHH_` escape (Excel writes a carriage return as `_x000D_`). */
function decodeXString(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

// ---------------------------------------------------------------------------------------------------
// The workbook's small parts

interface Relationship {
  type: string;
  target: string;
}

function relsHandler(done: (rels: Map<string, Relationship>) => void): XmlHandler {
  const rels = new Map<string, Relationship>();
  return {
    open(name, attributes) {
      const { Id: id, Type: type, Target: target, TargetMode: targetMode } = attributes;
      if (name === 'Relationship' && id !== undefined && target !== undefined && targetMode !== 'External') {
        rels.set(id, { type: type ?? '', target });
      }
    },
    close() {},
    text() {},
    end: () => done(rels),
  };
}

interface SheetEntry {
  name: string;
  relationshipId: string;
}

function workbookHandler(done: (sheets: SheetEntry[], date1904: boolean) => void): XmlHandler {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  return {
    open(name, attributes) {
      if (name === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      } else if (name === 'sheet') {
        // The relationship id attribute is r:id, whatever prefix the file binds to that namespace.
        const idName = Object.keys(attributes).find(
          (attribute) => localName(attribute) === 'id' && attribute.includes(':'),
        );
        sheets.push({
          name: attributes.name ?? '',
          relationshipId: idName === undefined ? '' : (attributes[idName] ?? ''),
        });
      }
    },
    close() {},
    text() {},
    end: () => done(sheets, date1904),
  };
}

function sharedStringsHandler(done: (strings: string[]) => void): XmlHandler {
  const strings: string[] = [];
  let current = '';
  let inItem = false;
  let collecting = false;
  let phonetic = 0; // <rPh> holds phonetic (furigana) runs, not part of the text
  return {
    open(name) {
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') {
        phonetic += 1;
      } else if (name === 't' && inItem && phonetic === 0) {
        collecting = true;
      }
    },
    close(name) {
      if (name === 't') {
        collecting = false;
      } else if (name === 'rPh') {
        phonetic -= 1;
      } else if (name === 'si') {
        strings.push(decodeXString(current));
        inItem = false;
      }
    },
    text(text) {
      if (collecting) {
        current += text;
      }
    },
    end: () => done(strings),
  };
}

/** How a number format shows a serial number: as a plain number, a date, or a date and time. */
type DateKind = 'date' | 'datetime' | undefined;

/** Built-in formats that involve dates or times (ECMA-376 §18.8.30); the others are plain numbers. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/**
 * Classifies a number format code. A format shows a date when it has d, m or y outside quotes,
 * escapes and brackets, and is not only hours/minutes/seconds (where m means minutes).
 */
export function dateKindOf(formatCode: string): DateKind {
  let elapsed = false;
  const code = formatCode
    .replace(/"[^"]*"|\\.|[_*]./g, '')
    .replace(/\[([^\]]*)\]/g, (_, inner: string) => {
      elapsed ||= /^(h+|m+|s+)$/i.test(inner);
      return '';
    })
    .split(';')[0]!
    .replace(/AM\/PM|A\/P/gi, '');
  const time = elapsed || /[hs]/i.test(code);
  if (/[dy]/i.test(code) || (/m/i.test(code) && !time)) {
    return time ? 'datetime' : 'date';
  }
  return undefined;
}

function stylesHandler(done: (dateKinds: DateKind[]) => void): XmlHandler {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  return {
    open(name, attributes) {
      if (name === 'numFmt') {
        custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        formatIds.push(Number(attributes.numFmtId ?? 0));
      }
    },
    close(name) {
      if (name === 'cellXfs') {
        inCellXfs = false;
      }
    },
    text() {},
    end() {
      done(
        formatIds.map((id) => {
          const code = custom.get(id) ?? BUILTIN_FORMATS[id];
          return code === undefined ? undefined : dateKindOf(code);
        }),
      );
    },
  };
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
function resolveTarget(sourceKey: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // keep it as written
  }
  const base = decoded.startsWith('/') ? '' : sourceKey.slice(0, sourceKey.lastIndexOf('/') + 1);
  const parts: string[] = [];
  for (const part of partKey(base + decoded).split('/')) {
    if (part === '..') {
      parts.pop();
    } else if (part !== '.' && part !== '') {
      parts.push(part);
    }
  }
  return parts.join('/');
}

function relsKeyOf(partKeyValue: string): string {
  const slash = partKeyValue.lastIndexOf('/');
  return `${partKeyValue.slice(0, slash + 1)}_rels/${partKeyValue.slice(slash + 1)}.rels`;
}

interface SheetContext {
  sharedStrings: string[] | undefined;
  dateKinds: DateKind[];
  date1904: boolean;
}

/** What is known so far about the workbook, gathered as the small parts stream by. */
class WorkbookParts {
  private workbookKey = 'xl/workbook.xml';
  private rootRelsDone = false;
  sheets: SheetEntry[] | undefined;
  private date1904 = false;
  private rels: Map<string, Relationship> | undefined;
  private sharedStrings: { key: string; strings: string[] } | undefined;
  private styles: { key: string; dateKinds: DateKind[] } | undefined;

  /** Whether the workbook and its relationships are known, so each sheet's part name is. */
  get resolved(): boolean {
    return this.sheets !== undefined && this.rels !== undefined;
  }

  /** Whether the shared strings and styles the workbook declares have been read. */
  get ready(): boolean {
    const strings = this.partKeyOf('/sharedStrings');
    const styles = this.partKeyOf('/styles');
    return (
      this.resolved &&
      (strings === undefined || this.sharedStrings?.key === strings) &&
      (styles === undefined || this.styles?.key === styles)
    );
  }

  sheetKey(index: number): string | undefined {
    const sheet = this.sheets?.[index];
    const rel = sheet && this.rels?.get(sheet.relationshipId);
    return rel ? resolveTarget(this.workbookKey, rel.target) : undefined;
  }

  sheetContext(): SheetContext {
    return {
      sharedStrings: this.sharedStrings?.strings,
      dateKinds: this.styles?.dateKinds ?? [],
      date1904: this.date1904,
    };
  }

  /** A sink for `key` when it is one of the small parts still to read. */
  sinkFor(key: string): EntrySink | undefined {
    if (key === '_rels/.rels' && !this.rootRelsDone && !this.sheets) {
      return xmlSink(
        relsHandler((rels) => {
          this.rootRelsDone = true;
          const office = [...rels.values()].find((rel) => rel.type.endsWith('/officeDocument'));
          if (office) {
            this.workbookKey = resolveTarget('', office.target);
          }
        }),
      );
    }
    if (key === this.workbookKey && !this.sheets) {
      return xmlSink(
        workbookHandler((sheets, date1904) => {
          this.sheets = sheets;
          this.date1904 = date1904;
        }),
      );
    }
    if (key === relsKeyOf(this.workbookKey) && !this.rels) {
      return xmlSink(relsHandler((rels) => (this.rels = rels)));
    }
    if (key === this.partKeyOf('/sharedStrings', 'sharedStrings.xml') && !this.sharedStrings) {
      return xmlSink(sharedStringsHandler((strings) => (this.sharedStrings = { key, strings })));
    }
    if (key === this.partKeyOf('/styles', 'styles.xml') && !this.styles) {
      return xmlSink(stylesHandler((dateKinds) => (this.styles = { key, dateKinds })));
    }
    return undefined;
  }

  /** The part a workbook relationship type points to; before the relationships are read, the usual name. */
  private partKeyOf(typeSuffix: string, usualName?: string): string | undefined {
    if (!this.rels) {
      return usualName === undefined ? undefined : resolveTarget(this.workbookKey, usualName);
    }
    const rel = [...this.rels.values()].find((candidate) => candidate.type.endsWith(typeSuffix));
    return rel ? resolveTarget(this.workbookKey, rel.target) : undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// The worksheet

const MAX_COLUMNS = 16_384; // XFD
const MAX_ROWS = 1_048_576;

function columnIndex(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) {
      break;
    }
    column = column * 26 + code - 0x60;
    if (column > MAX_COLUMNS) {
      break;
    }
  }
  if (column < 1 || column > MAX_COLUMNS) {
    throw new XlsxError(`The file has an invalid cell reference "${ref}".`, 'corrupt');
  }
  return column - 1;
}

function rowNumber(ref: string): number {
  const row = Number(ref);
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) {
    throw new XlsxError(`The file has an invalid row number "${ref}".`, 'corrupt');
  }
  return row;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Converts an Excel date serial to ISO 8601 text, or undefined when it is not a valid date.
 * In the 1900 system serial 1 is 1900-01-01 and serial 60 is Excel's fictitious 1900-02-29 (kept
 * for Lotus 1-2-3 compatibility), which is returned as written; in the 1904 system serial 0 is 1904-01-01.
 */
export function excelSerialToIso(serial: number, date1904: boolean, withTime: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) {
    return undefined; // Excel shows ##### for these (before its epoch, or after 9999-12-31)
  }
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days += 1;
    seconds = 0;
  }
  let date: string;
  if (!date1904 && days === 60) {
    date = '1900-02-29';
  } else {
    const epochDays = !date1904 && days < 60 ? days + 1 : days;
    date = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + epochDays * DAY_MS).toISOString().slice(0, 10);
  }
  if (!withTime) {
    return date;
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  const hhmm = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}`;
  return `${date}T${hhmm}${seconds % 60 === 0 ? '' : `:${pad(seconds % 60)}`}`;
}

/** Cell type `d`: an ISO 8601 date/time stored as text. */
function isoCellText(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?)?/.exec(value.trim());
  if (!match) {
    return value;
  }
  const [, date, time, seconds] = match;
  if (time === undefined || (time === '00:00' && (seconds === undefined || seconds === ':00'))) {
    return date!;
  }
  return `${date}T${time}${seconds === undefined || seconds === ':00' ? '' : seconds}`;
}

class SheetHandler implements XmlHandler {
  private row = 0;
  private cells: string[] = [];
  private inRow = false;
  private column = -1;
  private type = 'n';
  private style = 0;
  private inCell = false;
  private inInline = false;
  private phonetic = 0;
  private collecting = false;
  private value = '';

  constructor(
    private readonly context: SheetContext,
    private readonly out: XlsxRow[],
  ) {}

  open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case 'row': {
        const ref = attributes.r;
        this.row = ref === undefined ? this.row + 1 : rowNumber(ref);
        this.cells = [];
        this.column = -1;
        this.inRow = true;
        break;
      }
      case 'c': {
        if (!this.inRow) {
          break;
        }
        const ref = attributes.r;
        this.column = ref === undefined ? this.column + 1 : columnIndex(ref);
        if (this.column >= MAX_COLUMNS) {
          throw new XlsxError('The file has more than 16,384 columns.', 'corrupt');
        }
        this.type = attributes.t ?? 'n';
        this.style = attributes.s === undefined ? 0 : Number(attributes.s);
        this.value = '';
        this.inCell = true;
        break;
      }
      case 'v':
        this.collecting = this.inCell;
        break;
      case 'is':
        this.inInline = this.inCell;
        break;
      case 'rPh':
        this.phonetic += 1;
        break;
      case 't':
        this.collecting = this.inInline && this.phonetic === 0;
        break;
      default:
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.collecting = false;
        break;
      case 'rPh':
        this.phonetic -= 1;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c': {
        if (!this.inCell) {
          break;
        }
        this.inCell = false;
        const text = this.cellText();
        if (text !== '') {
          const cells = this.cells;
          while (cells.length < this.column) {
            cells.push('');
          }
          cells[this.column] = text;
        }
        break;
      }
      case 'row':
        this.inRow = false;
        if (this.cells.length > 0) {
          this.out.push({ row: this.row, cells: this.cells });
        }
        break;
      default:
        break;
    }
  }

  text(text: string): void {
    if (this.collecting) {
      this.value += text;
    }
  }

  private cellText(): string {
    const value = this.value;
    switch (this.type) {
      case 's': {
        if (value === '') {
          return '';
        }
        const text = this.context.sharedStrings?.[Number(value)];
        if (text === undefined) {
          throw new XlsxError(`The file refers to a missing shared string (${value}).`, 'corrupt');
        }
        return text;
      }
      case 'inlineStr':
      case 'str':
        return decodeXString(value);
      case 'b':
        return value === '' ? '' : value === '1' || value === 'true' ? 'true' : 'false';
      case 'e':
        return value;
      case 'd':
        return isoCellText(value);
      default: {
        const trimmed = value.trim();
        if (trimmed === '') {
          return '';
        }
        const number = Number(trimmed);
        if (!Number.isFinite(number)) {
          return trimmed;
        }
        const kind = this.context.dateKinds[this.style];
        const iso = kind && excelSerialToIso(number, this.context.date1904, kind === 'datetime');
        return iso ?? String(number);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** One sheet for {@link writeXlsx}. */
export interface XlsxSheet {
  /** Tab name; characters Excel forbids ([]:*?/\) are dropped, it is cut to 31 characters and made unique. */
  name: string;
  /** Rows from row 1; `null` and '' leave a cell empty. Strings are stored as text, so '0612345678' stays text. */
  rows: (string | number | null)[][];
  /** Column widths in characters, from column A; leave an entry undefined for the default width. */
  columnWidths?: number[];
  /** Show the first row in bold (a header row). The first row is always frozen. */
  boldFirstRow?: boolean;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAX_CELL_TEXT = 32_767;

/** Characters XML 1.0 does not allow (controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Anything {@link escapeText} would change. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B-\u001F&<>_\uD800-\uDFFF\uFFFE\uFFFF]/;

function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) {
    return text;
  }
  return (
    text
      .replace(NOT_XML_CHAR, '')
      // A literal "_x0041_" would be read back as "A": escape its underscore, as Excel does.
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      .replace(/[&<>\r]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&#13;'))
  );
}

function escapeAttribute(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) {
      break;
    }
    out += ch;
  }
  return out;
}

function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  const clean = (text: string): string => text.replace(/^'+|'+$/g, '').trim();
  return names.map((raw, i) => {
    const base = clean(raw.replace(/[[\]:*?/\\]|\p{Cc}/gu, '').replace(NOT_XML_CHAR, '')) || `Sheet${i + 1}`;
    let name = clean(truncate(base, 31));
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = clean(truncate(base, 31 - suffix.length)) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function worksheetXml(sheet: XlsxSheet, selected: boolean): string {
  const out: string[] = [XML_DECLARATION, `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`];
  const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (sheet.rows.length > 0 && width > 0) {
    out.push(`<dimension ref="A1:${columnName(width - 1)}${sheet.rows.length}"/>`);
  }
  out.push(
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">`,
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>',
    '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>',
  );
  const cols = (sheet.columnWidths ?? [])
    .map((w, i) =>
      typeof w === 'number' && Number.isFinite(w) && w > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${Math.min(w, 255)}" customWidth="1"/>`
        : '',
    )
    .join('');
  if (cols) {
    out.push(`<cols>${cols}</cols>`);
  }
  out.push('<sheetData>');
  sheet.rows.forEach((row, r) => {
    const style = r === 0 && sheet.boldFirstRow === true ? ' s="1"' : '';
    let cells = '';
    row.forEach((value, c) => {
      if (value == null || value === '') {
        return;
      }
      const ref = `${columnName(c)}${r + 1}`;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) {
          throw new RangeError(`Cannot write ${value} to cell ${ref}: only finite numbers fit in a spreadsheet`);
        }
        cells += `<c r="${ref}"${style}><v>${String(value)}</v></c>`;
      } else {
        if (value.length > MAX_CELL_TEXT) {
          throw new RangeError(`Cannot write ${value.length} characters to cell ${ref}: Excel allows ${MAX_CELL_TEXT}`);
        }
        const space = /^\s|\s$|[\t\n\r]/.test(value) ? ' xml:space="preserve"' : '';
        cells += `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeText(value)}</t></is></c>`;
      }
    });
    if (cells) {
      out.push(`<row r="${r + 1}">${cells}</row>`);
    }
  });
  out.push('</sheetData></worksheet>');
  return out.join('');
}

const STYLES_XML =
  XML_DECLARATION +
  `<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * Writes a minimal .xlsx workbook (e.g. an import template) that opens in Excel and LibreOffice.
 * Strings are stored inline as text; characters XML 1.0 cannot hold (control characters) are dropped.
 * @param sheets - at least one sheet, in tab order
 * @returns the file's bytes
 * @throws RangeError for no sheets, a non-finite number or a text longer than Excel's 32,767 characters
 */
export function writeXlsx(sheets: XlsxSheet[]): Uint8Array {
  if (sheets.length === 0) {
    throw new RangeError('A workbook needs at least one sheet');
  }
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  const contentTypes =
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '</Types>';
  const rootRels =
    XML_DECLARATION +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>';
  const workbook =
    XML_DECLARATION +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    names.map((name, i) => `<sheet name="${escapeAttribute(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const workbookRels =
    XML_DECLARATION +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    sheets
      .map(
        (_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    '</Relationships>';

  // The small parts come first, so a streaming reader can decode the sheets as they pass by.
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
    'xl/styles.xml': strToU8(STYLES_XML),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet, i === 0));
  });
  // Level 1: zipSync blocks the event loop, and level 6 takes three times as long for a quarter smaller file.
  return zipSync(files, { level: 1, mtime: new Date(2000, 0, 1) });
}
