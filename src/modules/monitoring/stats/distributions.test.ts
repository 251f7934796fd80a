import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  betaI,
  chiSquareCdf,
  chiSquareQuantile,
  chiSquareSf,
  gammaP,
  gammaQ,
  lnGamma,
  negativeBinomialCdf,
  negativeBinomialQuantile,
  normalCdf,
  normalQuantile,
} from './distributions.js';

// Reference values: Abramowitz & Stegun (1964) Table 26.1 (normal) and Table 26.8 (chi-square), given
// here to more digits as printed by R 4.x (pnorm, qnorm, pchisq, qchisq), which agree with the tables
// to every digit the tables print.
describe('log-gamma', () => {
  it('matches exact values: ln Γ(1/2) = ln √π, Γ(5) = 24, Γ(1) = Γ(2) = 1', () => {
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(2)).toBeCloseTo(0, 14);
    // ln Γ(100) = ln(99!) = 359.1342053695754 (Stirling series, A&S 6.1.41).
    expect(lnGamma(100)).toBeCloseTo(359.1342053695754, 10);
    expect(lnGamma(0.1)).toBeCloseTo(2.252712651734206, 13);
  });
});

describe('normal distribution', () => {
  it('Φ matches the A&S 26.1 table values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 15);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 15);
  });

  it('keeps relative precision far in the lower tail: Φ(−8) = 6.22096e-16', () => {
    expect(normalCdf(-8) / 6.220960574271785e-16).toBeCloseTo(1, 10);
    expect(normalCdf(-20) / 2.753624118606233e-89).toBeCloseTo(1, 9);
  });

  it('quantiles: 1.959964 (97.5 %), 1.644854 (95 %), 2.575829 (99.5 %), 3.090232 (99.9 %)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853626951472, 13);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829303548901, 13);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167814, 13);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 15);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 11);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('the quantile inverts Φ (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const z = normalQuantile(p);
        expect(Math.abs(normalCdf(z) - p)).toBeLessThan(1e-13 + 1e-12 * p);
      }),
    );
  });
});

describe('chi-square distribution', () => {
  it('95 % and 99 % points match A&S Table 26.8: 3.841459 (1 df), 5.991465 (2 df), 6.634897 (1 df, 99 %), 18.307038 (10 df)', () => {
    expect(chiSquareCdf(3.841458820694124, 1)).toBeCloseTo(0.95, 14);
    expect(chiSquareCdf(5.991464547107979, 2)).toBeCloseTo(0.95, 14);
    expect(chiSquareCdf(6.634896601021214, 1)).toBeCloseTo(0.99, 14);
    expect(chiSquareCdf(18.30703805327515, 10)).toBeCloseTo(0.95, 13);
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841458820694124, 10);
    expect(chiSquareQuantile(0.95, 10)).toBeCloseTo(18.30703805327515, 10);
  });

  it('2 df is the exponential: P(X ≤ x) = 1 − e^(−x/2) exactly', () => {
    for (const x of [0.1, 1, 4.6, 13.8, 40]) {
      expect(chiSquareCdf(x, 2)).toBeCloseTo(1 - Math.exp(-x / 2), 14);
      expect(chiSquareSf(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 12);
    }
  });

  it('1 df relates to the normal: P(X > z²) = 2(1 − Φ(z))', () => {
    expect(chiSquareSf(1.96 ** 2, 1)).toBeCloseTo(2 * (1 - normalCdf(1.96)), 15);
    expect(chiSquareSf(16.79, 1) / (2 * normalCdf(-Math.sqrt(16.79)))).toBeCloseTo(1, 12);
  });

  it('P + Q = 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (a, x) => {
          expect(gammaP(a, x) + gammaQ(a, x)).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) {
    c = (c * (n - k + i)) / i;
  }
  return c;
}

describe('incomplete beta and negative binomial', () => {
  it('binomial(10, ½): P(X ≤ 3) = 176/1024 = I_½(7, 4)', () => {
    expect(betaI(0.5, 7, 4)).toBeCloseTo(176 / 1024, 15);
    // Binomial(20, 0.3): P(X ≤ 5) = Σ C(20, k) 0.3^k 0.7^(20−k), k = 0..5, = 0.41637082944748 (exact
    // rational sum) = I_0.7(15, 6).
    let exact = 0;
    for (let k = 0; k <= 5; k++) {
      exact += binomial(20, k) * 0.3 ** k * 0.7 ** (20 - k);
    }
    expect(exact).toBeCloseTo(0.41637082944748, 13);
    expect(betaI(0.7, 15, 6)).toBeCloseTo(exact, 13);
  });

  it('negative binomial with integer size matches a direct pmf sum; quantile is the smallest k with cdf ≥ q', () => {
    // Y ~ NB(r = 3, p = 0.4): P(Y = k) = C(k + 2, 2) 0.4³ 0.6^k.
    let cdf = 0;
    for (let k = 0; k <= 12; k++) {
      cdf += (((k + 1) * (k + 2)) / 2) * 0.4 ** 3 * 0.6 ** k;
      expect(negativeBinomialCdf(k, 3, 0.4)).toBeCloseTo(cdf, 13);
    }
    const q90 = negativeBinomialQuantile(0.9, 3, 0.4);
    expect(negativeBinomialCdf(q90, 3, 0.4)).toBeGreaterThanOrEqual(0.9);
    expect(negativeBinomialCdf(q90 - 1, 3, 0.4)).toBeLessThan(0.9);
  });
});
