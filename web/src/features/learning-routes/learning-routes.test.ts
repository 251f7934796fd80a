import { describe, expect, it } from 'vitest';
import { toCsv } from './types';

describe('CSV download of the inflow and retention table', () => {
  it('separates with semicolons, quotes where needed, and defuses spreadsheet formulas', () => {
    const csv = toCsv([
      ['Groep', 'Deelnemers', 'Instroom'],
      ['Taakbrigade; groep 1', 12, null],
      ['=SUM(A1)', 3, 1],
      ['Zeg "hallo"', 0, 0],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Groep;Deelnemers;Instroom',
      '"Taakbrigade; groep 1";12;',
      `"'=SUM(A1)";3;1`,
      '"Zeg ""hallo""";0;0',
      '',
    ]);
  });
});
