import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareBinary, fisherExact, wilsonInterval } from './binary-outcome.js';

describe('risk difference', () => {
  // Newcombe RG. Interval estimation for the difference between independent proportions: comparison of
  // eleven methods. Stat Med 1998;17:873–890, Table II: method 1 (Wald) and method 10 (hybrid score).
  it('Newcombe 1998 example (a) 56/70 − 48/80 = 0.2: Wald 0.0575 to 0.3425, Newcombe 0.0524 to 0.3339', () => {
    const r = compareBinary({ events: 56, total: 70 }, { events: 48, total: 80 }).riskDifference;
    expect(r.estimate).toBeCloseTo(0.2, 12);
    expect(r.wald.lower).toBeCloseTo(0.0575, 4);
    expect(r.wald.upper).toBeCloseTo(0.3425, 4);
    expect(r.newcombe.lower).toBeCloseTo(0.0524, 4);
    expect(r.newcombe.upper).toBeCloseTo(0.3339, 4);
  });

  it('Newcombe 1998 example (b) 9/10 − 3/10 = 0.6: Wald 0.2605 to 0.9395, Newcombe 0.1705 to 0.8090', () => {
    const r = compareBinary({ events: 9, total: 10 }, { events: 3, total: 10 }).riskDifference;
    expect(r.wald.lower).toBeCloseTo(0.2605, 4);
    expect(r.wald.upper).toBeCloseTo(0.9395, 4);
    expect(r.newcombe.lower).toBeCloseTo(0.1705, 4);
    expect(r.newcombe.upper).toBeCloseTo(0.809, 4);
  });

  it('Newcombe 1998 examples (d) 5/56 − 0/29, (e) 0/10 − 0/20, (f) 10/10 − 0/20: zero cells stay sensible', () => {
    const d = compareBinary({ events: 5, total: 56 }, { events: 0, total: 29 }).riskDifference.newcombe;
    expect(d.lower).toBeCloseTo(-0.0381, 4);
    expect(d.upper).toBeCloseTo(0.1926, 4);
    const e = compareBinary({ events: 0, total: 10 }, { events: 0, total: 20 }).riskDifference.newcombe;
    expect(e.lower).toBeCloseTo(-0.1611, 4);
    expect(e.upper).toBeCloseTo(0.2775, 4);
    const f = compareBinary({ events: 10, total: 10 }, { events: 0, total: 20 }).riskDifference.newcombe;
    expect(f.lower).toBeCloseTo(0.6791, 4);
    expect(f.upper).toBeCloseTo(1, 4);
  });

  it('Wilson interval for one proportion: 0/10 → 0 to 0.2775 (Newcombe 1998 Table I, method 3: 0.0000, 0.2775)', () => {
    const w = wilsonInterval(0, 10);
    expect(w.lower).toBe(0);
    expect(w.upper).toBeCloseTo(0.2775, 4);
  });
});

