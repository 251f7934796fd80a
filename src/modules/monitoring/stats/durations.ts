/**
 * Turns dated episodes into survival observations: job tenure (job start → job end), time from referral
 * to first employer contact or to first job (referral → that date). Follow-up that has not ended by the
 * as-of date is censored there.
 */
import type { SurvivalObservation } from './survival.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Day number of a calendar date (UTC midnight, so summer time never shifts a difference). */
function day(date: string): number {
  const ms = DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`expected a calendar date YYYY-MM-DD, got ${date}`);
  }
  return ms / 86_400_000;
}

export interface DatedSpan {
  /** Start of follow-up (job start, referral date), YYYY-MM-DD. */
  start: string;
  /** Date of the event (job end, first job), or null when it has not happened. */
  end: string | null;
}

/**
 * Days from start to end as an event, or from start to `asOf` as censored when there is no end yet or
 * the end lies after `asOf` (a planned end date is not an event until it has passed). Spans starting
 * after `asOf` are left out: they have no follow-up yet.
 *
 * @param spans - the spans, dates as calendar dates in Europe/Amsterdam
 * @param asOf - the end of follow-up (usually today in Europe/Amsterdam)
 */
export function durationObservations(spans: readonly DatedSpan[], asOf: string): SurvivalObservation[] {
  const until = day(asOf);
  const out: SurvivalObservation[] = [];
  for (const span of spans) {
    const start = day(span.start);
    if (start > until) {
      continue;
    }
    const end = span.end === null ? null : day(span.end);
    if (end !== null && end < start) {
      throw new RangeError(`end ${span.end} lies before start ${span.start}`);
    }
    if (end !== null && end <= until) {
      out.push({ time: end - start, event: true });
    } else {
      out.push({ time: until - start, event: false });
    }
  }
  return out;
}
