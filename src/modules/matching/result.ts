/**
 * The full result of one pair, built from a {@link Scratch} after {@link screenPair} (and {@link scorePair}
 * when admitted): exclusions, conflicts and how each is handled, carving, hours, travel, the score per
 * factor, and the explanation as message parts (keys + params) that explain.ts renders in nl or en.
 */
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { ACCOMMODATION_CODES, accommodationRule, type AccommodationCode } from './accommodations.js';
import { normalise, type CompiledCandidate, type CompiledVacancy } from './compile.js';
import { FACTORS, F_HOURS, F_TRAVEL, type FactorCode } from './factors.js';
import { FML_ITEMS, IS_ORDINAL, PERIOD_EVENING, PERIOD_NIGHT, codesOf } from './fml-index.js';
import {
  C_ACCOMMODATION,
  C_CARVE,
  DEFAULT_MIN_REMAINING_PERCENT,
  X_CARVING_NOT_VIABLE,
  X_HOURS,
  X_HOURS_PER_DAY,
  X_LANGUAGE,
  X_LICENCE,
  X_PERIODS,
  X_TRAVEL,
  changesOf,
  type PairOptions,
  type Scratch,
} from './evaluate.js';
import { LANGUAGE_LEVELS, type FmlAnswer, type Transport } from './types.js';

/** One piece of explanation: a catalogue key with its parameters. */
export interface MessagePart {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Rendered in the reader's language from fml.ts: {item} is the item name, {capacity} the person's level text. */
  fml?: FmlAnswer;
  /** Parameters that are message keys themselves (an accommodation, a means of transport), rendered in the reader's language. */
  refs?: Record<string, MessageKey>;
}

export type ExclusionCode =
  | 'certificate'
  | 'drivingLicence'
  | 'languageLevel'
  | 'travel'
  | 'periods'
  | 'hoursPerDay'
  | 'taskDemand'
  | 'carvingNotViable'
  | 'hours';

export interface Exclusion {
  code: ExclusionCode;
  message: MessagePart;
}

export interface Conflict {
  taskId: string;
  taskName: string;
  itemId: string;
  /** The person's level(s) on the item. */
  capacity: readonly number[];
  /** What the task asks (ordinal: the level tolerated; sets: the conflicting codes). */
  demand: readonly number[];
  /** accommodation: an offered accommodation removes it; carve: the task is carved out; none: it excludes the pair. */
  resolution: 'accommodation' | 'carve' | 'none';
  /** The offered accommodations that remove it (for 'accommodation'). */
  accommodations: readonly AccommodationCode[];
  carvable: boolean;
}

export interface CarvedTask {
  taskId: string;
  taskName: string;
  sharePercent: number;
  /** demand: the task asks more than the person can; hours: carved to bring the hours within their limit. */
  reason: 'demand' | 'hours';
}

export interface FactorScore {
  code: FactorCode;
  weight: number;
  /** Points for this factor (one decimal); the points of all factors add up to the score. */
  points: number;
}

