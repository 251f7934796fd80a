import { describe, expect, it } from 'vitest';
import { curveSteps, lastMonth, stepPath, type CurvePoint } from './survival';

const p = (month: number, survival: number | null): CurvePoint => ({
  month,
  survival,
  lower: survival === null ? null : Math.max(0, survival - 0.1),
  upper: survival === null ? null : Math.min(1, survival + 0.1),
  atRisk: survival === null ? null : 20,
});

describe('Kaplan–Meier chart geometry', () => {
  it('holds each value until the next month and drops there', () => {
    const steps = curveSteps([p(0, 1), p(1, 0.8), p(2, 0.6)]);
    expect(steps.map((s) => [s.from, s.to, s.value])).toEqual([
      [0, 1, 1],
      [1, 2, 0.8],
      [2, 2, 0.6],
    ]);
    const path = stepPath(
      steps,
      (m) => m * 10,
      (v) => 100 - v * 100,
    );
    // One line: level at 1 to month 1, down to 0.8, level to month 2, down to 0.6.
    expect(path).toBe('M0.0,0.0 L10.0,0.0 L10.0,20.0 L20.0,20.0 L20.0,40.0 L20.0,40.0');
  });

  it('draws no line across a hidden month: the drop there is not known', () => {
    const steps = curveSteps([p(0, 1), p(1, null), p(2, 0.5)]);
    expect(steps.map((s) => [s.from, s.to, s.value])).toEqual([
      [0, 1, 1],
      [2, 2, 0.5],
    ]);
    const path = stepPath(
      steps,
      (m) => m,
      (v) => v,
    );
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('ends the axis at the last shown month', () => {
    expect(
      lastMonth([
        [p(0, 1), p(5, 0.4), p(6, null)],
        [p(0, 1), p(3, 0.7)],
      ]),
    ).toBe(5);
    expect(lastMonth([[p(0, null)]])).toBe(1);
  });
});
