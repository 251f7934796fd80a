/**
 * iCalendar (RFC 5545) for events of the learning network: one file per event ("Zet in agenda") and a
 * feed per network that calendar apps subscribe to.
 *
 * - Times carry TZID=Europe/Amsterdam with the VTIMEZONE included (summer time from the last Sunday of
 *   March, winter time from the last Sunday of October), so a calendar shows the Dutch time whatever
 *   zone it is in; DTSTAMP, CREATED and LAST-MODIFIED are UTC.
 * - UIDs are stable (`<event id>@<host>`), SEQUENCE is the event's own counter (raised on every change of
 *   time, place or status) and METHOD is PUBLISH: the file informs, it asks nothing back. A cancelled
 *   event stays in the feed with STATUS:CANCELLED so subscribed calendars remove it.
 * - Text is escaped (backslash, semicolon, comma, newline), lines end in CRLF and are folded at 75 octets
 *   without splitting a UTF-8 character.
 */
import { toLocal, ZONE } from './time.js';

export interface CalendarEvent {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  /** The event's page in Meedoen. */
  url: string;
  status: 'draft' | 'published' | 'cancelled';
  sequence: number;
  /** What kind of event it is, in the reader's words (CATEGORIES). */
  category: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CalendarOptions {
  /** Name of the calendar (feed) or of the event's network. */
  name: string;
  /** Host part of the UIDs, e.g. `meedoen.example.nl`. */
  uidHost: string;
  /** DTSTAMP: when this calendar object was made. */
  now: Date;
  /** For a feed: how often to refresh (RFC 7986 REFRESH-INTERVAL). */
  refreshHours?: number;
  /** The label in the description that introduces the online link ("Online meedoen"). */
  onlineLabel: string;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11); control characters other than newline are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('')
    .filter((c) => c === '\n' || (c >= ' ' && c !== '\u007f'))
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds one content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** UTC date-time `YYYYMMDDTHHMMSSZ`. */
export function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Amsterdam wall-clock date-time `YYYYMMDDTHHMMSS`, to go with TZID. */
function localStamp(instant: Date): string {
  return `${toLocal(instant).replace(/[-:]/g, '')}00`;
}

function eventLines(e: CalendarEvent, options: CalendarOptions): string[] {
  const description = [e.description.trim(), e.onlineUrl ? `${options.onlineLabel}: ${e.onlineUrl}` : '', e.url]
    .filter((part) => part !== '')
    .join('\n\n');
  const location = e.location ?? e.onlineUrl;
  return [
    'BEGIN:VEVENT',
    `UID:${e.id}@${options.uidHost}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `CREATED:${utcStamp(e.createdAt)}`,
    `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTART;TZID=${ZONE}:${localStamp(e.startsAt)}`,
    `DTEND;TZID=${ZONE}:${localStamp(e.endsAt)}`,
    `SUMMARY:${escapeText(e.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    `URL:${e.url}`,
    `CATEGORIES:${escapeText(e.category)}`,
    `STATUS:${e.status === 'cancelled' ? 'CANCELLED' : e.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/**
 * A complete VCALENDAR with the given events (one for an event's file, all of a network for its feed).
 * @returns the text, CRLF line endings, folded
 */
export function buildCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Meedoen//Leernetwerk//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.name)}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${ZONE}`,
    ...(options.refreshHours
      ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${options.refreshHours}H`, `X-PUBLISHED-TTL:PT${options.refreshHours}H`]
      : []),
    ...VTIMEZONE,
    ...events.flatMap((e) => eventLines(e, options)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
