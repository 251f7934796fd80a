/**
 * One candidate against one vacancy: hard limits first, then the score.
 *
 * {@link screenPair} and {@link scorePair} are the inner loop: they write into a reusable {@link Scratch} and
 * allocate nothing. {@link describePair} turns a scratch into the full, explained result; ranking calls it
 * only for the pairs it returns. Because all three read the same scratch, the explanation always says
 * exactly what the ranking used.
 *
 * Hard limits (never violated; a pair that breaks one is excluded and the reasons are given):
 * - a mandatory certificate or driving licence is missing, or the known language level is below the one required;
 * - travel is estimated above the person's maximum;
 * - the job needs evenings or nights the person cannot work (VI.1), or longer days than they can (VI.2) —
 *   unless the employer offers flexible hours;
 * - a task asks more on an FML item than the person can — unless an accommodation the employer offers removes
 *   the conflict, or the task is carvable and the job stays viable without it;
 * - the job's hours (after carving) are above what the person can work (VI.3 and their own maximum) — carving
 *   more carvable tasks may bring the hours down, within the same viability rule.
 *
 * Viability rule for carving: the tasks that remain cover at least `minRemainingPercent` (default 50 %) of
 * the job's hours, and at least one task remains. Hours shrink with the share carved out.
 *
 * Unknown facts never exclude: an unknown travel time or language level is shown as "let op", not as a
 * violation.
 */
import {
  FACTORS,
  FACTOR_COUNT,
  F_AVAILABILITY,
  F_DAYS,
  F_HOURS,
  F_KIND,
  F_NO_CHANGES,
  F_SECTOR,
  F_SKILLS,
  F_TRAVEL,
  NO_MAXIMUM_TRAVEL_REFERENCE,
  type FactorCode,
} from './factors.js';
import { IS_ORDINAL, SLOT_COUNT } from './fml-index.js';
import { MAX_TASKS, type CompiledCandidate, type CompiledVacancy } from './compile.js';
import type { TravelEstimator } from './travel.js';
import type { Transport } from './types.js';

export const DEFAULT_MIN_REMAINING_PERCENT = 50;

/** Exclusion reasons, as bits. */
export const X_CERTIFICATE = 1;
export const X_LICENCE = 2;
export const X_LANGUAGE = 4;
export const X_TRAVEL = 8;
export const X_PERIODS = 16;
export const X_HOURS_PER_DAY = 32;
export const X_DEMAND = 64;
export const X_CARVING_NOT_VIABLE = 128;
export const X_HOURS = 256;

/** How a conflict on an item was handled. */
export const C_BLOCKS = 0;
export const C_ACCOMMODATION = 1;
export const C_CARVE = 2;

const MAX_CONFLICTS = MAX_TASKS * SLOT_COUNT;
const HOURS_EPSILON = 1e-9;

export interface PairOptions {
  travel: TravelEstimator;
  /** ISO date the ranking is made on (start dates and availability are compared with it). */
  asOf: string;
  minRemainingPercent?: number;
}

/** Reusable working memory of one evaluation. Create one per ranking call, not per pair. */
export class Scratch {
  excluded = 0;
  conflictCount = 0;
  readonly conflictTask = new Int8Array(MAX_CONFLICTS);
  readonly conflictDemand = new Int32Array(MAX_CONFLICTS);
  readonly conflictState = new Int8Array(MAX_CONFLICTS);
  /** Tasks carved for a demand conflict. */
  carveForDemands = 0;
  /** Tasks carved, in all (demands and hours). */
  carved = 0;
  remainingPercent = 100;
  hoursMin = 0;
  hoursMax = 0;
  /** Hours a week the person would work here: the job's max after carving, within the person's limit. */
  hoursOffered = 0;
  travelMinutes = NaN;
  travelMode: Transport | null = null;
  periodsByAccommodation = false;
  hoursPerDayByAccommodation = false;
  accommodationsUsed = 0;
  missingLanguage = false;
  kindMatch = -1;
  skillMatch = -1;
  daysMatched = 0;
  daysNeeded = 0;
  /** Evening/night bits the job needs that the person does not wish (and no flexible hours). */
  unwantedPeriods = 0;
  availabilityDelay = 0;
  readonly points = new Int32Array(FACTOR_COUNT);
  total = 0;
}

function popcount(x: number): number {
  let n = 0;
  let v = x;
  while (v !== 0) {
    v &= v - 1;
    n++;
  }
  return n;
}

function shareOf(v: CompiledVacancy, mask: number): number {
  let share = 0;
  for (let t = 0; t < v.taskCount; t++) {
    if ((mask & (1 << t)) !== 0) {
      share += v.taskShare[t] ?? 0;
    }
  }
  return share;
}

/**
 * Hard limits. Returns true when the pair is admitted. Fills `s` with what it found (conflicts and how each
 * was handled, carving, hours after carving, travel).
 */
