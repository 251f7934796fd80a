/**
 * Time to event: the Kaplan–Meier estimator with Greenwood's variance and pointwise confidence limits,
 * the median survival time with its confidence interval, and the two-group log-rank test.
 *
 * In Meedoen the "event" is e.g. the end of a job (job tenure) or the first job start (time to work);
 * people still in work or still searching at the end of follow-up are censored. Methods and sources are
 * in docs/adr/0016-monitoring-statistics.md; the defaults reproduce R's `survival` package with
 * `conf.type = "log-log"` (and with `"log"`, its default, when asked).
 */
import { chiSquareSf, normalQuantile } from './distributions.js';

/** One person's follow-up: the time (in any unit, e.g. days) and whether the event happened then. */
export interface SurvivalObservation {
  time: number;
  /** True: the event was observed at `time`; false: follow-up ended (censored) at `time`. */
  event: boolean;
}

/**
 * Transform for the pointwise confidence limits of S(t):
 * - `log-log` (default): limits for log(−log S), then back-transformed (Kalbfleisch & Prentice 1980);
 *   they stay inside [0, 1] and have the best coverage in small samples (Borgan & Liestøl 1990).
 * - `log`: limits for log S (R's default); the upper limit is capped at 1.
 * - `plain`: S ± z·SE (Greenwood), clipped to [0, 1]; only for comparison with old reports.
 */
export type ConfidenceTransform = 'log-log' | 'log' | 'plain';

export interface KaplanMeierStep {
  time: number;
  /** Number at risk just before `time` (follow-up ≥ time). */
  atRisk: number;
  events: number;
  /** Censored at exactly `time` (counted at risk at `time`: events come before censorings at a tie). */
  censored: number;
  survival: number;
  /** Greenwood standard error of S(t). */
  stdErr: number;
  /** Pointwise confidence limits; null where they are undefined (S = 0 after the last person's event). */
  lower: number | null;
  upper: number | null;
}

export interface MedianSurvival {
  /** Null when the curve never reaches 0.5 (the median is not reached). */
  estimate: number | null;
  lower: number | null;
  /** Null when the confidence band never falls to 0.5: the upper limit is not reached ("NA" in R). */
  upper: number | null;
}

export interface KaplanMeierCurve {
  n: number;
  events: number;
  level: number;
  transform: ConfidenceTransform;
  /** One step per distinct event time, in time order. */
  steps: KaplanMeierStep[];
  /** Censoring times without an event at the same time (for the "+" marks on a chart). */
  censorings: { time: number; count: number }[];
  median: MedianSurvival;
}

function checkObservations(observations: readonly SurvivalObservation[]): void {
  for (const o of observations) {
    if (!Number.isFinite(o.time) || o.time < 0) {
      throw new RangeError(`survival times must be finite and ≥ 0, got ${o.time}`);
    }
  }
}

interface TimeGroup {
  time: number;
  events: number;
  censored: number;
}

function groupByTime(observations: readonly SurvivalObservation[]): TimeGroup[] {
  const sorted = [...observations].sort((x, y) => x.time - y.time);
  const groups: TimeGroup[] = [];
  for (const o of sorted) {
    let last = groups[groups.length - 1];
    if (!last || last.time !== o.time) {
      last = { time: o.time, events: 0, censored: 0 };
      groups.push(last);
    }
    if (o.event) {
      last.events += 1;
    } else {
      last.censored += 1;
    }
  }
  return groups;
}

function limits(
  s: number,
  greenwoodSum: number,
  z: number,
  transform: ConfidenceTransform,
): { lower: number | null; upper: number | null } {
  if (s <= 0 || !Number.isFinite(greenwoodSum)) {
    return { lower: null, upper: null };
  }
  const sigma = Math.sqrt(greenwoodSum); // SE of log S
  switch (transform) {
    case 'log-log': {
      if (s >= 1) {
        return { lower: 1, upper: 1 };
      }
      const logS = Math.log(s);
      const se = sigma / Math.abs(logS);
      const centre = Math.log(-logS);
      return { lower: Math.exp(-Math.exp(centre + z * se)), upper: Math.exp(-Math.exp(centre - z * se)) };
    }
    case 'log':
      return { lower: s * Math.exp(-z * sigma), upper: Math.min(1, s * Math.exp(z * sigma)) };
    case 'plain':
      return { lower: Math.max(0, s - z * s * sigma), upper: Math.min(1, s + z * s * sigma) };
  }
}

/**
 * First time a step function (value per step, right-continuous) is ≤ 0.5. When it equals 0.5 exactly on
 * an interval, the midpoint of that interval is taken (the convention of R's quantile.survfit and of
 * Klein & Moeschberger §4.5); if no later step ends the interval, the start of the interval is taken.
 */
function firstAtOrBelowHalf(times: readonly number[], values: readonly number[]): number | null {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Math.abs(v - 0.5) < 1e-12) {
      const next = times[i + 1];
      return next === undefined ? times[i]! : (times[i]! + next) / 2;
    }
    if (v < 0.5) {
      return times[i]!;
    }
  }
  return null;
}

