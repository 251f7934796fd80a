import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { IndicatorTableView } from './IndicatorTableView';
import { chartBars } from './DashboardPage';
import type { Cell, IndicatorTable } from './types';

afterEach(cleanup);

const n = (value: number): Cell => ({ value, display: String(value), suppressed: false, status: 'shown' });
const small: Cell = { value: null, display: '< 10', suppressed: true, status: 'primary' };
const x: Cell = { value: null, display: 'x', suppressed: true, status: 'secondary' };

const TABLE: IndicatorTable = {
  from: '2026-01-01',
  to: '2026-12-02',
  asOf: '2026-12-02',
  by: 'municipality',
  regionCode: 'AM13',
  threshold: 10,
  showZeros: true,
  computedAt: '2026-12-02T09:00:00.000Z',
  sustainableDefinition: { minHoursPerWeek: 12, maxGapDays: 31, competitiveOnly: false },
  columns: [
    { key: 'reach', label: 'Bereik', definition: 'Unieke deelnemers.' },
    { key: 'jobStarts', label: 'Baanstarts', definition: 'Banen die begonnen.' },
    { key: 'sustainable6', label: 'Duurzaam (6)', definition: '6 maanden.' },
    { key: 'sustainable12', label: 'Duurzaam (12)', definition: '12 maanden.' },
    { key: 'hoursWorked', label: 'Gewerkte uren', definition: 'Uren volgens contract.' },
  ],
  rows: [
    {
      key: 'GM0321',
      label: 'Houten',
      cells: { reach: small, jobStarts: small, sustainable6: n(0), sustainable12: n(0), hoursWorked: x },
    },
    {
      key: 'GM0344',
      label: 'Utrecht',
      cells: { reach: n(71), jobStarts: n(36), sustainable6: x, sustainable12: n(12), hoursWorked: n(12345) },
    },
  ],
  total: { reach: n(78), jobStarts: n(40), sustainable6: n(23), sustainable12: n(14), hoursWorked: n(13020) },
};

function renderTable(table = TABLE) {
  render(
    <I18nProvider>
      <IndicatorTableView table={table} caption="Bereik per gemeente" />
    </I18nProvider>,
  );
}

describe('indicator table', () => {
  it('is a table with row headers, the total as the last row, and hidden numbers said in words', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Bereik per gemeente' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => within(r).queryByRole('rowheader')?.textContent ?? null)).toEqual([
      null,
      'Houten',
      'Utrecht',
      'Totaal',
    ]);
    // "< 10" is shown, and a screen reader hears what it means; "x" says it protects a small number.
    expect(rows[1]!.textContent).toContain('< 10minder dan 10, verborgen');
    expect(rows[2]!.textContent).toContain('xverborgen om een klein aantal te beschermen');
    expect(rows[2]!.querySelectorAll('td.meedoen-num')).toHaveLength(5);
    // Large numbers are grouped as Dutch writes them.
    expect(rows[2]!.textContent).toContain('12.345');
  });

  it('explains under the table why a number is hidden, for "< 10" and for "x"', () => {
    renderTable();
    expect(screen.getByText('Waarom ziet u soms geen getal?')).toBeTruthy();
    expect(
      screen.getByText('"< 10" betekent: minder dan 10 mensen. Het precieze aantal laten we niet zien.'),
    ).toBeTruthy();
    expect(screen.getByText(/^"x" betekent: dit getal is ook verborgen/)).toBeTruthy();
  });

  it('has no such note when every number is shown', () => {
    renderTable({
      ...TABLE,
      rows: [TABLE.rows[1]!].map((r) => ({ ...r, cells: { ...r.cells, sustainable6: n(20) } })),
      total: { ...TABLE.total },
    });
    expect(screen.queryByText('Waarom ziet u soms geen getal?')).toBeNull();
  });

  it('gives the chart one measure per row, or the four counts without a breakdown (hours stay in the table)', () => {
    expect(chartBars(TABLE, 'reach').map((b) => [b.label, b.display, b.suppressed])).toEqual([
      ['Houten', '< 10', true],
      ['Utrecht', '71', false],
    ]);
    expect(chartBars({ ...TABLE, by: 'none' }, 'reach').map((b) => [b.label, b.value])).toEqual([
      ['Bereik', 78],
      ['Baanstarts', 40],
      ['Duurzaam (6)', 23],
      ['Duurzaam (12)', 14],
    ]);
  });
});