export function screenPair(v: CompiledVacancy, c: CompiledCandidate, s: Scratch, options: PairOptions): boolean {
  const minRemaining = options.minRemainingPercent ?? DEFAULT_MIN_REMAINING_PERCENT;
  let excluded = 0;
  s.conflictCount = 0;
  s.periodsByAccommodation = false;
  s.hoursPerDayByAccommodation = false;
  s.missingLanguage = false;

  for (let i = 0; i < v.certificates.length; i++) {
    if (!c.certificates.has(v.certificates[i] ?? '')) {
      excluded |= X_CERTIFICATE;
    }
  }
  if (v.licence !== null && !c.licences.has(v.licence)) {
    excluded |= X_LICENCE;
  }
  if (v.language >= 0) {
    if (c.language < 0) {
      s.missingLanguage = true;
    } else if (c.language < v.language) {
      excluded |= X_LANGUAGE;
    }
  }

  let minutes = NaN;
  let mode: Transport | null = null;
  if (c.located !== null && v.located !== null) {
    for (let i = 0; i < c.modes.length; i++) {
      const m = c.modes[i] as Transport;
      const estimate = options.travel.minutes(c.located, v.located, m);
      if (!(estimate >= minutes)) {
        minutes = estimate;
        mode = m;
      }
    }
  }
  s.travelMinutes = minutes;
  s.travelMode = mode;
  if (minutes > c.maxTravel) {
    excluded |= X_TRAVEL;
  }

  if ((c.periods & v.periods) !== 0) {
    if (v.accPeriods) {
      s.periodsByAccommodation = true;
    } else {
      excluded |= X_PERIODS;
    }
  }
  if (v.hoursPerDay > c.hoursPerDayLimit) {
    if (v.accHoursPerDay) {
      s.hoursPerDayByAccommodation = true;
    } else {
      excluded |= X_HOURS_PER_DAY;
    }
  }

  let carve = 0;
  let accommodations = 0;
  let n = 0;
  for (let t = 0; t < v.taskCount; t++) {
    const end = v.demandStart[t + 1] ?? 0;
    for (let d = v.demandStart[t] ?? 0; d < end; d++) {
      const slot = v.demandSlot[d] ?? 0;
      const value = v.demandValue[d] ?? 0;
      let state: number;
      if (IS_ORDINAL[slot] === 1) {
        const capacity = c.ordinal[slot] ?? 0;
        if (capacity <= value) {
          continue;
        }
        state = capacity <= (v.resolveUpTo[slot] ?? -1) ? C_ACCOMMODATION : -1;
      } else {
        const clash = (c.sets[slot] ?? 0) & value;
        if (clash === 0) {
          continue;
        }
        state = (clash & ~(v.resolveMask[slot] ?? 0)) === 0 ? C_ACCOMMODATION : -1;
      }
      if (state === C_ACCOMMODATION) {
        accommodations++;
      } else if (v.taskCarvable[t] === 1) {
        state = C_CARVE;
        carve |= 1 << t;
      } else {
        state = C_BLOCKS;
        excluded |= X_DEMAND;
      }
      s.conflictTask[n] = t;
      s.conflictDemand[n] = d;
      s.conflictState[n] = state;
      n++;
    }
  }
  s.conflictCount = n;
  s.carveForDemands = carve;

  let remaining = 100 - shareOf(v, carve);
  let hoursMin = (v.hoursMin * remaining) / 100;
  if (hoursMin > c.hoursLimit + HOURS_EPSILON) {
    // Carving more may bring the hours down. Exact when the vacancy has few carvable tasks: the set with the
    // smallest share that contains the tasks already carved and is enough. Otherwise greedy: the smallest
    // single carvable task that is enough, else the largest carvable tasks first. Kept only when it fits the
    // hours and the viability rule.
    const needShare = 100 - (c.hoursLimit / v.hoursMin) * 100 - HOURS_EPSILON;
    let more = carve;
    if (v.carveSubsets.length > 0) {
      let lo = 0;
      let hi = v.carveSubsets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((v.carveSubsetShare[mid] ?? 0) < needShare) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (let i = lo; i < v.carveSubsets.length; i++) {
        const mask = v.carveSubsets[i] ?? 0;
        if ((mask & carve) === carve) {
          more = mask;
          break;
        }
      }
    } else {
      for (let i = 0; i < v.carveAscending.length; i++) {
        const t = v.carveAscending[i] ?? 0;
        if ((carve & (1 << t)) === 0 && 100 - remaining + (v.taskShare[t] ?? 0) >= needShare) {
          more = carve | (1 << t);
          break;
        }
      }
      if (more === carve) {
        for (let j = v.carveAscending.length - 1; j >= 0 && shareOf(v, more) < needShare; j--) {
          more |= 1 << (v.carveAscending[j] ?? 0);
        }
      }
    }
    const left = 100 - shareOf(v, more);
    if (
      more !== carve &&
      left >= minRemaining &&
      left > 0 &&
      (v.hoursMin * left) / 100 <= c.hoursLimit + HOURS_EPSILON
    ) {
      carve = more;
      remaining = left;
      hoursMin = (v.hoursMin * left) / 100;
    } else {
      excluded |= X_HOURS;
    }
  }
  if (carve !== 0 && (remaining < minRemaining || remaining <= 0)) {
    excluded |= X_CARVING_NOT_VIABLE;
  }
  s.carved = carve;
  s.remainingPercent = remaining;
  s.hoursMin = hoursMin;
  s.hoursMax = (v.hoursMax * remaining) / 100;
  s.hoursOffered = Math.min(s.hoursMax, c.hoursLimit);
  s.accommodationsUsed = accommodations + (s.periodsByAccommodation ? 1 : 0) + (s.hoursPerDayByAccommodation ? 1 : 0);
  s.excluded = excluded;
  return excluded === 0;
}

