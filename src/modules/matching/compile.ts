/**
 * Candidates and vacancies turned into flat typed arrays once, so that comparing one pair in the inner loop
 * reads numbers only: no maps, no strings except certificate codes and kind-of-work words, no allocation.
 */
import { fmlItem } from '../capacity/fml.js';
import { ACCOMMODATION_CODES, accommodationRule, isAccommodationCode } from './accommodations.js';
import { capacityProfile, type CapacityProfile } from './capacity.js';
import {
  HOURS_PER_DAY_BY_LEVEL,
  HOURS_PER_WEEK_BY_LEVEL,
  IS_ORDINAL,
  JOB_LEVEL_ITEMS,
  PERIOD_EVENING,
  PERIOD_NIGHT,
  SLOT_COUNT,
  SLOT_HOURS_PER_DAY,
  SLOT_HOURS_PER_WEEK,
  SLOT_PERIODS,
  maskOf,
  slotOf,
} from './fml-index.js';
import { withIncluded } from './licences.js';
import { DEFAULT_MODES, type Located, type TravelEstimator } from './travel.js';
import { LANGUAGE_LEVELS, type Candidate, type Day, type DayPart, type Transport, type Vacancy } from './types.js';

/** At most this many tasks per job: a task set is one 32-bit mask. */
export const MAX_TASKS = 30;
/** Up to this many carvable tasks, carving for hours searches every set of them (2^12 = 4096 sets). */
export const MAX_EXACT_CARVABLE = 12;

function carveSubsets(carvable: readonly { t: number; share: number }[]): { masks: Int32Array; shares: Float64Array } {
  if (carvable.length > MAX_EXACT_CARVABLE) {
    return { masks: new Int32Array(0), shares: new Float64Array(0) };
  }
  const subsets: { mask: number; share: number; size: number }[] = [];
  for (let pick = 0; pick < 1 << carvable.length; pick++) {
    let mask = 0;
    let share = 0;
    let size = 0;
    carvable.forEach((x, i) => {
      if ((pick & (1 << i)) !== 0) {
        mask |= 1 << x.t;
        share += x.share;
        size++;
      }
    });
    subsets.push({ mask, share, size });
  }
  subsets.sort((a, b) => a.share - b.share || a.size - b.size || a.mask - b.mask);
  return { masks: Int32Array.from(subsets, (x) => x.mask), shares: Float64Array.from(subsets, (x) => x.share) };
}

const DAY_BITS: Readonly<Record<Day, number>> = { mon: 1, tue: 2, wed: 4, thu: 8, fri: 16, sat: 32, sun: 64 };
export const TRANSPORT_LIST: readonly Transport[] = ['onFoot', 'bicycle', 'moped', 'car', 'publicTransport'];

function unwantedPeriods(parts: readonly DayPart[]): number {
  if (parts.length === 0) {
    return 0;
  }
  return (parts.includes('evening') ? 0 : 1 << PERIOD_EVENING) | (parts.includes('night') ? 0 : 1 << PERIOD_NIGHT);
}

export function dayMask(days: readonly Day[]): number {
  let mask = 0;
  for (const day of days) {
    mask |= DAY_BITS[day];
  }
  return mask;
}

const MS_PER_DAY = 86_400_000;
/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD), or NaN. */
export function dayNumber(iso: string | null): number {
  if (iso === null) {
    return NaN;
  }
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / MS_PER_DAY) : NaN;
}

/** Lower case, without accents, single spaces. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
}

/** Dutch filler words left out of a wish such as "in de zorg". */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  'in',
  'en',
  'of',
  'met',
  'bij',
  'op',
  'van',
  'als',
  'voor',
  'iets',
]);

function termWords(text: string): string[] {
  return words(text).filter((w) => !STOP_WORDS.has(w));
}

