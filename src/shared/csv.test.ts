import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, CsvParser, csvField, detectSeparator, parseCsv, parseCsvObjects, type CsvRow } from './csv.js';

describe('parseCsv', () => {
  it('reads a CBS row whose gemeente name contains commas', () => {
    const rows = parseCsvObjects('gemeentecode,gemeentenaam\nGM0820,"Nuenen, Gerwen en Nederwetten"\n');
    expect(rows).toEqual([{ gemeentecode: 'GM0820', gemeentenaam: 'Nuenen, Gerwen en Nederwetten' }]);
  });

  it('handles CRLF, a byte-order mark, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('\uFEFFa;b\r\n"say ""hi""";"two\nlines"\r\n', ';')).toEqual([
      ['a', 'b'],
      ['say "hi"', 'two\nlines'],
    ]);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => parseCsv('a,b\n"open,x\n')).toThrow(CsvError);
  });

  it('round-trips any table written with csvField (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ',', ';', '"', '\n', '\r', ' ', 'é', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (table) => {
        // A lone empty field in a row is indistinguishable from an empty line, so give rows ≥ 2 fields or content.
        const rows = table.map((r) => (r.length === 1 && r[0] === '' ? ['', ''] : r));
        const text = rows.map((r) => r.map((c) => csvField(c)).join(',')).join('\r\n');
        expect(parseCsv(text)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same rows whichever way the text is split into chunks, with the line each row starts on (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ';', '"', '\n', '\r', ' ', 'ë') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, cuts) => {
          const text = rows.map((r) => r.map((c) => csvField(c, ';')).join(';')).join('\r\n');
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const parser = new CsvParser(';');
          const got: CsvRow[] = [];
          let from = 0;
          for (const p of [...points, text.length]) {
            got.push(...parser.push(text.slice(from, p)));
            from = p;
          }
          got.push(...parser.end());
          expect(got.map((r) => r.cells)).toEqual(rows);
          // Each row starts on the line after the line feeds of all rows before it.
          let line = 1;
          rows.forEach((r, k) => {
            expect(got[k]!.line).toBe(line);
            line += 1 + r.join('').split('\n').length - 1;
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('detects the separator of the first line, ignoring separators inside quotes', () => {
    expect(detectSeparator('voornaam;achternaam;"plaats, gemeente"')).toBe(';');
    expect(detectSeparator('a,b,c')).toBe(',');
    expect(detectSeparator('a\tb')).toBe('\t');
    expect(detectSeparator('"x;y;z",b')).toBe(',');
    expect(detectSeparator('alleen')).toBe(',');
  });
});
