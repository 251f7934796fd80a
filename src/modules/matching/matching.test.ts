import { describe, expect, it } from 'vitest';
import { capacityProfile } from './capacity.js';
import { checkVacancy, compileCandidate, compileVacancy } from './compile.js';
import { renderExplanation } from './explain.js';
import { evaluatePair } from './rank.js';
import { unknownTravel } from './travel.js';
import type { Candidate, Vacancy } from './types.js';
import { AS_OF, candidate, professional, selfAssessment, task, testTravel, vacancy } from './matching.fixtures.js';

const options = { travel: testTravel, asOf: AS_OF };
const evaluate = (v: Vacancy, c: Candidate, opts: Partial<typeof options> & { minRemainingPercent?: number } = {}) => {
  const o = { ...options, ...opts };
  return evaluatePair(compileVacancy(v, o.travel), compileCandidate(c, o.travel), o);
};

/** Lifting: the task asks the norm (~15 kg, level 0); the person can lift ~10 kg (level 1). */
const bedden = (carvable: boolean) => task('bedden opmaken', 30, [{ itemId: 'IV.13', levels: [0] }], carvable);
const zorgVacancy = (overrides: Partial<Vacancy> = {}) =>
  vacancy({
    title: 'Zorghulp',
    sector: 'zorg',
    tasks: [bedden(true), task('koffie rondbrengen', 40), task('gesprekjes voeren', 30)],
    hoursMin: 20,
    hoursMax: 24,
    ...overrides,
  });
const zorgCandidate = (overrides: Partial<Candidate> = {}) =>
  candidate(
    { assessments: [professional({ 'IV.13': [1] })], ...overrides },
    { kindsOfWork: ['zorg'], sectors: ['zorg'], hoursMin: 20, hoursMax: 24, maxTravelMinutes: 30, ...overrides.wishes },
  );

describe('capacity profile: which assessment counts', () => {
  it('takes the latest professional assessment over the self-assessment, and keeps stronger self-reported limits as selfOnly', () => {
    const profile = capacityProfile([
      selfAssessment({ 'IV.13': [2], 'I.1': [1] }, '2026-09-01'),
      professional({ 'IV.13': [1] }, '2026-03-01'),
      professional({ 'IV.13': [3] }, '2025-01-01'),
    ]);
    expect(profile.basis).toBe('professional');
    expect(profile.assessedOn).toBe('2026-03-01');
    expect([...profile.answers]).toEqual([['IV.13', [1]]]);
    // Self says lifting 2 (> professional 1) and attention 1 (professional: norm).
    expect(profile.selfOnly).toEqual([
      { itemId: 'IV.13', levels: [2] },
      { itemId: 'I.1', levels: [1] },
    ]);
  });

  it('uses the self-assessment when there is no professional one, with its limits as hard limits', () => {
    const profile = capacityProfile([selfAssessment({ 'IV.13': [2], 'V.1': [0] })]);
    expect(profile.basis).toBe('self');
    expect([...profile.answers]).toEqual([['IV.13', [2]]]);
    expect(profile.selfOnly).toEqual([]);
    const result = evaluate(
      vacancy({ tasks: [task('sjouwen', 100, [{ itemId: 'IV.13', levels: [1] }])] }),
      candidate({ assessments: [selfAssessment({ 'IV.13': [2] })] }),
    );
    expect(result.admitted).toBe(false);
    expect(result.capacityBasis).toBe('self');
  });

  it('has no limitations without any assessment', () => {
    expect(capacityProfile([])).toEqual({ basis: 'none', assessedOn: null, answers: new Map(), selfOnly: [] });
  });

  it('refuses an answer that is not on the scale (a bad input must not read as "fits")', () => {
    expect(() => capacityProfile([professional({ 'IV.13': [7] })])).toThrow(RangeError);
    expect(() => capacityProfile([professional({ 'X.1': [1] })])).toThrow(RangeError);
  });
});

