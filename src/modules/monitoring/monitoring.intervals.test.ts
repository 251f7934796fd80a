import { describe, expect, it } from 'vitest';
import { intervalsOf } from './monitoring.indicators.service.js';

describe('the points of the figures over time', () => {
  it('are the months of the period, the first and last clipped to it', () => {
    expect(intervalsOf('2026-01-15', '2026-03-10', 'month')).toEqual([
      { key: '2026-01', from: '2026-01-15', to: '2026-01-31' },
      { key: '2026-02', from: '2026-02-01', to: '2026-02-28' },
      { key: '2026-03', from: '2026-03-01', to: '2026-03-10' },
    ]);
  });

  it('cross a year end and know leap years', () => {
    expect(intervalsOf('2023-12-01', '2024-02-29', 'month').map((p) => [p.key, p.to])).toEqual([
      ['2023-12', '2023-12-31'],
      ['2024-01', '2024-01-31'],
      ['2024-02', '2024-02-29'],
    ]);
  });

  it('are quarters when asked, starting at the quarter the period starts in', () => {
    expect(intervalsOf('2025-05-10', '2026-01-20', 'quarter')).toEqual([
      { key: '2025-Q2', from: '2025-05-10', to: '2025-06-30' },
      { key: '2025-Q3', from: '2025-07-01', to: '2025-09-30' },
      { key: '2025-Q4', from: '2025-10-01', to: '2025-12-31' },
      { key: '2026-Q1', from: '2026-01-01', to: '2026-01-20' },
    ]);
  });

  it('cover every day of a period once, for any period of up to five years', () => {
    for (const [from, to] of [
      ['2021-02-27', '2026-02-26'],
      ['2026-06-30', '2026-06-30'],
      ['2024-01-31', '2024-03-01'],
    ] as const) {
      for (const interval of ['month', 'quarter'] as const) {
        const points = intervalsOf(from, to, interval);
        expect(points[0]!.from).toBe(from);
        expect(points.at(-1)!.to).toBe(to);
        for (let i = 1; i < points.length; i++) {
          const next = new Date(`${points[i - 1]!.to}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          expect(points[i]!.from).toBe(next.toISOString().slice(0, 10));
        }
      }
    }
  });
});
