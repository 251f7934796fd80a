/**
 * Pure rules of the anonymised candidate search (ADR 0019): age bands, hours bands, availability, and
 * the generalisation that makes every combination of place and age shown to employers hold at least
 * K people. No database, no I/O.
 */

/** Smallest number of people who share the shown place and age band. */
export const K = 5;

/** Age bands, finest first. Level 0: five bands; level 1: three; level 2: one (any age). */
export const AGE_BANDS = [
  [
    { code: 'to24', min: 0, max: 24 },
    { code: '25to34', min: 25, max: 34 },
    { code: '35to44', min: 35, max: 44 },
    { code: '45to54', min: 45, max: 54 },
    { code: '55plus', min: 55, max: 200 },
  ],
  [
    { code: 'to34', min: 0, max: 34 },
    { code: '35to54', min: 35, max: 54 },
    { code: '55plus', min: 55, max: 200 },
  ],
  [{ code: 'any', min: 0, max: 200 }],
] as const;
export const AGE_BAND_CODES = ['to24', '25to34', '35to44', '45to54', '55plus', 'to34', '35to54', 'any'] as const;
export type AgeBand = (typeof AGE_BAND_CODES)[number];

/** Age in whole years on `today` (both ISO dates). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function ageBand(age: number, level: 0 | 1 | 2): AgeBand {
  const band = AGE_BANDS[level].find((b) => age >= b.min && age <= b.max);
  return (band ?? AGE_BANDS[2][0]).code;
}

/**
 * The levels tried for each person, least generalised first: municipality with the fine age band, then
 * the municipality with the broad band, then the region with each band in turn.
 */
export const LEVELS = [
  { place: 'municipality', age: 0 },
  { place: 'municipality', age: 1 },
  { place: 'region', age: 0 },
  { place: 'region', age: 1 },
  { place: 'region', age: 2 },
] as const;

export interface Person {
  key: string;
  municipalityCode: string;
  regionCode: string;
  age: number;
}

export interface Generalised {
  /** Null: the municipality is not shown, only the region. */
  municipalityCode: string | null;
  regionCode: string;
  ageBand: AgeBand;
}

/**
 * Generalises place and age so that every shown combination is shared by at least `k` people of
 * `people` (the whole set of published profiles of a region, never a filtered part of it: the shown
 * values must not depend on the search).
 *
 * Level by level, the people not yet placed are grouped by their values at that level; every group of
 * at least `k` is placed at that level. Counting only the people not yet placed keeps each shown
 * combination at `k` or more even though finer and coarser labels overlap (a coarse label never hides a
 * small fine group next to a large one). Whoever is left after the coarsest level (fewer than `k` people
 * in the whole region at any age) joins people moved from groups larger than `k`, all at the coarsest
 * level; only when the region cannot spare enough people are they not shown (no entry in the map).
 */
export function generalise(people: readonly Person[], k: number = K): Map<string, Generalised> {
  const placed = new Map<string, Generalised>();
  let remaining = [...people];
  for (const level of LEVELS) {
    const groups = new Map<string, { value: Generalised; members: Person[] }>();
    for (const p of remaining) {
      const value: Generalised = {
        municipalityCode: level.place === 'municipality' ? p.municipalityCode : null,
        regionCode: p.regionCode,
        ageBand: ageBand(p.age, level.age),
      };
      const id = `${value.regionCode}|${value.municipalityCode ?? ''}|${value.ageBand}`;
      const group = groups.get(id) ?? { value, members: [] };
      group.members.push(p);
      groups.set(id, group);
    }
    const left: Person[] = [];
    for (const { value, members } of groups.values()) {
      if (members.length >= k) {
        for (const m of members) {
          placed.set(m.key, value);
        }
      } else {
        left.push(...members);
      }
    }
    remaining = left;
  }
  // Fewer than k left over in a region: they join people moved from groups that can spare them (a
  // group keeps at least k), all shown at the coarsest level. Moving someone to a coarser label never
  // makes any group smaller than k. Only when no group can spare enough are the left-over not shown.
  const leftByRegion = new Map<string, Person[]>();
  for (const p of remaining) {
    leftByRegion.set(p.regionCode, [...(leftByRegion.get(p.regionCode) ?? []), p]);
  }
  for (const [regionCode, left] of leftByRegion) {
    const groups = new Map<string, string[]>();
    for (const [key, g] of placed) {
      if (g.regionCode === regionCode) {
        const id = `${g.municipalityCode ?? ''}|${g.ageBand}`;
        groups.set(id, [...(groups.get(id) ?? []), key]);
      }
    }
    let need = k - left.length;
    const moved: string[] = [];
    for (const members of [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!))) {
      const spare = Math.min(members.length - k, need);
      if (spare > 0) {
        moved.push(...[...members].sort().slice(0, spare));
        need -= spare;
      }
    }
    if (need <= 0) {
      const coarsest: Generalised = { municipalityCode: null, regionCode, ageBand: 'any' };
      for (const key of [...moved, ...left.map((p) => p.key)]) {
        placed.set(key, coarsest);
      }
    }
  }
  return placed;
}

/** Hours bands of eight: the wished range widened to whole bands (12–20 becomes 8–24). */
export function hoursBand(min: number | null, max: number | null): { min: number; max: number } | null {
  if (min === null && max === null) {
    return null;
  }
  const lo = min ?? 0;
  const hi = max ?? 40;
  return { min: Math.floor(lo / 8) * 8, max: Math.min(Math.ceil(hi / 8) * 8, 40) || 8 };
}

/** Whether a person's shown hours band meets a searched range (the bands overlap). */
export function hoursOverlap(band: { min: number; max: number } | null, min?: number, max?: number): boolean {
  if (min === undefined && max === undefined) {
    return true;
  }
  if (band === null) {
    return false;
  }
  return band.max >= (min ?? 0) && band.min <= (max ?? 60);
}

/** Phases in which a person is looking for work; `jobSearch` means available now, earlier phases soon. */
export const LOOKING_PHASES = ['referral', 'intake', 'jobSearch'] as const;
export type Availability = 'now' | 'soon';
export function availability(phases: readonly string[]): Availability | null {
  if (phases.includes('jobSearch')) {
    return 'now';
  }
  return phases.some((p) => (LOOKING_PHASES as readonly string[]).includes(p)) ? 'soon' : null;
}

/**
 * Short phrases from the participant's own words (kinds of work, strengths): split on commas and the
 * like, at most `max` phrases of at most 60 characters, no digits (a phone number, house number or date
 * does not belong in an anonymised profile), no e-mail addresses or web links.
 */
export function phrases(text: string | null, max = 6): string[] {
  if (text === null) {
    return [];
  }
  const parts = text
    .split(/[,;/\n]|\s+(?:en|of|and|or)\s+/iu)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p !== '' && p.length <= 60 && !/[0-9@]|https?:|www\./iu.test(p));
  return [...new Set(parts.map((p) => p.toLowerCase()))].slice(0, max);
}

/** Whether the searched words occur in any of the profile's kinds of work, sectors or skills. */
export function matchesKindOfWork(words: readonly string[], query: string | undefined): boolean {
  if (!query?.trim()) {
    return true;
  }
  const q = query.trim().toLowerCase();
  return words.some((w) => w.toLowerCase().includes(q));
}
