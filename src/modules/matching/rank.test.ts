import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmlItem } from '../capacity/fml.js';
import { ACCOMMODATION_CODES, accommodationRule, type AccommodationCode } from './accommodations.js';
import { capacityProfile } from './capacity.js';
import { compileCandidate, compileVacancy, normalise } from './compile.js';
import { HOURS_PER_WEEK_BY_LEVEL } from './fml-index.js';
import { evaluatePair, rankCandidates, rankVacancies } from './rank.js';
import type { PairResult } from './result.js';
import { DEFAULT_MODES } from './travel.js';
import type { Candidate, Transport, Vacancy } from './types.js';
import { AS_OF, PLACES, candidate, professional, task, testTravel, vacancy } from './matching.fixtures.js';

const options = { travel: testTravel, asOf: AS_OF };

describe('ranking', () => {
  const v = vacancy({
    id: 'zorghulp',
    title: 'Zorghulp',
    sector: 'zorg',
    tasks: [task('bedden opmaken', 30, [{ itemId: 'IV.13', levels: [0] }], true), task('koffie', 70)],
    hoursMin: 20,
    hoursMax: 24,
  });
  const people: Candidate[] = [
    // fits as is, wants care work
    candidate({ id: 'anna' }, { kindsOfWork: ['zorg'], sectors: ['zorg'], hoursMin: 20 }),
    // same wishes but needs the lifting task carved out
    candidate(
      { id: 'bram', assessments: [professional({ 'IV.13': [1] })] },
      { kindsOfWork: ['zorg'], sectors: ['zorg'], hoursMin: 20 },
    ),
    // wants other work
    candidate({ id: 'cees' }, { kindsOfWork: ['bouw'], hoursMin: 20 }),
    // excluded: cannot lift ~10 kg and works at most 10 h
    candidate({ id: 'dirk', assessments: [professional({ 'VI.3': [4] })] }, { kindsOfWork: ['zorg'] }),
    // excluded: too far
    candidate({ id: 'eva', place: { municipalityCode: 'GM9003' } }, { kindsOfWork: ['zorg'], maxTravelMinutes: 30 }), // 42 min by bicycle
    // ties with anna on everything but the id
    candidate({ id: 'aafke' }, { kindsOfWork: ['zorg'], sectors: ['zorg'], hoursMin: 20 }),
  ];
  const compiled = people.map((p) => compileCandidate(p, testTravel));
  const cv = compileVacancy(v, testTravel);

  it('returns the best candidates for a vacancy, best first, with deterministic tie-breaks', () => {
    const ranking = rankCandidates(cv, compiled, { ...options, limit: 3 });
    expect(ranking.considered).toBe(6);
    expect(ranking.admitted).toBe(4);
    expect(ranking.excludedBy).toMatchObject({ hours: 1, travel: 1, taskDemand: 0 });
    expect(ranking.results.map((r) => [r.candidateId, r.score])).toEqual([
      // 30 kind + 20 hours + 16.7 travel (20 min, no maximum: 1 − 20/120) + 10 sector + 5 days + 2.5 skills
      // (none stated) + 5 availability + 5 no changes
      ['aafke', 94.2],
      ['anna', 94.2],
      // the same but the lifting task is carved out: 70 % of 24 h = 16.8 h of the wished 20 (16.8 points, not
      // 20) and no points for "no changes"
      ['bram', 86],
    ]);
    // bram needs the task carved: one change, and the explanation says which.
    expect(ranking.results[2]?.changes).toBe(1);
    expect(ranking.results[2]?.carvedTasks.map((t) => t.taskId)).toEqual(['bedden opmaken']);
  });

  it('gives the same order whatever the input order', () => {
    const reversed = rankCandidates(cv, [...compiled].reverse(), { ...options, limit: 10 });
    const forward = rankCandidates(cv, compiled, { ...options, limit: 10 });
    expect(reversed.results.map((r) => r.candidateId)).toEqual(forward.results.map((r) => r.candidateId));
    expect(forward.results.map((r) => r.candidateId)).toEqual(['aafke', 'anna', 'bram', 'cees']);
  });

  it('returns the best vacancies for a candidate', () => {
    const vacancies = [
      v,
      vacancy({ id: 'bouw', title: 'Bouwhulp', sector: 'bouw' }),
      vacancy({ id: 'ver', title: 'Zorghulp', sector: 'zorg', place: { municipalityCode: 'GM9003' } }),
      vacancy({
        id: 'vca',
        title: 'Zorghulp',
        sector: 'zorg',
        requirements: { certificates: ['VCA'], drivingLicence: null, languageLevel: null },
      }),
    ].map((x) => compileVacancy(x, testTravel));
    const anna = compiled[0]!;
    const ranking = rankVacancies(anna, vacancies, { ...options, limit: 2 });
    expect(ranking.results.map((r) => r.vacancyId)).toEqual(['zorghulp', 'ver']);
    expect(ranking.excludedBy.certificate).toBe(1);
    expect(rankVacancies(anna, vacancies, { ...options, limit: 0 }).results).toEqual([]);
  });

  it('refuses a bad limit or date', () => {
    expect(() => rankCandidates(cv, compiled, { ...options, limit: -1 })).toThrow(RangeError);
    expect(() => rankCandidates(cv, compiled, { ...options, limit: 1, asOf: 'gisteren' })).toThrow(RangeError);
    expect(rankCandidates(cv, [], { ...options, limit: 5 }).results).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Property-based: random candidates and vacancies on a handful of items.

const ITEMS = ['IV.13', 'IV.14', 'I.1', 'V.3', 'II.12', 'I.8'] as const;
const CERTS = ['vca', 'hygienecode'];
const PLACE_CODES = Object.keys(PLACES);
const TRANSPORTS: Transport[] = ['onFoot', 'bicycle', 'car', 'publicTransport'];

const levelArb = (itemId: string) => {
  const item = fmlItem(itemId)!;
  const max = item.levels.length - 1;
  return item.scale === 'ordinal'
    ? fc.integer({ min: 0, max }).map((l) => [l])
    : fc.uniqueArray(fc.integer({ min: 1, max }), { minLength: 1, maxLength: 2 });
};

const answersArb = fc
  .record({
    ...Object.fromEntries(ITEMS.map((id) => [id, fc.option(levelArb(id), { nil: undefined })])),
    'VI.3': fc.option(
      fc.integer({ min: 0, max: 4 }).map((l) => [l]),
      { nil: undefined },
    ),
    'VI.1': fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 2 }), {
      nil: undefined,
    }),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, x]) => x !== undefined)) as Record<string, number[]>);

