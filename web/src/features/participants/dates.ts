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

/** The offset of Europe/Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - at.getTime()) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A `datetime-local` value (`YYYY-MM-DDTHH:mm`, a wall-clock time in the Netherlands) as an ISO
 * timestamp with the Europe/Amsterdam offset of that moment: `2026-12-08T10:00:00+01:00` in winter,
 * `+02:00` in summer. The browser's own time zone plays no part, so a laptop set to another zone still
 * sends the time the job coach typed.
 */
export function amsterdamIso(local: string): string {
  const wall = local.slice(0, 16);
  const asUtc = Date.parse(`${wall}:00Z`);
  // The offset depends on the instant, which depends on the offset: two rounds settle it (also around DST).
  let offset = amsterdamOffsetMinutes(new Date(asUtc - 60 * 60_000));
  offset = amsterdamOffsetMinutes(new Date(asUtc - offset * 60_000));
  const abs = Math.abs(offset);
  return `${wall}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A timestamp as a `datetime-local` value in the Netherlands' time zone (the reverse of {@link amsterdamIso}). */
export function localInputOf(iso: string): string {
  const at = new Date(iso);
  const shifted = new Date(at.getTime() + amsterdamOffsetMinutes(at) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** A moment in words for a participant: "dinsdag 8 december 2026" and "10:00", in the Netherlands' time zone. */
export function dayAndTimeOf(iso: string, lang: string): { day: string; time: string } {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const at = new Date(iso);
  return {
    day: new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(at),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(
      at,
    ),
  };
}

/** A number in the UI language: 24,5 in Dutch, 24.5 in English. */
export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(n);
}
