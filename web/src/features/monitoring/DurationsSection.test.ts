import { describe, expect, it } from 'vitest';
import { shareAt, wholeMonths } from './DurationsSection';
import type { EffectCurve } from './types';

describe('durations per approach', () => {
  it('widens the dashboard period to whole months, leap years and month ends included', () => {
    expect(wholeMonths('2026-01-15', '2026-12-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(wholeMonths('2024-02-10', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(wholeMonths('2025-03-01', '2025-04-30')).toEqual({ from: '2025-03-01', to: '2025-04-30' });
    expect(wholeMonths('2025-11-05', '2026-02-03')).toEqual({ from: '2025-11-01', to: '2026-02-28' });
  });

  it('reads the share at a month: a number, hidden (x), or not followed any more (—)', () => {
    const curve: EffectCurve = {
      points: [
        { month: 0, survival: 1, lower: null, upper: null, atRisk: 25 },
        { month: 5, survival: null, lower: null, upper: null, atRisk: null },
        { month: 6, survival: 0.6, lower: 0.4, upper: 0.75, atRisk: 15 },
      ],
      truncatedAtMonth: 7,
      median: { estimate: null, lower: null, upper: null, withheld: false },
    };
    expect(shareAt(curve, 6, 'nl', 'x')).toBe('60 %');
    expect(shareAt(curve, 5, 'nl', 'x')).toBe('x');
    expect(shareAt(curve, 12, 'nl', 'x')).toBe('—');
  });
});
