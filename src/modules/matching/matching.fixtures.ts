/**
 * Test fixtures for the matching tests. The coordinates here are SYNTHETIC (points on a grid near 52° N),
 * chosen to give round travel times; they are not the centroids of real gemeenten.
 */
import { coordinateTravel, type Located } from './travel.js';
import type { Candidate, Task, Vacancy } from './types.js';

/** 1° of latitude in km on the mean Earth sphere (2π × 6371.0088 / 360). */
export const KM_PER_DEGREE_LAT = (2 * Math.PI * 6371.0088) / 360;

/** Synthetic gemeenten on one meridian: GM9001 at 52° N, the others north of it. */
export const PLACES: Readonly<Record<string, Located>> = {
  GM9001: { lat: 52, lon: 5, basis: 'municipality' },
  // 20 minutes by bicycle from GM9001: (20 − 2 overhead) min × 15 km/h = 4.5 km road ÷ 1.3 detour.
  GM9002: { lat: 52 + 4.5 / 1.3 / KM_PER_DEGREE_LAT, lon: 5, basis: 'municipality' },
  // 60 minutes by bicycle: 14.5 km road.
  GM9003: { lat: 52 + 14.5 / 1.3 / KM_PER_DEGREE_LAT, lon: 5, basis: 'municipality' },
};

export const testTravel = coordinateTravel((place) => PLACES[place.municipalityCode] ?? null);

export function candidate(overrides: Partial<Candidate> = {}, wishes: Partial<Candidate['wishes']> = {}): Candidate {
  return {
    id: 'c1',
    assessments: [],
    certificates: [],
    skills: [],
    drivingLicences: [],
    languageLevel: null,
    place: { municipalityCode: 'GM9001' },
    availableFrom: null,
    ...overrides,
    wishes: {
      kindsOfWork: [],
      sectors: [],
      hoursMin: null,
      hoursMax: null,
      days: [],
      maxTravelMinutes: null,
      transport: ['bicycle'],
      ...overrides.wishes,
      ...wishes,
    },
  };
}

export function task(id: string, sharePercent: number, demands: Task['demands'] = [], carvable = false): Task {
  return { id, name: id, sharePercent, demands, carvable };
}

export function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    id: 'v1',
    title: 'Medewerker',
    occupationCode: null,
    sector: null,
    keywords: [],
    tasks: [task('werk', 100)],
    hoursMin: 24,
    hoursMax: 24,
    hoursPerDay: null,
    days: [],
    evenings: false,
    nights: false,
    place: { municipalityCode: 'GM9002' },
    requirements: { certificates: [], drivingLicence: null, languageLevel: null },
    accommodations: [],
    startDate: null,
    ...overrides,
  };
}

/** A professional assessment with these answers (item id → levels). */
export function professional(
  answers: Record<string, number[]>,
  assessedOn = '2026-06-01',
): Candidate['assessments'][number] {
  return {
    kind: 'professional',
    assessedOn,
    answers: Object.entries(answers).map(([itemId, levels]) => ({ itemId, levels })),
  };
}

export function selfAssessment(
  answers: Record<string, number[]>,
  assessedOn = '2026-06-01',
): Candidate['assessments'][number] {
  return { kind: 'self', assessedOn, answers: Object.entries(answers).map(([itemId, levels]) => ({ itemId, levels })) };
}

export const AS_OF = '2026-12-01';