/**
 * Kaplan–Meier estimate of the survival function.
 *
 * - Ties: all events at a time count together (d_i events among n_i at risk); someone censored at an
 *   event time is still at risk at that time (events before censorings, the usual convention).
 * - Variance: Greenwood, Var(S) = S² Σ d/(n(n − d)).
 * - Limits: pointwise at each step, with the chosen transform (default log-log). Drawn as a band these
 *   are pointwise limits, not a simultaneous (Hall–Wellner) band; the chart says "95 %-betrouwbaarheid
 *   per tijdstip".
 * - Median: the first time S(t) ≤ 0.5; its confidence interval by the curve-crossing method
 *   (Brookmeyer & Crowley 1982 in the form R uses): the lower limit is the first time the lower
 *   confidence limit is ≤ 0.5, the upper limit the first time the upper confidence limit is ≤ 0.5.
 *
 * @param observations - follow-up times with event flags
 * @param options - `level` (default 0.95) and `transform` (default `log-log`)
 */
export function kaplanMeier(
  observations: readonly SurvivalObservation[],
  options: { level?: number; transform?: ConfidenceTransform } = {},
): KaplanMeierCurve {
  checkObservations(observations);
  const level = options.level ?? 0.95;
  const transform = options.transform ?? 'log-log';
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be in (0, 1), got ${level}`);
  }
  const z = normalQuantile(1 - (1 - level) / 2);
  const groups = groupByTime(observations);
  const steps: KaplanMeierStep[] = [];
  const censorings: { time: number; count: number }[] = [];
  let atRisk = observations.length;
  let s = 1;
  let greenwood = 0;
  let events = 0;
  for (const g of groups) {
    if (g.events > 0) {
      s *= 1 - g.events / atRisk;
      greenwood += atRisk === g.events ? Infinity : g.events / (atRisk * (atRisk - g.events));
      events += g.events;
      const { lower, upper } = limits(s, greenwood, z, transform);
      steps.push({
        time: g.time,
        atRisk,
        events: g.events,
        censored: g.censored,
        survival: s,
        stdErr: s > 0 && Number.isFinite(greenwood) ? s * Math.sqrt(greenwood) : 0,
        lower,
        upper,
      });
    } else {
      censorings.push({ time: g.time, count: g.censored });
    }
    atRisk -= g.events + g.censored;
  }
  const times = steps.map((st) => st.time);
  const median: MedianSurvival = {
    estimate: firstAtOrBelowHalf(
      times,
      steps.map((st) => st.survival),
    ),
    // Where a limit is undefined because S fell to 0, the limit is taken as 0 for the crossing search.
    lower: firstAtOrBelowHalf(
      times,
      steps.map((st) => st.lower ?? 0),
    ),
    upper: firstAtOrBelowHalf(
      times,
      steps.map((st) => st.upper ?? 0),
    ),
  };
  return { n: observations.length, events, level, transform, steps, censorings, median };
}

/**
 * Value of the Kaplan–Meier curve and its limits at time t (right-continuous step function: at an event
 * time the value after the drop).
 */
export function survivalAt(
  curve: KaplanMeierCurve,
  t: number,
): { survival: number; lower: number | null; upper: number | null } {
  let current: { survival: number; lower: number | null; upper: number | null } = { survival: 1, lower: 1, upper: 1 };
  for (const st of curve.steps) {
    if (st.time > t) {
      break;
    }
    current = { survival: st.survival, lower: st.lower, upper: st.upper };
  }
  return current;
}

export interface LogRankResult {
  /** (O_A − E_A)² / V, chi-square with 1 degree of freedom. */
  statistic: number;
  df: 1;
  pValue: number;
  variance: number;
  a: { n: number; observed: number; expected: number };
  b: { n: number; observed: number; expected: number };
}

/**
 * Two-group log-rank test (Mantel 1966; Peto & Peto 1972): at each distinct event time the expected
 * events in group A are d·n_A/n with hypergeometric variance d·(n_A/n)(n_B/n)(n − d)/(n − 1); the
 * statistic (O_A − E_A)²/V is referred to chi-square with 1 df. Ties are handled by that hypergeometric
 * term; censorings at an event time are at risk at that time. Identical to R's survdiff(rho = 0).
 */
export function logRankTest(a: readonly SurvivalObservation[], b: readonly SurvivalObservation[]): LogRankResult {
  checkObservations(a);
  checkObservations(b);
  const tagged = [...a.map((o) => ({ ...o, group: 0 as const })), ...b.map((o) => ({ ...o, group: 1 as const }))].sort(
    (x, y) => x.time - y.time,
  );
  let nA = a.length;
  let nB = b.length;
  let observedA = 0;
  let observedB = 0;
  let expectedA = 0;
  let variance = 0;
  let i = 0;
  while (i < tagged.length) {
    const t = tagged[i]!.time;
    let dA = 0;
    let dB = 0;
    let leftA = 0;
    let leftB = 0;
    while (i < tagged.length && tagged[i]!.time === t) {
      const o = tagged[i]!;
      if (o.group === 0) {
        leftA += 1;
        dA += o.event ? 1 : 0;
      } else {
        leftB += 1;
        dB += o.event ? 1 : 0;
      }
      i += 1;
    }
    const d = dA + dB;
    const n = nA + nB;
    if (d > 0) {
      expectedA += (d * nA) / n;
      if (n > 1) {
        variance += (d * (nA / n) * (nB / n) * (n - d)) / (n - 1);
      }
      observedA += dA;
      observedB += dB;
    }
    nA -= leftA;
    nB -= leftB;
  }
  const totalEvents = observedA + observedB;
  const statistic = variance > 0 ? (observedA - expectedA) ** 2 / variance : 0;
  return {
    statistic,
    df: 1,
    pValue: variance > 0 ? chiSquareSf(statistic, 1) : 1,
    variance,
    a: { n: a.length, observed: observedA, expected: expectedA },
    b: { n: b.length, observed: observedB, expected: totalEvents - expectedA },
  };
}
