/**
 * From counts to what may leave the API: every count goes through the library's suppression
 * (suppression/suppression.ts, ADR 0016). Pure functions; the services feed them counts.
 *
 * A breakdown (one measure per row, e.g. reach per region) is published as one list with its total, so the
 * total cannot give a hidden row away. The total is the number of *distinct* people, which is smaller than
 * the sum when a person is in two rows (two trajectories, two target groups); the suppression pattern is
 * decided on the rows and their sum, which protects at least as well as the real, smaller total.
 */
import { suppressCount, suppressList, suppressTable, type PublishedCell } from './suppression/suppression.js';
import type { Cell } from './monitoring.schemas.js';

export interface PublishSettings {
  threshold: number;
  showZeros: boolean;
}

export const toCell = (c: PublishedCell): Cell => ({
  value: c.value,
  display: c.display,
  suppressed: c.status !== 'shown',
  status: c.status,
});

/** A count hidden whatever its size (its value is known to be ≥ the threshold elsewhere): "x", or "< 10", or a shown 0. */
export function hiddenCount(value: number, s: PublishSettings): PublishedCell {
  const own = suppressCount(value, s);
  if (own.status === 'primary' || (value === 0 && s.showZeros)) {
    return own;
  }
  return { value: null, status: 'secondary', display: 'x' };
}

/** {@link hiddenCount} as an API cell. */
export function hiddenCell(value: number, s: PublishSettings): Cell {
  return toCell(hiddenCount(value, s));
}

/**
 * Publishes one measure of a breakdown: a cell per row and the distinct total.
 * @param values - the count of each row
 * @param total - the number of distinct people (or items) over all rows (≤ the sum)
 * @param hidden - when the figure as a whole must be hidden (see {@link hiddenCell}): every row and the total
 */
export function publishBreakdown(
  values: readonly number[],
  total: number,
  s: PublishSettings,
  hidden = false,
): { cells: Cell[]; total: Cell } {
  if (hidden) {
    return { cells: values.map((v) => hiddenCell(v, s)), total: hiddenCell(total, s) };
  }
  const own = suppressCount(total, s);
  if (values.length === 0) {
    return { cells: [], total: toCell(own) };
  }
  const list = suppressList(values, { ...s, total: true });
  const totalCell: Cell =
    own.status === 'primary' ? toCell(own) : list.total!.status === 'shown' ? toCell(own) : hiddenCell(total, s);
  return { cells: list.cells.map(toCell), total: totalCell };
}

/**
 * IPS employment rate of one quarter: of `caseload` people, `worked` worked in a competitive job. The
 * caseload cell is given (it is published elsewhere as reach too, so it comes from the same protected
 * table); worked and not-worked are suppressed as one row with that total, so a small number of people
 * who did *not* work is protected as well. The rate is shown only when both counts are.
 */
export function publishRate(
  caseload: Cell,
  caseloadValue: number,
  worked: number,
  s: PublishSettings,
): { worked: Cell; rate: number | null } {
  if (caseload.status !== 'shown') {
    return { worked: hiddenCell(worked, s), rate: null };
  }
  const table = suppressTable([[worked, caseloadValue - worked]], { ...s, columnTotals: false, rowTotals: true });
  const workedCell = toCell(table.cells[0]![0]!);
  if (table.rowTotals![0]!.status !== 'shown' || workedCell.status !== 'shown' || caseloadValue === 0) {
    return { worked: workedCell.status === 'shown' ? hiddenCell(worked, s) : workedCell, rate: null };
  }
  return { worked: workedCell, rate: Math.round((1000 * worked) / caseloadValue) / 10 };
}
