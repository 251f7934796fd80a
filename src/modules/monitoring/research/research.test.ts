import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageBand, ageOn, buildResearchExport, hoursBand, weeksBetween, type ResearchExportInput } from './research.js';

describe('coarsening (worked by hand)', () => {
  it('age on a date counts the birthday itself; bands of five years, "< 15" and "65+" at the ends', () => {
    expect(ageOn('1990-03-15', '2025-03-14')).toBe(34);
    expect(ageOn('1990-03-15', '2025-03-15')).toBe(35);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageBand('1990-03-15', '2025-03-14')).toBe('30-34');
    expect(ageBand('1990-03-15', '2025-03-15')).toBe('35-39');
    expect(ageBand('2012-01-01', '2026-06-01')).toBe('< 15');
    expect(ageBand('1960-01-01', '2025-01-01')).toBe('65+');
  });

  it('hours become the CBS working-time classes; weeks are whole weeks', () => {
    expect([4, 11.5, 12, 19.5, 20, 34.5, 35, 40].map(hoursBand)).toEqual([
      '< 12',
      '< 12',
      '12-19',
      '12-19',
      '20-34',
      '20-34',
      '35+',
      '35+',
    ]);
    expect(weeksBetween('2025-01-01', '2025-01-07')).toBe(0);
    expect(weeksBetween('2025-01-01', '2025-01-08')).toBe(1);
    expect(weeksBetween('2025-03-01', '2025-04-01')).toBe(4); // 31 days over the change to summer time
  });

  it('property: an age band always contains the exact age', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 30_000 }),
        (birth, days) => {
          const b = birth.toISOString().slice(0, 10);
          const on = new Date(birth.getTime() + days * 86_400_000).toISOString().slice(0, 10);
          const age = ageOn(b, on);
          const band = ageBand(b, on);
          if (band === '< 15') {
            expect(age).toBeLessThan(15);
          } else if (band === '65+') {
            expect(age).toBeGreaterThanOrEqual(65);
          } else {
            const [low, high] = band.split('-').map(Number) as [number, number];
            expect(age >= low && age <= high).toBe(true);
          }
        },
      ),
    );
  });
});

describe('the workbook', () => {
  const input = (): ResearchExportInput => ({
    study: { id: 's1', name: 'Studie', purpose: 'Doel', legalBasis: 'AVG art. 89' },
    population: { description: 'IPS', from: '2025-01-01', to: '2025-12-31' },
    generatedAt: '2026-12-02 10:00',
    pseudonym: (id) => `P(${id})`,
    text: (key, params) => `${key}${params ? JSON.stringify(params) : ''}`,
    trajectories: [
      {
        id: 't1',
        participantId: 'p1',
        organisationId: 'o1',
        organisationType: 'ggz',
        approachCode: 'ips',
        referralDate: '2025-03-10',
        closedOn: '2025-09-01',
        closedReason: 'goalReached',
        phase: 'closed',
        dateOfBirth: '1990-03-15',
        regionCode: 'AM13',
        targetGroups: ['workDisability', 'benefitRecipient'],
        benefitSituation: 'participatiewet',
        doelgroepregister: true,
      },
      {
        id: 't2',
        participantId: 'p1',
        organisationId: 'o2',
        organisationType: 'gemeente',
        approachCode: 'jobCoaching',
        referralDate: '2025-06-01',
        closedOn: null,
        closedReason: null,
        phase: 'jobSearch',
        dateOfBirth: '1990-03-15',
        regionCode: 'AM13',
        targetGroups: ['workDisability', 'benefitRecipient'],
        benefitSituation: 'participatiewet',
        doelgroepregister: true,
      },
    ],
    phases: [
      { trajectoryId: 't1', fromPhase: null, toPhase: 'referral', occurredOn: '2025-03-10' },
      { trajectoryId: 't1', fromPhase: 'referral', toPhase: 'intake', occurredOn: '2025-03-24' },
    ],
    jobs: [
      {
        participantId: 'p1',
        trajectoryId: 't1',
        startDate: '2025-05-05',
        endDate: '2025-08-04',
        endReason: 'contractEnded',
        hoursPerWeek: 24,
        contractType: 'temporary',
        wageForm: 'marketWage',
        openToAnyone: true,
      },
    ],
  });

  it('one participant row (age band at the first referral), pseudonyms across sheets, months and weeks instead of dates', () => {
    const out = buildResearchExport(input());
    expect(out.participants).toBe(1);
    expect(out.trajectories).toBe(2);
    const [about, people, trajectories, phases, jobs] = out.sheets.map((s) => s.rows);
    expect(people).toEqual([
      ['participant', 'age_band_at_referral', 'region_code', 'target_groups', 'benefit', 'doelgroepregister'],
      ['P(participant:p1)', '30-34', 'AM13', 'benefitRecipient;workDisability', 'participatiewet', 1],
    ]);
    expect(trajectories![1]).toEqual([
      'P(trajectory:t1)',
      'P(participant:p1)',
      'P(organisation:o1)',
      'ggz',
      'ips',
      '2025-03',
      'closed',
      '2025-09',
      25,
      'goalReached',
    ]);
    expect(phases![2]).toEqual(['P(trajectory:t1)', 'referral', 'intake', '2025-03', 2]);
    expect(jobs![1]).toEqual([
      'P(participant:p1)',
      'P(trajectory:t1)',
      '2025-05',
      8,
      '2025-08',
      13,
      'contractEnded',
      '20-34',
      'temporary',
      'marketWage',
      1,
    ]);
    expect(about![6]).toEqual(['about.counts{"participants":1,"trajectories":2}']);
    // No full date and no raw id anywhere in the microdata.
    const cells = out.sheets.slice(1).flatMap((s) => s.rows.flat());
    expect(cells.some((c) => typeof c === 'string' && /\d{4}-\d{2}-\d{2}/.test(c))).toBe(false);
    expect(cells.some((c) => c === 'p1' || c === 't1' || c === 'o1')).toBe(false);
  });
});