describe('relative risk, odds ratio and chi-square', () => {
  // Agresti A. An Introduction to Categorical Data Analysis (2nd ed., 2007), §2.2–2.4, Physicians' Health
  // Study: myocardial infarction in 189 of 11,034 on placebo and 104 of 11,037 on aspirin. Published:
  // difference 0.0077 (95 % CI 0.005 to 0.011), relative risk 1.82 (1.43 to 2.30), odds ratio 1.83
  // (1.44 to 2.33), Pearson X² = 25.0.
  const aspirin = compareBinary({ events: 189, total: 11034 }, { events: 104, total: 11037 });

  it('Agresti aspirin table: difference 0.0077 (0.005 to 0.011)', () => {
    expect(aspirin.riskDifference.estimate).toBeCloseTo(0.0077, 4);
    expect(aspirin.riskDifference.wald.lower).toBeCloseTo(0.005, 3);
    expect(aspirin.riskDifference.wald.upper).toBeCloseTo(0.011, 3);
  });

  it('Agresti aspirin table: relative risk 1.82 (1.43 to 2.30), odds ratio 1.83 (1.44 to 2.33)', () => {
    expect(aspirin.relativeRisk?.estimate).toBeCloseTo(1.82, 2);
    expect(aspirin.relativeRisk?.lower).toBeCloseTo(1.43, 2);
    // The book prints 2.30; by hand SE(ln RR) = √(1/189 − 1/11034 + 1/104 − 1/11037) = 0.12135 and
    // 1.8178 × e^(1.96 × 0.12135) = 2.3059, so we check the hand value and that it lies within 0.01 of the book.
    expect(aspirin.relativeRisk?.upper).toBeCloseTo(2.3059, 4);
    expect(Math.abs(aspirin.relativeRisk!.upper - 2.3)).toBeLessThan(0.01);
    expect(aspirin.relativeRisk?.corrected).toBe(false);
    expect(aspirin.oddsRatio?.estimate).toBeCloseTo(1.83, 2);
    expect(aspirin.oddsRatio?.lower).toBeCloseTo(1.44, 2);
    expect(aspirin.oddsRatio?.upper).toBeCloseTo(2.33, 2);
  });

  it('Agresti aspirin table: Pearson X² = 25.01 on 1 df, p < 0.0001', () => {
    expect(aspirin.chiSquare.statistic).toBeCloseTo(25.01, 2);
    expect(aspirin.chiSquare.pValue).toBeLessThan(1e-6);
    expect(aspirin.chiSquare.yatesStatistic).toBeLessThan(aspirin.chiSquare.statistic);
  });

  it('Bland & Altman, "The odds ratio", BMJ 2000;320:1468 (eczema and hay fever): OR 4.89, RR 3.91, difference 0.187', () => {
    // 141 of 561 children with eczema had hay fever, 928 of 14,453 without eczema.
    const r = compareBinary({ events: 141, total: 561 }, { events: 928, total: 14453 });
    expect(r.oddsRatio?.estimate).toBeCloseTo(4.89, 2);
    expect(r.relativeRisk?.estimate).toBeCloseTo(3.91, 2);
    expect(r.riskDifference.estimate).toBeCloseTo(0.187, 3);
    // Woolf: SE(ln OR) = √(1/141 + 1/420 + 1/928 + 1/13525) = 0.1031 (hand calculation), so the interval is
    // exp(ln 4.89 ± 1.96 × 0.1031) = 4.00 to 5.99.
    expect(Math.log(r.oddsRatio!.upper / r.oddsRatio!.lower) / (2 * 1.959964)).toBeCloseTo(0.1031, 4);
    expect(r.oddsRatio?.lower).toBeCloseTo(4.0, 2);
    expect(r.oddsRatio?.upper).toBeCloseTo(5.99, 2);
  });

  it('a zero cell adds 0.5 to every cell (Haldane–Anscombe), hand-calculated: 0/10 vs 5/10 → OR 0.0476, RR 0.0909', () => {
    const r = compareBinary({ events: 0, total: 10 }, { events: 5, total: 10 });
    // OR = (0.5 × 5.5) / (10.5 × 5.5) = 1/21; RR = (0.5/11) / (5.5/11) = 1/11.
    expect(r.oddsRatio?.estimate).toBeCloseTo(1 / 21, 12);
    expect(r.oddsRatio?.corrected).toBe(true);
    expect(r.relativeRisk?.estimate).toBeCloseTo(1 / 11, 12);
    expect(r.relativeRisk?.corrected).toBe(true);
    // SE(ln OR) = √(1/0.5 + 1/10.5 + 1/5.5 + 1/5.5) = √2.45887 = 1.5681.
    expect(Math.log(r.oddsRatio!.upper / r.oddsRatio!.estimate) / 1.959964).toBeCloseTo(1.5681, 4);
  });

  it('no events in either cohort: the ratios are not estimable (null), the difference is 0', () => {
    const r = compareBinary({ events: 0, total: 12 }, { events: 0, total: 15 });
    expect(r.relativeRisk).toBeNull();
    expect(r.oddsRatio).toBeNull();
    expect(r.riskDifference.estimate).toBe(0);
    expect(r.fisher.pValue).toBe(1);
  });

  it('refuses impossible counts', () => {
    expect(() => compareBinary({ events: 11, total: 10 }, { events: 1, total: 10 })).toThrow(RangeError);
    expect(() => compareBinary({ events: 1.5, total: 10 }, { events: 1, total: 10 })).toThrow(RangeError);
    expect(() => compareBinary({ events: 0, total: 0 }, { events: 1, total: 10 })).toThrow(RangeError);
  });
});

describe("Fisher's exact test", () => {
  // Fisher's tea-tasting experiment (Fisher 1935; Agresti, Categorical Data Analysis 2nd ed. §3.5.1,
  // Table 3.8): 3 of 4 "milk first" cups guessed right. One-sided P = 0.243, two-sided P = 0.486.
  it('tea tasting [[3,1],[1,3]]: one-sided 0.2429, two-sided 0.4857', () => {
    const r = fisherExact(3, 1, 1, 3);
    expect(r.pGreater).toBeCloseTo(17 / 70, 12); // (16 + 1) / 70
    expect(r.pValue).toBeCloseTo(34 / 70, 12);
    expect(r.pLess).toBeCloseTo(69 / 70, 12);
  });

  it('all cups right [[4,0],[0,4]]: one-sided 1/70 = 0.0143', () => {
    expect(fisherExact(4, 0, 0, 4).pGreater).toBeCloseTo(1 / 70, 12);
    expect(fisherExact(4, 0, 0, 4).pValue).toBeCloseTo(2 / 70, 12);
  });
});

describe('properties', () => {
  const cohort = fc
    .integer({ min: 1, max: 400 })
    .chain((total) => fc.record({ total: fc.constant(total), events: fc.integer({ min: 0, max: total }) }));

  it('every interval contains its estimate, p-values lie in [0, 1], and swapping cohorts mirrors the effects', () => {
    fc.assert(
      fc.property(cohort, cohort, (a, b) => {
        const r = compareBinary(a, b);
        const s = compareBinary(b, a);
        const rd = r.riskDifference;
        expect(rd.newcombe.lower).toBeLessThanOrEqual(rd.estimate + 1e-12);
        expect(rd.newcombe.upper).toBeGreaterThanOrEqual(rd.estimate - 1e-12);
        expect(rd.newcombe.lower).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(rd.newcombe.upper).toBeLessThanOrEqual(1 + 1e-12);
        expect(s.riskDifference.newcombe.lower).toBeCloseTo(-rd.newcombe.upper, 10);
        for (const ratio of [r.relativeRisk, r.oddsRatio]) {
          if (ratio) {
            expect(ratio.lower).toBeLessThanOrEqual(ratio.estimate * (1 + 1e-12));
            expect(ratio.upper).toBeGreaterThanOrEqual(ratio.estimate * (1 - 1e-12));
          }
        }
        if (r.oddsRatio && s.oddsRatio) {
          expect(r.oddsRatio.estimate * s.oddsRatio.estimate).toBeCloseTo(1, 10);
        }
        for (const p of [r.fisher.pValue, r.fisher.pLess, r.fisher.pGreater, r.chiSquare.pValue]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(s.fisher.pValue).toBeCloseTo(r.fisher.pValue, 10);
      }),
      { numRuns: 200 },
    );
  });
});
