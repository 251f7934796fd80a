import { describe, expect, it } from 'vitest';
import { ageOn, amsterdamIso, dayAndTimeOf, formatDate, formatDayOf, localInputOf, todayInNl } from './dates';

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

describe('moments in the Netherlands', () => {
  it('sends a typed time with the Amsterdam offset of that day, winter and summer', () => {
    expect(amsterdamIso('2026-12-08T10:00')).toBe('2026-12-08T10:00:00+01:00');
    expect(amsterdamIso('2026-07-01T09:30')).toBe('2026-07-01T09:30:00+02:00');
    // The night the clocks go back: 03:30 is after the change (winter time again).
    expect(amsterdamIso('2026-10-25T03:30')).toBe('2026-10-25T03:30:00+01:00');
    expect(Date.parse(amsterdamIso('2026-12-08T10:00'))).toBe(Date.parse('2026-12-08T09:00:00Z'));
  });

  it('shows a stored moment as the time it was in the Netherlands', () => {
    expect(localInputOf('2026-12-08T09:00:00.000Z')).toBe('2026-12-08T10:00');
    expect(localInputOf('2026-07-01T07:30:00Z')).toBe('2026-07-01T09:30');
    expect(localInputOf(amsterdamIso('2026-03-30T23:45'))).toBe('2026-03-30T23:45');
    expect(dayAndTimeOf('2026-12-08T09:00:00Z', 'nl')).toEqual({ day: 'dinsdag 8 december 2026', time: '10:00' });
  });
});
