/**
 * Dutch clock time and instants around the DST changes of 2026: summer time starts on Sunday 29 March
 * (02:00 CET → 03:00 CEST, at 01:00 UTC) and ends on Sunday 25 October (03:00 CEST → 02:00 CET, at 01:00 UTC).
 */
import { describe, expect, it } from 'vitest';
import { addDays, fromLocal, localDate, offsetMinutes, reminderDue, reminderDueAt, toLocal } from './time.js';

const instant = (local: string) => {
  const r = fromLocal(local);
  if (!r.ok) {
    throw new Error(`${local}: ${r.reason}`);
  }
  return r;
};

describe('Amsterdam wall-clock time', () => {
  it('winter time is UTC+1, summer time UTC+2', () => {
    expect(instant('2026-01-15T10:00').instant.toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(instant('2026-07-01T10:00').instant.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(offsetMinutes(new Date('2026-01-15T09:00:00Z'))).toBe(60);
    expect(offsetMinutes(new Date('2026-07-01T08:00:00Z'))).toBe(120);
  });

  it('last Sunday of March: 01:59 is winter time, 02:00–02:59 does not exist, 03:00 is summer time', () => {
    expect(instant('2026-03-29T01:59').instant.toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(fromLocal('2026-03-29T02:00')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(fromLocal('2026-03-29T02:30')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(fromLocal('2026-03-29T02:59')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(instant('2026-03-29T03:00').instant.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // A webinar from 10:00 to 12:00 that day is two hours, at summer time.
    expect(instant('2026-03-29T10:00').instant.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    // The Saturday before is still winter time.
    expect(instant('2026-03-28T10:00').instant.toISOString()).toBe('2026-03-28T09:00:00.000Z');
  });

  it('last Sunday of October: 02:00–02:59 happens twice and means the first (summer time)', () => {
    const twice = instant('2026-10-25T02:30');
    expect(twice.ambiguous).toBe(true);
    expect(twice.instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instant('2026-10-25T01:59').instant.toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(instant('2026-10-25T03:00')).toEqual({
      ok: true,
      ambiguous: false,
      instant: new Date('2026-10-25T02:00:00.000Z'),
    });
    // Both UTC instants of the double hour show the same clock time.
    expect(toLocal(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30');
    expect(toLocal(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30');
    // An evening meeting 19:00–21:00 on that Sunday is at winter time.
    expect(instant('2026-10-25T19:00').instant.toISOString()).toBe('2026-10-25T18:00:00.000Z');
  });

  it('refuses impossible dates and malformed input', () => {
    expect(fromLocal('2026-02-30T10:00')).toEqual({ ok: false, reason: 'invalid' });
    expect(fromLocal('2026-02-28 10:00')).toEqual({ ok: false, reason: 'invalid' });
    expect(fromLocal('2026-02-28T24:00')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('round-trips every quarter of an hour through both change days', () => {
    for (const day of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const local = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const r = fromLocal(local);
        if (r.ok) {
          expect(toLocal(r.instant)).toBe(local);
        } else {
          expect(local.slice(11, 13)).toBe('02');
          expect(day.slice(5, 7)).toBe('03');
        }
      }
    }
  });

  it('calendar days: the local date, not the UTC date', () => {
    expect(localDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('reminder the day before', () => {
  it('is due at 09:00 Dutch time the day before, also across a DST change', () => {
    // Event on Sunday 29 March 10:00 CEST; reminder on Saturday 28 March 09:00 CET = 08:00 UTC.
    expect(reminderDueAt(instant('2026-03-29T10:00').instant).toISOString()).toBe('2026-03-28T08:00:00.000Z');
    // Event on Monday 26 October 10:00 CET; reminder on Sunday 25 October 09:00 CET = 08:00 UTC.
    expect(reminderDueAt(instant('2026-10-26T10:00').instant).toISOString()).toBe('2026-10-25T08:00:00.000Z');
    // Event on Sunday 25 October 14:00 CET; reminder on Saturday 24 October 09:00 CEST = 07:00 UTC.
    expect(reminderDueAt(instant('2026-10-25T14:00').instant).toISOString()).toBe('2026-10-24T07:00:00.000Z');
    // An event just after midnight: the reminder is the morning of the day before.
    expect(reminderDueAt(instant('2026-05-13T00:30').instant).toISOString()).toBe('2026-05-12T07:00:00.000Z');
  });

  it('is sent during the day before only, and not to someone who got their place after 09:00', () => {
    const startsAt = instant('2026-05-13T14:00').instant;
    const placedAt = new Date('2026-05-01T10:00:00Z');
    expect(reminderDue({ startsAt, placedAt, now: new Date('2026-05-12T06:59:00Z') })).toBe(false);
    expect(reminderDue({ startsAt, placedAt, now: new Date('2026-05-12T07:00:00Z') })).toBe(true);
    expect(reminderDue({ startsAt, placedAt, now: new Date('2026-05-12T21:59:00Z') })).toBe(true);
    // Midnight has passed: it is the day itself, "tomorrow" would be wrong.
    expect(reminderDue({ startsAt, placedAt, now: new Date('2026-05-12T22:00:00Z') })).toBe(false);
    // Registered (or moved up from the waiting list) at 11:00 on the day before: they just had a mail.
    expect(
      reminderDue({ startsAt, placedAt: new Date('2026-05-12T09:00:00Z'), now: new Date('2026-05-12T10:00:00Z') }),
    ).toBe(false);
  });
});
