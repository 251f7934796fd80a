import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, formatDayOf, todayInNl } from './dates';

describe('calendar dates', () => {
  it('today is the day in the Netherlands, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter).
    expect(todayInNl(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInNl(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('writes a date in Dutch and in English without shifting the day', () => {
    expect(formatDate('2026-11-03', 'nl')).toBe('3 november 2026');
    expect(formatDate('2026-11-03', 'en')).toBe('3 November 2026');
    expect(formatDayOf('2026-11-02T23:30:00Z', 'nl')).toBe('3 november 2026');
  });

  it('counts an age in whole years, the birthday itself included', () => {
    expect(ageOn('2000-03-15', '2026-03-14')).toBe(25);
    expect(ageOn('2000-03-15', '2026-03-15')).toBe(26);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });
});