describe('hard limits', () => {
  it('excludes a pair where a task asks more than the person can and the task cannot be carved out', () => {
    const result = evaluate(zorgVacancy({ tasks: [bedden(false), task('koffie rondbrengen', 70)] }), zorgCandidate());
    expect(result.admitted).toBe(false);
    expect(result.score).toBeNull();
    expect(result.exclusions.map((e) => e.code)).toEqual(['taskDemand']);
    expect(result.conflicts).toEqual([
      {
        taskId: 'bedden opmaken',
        taskName: 'bedden opmaken',
        itemId: 'IV.13',
        capacity: [1],
        demand: [0],
        resolution: 'none',
        accommodations: [],
        carvable: false,
      },
    ]);
    expect(renderExplanation('nl', result)).toBe(
      "past niet: Tillen: licht beperkt: kan ongeveer 10 kg tillen (tot en met 10 keer per uur) — taak 'bedden opmaken' vraagt meer en kan niet uit de baan",
    );
  });

  it('re-admits the pair when the employer offers a lifting aid, and names it (the worked example of the issue)', () => {
    const result = evaluate(zorgVacancy({ accommodations: ['liftingAid'] }), zorgCandidate());
    expect(result.admitted).toBe(true);
    expect(result.accommodations).toEqual(['liftingAid']);
    expect(result.carvedTasks).toEqual([]);
    expect(result.conflicts[0]).toMatchObject({
      resolution: 'accommodation',
      accommodations: ['liftingAid'],
      carvable: true,
    });
    expect(renderExplanation('nl', result)).toBe(
      "past: wil in zorg werken, 24 uur, 20 min reizen (fiets); let op: Tillen: licht beperkt: kan ongeveer 10 kg tillen (tot en met 10 keer per uur) — taak 'bedden opmaken' eruit halen of tilhulp",
    );
    expect(renderExplanation('en', result)).toBe(
      "fits: wants to work in zorg, 24 hours, 20 min travel (bicycle); note: Lifting: slightly limited: can lift about 10 kg (up to 10 times per hour) — carve out task 'bedden opmaken' or lifting aid",
    );
  });

  it('says first that no wishes are recorded yet, so that the hours and travel that fit are not read as wishes', () => {
    const none = candidate({}, { transport: [], recorded: false });
    const result = evaluate(vacancy({ title: 'Magazijn', hoursMin: 24, hoursMax: 24 }), none);
    expect(result.admitted).toBe(true);
    expect(renderExplanation('nl', result)).toMatch(
      /^past: 24 uur, \d+ min reizen \(ov\); let op: nog geen wensen vastgelegd — bespreek soort werk, uren en reistijd$/,
    );
    expect(renderExplanation('en', result)).toContain(
      'note: no wishes recorded yet — discuss the kind of work, hours and travel',
    );
    // Recorded wishes that leave everything open are the person's choice: no such caution.
    const open = evaluate(
      vacancy({ title: 'Magazijn', hoursMin: 24, hoursMax: 24 }),
      candidate({}, { recorded: true }),
    );
    expect(renderExplanation('nl', open)).not.toContain('wensen');
  });

  it('re-admits the pair by carving out a carvable task when the job stays viable, with the hours of what remains', () => {
    const result = evaluate(
      zorgVacancy({ hoursMin: 30, hoursMax: 30 }),
      zorgCandidate({ wishes: { ...zorgCandidate().wishes, hoursMax: 30 } }),
    );
    expect(result.admitted).toBe(true);
    expect(result.carvedTasks).toEqual([
      { taskId: 'bedden opmaken', taskName: 'bedden opmaken', sharePercent: 30, reason: 'demand' },
    ]);
    expect(result.remainingPercent).toBe(70);
    expect(result.hours).toEqual({ min: 21, max: 21, offered: 21 });
    expect(renderExplanation('nl', result)).toContain("taak 'bedden opmaken' eruit halen");
  });

  it('a lifting aid does not help someone who can lift only about 2 kg (level 3 is beyond the aid)', () => {
    const c = zorgCandidate({ assessments: [professional({ 'IV.13': [3] })] });
    const v = zorgVacancy({ accommodations: ['liftingAid'], tasks: [bedden(false), task('koffie rondbrengen', 70)] });
    expect(evaluate(v, c).exclusions.map((e) => e.code)).toEqual(['taskDemand']);
  });

  it('does not carve when what remains is below the viability rule (at least 50 % of the hours)', () => {
    const v = vacancy({
      tasks: [task('tillen', 60, [{ itemId: 'IV.13', levels: [0] }], true), task('balie', 40)],
    });
    const result = evaluate(v, candidate({ assessments: [professional({ 'IV.13': [1] })] }));
    expect(result.admitted).toBe(false);
    expect(result.exclusions.map((e) => e.code)).toEqual(['carvingNotViable']);
    expect(renderExplanation('nl', result)).toBe(
      'past niet: na het eruit halen van taken blijft 40% van het werk over (minstens 50%)',
    );
    // With a lower threshold the same pair fits.
    expect(
      evaluate(v, candidate({ assessments: [professional({ 'IV.13': [1] })] }), { minRemainingPercent: 40 }).admitted,
    ).toBe(true);
  });

  it('excludes hours above what the person can work (FML VI.3 ~20 h), and re-admits by carving a task that brings the hours down', () => {
    const c = candidate({ assessments: [professional({ 'VI.3': [3] })] });
    const fixed = vacancy({ hoursMin: 32, hoursMax: 32, tasks: [task('a', 60), task('b', 40)] });
    const excluded = evaluate(fixed, c);
    expect(excluded.exclusions.map((e) => e.code)).toEqual(['hours']);
    expect(renderExplanation('nl', excluded)).toBe('past niet: 32 uur per week, kan 20');

    const carvable = vacancy({
      hoursMin: 32,
      hoursMax: 32,
      tasks: [task('a', 60), task('b', 25, [], true), task('c', 15, [], true)],
    });
    const result = evaluate(carvable, c);
    // 20 of 32 hours: at least 37.5 % must go. c (15 %) leaves 27.2 h, b (25 %) 24 h: the smallest set that is
    // enough is b + c = 40 % → 19.2 h, and 60 % remains (viable).
    expect(result.admitted).toBe(true);
    expect(result.carvedTasks.map((t) => [t.taskId, t.reason])).toEqual([
      ['b', 'hours'],
      ['c', 'hours'],
    ]);
    expect(result.hours.min).toBe(19.2);
    expect(renderExplanation('nl', result)).toContain("taak 'b' eruit halen, dan 19.2 uur in plaats van 32");
  });

  it("respects the person's own maximum hours as a limit (IPS: the person decides)", () => {
    const result = evaluate(vacancy({ hoursMin: 32, hoursMax: 36 }), candidate({}, { hoursMax: 24 }));
    expect(result.exclusions.map((e) => e.code)).toEqual(['hours']);
    expect(renderExplanation('nl', result)).toBe('past niet: 32 uur per week, wil hooguit 24');
    // A vacancy whose range reaches down to 24 fits; the hours offered are 24.
    const fits = evaluate(vacancy({ hoursMin: 24, hoursMax: 36 }), candidate({}, { hoursMax: 24 }));
    expect(fits.hours.offered).toBe(24);
  });

  it('excludes travel beyond the maximum, and does not exclude when travel is unknown', () => {
    const far = vacancy({ place: { municipalityCode: 'GM9003' } });
    const result = evaluate(far, candidate({}, { maxTravelMinutes: 30 }));
    expect(result.travel.minutes).toBe(60);
    expect(result.exclusions.map((e) => e.code)).toEqual(['travel']);
    expect(renderExplanation('nl', result)).toBe('past niet: 60 min reizen, meer dan 30 min');

    const unknown = evaluate(far, candidate({}, { maxTravelMinutes: 30 }), { travel: unknownTravel });
    expect(unknown.admitted).toBe(true);
    expect(unknown.travel).toEqual({ minutes: null, mode: null, method: 'none' });
    expect(renderExplanation('nl', unknown)).toContain('reistijd onbekend');
  });

  it('takes the fastest means of transport the person has', () => {
    const result = evaluate(
      vacancy({ place: { municipalityCode: 'GM9003' } }),
      candidate({}, { transport: ['onFoot', 'car', 'bicycle'] }),
    );
    expect(result.travel.mode).toBe('car');
    // 14.5 km ÷ 45 km/h = 19.33 min + 5 min parking = 24.33
    expect(result.travel.minutes).toBe(24);
  });

  it('excludes a missing mandatory certificate, driving licence or too low language level — each named', () => {
    const v = vacancy({
      requirements: { certificates: ['VCA', 'Hygiënecode'], drivingLicence: 'B', languageLevel: 'B1' },
    });
    const result = evaluate(v, candidate({ certificates: ['vca'], languageLevel: 'A2' }));
    expect(result.exclusions.map((e) => e.code)).toEqual(['certificate', 'drivingLicence', 'languageLevel']);
    expect(renderExplanation('nl', result)).toBe(
      "past niet: certificaat 'Hygiënecode' ontbreekt; rijbewijs B ontbreekt; taalniveau B1 nodig, heeft A2",
    );
    const ok = evaluate(
      v,
      candidate({ certificates: ['VCA', 'hygienecode'], drivingLicences: ['b'], languageLevel: 'B2' }),
    );
    expect(ok.admitted).toBe(true);
  });

  it('a larger licence covers a smaller one: CE admits for a vacancy asking B, A does not', () => {
    const v = vacancy({ requirements: { certificates: [], drivingLicence: 'B', languageLevel: null } });
    expect(evaluate(v, candidate({ drivingLicences: ['CE'] })).admitted).toBe(true);
    const motorbike = evaluate(v, candidate({ drivingLicences: ['A'] }));
    expect(motorbike.exclusions.map((e) => e.code)).toEqual(['drivingLicence']);
  });

  it('does not exclude on an unknown language level, but says so', () => {
    const result = evaluate(
      vacancy({ requirements: { certificates: [], drivingLicence: null, languageLevel: 'B1' } }),
      candidate(),
    );
    expect(result.admitted).toBe(true);
    expect(renderExplanation('nl', result)).toContain('taalniveau onbekend (gevraagd: B1)');
  });

  it('excludes night work for someone who cannot work at night (VI.1), unless working times are agreed', () => {
    const c = candidate({ assessments: [professional({ 'VI.1': [2] })] });
    const nights = vacancy({ nights: true, evenings: true });
    const result = evaluate(nights, c);
    expect(result.exclusions.map((e) => e.code)).toEqual(['periods']);
    expect(renderExplanation('nl', result)).toBe('past niet: nachtwerk kan niet');
    const flexible = evaluate({ ...nights, accommodations: ['flexibleHours'] }, c);
    expect(flexible.admitted).toBe(true);
    expect(flexible.accommodations).toEqual(['flexibleHours']);
    expect(renderExplanation('nl', flexible)).toContain('nachtwerk kan niet — werktijden in overleg');
  });

  it('excludes days longer than the person can work (VI.2 ~4 h), unless working times are agreed', () => {
    const c = candidate({ assessments: [professional({ 'VI.2': [3] })] });
    const result = evaluate(vacancy({ hoursPerDay: 8 }), c);
    expect(renderExplanation('nl', result)).toBe('past niet: 8 uur per dag, kan 4');
    expect(evaluate(vacancy({ hoursPerDay: 4 }), c).admitted).toBe(true);
    expect(evaluate(vacancy({ hoursPerDay: 8, accommodations: ['flexibleHours'] }), c).admitted).toBe(true);
  });

  it('checks condition items as sets: a counter task clashes with "weinig klantcontact" (II.12 1)', () => {
    const c = candidate({ assessments: [professional({ 'II.12': [1, 3] })] });
    const v = vacancy({ tasks: [task('kassa', 50, [{ itemId: 'II.12', levels: [1] }]), task('vakken vullen', 50)] });
    const result = evaluate(v, c);
    expect(result.conflicts).toMatchObject([{ itemId: 'II.12', capacity: [1], demand: [1], resolution: 'none' }]);
    // A fixed colleague provides condition 3, not 1: still excluded.
    expect(evaluate({ ...v, accommodations: ['fixedColleague'] }, c).admitted).toBe(false);
    // Carving the counter task out (50 % remains) re-admits.
    const carved = evaluate({ ...v, tasks: [{ ...v.tasks[0]!, carvable: true }, v.tasks[1]!] }, c);
    expect(carved.admitted).toBe(true);
    expect(carved.carvedTasks.map((t) => t.taskId)).toEqual(['kassa']);
  });

  it('a quiet workplace provides I.8 1 and 3 and resolves limited concentration', () => {
    const c = candidate({ assessments: [professional({ 'I.8': [1], 'I.1': [1] })] });
    const v = vacancy({
      tasks: [
        task('administratie', 100, [
          { itemId: 'I.8', levels: [1, 3] },
          { itemId: 'I.1', levels: [0] },
        ]),
      ],
    });
    expect(evaluate(v, c).admitted).toBe(false);
    const quiet = evaluate({ ...v, accommodations: ['quietWorkplace'] }, c);
    expect(quiet.admitted).toBe(true);
    expect(quiet.conflicts.map((x) => [x.itemId, x.resolution])).toEqual([
      ['I.8', 'accommodation'],
      ['I.1', 'accommodation'],
    ]);
    expect(renderExplanation('nl', quiet)).toContain('rustige werkplek');
  });

  it('shows self-reported limitations the professional did not record as a caution, never as a hard limit', () => {
    const c = candidate({ assessments: [professional({ 'IV.13': [0] }), selfAssessment({ 'IV.13': [2] })] });
    const result = evaluate(vacancy({ tasks: [task('sjouwen', 100, [{ itemId: 'IV.13', levels: [0] }])] }), c);
    expect(result.admitted).toBe(true);
    expect(renderExplanation('nl', result)).toContain('zelf aangegeven: Tillen: beperkt: kan ongeveer 5 kg tillen');
  });
});