export interface CompiledCandidate {
  readonly id: string;
  readonly source: Candidate;
  readonly profile: CapacityProfile;
  /** Ordinal level per FML slot (0 = norm). */
  readonly ordinal: Int8Array;
  /** Bit set of codes per FML slot for 'single'/'multiple' items. */
  readonly sets: Int32Array;
  /** Most hours a week: the lower of the FML (VI.3) and the person's own maximum. */
  readonly hoursLimit: number;
  readonly hoursLimitBy: 'capacity' | 'wish' | 'none';
  readonly hoursPerDayLimit: number;
  /** Bits PERIOD_EVENING / PERIOD_NIGHT the person cannot work (VI.1). */
  readonly periods: number;
  readonly hoursWishMin: number;
  readonly days: number;
  /** Bits PERIOD_EVENING / PERIOD_NIGHT the person does not want (day parts wished, evening/night not among them). */
  readonly unwantedPeriods: number;
  readonly maxTravel: number;
  readonly modes: readonly Transport[];
  readonly located: Located | null;
  readonly certificates: ReadonlySet<string>;
  readonly licences: ReadonlySet<string>;
  /** Index in LANGUAGE_LEVELS, or -1 when unknown. */
  readonly language: number;
  /** Each wished kind of work as its words; a term matches when all its words match. */
  readonly kindTerms: readonly (readonly string[])[];
  readonly kindLabels: readonly string[];
  readonly skillTerms: readonly (readonly string[])[];
  readonly skillLabels: readonly string[];
  readonly sectors: readonly string[];
  /** Day number from which the person can start (NaN: now). */
  readonly availableDay: number;
}

export function compileCandidate(candidate: Candidate, travel: TravelEstimator): CompiledCandidate {
  const profile = capacityProfile(candidate.assessments);
  const ordinal = new Int8Array(SLOT_COUNT);
  const sets = new Int32Array(SLOT_COUNT);
  for (const [itemId, levels] of profile.answers) {
    const slot = slotOf(itemId);
    if (IS_ORDINAL[slot] === 1) {
      ordinal[slot] = levels[0] ?? 0;
    } else {
      sets[slot] = maskOf(levels);
    }
  }
  const wishes = candidate.wishes;
  const capacityHours = HOURS_PER_WEEK_BY_LEVEL[ordinal[SLOT_HOURS_PER_WEEK] ?? 0] ?? Infinity;
  const wishHours = wishes.hoursMax ?? Infinity;
  const hoursLimit = Math.min(capacityHours, wishHours);
  const kinds = wishes.kindsOfWork.map(normalise).filter((t) => t !== '');
  const skills = candidate.skills.map(normalise).filter((t) => t !== '');
  return {
    id: candidate.id,
    source: candidate,
    profile,
    ordinal,
    sets,
    hoursLimit,
    hoursLimitBy: hoursLimit === Infinity ? 'none' : capacityHours <= wishHours ? 'capacity' : 'wish',
    hoursPerDayLimit: HOURS_PER_DAY_BY_LEVEL[ordinal[SLOT_HOURS_PER_DAY] ?? 0] ?? Infinity,
    periods: (sets[SLOT_PERIODS] ?? 0) & ((1 << PERIOD_EVENING) | (1 << PERIOD_NIGHT)),
    hoursWishMin: wishes.hoursMin ?? 0,
    days: dayMask(wishes.days),
    unwantedPeriods: unwantedPeriods(wishes.dayParts ?? []),
    maxTravel: wishes.maxTravelMinutes ?? Infinity,
    modes: wishes.transport.length > 0 ? [...wishes.transport] : DEFAULT_MODES,
    located: travel.locate(candidate.place),
    certificates: new Set(candidate.certificates.map(normalise)),
    licences: withIncluded(candidate.drivingLicences),
    language: candidate.languageLevel === null ? -1 : LANGUAGE_LEVELS.indexOf(candidate.languageLevel),
    kindTerms: kinds.map(termWords),
    kindLabels: wishes.kindsOfWork.map((t) => t.trim()).filter((t) => t !== ''),
    skillTerms: skills.map(termWords),
    skillLabels: candidate.skills.map((t) => t.trim()).filter((t) => t !== ''),
    sectors: wishes.sectors.map(normalise).filter((s) => s !== ''),
    availableDay: dayNumber(candidate.availableFrom),
  };
}

export interface CompiledVacancy {
  readonly id: string;
  readonly source: Vacancy;
  readonly taskCount: number;
  readonly taskShare: Float64Array;
  readonly taskCarvable: Uint8Array;
  /** Demands of task t are entries demandStart[t] … demandStart[t + 1] − 1. */
  readonly demandStart: Int32Array;
  readonly demandSlot: Int16Array;
  /** Ordinal: the level tolerated; set items: the bit set of conflicting codes. */
  readonly demandValue: Int32Array;
  /** Highest capacity level the offered accommodations make workable per slot (−1: none). */
  readonly resolveUpTo: Int8Array;
  /** Codes the offered accommodations provide per slot. */
  readonly resolveMask: Int32Array;
  readonly accHoursPerDay: boolean;
  readonly accPeriods: boolean;
  readonly accDays: boolean;
  readonly hoursMin: number;
  readonly hoursMax: number;
  readonly hoursPerDay: number;
  /** Bits PERIOD_EVENING / PERIOD_NIGHT the job needs. */
  readonly periods: number;
  readonly days: number;
  readonly located: Located | null;
  readonly certificates: readonly string[];
  readonly licence: string | null;
  readonly language: number;
  /** Words describing the work: title, keywords, occupation code. */
  readonly words: readonly string[];
  readonly sector: string | null;
  readonly startDay: number;
  /** Carvable task indexes, smallest share first (ties: task order). */
  readonly carveAscending: Int8Array;
  /**
   * Every set of carvable tasks (as a task mask), smallest total share first (ties: fewer tasks, then the
   * lower mask), with its share — when there are at most {@link MAX_EXACT_CARVABLE} carvable tasks; empty
   * otherwise (matching then carves greedily).
   */
  readonly carveSubsets: Int32Array;
  readonly carveSubsetShare: Float64Array;
}

