import { describe, expect, it } from 'vitest';
import { durationObservations } from './durations.js';
import { kaplanMeier } from './survival.js';

describe('job tenure as survival data', () => {
  it('ended jobs are events, running jobs and jobs with a future end date are censored at the as-of date', () => {
    const obs = durationObservations(
      [
        { start: '2026-01-05', end: '2026-03-06' }, // 60 days, ended
        { start: '2026-02-01', end: null }, // running: 1 Feb → 1 Jul = 150 days, censored
        { start: '2026-03-01', end: '2026-12-31' }, // planned end after as-of: censored at 122 days
        { start: '2026-08-01', end: null }, // starts after as-of: no follow-up, left out
      ],
      '2026-07-01',
    );
    expect(obs).toEqual([
      { time: 60, event: true },
      { time: 150, event: false },
      { time: 122, event: false },
    ]);
  });

  it('a daylight-saving change does not shift the count of days (29 March 2026)', () => {
    expect(durationObservations([{ start: '2026-03-28', end: '2026-03-30' }], '2026-04-01')).toEqual([
      { time: 2, event: true },
    ]);
  });

  it('feeds Kaplan–Meier: 3 of 4 jobs still running after 60 days → S(60) = 0.75', () => {
    const km = kaplanMeier(
      durationObservations(
        [
          { start: '2026-01-01', end: '2026-03-02' },
          { start: '2026-01-01', end: null },
          { start: '2026-01-01', end: null },
          { start: '2026-01-01', end: null },
        ],
        '2026-06-01',
      ),
    );
    expect(km.steps).toHaveLength(1);
    expect(km.steps[0]).toMatchObject({ time: 60, survival: 0.75 });
    expect(km.median.estimate).toBeNull();
  });

  it('refuses bad dates and an end before the start', () => {
    expect(() => durationObservations([{ start: '2026-13-01', end: null }], '2026-06-01')).toThrow(RangeError);
    expect(() => durationObservations([{ start: '2026-02-30', end: null }], '2026-06-01')).toThrow(RangeError);
    expect(() => durationObservations([{ start: '2026-05-01', end: '2026-04-01' }], '2026-06-01')).toThrow(RangeError);
  });
});
