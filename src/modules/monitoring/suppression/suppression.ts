/**
 * Small-cell suppression for everything shown outside the case team and in every export.
 *
 * - **Primary**: a count below the threshold (default 10) is published as "< 10". A true 0 is shown as 0
 *   by default (`showZeros`): it says that nobody, not who, is in the cell (Statistics Netherlands' and
 *   τ-ARGUS's frequency-table practice; ADR 0016). With `showZeros: false` zeros are suppressed too.
 * - **Secondary**: in a table with row and/or column totals, more cells are hidden (published as "x") so
 *   that no suppressed count can be worked out from the published numbers — not by subtracting in one row
 *   or column, and not by combining rows and columns. The published table is checked by an exact audit
 *   (`auditDisclosure`, a linear program per hidden cell): the attacker's smallest and largest possible
 *   value of each hidden cell must differ by at least `minInterval` (default 1: never exactly derivable).
 *
 * Complementary cells are chosen cheapest first: inner cells before totals, cells that close an open
 * row or column before cells that open a new one, then the smallest count. See ADR 0016.
 */
import { basicSolution, findFeasibleBasis, minimise } from './linear-program.js';

export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

export type CellStatus = 'shown' | 'primary' | 'secondary';

export interface PublishedCell {
  /** The count, or null when suppressed. */
  value: number | null;
  status: CellStatus;
  /** What to print: the number, "< 10" (primary) or "x" (secondary, the CBS sign for "secret"). */
  display: string;
}

export interface SuppressionOptions {
  /** Counts below this are primary-suppressed (default 10). Integer ≥ 2. */
  threshold?: number;
  /** Show true zeros (default true). */
  showZeros?: boolean;
  /** Smallest allowed width of an attacker's interval for a hidden cell (default 1). */
  minInterval?: number;
}

export interface TableOptions extends SuppressionOptions {
  /** Publish a total per row (default true). */
  rowTotals?: boolean;
  /** Publish a total per column (default true). */
  columnTotals?: boolean;
}

export interface PublishedTable {
  threshold: number;
  showZeros: boolean;
  cells: PublishedCell[][];
  rowTotals: PublishedCell[] | null;
  columnTotals: PublishedCell[] | null;
  grandTotal: PublishedCell | null;
}

interface Settings {
  threshold: number;
  showZeros: boolean;
  minInterval: number;
}

function settings(options: SuppressionOptions): Settings {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new RangeError(`the suppression threshold is an integer ≥ 2, got ${threshold}`);
  }
  const minInterval = options.minInterval ?? 1;
  if (!(minInterval >= 0)) {
    throw new RangeError(`minInterval must be ≥ 0, got ${minInterval}`);
  }
  return { threshold, showZeros: options.showZeros ?? true, minInterval };
}

function checkCount(value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`counts are integers ≥ 0, got ${value}`);
  }
}

function isPrimary(value: number, s: Settings): boolean {
  return value < s.threshold && (value > 0 || !s.showZeros);
}

function publish(value: number, status: CellStatus, s: Settings): PublishedCell {
  switch (status) {
    case 'shown':
      return { value, status, display: String(value) };
    case 'primary':
      return { value: null, status, display: `< ${s.threshold}` };
    case 'secondary':
      return { value: null, status, display: 'x' };
  }
}

/** Suppresses one count on its own (no totals to protect). */
export function suppressCount(value: number, options: SuppressionOptions = {}): PublishedCell {
  const s = settings(options);
  checkCount(value);
  return publish(value, isPrimary(value, s) ? 'primary' : 'shown', s);
}

// ---------------------------------------------------------------------------------------------------------
// Linear-relation model: entries (inner cells and totals) and lines (Σ coefficient × entry = 0).

interface Model {
  values: number[];
  isTotal: boolean[];
  /** Each line: entry indexes with coefficients (+1 for a part, −1 for the total). */
  lines: { entry: number; coef: number }[][];
  /** Lines each entry appears in. */
  linesOf: number[][];
}

interface Layout {
  rows: number;
  cols: number;
  rowTotals: boolean;
  columnTotals: boolean;
  inner: (i: number, j: number) => number;
  rowTotal: (i: number) => number;
  colTotal: (j: number) => number;
  grand: number;
}

