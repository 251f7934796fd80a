/**
 * Inflow into and retention in a sector through learning routes, and progress against a route's
 * targets: computed from enrolments, step events, outcomes and job episodes, never typed in.
 * Definitions in docs/domain/indicators.md ("Learning routes"); learning-routes.test.ts holds them to
 * worked examples.
 */
import { addMonths, isJobStart, isPaid, type EpisodeFacts } from '../jobs/jobs.indicators.js';
import type { StepKind } from './learning-routes.rules.js';

export const SECTORS = [
  'careWelfare',
  'technology',
  'logistics',
  'hospitality',
  'retail',
  'greenSpace',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * ISCO-08 occupation codes (prefixes) that count as work in a sector. A short list of the occupations
 * the seed's routes lead to, not an official classification [U]; a job at one of the route's partner
 * employers (or the enrolment's own employer) counts as well, whatever its code.
 */
export const SECTOR_OCCUPATIONS: Record<Sector, string[]> = {
  // 222 nursing professionals, 322 nursing associates, 532 personal care workers (helpende, verzorgende IG,
  // thuiszorg), 5311 child care, 3412 and 2635 social work, 9111 domestic helpers (huishoudelijke hulp).
  careWelfare: ['222', '322', '532', '5311', '3412', '2635', '9111'],
  // 7 craft and related trades, 8 plant and machine operators (not drivers: 83).
  technology: ['71', '72', '74', '81', '82'],
  // 4321 stock clerks, 83 drivers, 9333 freight handlers, 9334 shelf fillers, 9321 hand packers.
  logistics: ['4321', '83', '9333', '9334', '9321'],
  hospitality: ['512', '513', '9412'],
  retail: ['52'],
  greenSpace: ['611', '6113', '9214'],
  other: [],
};

export interface JobFacts extends EpisodeFacts {
  employerName: string;
  occupationCode: string | null;
}

const normalise = (name: string) => name.trim().toLocaleLowerCase('nl');

/** Whether a job is work in the route's sector: by occupation code, or at a partner employer of the route. */
export function isSectorJob(job: JobFacts, sector: Sector, sectorEmployers: string[]): boolean {
  const code = job.occupationCode;
  if (code !== null && SECTOR_OCCUPATIONS[sector].some((prefix) => code.startsWith(prefix))) {
    return true;
  }
  const employer = normalise(job.employerName);
  return sectorEmployers.some((e) => normalise(e) === employer);
}

export interface InflowResult {
  /** The start of the first job in the sector through the route, or null. */
  inflowDate: string | null;
  /** Still in a paid job in the sector 6 months after the inflow date; null when not yet known (or no inflow). */
  retained6: boolean | null;
  retained12: boolean | null;
}

/** Months after the end of a route within which a first job in the sector still counts as inflow through it. */
export const INFLOW_WINDOW_MONTHS = 6;

/**
 * Inflow and retention for one enrolment. Inflow: the first job start (paid, at least 4 hours a week) in
 * the sector that starts on or after the enrolment date and no later than 6 months after the route
 * ended (ongoing routes: up to `asOf`). Retention at 6 (12) months: on the inflow date plus 6 (12)
 * calendar months the participant has a paid job in the sector (any hours); unknown until that day.
 * @param jobs - the participant's job episodes, already limited to jobs in the sector (isSectorJob)
 */
export function inflowOf(
  enrolment: { enrolledOn: string; endedOn: string | null },
  jobs: JobFacts[],
  asOf: string,
): InflowResult {
  const windowEnd = enrolment.endedOn ? addMonths(enrolment.endedOn, INFLOW_WINDOW_MONTHS) : asOf;
  const last = windowEnd < asOf ? windowEnd : asOf;
  const first = jobs
    .filter((j) => isJobStart(j) && j.startDate >= enrolment.enrolledOn && j.startDate <= last)
    .map((j) => j.startDate)
    .sort()[0];
  if (first === undefined) {
    return { inflowDate: null, retained6: null, retained12: null };
  }
  const retainedAt = (months: number): boolean | null => {
    const day = addMonths(first, months);
    if (day > asOf) {
      return null;
    }
    return jobs.some((j) => isPaid(j) && j.startDate <= day && (j.endDate === null || j.endDate >= day));
  };
  return { inflowDate: first, retained6: retainedAt(6), retained12: retainedAt(12) };
}

/** One enrolment with what was computed for it; the input of the summaries and target progress. */
export interface EnrolmentFacts extends InflowResult {
  participantId: string;
  cohortId: string | null;
  targetGroups: string[];
  enrolledOn: string;
  /** Step events with the kind of the step entered (null for a stop or completion). */
  events: { kind: 'step' | 'stop' | 'complete'; stepKind: StepKind | null; occurredOn: string }[];
  /** Dates of certificates and diplomas. */
  qualifications: string[];
}

export interface FlowSummary {
  /** Different participants enrolled. */
  participants: number;
  /** Of them, started a job in the sector through the route. */
  inflow: number;
  /** Of those with inflow whose 6-month day has come: still in the sector, and how many are known. */
  retained6: number;
  known6: number;
  retained12: number;
  known12: number;
}

/**
 * Summarises enrolments per participant: a participant with several enrolments in the group counts once,
 * with their earliest inflow (and the retention measured from it).
 */
export function summarise(facts: EnrolmentFacts[]): FlowSummary {
  const byParticipant = new Map<string, EnrolmentFacts[]>();
  for (const f of facts) {
    byParticipant.set(f.participantId, [...(byParticipant.get(f.participantId) ?? []), f]);
  }
  const s: FlowSummary = { participants: 0, inflow: 0, retained6: 0, known6: 0, retained12: 0, known12: 0 };
  for (const list of byParticipant.values()) {
    s.participants += 1;
    const first = list
      .filter((f) => f.inflowDate !== null)
      .sort((a, b) => (a.inflowDate! < b.inflowDate! ? -1 : a.inflowDate! > b.inflowDate! ? 1 : 0))[0];
    if (!first) {
      continue;
    }
    s.inflow += 1;
    if (first.retained6 !== null) {
      s.known6 += 1;
      s.retained6 += first.retained6 ? 1 : 0;
    }
    if (first.retained12 !== null) {
      s.known12 += 1;
      s.retained12 += first.retained12 ? 1 : 0;
    }
  }
  return s;
}

/** Summaries per key; an enrolment with several keys (target groups) counts in each. */
export function summariseBy(
  facts: EnrolmentFacts[],
  keysOf: (f: EnrolmentFacts) => (string | null)[],
): Map<string, FlowSummary> {
  const groups = new Map<string, EnrolmentFacts[]>();
  for (const f of facts) {
    for (const key of keysOf(f)) {
      if (key !== null) {
        groups.set(key, [...(groups.get(key) ?? []), f]);
      }
    }
  }
  return new Map([...groups].map(([k, list]) => [k, summarise(list)]));
}

/**
 * Counts of 1 to 9 are not shown outside the case team (they could point to one person), as the
 * platform's small-cell rule (docs/domain/indicators.md, "Small-cell suppression").
 */
export const SMALL_CELL = 10;
export function suppress(n: number): number | null {
  return n > 0 && n < SMALL_CELL ? null : n;
}

export type TargetMeasure = 'enrolled' | 'stepReached' | 'completed' | 'qualification' | 'inflow' | 'retained6';

export interface TargetFacts {
  measure: TargetMeasure;
  stepKind: StepKind | null;
  periodStart: string;
  periodEnd: string;
}

/**
 * Progress against a target: the number of different participants who, within the period, enrolled,
 * reached a step of the given kind, completed the route, gained a certificate or diploma, started a job
 * in the sector through it, or were still in the sector 6 months after that job start.
 */
export function targetProgress(target: TargetFacts, facts: EnrolmentFacts[]): number {
  const inPeriod = (d: string | null) => d !== null && d >= target.periodStart && d <= target.periodEnd;
  const counted = new Set<string>();
  for (const f of facts) {
    let hit = false;
    switch (target.measure) {
      case 'enrolled':
        hit = inPeriod(f.enrolledOn);
        break;
      case 'stepReached':
        hit = f.events.some((e) => e.kind === 'step' && e.stepKind === target.stepKind && inPeriod(e.occurredOn));
        break;
      case 'completed':
        hit = f.events.some((e) => e.kind === 'complete' && inPeriod(e.occurredOn));
        break;
      case 'qualification':
        hit = f.qualifications.some(inPeriod);
        break;
      case 'inflow':
        hit = inPeriod(f.inflowDate);
        break;
      case 'retained6':
        hit = f.retained6 === true && inPeriod(addMonths(f.inflowDate!, 6));
        break;
    }
    if (hit) {
      counted.add(f.participantId);
    }
  }
  return counted.size;
}
