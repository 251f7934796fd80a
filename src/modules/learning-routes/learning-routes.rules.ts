/**
 * The rules of a learning route, as pure functions (no database): where an enrolment stands, which step
 * changes are allowed, and the signals (a work-experience place past its maximum, no progress note in
 * four weeks, a cohort below its planned size a month before it starts). The service feeds them the
 * stored facts; learning-routes.test.ts holds them to worked examples.
 */
import { addMonths } from '../jobs/jobs.indicators.js';

export const STEP_KINDS = [
  'orientation',
  'preparation',
  'workExperience',
  'bblContract',
  'qualification',
  'job',
  'other',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STOP_REASONS = [
  'health',
  'personalCircumstances',
  'motivation',
  'notSuitable',
  'otherWork',
  'movedAway',
  'other',
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export interface StepFacts {
  id: string;
  position: number;
  kind: StepKind;
  expectedWeeks: number;
  maxWeeks: number | null;
}

export interface StepEventFacts {
  kind: 'step' | 'stop' | 'complete';
  stepId: string | null;
  occurredOn: string;
  stopReason: StopReason | null;
}

/** Where an enrolment stands: its current step (since when), or how it ended. */
export interface EnrolmentState<S extends StepFacts = StepFacts> {
  step: S | null;
  since: string | null;
  ended: null | { kind: 'stop' | 'complete'; on: string; stopReason: StopReason | null };
  /** The date of the last event: no later change may lie before it. */
  lastEventOn: string | null;
}

/** Events in the order they happened (the stored order: date, then time recorded). */
export function stateOf<S extends StepFacts>(steps: S[], events: StepEventFacts[]): EnrolmentState<S> {
  const state: EnrolmentState<S> = { step: null, since: null, ended: null, lastEventOn: null };
  for (const e of events) {
    state.lastEventOn = e.occurredOn;
    if (e.kind === 'step') {
      state.step = steps.find((s) => s.id === e.stepId) ?? null;
      state.since = e.occurredOn;
    } else {
      state.ended = { kind: e.kind, on: e.occurredOn, stopReason: e.stopReason };
    }
  }
  return state;
}

export type StepChange =
  | { kind: 'step'; stepId: string; occurredOn: string }
  | { kind: 'stop'; stopReason: StopReason | null; occurredOn: string }
  | { kind: 'complete'; occurredOn: string };

/** A rule a step change broke: the field it concerns and a code (the service adds the message). */
export interface TransitionProblem {
  pointer: '/kind' | '/stepId' | '/stopReason' | '/occurredOn';
  code:
    | 'enrolment-ended'
    | 'unknown-step'
    | 'not-forward'
    | 'stop-reason-required'
    | 'not-at-last-step'
    | 'before-previous-step';
  params?: Record<string, string | number>;
}

/**
 * Checks a step change against the route and the enrolment's history. Allowed: forward along the route
 * (a later step; skipping a step is allowed, going back or staying is not), a stop with a reason from
 * any step, or completion from the last step. The date is never before the previous change.
 * @returns every problem found (empty when the change is allowed)
 */
export function checkStepChange(steps: StepFacts[], state: EnrolmentState, change: StepChange): TransitionProblem[] {
  if (state.ended) {
    return [{ pointer: '/kind', code: 'enrolment-ended', params: { date: state.ended.on } }];
  }
  const problems: TransitionProblem[] = [];
  if (change.kind === 'step') {
    const target = steps.find((s) => s.id === change.stepId);
    if (!target) {
      problems.push({ pointer: '/stepId', code: 'unknown-step' });
    } else if (state.step && target.position <= state.step.position) {
      problems.push({ pointer: '/stepId', code: 'not-forward', params: { position: state.step.position } });
    }
  } else if (change.kind === 'stop') {
    if (!change.stopReason) {
      problems.push({ pointer: '/stopReason', code: 'stop-reason-required' });
    }
  } else {
    const last = Math.max(...steps.map((s) => s.position));
    if (!state.step || state.step.position !== last) {
      problems.push({ pointer: '/kind', code: 'not-at-last-step' });
    }
  }
  if (state.lastEventOn !== null && change.occurredOn < state.lastEventOn) {
    problems.push({ pointer: '/occurredOn', code: 'before-previous-step', params: { date: state.lastEventOn } });
  }
  return problems;
}

const DAY = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
export const addDays = (date: string, days: number): string =>
  new Date(toMs(date) + days * DAY).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY);

/**
 * A work-experience place past its maximum duration: the enrolment is (still) in a workExperience step
 * with a maximum of `maxWeeks`, entered on `since`; the place may last until since + 7 × maxWeeks − 1 days
 * (a maximum of 1 week from Monday 6 January means up to and including Sunday 12 January).
 * @returns the last allowed day and the days past it, or null when not past (or not in such a step)
 */
export function wepOverdue(state: EnrolmentState, today: string): { lastDay: string; daysOver: number } | null {
  const lastDay = wepLastDay(state);
  if (lastDay === null) {
    return null;
  }
  const daysOver = daysBetween(lastDay, today);
  return daysOver > 0 ? { lastDay, daysOver } : null;
}

/** The last allowed day of the current work-experience place, or null when not in one with a maximum. */
export function wepLastDay(state: EnrolmentState): string | null {
  if (state.ended || !state.step || state.step.kind !== 'workExperience' || state.step.maxWeeks === null) {
    return null;
  }
  return addDays(state.since!, state.step.maxWeeks * 7 - 1);
}

/** Four weeks: a participant in a route without a progress note for longer than this is signalled. */
export const NOTE_INTERVAL_DAYS = 28;

/**
 * No progress note in four weeks: an enrolment that has not ended whose last note (or, without notes,
 * its enrolment date) lies more than 28 days before today.
 * @returns the date counted from and the days since, or null when there is no signal
 */
export function noRecentNote(
  state: EnrolmentState,
  enrolledOn: string,
  lastNoteOn: string | null,
  today: string,
): { since: string; days: number } | null {
  if (state.ended) {
    return null;
  }
  const since = lastNoteOn !== null && lastNoteOn > enrolledOn ? lastNoteOn : enrolledOn;
  const days = daysBetween(since, today);
  return days > NOTE_INTERVAL_DAYS ? { since, days } : null;
}

/**
 * A cohort below its planned size a month before it starts: from one calendar month before the start
 * date until the day before it, fewer members than places.
 * @returns the number of places still open, or null when there is no signal
 */
export function cohortBelowPlanned(
  cohort: { startDate: string; places: number },
  members: number,
  today: string,
): { openPlaces: number; signalFrom: string } | null {
  const signalFrom = addMonths(cohort.startDate, -1);
  if (today < signalFrom || today >= cohort.startDate || members >= cohort.places) {
    return null;
  }
  return { openPlaces: cohort.places - members, signalFrom };
}

/** The expected end of the current step: its start plus the expected weeks (for "what comes next"). */
export function expectedStepEnd(state: EnrolmentState): string | null {
  if (state.ended || !state.step || !state.since) {
    return null;
  }
  return addDays(state.since, state.step.expectedWeeks * 7);
}

/** Problems in a route's list of steps (for creating or replacing them). */
export function checkSteps(
  steps: { kind: StepKind; expectedWeeks: number; maxWeeks: number | null }[],
): { index: number; pointer: 'maxWeeks'; code: 'max-only-for-work-experience' | 'max-below-expected' }[] {
  const problems: {
    index: number;
    pointer: 'maxWeeks';
    code: 'max-only-for-work-experience' | 'max-below-expected';
  }[] = [];
  steps.forEach((s, index) => {
    if (s.maxWeeks === null) {
      return;
    }
    if (s.kind !== 'workExperience') {
      problems.push({ index, pointer: 'maxWeeks', code: 'max-only-for-work-experience' });
    } else if (s.maxWeeks < s.expectedWeeks) {
      problems.push({ index, pointer: 'maxWeeks', code: 'max-below-expected' });
    }
  });
  return problems;
}

/** The target group a brugbaan is for: pupils of praktijkonderwijs (pro) and voortgezet speciaal onderwijs (vso). */
export const BRUGBAAN_TARGET_GROUP = 'praktijkVsoPupil';
/** Step kinds that are paid work: a job, or learning while working with a BBL contract. */
export const PAID_STEP_KINDS: readonly StepKind[] = ['job', 'bblContract'];

export interface FormProblem {
  pointer: '/targetGroups' | '/steps';
  code: 'brugbaan-target-group' | 'brugbaan-needs-paid-step';
}

/**
 * The rules a route's form sets. A brugbaan (seed 003: "betaalde werkplekken voor jongeren in het
 * praktijkonderwijs en voortgezet speciaal onderwijs") is a paid job for a pro/vso pupil: it admits only
 * that target group and has at least one paid step (a job or a BBL contract).
 */
export function checkRouteForm(route: {
  form: string;
  targetGroups: readonly string[];
  stepKinds: readonly StepKind[];
}): FormProblem[] {
  if (route.form !== 'brugbaan') {
    return [];
  }
  const problems: FormProblem[] = [];
  if (route.targetGroups.length !== 1 || route.targetGroups[0] !== BRUGBAAN_TARGET_GROUP) {
    problems.push({ pointer: '/targetGroups', code: 'brugbaan-target-group' });
  }
  if (!route.stepKinds.some((k) => PAID_STEP_KINDS.includes(k))) {
    problems.push({ pointer: '/steps', code: 'brugbaan-needs-paid-step' });
  }
  return problems;
}

export interface StepEditProblem {
  /** Index in the new list, or null for a step that was left out (it is not in the list). */
  index: number | null;
  pointer: string;
  code: 'unknown-step' | 'duplicate-step' | 'step-in-use' | 'step-kind-in-use' | 'step-order-in-use';
  params?: Record<string, string | number>;
}

/**
 * Checks a new list of steps for a route against the current one. A step with an `id` keeps its
 * identity (and its history); one without is new. A step that participants are or were in (`inUse`:
 * step events refer to it) cannot be removed or change its kind, and the steps in use keep their order
 * among themselves — their history says people went through them in that order. New and unused steps
 * may go anywhere.
 */
export function checkStepEdit(
  current: readonly { id: string; name: string; kind: StepKind; position: number }[],
  inUse: ReadonlySet<string>,
  next: readonly { id?: string | null; kind: StepKind }[],
): StepEditProblem[] {
  const problems: StepEditProblem[] = [];
  const byId = new Map(current.map((s) => [s.id, s]));
  const seen = new Set<string>();
  let lastUsedPosition = 0;
  next.forEach((s, index) => {
    if (!s.id) {
      return;
    }
    const old = byId.get(s.id);
    if (!old) {
      problems.push({ index, pointer: `/steps/${index}/id`, code: 'unknown-step' });
      return;
    }
    if (seen.has(s.id)) {
      problems.push({ index, pointer: `/steps/${index}/id`, code: 'duplicate-step' });
      return;
    }
    seen.add(s.id);
    if (!inUse.has(s.id)) {
      return;
    }
    if (s.kind !== old.kind) {
      problems.push({ index, pointer: `/steps/${index}/kind`, code: 'step-kind-in-use', params: { name: old.name } });
    }
    if (old.position < lastUsedPosition) {
      problems.push({ index, pointer: `/steps/${index}/id`, code: 'step-order-in-use', params: { name: old.name } });
    }
    lastUsedPosition = Math.max(lastUsedPosition, old.position);
  });
  for (const old of current) {
    if (!seen.has(old.id) && inUse.has(old.id)) {
      problems.push({ index: null, pointer: '/steps', code: 'step-in-use', params: { name: old.name } });
    }
  }
  return problems;
}