function buildModel(
  cells: readonly (readonly number[])[],
  rowTotals: boolean,
  columnTotals: boolean,
): { model: Model; layout: Layout } {
  const rows = cells.length;
  const cols = rows > 0 ? cells[0]!.length : 0;
  if (rows === 0 || cols === 0 || cells.some((r) => r.length !== cols)) {
    throw new RangeError('a table needs at least one row and one column, and every row the same length');
  }
  cells.forEach((r) => r.forEach(checkCount));
  const values: number[] = [];
  const isTotal: boolean[] = [];
  const add = (v: number, total: boolean): number => {
    values.push(v);
    isTotal.push(total);
    return values.length - 1;
  };
  const innerIdx = cells.map((r) => r.map((v) => add(v, false)));
  const rowSums = cells.map((r) => r.reduce((s, v) => s + v, 0));
  const colSums = Array.from({ length: cols }, (_, j) => cells.reduce((s, r) => s + r[j]!, 0));
  const grandSum = rowSums.reduce((s, v) => s + v, 0);
  const rowTotalIdx = rowTotals ? rowSums.map((v) => add(v, true)) : [];
  const colTotalIdx = columnTotals ? colSums.map((v) => add(v, true)) : [];
  const grand = rowTotals && columnTotals ? add(grandSum, true) : -1;
  const lines: { entry: number; coef: number }[][] = [];
  if (rowTotals) {
    for (let i = 0; i < rows; i++) {
      lines.push([...innerIdx[i]!.map((entry) => ({ entry, coef: 1 })), { entry: rowTotalIdx[i]!, coef: -1 }]);
    }
    if (columnTotals) {
      lines.push([...colTotalIdx.map((entry) => ({ entry, coef: 1 })), { entry: grand, coef: -1 }]);
    }
  }
  if (columnTotals) {
    for (let j = 0; j < cols; j++) {
      lines.push([...innerIdx.map((r) => ({ entry: r[j]!, coef: 1 })), { entry: colTotalIdx[j]!, coef: -1 }]);
    }
    if (rowTotals) {
      lines.push([...rowTotalIdx.map((entry) => ({ entry, coef: 1 })), { entry: grand, coef: -1 }]);
    }
  }
  const linesOf: number[][] = values.map(() => []);
  lines.forEach((line, l) => line.forEach(({ entry }) => linesOf[entry]!.push(l)));
  const layout: Layout = {
    rows,
    cols,
    rowTotals,
    columnTotals,
    inner: (i, j) => innerIdx[i]![j]!,
    rowTotal: (i) => rowTotalIdx[i]!,
    colTotal: (j) => colTotalIdx[j]!,
    grand,
  };
  return { model: { values, isTotal, lines, linesOf }, layout };
}

// ---------------------------------------------------------------------------------------------------------
// Audit: what an attacker can derive from the published entries.

/** What the reader knows about one entry: its value, or bounds from its status. */
export interface KnownEntry {
  status: CellStatus;
  /** The value when shown. */
  value: number | null;
}

export interface AuditInterval {
  entry: number;
  status: 'primary' | 'secondary';
  /** Smallest and largest value consistent with everything published (upper may be Infinity). */
  lower: number;
  upper: number;
  /** The interval the reader knows from the status alone ([1, threshold − 1] for "< 10"). */
  aPrioriLower: number;
  aPrioriUpper: number;
}

function aPriori(status: 'primary' | 'secondary', s: Settings): [number, number] {
  return status === 'primary' ? [s.showZeros ? 1 : 0, s.threshold - 1] : [s.threshold, Infinity];
}

/** How the audit finds each interval: `auto` uses the closed form when no entry is in two relations. */
export type AuditMethod = 'auto' | 'linearProgram';

/**
 * The exact audit when no entry appears in more than one relation (a list with its total, a one-row
 * table with its row total): each relation Σ cᵤ·yᵤ = 0 stands alone, so the set of values a hidden entry
 * can take is its a-priori interval cut by what the relation leaves once every other hidden entry in it
 * is pushed to its own bounds. That is the linear program's answer, in O(n) instead of two programs per
 * hidden entry (a breakdown over 342 gemeenten would otherwise solve hundreds per round).
 */
