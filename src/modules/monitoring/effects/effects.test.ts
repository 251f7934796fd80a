import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kaplanMeier, survivalAt, type SurvivalObservation } from '../stats/survival.js';
import {
  DAYS_PER_MONTH,
  jobWithin,
  publishBinary,
  publishCurve,
  publishSurvival,
  survivalObservations,
  type CohortMember,
} from './effects.js';

const S = { threshold: 10, showZeros: true };
const member = (
  referralDate: string,
  firstJob: string | null,
  extra: Partial<CohortMember> & { jobEnd?: string | null } = {},
): CohortMember => ({
  participantId: `${referralDate}-${firstJob}-${Math.random()}`,
  referralDate,
  closedOn: extra.closedOn ?? null,
  firstJob: firstJob ? { startDate: firstJob, endDate: extra.jobEnd ?? null } : null,
  firstEmployerContact: extra.firstEmployerContact ?? null,
});

describe('outcomes per person (worked by hand)', () => {
  it('a job within 12 months counts only for people whose 12 months have passed, and only before the window ends', () => {
    const people = [
      member('2025-01-10', '2025-06-01'), // job in month 5: yes
      member('2025-01-10', '2026-01-10'), // job on the first day after the window: no
      member('2025-01-10', '2026-01-09'), // last day of the window: yes
      member('2025-02-01', null), // no job: counts, no event
      member('2025-12-15', '2026-01-05'), // window ends 2026-12-15, after the as-of date: left out
    ];
    expect(jobWithin(people, 12, '2026-06-30')).toEqual({ events: 2, total: 4 });
    // Six months: the December referral's window has passed too (and its job came in time).
    expect(jobWithin(people, 6, '2026-06-30')).toEqual({ events: 2, total: 5 });
  });

  it('time to the first job: the job is the event; a closed trajectory is censored at its closing, the rest at the as-of date', () => {
    const obs = survivalObservations(
      [
        member('2026-01-01', '2026-01-31'),
        member('2026-01-01', null, { closedOn: '2026-03-02' }),
        member('2026-01-01', null),
        member('2026-05-01', '2026-07-01'), // a job after the as-of date is not seen yet
        member('2026-07-01', null), // referred after the as-of date: no follow-up
      ],
      'timeToFirstJob',
      '2026-06-30',
    );
    expect(obs).toEqual([
      { time: 30, event: true },
      { time: 60, event: false },
      { time: 180, event: false },
      { time: 60, event: false },
    ]);
  });

  it('time to the first employer contact: the contact is the event, whatever happens with jobs', () => {
    const obs = survivalObservations(
      [
        member('2026-01-01', null, { firstEmployerContact: '2026-01-11' }),
        member('2026-01-01', '2026-02-01'), // a job without an employer contact recorded: still censored
        member('2026-01-01', null, { closedOn: '2026-03-02' }),
        member('2026-06-01', null, { firstEmployerContact: '2026-07-01' }), // after the as-of date: not seen yet
      ],
      'timeToFirstEmployerContact',
      '2026-06-30',
    );
    expect(obs).toEqual([
      { time: 10, event: true },
      { time: 180, event: false },
      { time: 60, event: false },
      { time: 29, event: false },
    ]);
  });

  it('job tenure: from the first job start to its end; a job that lasts is censored at the as-of date', () => {
    const obs = survivalObservations(
      [
        member('2025-01-01', '2025-02-01', { jobEnd: '2025-03-03' }),
        member('2025-01-01', '2025-02-01'),
        member('2025-01-01', '2025-02-01', { jobEnd: '2026-01-01' }), // ends after the as-of date: still working
        member('2025-01-01', null),
      ],
      'jobTenure',
      '2025-12-31',
    );
    expect(obs).toEqual([
      { time: 30, event: true },
      { time: 333, event: false },
      { time: 333, event: false },
    ]);
  });
});

