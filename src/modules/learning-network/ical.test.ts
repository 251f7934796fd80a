/**
 * iCalendar output, parsed back with a real parser (ical.js): times across both DST changes come back as
 * the same instants through the included VTIMEZONE, text survives escaping and folding, lines are at most
 * 75 octets with CRLF, and UIDs and SEQUENCE are what calendars need.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from './ical.js';
import { fromLocal } from './time.js';

const at = (local: string) => {
  const r = fromLocal(local);
  if (!r.ok) {
    throw new Error(local);
  }
  return r.instant;
};

const base: CalendarEvent = {
  id: '7b0d2c1e-5f0a-4d52-9d7e-3c1f4a2b6e01',
  title: 'Kennisatelier: werkgevers, jobcarving; en meer',
  description: 'Eerste regel.\nTweede regel met een \\ backslash.',
  startsAt: at('2026-03-29T10:00'),
  endsAt: at('2026-03-29T12:30'),
  location: 'Stadskantoor Utrecht, Stadsplateau 1',
  onlineUrl: null,
  url: 'https://meedoen.example.nl/leernetwerk/activiteiten/7b0d2c1e-5f0a-4d52-9d7e-3c1f4a2b6e01',
  status: 'published',
  sequence: 2,
  category: 'Kennisatelier',
  createdAt: new Date('2026-01-05T09:00:00Z'),
  updatedAt: new Date('2026-02-10T13:14:15Z'),
};
const options = {
  name: 'Leernetwerk Lokaal & integraal werken aan participatie',
  uidHost: 'meedoen.example.nl',
  now: new Date('2026-02-11T08:00:00Z'),
  onlineLabel: 'Online meedoen',
};

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  return {
    root,
    events: root.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) })),
  };
}

describe('iCalendar output', () => {
  it('parses back: instants around both DST changes, through the VTIMEZONE', () => {
    const events: CalendarEvent[] = [
      base,
      // Saturday before summer time starts (CET), and the Sunday evening summer time ends (CET again).
      { ...base, id: 'a1', startsAt: at('2026-03-28T10:00'), endsAt: at('2026-03-28T11:00') },
      { ...base, id: 'a2', startsAt: at('2026-10-24T19:00'), endsAt: at('2026-10-24T21:00') },
      { ...base, id: 'a3', startsAt: at('2026-10-25T19:00'), endsAt: at('2026-10-25T21:00') },
      // Through the night of the change: 01:30 CEST to 04:00 CET is three and a half hours.
      { ...base, id: 'a4', startsAt: at('2026-10-25T01:30'), endsAt: at('2026-10-25T04:00') },
    ];
    const { root, events: parsed } = parse(buildCalendar(events, options));
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(parsed).toHaveLength(5);
    parsed.forEach(({ event }, i) => {
      expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
      expect(event.startDate.toJSDate().toISOString()).toBe(events[i]!.startsAt.toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(events[i]!.endsAt.toISOString());
    });
    expect(parsed[0]!.event.startDate.toJSDate().toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(parsed[1]!.event.startDate.toJSDate().toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(parsed[3]!.event.startDate.toJSDate().toISOString()).toBe('2026-10-25T18:00:00.000Z');
    const night = parsed[4]!.event;
    expect((night.endDate.toJSDate().getTime() - night.startDate.toJSDate().getTime()) / 3_600_000).toBe(3.5);
  });

  it('keeps text intact through escaping and folding, including long Dutch text with accents', () => {
    const long = `${'Coördinatie tussen Wmo, Jeugd én Werk & Inkomen; '.repeat(8)}einde.`;
    const e = { ...base, title: long, description: 'Regel 1\nRegel 2, met komma; en puntkomma\\' };
    const { events } = parse(buildCalendar([e], options));
    const [{ event, component }] = events as [(typeof events)[number]];
    expect(event.summary).toBe(long);
    expect(event.description).toBe(`Regel 1\nRegel 2, met komma; en puntkomma\\\n\n${base.url}`);
    expect(event.location).toBe(base.location);
    expect(event.uid).toBe(`${base.id}@meedoen.example.nl`);
    expect(event.sequence).toBe(2);
    expect(component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(component.getFirstPropertyValue('url')).toBe(base.url);
    expect(String(component.getFirstPropertyValue('dtstamp'))).toBe('2026-02-11T08:00:00Z');
  });

  it('lines end in CRLF and are at most 75 octets; folds never split a character', () => {
    const text = buildCalendar([{ ...base, title: 'é'.repeat(200), description: '€😀'.repeat(100) }], options);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    const { events } = parse(text);
    expect(events[0]!.event.summary).toBe('é'.repeat(200));
    expect(events[0]!.event.description.startsWith('€😀'.repeat(100))).toBe(true);
  });

  it('a cancelled event stays in the feed as CANCELLED with a higher SEQUENCE; online link in the description', () => {
    const cancelled = {
      ...base,
      status: 'cancelled' as const,
      sequence: 3,
      location: null,
      onlineUrl: 'https://meet.example.nl/abc-def',
    };
    const { events } = parse(buildCalendar([cancelled], { ...options, refreshHours: 6 }));
    const { event, component } = events[0]!;
    expect(component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(3);
    expect(event.location).toBe('https://meet.example.nl/abc-def');
    expect(event.description).toContain('Online meedoen: https://meet.example.nl/abc-def');
  });

  it('escapes and folds by the rules of RFC 5545', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(
      foldLine('x'.repeat(150))
        .split('\r\n')
        .map((l) => l.length),
    ).toEqual([75, 75, 2]);
  });
});
