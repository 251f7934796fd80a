/**
 * Calendar dates (`YYYY-MM-DD`, no time) as people in the Netherlands see them. The server's dates are
 * days in Europe/Amsterdam (src/shared/dates.ts), so "today" is computed there too, not in UTC: a phase
 * change entered at 00:30 must not land on yesterday.
 */

/** Today's date in the Netherlands, `YYYY-MM-DD` (the default for referral, phase-change and consent dates). */
export function todayInNl(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/**
 * A calendar date in words, in the UI language: "3 november 2026" / "3 November 2026". The date is
 * formatted in UTC because `YYYY-MM-DD` parses as UTC midnight; any other zone could shift the day.
 */
export function formatDate(date: string, lang: string, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );
}

/** The calendar day of a timestamp in the Netherlands, in words (for "recorded on …"). */
export function formatDayOf(iso: string, lang: string): string {
  return formatDate(todayInNl(new Date(iso)), lang);
}

/** Whole years from `dateOfBirth` to `on` (both `YYYY-MM-DD`): the age on that day. */
export function ageOn(dateOfBirth: string, on: string = todayInNl()): number {
  const [fy, fm, fd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = on.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