const candidateArb = (id: string) =>
  fc
    .record({
      answers: answersArb,
      certs: fc.subarray(CERTS),
      place: fc.constantFrom(...PLACE_CODES),
      hoursMin: fc.option(fc.integer({ min: 4, max: 30 }), { nil: null }),
      hoursMax: fc.option(fc.integer({ min: 8, max: 40 }), { nil: null }),
      maxTravel: fc.option(fc.integer({ min: 5, max: 90 }), { nil: null }),
      transport: fc.subarray(TRANSPORTS),
      sectors: fc.subarray(['zorg', 'bouw']),
      kinds: fc.subarray(['zorg', 'schoonmaak']),
      availableFrom: fc.option(fc.constantFrom('2026-11-01', '2027-01-15', '2027-06-01'), { nil: null }),
    })
    .map((r): Candidate =>
      candidate(
        {
          id,
          assessments: Object.keys(r.answers).length > 0 ? [professional(r.answers)] : [],
          certificates: r.certs,
          place: { municipalityCode: r.place },
          availableFrom: r.availableFrom,
        },
        {
          hoursMin: r.hoursMin !== null && r.hoursMax !== null ? Math.min(r.hoursMin, r.hoursMax) : r.hoursMin,
          hoursMax: r.hoursMax,
          maxTravelMinutes: r.maxTravel,
          transport: r.transport,
          sectors: r.sectors,
          kindsOfWork: r.kinds,
        },
      ),
    );

const demandArb = fc.constantFrom(...ITEMS).chain((itemId) => levelArb(itemId).map((levels) => ({ itemId, levels })));

