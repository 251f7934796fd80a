import { describe, expect, it } from 'vitest';
import {
  checkStepChange,
  checkSteps,
  cohortBelowPlanned,
  expectedStepEnd,
  noRecentNote,
  stateOf,
  wepOverdue,
  type StepEventFacts,
  type StepFacts,
  type StepKind,
} from './learning-routes.rules.js';
import {
  inflowOf,
  isSectorJob,
  summarise,
  summariseBy,
  suppress,
  targetProgress,
  type EnrolmentFacts,
  type JobFacts,
  type TargetMeasure,
} from './learning-routes.indicators.js';

// The WEP-trein as a worked example: orientation (2 weeks) → work-experience place (expected 12, at most
// 26 weeks) → BBL contract (52 weeks) → job.
const steps: StepFacts[] = [
  { id: 'orient', position: 1, kind: 'orientation', expectedWeeks: 2, maxWeeks: null },
  { id: 'wep', position: 2, kind: 'workExperience', expectedWeeks: 12, maxWeeks: 26 },
  { id: 'bbl', position: 3, kind: 'bblContract', expectedWeeks: 52, maxWeeks: null },
  { id: 'job', position: 4, kind: 'job', expectedWeeks: 26, maxWeeks: null },
];
const step = (stepId: string, occurredOn: string): StepEventFacts => ({
  kind: 'step',
  stepId,
  occurredOn,
  stopReason: null,
});

describe('step transitions', () => {
  const history = [step('orient', '2025-09-01'), step('wep', '2025-09-15')];
  const state = stateOf(steps, history);

  it('knows where an enrolment stands from its events', () => {
    expect(state.step?.id).toBe('wep');
    expect(state.since).toBe('2025-09-15');
    expect(state.ended).toBeNull();
    expect(expectedStepEnd(state)).toBe('2025-12-08');
  });

  it('allows a step forward, also skipping one, on or after the date of the previous change', () => {
    expect(checkStepChange(steps, state, { kind: 'step', stepId: 'bbl', occurredOn: '2025-12-01' })).toEqual([]);
    expect(checkStepChange(steps, state, { kind: 'step', stepId: 'job', occurredOn: '2025-09-15' })).toEqual([]);
  });

  it('refuses going back or staying, an unknown step, and a date before the previous change', () => {
    expect(checkStepChange(steps, state, { kind: 'step', stepId: 'orient', occurredOn: '2025-12-01' })).toEqual([
      { pointer: '/stepId', code: 'not-forward', params: { position: 2 } },
    ]);
    expect(checkStepChange(steps, state, { kind: 'step', stepId: 'wep', occurredOn: '2025-12-01' })[0]?.code).toBe(
      'not-forward',
    );
    expect(checkStepChange(steps, state, { kind: 'step', stepId: 'nope', occurredOn: '2025-12-01' })).toEqual([
      { pointer: '/stepId', code: 'unknown-step' },
    ]);
    expect(checkStepChange(steps, state, { kind: 'step', stepId: 'bbl', occurredOn: '2025-09-14' })).toEqual([
      { pointer: '/occurredOn', code: 'before-previous-step', params: { date: '2025-09-15' } },
    ]);
  });

  it('a stop needs a reason and can come from any step; completion only from the last step', () => {
    expect(checkStepChange(steps, state, { kind: 'stop', stopReason: null, occurredOn: '2025-10-01' })).toEqual([
      { pointer: '/stopReason', code: 'stop-reason-required' },
    ]);
    expect(checkStepChange(steps, state, { kind: 'stop', stopReason: 'health', occurredOn: '2025-10-01' })).toEqual([]);
    expect(checkStepChange(steps, state, { kind: 'complete', occurredOn: '2025-10-01' })).toEqual([
      { pointer: '/kind', code: 'not-at-last-step' },
    ]);
    const atJob = stateOf(steps, [...history, step('job', '2026-01-05')]);
    expect(checkStepChange(steps, atJob, { kind: 'complete', occurredOn: '2026-07-01' })).toEqual([]);
  });

  it('after a stop nothing more can change', () => {
    const stopped = stateOf(steps, [
      ...history,
      { kind: 'stop', stepId: null, occurredOn: '2025-10-01', stopReason: 'motivation' },
    ]);
    expect(stopped.ended).toEqual({ kind: 'stop', on: '2025-10-01', stopReason: 'motivation' });
    expect(checkStepChange(steps, stopped, { kind: 'step', stepId: 'bbl', occurredOn: '2025-11-01' })).toEqual([
      { pointer: '/kind', code: 'enrolment-ended', params: { date: '2025-10-01' } },
    ]);
  });

  it('a maximum duration belongs to a work-experience step and is at least the expected duration', () => {
    expect(
      checkSteps([
        { kind: 'workExperience', expectedWeeks: 12, maxWeeks: 26 },
        { kind: 'bblContract', expectedWeeks: 52, maxWeeks: 60 },
        { kind: 'workExperience', expectedWeeks: 12, maxWeeks: 8 },
      ]),
    ).toEqual([
      { index: 1, pointer: 'maxWeeks', code: 'max-only-for-work-experience' },
      { index: 2, pointer: 'maxWeeks', code: 'max-below-expected' },
    ]);
  });
});

