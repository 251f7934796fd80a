import { describe, expect, it } from 'vitest';
import {
  ageBand,
  ageOn,
  availability,
  generalise,
  hoursBand,
  hoursOverlap,
  phrases,
  type Person,
} from './candidate-search.rules.js';

const person = (key: string, municipalityCode: string, age: number): Person => ({
  key,
  municipalityCode,
  regionCode: 'AM13',
  age,
});
const many = (prefix: string, n: number, municipalityCode: string, age: number) =>
  Array.from({ length: n }, (_, i) => person(`${prefix}${i}`, municipalityCode, age));

describe('age', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1990-12-02', '2026-12-02')).toBe(36);
    expect(ageOn('1990-12-03', '2026-12-02')).toBe(35);
  });
  it('puts an age in the band of its level', () => {
    expect(ageBand(24, 0)).toBe('to24');
    expect(ageBand(25, 0)).toBe('25to34');
    expect(ageBand(36, 1)).toBe('35to54');
    expect(ageBand(61, 2)).toBe('any');
  });
});

describe('generalise: every shown place × age band holds at least k people', () => {
  it('keeps the municipality and the fine band when five people share them', () => {
    const result = generalise(many('u', 5, 'GM0344', 30));
    expect(result.get('u0')).toEqual({ municipalityCode: 'GM0344', regionCode: 'AM13', ageBand: '25to34' });
  });

  it('widens the age band before giving up the municipality', () => {
    // 3 people aged 30 and 2 aged 22 in Utrecht: no fine band has five, the band "to 34" has.
    const people = [...many('a', 3, 'GM0344', 30), ...many('b', 2, 'GM0344', 22)];
    const result = generalise(people);
    expect(new Set([...result.values()].map((g) => `${g.municipalityCode} ${g.ageBand}`))).toEqual(
      new Set(['GM0344 to34']),
    );
    expect(result.size).toBe(5);
  });

  it('shows the region instead of the municipality when a municipality has fewer than five', () => {
    // Houten has 2 people of 40, Nieuwegein 3 of 41: only the region with "35–44" has five.
    const people = [...many('h', 2, 'GM0321', 40), ...many('n', 3, 'GM0356', 41)];
    const result = generalise(people);
    expect(result.get('h0')).toEqual({ municipalityCode: null, regionCode: 'AM13', ageBand: '35to44' });
    expect(result.get('n2')).toEqual({ municipalityCode: null, regionCode: 'AM13', ageBand: '35to44' });
  });

  it('never lets a coarse label reveal a small fine group next to a large one', () => {
    // Utrecht: 6 people of 30 (shown as "Utrecht 25–34") and 1 of 22. The one of 22 must not be shown as
    // "Utrecht to 34" on their own: that label would hold one person. They join others in the region.
    const people = [...many('u', 6, 'GM0344', 30), person('young', 'GM0344', 22), ...many('z', 4, 'GM0356', 20)];
    const result = generalise(people);
    expect(result.get('u0')?.municipalityCode).toBe('GM0344');
    expect(result.get('young')).toEqual({ municipalityCode: null, regionCode: 'AM13', ageBand: 'to24' });
    const counts = new Map<string, number>();
    for (const g of result.values()) {
      const id = `${g.municipalityCode} ${g.ageBand}`;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(5);
  });

  it('fills a small left-over group with people from a group that can spare them', () => {
    // Nine of 30 in Utrecht and one of 22: the one of 22 joins four of the nine as "region, any age";
    // five stay "Utrecht 25–34".
    const people = [...many('u', 9, 'GM0344', 30), person('young', 'GM0344', 22)];
    const result = generalise(people);
    expect(result.size).toBe(10);
    expect(result.get('young')).toEqual({ municipalityCode: null, regionCode: 'AM13', ageBand: 'any' });
    const labels = [...result.values()].map((g) => `${g.municipalityCode} ${g.ageBand}`);
    expect(labels.filter((l) => l === 'GM0344 25to34')).toHaveLength(5);
    expect(labels.filter((l) => l === 'null any')).toHaveLength(5);
  });

  it('does not show the left-over when no group can spare enough', () => {
    // Six of 30 and one of 22: the group of six can spare one, the one of 22 needs four.
    const result = generalise([...many('u', 6, 'GM0344', 30), person('young', 'GM0344', 22)]);
    expect(result.has('young')).toBe(false);
    expect(result.size).toBe(6);
  });

  it('does not show anyone when the whole region has fewer than five', () => {
    const result = generalise(many('x', 4, 'GM0344', 30));
    expect(result.size).toBe(0);
  });

  it('holds for a random population: no shown combination has fewer than k', () => {
    const municipalities = ['GM0344', 'GM0356', 'GM0321', 'GM0353', 'GM0307'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const people = Array.from({ length: 300 }, (_, i) =>
      person(`p${i}`, municipalities[next() % municipalities.length]!, 18 + (next() % 49)),
    );
    const result = generalise(people);
    const counts = new Map<string, number>();
    for (const g of result.values()) {
      const id = `${g.municipalityCode} ${g.ageBand}`;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(5);
    expect(result.size).toBeGreaterThan(295);
  });
});

describe('hours, availability and phrases', () => {
  it('widens the hours to whole bands of eight', () => {
    expect(hoursBand(12, 20)).toEqual({ min: 8, max: 24 });
    expect(hoursBand(null, 16)).toEqual({ min: 0, max: 16 });
    expect(hoursBand(null, null)).toBeNull();
    expect(hoursBand(32, 48)).toEqual({ min: 32, max: 40 });
  });
  it('filters on overlapping hours', () => {
    expect(hoursOverlap({ min: 8, max: 24 }, 20, 32)).toBe(true);
    expect(hoursOverlap({ min: 8, max: 24 }, 28)).toBe(false);
    expect(hoursOverlap(null, 10)).toBe(false);
    expect(hoursOverlap(null)).toBe(true);
  });
  it('is available now in job search, soon before it, and not at all in work', () => {
    expect(availability(['jobSearch'])).toBe('now');
    expect(availability(['intake'])).toBe('soon');
    expect(availability(['workingWithSupport'])).toBeNull();
  });
  it('keeps short phrases without numbers, addresses or links', () => {
    expect(phrases('Schoonmaak, iets in de zorg of de keuken; bel 0612345678; jan@example.nl')).toEqual([
      'schoonmaak',
      'iets in de zorg',
      'de keuken',
    ]);
  });
});
