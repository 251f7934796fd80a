/**
 * Goal progress: projects the year-end value of a count (e.g. sustainable placements in a region) from
 * the count so far, with a 95 % prediction interval, for sentences like
 * "Regio X: 64 van 100; verwacht eind 2026: 86–115" (the text itself comes from the catalogue).
 *
 * Model (ADR 0016): events arrive as a Poisson process with a constant rate over the year. The point
 * projection is the run rate, count ÷ fraction of the year elapsed. The band is a prediction interval
 * for the year-end total = count so far + the count still to come, where the count to come has the
 * negative-binomial predictive distribution NB(size = count + ½, p = fraction elapsed) — the Poisson–gamma
 * predictive under the Jeffreys prior for the rate. It includes both the uncertainty in the rate and the
 * chance variation of the months still to come; its frequentist coverage is checked in the tests.
 */
import { chiSquareQuantile, negativeBinomialCdf, negativeBinomialQuantile } from '../stats/distributions.js';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../suppression/suppression.js';

export type GoalOutlook = 'reached' | 'likely' | 'uncertain' | 'unlikely';

export interface GoalProjectionInput {
  /** Count so far in the year, up to and including `asOf`. */
  count: number;
  /** Target for the year. */
  target: number;
  year: number;
  /** The date the count runs to (YYYY-MM-DD, a calendar date in Europe/Amsterdam). */
  asOf: string;
  /** Level of the prediction interval (default 0.95). */
  level?: number;
  /** Before this many days of the year the projection is flagged `early` (default 31). */
  minDaysElapsed?: number;
}

export interface GoalProjection {
  count: number;
  target: number;
  year: number;
  asOf: string;
  level: number;
  daysElapsed: number;
  daysInYear: number;
  fractionElapsed: number;
  /** Run-rate projection, rounded to a whole number. */
  projected: number;
  /** Prediction interval for the year-end count. */
  low: number;
  high: number;
  /** Predictive probability that the year-end count reaches the target. */
  probabilityReachTarget: number;
  /** reached: count ≥ target; likely: the whole band reaches it; unlikely: the whole band falls short. */
  outlook: GoalOutlook;
  /** True in the first weeks of the year, when the band is too wide to be useful: show the count only. */
  early: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayOfYear(date: string, year: number): number {
  const m = DATE.exec(date);
  if (!m) {
    throw new RangeError(`asOf must be a date YYYY-MM-DD, got ${date}`);
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`asOf is not a calendar date: ${date}`);
  }
  return Math.round((utc - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
}

function daysIn(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/**
 * Exact (Garwood 1936) confidence interval for a Poisson mean from an observed count:
 * [χ²(α/2; 2x)/2, χ²(1 − α/2; 2x + 2)/2], lower 0 when x = 0.
 */
export function poissonExactInterval(count: number, level = 0.95): { lower: number; upper: number } {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be an integer ≥ 0, got ${count}`);
  }
  const alpha = 1 - level;
  return {
    lower: count === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * count) / 2,
    upper: chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2,
  };
}

/**
 * Prediction interval for the count still to come in the rest of a period, given `count` events in the
 * elapsed `fraction` of it (negative-binomial predictive, Jeffreys prior; see the file comment).
 */
export function predictRemainingCount(
  count: number,
  fraction: number,
  level = 0.95,
): { low: number; high: number; size: number; p: number } {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be an integer ≥ 0, got ${count}`);
  }
  if (!(fraction > 0 && fraction <= 1)) {
    throw new RangeError(`fraction must be in (0, 1], got ${fraction}`);
  }
  const size = count + 0.5;
  if (fraction === 1) {
    return { low: 0, high: 0, size, p: 1 };
  }
  const alpha = 1 - level;
  return {
    low: negativeBinomialQuantile(alpha / 2, size, fraction),
    high: negativeBinomialQuantile(1 - alpha / 2, size, fraction),
    size,
    p: fraction,
  };
}

/**
 * Projects a count to the end of the year with a prediction interval and an outlook against the target.
 */
export function projectYearEnd(input: GoalProjectionInput): GoalProjection {
  const { count, target, year, asOf } = input;
  const level = input.level ?? 0.95;
  if (!Number.isInteger(count) || count < 0 || !(target > 0) || !Number.isInteger(year)) {
    throw new RangeError('count must be an integer ≥ 0, target > 0 and year an integer');
  }
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be in (0, 1), got ${level}`);
  }
  const daysInYear = daysIn(year);
  const doy = dayOfYear(asOf, year);
  if (doy < 1) {
    throw new RangeError(`asOf ${asOf} lies before ${year}`);
  }
  const daysElapsed = Math.min(doy, daysInYear);
  const fractionElapsed = daysElapsed / daysInYear;
  const remaining = predictRemainingCount(count, fractionElapsed, level);
  const low = count + remaining.low;
  const high = count + remaining.high;
  const needed = target - count;
  const probabilityReachTarget =
    needed <= 0
      ? 1
      : fractionElapsed === 1
        ? 0
        : 1 - negativeBinomialCdf(Math.ceil(needed) - 1, remaining.size, fractionElapsed);
  const outlook: GoalOutlook =
    count >= target ? 'reached' : low >= target ? 'likely' : high < target ? 'unlikely' : 'uncertain';
  return {
    count,
    target,
    year,
    asOf,
    level,
    daysElapsed,
    daysInYear,
    fractionElapsed,
    projected: Math.round(count / fractionElapsed),
    low,
    high,
    probabilityReachTarget,
    outlook,
    early: daysElapsed < (input.minDaysElapsed ?? 31),
  };
}

/**
 * What may be shown of a projection outside the case team: a count below the suppression threshold is
 * "< 10", and then the projection and band are left out too, because the run rate would give the count
 * back (projected × fraction elapsed).
 */
export function publishGoalProjection(
  projection: GoalProjection,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
):
  | {
      suppressed: false;
      count: number;
      target: number;
      year: number;
      projected: number;
      low: number;
      high: number;
      outlook: GoalOutlook;
    }
  | { suppressed: true; count: string; target: number; year: number } {
  if (projection.count > 0 && projection.count < threshold) {
    return { suppressed: true, count: `< ${threshold}`, target: projection.target, year: projection.year };
  }
  const { count, target, year, projected, low, high, outlook } = projection;
  return { suppressed: false, count, target, year, projected, low, high, outlook };
}