describe('signals', () => {
  it('worked example: a WEP from Monday 15 September 2025 with at most 26 weeks may last until Sunday 15 March 2026', () => {
    const state = stateOf(steps, [step('orient', '2025-09-01'), step('wep', '2025-09-15')]);
    expect(wepOverdue(state, '2026-03-15')).toBeNull();
    expect(wepOverdue(state, '2026-03-16')).toEqual({ lastDay: '2026-03-15', daysOver: 1 });
    expect(wepOverdue(state, '2026-04-15')).toEqual({ lastDay: '2026-03-15', daysOver: 31 });
    // Moved on to the BBL contract: no signal, however long ago the WEP started.
    const moved = stateOf(steps, [step('wep', '2025-09-15'), step('bbl', '2026-03-20')]);
    expect(wepOverdue(moved, '2026-06-01')).toBeNull();
  });

  it('no progress note in four weeks: counted from the last note, or from the enrolment without notes', () => {
    const state = stateOf(steps, [step('orient', '2026-01-05')]);
    expect(noRecentNote(state, '2026-01-05', null, '2026-02-02')).toBeNull(); // 28 days
    expect(noRecentNote(state, '2026-01-05', null, '2026-02-03')).toEqual({ since: '2026-01-05', days: 29 });
    expect(noRecentNote(state, '2026-01-05', '2026-01-20', '2026-02-03')).toBeNull();
    expect(noRecentNote(state, '2026-01-05', '2026-01-20', '2026-02-18')).toEqual({ since: '2026-01-20', days: 29 });
    const ended = stateOf(steps, [
      step('orient', '2026-01-05'),
      { kind: 'stop', stepId: null, occurredOn: '2026-01-10', stopReason: 'other' },
    ]);
    expect(noRecentNote(ended, '2026-01-05', null, '2026-06-01')).toBeNull();
  });

  it('a cohort of 12 places starting 1 March 2026 with 9 members: signalled from 1 February until 28 February', () => {
    const cohort = { startDate: '2026-03-01', places: 12 };
    expect(cohortBelowPlanned(cohort, 9, '2026-01-31')).toBeNull();
    expect(cohortBelowPlanned(cohort, 9, '2026-02-01')).toEqual({ openPlaces: 3, signalFrom: '2026-02-01' });
    expect(cohortBelowPlanned(cohort, 9, '2026-02-28')).toEqual({ openPlaces: 3, signalFrom: '2026-02-01' });
    expect(cohortBelowPlanned(cohort, 9, '2026-03-01')).toBeNull();
    expect(cohortBelowPlanned(cohort, 12, '2026-02-15')).toBeNull();
  });
});

const job = (o: Partial<JobFacts>): JobFacts => ({
  startDate: '2026-01-05',
  endDate: null,
  hoursPerWeek: 24,
  wageForm: 'marketWage',
  openToAnyone: true,
  employerName: 'Zorggroep Het Anker',
  occupationCode: '5322',
  ...o,
});

describe('jobs in the sector', () => {
  it('by occupation code, or at a partner employer of the route whatever the code', () => {
    expect(isSectorJob(job({}), 'careWelfare', [])).toBe(true);
    expect(isSectorJob(job({ occupationCode: '9334', employerName: 'DC Nieuwegein' }), 'careWelfare', [])).toBe(false);
    expect(
      isSectorJob(job({ occupationCode: '9112', employerName: ' zorggroep het anker ' }), 'careWelfare', [
        'Zorggroep Het Anker',
      ]),
    ).toBe(true);
    expect(isSectorJob(job({ occupationCode: '9334' }), 'logistics', [])).toBe(true);
  });
});

