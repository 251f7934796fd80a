/**
 * RFC 4180 CSV parsing: quoted fields with embedded separators, quotes ("") and line breaks; CRLF,
 * LF or CR line ends. Incremental ({@link CsvParser}: text arrives in chunks of any size, split
 * anywhere) so a spreadsheet import of 100,000 rows streams instead of holding the file, and
 * whole-text ({@link parseCsv}) for the CBS reference data.
 */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/** A parsed row with the (1-based) line of the file it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: either the first of "" or the closing one. */
  QuoteInQuoted,
  /** A CR that ended a row: a following LF belongs to it. */
  AfterCr,
}

/** Incremental CSV parser: {@link push} text as it arrives, {@link end} after the last chunk. */
export class CsvParser {
  private state: State = State.FieldStart;
  private field = '';
  private row: string[] = [];
  private line = 1;
  private rowLine = 1;
  private started = false;

  /** @param separator - field separator (`,` by default; Dutch Excel writes `;`) */
  constructor(private readonly separator = ',') {}

  /** Parses the next piece of text; returns the rows it completed. A leading byte-order mark is ignored. */
  push(text: string): CsvRow[] {
    const out: CsvRow[] = [];
    const sep = this.separator;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        i = 1;
      }
    }
    const n = text.length;
    while (i < n) {
      const ch = text[i]!;
      switch (this.state) {
        case State.AfterCr:
          this.state = State.FieldStart;
          if (ch === '\n') {
            i += 1;
          }
          continue;
        case State.Quoted: {
          // Copy up to the next quote in one slice.
          const q = text.indexOf('"', i);
          const end = q === -1 ? n : q;
          const chunk = text.slice(i, end);
          for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) {
            this.line += 1;
          }
          this.field += chunk;
          i = end;
          if (q !== -1) {
            this.state = State.QuoteInQuoted;
            i += 1;
          }
          continue;
        }
        case State.QuoteInQuoted:
          if (ch === '"') {
            this.field += '"';
            this.state = State.Quoted;
            i += 1;
            continue;
          }
          if (ch !== sep && ch !== '\n' && ch !== '\r') {
            throw new CsvError(`Unexpected character after closing quote on line ${this.line}`, this.line);
          }
          this.state = State.Unquoted;
          continue;
        case State.FieldStart:
          if (ch === '"') {
            this.state = State.Quoted;
            i += 1;
            continue;
          }
          this.state = State.Unquoted;
          continue;
        case State.Unquoted: {
          if (ch === sep) {
            this.row.push(this.field);
            this.field = '';
            this.state = State.FieldStart;
            i += 1;
            continue;
          }
          if (ch === '\r' || ch === '\n') {
            this.row.push(this.field);
            out.push({ line: this.rowLine, cells: this.row });
            this.row = [];
            this.field = '';
            this.line += 1;
            this.rowLine = this.line;
            this.state = ch === '\r' ? State.AfterCr : State.FieldStart;
            i += 1;
            continue;
          }
          // Copy the rest of a plain field in one slice.
          let j = i + 1;
          while (j < n) {
            const c = text[j]!;
            if (c === sep || c === '\r' || c === '\n' || c === '"') {
              break;
            }
            j += 1;
          }
          this.field += text.slice(i, j);
          i = j;
          continue;
        }
      }
    }
    return out;
  }

  /** Completes the last row (a file need not end with a line break). */
  end(): CsvRow[] {
    if (this.state === State.Quoted) {
      throw new CsvError(`Unclosed quote at end of file (line ${this.line})`, this.line);
    }
    const pending = this.state !== State.FieldStart && this.state !== State.AfterCr;
    if (pending || this.row.length > 0) {
      this.row.push(this.field);
      const last = { line: this.rowLine, cells: this.row };
      this.row = [];
      this.field = '';
      this.state = State.FieldStart;
      return [last];
    }
    return [];
  }
}

/**
 * Parses CSV text into rows of fields.
 * @param text - the whole file; a leading byte-order mark is ignored
 * @param separator - field separator (`,` by default; Dutch Excel writes `;`)
 */
export function parseCsv(text: string, separator = ','): string[][] {
  const parser = new CsvParser(separator);
  return [...parser.push(text), ...parser.end()].map((r) => r.cells);
}

/**
 * The separator of a file from its first line: the most frequent of `;`, `,` and tab outside quotes
 * (Dutch Excel writes `;`, most other tools `,`).
 */
export function detectSeparator(firstLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) {
      counts[ch] += 1;
    }
  }
  const best = (Object.entries(counts) as [',' | ';' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] === 0 ? ',' : best[0];
}

/** Writes one CSV field, quoting only when needed. */
export function csvField(value: string, separator = ','): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Parses CSV with a header row into objects keyed by the header names. */
export function parseCsvObjects(text: string, separator = ','): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) {
    return [];
  }
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