function termMatch(terms: readonly (readonly string[])[], words: readonly string[]): number {
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] ?? [];
    if (term.length === 0) {
      continue;
    }
    let all = true;
    for (let j = 0; j < term.length && all; j++) {
      const w = term[j] ?? '';
      let found = false;
      for (let k = 0; k < words.length && !found; k++) {
        const x = words[k] ?? '';
        found = x === w || (w.length >= 4 && x.startsWith(w));
      }
      all = found;
    }
    if (all) {
      return i;
    }
  }
  return -1;
}

const points = (weight: number, fraction: number) => Math.round(weight * 10 * Math.min(1, Math.max(0, fraction)));

/**
 * The score of an admitted pair, in tenths of a point (0–1000); per-factor points in `s.points`. Call after
 * {@link screenPair} returned true, with the same scratch.
 */
export function scorePair(v: CompiledVacancy, c: CompiledCandidate, s: Scratch, asOfDay: number): number {
  const p = s.points;

  s.kindMatch = c.kindTerms.length === 0 ? -1 : termMatch(c.kindTerms, v.words);
  p[F_KIND] = points(FACTORS[F_KIND].weight, c.kindTerms.length === 0 ? 0.5 : s.kindMatch >= 0 ? 1 : 0);

  let sectorFraction = 0.5;
  if (c.sectors.length > 0 && v.sector !== null) {
    sectorFraction = c.sectors.includes(v.sector) ? 1 : 0;
  }
  p[F_SECTOR] = points(FACTORS[F_SECTOR].weight, sectorFraction);

  p[F_HOURS] = points(FACTORS[F_HOURS].weight, c.hoursWishMin > 0 ? s.hoursOffered / c.hoursWishMin : 1);

  const reference = c.maxTravel === Infinity ? NO_MAXIMUM_TRAVEL_REFERENCE : c.maxTravel;
  const travelFraction = Number.isNaN(s.travelMinutes)
    ? 0.5
    : reference <= 0
      ? 1
      : 1 - s.travelMinutes / (2 * reference);
  p[F_TRAVEL] = points(FACTORS[F_TRAVEL].weight, travelFraction);

  s.daysNeeded = popcount(v.days);
  s.daysMatched = popcount(v.days & c.days);
  s.unwantedPeriods = v.accPeriods ? 0 : v.periods & c.unwantedPeriods;
  p[F_DAYS] = points(
    FACTORS[F_DAYS].weight,
    (v.days === 0 || c.days === 0 || v.accDays ? 1 : s.daysMatched / s.daysNeeded) *
      (s.unwantedPeriods !== 0 ? 0.5 : 1),
  );

  s.skillMatch = c.skillTerms.length === 0 ? -1 : termMatch(c.skillTerms, v.words);
  p[F_SKILLS] = points(FACTORS[F_SKILLS].weight, c.skillTerms.length === 0 ? 0.5 : s.skillMatch >= 0 ? 1 : 0);

  const start = Number.isNaN(v.startDay) ? asOfDay : Math.max(v.startDay, asOfDay);
  s.availabilityDelay = Number.isNaN(c.availableDay) ? 0 : Math.max(0, c.availableDay - start);
  p[F_AVAILABILITY] = points(FACTORS[F_AVAILABILITY].weight, 1 - s.availabilityDelay / 90);

  p[F_NO_CHANGES] = points(FACTORS[F_NO_CHANGES].weight, s.carved !== 0 ? 0 : s.accommodationsUsed > 0 ? 0.5 : 1);

  let total = 0;
  for (let i = 0; i < FACTOR_COUNT; i++) {
    total += p[i] ?? 0;
  }
  s.total = total;
  return total;
}

/** Number of changes a pair needs (accommodations relied on + tasks carved), the first tie-break. */
export function changesOf(s: Scratch): number {
  return s.accommodationsUsed + popcount(s.carved);
}

export type { FactorCode };