describe('score', () => {
  const base = () => zorgCandidate({ assessments: [] });
  const v = zorgVacancy();

  it('adds up its factors, each shown with its weight and points', () => {
    const result = evaluate(v, base());
    expect(result.factors.map((f) => [f.code, f.weight, f.points])).toEqual([
      ['kindOfWork', 30, 30],
      ['hours', 20, 20],
      // 20 min of a 30 min maximum: 1 − 20/60 = 2/3 → 13.3
      ['travel', 20, 13.3],
      ['sector', 10, 10],
      ['days', 5, 5],
      ['skills', 5, 2.5],
      ['availability', 5, 5],
      ['noChanges', 5, 5],
    ]);
    expect(result.score).toBe(90.8);
    expect(result.factors.reduce((sum, f) => sum + f.points * 10, 0)).toBe(Math.round((result.score ?? 0) * 10));
  });

  it('goes down when a wish is not met, by the factor weight', () => {
    const other = evaluate({ ...v, sector: 'bouw', title: 'Bouwhulp' }, base());
    expect(other.factors.find((f) => f.code === 'kindOfWork')?.points).toBe(0);
    expect(other.factors.find((f) => f.code === 'sector')?.points).toBe(0);
    expect(other.score).toBe(50.8);
    expect(renderExplanation('nl', other)).toContain('ander werk dan gewenst (zorg)');
  });

  it('rewards shorter travel, enough hours, the wished days and an early start', () => {
    const further = evaluate(v, base(), {});
    const closer = evaluate({ ...v, place: { municipalityCode: 'GM9001' } }, base());
    expect(closer.score).toBeGreaterThan(further.score ?? 0);

    const fewHours = evaluate({ ...v, hoursMin: 12, hoursMax: 12 }, base());
    expect(fewHours.factors.find((f) => f.code === 'hours')?.points).toBe(12); // 12 of the wished 20
    expect(renderExplanation('nl', fewHours)).toContain('minder uren dan gewenst (12 uur, wil minstens 20)');

    const days = evaluate({ ...v, days: ['mon', 'tue', 'wed', 'thu'] }, candidate({}, { days: ['mon', 'tue'] }));
    expect(days.factors.find((f) => f.code === 'days')?.points).toBe(2.5);
    expect(renderExplanation('nl', days)).toContain('de dagen passen deels (2 van 4)');

    const late = evaluate({ ...v, startDate: '2026-12-01' }, candidate({ availableFrom: '2027-01-15' }));
    expect(late.factors.find((f) => f.code === 'availability')?.points).toBe(2.5); // 45 of 90 days
    expect(renderExplanation('nl', late)).toContain('kan 45 dagen na de start beginnen');
  });

  it('halves the days points when the job needs evening work the person does not wish (a wish, not a limit)', () => {
    const mornings = candidate({}, { dayParts: ['morning', 'afternoon'] });
    const evening = evaluate({ ...v, evenings: true }, mornings);
    expect(evening.admitted).toBe(true);
    expect(evening.factors.find((f) => f.code === 'days')?.points).toBe(2.5);
    expect(renderExplanation('nl', evening)).toContain('avondwerk is niet gewenst');
    expect(
      evaluate({ ...v, evenings: true }, candidate({}, { dayParts: ['morning', 'evening'] })).factors.find(
        (f) => f.code === 'days',
      )?.points,
    ).toBe(5);
    expect(
      evaluate({ ...v, evenings: true, accommodations: ['flexibleHours'] }, mornings).factors.find(
        (f) => f.code === 'days',
      )?.points,
    ).toBe(5);
  });

  it('scores "no changes needed" lower with an accommodation and lowest with carving', () => {
    const c = zorgCandidate();
    const asIs = evaluate(zorgVacancy({ tasks: [task('koffie', 100)] }), c);
    const accommodated = evaluate(zorgVacancy({ accommodations: ['liftingAid'] }), c);
    const carved = evaluate(zorgVacancy(), c);
    const points = (r: typeof asIs) => r.factors.find((f) => f.code === 'noChanges')?.points;
    expect([points(asIs), points(accommodated), points(carved)]).toEqual([5, 2.5, 0]);
  });

  it('matches words of a wish to the start of a longer word ("zorg" → "zorgmedewerker"), and skills the same way', () => {
    const c = candidate({ skills: ['koken'] }, { kindsOfWork: ['in de zorg'] });
    const result = evaluate(vacancy({ title: 'Zorgmedewerker', keywords: ['koken voor bewoners'] }), c);
    expect(result.factors.find((f) => f.code === 'kindOfWork')?.points).toBe(30);
    expect(renderExplanation('nl', result)).toContain('kan koken');
  });
});

