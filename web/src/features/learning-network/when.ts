/** An event's day and time on the Dutch clock, in the UI language: "dinsdag 31 maart 2026, 10:00–12:00". */
export function eventWhen(startsAt: string, endsAt: string, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  return day.format(start) === day.format(end)
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}
