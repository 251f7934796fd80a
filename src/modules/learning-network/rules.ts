/**
 * The rules of registration, kept apart from SQL so they can be checked against worked examples
 * (rules.test.ts). The service applies them while it holds the event's row lock, so the counts it passes
 * in cannot change underneath it.
 */
import type { Language } from '../../platform/i18n/i18n.js';
import { ZONE } from './time.js';

/**
 * Where a new request for a place goes: a place while there is room and nobody waits (someone on the
 * waiting list is never passed over), otherwise the end of the waiting list.
 */
export function placeFor(args: { capacity: number; placed: number; waiting: number }): 'registered' | 'waitlisted' {
  return args.placed < args.capacity && args.waiting === 0 ? 'registered' : 'waitlisted';
}

/** How many people from the waiting list get a place now: as many as there are free places, at most all who wait. */
export function placesToFill(args: { capacity: number; placed: number; waiting: number }): number {
  return Math.max(0, Math.min(args.capacity - args.placed, args.waiting));
}

/** The states an event may go to from each state (drafts are never shown again once published). */
const TRANSITIONS: Record<'draft' | 'published' | 'cancelled', readonly string[]> = {
  draft: ['draft', 'published', 'cancelled'],
  published: ['published', 'cancelled'],
  cancelled: ['cancelled'],
};
export function mayMoveTo(from: 'draft' | 'published' | 'cancelled', to: 'draft' | 'published' | 'cancelled'): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * An event's time for people, in their language, on the Dutch clock: "dinsdag 31 maart 2026, 10:00–12:00"
 * (another day for the end when it ends on a later day).
 */
export function formatEventTime(startsAt: Date, endsAt: Date, lang: Language): string {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const sameDay = day.format(startsAt) === day.format(endsAt);
  return sameDay
    ? `${day.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)}`
    : `${day.format(startsAt)}, ${time.format(startsAt)} – ${day.format(endsAt)}, ${time.format(endsAt)}`;
}
