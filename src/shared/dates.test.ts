import { describe, expect, it } from 'vitest';
import { todayInNl, yearsBetween } from './dates.js';

describe('dates in the Netherlands', () => {
  it('today follows Amsterdam time, not UTC (23:30 UTC on 31 March is already 1 April in summer time)', () => {
    expect(todayInNl(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(todayInNl(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayInNl(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('counts an age in whole years, the birthday itself included', () => {
    expect(yearsBetween('2000-06-15', '2026-06-14')).toBe(25);
    expect(yearsBetween('2000-06-15', '2026-06-15')).toBe(26);
    expect(yearsBetween('2008-02-29', '2026-02-28')).toBe(17);
    expect(yearsBetween('2008-02-29', '2026-03-01')).toBe(18);
  });
});
