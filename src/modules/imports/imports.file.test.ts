/**
 * The stored file read back as rows: the parser gets the text in pieces (not a whole stored chunk at
 * once), so multi-byte characters, quoted fields and line ends that straddle a piece must come out as
 * from the whole text.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv.js';
import { sheetRows } from './imports.file.js';

async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) {
    yield bytes.subarray(i, i + size);
  }
}

async function rowsOf(bytes: Buffer, size: number): Promise<{ row: number; cells: string[] }[]> {
  const out: { row: number; cells: string[] }[] = [];
  for await (const r of sheetRows('csv', pieces(bytes, size))) {
    out.push(r);
  }
  return out;
}

/** A file of some 400 kB: names with ë and ı, quoted fields with the separator and line breaks in them. */
function bigCsv(): string {
  const lines = ['Nummer;Voornaam;Achternaam;Opmerking'];
  for (let i = 1; i <= 6000; i += 1) {
    const note = i % 7 === 0 ? `"regel een;\r\nregel ""twee"" ${i}"` : `gewoon ${i}`;
    lines.push(`D-${i};${i % 3 === 0 ? 'Zoë' : 'Anna'};${i % 5 === 0 ? 'Yılmaz' : "'t Hart"};${note}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('the rows of a stored CSV file', () => {
  it('are the same however the bytes are cut, as from the whole text', async () => {
    const text = bigCsv();
    const bytes = Buffer.from(text, 'utf8');
    const expected = parseCsv(text, ';');
    for (const size of [1024 * 1024, 65_537, 4093]) {
      const rows = await rowsOf(bytes, size);
      expect(rows.map((r) => r.cells)).toEqual(expected);
      expect(rows[1]!.row).toBe(2);
    }
  });

  it('number the rows by the line they start on, with line breaks inside quotes counted', async () => {
    const rows = await rowsOf(Buffer.from(bigCsv(), 'utf8'), 1024 * 1024);
    // Row D-7 holds a line break, so D-8 starts two lines further on.
    expect(rows.find((r) => r.cells[0] === 'D-8')!.row).toBe(rows.find((r) => r.cells[0] === 'D-7')!.row + 2);
    expect(rows).toHaveLength(6001);
  });
});
