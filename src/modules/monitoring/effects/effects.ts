/**
 * Effect evaluation of two cohorts (e.g. the participants of an approach against a comparison group, or
 * the same population before and after a change), from each cohort's trajectories:
 *
 * - **jobWithin** (binary): of those referred in the period whose follow-up of `months` is complete by the
 *   as-of date, who started a job (≥ 4 hours a week, paid: `isJobStart`) within `months` of referral.
 *   Risk difference, relative risk and odds ratio with 95 % intervals, Fisher's exact test
 *   (stats/binary-outcome.ts).
 * - **timeToFirstJob** (time to event): days from referral to the first job start; censored when the
 *   trajectory closed without one, or at the as-of date. Kaplan–Meier with log-log limits, median, log-rank.
 * - **jobTenure** (time to event): days from the first job start after referral to its end; censored while
 *   the job lasts.
 *
 * Disclosure control for these analytical figures (ADR 0016, "effect evaluation"): a cohort below the
 * threshold gets no statistics; the four cells of a binary outcome are suppressed as a table, and when any
 * of them is hidden no proportion or ratio is published (each would give the hidden count back); a survival
 * curve is published on a monthly grid, only while at least `threshold` people are at risk, and a grid
 * point is left empty while fewer than `threshold` events happened since the last published point — so
 * no published drop stands for fewer than `threshold` people. Medians are given in months (one decimal).
 */
import { addMonths } from '../../jobs/jobs.indicators.js';
import { compareBinary, type CohortCount } from '../stats/binary-outcome.js';
import { durationObservations } from '../stats/durations.js';
import { kaplanMeier, logRankTest, survivalAt, type SurvivalObservation } from '../stats/survival.js';
import { hiddenCount } from '../monitoring.publish.js';
import { suppressCount, suppressTable, type PublishedCell } from '../suppression/suppression.js';

