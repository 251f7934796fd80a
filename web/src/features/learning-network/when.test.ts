import { describe, expect, it } from 'vitest';
import { eventWhen } from './when';

describe('eventWhen', () => {
  it('shows Dutch clock time on both sides of the DST change', () => {
    // Saturday 28 March 2026 is winter time (UTC+1), Sunday 29 March summer time (UTC+2).
    expect(eventWhen('2026-03-28T09:00:00Z', '2026-03-28T10:00:00Z', 'nl')).toBe('zaterdag 28 maart 2026, 10:00–11:00');
    expect(eventWhen('2026-03-29T08:00:00Z', '2026-03-29T10:30:00Z', 'nl')).toBe('zondag 29 maart 2026, 10:00–12:30');
  });
  it('names both days for an event over several days', () => {
    expect(eventWhen('2026-06-01T07:00:00Z', '2026-06-02T14:00:00Z', 'en')).toBe(
      'Monday, 1 June 2026, 09:00 – Tuesday, 2 June 2026, 16:00',
    );
  });
});