export interface VacancyError {
  /** JSON pointer into the vacancy, e.g. /tasks/1/demands/0/levels. */
  pointer: string;
  code:
    | 'no-tasks'
    | 'too-many-tasks'
    | 'duplicate-id'
    | 'share-out-of-range'
    | 'shares-do-not-add-up'
    | 'unknown-item'
    | 'job-level-item'
    | 'duplicate-item'
    | 'unknown-level'
    | 'not-a-set'
    | 'hours-out-of-range'
    | 'unknown-accommodation'
    | 'unknown-language-level';
}

/** Shares may differ from 100 by this much in total (rounding in a form). */
export const SHARE_TOLERANCE = 0.5;

/** Checks a vacancy (or a job) against the rules of this module; an empty list means valid. */
export function checkVacancy(vacancy: Vacancy): VacancyError[] {
  const errors: VacancyError[] = [];
  const { tasks } = vacancy;
  if (tasks.length === 0) {
    errors.push({ pointer: '/tasks', code: 'no-tasks' });
  }
  if (tasks.length > MAX_TASKS) {
    errors.push({ pointer: '/tasks', code: 'too-many-tasks' });
  }
  const ids = new Set<string>();
  let total = 0;
  tasks.forEach((task, t) => {
    if (ids.has(task.id)) {
      errors.push({ pointer: `/tasks/${t}/id`, code: 'duplicate-id' });
    }
    ids.add(task.id);
    if (!(task.sharePercent > 0 && task.sharePercent <= 100)) {
      errors.push({ pointer: `/tasks/${t}/sharePercent`, code: 'share-out-of-range' });
    }
    total += task.sharePercent;
    const seen = new Set<string>();
    task.demands.forEach((demand, d) => {
      const at = `/tasks/${t}/demands/${d}`;
      const item = fmlItem(demand.itemId);
      if (!item) {
        errors.push({ pointer: `${at}/itemId`, code: 'unknown-item' });
        return;
      }
      if (JOB_LEVEL_ITEMS.has(item.id)) {
        errors.push({ pointer: `${at}/itemId`, code: 'job-level-item' });
        return;
      }
      if (seen.has(item.id)) {
        errors.push({ pointer: `${at}/itemId`, code: 'duplicate-item' });
      }
      seen.add(item.id);
      const known = (code: number) => item.levels.some((level) => level.code === code);
      if (item.scale === 'ordinal') {
        if (demand.levels.length !== 1) {
          errors.push({ pointer: `${at}/levels`, code: 'not-a-set' });
        } else if (!known(demand.levels[0] ?? -1)) {
          errors.push({ pointer: `${at}/levels`, code: 'unknown-level' });
        }
      } else if (
        demand.levels.length === 0 ||
        new Set(demand.levels).size !== demand.levels.length ||
        demand.levels.some((code) => code === 0)
      ) {
        errors.push({ pointer: `${at}/levels`, code: 'not-a-set' });
      } else if (!demand.levels.every(known)) {
        errors.push({ pointer: `${at}/levels`, code: 'unknown-level' });
      }
    });
  });
  if (tasks.length > 0 && Math.abs(total - 100) > SHARE_TOLERANCE) {
    errors.push({ pointer: '/tasks', code: 'shares-do-not-add-up' });
  }
  if (!(vacancy.hoursMin > 0 && vacancy.hoursMin <= vacancy.hoursMax && vacancy.hoursMax <= 60)) {
    errors.push({ pointer: '/hoursMin', code: 'hours-out-of-range' });
  }
  if (vacancy.hoursPerDay !== null && !(vacancy.hoursPerDay > 0 && vacancy.hoursPerDay <= 24)) {
    errors.push({ pointer: '/hoursPerDay', code: 'hours-out-of-range' });
  }
  vacancy.accommodations.forEach((code, i) => {
    if (!isAccommodationCode(code)) {
      errors.push({ pointer: `/accommodations/${i}`, code: 'unknown-accommodation' });
    }
  });
  const language = vacancy.requirements.languageLevel;
  if (language !== null && !LANGUAGE_LEVELS.includes(language)) {
    errors.push({ pointer: '/requirements/languageLevel', code: 'unknown-language-level' });
  }
  return errors;
}

