import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kaplanMeier, logRankTest, survivalAt, type SurvivalObservation } from './survival.js';

// Freireich et al. (1963) 6-mercaptopurine trial in acute leukaemia, remission times in weeks, as given
// by Gehan (1965, Biometrika 52:203–223) and used in Cox (1972), Kleinbaum & Klein "Survival Analysis:
// A Self-Learning Text" (ch. 2) and Venables & Ripley "Modern Applied Statistics with S" (MASS, §13.1,
// data set `gehan`). "+" = censored.
const SIX_MP: SurvivalObservation[] = [
  [6, 1],
  [6, 1],
  [6, 1],
  [6, 0],
  [7, 1],
  [9, 0],
  [10, 1],
  [10, 0],
  [11, 0],
  [13, 1],
  [16, 1],
  [17, 0],
  [19, 0],
  [20, 0],
  [22, 1],
  [23, 1],
  [25, 0],
  [32, 0],
  [32, 0],
  [34, 0],
  [35, 0],
].map(([time, event]) => ({ time: time!, event: event === 1 }));
const PLACEBO: SurvivalObservation[] = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23].map(
  (time) => ({ time, event: true }),
);

describe('Kaplan–Meier on the Freireich 6-MP data (Gehan 1965)', () => {
  // Published (MASS 4th ed. §13.1, survfit(…, conf.type = "log-log") on gehan, 6-MP arm):
  // time n.risk n.event survival std.err lower 95% upper 95%
  //   6    21     3    0.857   0.0764   0.620   0.952
  //   7    17     1    0.807   0.0869   0.563   0.923
  //  10    15     1    0.753   0.0963   0.503   0.889
  //  13    12     1    0.690   0.1068   0.432   0.849
  //  16    11     1    0.627   0.1141   0.368   0.805
  //  22     7     1    0.538   0.1282   0.268   0.747
  //  23     6     1    0.448   0.1346   0.188   0.680
  const published = [
    [6, 21, 3, 0.857, 0.0764, 0.62, 0.952],
    [7, 17, 1, 0.807, 0.0869, 0.563, 0.923],
    [10, 15, 1, 0.753, 0.0963, 0.503, 0.889],
    [13, 12, 1, 0.69, 0.1068, 0.432, 0.849],
    [16, 11, 1, 0.627, 0.1141, 0.368, 0.805],
    [22, 7, 1, 0.538, 0.1282, 0.268, 0.747],
    [23, 6, 1, 0.448, 0.1346, 0.188, 0.68],
  ] as const;

  it('survival, Greenwood standard errors and log-log limits match the published table at every event time', () => {
    const km = kaplanMeier(SIX_MP);
    expect(km.n).toBe(21);
    expect(km.events).toBe(9);
    expect(km.steps).toHaveLength(published.length);
    km.steps.forEach((step, i) => {
      const [time, atRisk, events, s, se, lo, hi] = published[i]!;
      expect(step.time).toBe(time);
      expect(step.atRisk).toBe(atRisk);
      expect(step.events).toBe(events);
      expect(step.survival).toBeCloseTo(s, 3);
      expect(step.stdErr).toBeCloseTo(se, 4);
      expect(step.lower).toBeCloseTo(lo, 3);
      expect(step.upper).toBeCloseTo(hi, 3);
    });
    // Exact values: S(6) = 18/21, S(7) = 18/21 × 16/17.
    expect(km.steps[0]!.survival).toBeCloseTo(18 / 21, 14);
    expect(km.steps[1]!.survival).toBeCloseTo((18 / 21) * (16 / 17), 14);
  });

  it('ties and censoring at an event time: the person censored at week 6 is at risk at week 6', () => {
    const km = kaplanMeier(SIX_MP);
    expect(km.steps[0]).toMatchObject({ time: 6, atRisk: 21, events: 3, censored: 1 });
    expect(km.steps[1]).toMatchObject({ time: 7, atRisk: 17 });
    expect(km.censorings).toEqual([
      { time: 9, count: 1 },
      { time: 11, count: 1 },
      { time: 17, count: 1 },
      { time: 19, count: 1 },
      { time: 20, count: 1 },
      { time: 25, count: 1 },
      { time: 32, count: 2 },
      { time: 34, count: 1 },
      { time: 35, count: 1 },
    ]);
  });

  it('log transform (R default) limits match the published default output: 0.720–1.000 at week 6, 0.249–0.807 at week 23', () => {
    const km = kaplanMeier(SIX_MP, { transform: 'log' });
    expect(km.steps[0]!.lower).toBeCloseTo(0.72, 3);
    expect(km.steps[0]!.upper).toBe(1);
    expect(km.steps[3]!.lower).toBeCloseTo(0.51, 3);
    expect(km.steps[3]!.upper).toBeCloseTo(0.935, 3);
    expect(km.steps[6]!.lower).toBeCloseTo(0.249, 3);
    expect(km.steps[6]!.upper).toBeCloseTo(0.807, 3);
  });

  it('median remission: 23 weeks on 6-MP, 8 weeks on placebo; published CI (log transform) 16–NA and 4–12', () => {
    // MASS §13.1: survfit(Surv(time, cens) ~ treat, data = gehan):
    //   treat=6-MP    n 21 events  9 median 23 0.95LCL 16 0.95UCL NA
    //   treat=control n 21 events 21 median  8 0.95LCL  4 0.95UCL 12
    expect(kaplanMeier(SIX_MP, { transform: 'log' }).median).toEqual({ estimate: 23, lower: 16, upper: null });
    expect(kaplanMeier(PLACEBO, { transform: 'log' }).median).toEqual({ estimate: 8, lower: 4, upper: 12 });
    // With the log-log band (our default) the interval is 13–NA and 4–11 (hand-checked from the limits above:
    // the lower limit first falls to ≤ 0.5 at week 13 (0.432) and, on placebo, the upper at week 11 (0.482)).
    expect(kaplanMeier(SIX_MP).median).toEqual({ estimate: 23, lower: 13, upper: null });
    expect(kaplanMeier(PLACEBO).median).toEqual({ estimate: 8, lower: 4, upper: 11 });
  });

  it('without censoring the curve is the empirical fraction: placebo S(8) = 8/21, S(23) = 0 with undefined limits', () => {
    const km = kaplanMeier(PLACEBO);
    expect(survivalAt(km, 8).survival).toBeCloseTo(8 / 21, 14);
    expect(survivalAt(km, 10).survival).toBeCloseTo(8 / 21, 14);
    expect(survivalAt(km, 0.5).survival).toBe(1);
    const last = km.steps[km.steps.length - 1]!;
    expect(last.survival).toBe(0);
    expect(last.lower).toBeNull();
    expect(last.upper).toBeNull();
  });

  it('log-rank test 6-MP vs placebo: O 9 vs E 19.25, O 21 vs E 10.75, chi-square 16.79 on 1 df, p = 4.17e-5', () => {
    // Published: Kleinbaum & Klein ch. 2 ("Log-rank = 16.79, P-value = 0.0000", expected 19.25 and 10.75);
    // R survdiff on gehan: Chisq = 16.8 on 1 degrees of freedom, p = 4.17e-05.
    const lr = logRankTest(SIX_MP, PLACEBO);
    expect(lr.a.observed).toBe(9);
    expect(lr.b.observed).toBe(21);
    expect(lr.a.expected).toBeCloseTo(19.25, 2);
    expect(lr.b.expected).toBeCloseTo(10.75, 2);
    expect(lr.statistic).toBeCloseTo(16.79, 2);
    expect(lr.pValue).toBeCloseTo(4.17e-5, 7);
    expect(lr.df).toBe(1);
  });
});