export const OUTCOMES = ['jobWithin', 'timeToFirstJob', 'jobTenure'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/**
 * The time-to-event outcomes (here and in the durations per approach): the two above, and
 * **timeToFirstEmployerContact**: days from referral to the first held contact with an employer; censored
 * when the trajectory closed without one, or at the as-of date.
 */
export const TIME_OUTCOMES = ['jobTenure', 'timeToFirstJob', 'timeToFirstEmployerContact'] as const;
export type TimeOutcome = (typeof TIME_OUTCOMES)[number];

/** Days in an average month: the grid of a published survival curve. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** One person of a cohort: their first trajectory referred in the period and their first job after it. */
export interface CohortMember {
  participantId: string;
  referralDate: string;
  closedOn: string | null;
  /** The first job start (`isJobStart`) on or after the referral date, when there is one. */
  firstJob: { startDate: string; endDate: string | null } | null;
  /** The first held contact with an employer on or after the referral date (only for that outcome). */
  firstEmployerContact?: string | null;
}

/**
 * Binary outcome "a job within `months` of referral". Only people whose whole window has passed by `asOf`
 * count (otherwise a recent referral would count as "no job" before it had the time).
 */
export function jobWithin(members: readonly CohortMember[], months: number, asOf: string): CohortCount {
  let total = 0;
  let events = 0;
  for (const m of members) {
    const windowEnd = addMonths(m.referralDate, months);
    if (windowEnd > asOf) {
      continue;
    }
    total += 1;
    if (m.firstJob && m.firstJob.startDate < windowEnd) {
      events += 1;
    }
  }
  return { events, total };
}

/** Follow-up in days for a time-to-event outcome (see the file comment). */
export function survivalObservations(
  members: readonly CohortMember[],
  outcome: TimeOutcome,
  asOf: string,
): SurvivalObservation[] {
  if (outcome === 'jobTenure') {
    return durationObservations(
      members.flatMap((m) => (m.firstJob ? [{ start: m.firstJob.startDate, end: m.firstJob.endDate }] : [])),
      asOf,
    );
  }
  // Time to the first job (or employer contact): the event is its date; without one, follow-up ends when the
  // trajectory closed, or at the as-of date.
  const eventDate = (m: CohortMember): string | null =>
    outcome === 'timeToFirstJob' ? (m.firstJob?.startDate ?? null) : (m.firstEmployerContact ?? null);
  const out: SurvivalObservation[] = [];
  for (const m of members) {
    if (m.referralDate > asOf) {
      continue;
    }
    const on = eventDate(m);
    if (on !== null && on <= asOf) {
      out.push({ time: daysBetween(m.referralDate, on), event: true });
    } else {
      const end = m.closedOn !== null && m.closedOn <= asOf ? m.closedOn : asOf;
      out.push({ time: Math.max(0, daysBetween(m.referralDate, end)), event: false });
    }
  }
  return out;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

// ---------------------------------------------------------------------------------------------------------
// Publication

export interface Settings {
  threshold: number;
  showZeros: boolean;
}

export interface PublishedCohort {
  /** People in the cohort (for jobWithin: with complete follow-up). */
  n: PublishedCell;
  /** People with the event. */
  events: PublishedCell;
}

export interface PublishedBinary {
  a: PublishedCohort;
  b: PublishedCohort;
  /** Null when a cell is hidden or a cohort is too small: then `withheld` says why. */
  statistics: {
    proportionA: Estimate;
    proportionB: Estimate;
    /** In percentage points. */
    riskDifference: Estimate;
    relativeRisk: Estimate | null;
    oddsRatio: Estimate | null;
    fisherP: number;
  } | null;
  withheld: 'small-cohort' | 'small-cells' | null;
}

export interface Estimate {
  estimate: number;
  lower: number;
  upper: number;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Cohort counts as one table row each: events and non-events with their total, so neither gives the other away. */
function publishCohorts(
  a: CohortCount,
  b: CohortCount,
  s: Settings,
): { a: PublishedCohort; b: PublishedCohort; hidden: boolean } {
  const table = suppressTable(
    [
      [a.events, a.total - a.events],
      [b.events, b.total - b.events],
    ],
    { ...s, rowTotals: true, columnTotals: false },
  );
  const row = (i: number): PublishedCohort => ({ n: table.rowTotals![i]!, events: table.cells[i]![0]! });
  const hidden = table.cells.some((r) => r.some((c) => c.status !== 'shown'));
  return { a: row(0), b: row(1), hidden };
}

export function publishBinary(a: CohortCount, b: CohortCount, s: Settings): PublishedBinary {
  const cohorts = publishCohorts(a, b, s);
  if (a.total < s.threshold || b.total < s.threshold) {
    return {
      a: { n: suppressCount(a.total, s), events: hiddenCount(a.events, s) },
      b: { n: suppressCount(b.total, s), events: hiddenCount(b.events, s) },
      statistics: null,
      withheld: 'small-cohort',
    };
  }
  if (cohorts.hidden) {
    return { a: cohorts.a, b: cohorts.b, statistics: null, withheld: 'small-cells' };
  }
  const c = compareBinary(a, b);
  const pct = (x: number) => round(100 * x, 1);
  const ratio = (r: { estimate: number; lower: number; upper: number } | null): Estimate | null =>
    r && Number.isFinite(r.estimate) && Number.isFinite(r.upper)
      ? { estimate: round(r.estimate, 2), lower: round(r.lower, 2), upper: round(r.upper, 2) }
      : null;
  return {
    a: cohorts.a,
    b: cohorts.b,
    statistics: {
      proportionA: { estimate: pct(c.a.proportion), lower: pct(c.a.wilson.lower), upper: pct(c.a.wilson.upper) },
      proportionB: { estimate: pct(c.b.proportion), lower: pct(c.b.wilson.lower), upper: pct(c.b.wilson.upper) },
      riskDifference: {
        estimate: pct(c.riskDifference.estimate),
        lower: pct(c.riskDifference.newcombe.lower),
        upper: pct(c.riskDifference.newcombe.upper),
      },
      relativeRisk: ratio(c.relativeRisk),
      oddsRatio: ratio(c.oddsRatio),
      fisherP: round(c.fisher.pValue, 4),
    },
    withheld: null,
  };
}

export interface CurvePoint {
  month: number;
  /** Null where the point is left empty (fewer than `threshold` events since the last published point). */
  survival: number | null;
  lower: number | null;
  upper: number | null;
  atRisk: number | null;
}

export interface PublishedCurve {
  points: CurvePoint[];
  /** The first month not shown because fewer than `threshold` people were still at risk; null if none. */
  truncatedAtMonth: number | null;
  /** In months; null when not reached, or withheld (then `withheld`) because too few were at risk by then. */
  median: { estimate: number | null; lower: number | null; upper: number | null; withheld: boolean };
}

export interface PublishedSurvival {
  a: PublishedCohort;
  b: PublishedCohort;
  curves: { a: PublishedCurve; b: PublishedCurve } | null;
  logRank: { statistic: number; pValue: number } | null;
  withheld: 'small-cohort' | null;
}

/** A survival curve on the monthly grid under the rules of the file comment. */
export function publishCurve(
  observations: readonly SurvivalObservation[],
  s: Settings,
  maxMonths = 60,
): PublishedCurve {
  const curve = kaplanMeier(observations);
  const times = observations.map((o) => o.time).sort((x, y) => x - y);
  const eventTimes = observations
    .filter((o) => o.event)
    .map((o) => o.time)
    .sort((x, y) => x - y);
  const countAtOrBelow = (sorted: number[], t: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
  const countBelow = (sorted: number[], t: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
  const points: CurvePoint[] = [];
  let truncatedAtMonth: number | null = null;
  let publishedEvents = 0;
  const last = times.length > 0 ? times[times.length - 1]! : 0;
  for (let month = 0; month <= maxMonths; month++) {
    const t = Math.round(month * DAYS_PER_MONTH);
    if (t > last) {
      break;
    }
    const atRisk = times.length - countBelow(times, t);
    if (atRisk < s.threshold) {
      truncatedAtMonth = month;
      break;
    }
    const events = countAtOrBelow(eventTimes, t);
    const pending = events - publishedEvents;
    if (pending === 0 || pending >= s.threshold) {
      const at = survivalAt(curve, t);
      points.push({
        month,
        survival: round(at.survival, 4),
        lower: at.lower === null ? null : round(at.lower, 4),
        upper: at.upper === null ? null : round(at.upper, 4),
        atRisk,
      });
      publishedEvents = events;
    } else {
      points.push({ month, survival: null, lower: null, upper: null, atRisk: null });
    }
  }
  // A median (or limit) at a time when fewer than `threshold` people were at risk is not given either.
  const shown = (days: number | null) => days !== null && times.length - countBelow(times, days) >= s.threshold;
  const months = (days: number | null) => (days !== null && shown(days) ? round(days / DAYS_PER_MONTH, 1) : null);
  const { estimate, lower, upper } = curve.median;
  return {
    points,
    truncatedAtMonth,
    median: {
      estimate: months(estimate),
      lower: months(lower),
      upper: months(upper),
      withheld: estimate !== null && !shown(estimate),
    },
  };
}

export function publishSurvival(
  a: readonly SurvivalObservation[],
  b: readonly SurvivalObservation[],
  s: Settings,
): PublishedSurvival {
  const count = (o: readonly SurvivalObservation[]): CohortCount => ({
    events: o.filter((x) => x.event).length,
    total: o.length,
  });
  const ca = count(a);
  const cb = count(b);
  if (ca.total < s.threshold || cb.total < s.threshold) {
    return {
      a: { n: suppressCount(ca.total, s), events: hiddenCount(ca.events, s) },
      b: { n: suppressCount(cb.total, s), events: hiddenCount(cb.events, s) },
      curves: null,
      logRank: null,
      withheld: 'small-cohort',
    };
  }
  const cohorts = publishCohorts(ca, cb, s);
  const test = logRankTest(a, b);
  return {
    a: cohorts.a,
    b: cohorts.b,
    curves: { a: publishCurve(a, s), b: publishCurve(b, s) },
    logRank: { statistic: round(test.statistic, 3), pValue: round(test.pValue, 4) },
    withheld: null,
  };
}
