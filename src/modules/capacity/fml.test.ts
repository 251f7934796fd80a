import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FML_ITEM_COUNT, FML_SECTIONS, checkFmlAnswer, exceedsCapacity, fmlItem, type FmlItem } from './fml.js';

const ALL_ITEMS: FmlItem[] = FML_SECTIONS.flatMap((section) => section.items);
const ERROR_CODES = ['unknown-item', 'unknown-level', 'not-a-set', 'zero-with-others', 'qualifier-required'];

function item(id: string): FmlItem {
  const found = fmlItem(id);
  if (!found) {
    throw new Error(`missing FML item ${id}`);
  }
  return found;
}

function idsWithScale(scale: FmlItem['scale']): string[] {
  return ALL_ITEMS.filter((i) => i.scale === scale).map((i) => i.id);
}

describe('FML catalogue structure (DOMAIN.md §2.2)', () => {
  it('has 64 items: 9, 12, 8, 21, 10 and 4 in rubrieken I–VI, numbered I.1 … VI.4', () => {
    expect(FML_ITEM_COUNT).toBe(64);
    expect(ALL_ITEMS).toHaveLength(FML_ITEM_COUNT);
    expect(FML_SECTIONS.map((s) => s.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(FML_SECTIONS.map((s) => s.items.length)).toEqual([9, 12, 8, 21, 10, 4]);
    for (const section of FML_SECTIONS) {
      section.items.forEach((entry, index) => {
        expect(entry.id).toBe(`${section.id}.${index + 1}`);
        expect(entry.section).toBe(section.id);
        expect(entry.number).toBe(index + 1);
      });
    }
  });

  it('names the six rubrieken as DOMAIN.md §2.1 does', () => {
    expect(FML_SECTIONS.map((s) => s.nl)).toEqual([
      'Persoonlijk functioneren',
      'Sociaal functioneren',
      'Aanpassing aan fysieke omgevingseisen',
      'Dynamische handelingen',
      'Statische houdingen',
      'Werktijden',
    ]);
  });

  it('has unique ids and unique camelCase keys', () => {
    expect(new Set(ALL_ITEMS.map((i) => i.id)).size).toBe(64);
    expect(new Set(ALL_ITEMS.map((i) => i.key)).size).toBe(64);
    for (const entry of ALL_ITEMS) {
      expect(entry.key).toMatch(/^[a-z][a-zA-Z]*$/);
    }
  });

  it('gives every item at least two levels with consecutive codes from 0', () => {
    for (const entry of ALL_ITEMS) {
      expect(entry.levels.length).toBeGreaterThanOrEqual(2);
      expect(entry.levels.map((l) => l.code)).toEqual(entry.levels.map((_, index) => index));
    }
  });

  it('has a non-empty Dutch and English text for every section, item and level', () => {
    for (const section of FML_SECTIONS) {
      expect(section.nl.trim()).not.toBe('');
      expect(section.en.trim()).not.toBe('');
    }
    for (const entry of ALL_ITEMS) {
      expect(entry.nl.trim(), entry.id).not.toBe('');
      expect(entry.en.trim(), entry.id).not.toBe('');
      for (const level of entry.levels) {
        expect(level.nl.trim(), `${entry.id}/${level.code}`).not.toBe('');
        expect(level.en.trim(), `${entry.id}/${level.code}`).not.toBe('');
      }
    }
  });

  it('is frozen, so no caller can change the catalogue for everyone', () => {
    expect(Object.isFrozen(FML_SECTIONS)).toBe(true);
    expect(Object.isFrozen(item('IV.13').levels[0])).toBe(true);
  });

  it('finds items by id and nothing for unknown ids', () => {
    expect(fmlItem('IV.13')?.key).toBe('lifting');
    expect(fmlItem('VII.1')).toBeUndefined();
    expect(fmlItem('i.1')).toBeUndefined();
    expect(fmlItem('__proto__')).toBeUndefined();
  });
});

describe('FML items against the DOMAIN.md text', () => {
  it('I.1 Vasthouden van de aandacht: norm at least half an hour, strongly limited at most 5 minutes', () => {
    const i1 = item('I.1');
    expect(i1.nl).toBe('Vasthouden van de aandacht (concentreren)');
    expect(i1.key).toBe('attentionFocus');
    expect(i1.levels[0]?.nl).toBe('Normaal: kan zich minstens een half uur op één informatiebron richten');
    expect(i1.levels[2]?.nl).toContain('5 minuten');
  });

  it('IV.13 Tillen has 4 levels: about 15, 10, 5 and 2 kg', () => {
    const lifting = item('IV.13');
    expect(lifting.nl).toBe('Tillen');
    expect(lifting.key).toBe('lifting');
    expect(lifting.scale).toBe('ordinal');
    expect(lifting.levels).toHaveLength(4);
    expect(lifting.levels[0]?.nl).toContain('15 kg');
    expect(lifting.levels[0]?.nl).toContain('10 keer per uur');
    expect(lifting.levels[1]?.nl).toContain('10 kg');
    expect(lifting.levels[2]?.nl).toContain('5 kg');
    expect(lifting.levels[2]?.nl).toContain('50 keer per uur');
    expect(lifting.levels[3]?.nl).toContain('2 kg');
    expect(lifting.levels[3]?.en).toContain('100 times per hour');
  });

  it('VI.3 Uren per week: level 3 is about 20 hours, from at least 40 down to about 10', () => {
    const week = item('VI.3');
    expect(week.key).toBe('hoursPerWeek');
    expect(week.levels).toHaveLength(5);
    expect(week.levels[0]?.nl).toContain('40 uur');
    expect(week.levels[3]?.nl).toContain('20 uur');
    expect(week.levels[3]?.en).toContain('20 hours');
    expect(week.levels[4]?.nl).toContain('10 uur');
  });

  it('VI.2 Uren per dag: at least 8, about 8, 6, 4, 2 hours', () => {
    expect(item('VI.2').levels.map((l) => /(\d+) uur/.exec(l.nl)?.[1])).toEqual(['8', '8', '6', '4', '2']);
  });

  it('II.9 Samenwerken: norm is teamwork, level 1 an afgebakende deeltaak', () => {
    const coop = item('II.9');
    expect(coop.nl).toBe('Samenwerken');
    expect(coop.levels[0]?.nl).toContain('teamverband');
    expect(coop.levels[1]?.nl).toContain('afgebakende deeltaak');
    expect(coop.levels).toHaveLength(3);
  });

  it('IV.18 Trappenlopen keeps the numbers of steps (60, 30, 15) and the bordestrapje', () => {
    const stairs = item('IV.18').levels.map((l) => l.nl);
    expect(stairs[0]).toContain('60 treden');
    expect(stairs[1]).toContain('30 treden');
    expect(stairs[2]).toContain('15 treden');
    expect(stairs[3]).toContain('bordestrapje');
  });

  it('III.1 Temperatuur keeps the thresholds > 35 °C and < −15 °C', () => {
    const temperature = item('III.1');
    expect(temperature.levels[1]?.nl).toContain('35 °C');
    expect(temperature.levels[2]?.nl).toContain('−15 °C');
  });

  it('the "0/1 namelijk" items have Normaal (geen beperking) / Beperkt and need a qualifier', () => {
    for (const id of ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'III.2', 'III.3', 'III.4', 'III.5', 'III.6', 'III.7']) {
      const entry = item(id);
      expect(
        entry.levels.map((l) => l.nl),
        id,
      ).toEqual(['Normaal (geen beperking)', 'Beperkt']);
      expect(entry.qualifier, id).toBe(true);
      expect(entry.scale, id).toBe('ordinal');
    }
  });

  it('the level counts of II.6 (0–4) and II.7 (0–3) match DOMAIN.md', () => {
    expect(item('II.6').levels).toHaveLength(5);
    expect(item('II.7').levels).toHaveLength(4);
  });

  it('level counts of the other multi-level items match DOMAIN.md', () => {
    const counts: Record<string, number> = {
      'I.5': 6,
      'I.6': 10,
      'I.8': 8,
      'II.12': 7,
      'III.8': 5,
      'IV.1': 3,
      'IV.2': 4,
      'IV.3': 10,
      'IV.10': 4,
      'IV.14': 4,
      'IV.15': 3,
      'IV.20': 4,
      'V.1': 4,
      'V.7': 3,
      'VI.1': 3,
      'VI.2': 5,
    };
    for (const [id, count] of Object.entries(counts)) {
      expect(item(id).levels, id).toHaveLength(count);
    }
  });

  it('classifies the categorical items as single and the combinable ones as multiple; the rest is ordinal', () => {
    expect(idsWithScale('single')).toEqual(['I.4', 'II.6', 'II.7', 'III.1', 'IV.1', 'IV.2']);
    expect(idsWithScale('multiple')).toEqual(['I.5', 'I.6', 'I.8', 'II.12', 'III.8', 'IV.3', 'VI.1']);
    expect(idsWithScale('ordinal')).toHaveLength(64 - 6 - 7);
  });

  it('marks every item as verified against the cited template', () => {
    expect(ALL_ITEMS.filter((i) => !i.levelsVerified).map((i) => i.id)).toEqual([]);
  });
});

describe('checkFmlAnswer', () => {
  it('accepts a valid level for ordinal and single items, given as level or as a one-element list', () => {
    expect(checkFmlAnswer('IV.13', { level: 0 })).toBeNull();
    expect(checkFmlAnswer('IV.13', { level: 3 })).toBeNull();
    expect(checkFmlAnswer('IV.13', { levels: [2] })).toBeNull();
    expect(checkFmlAnswer('IV.13', { level: 2, levels: [2] })).toBeNull();
    expect(checkFmlAnswer('IV.1', { level: 2 })).toBeNull();
    expect(checkFmlAnswer('VI.3', { level: 3, qualifier: null })).toBeNull();
  });

  it('accepts a set for multiple items, and 0 alone', () => {
    expect(checkFmlAnswer('I.5', { levels: [1, 3] })).toBeNull();
    expect(checkFmlAnswer('I.6', { levels: [8, 1, 9] })).toBeNull();
    expect(checkFmlAnswer('I.5', { levels: [0] })).toBeNull();
    expect(checkFmlAnswer('IV.3', { levels: [0] })).toBeNull();
    expect(checkFmlAnswer('VI.1', { levels: [1, 2] })).toBeNull();
    expect(checkFmlAnswer('IV.3', { levels: [2, 9], qualifier: 'pengreep en muis: na 10 minuten pijn' })).toBeNull();
  });

  it('refuses an unknown item with unknown-item', () => {
    expect(checkFmlAnswer('VII.1', { level: 0 })).toBe('unknown-item');
    expect(checkFmlAnswer('IV.22', { level: 0 })).toBe('unknown-item');
    expect(checkFmlAnswer('', { level: 0 })).toBe('unknown-item');
  });

  it('refuses a code that is not on the scale, or no code at all, with unknown-level', () => {
    expect(checkFmlAnswer('IV.13', { level: 4 })).toBe('unknown-level');
    expect(checkFmlAnswer('IV.13', { level: -1 })).toBe('unknown-level');
    expect(checkFmlAnswer('IV.13', { level: 1.5 })).toBe('unknown-level');
    expect(checkFmlAnswer('IV.13', { level: Number.NaN })).toBe('unknown-level');
    expect(checkFmlAnswer('IV.13', {})).toBe('unknown-level');
    expect(checkFmlAnswer('IV.13', { levels: [] })).toBe('unknown-level');
    expect(checkFmlAnswer('I.5', { levels: [1, 6] })).toBe('unknown-level');
    expect(checkFmlAnswer('I.5', { levels: [] })).toBe('unknown-level');
  });

  it('refuses a set where one level is expected, and duplicates in a set, with not-a-set', () => {
    expect(checkFmlAnswer('IV.13', { levels: [1, 2] })).toBe('not-a-set');
    expect(checkFmlAnswer('IV.13', { level: 1, levels: [2] })).toBe('not-a-set');
    expect(checkFmlAnswer('IV.1', { levels: [1, 2] })).toBe('not-a-set');
    expect(checkFmlAnswer('I.5', { levels: [2, 2] })).toBe('not-a-set');
  });

  it('refuses "no limitation" together with a limitation with zero-with-others', () => {
    expect(checkFmlAnswer('I.5', { levels: [0, 2] })).toBe('zero-with-others');
    expect(checkFmlAnswer('II.12', { levels: [3, 0] })).toBe('zero-with-others');
  });

  it('requires a "namelijk" text for a limitation on an item with a qualifier', () => {
    expect(item('II.1').qualifier).toBe(true);
    expect(checkFmlAnswer('II.1', { level: 1 })).toBe('qualifier-required');
    expect(checkFmlAnswer('II.1', { level: 1, qualifier: null })).toBe('qualifier-required');
    expect(checkFmlAnswer('II.1', { level: 1, qualifier: '   ' })).toBe('qualifier-required');
    expect(checkFmlAnswer('II.1', { level: 1, qualifier: 'kokervisus, leest alleen met loep' })).toBeNull();
    expect(checkFmlAnswer('II.1', { level: 0 })).toBeNull();
    expect(checkFmlAnswer('IV.3', { levels: [1, 2] })).toBe('qualifier-required');
    expect(checkFmlAnswer('I.8', { levels: [0] })).toBeNull();
  });

  it('does not require a qualifier on items without one', () => {
    expect(item('IV.13').qualifier).toBe(false);
    expect(checkFmlAnswer('IV.13', { level: 3 })).toBeNull();
    expect(checkFmlAnswer('I.5', { levels: [1] })).toBeNull();
  });

  it('property: never throws and returns null or one of the five codes, for any item id and numbers', () => {
    const itemId = fc.oneof(fc.constantFrom(...ALL_ITEMS.map((i) => i.id)), fc.string());
    const code = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.integer(), fc.double());
    fc.assert(
      fc.property(
        itemId,
        fc.option(code, { nil: undefined }),
        fc.option(fc.array(code, { maxLength: 12 }), { nil: undefined }),
        fc.option(fc.oneof(fc.string(), fc.constant(null)), { nil: undefined }),
        (id, level, levels, qualifier) => {
          const result = checkFmlAnswer(id, { level, levels, qualifier });
          expect(result === null || ERROR_CODES.includes(result)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every level of every item is accepted on its own (with a qualifier text)', () => {
    for (const entry of ALL_ITEMS) {
      for (const level of entry.levels) {
        const answer = entry.scale === 'multiple' ? { levels: [level.code] } : { level: level.code };
        expect(
          checkFmlAnswer(entry.id, { ...answer, qualifier: 'toelichting' }),
          `${entry.id}/${level.code}`,
        ).toBeNull();
      }
    }
  });
});

describe('exceedsCapacity', () => {
  it('Tillen: a person who can lift ~5 kg (2) cannot do a job that asks ~10 kg (1)', () => {
    expect(exceedsCapacity('IV.13', 2, 1)).toBe(true);
  });

  it('Tillen: a person who can lift ~10 kg (1) can do a job that asks only ~5 kg (2)', () => {
    expect(exceedsCapacity('IV.13', 1, 2)).toBe(false);
  });

  it('equal levels fit, and a job at the norm is exceeded by any limitation', () => {
    expect(exceedsCapacity('IV.13', 2, 2)).toBe(false);
    expect(exceedsCapacity('IV.13', 0, 0)).toBe(false);
    expect(exceedsCapacity('VI.3', 3, 0)).toBe(true);
    expect(exceedsCapacity('II.1', 1, 0)).toBe(true);
  });

  it('is false for single and multiple items (callers treat them as conditions)', () => {
    expect(exceedsCapacity('IV.1', 2, 1)).toBe(false);
    expect(exceedsCapacity('III.1', 2, 0)).toBe(false);
    expect(exceedsCapacity('I.5', 4, 0)).toBe(false);
  });

  it('is capacity > demand for every pair of codes on every ordinal item, and never true otherwise', () => {
    for (const entry of ALL_ITEMS) {
      for (const capacity of entry.levels) {
        for (const demand of entry.levels) {
          expect(exceedsCapacity(entry.id, capacity.code, demand.code)).toBe(
            entry.scale === 'ordinal' && capacity.code > demand.code,
          );
        }
      }
    }
  });

  it('throws for an unknown item or a code off the scale instead of answering "fits"', () => {
    expect(() => exceedsCapacity('VII.1', 1, 0)).toThrow(RangeError);
    expect(() => exceedsCapacity('IV.13', 4, 0)).toThrow(RangeError);
    expect(() => exceedsCapacity('IV.13', 1, -1)).toThrow(RangeError);
  });
});