function auditSeparateLines(
  model: Model,
  known: readonly KnownEntry[],
  hidden: readonly number[],
  s: Settings,
): AuditInterval[] {
  const bounds = new Map(hidden.map((entry) => [entry, aPriori(known[entry]!.status as 'primary' | 'secondary', s)]));
  /** A sum of terms some of which may be infinite, kept as a finite part and a count of infinite ones. */
  interface Sum {
    finite: number;
    infinite: number;
  }
  const add = (sum: Sum, term: number): void => {
    if (Number.isFinite(term)) {
      sum.finite += term;
    } else {
      sum.infinite += 1;
    }
  };
  const without = (sum: Sum, term: number, sign: 1 | -1): number => {
    const infinite = sum.infinite - (Number.isFinite(term) ? 0 : 1);
    return infinite > 0 ? sign * Infinity : sum.finite - (Number.isFinite(term) ? term : 0);
  };
  const interval = new Map<number, [number, number]>(hidden.map((entry) => [entry, bounds.get(entry)!]));
  for (const line of model.lines) {
    const parts = line.filter(({ entry }) => bounds.has(entry));
    if (parts.length === 0) {
      continue;
    }
    // Σ hidden cᵤ·yᵤ = rhs, with rhs from the shown entries.
    const rhs = -line.reduce(
      (sum, { entry, coef }) => (bounds.has(entry) ? sum : sum + coef * known[entry]!.value!),
      0,
    );
    const termMin = (entry: number, coef: number): number => {
      const [lb, ub] = bounds.get(entry)!;
      return coef > 0 ? coef * lb : coef * ub;
    };
    const termMax = (entry: number, coef: number): number => {
      const [lb, ub] = bounds.get(entry)!;
      return coef > 0 ? coef * ub : coef * lb;
    };
    const low: Sum = { finite: 0, infinite: 0 };
    const high: Sum = { finite: 0, infinite: 0 };
    for (const { entry, coef } of parts) {
      add(low, termMin(entry, coef));
      add(high, termMax(entry, coef));
    }
    const lowest = low.infinite > 0 ? -Infinity : low.finite;
    const highest = high.infinite > 0 ? Infinity : high.finite;
    if (rhs < lowest - 1e-9 || rhs > highest + 1e-9) {
      throw new Error('published table is inconsistent: no counts fit it');
    }
    for (const { entry, coef } of parts) {
      // cᵥ·yᵥ = rhs − (the others), and the others lie between their own smallest and largest sums.
      const othersLow = without(low, termMin(entry, coef), -1);
      const othersHigh = without(high, termMax(entry, coef), 1);
      const a = (rhs - othersHigh) / coef;
      const b = (rhs - othersLow) / coef;
      const [lb, ub] = interval.get(entry)!;
      interval.set(entry, [Math.max(lb, Math.min(a, b)), Math.min(ub, Math.max(a, b))]);
    }
  }
  return hidden.map((entry) => {
    const [lb, ub] = bounds.get(entry)!;
    const [lower, upper] = interval.get(entry)!;
    return {
      entry,
      status: known[entry]!.status as 'primary' | 'secondary',
      lower,
      upper,
      aPrioriLower: lb,
      aPrioriUpper: ub,
    };
  });
}

/**
 * For every hidden entry, the attacker's interval given the published entries, the line relations and
 * the bounds each status implies. Exact mode solves two linear programs per hidden entry; fast mode
 * (used while choosing suppressions) stops as soon as an entry is seen to take two values at least
 * `minInterval` apart, so its interval is then only a lower bound on the true one.
 */
