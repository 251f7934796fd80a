/**
 * The rules of employer services, pure: KvK and SBI formats, postcodes, ISO weeks and the IPS week signal
 * of employer contacts, and the vacancy status changes. No database; the services call these.
 */

/**
 * A KvK number (Kamer van Koophandel, Handelsregister): 8 digits. Only the format is checked: the KvK
 * publishes no check digit for KvK numbers (unlike the BSN's 11-test or the 12-digit vestigingsnummer,
 * which is not a check digit either), so any 8 digits may be a real number. Spaces and dots that forms
 * often show ("1234 5678", "12.34.56.78") are removed first.
 * @returns the 8 digits, or null when the input is not a KvK number
 */
export function normaliseKvk(input: string): string | null {
  const digits = input.replace(/[\s.]/g, '');
  return /^[0-9]{8}$/.test(digits) ? digits : null;
}

/**
 * SBI 2008 (Standaard Bedrijfsindeling, CBS; the Dutch version of NACE Rev. 2): sections by their 2-digit
 * divisions. Used to show the sector of an SBI code; an SBI code is 2 to 5 digits (division, group, class,
 * subclass). SBI 2025 (NACE Rev. 2.1) renumbers some sections; that edition is not applied here.
 */
const SBI_SECTIONS: readonly { section: string; from: number; to: number; nl: string; en: string }[] = [
  { section: 'A', from: 1, to: 3, nl: 'Landbouw, bosbouw en visserij', en: 'Agriculture, forestry and fishing' },
  { section: 'B', from: 6, to: 9, nl: 'Winning van delfstoffen', en: 'Mining and quarrying' },
  { section: 'C', from: 10, to: 33, nl: 'Industrie', en: 'Manufacturing' },
  { section: 'D', from: 35, to: 35, nl: 'Energievoorziening', en: 'Electricity and gas supply' },
  { section: 'E', from: 36, to: 39, nl: 'Water en afval', en: 'Water supply and waste management' },
  { section: 'F', from: 41, to: 43, nl: 'Bouw', en: 'Construction' },
  { section: 'G', from: 45, to: 47, nl: 'Handel', en: 'Wholesale and retail trade' },
  { section: 'H', from: 49, to: 53, nl: 'Vervoer en opslag', en: 'Transportation and storage' },
  { section: 'I', from: 55, to: 56, nl: 'Horeca', en: 'Accommodation and food service' },
  { section: 'J', from: 58, to: 63, nl: 'Informatie en communicatie', en: 'Information and communication' },
  { section: 'K', from: 64, to: 66, nl: 'Financiële dienstverlening', en: 'Financial services' },
  { section: 'L', from: 68, to: 68, nl: 'Verhuur en handel van onroerend goed', en: 'Real estate' },
  {
    section: 'M',
    from: 69,
    to: 75,
    nl: 'Specialistische zakelijke diensten',
    en: 'Professional, scientific and technical activities',
  },
  {
    section: 'N',
    from: 77,
    to: 82,
    nl: 'Verhuur en overige zakelijke diensten',
    en: 'Administrative and support services',
  },
  { section: 'O', from: 84, to: 84, nl: 'Openbaar bestuur', en: 'Public administration' },
  { section: 'P', from: 85, to: 85, nl: 'Onderwijs', en: 'Education' },
  { section: 'Q', from: 86, to: 88, nl: 'Gezondheids- en welzijnszorg', en: 'Human health and social work' },
  { section: 'R', from: 90, to: 93, nl: 'Cultuur, sport en recreatie', en: 'Arts, entertainment and recreation' },
  { section: 'S', from: 94, to: 96, nl: 'Overige dienstverlening', en: 'Other service activities' },
  { section: 'T', from: 97, to: 98, nl: 'Huishoudens als werkgever', en: 'Households as employers' },
  { section: 'U', from: 99, to: 99, nl: 'Extraterritoriale organisaties', en: 'Extraterritorial organisations' },
];

export function isSbiFormat(code: string): boolean {
  return /^[0-9]{2,5}$/.test(code);
}

/** The SBI 2008 section of a code (by its first two digits), or null when the division is not in SBI 2008. */
export function sbiSection(code: string): { section: string; nl: string; en: string } | null {
  if (!isSbiFormat(code)) {
    return null;
  }
  const division = Number(code.slice(0, 2));
  const hit = SBI_SECTIONS.find((s) => division >= s.from && division <= s.to);
  return hit ? { section: hit.section, nl: hit.nl, en: hit.en } : null;
}

