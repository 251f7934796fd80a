/**
 * The inputs of matching: a candidate (a participant looking for work) and a vacancy (a job made of
 * tasks). Plain data: the database layer builds these from its rows; nothing here reads a database.
 *
 * Capacities and demands use the same FML items (src/modules/capacity/fml.ts), so every hard limit is
 * "what the task asks on item X" against "what the person can on item X".
 */
import type { DAY_PARTS, DAYS, TRANSPORT } from '../wishes/wishes.schemas.js';
import type { AccommodationCode } from './accommodations.js';

export type Day = (typeof DAYS)[number];
export type DayPart = (typeof DAY_PARTS)[number];
export type Transport = (typeof TRANSPORT)[number];

/** Dutch language level on the CEFR scale (ERK), lowest first. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** One answer on an FML item, the stored form of capacity.schemas.ts `Answer` (levels: one code, or a set for 'multiple'). */
export interface FmlAnswer {
  itemId: string;
  levels: readonly number[];
}

/** One capacity assessment as the capacity module stores it (kind, date, answers; an item left out is at the norm). */
export interface AssessmentInput {
  kind: 'self' | 'professional';
  /** ISO date, YYYY-MM-DD. */
  assessedOn: string;
  answers: readonly FmlAnswer[];
}

/**
 * Where someone lives or a job is. The municipality (CBS gemeentecode, GM….) is always known; a postcode
 * (1234AB) only sometimes. Travel time is estimated from these through a {@link TravelEstimator}.
 */
export interface Place {
  municipalityCode: string;
  postcode?: string | null;
}

/** The participant's own wishes (src/modules/wishes), normalised for matching. */
export interface CandidateWishes {
  /** Kinds of work the person wants, as words or occupation codes ("schoonmaak", "zorg", "5321"). Empty: no wish stated. */
  kindsOfWork: readonly string[];
  /** Sectors the person wants to work in (SBI code or name). Empty: no wish stated. */
  sectors: readonly string[];
  hoursMin: number | null;
  /** The most hours a week the person wants to work; a limit, never exceeded (IPS: the person decides). */
  hoursMax: number | null;
  /** Days the person can or wants to work. Empty: any day. */
  days: readonly Day[];
  /** Parts of the day the person wants to work. Empty or left out: any. Evening/night work outside them scores lower (not a limit; VI.1 is). */
  dayParts?: readonly DayPart[];
  /** Longest travel (one way) the person accepts, in minutes. Null: no maximum stated. */
  maxTravelMinutes: number | null;
  /** Means of transport the person has or uses; travel time is the fastest of these. Empty: on foot and public transport. */
  transport: readonly Transport[];
  /**
   * False when no wishes are recorded yet: every factor then takes its default (no limit, on foot and public
   * transport), and the explanation says that nothing was checked against the person's own wishes. Left out: recorded.
   */
  recorded?: boolean;
}

export interface Candidate {
  id: string;
  wishes: CandidateWishes;
  /** The FML assessments of this person; {@link capacityProfile} picks the one that counts. */
  assessments: readonly AssessmentInput[];
  /** Certificate and diploma codes the person holds (e.g. 'vca', 'hygiene-code', 'mbo2-zorghulp'). */
  certificates: readonly string[];
  /** Skills in words; used for kind-of-work matching together with the wishes. */
  skills: readonly string[];
  /** Driving licence categories held ('B', 'C', …). */
  drivingLicences: readonly string[];
  /** Dutch language level, or null when not known. */
  languageLevel: LanguageLevel | null;
  place: Place;
  /** ISO date from which the person can start, or null: now. */
  availableFrom: string | null;
}

/**
 * What a task asks on one FML item. Ordinal items: `levels` holds one code, the strongest limitation the task
 * still tolerates (0 = the norm: the task asks the full norm; a person with level 1 or more does not fit).
 * Other items ('single', 'multiple'): `levels` is the set of non-zero codes the task conflicts with — for a
 * limitation item the functions the task needs (IV.3: 6 grip strength), for a condition item the conditions
 * the task cannot offer (II.12: 1 little customer contact, when the task is at the counter).
 */
export type FmlDemand = FmlAnswer;

export interface Task {
  id: string;
  name: string;
  /** Share of the job's hours, in percent (the shares of a job add up to 100). */
  sharePercent: number;
  demands: readonly FmlDemand[];
  /** The employer agrees this task may be taken out of the job (job carving). */
  carvable: boolean;
}

export interface VacancyRequirements {
  /** Certificates the candidate must hold (codes as in {@link Candidate.certificates}). */
  certificates: readonly string[];
  /** Driving licence category required, or null. */
  drivingLicence: string | null;
  /** Minimum Dutch language level, or null. */
  languageLevel: LanguageLevel | null;
}

export interface Vacancy {
  id: string;
  title: string;
  /** Occupation code (ISCO-08, 4 digits) or null. */
  occupationCode: string | null;
  /** Sector (SBI code or name) or null. */
  sector: string | null;
  /** Extra words that describe the work, for kind-of-work matching. */
  keywords: readonly string[];
  tasks: readonly Task[];
  /** Hours a week: the employer accepts anything from min to max. */
  hoursMin: number;
  hoursMax: number;
  /** Longest working day in hours, or null when not stated. */
  hoursPerDay: number | null;
  /** Days the job needs. Empty: to be agreed. */
  days: readonly Day[];
  /** The job includes evening work (18–22 h) or night work (22–6 h). */
  evenings: boolean;
  nights: boolean;
  place: Place;
  requirements: VacancyRequirements;
  /** Accommodations the employer offers at this workplace. */
  accommodations: readonly AccommodationCode[];
  /** ISO start date, or null: as soon as possible. */
  startDate: string | null;
}