export interface PairResult {
  candidateId: string;
  vacancyId: string;
  admitted: boolean;
  exclusions: readonly Exclusion[];
  conflicts: readonly Conflict[];
  /** Accommodations the fit relies on. */
  accommodations: readonly AccommodationCode[];
  carvedTasks: readonly CarvedTask[];
  /** Share of the job left after carving, in percent. */
  remainingPercent: number;
  /** Changes the fit needs: conflicts an accommodation removes + tasks carved out (the first tie-break). */
  changes: number;
  hours: { min: number; max: number; offered: number };
  travel: { minutes: number | null; mode: Transport | null; method: 'none' | 'coordinates' };
  capacityBasis: 'professional' | 'self' | 'none';
  /** 0–100 with one decimal, or null when excluded. */
  score: number | null;
  factors: readonly FactorScore[];
  explanation: { fits: readonly MessagePart[]; cautions: readonly MessagePart[]; excluded: readonly MessagePart[] };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function resolvingAccommodations(v: CompiledVacancy, itemId: string, capacity: readonly number[]): AccommodationCode[] {
  const ordinal = IS_ORDINAL[FML_ITEMS.findIndex((i) => i.id === itemId)] === 1;
  return ACCOMMODATION_CODES.filter((code) => {
    if (!v.source.accommodations.includes(code)) {
      return false;
    }
    const rule = accommodationRule(code);
    if (ordinal) {
      return rule.ordinal.some((r) => r.itemId === itemId && (capacity[0] ?? 0) <= r.upTo);
    }
    return rule.sets.some((r) => r.itemId === itemId && capacity.some((code) => r.codes.includes(code)));
  });
}

const accKey = (code: AccommodationCode): MessageKey => `matching.accommodation.${code}`;
const transportKey = (mode: Transport): MessageKey => `matching.transport.${mode}`;

/** Builds the full result from the scratch of {@link screenPair} (and {@link scorePair} when admitted). */
export function describePair(v: CompiledVacancy, c: CompiledCandidate, s: Scratch, options: PairOptions): PairResult {
  const vacancy = v.source;
  const admitted = s.excluded === 0;
  const exclusions: Exclusion[] = [];
  const fits: MessagePart[] = [];
  const cautions: MessagePart[] = [];
  const exclude = (code: ExclusionCode, message: MessagePart) => exclusions.push({ code, message });

  // Requirements
  for (const certificate of vacancy.requirements.certificates) {
    const code = normalise(certificate);
    if (code !== '' && !c.certificates.has(code)) {
      exclude('certificate', { key: 'matching.exclusion.certificate', params: { certificate } });
    }
  }
  if ((s.excluded & X_LICENCE) !== 0) {
    exclude('drivingLicence', {
      key: 'matching.exclusion.driving-licence',
      params: { licence: vacancy.requirements.drivingLicence ?? '' },
    });
  }
  if ((s.excluded & X_LANGUAGE) !== 0) {
    exclude('languageLevel', {
      key: 'matching.exclusion.language-level',
      params: { required: vacancy.requirements.languageLevel ?? '', actual: LANGUAGE_LEVELS[c.language] ?? '' },
    });
  }
  if (s.missingLanguage) {
    cautions.push({
      key: 'matching.caution.language-unknown',
      params: { required: vacancy.requirements.languageLevel ?? '' },
    });
  }

  // Travel
  const minutes = Number.isNaN(s.travelMinutes) ? null : Math.round(s.travelMinutes);
  if ((s.excluded & X_TRAVEL) !== 0) {
    exclude('travel', { key: 'matching.exclusion.travel', params: { minutes: minutes ?? 0, max: c.maxTravel } });
  } else if (minutes === null) {
    cautions.push({ key: 'matching.caution.travel-unknown' });
  }

  // Working times
  const periodClash = c.periods & v.periods;
  if (periodClash !== 0) {
    for (const [bit, key] of [
      [PERIOD_EVENING, 'matching.period.evening'],
      [PERIOD_NIGHT, 'matching.period.night'],
    ] as const) {
      if ((periodClash & (1 << bit)) !== 0) {
        if ((s.excluded & X_PERIODS) !== 0) {
          exclude('periods', { key: 'matching.exclusion.periods', refs: { period: key } });
        } else {
          cautions.push({ key: 'matching.caution.periods-flexible', refs: { period: key } });
        }
      }
    }
  }
  if ((s.excluded & X_HOURS_PER_DAY) !== 0) {
    exclude('hoursPerDay', {
      key: 'matching.exclusion.hours-per-day',
      params: { hours: v.hoursPerDay, limit: c.hoursPerDayLimit },
    });
  } else if (s.hoursPerDayByAccommodation) {
    cautions.push({
      key: 'matching.caution.hours-per-day-flexible',
      params: { hours: v.hoursPerDay, limit: c.hoursPerDayLimit },
    });
  }

  // Task demands
  const conflicts: Conflict[] = [];
  const used = new Set<AccommodationCode>();
  for (let i = 0; i < s.conflictCount; i++) {
    const t = s.conflictTask[i] ?? 0;
    const d = s.conflictDemand[i] ?? 0;
    const state = s.conflictState[i] ?? 0;
    const task = vacancy.tasks[t];
    const slot = v.demandSlot[d] ?? 0;
    const item = FML_ITEMS[slot];
    if (!task || !item) {
      continue;
    }
    const ordinal = IS_ORDINAL[slot] === 1;
    const value = v.demandValue[d] ?? 0;
    const capacity = ordinal ? [c.ordinal[slot] ?? 0] : codesOf((c.sets[slot] ?? 0) & value);
    const accommodations = state === C_ACCOMMODATION ? resolvingAccommodations(v, item.id, capacity) : [];
    accommodations.forEach((a) => used.add(a));
    conflicts.push({
      taskId: task.id,
      taskName: task.name,
      itemId: item.id,
      capacity,
      demand: ordinal ? [value] : codesOf(value),
      resolution: state === C_ACCOMMODATION ? 'accommodation' : state === C_CARVE ? 'carve' : 'none',
      accommodations,
      carvable: task.carvable,
    });
    const fml = { itemId: item.id, levels: capacity };
    const first = accommodations[0];
    if (state === C_ACCOMMODATION && first) {
      cautions.push(
        task.carvable
          ? {
              key: 'matching.caution.accommodation-or-carve',
              params: { task: task.name },
              fml,
              refs: { accommodation: accKey(first) },
            }
          : { key: 'matching.caution.accommodation', fml, refs: { accommodation: accKey(first) } },
      );
    } else if (state === C_CARVE) {
      if (admitted) {
        cautions.push({ key: 'matching.caution.carve', params: { task: task.name }, fml });
      }
    } else {
      exclude('taskDemand', { key: 'matching.exclusion.task-demand', params: { task: task.name }, fml });
    }
  }
  if (s.periodsByAccommodation || s.hoursPerDayByAccommodation) {
    used.add('flexibleHours');
  }

  const minRemaining = options.minRemainingPercent ?? DEFAULT_MIN_REMAINING_PERCENT;
  if ((s.excluded & X_CARVING_NOT_VIABLE) !== 0) {
    exclude('carvingNotViable', {
      key: 'matching.exclusion.carving-not-viable',
      params: { remaining: round1(s.remainingPercent), min: minRemaining },
    });
  }
  const carvedTasks: CarvedTask[] = [];
  vacancy.tasks.forEach((task, t) => {
    if ((s.carved & (1 << t)) !== 0) {
      const reason = (s.carveForDemands & (1 << t)) !== 0 ? 'demand' : 'hours';
      carvedTasks.push({ taskId: task.id, taskName: task.name, sharePercent: task.sharePercent, reason });
      if (reason === 'hours' && admitted) {
        cautions.push({
          key: 'matching.caution.carve-for-hours',
          params: { task: task.name, hours: round1(s.hoursMin), original: vacancy.hoursMin },
        });
      }
    }
  });
  if ((s.excluded & X_HOURS) !== 0) {
    exclude('hours', {
      key: c.hoursLimitBy === 'wish' ? 'matching.exclusion.hours-wish' : 'matching.exclusion.hours-capacity',
      params: { hours: round1(s.hoursMin), limit: c.hoursLimit },
    });
  }

  for (const self of c.profile.selfOnly) {
    cautions.push({ key: 'matching.caution.self-reported', fml: self });
  }

  // Score and the parts that fit
  let score: number | null = null;
  const factors: FactorScore[] = [];
  if (admitted) {
    FACTORS.forEach((f, i) => factors.push({ code: f.code, weight: f.weight, points: (s.points[i] ?? 0) / 10 }));
    score = s.total / 10;
    if (c.source.wishes.recorded === false) {
      // First, so that the hours and travel that "fit" are not read as the person's own wishes.
      cautions.unshift({ key: 'matching.caution.no-wishes' });
    }
    const sectorFits = vacancy.sector !== null && v.sector !== null && c.sectors.includes(v.sector);
    const work = c.kindLabels[s.kindMatch] ?? '';
    // "wil in de zorg werken" says it once when the wished work and the sector are the same word.
    if (s.kindMatch >= 0 && !(sectorFits && normalise(work) === v.sector)) {
      fits.push({ key: 'matching.fit.kind-of-work', params: { work } });
    } else if (s.kindMatch < 0 && c.kindTerms.length > 0) {
      cautions.push({ key: 'matching.caution.other-work', params: { work: c.kindLabels.join(', ') } });
    }
    if (sectorFits && vacancy.sector !== null) {
      fits.push({ key: 'matching.fit.sector', params: { sector: vacancy.sector } });
    }
    const hours = round1(s.hoursOffered);
    if ((s.points[F_HOURS] ?? 0) === FACTORS[F_HOURS].weight * 10) {
      fits.push({ key: 'matching.fit.hours', params: { hours } });
    } else {
      cautions.push({ key: 'matching.caution.fewer-hours', params: { hours, wish: c.hoursWishMin } });
    }
    if (minutes !== null && s.travelMode !== null && (s.points[F_TRAVEL] ?? 0) > 0) {
      fits.push({ key: 'matching.fit.travel', params: { minutes }, refs: { mode: transportKey(s.travelMode) } });
    }
    for (const [bit, key] of [
      [PERIOD_EVENING, 'matching.period.evening'],
      [PERIOD_NIGHT, 'matching.period.night'],
    ] as const) {
      if ((s.unwantedPeriods & (1 << bit)) !== 0) {
        cautions.push({ key: 'matching.caution.period-not-wished', refs: { period: key } });
      }
    }
    if (v.days !== 0 && c.days !== 0 && !v.accDays) {
      if (s.daysMatched === s.daysNeeded) {
        fits.push({ key: 'matching.fit.days' });
      } else {
        cautions.push({ key: 'matching.caution.days', params: { matched: s.daysMatched, needed: s.daysNeeded } });
      }
    }
    if (s.skillMatch >= 0) {
      fits.push({ key: 'matching.fit.skill', params: { skill: c.skillLabels[s.skillMatch] ?? '' } });
    }
    if (s.availabilityDelay > 0) {
      cautions.push({ key: 'matching.caution.starts-later', params: { days: s.availabilityDelay } });
    }
  }

  return {
    candidateId: c.id,
    vacancyId: v.id,
    admitted,
    exclusions,
    conflicts,
    accommodations: ACCOMMODATION_CODES.filter((a) => used.has(a)),
    carvedTasks,
    remainingPercent: round1(s.remainingPercent),
    changes: changesOf(s),
    hours: { min: round1(s.hoursMin), max: round1(s.hoursMax), offered: round1(s.hoursOffered) },
    travel: { minutes, mode: s.travelMode, method: options.travel.method },
    capacityBasis: c.profile.basis,
    score,
    factors,
    explanation: { fits, cautions, excluded: exclusions.map((e) => e.message) },
  };
}
