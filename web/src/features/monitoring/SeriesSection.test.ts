import { describe, expect, it } from 'vitest';
import { pointLabel, pointName } from './SeriesSection';
import { roundAbove } from './charts/ColumnChart';

describe('figures over time', () => {
  it('labels months short on the axis, with the year when the period spans two', () => {
    expect(pointLabel('2026-03', 'nl', false, 'K')).toBe('mrt');
    expect(pointLabel('2026-03', 'nl', true, 'K')).toBe('mrt 26');
    expect(pointLabel('2026-03', 'en', false, 'Q')).toBe('Mar');
    expect(pointLabel('2025-Q4', 'nl', false, 'K')).toBe('K4 2025');
  });

  it('names months in full in the table', () => {
    expect(pointName('2026-01', 'nl', 'K')).toBe('januari 2026');
    expect(pointName('2026-01', 'en', 'Q')).toBe('January 2026');
    expect(pointName('2026-Q2', 'en', 'Q')).toBe('Q2 2026');
  });

  it('ends a count scale at a round number not below the largest value', () => {
    expect([4, 10, 11, 120, 199, 201, 4800, 12345].map(roundAbove)).toEqual([10, 10, 20, 200, 200, 500, 5000, 20000]);
  });
});
