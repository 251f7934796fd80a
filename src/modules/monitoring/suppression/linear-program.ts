/**
 * A small dense two-phase simplex solver (Bland's rule, so it cannot cycle) for the disclosure audit:
 * minimise c·x subject to A x = b, x ≥ 0. The audit's problems are a few dozen variables; the
 * constraint matrices of tables with margins are network matrices (totally unimodular), so the LP bounds
 * it finds are the integer bounds an attacker could derive.
 */

const EPS = 1e-9;

export type LpStatus = 'optimal' | 'infeasible' | 'unbounded';

/** A feasible basis after phase 1, ready for any number of phase-2 objectives. */
export interface FeasibleBasis {
  /** Tableau rows: n coefficients followed by the right-hand side. */
  tableau: number[][];
  basis: number[];
  n: number;
}

function pivot(tableau: number[][], objective: number[] | null, row: number, col: number): void {
  const pivotRow = tableau[row]!;
  const p = pivotRow[col]!;
  for (let j = 0; j < pivotRow.length; j++) {
    pivotRow[j]! /= p;
  }
  pivotRow[col] = 1;
  for (let i = 0; i < tableau.length; i++) {
    if (i === row) {
      continue;
    }
    const r = tableau[i]!;
    const f = r[col]!;
    if (Math.abs(f) > 0) {
      for (let j = 0; j < r.length; j++) {
        r[j]! -= f * pivotRow[j]!;
      }
      r[col] = 0;
    }
  }
  if (objective) {
    const f = objective[col]!;
    if (Math.abs(f) > 0) {
      for (let j = 0; j < objective.length; j++) {
        objective[j]! -= f * pivotRow[j]!;
      }
      objective[col] = 0;
    }
  }
}

/** Runs simplex iterations on a tableau whose objective row holds reduced costs (last entry −value). */
function iterate(tableau: number[][], basis: number[], objective: number[], columns: number): 'optimal' | 'unbounded' {
  const rhs = objective.length - 1;
  for (let guard = 0; guard < 50_000; guard++) {
    let enter = -1;
    for (let j = 0; j < columns; j++) {
      if (objective[j]! < -EPS) {
        enter = j;
        break;
      }
    }
    if (enter < 0) {
      return 'optimal';
    }
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < tableau.length; i++) {
      const a = tableau[i]![enter]!;
      if (a > EPS) {
        const ratio = tableau[i]![rhs]! / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
    }
    if (leave < 0) {
      return 'unbounded';
    }
    pivot(tableau, objective, leave, enter);
    basis[leave] = enter;
  }
  throw new Error('simplex did not terminate');
}

/**
 * Phase 1: finds a feasible basis of A x = b, x ≥ 0, or null when there is none. Redundant equations
 * (common: the row totals and the column totals both add up to the grand total) are dropped.
 */
export function findFeasibleBasis(
  a: readonly (readonly number[])[],
  b: readonly number[],
  n: number,
): FeasibleBasis | null {
  const m = a.length;
  const width = n + m + 1;
  const tableau = a.map((row, i) => {
    const sign = b[i]! < 0 ? -1 : 1;
    const r = new Array<number>(width).fill(0);
    for (let j = 0; j < n; j++) {
      r[j] = sign * row[j]!;
    }
    r[n + i] = 1;
    r[width - 1] = sign * b[i]!;
    return r;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  // Phase-1 objective: minimise the sum of artificials → reduced costs = −(sum of rows) on real columns.
  const objective = new Array<number>(width).fill(0);
  for (const r of tableau) {
    for (let j = 0; j < n; j++) {
      objective[j]! -= r[j]!;
    }
    objective[width - 1]! -= r[width - 1]!;
  }
  iterate(tableau, basis, objective, n + m);
  if (-objective[width - 1]! > 1e-7) {
    return null;
  }
  // Drive artificials out of the basis; a row with no real column left is redundant.
  for (let i = tableau.length - 1; i >= 0; i--) {
    if (basis[i]! < n) {
      continue;
    }
    const r = tableau[i]!;
    let col = -1;
    for (let j = 0; j < n; j++) {
      if (Math.abs(r[j]!) > EPS) {
        col = j;
        break;
      }
    }
    if (col >= 0) {
      pivot(tableau, null, i, col);
      basis[i] = col;
    } else {
      tableau.splice(i, 1);
      basis.splice(i, 1);
    }
  }
  // Keep only the real columns and the right-hand side.
  const trimmed = tableau.map((r) => [...r.slice(0, n), r[width - 1]!]);
  return { tableau: trimmed, basis, n };
}

/** Current values of all variables in a basis. */
export function basicSolution(start: FeasibleBasis): number[] {
  const x = new Array<number>(start.n).fill(0);
  start.basis.forEach((col, i) => {
    x[col] = start.tableau[i]![start.n]!;
  });
  return x;
}

/**
 * Phase 2 from a feasible basis: minimises c·x. Does not change `start`.
 * @returns the status, the optimal value and the solution
 */
export function minimise(start: FeasibleBasis, c: readonly number[]): { status: LpStatus; value: number; x: number[] } {
  const tableau = start.tableau.map((r) => [...r]);
  const basis = [...start.basis];
  const n = start.n;
  const objective = [...c, 0];
  tableau.forEach((r, i) => {
    const cb = c[basis[i]!]!;
    if (cb !== 0) {
      for (let j = 0; j <= n; j++) {
        objective[j]! -= cb * r[j]!;
      }
    }
  });
  const status = iterate(tableau, basis, objective, n);
  const x = new Array<number>(n).fill(0);
  basis.forEach((col, i) => {
    x[col] = tableau[i]![n]!;
  });
  return { status, value: status === 'unbounded' ? -Infinity : -objective[n]!, x };
}
