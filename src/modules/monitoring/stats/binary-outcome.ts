/**
 * Effect evaluation on a binary outcome for two cohorts (a 2×2 table): risk difference, relative risk
 * and odds ratio with confidence intervals, Pearson's chi-square and Fisher's exact test.
 *
 * Layout (rows = cohorts, columns = outcome):
 *
 * |          | outcome yes | outcome no |
 * | -------- | ----------- | ---------- |
 * | cohort A | a           | b          |
 * | cohort B | c           | d          |
 *
 * Cohort A is the approach under evaluation, cohort B the comparison group; every effect is "A versus B".
 * Methods and their sources are in docs/adr/0016-monitoring-statistics.md.
 */
import { chiSquareSf, lnFactorial, normalQuantile } from './distributions.js';

/** One cohort: how many had the outcome, out of how many. */
export interface CohortCount {
  events: number;
  total: number;
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface RatioEstimate extends Interval {
  estimate: number;
  /** True when 0.5 was added to every cell because a cell the estimate divides by was 0 (Haldane–Anscombe). */
  corrected: boolean;
}

export interface BinaryComparison {
  level: number;
  a: CohortCount & { proportion: number; wilson: Interval };
  b: CohortCount & { proportion: number; wilson: Interval };
  riskDifference: { estimate: number; wald: Interval; newcombe: Interval };
  /** Null when neither cohort had an event (or both all did): no ratio can be estimated. */
  relativeRisk: RatioEstimate | null;
  /** Null when both cohorts have no events or both only events. */
  oddsRatio: RatioEstimate | null;
  chiSquare: { statistic: number; pValue: number; yatesStatistic: number; yatesPValue: number; minExpected: number };
  fisher: { pValue: number; pLess: number; pGreater: number };
}

function checkCohort(name: string, c: CohortCount): void {
  if (!Number.isInteger(c.events) || !Number.isInteger(c.total) || c.events < 0 || c.total < 1 || c.events > c.total) {
    throw new RangeError(`cohort ${name} needs integers 0 ≤ events ≤ total and total ≥ 1, got ${c.events}/${c.total}`);
  }
}

/**
 * Wilson score interval for one proportion (Wilson 1927; Newcombe 1998 method 3 for one proportion),
 * which stays inside [0, 1] and behaves at 0 and n, unlike the Wald interval.
 */
export function wilsonInterval(events: number, total: number, level = 0.95): Interval {
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = events / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const half = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  const denom = 1 + z2 / total;
  return {
    lower: events === 0 ? 0 : Math.max(0, (centre - half) / denom),
    upper: events === total ? 1 : Math.min(1, (centre + half) / denom),
  };
}

/** Point probability of the first cell of a 2×2 table with fixed margins (hypergeometric). */
function hypergeometricLog(x: number, rowA: number, rowB: number, colYes: number): number {
  const n = rowA + rowB;
  return (
    lnFactorial(rowA) +
    lnFactorial(rowB) +
    lnFactorial(colYes) +
    lnFactorial(n - colYes) -
    lnFactorial(n) -
    lnFactorial(x) -
    lnFactorial(rowA - x) -
    lnFactorial(colYes - x) -
    lnFactorial(rowB - colYes + x)
  );
}

/**
 * Fisher's exact test on a 2×2 table. Two-sided p = the sum of the probabilities of all tables with the
 * same margins that are no more likely than the observed one (relative tolerance 1e-7), as R's
 * fisher.test does; `pLess`/`pGreater` are the one-sided p-values for a ≤ observed / a ≥ observed.
 */
export function fisherExact(
  a: number,
  b: number,
  c: number,
  d: number,
): { pValue: number; pLess: number; pGreater: number } {
  const rowA = a + b;
  const rowB = c + d;
  const colYes = a + c;
  const lo = Math.max(0, colYes - rowB);
  const hi = Math.min(rowA, colYes);
  const logs: number[] = [];
  for (let x = lo; x <= hi; x++) {
    logs.push(hypergeometricLog(x, rowA, rowB, colYes));
  }
  const maxLog = Math.max(...logs);
  const probs = logs.map((l) => Math.exp(l - maxLog));
  const sum = probs.reduce((s, v) => s + v, 0);
  const observed = probs[a - lo]!;
  let two = 0;
  let less = 0;
  let greater = 0;
  probs.forEach((p, i) => {
    const x = lo + i;
    if (p <= observed * (1 + 1e-7)) {
      two += p;
    }
    if (x <= a) {
      less += p;
    }
    if (x >= a) {
      greater += p;
    }
  });
  const clamp = (v: number): number => Math.min(1, v / sum);
  return { pValue: clamp(two), pLess: clamp(less), pGreater: clamp(greater) };
}

/**
 * Pearson's chi-square for a 2×2 table (1 df), without and with Yates' continuity correction, and the
 * smallest expected count (below 5, read Fisher's exact p instead: Cochran 1954).
 */
export function chiSquare2x2(
  a: number,
  b: number,
  c: number,
  d: number,
): { statistic: number; pValue: number; yatesStatistic: number; yatesPValue: number; minExpected: number } {
  const n = a + b + c + d;
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const c2 = b + d;
  const minExpected = Math.min(r1 * c1, r1 * c2, r2 * c1, r2 * c2) / n;
  if (c1 === 0 || c2 === 0 || r1 === 0 || r2 === 0) {
    return { statistic: 0, pValue: 1, yatesStatistic: 0, yatesPValue: 1, minExpected };
  }
  const det = a * d - b * c;
  const denom = r1 * r2 * c1 * c2;
  const statistic = (n * det * det) / denom;
  const yatesAbs = Math.max(0, Math.abs(det) - n / 2);
  const yatesStatistic = (n * yatesAbs * yatesAbs) / denom;
  return {
    statistic,
    pValue: chiSquareSf(statistic, 1),
    yatesStatistic,
    yatesPValue: chiSquareSf(yatesStatistic, 1),
    minExpected,
  };
}

/**
 * Compares cohort A with cohort B on a binary outcome.
 *
 * - Risk difference pA − pB: Wald interval, and Newcombe's hybrid score interval (Newcombe 1998,
 *   method 10, from the two Wilson intervals), which is the one to show: it keeps its coverage with
 *   small counts and proportions near 0 or 1.
 * - Relative risk pA / pB: log interval, SE = √(1/a − 1/nA + 1/c − 1/nB) (Katz et al. 1978).
 * - Odds ratio ad / bc: Woolf's log interval, SE = √(1/a + 1/b + 1/c + 1/d) (Woolf 1955).
 * - Zero cells: when a cell a ratio's SE divides by is 0, 0.5 is added to all four cells for that ratio
 *   (Haldane 1956, Anscombe 1956) and `corrected` says so. When no one (or everyone) in both cohorts had
 *   the outcome the ratio is not estimable and is null.
 *
 * @param a - cohort A (the approach): events and total
 * @param b - cohort B (the comparison): events and total
 * @param level - confidence level, default 0.95
 */
export function compareBinary(a: CohortCount, b: CohortCount, level = 0.95): BinaryComparison {
  checkCohort('A', a);
  checkCohort('B', b);
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be in (0, 1), got ${level}`);
  }
  const z = normalQuantile(1 - (1 - level) / 2);
  const [x11, x12, x21, x22] = [a.events, a.total - a.events, b.events, b.total - b.events];
  const pA = a.events / a.total;
  const pB = b.events / b.total;

  const wA = wilsonInterval(a.events, a.total, level);
  const wB = wilsonInterval(b.events, b.total, level);
  const rd = pA - pB;
  const seRd = Math.sqrt((pA * (1 - pA)) / a.total + (pB * (1 - pB)) / b.total);
  const delta = Math.sqrt((pA - wA.lower) ** 2 + (wB.upper - pB) ** 2);
  const epsilon = Math.sqrt((wA.upper - pA) ** 2 + (pB - wB.lower) ** 2);

  const noEventsBoth = x11 === 0 && x21 === 0;
  const allEventsBoth = x12 === 0 && x22 === 0;

  let relativeRisk: RatioEstimate | null = null;
  if (!noEventsBoth) {
    const corrected = x11 === 0 || x21 === 0;
    const k = corrected ? 0.5 : 0;
    const [e1, n1, e2, n2] = [x11 + k, a.total + 2 * k, x21 + k, b.total + 2 * k];
    const estimate = e1 / n1 / (e2 / n2);
    const se = Math.sqrt(1 / e1 - 1 / n1 + 1 / e2 - 1 / n2);
    relativeRisk = { estimate, lower: estimate * Math.exp(-z * se), upper: estimate * Math.exp(z * se), corrected };
  }

  let oddsRatio: RatioEstimate | null = null;
  if (!noEventsBoth && !allEventsBoth) {
    const corrected = x11 === 0 || x12 === 0 || x21 === 0 || x22 === 0;
    const k = corrected ? 0.5 : 0;
    const [p, q, r, s] = [x11 + k, x12 + k, x21 + k, x22 + k];
    const estimate = (p * s) / (q * r);
    const se = Math.sqrt(1 / p + 1 / q + 1 / r + 1 / s);
    oddsRatio = { estimate, lower: estimate * Math.exp(-z * se), upper: estimate * Math.exp(z * se), corrected };
  }

  return {
    level,
    a: { ...a, proportion: pA, wilson: wA },
    b: { ...b, proportion: pB, wilson: wB },
    riskDifference: {
      estimate: rd,
      wald: { lower: Math.max(-1, rd - z * seRd), upper: Math.min(1, rd + z * seRd) },
      newcombe: { lower: rd - delta, upper: rd + epsilon },
    },
    relativeRisk,
    oddsRatio,
    chiSquare: chiSquare2x2(x11, x12, x21, x22),
    fisher: fisherExact(x11, x12, x21, x22),
  };
}