/** Compiles a valid vacancy; throws a RangeError naming the first problem of {@link checkVacancy} otherwise. */
export function compileVacancy(vacancy: Vacancy, travel: TravelEstimator): CompiledVacancy {
  const errors = checkVacancy(vacancy);
  if (errors.length > 0) {
    const [first] = errors;
    throw new RangeError(`Invalid vacancy ${vacancy.id}: ${first?.code ?? ''} at ${first?.pointer ?? ''}`);
  }
  const { tasks } = vacancy;
  const taskCount = tasks.length;
  const demandCount = tasks.reduce((n, t) => n + t.demands.length, 0);
  const demandStart = new Int32Array(taskCount + 1);
  const demandSlot = new Int16Array(demandCount);
  const demandValue = new Int32Array(demandCount);
  let d = 0;
  tasks.forEach((task, t) => {
    demandStart[t] = d;
    for (const demand of task.demands) {
      const slot = slotOf(demand.itemId);
      demandSlot[d] = slot;
      demandValue[d] = IS_ORDINAL[slot] === 1 ? (demand.levels[0] ?? 0) : maskOf(demand.levels);
      d++;
    }
  });
  demandStart[taskCount] = d;

  const resolveUpTo = new Int8Array(SLOT_COUNT).fill(-1);
  const resolveMask = new Int32Array(SLOT_COUNT);
  let accHoursPerDay = false;
  let accPeriods = false;
  let accDays = false;
  for (const code of ACCOMMODATION_CODES) {
    if (!vacancy.accommodations.includes(code)) {
      continue;
    }
    const rule = accommodationRule(code);
    for (const { itemId, upTo } of rule.ordinal) {
      const slot = slotOf(itemId);
      resolveUpTo[slot] = Math.max(resolveUpTo[slot] ?? -1, upTo);
    }
    for (const { itemId, codes } of rule.sets) {
      const slot = slotOf(itemId);
      resolveMask[slot] = (resolveMask[slot] ?? 0) | maskOf(codes);
    }
    accHoursPerDay ||= rule.hoursPerDay;
    accPeriods ||= rule.periods;
    accDays ||= rule.days;
  }

  const carvable = tasks.map((task, t) => ({ t, share: task.sharePercent, ok: task.carvable })).filter((x) => x.ok);
  carvable.sort((a, b) => a.share - b.share || a.t - b.t);
  const subsets = carveSubsets(carvable);
  const req = vacancy.requirements;
  return {
    id: vacancy.id,
    source: vacancy,
    taskCount,
    taskShare: Float64Array.from(tasks, (t) => t.sharePercent),
    taskCarvable: Uint8Array.from(tasks, (t) => (t.carvable ? 1 : 0)),
    demandStart,
    demandSlot,
    demandValue,
    resolveUpTo,
    resolveMask,
    accHoursPerDay,
    accPeriods,
    accDays,
    hoursMin: vacancy.hoursMin,
    hoursMax: vacancy.hoursMax,
    hoursPerDay: vacancy.hoursPerDay ?? 0,
    periods: (vacancy.evenings ? 1 << PERIOD_EVENING : 0) | (vacancy.nights ? 1 << PERIOD_NIGHT : 0),
    days: dayMask(vacancy.days),
    located: travel.locate(vacancy.place),
    certificates: req.certificates.map(normalise).filter((c) => c !== ''),
    licence: req.drivingLicence === null ? null : req.drivingLicence.trim().toUpperCase(),
    language: req.languageLevel === null ? -1 : LANGUAGE_LEVELS.indexOf(req.languageLevel),
    words: [
      ...new Set([
        ...words(vacancy.title),
        ...vacancy.keywords.flatMap(words),
        ...(vacancy.occupationCode ? [normalise(vacancy.occupationCode)] : []),
        ...(vacancy.sector ? words(vacancy.sector) : []),
      ]),
    ],
    sector: vacancy.sector === null ? null : normalise(vacancy.sector),
    startDay: dayNumber(vacancy.startDate),
    carveAscending: Int8Array.from(carvable, (x) => x.t),
    carveSubsets: subsets.masks,
    carveSubsetShare: subsets.shares,
  };
}
