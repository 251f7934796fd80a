import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  DEFAULT_SUSTAINABLE,
  isCompetitive,
  isJobStart,
  sustainablePlacementDate,
  type EpisodeFacts,
} from './jobs.indicators.js';

const job = (o: Partial<EpisodeFacts>): EpisodeFacts => ({
  startDate: '2025-01-06',
  endDate: null,
  hoursPerWeek: 20,
  wageForm: 'marketWage',
  openToAnyone: true,
  ...o,
});
const six = { ...DEFAULT_SUSTAINABLE, months: 6 };
const twelve = { ...DEFAULT_SUSTAINABLE, months: 12 };

describe('competitive employment (IPS)', () => {
  it('market wage or loonkostensubsidie in a job open to anyone; not loondispensatie, beschut werk or unpaid', () => {
    expect(isCompetitive(job({}))).toBe(true);
    expect(isCompetitive(job({ wageForm: 'loonkostensubsidie' }))).toBe(true);
    expect(isCompetitive(job({ wageForm: 'loondispensatie' }))).toBe(false);
    expect(isCompetitive(job({ wageForm: 'beschutWerk', openToAnyone: false }))).toBe(false);
    expect(isCompetitive(job({ wageForm: 'unpaidWorkExperience' }))).toBe(false);
    expect(isCompetitive(job({ openToAnyone: false }))).toBe(false);
  });

  it('a job start needs paid work of at least 4 hours a week', () => {
    expect(isJobStart(job({ hoursPerWeek: 4 }))).toBe(true);
    expect(isJobStart(job({ hoursPerWeek: 3.5 }))).toBe(false);
    expect(isJobStart(job({ wageForm: 'unpaidWorkExperience', hoursPerWeek: 24 }))).toBe(false);
  });
});

describe('calendar months', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2025-01-06', 6)).toBe('2025-07-06');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
  });
});

describe('sustainable placement', () => {
  it('worked example: one job from 6 January 2025 → placed at 6 months on 6 July 2025, at 12 months on 6 January 2026', () => {
    const episodes = [job({})];
    expect(sustainablePlacementDate(episodes, six, '2026-06-01')).toBe('2025-07-06');
    expect(sustainablePlacementDate(episodes, twelve, '2026-06-01')).toBe('2026-01-06');
    // Not yet on the day before.
    expect(sustainablePlacementDate(episodes, six, '2025-07-05')).toBeNull();
  });

  it('worked example: two jobs with a 20-day gap form one run; a 40-day gap breaks it', () => {
    // 6 Jan – 31 Mar, then 21 Apr onwards (gap of 20 days): one run from 6 Jan → 6 Jul.
    const short = [job({ endDate: '2025-03-31' }), job({ startDate: '2025-04-21' })];
    expect(sustainablePlacementDate(short, six, '2025-12-31')).toBe('2025-07-06');
    // 6 Jan – 31 Mar, then 11 May onwards (gap of 40 days): the run restarts on 11 May → 11 Nov.
    const long = [job({ endDate: '2025-03-31' }), job({ startDate: '2025-05-11' })];
    expect(sustainablePlacementDate(long, six, '2025-12-31')).toBe('2025-11-11');
  });

  it('worked example: a job of 8 hours a week, an unpaid place and a job that ended too early do not count', () => {
    expect(sustainablePlacementDate([job({ hoursPerWeek: 8 })], six, '2026-01-01')).toBeNull();
    expect(
      sustainablePlacementDate([job({ wageForm: 'unpaidWorkExperience', hoursPerWeek: 24 })], six, '2026-01-01'),
    ).toBeNull();
    expect(sustainablePlacementDate([job({ endDate: '2025-07-04' })], six, '2026-01-01')).toBeNull();
  });

  it('with competitiveOnly, a job with loondispensatie does not count', () => {
    const episodes = [job({ wageForm: 'loondispensatie' })];
    expect(sustainablePlacementDate(episodes, six, '2026-01-01')).toBe('2025-07-06');
    expect(sustainablePlacementDate(episodes, { ...six, competitiveOnly: true }, '2026-01-01')).toBeNull();
  });

  it('property: the answer never lies after asOf, does not depend on episode order, and 12 months is never before 6', () => {
    const day = fc
      .integer({ min: 0, max: 1500 })
      .map((n) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const episode = fc
      .record({
        start: day,
        length: fc.option(fc.integer({ min: 0, max: 600 })),
        hours: fc.integer({ min: 1, max: 40 }),
      })
      .map(({ start, length, hours }) =>
        job({
          startDate: start,
          endDate: length === null ? null : addDays(start, length),
          hoursPerWeek: hours,
        }),
      );
    fc.assert(
      fc.property(fc.array(episode, { maxLength: 6 }), day, (episodes, asOf) => {
        const at6 = sustainablePlacementDate(episodes, six, asOf);
        const at12 = sustainablePlacementDate(episodes, twelve, asOf);
        if (at6) {
          expect(at6 <= asOf).toBe(true);
        }
        if (at12) {
          expect(at6).not.toBeNull();
          expect(at6! <= at12).toBe(true);
        }
        expect(sustainablePlacementDate([...episodes].reverse(), six, asOf)).toBe(at6);
      }),
    );
  });
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
