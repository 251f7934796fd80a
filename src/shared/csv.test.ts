import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, csvField, parseCsv, parseCsvObjects } from './csv.js';

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
});