/** A Dutch postcode "1234 ab" → "1234AB"; null when it is not one (4 digits, not starting with 0, 2 letters). */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/\s/g, '').toUpperCase();
  return /^[1-9][0-9]{3}[A-Z]{2}$/.test(compact) ? compact : null;
}

const MS_PER_DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const fromDay = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Adds days to an ISO date (YYYY-MM-DD). */
export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export interface IsoWeek {
  /** "2026-W49" */
  week: string;
  /** Monday */
  from: string;
  /** Sunday */
  to: string;
}

/** The ISO 8601 week of a date: weeks start on Monday; week 1 is the week with the year's first Thursday. */
export function isoWeekOf(iso: string): IsoWeek {
  const monday = addDays(iso, 1 - isoWeekday(iso));
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toDay(thursday) - toDay(`${year}-01-01`)) / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, from: monday, to: addDays(monday, 6) };
}

/** "2026-W49" → that week; null when there is no such week (W53 exists only in some years). */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = /^([0-9]{4})-W([0-9]{2})$/.exec(text);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || year < 2000 || year > 2100) {
    return null;
  }
  // 4 January is always in week 1.
  const jan4 = `${year}-01-04`;
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
  const found = isoWeekOf(monday);
  return found.week === text ? found : null;
}

/**
 * IPS systematic job development: an employment specialist makes at least six employer contacts a week
 * (IPS-25 fidelity item "job development — frequent employer contact", top score: six face-to-face
 * contacts a week; DOMAIN.md §1.2, marked [P]). Face-to-face means a visit or a meeting at an event.
 */
export const IPS_EMPLOYER_CONTACTS_NORM = 6;
export const FACE_TO_FACE_KINDS: readonly string[] = ['visit', 'event'];

export type WeekSignalStatus = 'met' | 'onTrack' | 'behind';

export interface WeekSignal {
  week: string;
  from: string;
  to: string;
  norm: number;
  /** Face-to-face contacts (visit, event): what the norm counts. */
  faceToFace: number;
  /** Every logged contact, phone and e-mail too. */
  total: number;
  /** Contacts expected by `asOf` at an even pace over the working days (Mon–Fri): ⌈norm × working days completed ÷ 5⌉. */
  expectedSoFar: number;
  /**
   * met: the norm is reached; onTrack: not yet, but at least what is expected by now; behind: fewer.
   * For a week that has ended, "onTrack" cannot happen: it is met or behind.
   */
  status: WeekSignalStatus;
}

/**
 * The live signal for one professional's week.
 * @param asOf - today (NL); a week in the past counts as complete, a week in the future as not started
 */
export function weekSignal(
  week: IsoWeek,
  counts: { faceToFace: number; total: number },
  asOf: string,
  norm = IPS_EMPLOYER_CONTACTS_NORM,
): WeekSignal {
  // Working days completed before `asOf`: on Monday none yet, on Saturday and Sunday all five.
  const workdaysGone = asOf > week.to ? 5 : asOf < week.from ? 0 : Math.min(5, isoWeekday(asOf) - 1);
  const expectedSoFar = Math.ceil((norm * workdaysGone) / 5);
  const status: WeekSignalStatus =
    counts.faceToFace >= norm ? 'met' : counts.faceToFace >= expectedSoFar && asOf <= week.to ? 'onTrack' : 'behind';
  return { ...week, norm, faceToFace: counts.faceToFace, total: counts.total, expectedSoFar, status };
}

export type VacancyStatus = 'open' | 'filled' | 'withdrawn';

export type StatusChangeError = 'same-status' | 'not-open' | 'before-opened' | 'before-closed';

/**
 * Vacancy status changes: an open vacancy is filled or withdrawn (on a date not before it opened); a
 * filled or withdrawn vacancy can be opened again (on a new date), which clears the earlier outcome.
 * Filled ↔ withdrawn directly is refused: open it again first.
 */
export function checkStatusChange(
  current: { status: VacancyStatus; openedOn: string; closedOn: string | null },
  next: VacancyStatus,
  on: string,
): StatusChangeError | null {
  if (current.status === next) {
    return 'same-status';
  }
  if (next !== 'open' && current.status !== 'open') {
    return 'not-open';
  }
  if (next !== 'open' && on < current.openedOn) {
    return 'before-opened';
  }
  if (next === 'open' && current.closedOn !== null && on < current.closedOn) {
    return 'before-closed';
  }
  return null;
}
