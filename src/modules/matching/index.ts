/** Matching: public surface of the library (see README.md). */
export { ACCOMMODATIONS, ACCOMMODATION_CODES, accommodationRule, type AccommodationCode } from './accommodations.js';
export { capacityProfile, type CapacityProfile } from './capacity.js';
export {
  assembleJob,
  carveOut,
  combineDemands,
  vacancyFromJob,
  whoFits,
  type AssembledJob,
  type CarveOutcome,
  type FitOverview,
  type Job,
} from './carving.js';
export {
  MAX_TASKS,
  checkVacancy,
  compileCandidate,
  compileVacancy,
  type CompiledCandidate,
  type CompiledVacancy,
  type VacancyError,
} from './compile.js';
export { DEFAULT_MIN_REMAINING_PERCENT, type PairOptions } from './evaluate.js';
export { renderExplanation, renderPart } from './explain.js';
export { FACTORS, type FactorCode } from './factors.js';
export { evaluatePair, rankCandidates, rankVacancies, type RankOptions, type Ranking } from './rank.js';
export type { Conflict, Exclusion, ExclusionCode, MessagePart, PairResult } from './result.js';
export {
  DEFAULT_TRAVEL_OPTIONS,
  coordinateTravel,
  haversineKm,
  unknownTravel,
  type Located,
  type TravelEstimator,
} from './travel.js';
export * from './types.js';
export { DRIVING_LICENCES, withIncluded, type DrivingLicence } from './licences.js';
export { splitKindsOfWork, wishesForMatching, type StoredWishes } from './adapters.js';
