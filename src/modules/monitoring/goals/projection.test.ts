import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gammaQ, lnFactorial } from '../stats/distributions.js';
import { poissonExactInterval, predictRemainingCount, projectYearEnd, publishGoalProjection } from './projection.js';

describe('exact Poisson interval (Garwood 1936)', () => {
  // Published limits, e.g. Ulm K. A simple method to calculate the confidence interval of a standardized
  // mortality ratio. Am J Epidemiol 1990;131:373–375, and the standard tables (Documenta Geigy):
  // x = 0: 0–3.689; x = 1: 0.0253–5.572; x = 5: 1.624–11.668; x = 10: 4.795–18.390.
  it('matches the published 95 % limits for 0, 1, 5 and 10 events', () => {
    expect(poissonExactInterval(0).lower).toBe(0);
    expect(poissonExactInterval(0).upper).toBeCloseTo(3.6889, 4);
    expect(poissonExactInterval(1).lower).toBeCloseTo(0.0253, 4);
    expect(poissonExactInterval(1).upper).toBeCloseTo(5.5716, 4);
    expect(poissonExactInterval(5).lower).toBeCloseTo(1.6235, 4);
    expect(poissonExactInterval(5).upper).toBeCloseTo(11.6683, 4);
    expect(poissonExactInterval(10).lower).toBeCloseTo(4.7954, 4);
    expect(poissonExactInterval(10).upper).toBeCloseTo(18.3904, 4);
  });
});

describe('prediction of the count still to come', () => {
  it('hand calculation: 0 events in the first half → NB(½, ½): P(0..3) = 0.7071, 0.1768, 0.0663, 0.0276 → 95 % interval 0–3', () => {
    // P(Y = k) = Γ(k + ½)/(k! Γ(½)) · ½^½ · ½^k; cumulative 0.7071, 0.8839, 0.9502, 0.9778: the 97.5 % point is 3.
    expect(predictRemainingCount(0, 0.5)).toMatchObject({ low: 0, high: 3 });
  });

  // Frequentist check of the band: for a true yearly rate Λ, the count so far is Poisson(Λf) and the rest
  // Poisson(Λ(1 − f)); summing over every possible count so far gives the exact probability that the rest
  // falls inside the predicted interval.
  function coverage(yearRate: number, fraction: number): number {
    const poissonLog = (k: number, mu: number): number => k * Math.log(mu) - mu - lnFactorial(k);
    const poissonCdf = (k: number, mu: number): number => (k < 0 ? 0 : gammaQ(k + 1, mu));
    const mu1 = yearRate * fraction;
    const mu2 = yearRate * (1 - fraction);
    const span = Math.ceil(12 * Math.sqrt(mu1) + 12);
    let total = 0;
    for (let x = Math.max(0, Math.floor(mu1 - span)); x <= mu1 + span; x++) {
      const { low, high } = predictRemainingCount(x, fraction);
      total += Math.exp(poissonLog(x, mu1)) * (poissonCdf(high, mu2) - poissonCdf(low - 1, mu2));
    }
    return total;
  }

  it('the 95 % band covers the true year-end count 93–98 % of the time for regional and national sizes', () => {
    for (const [rate, fraction] of [
      [100, 0.64],
      [100, 0.25],
      [30, 0.5],
      [1000, 0.8],
    ] as const) {
      const c = coverage(rate, fraction);
      expect(c).toBeGreaterThan(0.93);
      expect(c).toBeLessThan(0.98);
    }
  });
});

describe('year-end projection', () => {
  it('worked example: Regio X has 64 of 100 on 22 August 2026 (day 234 of 365) → run rate 100, band 86–116', () => {
    const p = projectYearEnd({ count: 64, target: 100, year: 2026, asOf: '2026-08-22' });
    expect(p.daysElapsed).toBe(234);
    expect(p.daysInYear).toBe(365);
    expect(p.fractionElapsed).toBeCloseTo(234 / 365, 14);
    expect(p.projected).toBe(100); // 64 / 0.6411 = 99.8
    expect([p.low, p.high]).toEqual([86, 116]);
    expect(p.outlook).toBe('uncertain');
    expect(p.probabilityReachTarget).toBeGreaterThan(0.4);
    expect(p.probabilityReachTarget).toBeLessThan(0.6);
    expect(p.early).toBe(false);
  });

  it('outlook: reached, likely (band above target), unlikely (band below target)', () => {
    expect(projectYearEnd({ count: 101, target: 100, year: 2026, asOf: '2026-10-01' }).outlook).toBe('reached');
    const likely = projectYearEnd({ count: 90, target: 100, year: 2026, asOf: '2026-09-30' });
    expect(likely.low).toBeGreaterThanOrEqual(100);
    expect(likely.outlook).toBe('likely');
    const unlikely = projectYearEnd({ count: 30, target: 100, year: 2026, asOf: '2026-09-30' });
    expect(unlikely.high).toBeLessThan(100);
    expect(unlikely.outlook).toBe('unlikely');
    expect(unlikely.probabilityReachTarget).toBeLessThan(0.025);
  });

  it('calendar: 1 January is day 1 and flagged early; 31 December closes the year; 2028 has 366 days', () => {
    const jan = projectYearEnd({ count: 0, target: 100, year: 2026, asOf: '2026-01-01' });
    expect(jan.daysElapsed).toBe(1);
    expect(jan.early).toBe(true);
    const dec = projectYearEnd({ count: 97, target: 100, year: 2026, asOf: '2026-12-31' });
    expect(dec).toMatchObject({
      fractionElapsed: 1,
      projected: 97,
      low: 97,
      high: 97,
      outlook: 'unlikely',
      probabilityReachTarget: 0,
    });
    expect(projectYearEnd({ count: 50, target: 100, year: 2028, asOf: '2028-07-01' }).daysInYear).toBe(366);
    expect(() => projectYearEnd({ count: 5, target: 100, year: 2026, asOf: '2025-12-31' })).toThrow(RangeError);
    expect(() => projectYearEnd({ count: 5, target: 100, year: 2026, asOf: '2026-02-30' })).toThrow(RangeError);
  });

  it('a count below 10 is not shown outside the case team, and neither is its projection (it would give the count back)', () => {
    const p = projectYearEnd({ count: 7, target: 100, year: 2026, asOf: '2026-06-30' });
    expect(publishGoalProjection(p)).toEqual({ suppressed: true, count: '< 10', target: 100, year: 2026 });
    const q = projectYearEnd({ count: 64, target: 100, year: 2026, asOf: '2026-08-22' });
    expect(publishGoalProjection(q)).toMatchObject({ suppressed: false, count: 64, low: 86, high: 116 });
  });

  it('the band always contains the count so far and the run-rate projection lies inside it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 32, max: 365 }), (count, day) => {
        const asOf = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
        const p = projectYearEnd({ count, target: 100, year: 2026, asOf });
        expect(p.low).toBeGreaterThanOrEqual(count);
        expect(p.high).toBeGreaterThanOrEqual(p.low);
        expect(p.projected).toBeGreaterThanOrEqual(p.low - 1);
        expect(p.projected).toBeLessThanOrEqual(p.high + 1);
      }),
      { numRuns: 60 },
    );
  });
});
