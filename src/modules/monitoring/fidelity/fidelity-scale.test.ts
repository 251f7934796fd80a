import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareFidelityReviews,
  FIDELITY_ITEMS,
  FIDELITY_ITEM_KEYS,
  fidelityBand,
  scoreFidelityReview,
  validateFidelityScores,
} from './fidelity-scale.js';

const all = (score: number): Record<string, number> => Object.fromEntries(FIDELITY_ITEM_KEYS.map((k) => [k, score]));

/** All items 4, then `extra` items raised to 5 (or lowered to 3 when negative), in scale order. */
const totalOf = (total: number): Record<string, number> => {
  const scores = all(4);
  let diff = total - 100;
  for (const key of FIDELITY_ITEM_KEYS) {
    if (diff > 0) {
      scores[key] = 5;
      diff -= 1;
    } else if (diff < 0) {
      const step = Math.max(diff, -3);
      scores[key] = 4 + step;
      diff -= step;
    }
  }
  return scores;
};

describe('IPS Fidelity Scale structure (DOMAIN.md §1.2)', () => {
  it('has 25 items: Staffing 3, Organization 8, Services 14, numbered within each section, unique keys', () => {
    expect(FIDELITY_ITEMS).toHaveLength(25);
    expect(new Set(FIDELITY_ITEM_KEYS).size).toBe(25);
    for (const [section, count] of [
      ['staffing', 3],
      ['organization', 8],
      ['services', 14],
    ] as const) {
      const items = FIDELITY_ITEMS.filter((i) => i.section === section);
      expect(items.map((i) => i.number)).toEqual(Array.from({ length: count }, (_, n) => n + 1));
    }
    expect(FIDELITY_ITEMS[0]).toMatchObject({ key: 'caseloadSize', nameEn: 'Caseload size', status: 'V' });
    expect(FIDELITY_ITEMS.find((i) => i.key === 'rapidJobSearch')).toMatchObject({ section: 'services', number: 4 });
    expect(FIDELITY_ITEMS.every((i) => i.nameNl.length > 0)).toBe(true);
  });
});

describe('total and band', () => {
  it('bands: 115–125 exemplary, 100–114 good, 74–99 fair, ≤ 73 not IPS — at each boundary', () => {
    expect(fidelityBand(125)).toBe('exemplary');
    expect(fidelityBand(115)).toBe('exemplary');
    expect(fidelityBand(114)).toBe('good');
    expect(fidelityBand(100)).toBe('good');
    expect(fidelityBand(99)).toBe('fair');
    expect(fidelityBand(74)).toBe('fair');
    expect(fidelityBand(73)).toBe('notIps');
    expect(fidelityBand(25)).toBe('notIps');
    expect(() => fidelityBand(24)).toThrow(RangeError);
    expect(() => fidelityBand(126)).toThrow(RangeError);
  });

  it('all items 5 → 125 exemplary; all 4 → 100 good; all 3 → 75 fair; all 1 → 25 not IPS', () => {
    expect(scoreFidelityReview(all(5))).toMatchObject({ total: 125, max: 125, band: 'exemplary' });
    expect(scoreFidelityReview(all(4))).toMatchObject({ total: 100, band: 'good' });
    expect(scoreFidelityReview(all(3))).toMatchObject({ total: 75, band: 'fair' });
    expect(scoreFidelityReview(all(1))).toMatchObject({ total: 25, band: 'notIps' });
  });

  it('worked example: a team at 99 is fair and one point more makes it good', () => {
    const r99 = scoreFidelityReview(totalOf(99));
    expect(r99.total).toBe(99);
    expect(r99.band).toBe('fair');
    expect(scoreFidelityReview(totalOf(100)).band).toBe('good');
  });

  it('section totals and the item profile in scale order; items scored 1–2 listed lowest first', () => {
    const scores = { ...all(4), caseloadSize: 5, zeroExclusion: 2, disclosure: 1 };
    const r = scoreFidelityReview(scores);
    expect(r.total).toBe(100 + 1 - 2 - 3);
    expect(r.sections).toEqual([
      { section: 'staffing', total: 13, items: 3, mean: 13 / 3 },
      { section: 'organization', total: 30, items: 8, mean: 30 / 8 },
      { section: 'services', total: 53, items: 14, mean: 53 / 14 },
    ]);
    expect(r.profile.map((p) => p.key)).toEqual(FIDELITY_ITEM_KEYS);
    expect(r.profile[0]).toMatchObject({ key: 'caseloadSize', score: 5 });
    expect(r.weakest).toEqual(['disclosure', 'zeroExclusion']);
  });

  it('compares two reviews of a team item by item', () => {
    const d = compareFidelityReviews(totalOf(95), all(4));
    expect(d.totalChange).toBe(5);
    expect(d.from).toBe('fair');
    expect(d.to).toBe('good');
    expect(d.items.reduce((s, i) => s + i.change, 0)).toBe(5);
  });
});

describe('validation', () => {
  it('reports every missing, out-of-range, non-integer and unknown item at once, with pointers', () => {
    const scores: Record<string, unknown> = {
      ...all(3),
      caseloadSize: 0,
      disclosure: 6,
      rapidJobSearch: 2.5,
      zeroExclusion: '4',
      extra: 3,
    };
    delete scores.competitiveJobs;
    const errors = validateFidelityScores(scores);
    expect(errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/scores/extra', 'fidelity.item-unknown'],
      ['/scores/caseloadSize', 'fidelity.score-invalid'],
      ['/scores/zeroExclusion', 'fidelity.score-invalid'],
      ['/scores/disclosure', 'fidelity.score-invalid'],
      ['/scores/rapidJobSearch', 'fidelity.score-invalid'],
      ['/scores/competitiveJobs', 'fidelity.score-missing'],
    ]);
    expect(() => scoreFidelityReview(scores)).toThrow(RangeError);
    expect(validateFidelityScores(all(2))).toEqual([]);
  });

  it('any complete set of integer scores 1–5 is valid and its total lies in 25–125 with the matching band (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 25, maxLength: 25 }), (values) => {
        const scores = Object.fromEntries(FIDELITY_ITEM_KEYS.map((k, i) => [k, values[i]]));
        const r = scoreFidelityReview(scores);
        expect(r.total).toBe(values.reduce((s, v) => s + v, 0));
        expect(r.sections.reduce((s, x) => s + x.total, 0)).toBe(r.total);
        expect(r.band).toBe(r.total >= 115 ? 'exemplary' : r.total >= 100 ? 'good' : r.total >= 74 ? 'fair' : 'notIps');
      }),
    );
  });
});