describe('checkVacancy', () => {
  it('accepts the fixtures and names every problem with a pointer', () => {
    expect(checkVacancy(zorgVacancy())).toEqual([]);
    const bad = vacancy({
      tasks: [
        task('a', 50, [
          { itemId: 'IV.13', levels: [9] },
          { itemId: 'VI.3', levels: [0] },
          { itemId: 'Q.1', levels: [0] },
        ]),
        task('a', 30, [
          { itemId: 'II.12', levels: [0] },
          { itemId: 'IV.13', levels: [0, 1] },
        ]),
      ],
      hoursMin: 30,
      hoursMax: 20,
      hoursPerDay: 30,
      accommodations: ['teleporter' as never],
    });
    expect(checkVacancy(bad)).toEqual([
      { pointer: '/tasks/0/demands/0/levels', code: 'unknown-level' },
      { pointer: '/tasks/0/demands/1/itemId', code: 'job-level-item' },
      { pointer: '/tasks/0/demands/2/itemId', code: 'unknown-item' },
      { pointer: '/tasks/1/id', code: 'duplicate-id' },
      { pointer: '/tasks/1/demands/0/levels', code: 'not-a-set' },
      { pointer: '/tasks/1/demands/1/levels', code: 'not-a-set' },
      { pointer: '/tasks', code: 'shares-do-not-add-up' },
      { pointer: '/hoursMin', code: 'hours-out-of-range' },
      { pointer: '/hoursPerDay', code: 'hours-out-of-range' },
      { pointer: '/accommodations/0', code: 'unknown-accommodation' },
    ]);
    expect(() => compileVacancy(bad, testTravel)).toThrow(RangeError);
  });
});
