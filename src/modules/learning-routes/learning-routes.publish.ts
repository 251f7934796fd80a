/**
 * From counts to what may leave the API: the inflow and retention figures (and, in exports, the board by
 * step and target progress) go through the platform's small-cell suppression
 * (`monitoring/suppression/suppression.ts`, ADR 0016; threshold 10, "< 10" for a small count, "x" for a
 * count hidden so that a small one cannot be worked out). Pure functions.
 *
 * Inflow and retention: each measure is published per breakdown as one list with its total
 * (`suppressList`): the cohort rows (with a "no cohort" row when someone has none) and the target-group
 * rows. The route total is the number of distinct people, which can be smaller than the sum of the rows
 * (two target groups, two enrolments); the pattern is decided on the rows and their sum, which protects at
 * least as well. The total appears in both breakdowns, so it is hidden when either list hides it.
 * Not covered (documented in docs/domain/indicators.md): differences between measures of one row (e.g.
 * known after 6 months minus retained) are not protected separately.
 */
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  suppressCount,
  suppressList,
  type PublishedCell,
} from '../monitoring/suppression/suppression.js';
import type { FlowSummary } from './learning-routes.indicators.js';

export const SUPPRESSION_THRESHOLD = DEFAULT_SUPPRESSION_THRESHOLD;
export const FLOW_MEASURES = ['participants', 'inflow', 'known6', 'retained6', 'known12', 'retained12'] as const;
export type FlowMeasure = (typeof FLOW_MEASURES)[number];

export interface Cell {
  /** The count, or null when hidden. */
  value: number | null;
  /** What to print: the number, "< 10" or "x". */
  display: string;
  status: 'shown' | 'primary' | 'secondary';
}

const toCell = (c: PublishedCell): Cell => ({ value: c.value, display: c.display, status: c.status });

/** A count hidden whatever its size: "< 10" when small, a true 0 as 0, otherwise "x". */
function hiddenCell(value: number): Cell {
  const own = suppressCount(value);
  if (own.status === 'primary' || value === 0) {
    return toCell(own);
  }
  return { value: null, display: 'x', status: 'secondary' };
}

export interface FlowRowInput {
  key: string;
  label: string;
  summary: FlowSummary;
}

export interface PublishedFlowRow {
  key: string;
  label: string;
  participants: Cell;
  inflow: Cell;
  known6: Cell;
  retained6: Cell;
  known12: Cell;
  retained12: Cell;
  /** Percentages only where both counts are shown (rounded). */
  inflowPercentage: number | null;
  retained6Percentage: number | null;
  retained12Percentage: number | null;
}

function percentage(part: Cell, whole: Cell): number | null {
  return part.value !== null && whole.value !== null && whole.value > 0
    ? Math.round((part.value / whole.value) * 100)
    : null;
}

function row(key: string, label: string, cells: Record<FlowMeasure, Cell>): PublishedFlowRow {
  return {
    key,
    label,
    ...cells,
    inflowPercentage: percentage(cells.inflow, cells.participants),
    retained6Percentage: percentage(cells.retained6, cells.known6),
    retained12Percentage: percentage(cells.retained12, cells.known12),
  };
}

function publishList(rows: readonly FlowRowInput[], measure: FlowMeasure): { cells: Cell[]; totalShown: boolean } {
  if (rows.length === 0) {
    return { cells: [], totalShown: true };
  }
  const list = suppressList(
    rows.map((r) => r.summary[measure]),
    { total: true },
  );
  return { cells: list.cells.map(toCell), totalShown: list.total!.status === 'shown' };
}

/**
 * Publishes the inflow and retention of one route: the total, per cohort and per target group, every
 * count through small-cell suppression.
 */
export function publishFlow(input: {
  total: FlowRowInput;
  byCohort: readonly FlowRowInput[];
  byTargetGroup: readonly FlowRowInput[];
}): { total: PublishedFlowRow; byCohort: PublishedFlowRow[]; byTargetGroup: PublishedFlowRow[] } {
  const totalCells = {} as Record<FlowMeasure, Cell>;
  const cohortCells = input.byCohort.map(() => ({}) as Record<FlowMeasure, Cell>);
  const groupCells = input.byTargetGroup.map(() => ({}) as Record<FlowMeasure, Cell>);
  for (const m of FLOW_MEASURES) {
    const cohorts = publishList(input.byCohort, m);
    const groups = publishList(input.byTargetGroup, m);
    cohorts.cells.forEach((c, i) => (cohortCells[i]![m] = c));
    groups.cells.forEach((c, i) => (groupCells[i]![m] = c));
    const value = input.total.summary[m];
    const own = toCell(suppressCount(value));
    totalCells[m] = own.status === 'primary' || (cohorts.totalShown && groups.totalShown) ? own : hiddenCell(value);
  }
  return {
    total: row(input.total.key, input.total.label, totalCells),
    byCohort: input.byCohort.map((r, i) => row(r.key, r.label, cohortCells[i]!)),
    byTargetGroup: input.byTargetGroup.map((r, i) => row(r.key, r.label, groupCells[i]!)),
  };
}

/**
 * One cohort's row of the board (participants per step, completed, stopped) for an export: the counts as
 * one list with the cohort's size as total (every enrolment is in exactly one column).
 */
export function publishBoardRow(counts: readonly number[]): { cells: Cell[]; total: Cell } {
  if (counts.length === 0) {
    return { cells: [], total: toCell(suppressCount(0)) };
  }
  const list = suppressList(counts, { total: true });
  return { cells: list.cells.map(toCell), total: toCell(list.total!) };
}

/** A single count shown outside the case team (target progress in an export). */
export function publishCount(value: number): Cell {
  return toCell(suppressCount(value));
}