const vacancyArb = (id: string) =>
  fc
    .record({
      tasks: fc.array(
        fc.record({
          weight: fc.integer({ min: 1, max: 10 }),
          demands: fc.uniqueArray(demandArb, { maxLength: 3, selector: (d) => d.itemId }),
          carvable: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      hoursMin: fc.integer({ min: 8, max: 32 }),
      extra: fc.integer({ min: 0, max: 8 }),
      certs: fc.subarray(CERTS, { maxLength: 1 }),
      accommodations: fc.subarray([...ACCOMMODATION_CODES]),
      place: fc.constantFrom(...PLACE_CODES),
      sector: fc.option(fc.constantFrom('zorg', 'bouw'), { nil: null }),
      evenings: fc.boolean(),
      nights: fc.boolean(),
    })
    .map((r): Vacancy => {
      const total = r.tasks.reduce((s, t) => s + t.weight, 0);
      let used = 0;
      const tasks = r.tasks.map((t, i) => {
        const share = i === r.tasks.length - 1 ? 100 - used : Math.round((t.weight / total) * 100);
        used += share;
        return task(`t${i}`, share, t.demands, t.carvable);
      });
      return vacancy({
        id,
        title: r.sector === 'zorg' ? 'Zorghulp' : 'Medewerker',
        sector: r.sector,
        tasks: tasks.filter((t) => t.sharePercent > 0).length === tasks.length ? tasks : [task('t0', 100)],
        hoursMin: r.hoursMin,
        hoursMax: r.hoursMin + r.extra,
        evenings: r.evenings,
        nights: r.nights,
        place: { municipalityCode: r.place },
        requirements: { certificates: r.certs, drivingLicence: null, languageLevel: null },
        accommodations: r.accommodations,
      });
    });

const covers = (accommodations: readonly AccommodationCode[], itemId: string, ordinal: boolean, code: number) =>
  accommodations.some((a) => {
    const rule = accommodationRule(a);
    return ordinal
      ? rule.ordinal.some((r) => r.itemId === itemId && code <= r.upTo)
      : rule.sets.some((r) => r.itemId === itemId && r.codes.includes(code));
  });

/** An independent check on the raw inputs: the name of the hard limit an admitted result violates, or null. */
function violation(v: Vacancy, c: Candidate, r: PairResult): string | null {
  const profile = capacityProfile(c.assessments);
  for (const cert of v.requirements.certificates) {
    if (!c.certificates.some((x) => normalise(x) === normalise(cert))) {
      return 'certificate';
    }
  }
  const carved = new Set(r.carvedTasks.map((t) => t.taskId));
  let remaining = 100;
  for (const t of v.tasks) {
    if (carved.has(t.id)) {
      if (!t.carvable) {
        return 'carved a task that is not carvable';
      }
      remaining -= t.sharePercent;
      continue;
    }
    for (const d of t.demands) {
      const ordinal = fmlItem(d.itemId)?.scale === 'ordinal';
      const capacity = profile.answers.get(d.itemId) ?? [0];
      if (ordinal) {
        if ((capacity[0] ?? 0) > (d.levels[0] ?? 0) && !covers(v.accommodations, d.itemId, true, capacity[0] ?? 0)) {
          return `demand ${d.itemId} of ${t.id}`;
        }
      } else if (capacity.some((code) => d.levels.includes(code) && !covers(v.accommodations, d.itemId, false, code))) {
        return `condition ${d.itemId} of ${t.id}`;
      }
    }
  }
  if (carved.size > 0 && remaining < 50) {
    return 'carving not viable';
  }
  const hoursLevel = profile.answers.get('VI.3')?.[0] ?? 0;
  const limit = Math.min(HOURS_PER_WEEK_BY_LEVEL[hoursLevel] ?? Infinity, c.wishes.hoursMax ?? Infinity);
  if ((v.hoursMin * remaining) / 100 > limit + 1e-9) {
    return 'hours';
  }
  const periods = profile.answers.get('VI.1') ?? [];
  if (
    !v.accommodations.includes('flexibleHours') &&
    ((v.evenings && periods.includes(1)) || (v.nights && periods.includes(2)))
  ) {
    return 'periods';
  }
  const from = PLACES[c.place.municipalityCode];
  const to = PLACES[v.place.municipalityCode];
  if (from && to && c.wishes.maxTravelMinutes !== null) {
    const modes = c.wishes.transport.length > 0 ? c.wishes.transport : DEFAULT_MODES;
    const fastest = Math.min(...modes.map((m) => testTravel.minutes(from, to, m)));
    if (fastest > c.wishes.maxTravelMinutes) {
      return 'travel';
    }
  }
  return null;
}

const namedList = <T>(make: (id: string) => fc.Arbitrary<T>, max: number) =>
  fc
    .integer({ min: 1, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => make(`id${String(i).padStart(2, '0')}`))));

describe('properties', () => {
  it('a pair that violates a hard limit never appears in the results, and the top N are the N best admitted', () => {
    fc.assert(
      fc.property(vacancyArb('v'), namedList(candidateArb, 12), fc.integer({ min: 1, max: 5 }), (v, people, limit) => {
        const cv = compileVacancy(v, testTravel);
        const compiled = people.map((p) => compileCandidate(p, testTravel));
        const ranking = rankCandidates(cv, compiled, { ...options, limit });
        const all = compiled.map((c) => evaluatePair(cv, c, options));
        const admitted = all.filter((r) => r.admitted);
        expect(ranking.admitted).toBe(admitted.length);
        expect(ranking.results.length).toBe(Math.min(limit, admitted.length));
        for (const r of ranking.results) {
          const person = people.find((p) => p.id === r.candidateId)!;
          expect(violation(v, person, r), r.candidateId).toBeNull();
        }
        // Every excluded pair is excluded for a reason, and really violates something when nothing resolves it.
        for (const r of all.filter((x) => !x.admitted)) {
          expect(r.exclusions.length).toBeGreaterThan(0);
        }
        const scores = ranking.results.map((r) => r.score ?? -1);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        const best = admitted
          .map((r) => r.score ?? -1)
          .sort((a, b) => b - a)
          .slice(0, limit);
        expect(scores).toEqual(best);
        for (const r of ranking.results) {
          expect(Math.round(r.factors.reduce((s, f) => s + f.points * 10, 0))).toBe(Math.round((r.score ?? 0) * 10));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('improving a preferred factor never lowers the score', () => {
    fc.assert(
      fc.property(vacancyArb('v'), candidateArb('c'), (v, c) => {
        const score = (vac: Vacancy, person: Candidate) => {
          const r = evaluatePair(compileVacancy(vac, testTravel), compileCandidate(person, testTravel), options);
          return r.admitted ? (r.score ?? 0) : null;
        };
        const before = score(v, c);
        fc.pre(before !== null);
        const better: Candidate[] = [
          { ...c, wishes: { ...c.wishes, sectors: v.sector ? [...c.wishes.sectors, v.sector] : c.wishes.sectors } },
          {
            ...c,
            wishes: {
              ...c.wishes,
              maxTravelMinutes: c.wishes.maxTravelMinutes === null ? null : c.wishes.maxTravelMinutes + 30,
            },
          },
          {
            ...c,
            wishes: { ...c.wishes, hoursMin: c.wishes.hoursMin === null ? null : Math.max(0, c.wishes.hoursMin - 4) },
          },
          { ...c, availableFrom: null },
          { ...c, wishes: { ...c.wishes, days: [] } },
          {
            ...c,
            wishes: {
              ...c.wishes,
              transport: [
                ...new Set<Transport>([...(c.wishes.transport.length > 0 ? c.wishes.transport : DEFAULT_MODES), 'car']),
              ],
            },
          },
          { ...c, wishes: { ...c.wishes, kindsOfWork: [...c.wishes.kindsOfWork, v.title] } },
        ];
        for (const next of better) {
          const after = score(v, next);
          expect(after).not.toBeNull();
          expect(after ?? 0).toBeGreaterThanOrEqual(before ?? 0);
        }
        // Offering more accommodations never excludes a pair and never lowers its score.
        const offered = score({ ...v, accommodations: [...ACCOMMODATION_CODES] }, c);
        expect(offered).not.toBeNull();
        expect(offered ?? 0).toBeGreaterThanOrEqual(before ?? 0);
      }),
      { numRuns: 100 },
    );
  });
});
