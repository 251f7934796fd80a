/**
 * Wall-clock time in the Netherlands (Europe/Amsterdam) and instants, DST-correct.
 *
 * Events are entered as the time people see on the clock ("2026-03-29T10:00") and stored as instants.
 * Twice a year the clock jumps: on the last Sunday of March 02:00 becomes 03:00 (02:00–02:59 does not
 * exist), on the last Sunday of October 03:00 becomes 02:00 again (02:00–02:59 happens twice). A time
 * that does not exist is refused; a time that happens twice means the first time (summer time), which is
 * what people mean when they plan "half drie" on that night (it is also PostgreSQL's choice for the later
 * half; we choose explicitly instead of relying on it).
 */
export const ZONE = 'Europe/Amsterdam';

/** `YYYY-MM-DDTHH:MM` (minutes; no seconds, no offset). */
export const LOCAL_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallParts(instant: Date): WallParts {
  const get = (type: string) =>
    Number(partsFormat.formatToParts(instant).find((p) => p.type === type)?.value ?? Number.NaN);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset of Amsterdam from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date): number {
  const p = wallParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The wall-clock time in Amsterdam at `instant`, as `YYYY-MM-DDTHH:MM`. */
export function toLocal(instant: Date): string {
  const p = wallParts(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The calendar date in Amsterdam at `instant`, `YYYY-MM-DD`. */
export function localDate(instant: Date): string {
  return toLocal(instant).slice(0, 10);
}

export type LocalResult =
  { ok: true; instant: Date; ambiguous: boolean } | { ok: false; reason: 'invalid' | 'nonexistent' };

/**
 * The instant of an Amsterdam wall-clock time.
 * @param local - `YYYY-MM-DDTHH:MM`
 * @returns the instant; `nonexistent` for a time in the spring gap, `invalid` for a malformed or impossible date
 */
export function fromLocal(local: string): LocalResult {
  if (!new RegExp(LOCAL_PATTERN).test(local)) {
    return { ok: false, reason: 'invalid' };
  }
  const [date, time] = local.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  if (new Date(wallAsUtc).getUTCDate() !== d) {
    return { ok: false, reason: 'invalid' };
  }
  // The offsets in force around that wall time; each candidate instant is checked by converting back.
  const offsets = new Set([-6, 0, 6].map((hours) => offsetMinutes(new Date(wallAsUtc + hours * 3_600_000))));
  const candidates = [...offsets]
    .map((off) => new Date(wallAsUtc - off * 60_000))
    .filter((instant) => toLocal(instant) === local)
    .sort((a, b) => a.getTime() - b.getTime());
  const first = candidates[0];
  if (!first) {
    return { ok: false, reason: 'nonexistent' };
  }
  return { ok: true, instant: first, ambiguous: candidates.length > 1 };
}

/** The instant of `YYYY-MM-DD` at `HH:MM` in Amsterdam, for times known to exist (e.g. 09:00). */
function at(date: string, time: string): Date {
  const result = fromLocal(`${date}T${time}`);
  if (!result.ok) {
    throw new Error(`${date}T${time} does not exist in ${ZONE}`);
  }
  return result.instant;
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** When the reminder of an event is due: 09:00 Amsterdam time on the calendar day before it starts. */
export const REMINDER_TIME = '09:00';
export function reminderDueAt(startsAt: Date): Date {
  return at(addDays(localDate(startsAt), -1), REMINDER_TIME);
}

/**
 * Whether a registration should get its reminder now: it is the calendar day before the event, from 09:00
 * on, and the person had their place before 09:00 that day (someone who registers or is moved up later has
 * just had a mail about it). A reminder missed that day (the server was down) is not sent on the day
 * itself: it would say "tomorrow".
 */
export function reminderDue(args: { startsAt: Date; placedAt: Date; now: Date }): boolean {
  const due = reminderDueAt(args.startsAt);
  return args.now >= due && localDate(args.now) === localDate(due) && args.placedAt < due;
}