describe('inflow and retention', () => {
  const enrolment = { enrolledOn: '2025-06-02', endedOn: '2025-12-19' };

  it('worked example: a care job from 5 January 2026, still there on 5 July 2026 and 5 January 2027', () => {
    expect(inflowOf(enrolment, [job({})], '2027-02-01')).toEqual({
      inflowDate: '2026-01-05',
      retained6: true,
      retained12: true,
    });
    // Before the day has come, retention is not yet known.
    expect(inflowOf(enrolment, [job({})], '2026-07-04')).toEqual({
      inflowDate: '2026-01-05',
      retained6: null,
      retained12: null,
    });
  });

  it('worked example: the job ended on 30 April 2026 and the next sector job started 1 August → not retained at 6 months, retained at 12', () => {
    const jobs = [job({ endDate: '2026-04-30' }), job({ startDate: '2026-08-01' })];
    expect(inflowOf(enrolment, jobs, '2027-02-01')).toEqual({
      inflowDate: '2026-01-05',
      retained6: false,
      retained12: true,
    });
  });

  it('a job before the enrolment, of 3 hours, unpaid, or more than 6 months after the route ended is no inflow', () => {
    const none = { inflowDate: null, retained6: null, retained12: null };
    expect(inflowOf(enrolment, [job({ startDate: '2025-05-01' })], '2027-01-01')).toEqual(none);
    expect(inflowOf(enrolment, [job({ hoursPerWeek: 3 })], '2027-01-01')).toEqual(none);
    expect(inflowOf(enrolment, [job({ wageForm: 'unpaidWorkExperience' })], '2027-01-01')).toEqual(none);
    // Route ended 19 December 2025: a job from 19 June 2026 still counts, one from 20 June 2026 not.
    expect(inflowOf(enrolment, [job({ startDate: '2026-06-19' })], '2027-01-01').inflowDate).toBe('2026-06-19');
    expect(inflowOf(enrolment, [job({ startDate: '2026-06-20' })], '2027-01-01')).toEqual(none);
  });
});

const facts = (o: Partial<EnrolmentFacts>): EnrolmentFacts => ({
  participantId: 'p1',
  cohortId: 'c1',
  targetGroups: ['workDisability'],
  enrolledOn: '2025-03-01',
  events: [{ kind: 'step', stepKind: 'orientation', occurredOn: '2025-03-01' }],
  qualifications: [],
  inflowDate: null,
  retained6: null,
  retained12: null,
  ...o,
});

describe('summaries and target progress', () => {
  const data = [
    facts({ participantId: 'a', inflowDate: '2025-09-01', retained6: true, retained12: null }),
    facts({ participantId: 'b', inflowDate: '2025-10-01', retained6: false, retained12: false }),
    facts({ participantId: 'c', targetGroups: ['statusHolder', 'benefitRecipient'], inflowDate: '2026-05-01' }),
    facts({ participantId: 'd', cohortId: 'c2', targetGroups: ['statusHolder'] }),
    // Participant a again, a later enrolment with a later job: counted once, from the first inflow.
    facts({ participantId: 'a', cohortId: 'c2', enrolledOn: '2026-01-10', inflowDate: '2026-03-01', retained6: false }),
  ];

  it('worked example: 4 participants, 3 with inflow, of the 2 known at 6 months 1 still in the sector', () => {
    expect(summarise(data)).toEqual({
      participants: 4,
      inflow: 3,
      retained6: 1,
      known6: 2,
      retained12: 0,
      known12: 1,
    });
  });

  it('per cohort and per target group (someone in two target groups counts in both)', () => {
    const byCohort = summariseBy(data, (f) => [f.cohortId]);
    expect(byCohort.get('c1')).toMatchObject({ participants: 3, inflow: 3 });
    expect(byCohort.get('c2')).toMatchObject({ participants: 2, inflow: 1, known6: 1, retained6: 0 });
    const byGroup = summariseBy(data, (f) => f.targetGroups);
    expect(byGroup.get('statusHolder')).toMatchObject({ participants: 2, inflow: 1 });
    expect(byGroup.get('benefitRecipient')).toMatchObject({ participants: 1, inflow: 1 });
    expect(byGroup.get('workDisability')).toMatchObject({ participants: 2, inflow: 2 });
  });

  it('small cells: 1 to 9 are not shown; 0 and 10 or more are', () => {
    expect([0, 1, 9, 10, 12].map(suppress)).toEqual([0, null, null, 10, 12]);
  });

  it('target progress counts different participants within the period', () => {
    const period = { periodStart: '2025-01-01', periodEnd: '2025-12-31' };
    const withSteps = [
      facts({
        participantId: 'a',
        events: [
          { kind: 'step', stepKind: 'orientation', occurredOn: '2025-03-01' },
          { kind: 'step', stepKind: 'bblContract', occurredOn: '2025-06-01' },
        ],
        qualifications: ['2025-11-01'],
      }),
      facts({
        participantId: 'b',
        events: [
          { kind: 'step', stepKind: 'bblContract', occurredOn: '2026-01-15' },
          { kind: 'complete', stepKind: null, occurredOn: '2026-02-01' },
        ],
      }),
      facts({ participantId: 'c', enrolledOn: '2024-11-01', inflowDate: '2025-02-01', retained6: true }),
    ];
    const count = (measure: TargetMeasure, stepKind: StepKind | null = null) =>
      targetProgress({ ...period, measure, stepKind }, withSteps);
    expect(count('enrolled')).toBe(2);
    expect(count('stepReached', 'bblContract')).toBe(1);
    expect(count('completed')).toBe(0);
    expect(count('qualification')).toBe(1);
    expect(count('inflow')).toBe(1);
    expect(count('retained6')).toBe(1);
  });
});
