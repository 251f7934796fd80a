/**
 * CSV for downloads that people open in a spreadsheet, above all Dutch Excel.
 *
 * The choices (one each, so every CSV download of the platform behaves the same):
 * - **Separator `;`.** Dutch Excel (list separator of the nl-NL locale) splits on `;` when a file is
 *   double-clicked; with `,` every row lands in one column. LibreOffice asks, and accepts `;`.
 * - **UTF-8 with a byte-order mark.** Without the BOM, Excel reads the file as Windows-1252 and "Oriëntatie"
 *   becomes "OriÃ«ntatie". The BOM is the one signal Excel honours.
 * - **RFC 4180 quoting and CRLF line ends.** A field is quoted when it holds the separator, a quote, CR or
 *   LF; a quote inside is doubled. Every line (the last too) ends with CRLF.
 * - **Numbers** as plain digits; a non-integer with a decimal comma (Dutch Excel reads `1,5` as a number).
 * - **Formula injection neutralised** (OWASP "CSV Injection"): a text field that starts with `=`, `+`, `-`,
 *   `@`, tab or CR would be run as a formula by the spreadsheet, so it gets a leading apostrophe (`'=1+1`),
 *   which Excel shows as text. Numbers are written as numbers and are never changed.
 *
 * The reader for the other direction is `src/shared/csv.ts` (`parseCsv(text, ';')`); csv.test.ts checks
 * that what is written here reads back the same.
 */

export const CSV_SEPARATOR = ';';
/** For the Content-Type header of a CSV download. */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';
const BOM = '\uFEFF';

export type CsvValue = string | number | null;

/** Characters that make a spreadsheet treat a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text field as it may go into a spreadsheet: with a leading apostrophe when it would start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) {
    throw new RangeError(`a CSV number must be finite, got ${n}`);
  }
  return Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
}

/** One field: neutralised (text), then quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null) {
    return '';
  }
  const text = typeof value === 'number' ? numberText(value) : neutraliseFormula(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text of a CSV file (with BOM), rows in order, every line ending in CRLF. */
export function writeCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR) + '\r\n').join('');
}

/** The bytes of {@link writeCsv}, UTF-8 encoded. */
export function writeCsvBytes(rows: readonly (readonly CsvValue[])[]): Uint8Array {
  return new TextEncoder().encode(writeCsv(rows));
}