function auditModel(
  model: Model,
  known: readonly KnownEntry[],
  s: Settings,
  exact: boolean,
  method: AuditMethod = 'auto',
): AuditInterval[] {
  const hidden = known.flatMap((k, entry) => (k.status === 'shown' ? [] : [entry]));
  if (hidden.length === 0) {
    return [];
  }
  if (method === 'auto' && model.linesOf.every((lines) => lines.length <= 1)) {
    return auditSeparateLines(model, known, hidden, s);
  }
  const varOf = new Map(hidden.map((entry, v) => [entry, v]));
  const bounds = hidden.map((entry) => aPriori(known[entry]!.status as 'primary' | 'secondary', s));
  // Variables: z_v = y_v − lower_v ≥ 0, then one slack per finite upper bound.
  const finite = bounds.flatMap(([, ub], v) => (Number.isFinite(ub) ? [v] : []));
  const n = hidden.length + finite.length;
  const a: number[][] = [];
  const b: number[] = [];
  for (const line of model.lines) {
    const row = new Array<number>(n).fill(0);
    let rhs = 0;
    let hasUnknown = false;
    for (const { entry, coef } of line) {
      const v = varOf.get(entry);
      if (v === undefined) {
        rhs -= coef * known[entry]!.value!;
      } else {
        row[v]! += coef;
        rhs -= coef * bounds[v]![0];
        hasUnknown = true;
      }
    }
    if (hasUnknown) {
      a.push(row);
      b.push(rhs);
    }
  }
  finite.forEach((v, k) => {
    const row = new Array<number>(n).fill(0);
    row[v] = 1;
    row[hidden.length + k] = 1;
    a.push(row);
    b.push(bounds[v]![1] - bounds[v]![0]);
  });
  const basis = findFeasibleBasis(a, b, n);
  if (!basis) {
    throw new Error('published table is inconsistent: no counts fit it');
  }
  const seenMin = basicSolution(basis).slice(0, hidden.length);
  const seenMax = [...seenMin];
  const note = (x: readonly number[]): void => {
    for (let v = 0; v < hidden.length; v++) {
      seenMin[v] = Math.min(seenMin[v]!, x[v]!);
      seenMax[v] = Math.max(seenMax[v]!, x[v]!);
    }
  };
  const result: AuditInterval[] = [];
  hidden.forEach((entry, v) => {
    const [lb, ub] = bounds[v]!;
    const required = Math.min(s.minInterval, ub - lb);
    const c = new Array<number>(n).fill(0);
    let low = seenMin[v]!;
    let high = seenMax[v]!;
    if (exact || high - low < required - 1e-9) {
      c[v] = -1;
      const max = minimise(basis, c);
      if (max.status === 'unbounded') {
        high = Infinity;
      } else {
        note(max.x);
        high = -max.value;
      }
    }
    if (exact || high - low < required - 1e-9) {
      c[v] = 1;
      const min = minimise(basis, c);
      note(min.x);
      low = min.value;
    }
    result.push({
      entry,
      status: known[entry]!.status as 'primary' | 'secondary',
      lower: Math.round(low * 1e6) / 1e6 + lb,
      upper: high === Infinity ? Infinity : Math.round(high * 1e6) / 1e6 + lb,
      aPrioriLower: lb,
      aPrioriUpper: ub,
    });
  });
  return result;
}

function isUnsafe(i: AuditInterval, s: Settings): boolean {
  const required = Math.min(s.minInterval, i.aPrioriUpper - i.aPrioriLower);
  return i.upper - i.lower < required - 1e-9;
}

/** Suppression on a linear-relation model; returns the status per entry. */
function suppressModel(model: Model, s: Settings): CellStatus[] {
  const status: CellStatus[] = model.values.map((v) => (isPrimary(v, s) ? 'primary' : 'shown'));
  const hiddenIn = (l: number): number => model.lines[l]!.filter(({ entry }) => status[entry] !== 'shown').length;
  const candidateCost = (entry: number, exceptLine: number): number[] => {
    const others = model.linesOf[entry]!.filter((l) => l !== exceptLine);
    const opens = others.filter((l) => hiddenIn(l) === 0).length;
    const closes = others.filter((l) => hiddenIn(l) === 1).length;
    return [model.isTotal[entry] ? 1 : 0, opens, -closes, model.values[entry]!];
  };
  const better = (x: number[], y: number[]): boolean => {
    for (let k = 0; k < x.length; k++) {
      if (x[k] !== y[k]) {
        return x[k]! < y[k]!;
      }
    }
    return false;
  };
  /** Cheapest shown entry (never a zero: a hidden 0 would be published as "x", which means ≥ threshold). */
  const pick = (entries: readonly number[], exceptLine: number): number => {
    let best = -1;
    let bestCost: number[] = [];
    for (const entry of entries) {
      if (status[entry] !== 'shown' || model.values[entry] === 0) {
        continue;
      }
      const cost = candidateCost(entry, exceptLine);
      if (best < 0 || better(cost, bestCost)) {
        best = entry;
        bestCost = cost;
      }
    }
    return best;
  };

  for (let round = 0; round <= model.values.length; round++) {
    // 1. No row or column may have exactly one hidden entry (it would follow by subtraction).
    let changed = true;
    while (changed) {
      changed = false;
      for (let l = 0; l < model.lines.length; l++) {
        if (hiddenIn(l) === 1) {
          const choice = pick(
            model.lines[l]!.map(({ entry }) => entry),
            l,
          );
          if (choice >= 0) {
            status[choice] = 'secondary';
            changed = true;
          }
        }
      }
    }
    // 2. Exact check across rows and columns together; widen the pattern where a hidden cell is pinned down.
    const known = model.values.map((value, entry) => ({
      status: status[entry]!,
      value: status[entry] === 'shown' ? value : null,
    }));
    const unsafe = auditModel(model, known, s, false).filter((i) => isUnsafe(i, s));
    if (unsafe.length === 0) {
      return status;
    }
    const target = unsafe[0]!.entry;
    const nearby = model.linesOf[target]!.flatMap((l) => model.lines[l]!.map(({ entry }) => entry));
    let choice = pick(nearby, -1);
    if (choice < 0) {
      choice = pick(
        model.values.map((_, entry) => entry),
        -1,
      );
    }
    if (choice < 0) {
      return status; // everything that can be hidden is hidden
    }
    status[choice] = 'secondary';
  }
  // Fail closed (not reached in practice: every round above hides one more entry).
  return status.map((st, entry) => (st === 'shown' && model.values[entry]! > 0 ? 'secondary' : st));
}

