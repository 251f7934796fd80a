/** Dates and times in the Netherlands' time zone, in the UI language. */
export function formatDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** A file size as people read it: "1 kB" at least, "1,4 MB" from a megabyte on. */
export function formatBytes(n: number, lang: string): string {
  const format = (v: number) => v.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  return n >= 1024 * 1024 ? `${format(n / (1024 * 1024))} MB` : `${format(Math.max(1, n / 1024))} kB`;
}
