import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv.js';
import { CSV_SEPARATOR, csvCell, neutraliseFormula, writeCsv, writeCsvBytes, type CsvValue } from './csv.js';

/** What a reader gets back for a value: text as written (after neutralising), numbers in Dutch notation. */
const expected = (v: CsvValue): string =>
  v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : neutraliseFormula(v);

/** Reads a written file back with the platform's RFC 4180 reader (the import module's). */
function readBack(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  // The reader gives no row for the final line end.
  return parseCsv(text.slice(1), CSV_SEPARATOR);
}

const field = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  // The characters that need quoting or neutralising, often.
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ';', ',', 'a', 'ë', ' '),
    maxLength: 8,
  }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constant(null),
);

describe('writeCsv', () => {
  it('writes a worked example exactly: BOM, ";" between fields, CRLF, quotes only where needed', () => {
    const text = writeCsv([
      ['Groep', 'Deelnemers', 'Opmerking'],
      ['Oriëntatie; week 1', 12, 'zei "ja"'],
      ['=HYPERLINK("x")', -3, null],
      ['regel\neen', 1.5, '@SUM(A1)'],
    ]);
    expect(text).toBe(
      '\uFEFFGroep;Deelnemers;Opmerking\r\n' +
        '"Oriëntatie; week 1";12;"zei ""ja"""\r\n' +
        `"'=HYPERLINK(""x"")";-3;\r\n` +
        `"regel\neen";1,5;'@SUM(A1)\r\n`,
    );
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(writeCsvBytes([['ë']])).codePointAt(0)).toBe(0xfeff);
    expect([...writeCsvBytes([['ë']]).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('neutralises every formula start in text, never in numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(neutraliseFormula('1+1')).toBe('1+1');
    expect(neutraliseFormula("'=1")).toBe("'=1");
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell('-12')).toBe("'-12");
    expect(() => csvCell(Number.NaN)).toThrow(RangeError);
  });

  it('property: every table reads back field for field (after neutralising), whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const back = readBack(writeCsv(rows));
        expect(back).toEqual(rows.map((r) => r.map(expected)));
      }),
      { numRuns: 300 },
    );
  });

  it('property: no field read back starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = readBack(writeCsv(rows));
        rows.forEach((r, i) =>
          r.forEach((v, j) => {
            if (typeof v === 'string') {
              expect(back[i]![j]!).not.toMatch(/^[=+\-@\t\r]/);
            }
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