/**
 * Suppresses a two-way table of counts with (by default) its row totals, column totals and grand total,
 * which are computed here so that they are consistent with the cells.
 *
 * @param cells - counts, rows × columns
 * @param options - threshold (10), showZeros (true), minInterval (1), rowTotals/columnTotals (true)
 */
export function suppressTable(cells: readonly (readonly number[])[], options: TableOptions = {}): PublishedTable {
  const s = settings(options);
  const { model, layout } = buildModel(cells, options.rowTotals ?? true, options.columnTotals ?? true);
  const status = suppressModel(model, s);
  const cell = (entry: number): PublishedCell => publish(model.values[entry]!, status[entry]!, s);
  return {
    threshold: s.threshold,
    showZeros: s.showZeros,
    cells: Array.from({ length: layout.rows }, (_, i) =>
      Array.from({ length: layout.cols }, (_, j) => cell(layout.inner(i, j))),
    ),
    rowTotals: layout.rowTotals ? Array.from({ length: layout.rows }, (_, i) => cell(layout.rowTotal(i))) : null,
    columnTotals: layout.columnTotals ? Array.from({ length: layout.cols }, (_, j) => cell(layout.colTotal(j))) : null,
    grandTotal: layout.grand >= 0 ? cell(layout.grand) : null,
  };
}

/**
 * Suppresses a list of counts (e.g. one indicator per region) with, by default, its total.
 */
export function suppressList(
  values: readonly number[],
  options: SuppressionOptions & { total?: boolean } = {},
): { cells: PublishedCell[]; total: PublishedCell | null } {
  const table = suppressTable(
    values.map((v) => [v]),
    { ...options, rowTotals: false, columnTotals: options.total ?? true },
  );
  return { cells: table.cells.map((r) => r[0]!), total: table.columnTotals ? table.columnTotals[0]! : null };
}

/** Where an audited entry sits in a published table. */
export type TablePosition =
  | { kind: 'cell'; row: number; column: number }
  | { kind: 'rowTotal'; row: number }
  | { kind: 'columnTotal'; column: number }
  | { kind: 'grandTotal' };

/**
 * Exact disclosure audit of a published table: for every hidden entry, the smallest and largest value a
 * reader can derive from the published numbers and signs. Used by the tests and available to exports as
 * a last check before a file leaves the system.
 */
export function auditDisclosure(
  table: PublishedTable,
  options: Pick<SuppressionOptions, 'minInterval'> & { method?: AuditMethod } = {},
): (AuditInterval & { position: TablePosition; safe: boolean })[] {
  const s = settings({ threshold: table.threshold, showZeros: table.showZeros, minInterval: options.minInterval });
  const rows = table.cells.length;
  const cols = table.cells[0]?.length ?? 0;
  // Rebuild the relations with placeholder values; only the published entries are used below.
  const { model, layout } = buildModel(
    Array.from({ length: rows }, () => new Array<number>(cols).fill(0)),
    table.rowTotals !== null,
    table.columnTotals !== null,
  );
  const known: KnownEntry[] = new Array<KnownEntry>(model.values.length);
  const positions: TablePosition[] = new Array<TablePosition>(model.values.length);
  const put = (entry: number, c: PublishedCell, position: TablePosition): void => {
    known[entry] = { status: c.status, value: c.value };
    positions[entry] = position;
  };
  table.cells.forEach((r, i) => r.forEach((c, j) => put(layout.inner(i, j), c, { kind: 'cell', row: i, column: j })));
  table.rowTotals?.forEach((c, i) => put(layout.rowTotal(i), c, { kind: 'rowTotal', row: i }));
  table.columnTotals?.forEach((c, j) => put(layout.colTotal(j), c, { kind: 'columnTotal', column: j }));
  if (table.grandTotal && layout.grand >= 0) {
    put(layout.grand, table.grandTotal, { kind: 'grandTotal' });
  }
  return auditModel(model, known, s, true, options.method).map((i) => ({
    ...i,
    position: positions[i.entry]!,
    safe: !isUnsafe(i, s),
  }));
}
