/**
 * Shapes of the employer services API (server: src/modules/employers/employers.schemas.ts): employers,
 * locations, contact persons, the contacts log and its IPS week signal, vacancies with tasks, existing
 * jobs and carved jobs. Written by hand; the code lists are checked against the API document by
 * web/src/lib/types.test.ts.
 */
import type { ContractType, Day, WageForm } from '../../lib/types';

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
export const ACCOMMODATION_CODES = [
  'liftingAid',
  'quietWorkplace',
  'flexibleHours',
  'adjustedWorkstation',
  'structuredWork',
  'accessibleBuilding',
  'visualAids',
  'hearingAids',
  'fixedColleague',
] as const;
export type Accommodation = (typeof ACCOMMODATION_CODES)[number];
export const LOG_KINDS = ['visit', 'phone', 'video', 'email', 'event', 'other'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const LOG_PURPOSES = ['learnBusiness', 'discussCandidate', 'followUp', 'jobSupport', 'other'] as const;
export type LogPurpose = (typeof LOG_PURPOSES)[number];
export const VACANCY_STATUSES = ['open', 'filled', 'withdrawn'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export interface EmployerLocation {
  id: string;
  name: string | null;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  isMain: boolean;
}

export interface EmployerPermissions {
  manage: boolean;
  administer: boolean;
  manageContacts: boolean;
  manageVacancies: boolean;
  manageJobs: boolean;
  logContact: boolean;
}

export interface Employer {
  id: string;
  regionCode: string;
  regionName: string;
  name: string;
  kvkNumber: string | null;
  sbiCode: string | null;
  sector: { section: string; name: string } | null;
  sizeClass: SizeClass | null;
  website: string | null;
  description: string | null;
  inclusive: {
    banenafspraakJobs: number | null;
    accommodations: Accommodation[];
    placements: { total: number; current: number };
  };
  accountHolder: {
    organisationId: string;
    organisationName: string;
    adviserUserId: string | null;
    adviserName: string | null;
  };
  organisationId: string | null;
  locations: EmployerLocation[];
  openVacancies: number;
  createdAt: string;
  updatedAt: string;
  permissions: EmployerPermissions;
}

export interface EmployerSummary {
  id: string;
  regionCode: string;
  name: string;
  kvkNumber: string | null;
  sbiCode: string | null;
  sizeClass: SizeClass | null;
  municipalityNames: string[];
  accountHolderOrganisationName: string;
  adviserName: string | null;
  openVacancies: number;
  lastContactOn: string | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface EmployerEvent {
  id: string;
  occurredAt: string;
  kind: string;
  userName: string | null;
  organisationName: string | null;
  subjectId: string | null;
  fields: string[];
}

export interface EmployerHistoryList {
  items: EmployerEvent[];
}

export interface Contact {
  id: string;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  isPrimary: boolean;
}

export interface LogEntry {
  id: string;
  employerId: string;
  employerName: string;
  organisationId: string;
  organisationName: string;
  professionalUserId: string;
  professionalName: string;
  contactDate: string;
  kind: LogKind;
  purpose: LogPurpose;
  faceToFace: boolean;
  contactId: string | null;
  contactName: string | null;
  outcome: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  recordedAt: string;
}

export type WeekStatus = 'met' | 'onTrack' | 'behind';
export interface OwnWeek {
  week: string;
  from: string;
  to: string;
  norm: number;
  faceToFace: number;
  total: number;
  expectedSoFar: number;
  status: WeekStatus;
  items: LogEntry[];
}
export interface TeamWeek {
  week: string;
  from: string;
  to: string;
  norm: number;
  members: {
    userId: string;
    name: string;
    faceToFace: number;
    total: number;
    expectedSoFar: number;
    status: WeekStatus;
  }[];
}

export interface Demand {
  itemId: string;
  levels: number[];
}
export interface Task {
  id: string;
  position: number;
  name: string;
  sharePercent: number;
  hoursPerWeek: number;
  carvable: boolean;
  demands: Demand[];
}
export interface TaskBody {
  id?: string;
  name: string;
  sharePercent: number;
  carvable?: boolean;
  demands: Demand[];
}

export interface Requirements {
  diploma: string | null;
  certificates: string[];
  drivingLicence: string | null;
  languageLevel: string | null;
}

export interface Vacancy {
  id: string;
  employerId: string;
  employerName: string;
  regionCode: string;
  title: string;
  occupationCode: string | null;
  description: string | null;
  location: EmployerLocation | null;
  hoursMin: number;
  hoursMax: number;
  hoursPerDay: number | null;
  days: Day[];
  evenings: boolean;
  nights: boolean;
  contractType: ContractType;
  wageForm: WageForm;
  startDate: string | null;
  requirements: Requirements;
  accommodations: Accommodation[];
  forBanenafspraak: boolean;
  status: VacancyStatus;
  openedOn: string;
  filledOn: string | null;
  withdrawnOn: string | null;
  carvedJobId: string | null;
  tasks: Task[];
  createdAt: string;
  updatedAt: string;
}

export interface EmployerJob {
  id: string;
  employerId: string;
  title: string;
  occupationCode: string | null;
  locationId: string | null;
  description: string | null;
  hoursPerWeek: number;
  tasks: Task[];
  carvableHours: number;
  updatedAt: string;
}

export interface CarvedTask {
  position: number;
  sourceJobId: string | null;
  sourceJobTitle: string | null;
  sourceTaskId: string | null;
  name: string;
  hoursPerWeek: number;
  sharePercent: number;
  demands: Demand[];
}
export interface CarvedJob {
  id: string;
  employerId: string;
  title: string;
  hoursPerWeek: number;
  tasks: CarvedTask[];
  combinedDemands: Demand[];
  remaining: { jobId: string; title: string; hoursPerWeek: number; remainingPercent: number; viable: boolean }[];
  vacancyId: string | null;
  createdAt: string;
}

// Matching in the region (server: src/modules/matches/matches.schemas.ts, contract in its README).
export const EXCLUSION_CODES = [
  'certificate',
  'drivingLicence',
  'languageLevel',
  'travel',
  'periods',
  'hoursPerDay',
  'taskDemand',
  'carvingNotViable',
  'hours',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];
export const FACTOR_CODES = [
  'kindOfWork',
  'hours',
  'travel',
  'sector',
  'days',
  'skills',
  'availability',
  'noChanges',
] as const;
export type FactorCode = (typeof FACTOR_CODES)[number];
export interface Factor {
  code: FactorCode;
  weight: number;
  points: number;
}
export interface Explanation {
  text: string;
  fits: string[];
  cautions: string[];
  excluded: string[];
}
export interface PairFields {
  score: number;
  factors: Factor[];
  explanation: Explanation;
  accommodations: { code: Accommodation; name: string }[];
  carvedTasks: { taskId: string; taskName: string; sharePercent: number; reason: 'demand' | 'hours' }[];
  remainingPercent: number;
  hours: { min: number; max: number; offered: number };
  travel: { minutes: number | null; mode: string | null; method: 'none' | 'coordinates' };
  capacityBasis: 'professional' | 'self' | 'none';
}
export interface CandidateSummary {
  id: string;
  name: string | null;
  municipalityName: string;
  trajectoryPhase: 'intake' | 'jobSearch';
}
export interface CandidateMatch extends PairFields {
  participant: CandidateSummary;
}
export interface VacancyMatch extends PairFields {
  vacancy: {
    id: string;
    employerId: string;
    employerName: string;
    title: string;
    municipalityName: string | null;
    hoursMin: number;
    hoursMax: number;
  };
}
interface RankingFields {
  asOf: string;
  considered: number;
  admitted: number;
  excludedBy: Record<ExclusionCode, number>;
}
export interface CandidateRanking extends RankingFields {
  vacancyId: string;
  items: CandidateMatch[];
}
export interface VacancyRanking extends RankingFields {
  participantId: string;
  items: VacancyMatch[];
}
export interface CarvedFits {
  carvedJobId: string;
  asOf: string;
  candidates: {
    participant: CandidateSummary;
    fits: boolean;
    blocking: { taskId: string; taskName: string; itemId: string; text: string }[];
    otherReasons: ExclusionCode[];
    explanation: Explanation;
  }[];
  blocksPerTask: { taskId: string; taskName: string; blocks: number }[];
  fitting: number;
  considered: number;
}

export interface InstrumentAdvice {
  participantId: string;
  vacancyId: string;
  accommodationsNeeded: { code: Accommodation; name: string }[];
  items: {
    code: string;
    name: string;
    applies: 'yes' | 'maybe' | 'no';
    grantor: 'gemeente' | 'uwv' | 'mbo' | null;
    grantorName: string | null;
    reason: string;
    employerMustDo: string | null;
    unverifiedFacts: number;
  }[];
}