describe('Kaplan & Meier (1958) illustrative example', () => {
  it('0.8, 1.0+, 2.7+, 3.1, 5.4, 7.0+, 9.2, 12.1+ → 0.875, 0.700, 0.525, 0.2625 (hand calculation)', () => {
    const km = kaplanMeier(
      [
        [0.8, 1],
        [1.0, 0],
        [2.7, 0],
        [3.1, 1],
        [5.4, 1],
        [7.0, 0],
        [9.2, 1],
        [12.1, 0],
      ].map(([time, event]) => ({ time: time!, event: event === 1 })),
    );
    expect(km.steps.map((s) => s.atRisk)).toEqual([8, 5, 4, 2]);
    [0.875, 0.7, 0.525, 0.2625].forEach((v, i) => expect(km.steps[i]!.survival).toBeCloseTo(v, 12));
    expect(km.median.estimate).toBe(9.2);
  });

  it('a curve that is exactly 0.5 on an interval takes the midpoint as median: 1, 2, 3+, 4, 5 … ', () => {
    // Events at 1 and 2 among 4: S = 0.75, 0.5 on [2, 4); next event at 4 → median (2 + 4)/2 = 3.
    const km = kaplanMeier([
      { time: 1, event: true },
      { time: 2, event: true },
      { time: 4, event: true },
      { time: 5, event: true },
    ]);
    expect(km.steps[1]!.survival).toBe(0.5);
    expect(km.median.estimate).toBe(3);
  });

  it('refuses negative or non-finite times', () => {
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError);
    expect(() => logRankTest([{ time: Number.NaN, event: true }], [])).toThrow(RangeError);
  });
});

describe('properties', () => {
  const observations = fc.array(fc.record({ time: fc.integer({ min: 0, max: 60 }), event: fc.boolean() }), {
    minLength: 1,
    maxLength: 60,
  });

  it('S(t) lies in [0, 1], never increases, and sits inside its limits', () => {
    fc.assert(
      fc.property(
        observations,
        fc.constantFrom('log-log' as const, 'log' as const, 'plain' as const),
        (obs, transform) => {
          const km = kaplanMeier(obs, { transform });
          let previous = 1;
          for (const step of km.steps) {
            expect(step.survival).toBeGreaterThanOrEqual(0);
            expect(step.survival).toBeLessThanOrEqual(previous + 1e-15);
            previous = step.survival;
            if (step.lower !== null && step.upper !== null) {
              expect(step.lower).toBeGreaterThanOrEqual(0);
              expect(step.upper).toBeLessThanOrEqual(1);
              expect(step.lower).toBeLessThanOrEqual(step.survival + 1e-12);
              expect(step.upper).toBeGreaterThanOrEqual(step.survival - 1e-12);
            }
          }
          expect(km.events).toBe(obs.filter((o) => o.event).length);
          const { estimate, lower, upper } = km.median;
          if (estimate !== null && lower !== null) {
            expect(lower).toBeLessThanOrEqual(estimate);
          }
          if (estimate !== null && upper !== null) {
            expect(upper).toBeGreaterThanOrEqual(estimate);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('log-rank: swapping the groups gives the same statistic; O − E sums to zero; two copies of one group give 0', () => {
    fc.assert(
      fc.property(observations, observations, (a, b) => {
        const ab = logRankTest(a, b);
        const ba = logRankTest(b, a);
        expect(ba.statistic).toBeCloseTo(ab.statistic, 9);
        expect(ab.a.observed - ab.a.expected + ab.b.observed - ab.b.expected).toBeCloseTo(0, 9);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
        expect(logRankTest(a, a).statistic).toBeCloseTo(0, 12);
      }),
      { numRuns: 150 },
    );
  });
});