describe('publishing a binary comparison', () => {
  it('Bland & Altman (BMJ 2000) eczema/hay fever 141/420 vs 928/13 525 — risk difference, RR 3.91 and OR 4.89 as published', () => {
    const p = publishBinary({ events: 141, total: 561 }, { events: 928, total: 14453 }, S);
    expect(p.withheld).toBeNull();
    expect(p.a.n.value).toBe(561);
    expect(p.a.events.value).toBe(141);
    expect(p.statistics!.relativeRisk!.estimate).toBe(3.91);
    expect(p.statistics!.oddsRatio!.estimate).toBe(4.89);
    expect(p.statistics!.proportionA.estimate).toBe(25.1);
    expect(p.statistics!.riskDifference.estimate).toBe(18.7);
  });

  it('a cell of 1–9 (here: 3 people without a job) hides that count and its neighbour, and no proportion or ratio is given', () => {
    const p = publishBinary({ events: 40, total: 43 }, { events: 20, total: 60 }, S);
    expect(p.withheld).toBe('small-cells');
    expect(p.statistics).toBeNull();
    // Row A [40 with a job, 3 without | 43]: the 3 is "< 10" and the 40 is hidden with it; the 43 may show.
    expect(p.a.events.display).toBe('x');
    expect(p.a.n.value).toBe(43);
    expect(p.b.events.value).toBe(20);
    expect(JSON.stringify(p)).not.toMatch(/"value":[1-9],/);
  });

  it('a cohort below the threshold gets no statistics at all', () => {
    const p = publishBinary({ events: 5, total: 9 }, { events: 20, total: 60 }, S);
    expect(p.withheld).toBe('small-cohort');
    expect(p.a.n.display).toBe('< 10');
    expect(p.b.events.value).toBeNull();
    expect(p.statistics).toBeNull();
  });
});

describe('publishing a survival curve', () => {
  // 40 people: 10 get a job on day 20, 5 on day 45, 10 on day 70; 15 are censored on day 100.
  const obs: SurvivalObservation[] = [
    ...Array.from({ length: 10 }, () => ({ time: 20, event: true })),
    ...Array.from({ length: 5 }, () => ({ time: 45, event: true })),
    ...Array.from({ length: 10 }, () => ({ time: 70, event: true })),
    ...Array.from({ length: 15 }, () => ({ time: 100, event: false })),
  ];

  it('monthly points: month 1 shows 30/40 (10 events), month 2 is empty (5 events), month 3 shows the 15 together', () => {
    const c = publishCurve(obs, S);
    expect(c.points.map((p) => p.month)).toEqual([0, 1, 2, 3]);
    expect(c.points[0]).toMatchObject({ survival: 1, atRisk: 40 });
    expect(c.points[1]).toMatchObject({ survival: 0.75, atRisk: 30 }); // day 30
    expect(c.points[2]).toEqual({ month: 2, survival: null, lower: null, upper: null, atRisk: null }); // day 61
    expect(c.points[3]).toMatchObject({ survival: 0.375, atRisk: 15 }); // day 91: (40−25)/40
    expect(c.truncatedAtMonth).toBeNull(); // the follow-up ends on day 100: month 4 is not drawn, nothing was cut off
    // Median: S falls to 0.375 ≤ 0.5 on day 70 → 2.3 months.
    expect(c.median.estimate).toBe(Math.round((70 / DAYS_PER_MONTH) * 10) / 10);
  });

  it('stops where fewer than 10 are at risk', () => {
    const few = [...obs.slice(0, 25), ...Array.from({ length: 5 }, () => ({ time: 100, event: false }))];
    const c = publishCurve(few, S);
    expect(c.truncatedAtMonth).toBe(3); // day 91: 5 at risk
    expect(c.points.every((p) => p.atRisk === null || p.atRisk >= 10)).toBe(true);
  });

  it('property: every published drop stands for at least 10 events, at least 10 are at risk, values equal the KM curve', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: fc.integer({ min: 0, max: 400 }), event: fc.boolean() }), {
          minLength: 10,
          maxLength: 120,
        }),
        (o) => {
          const curve = publishCurve(o, S);
          const km = kaplanMeier(o);
          let lastEvents = 0;
          for (const p of curve.points) {
            if (p.survival === null) {
              continue;
            }
            const t = Math.round(p.month * DAYS_PER_MONTH);
            const events = o.filter((x) => x.event && x.time <= t).length;
            expect(events === lastEvents || events - lastEvents >= 10).toBe(true);
            lastEvents = events;
            expect(p.atRisk!).toBeGreaterThanOrEqual(10);
            expect(p.survival).toBeCloseTo(survivalAt(km, t).survival, 4);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('two cohorts: counts as rows with their totals, a log-rank test, no curves for a cohort below the threshold', () => {
    const other = obs.map((o) => ({ time: o.time * 2, event: o.event }));
    const both = publishSurvival(obs, other, S);
    expect(both.withheld).toBeNull();
    expect(both.a.n.value).toBe(40);
    expect(both.a.events.value).toBe(25);
    expect(both.logRank!.pValue).toBeLessThan(0.05);
    const small = publishSurvival(obs, other.slice(0, 9), S);
    expect(small.withheld).toBe('small-cohort');
    expect(small.curves).toBeNull();
    expect(small.b.n.display).toBe('< 10');
  });
});
