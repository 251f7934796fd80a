import type { ParticipantIntroduction } from '../features/introductions/types';
export type Role =
  | 'participant'
  | 'jobCoach'
  | 'employerAdviser'
  | 'consultant'
  | 'employer'
  | 'programmeManager'
  | 'evaluator'
  | 'knowledgeEditor'
  | 'administrator';
export const ROLES: Role[] = [
  'participant',
  'jobCoach',
  'employerAdviser',
  'consultant',
  'employer',
  'programmeManager',
  'evaluator',
  'knowledgeEditor',
  'administrator',
];
export const ORG_TYPES = [
  'gemeente',
  'uwv',
  'ggz',
  'shelteredWork',
  'school',
  'employer',
  'knowledgeInstitute',
  'funder',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export interface Membership {
  id: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}
export interface Session {
  state: 'secondFactor' | 'secondFactorSetup' | 'active';
  csrfToken: string;
  user: {
    id: string;
    name: string;
    email: string;
    language: 'nl' | 'en';
    secondFactorEnabled: boolean;
    memberships: Membership[];
  };
}
export interface Organisation {
  id: string;
  name: string;
  type: OrgType;
  regionCode: string;
  regionName: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  slug: string;
  hasOidcProvider: boolean;
  createdAt: string;
}
export interface User {
  id: string;
  name: string;
  email: string;
  status: 'invited' | 'active' | 'disabled';
  secondFactorEnabled: boolean;
  memberships: Membership[];
  createdAt: string;
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

// Participants, trajectories and consents (server: src/modules/participants, trajectories, consents).
export const PHASES = ['referral', 'intake', 'jobSearch', 'workingWithSupport', 'followUp', 'closed'] as const;
export type Phase = (typeof PHASES)[number];
export const CLOSED_REASONS = [
  'sustainableWork',
  'workWithoutSupport',
  'education',
  'movedAway',
  'noLongerWantsSupport',
  'noContact',
  'healthReasons',
  'referredElsewhere',
  'other',
] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];
export const TARGET_GROUPS = [
  'workDisability',
  'psychologicalVulnerability',
  'statusHolder',
  'benefitRecipient',
  'nugger',
  'careerSwitcher',
  'praktijkVsoPupil',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const BENEFIT_SITUATIONS = [
  'participatiewet',
  'ww',
  'wiaWga',
  'wiaIva',
  'wajong',
  'ziektewet',
  'other',
  'none',
] as const;
export type BenefitSituation = (typeof BENEFIT_SITUATIONS)[number];
/** The categories consented per organisation (the consent forms offer these). */
export const DATA_CATEGORIES = ['identity', 'wishes', 'capacityHealth', 'plan', 'contactNotes', 'jobs'] as const;
/** employerProfile (ADR 0019) names a region instead of an organisation: its own block in the consent screens. */
export type DataCategory = (typeof DATA_CATEGORIES)[number] | 'employerProfile';
export const PURPOSES = ['workGuidance', 'integratedPlan', 'incomeSupport', 'care', 'matching'] as const;
export type Purpose = (typeof PURPOSES)[number];
export type ConsentMethod = 'paper' | 'portal' | 'verbal';
export const CASELOAD_SORTS = ['name', '-name', 'referralDate', '-referralDate', 'phaseSince', '-phaseSince'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export interface Approach {
  code: string;
  name: string;
  active: boolean;
}
export interface Participant {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  regionName: string;
  targetGroups: TargetGroup[];
  benefitSituation: BenefitSituation;
  doelgroepregister: boolean;
  hasBsn: boolean;
  /** Only present for those who may see the BSN (participant.readBsn). */
  bsn?: string;
  hasAccount: boolean;
  organisationId: string;
  organisationName: string;
  createdAt: string;
  updatedAt: string;
}
export interface CaseloadItem {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  municipalityName: string;
  trajectory: {
    id: string;
    organisationId: string;
    organisationName: string;
    approachCode: string;
    approachName: string;
    phase: Phase;
    referralDate: string;
    phaseSince: string;
  } | null;
  assignedToMe: boolean;
  /** Live hints, never blocks: where attention may be needed (docs/domain/indicators.md). */
  signals: CaseloadSignal[];
}
export interface PhaseEvent {
  id: string;
  fromPhase: Phase | null;
  toPhase: Phase;
  occurredOn: string;
  reason: string | null;
  recordedByName: string | null;
  recordedAt: string;
}
export interface Assignment {
  id: string;
  userId: string;
  name: string;
  isLead: boolean;
  assignedAt: string;
}
export interface Trajectory {
  id: string;
  participantId: string;
  organisationId: string;
  organisationName: string;
  approachCode: string;
  approachName: string;
  phase: Phase;
  referralDate: string;
  closedOn: string | null;
  closedReason: ClosedReason | null;
  phaseEvents: PhaseEvent[];
  assignments: Assignment[];
  createdAt: string;
}
export interface Consent {
  id: string;
  participantId: string;
  /** Null for employerProfile, which names a region. */
  organisationId: string | null;
  organisationName: string | null;
  regionCode: string | null;
  regionName: string | null;
  category: DataCategory;
  purpose: Purpose;
  startsOn: string;
  endsOn: string | null;
  method: ConsentMethod;
  note: string | null;
  recordedByName: string | null;
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawnByName: string | null;
  /** Valid today: started, not ended and not withdrawn. */
  active: boolean;
}

// What the user may do with one participant (server: PARTICIPANT_PERMISSIONS in participants.schemas.ts).
// Participant-level: for a record of another organisation (a trajectory, a goal, a contact) the server
// can be stricter, so the screens also check the record's organisation.
export interface ParticipantPermissions {
  update: boolean;
  invite: boolean;
  readTrajectories: boolean;
  createTrajectory: boolean;
  readWishes: boolean;
  updateWishes: boolean;
  readJobs: boolean;
  manageJobs: boolean;
  readContacts: boolean;
  manageContacts: boolean;
  readPlan: boolean;
  managePlan: boolean;
  participateInPlan: boolean;
  readCapacity: boolean;
  assessCapacity: boolean;
  readConsents: boolean;
  manageConsents: boolean;
}
export interface ParticipantWithPermissions extends Participant {
  permissions: ParticipantPermissions;
}

// GET /participants/{id}?expand=… (server: participants.expand.service.ts): each part the body of its own
// endpoint; a part the user may not see is left out (its `permissions.read…` is false).
export const PARTICIPANT_EXPANSIONS = [
  'trajectories',
  'contacts',
  'jobs',
  'consents',
  'plan',
  'wishes',
  'capacity',
] as const;
export interface ParticipantEmbedded {
  trajectories?: { items: Trajectory[] };
  contacts?: { items: Contact[] };
  jobs?: JobOverview;
  consents?: { items: Consent[] };
  plan?: Plan;
  wishes?: WishesOverview;
  capacity?: CapacityProfile;
}
export interface ParticipantExpanded extends ParticipantWithPermissions {
  /** Present when `expand` was asked for. */
  _embedded?: ParticipantEmbedded;
}

// Caseload signals and summary (server: participants.schemas.ts, docs/domain/indicators.md).
export const CASELOAD_SIGNALS = ['noEmployerContact30', 'noSupportContact30'] as const;
export type CaseloadSignal = (typeof CASELOAD_SIGNALS)[number];
export interface CaseloadSummary {
  active: number;
  byPhase: Record<string, number>;
  ipsActive: number;
  ipsNorm: number;
  aboveIpsNorm: boolean;
  noEmployerContact30: number;
  noSupportContact30: number;
}

// Support plan (server: src/modules/plans).
export const DOMAINS = ['work', 'income', 'debts', 'care', 'housing', 'youth', 'wmo'] as const;
export type Domain = (typeof DOMAINS)[number];
export const GOAL_STATUSES = ['open', 'achieved', 'stopped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const ACTION_OWNERS = ['participant', 'professional', 'together'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];
export type AgreementMethod = 'portal' | 'paper' | 'verbal';
export interface PlanComment {
  id: string;
  authorName: string;
  byParticipant: boolean;
  text: string;
  createdAt: string;
}
export interface PlanAction {
  id: string;
  goalId: string;
  title: string;
  owner: ActionOwner;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  doneByName: string | null;
  overdue: boolean;
  comments: PlanComment[];
}
export interface PlanGoal {
  id: string;
  organisationId: string;
  organisationName: string;
  domain: Domain;
  title: string;
  description: string | null;
  status: GoalStatus;
  targetDate: string | null;
  createdByName: string | null;
  createdAt: string;
  actions: PlanAction[];
}
export interface Plan {
  goals: PlanGoal[];
  hiddenGoals: number;
  lastAgreement: { agreedAt: string; method: AgreementMethod; recordedByName: string } | null;
  changedSinceAgreement: boolean;
}
export type PlanEventKind =
  | 'goalAdded'
  | 'goalChanged'
  | 'actionAdded'
  | 'actionChanged'
  | 'actionDone'
  | 'actionReopened'
  | 'commentAdded'
  | 'agreed';
export interface PlanEvent {
  id: string;
  kind: PlanEventKind;
  goalTitle: string | null;
  actionTitle: string | null;
  detail: Record<string, unknown>;
  byName: string | null;
  at: string;
}

// Wishes (server: src/modules/wishes).
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
export const TRANSPORT = ['onFoot', 'bicycle', 'moped', 'car', 'publicTransport'] as const;
export type Transport = (typeof TRANSPORT)[number];
export const DISCLOSURE = ['open', 'askMe', 'notDisclosed'] as const;
export type Disclosure = (typeof DISCLOSURE)[number];
/** Dutch driving licence categories (server: src/modules/matching/licences.ts). */
export const DRIVING_LICENCES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
  'T',
] as const;
export type DrivingLicence = (typeof DRIVING_LICENCES)[number];
/** The order on screen: the car licence most people have first, then by kind of vehicle. */
export const DRIVING_LICENCES_ON_SCREEN: readonly DrivingLicence[] = [
  'B',
  'BE',
  'AM',
  'A1',
  'A2',
  'A',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
  'T',
];
/** Level of Dutch on the ERK (CEFR) scale, lowest first. */
export const DUTCH_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type DutchLevel = (typeof DUTCH_LEVELS)[number];
export interface WishFields {
  kindsOfWork: string | null;
  sectors: string[];
  hoursMin: number | null;
  hoursMax: number | null;
  days: Day[];
  dayParts: DayPart[];
  maxTravelMinutes: number | null;
  transport: Transport[];
  strengths: string | null;
  wantsToLearn: string | null;
  disclosure: Disclosure;
  certificates: string[];
  drivingLicences: DrivingLicence[];
  languageLevel: DutchLevel | null;
}
export interface WishVersion {
  id: string;
  recordedByName: string | null;
  recordedAt: string;
  byParticipant: boolean;
}
export type Wishes = WishFields & WishVersion;
export interface WishesOverview {
  current: Wishes | null;
  history: WishVersion[];
}

// Jobs (server: src/modules/jobs).
export const WAGE_FORMS = [
  'marketWage',
  'loonkostensubsidie',
  'loondispensatie',
  'unpaidWorkExperience',
  'beschutWerk',
  'other',
] as const;
export type WageForm = (typeof WAGE_FORMS)[number];
export const CONTRACT_TYPES = ['permanent', 'temporary', 'onCall', 'selfEmployed', 'none'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const END_REASONS = ['contractEnded', 'dismissed', 'quit', 'betterJob', 'health', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];
export interface Job {
  id: string;
  participantId: string;
  trajectoryId: string | null;
  employerName: string;
  jobTitle: string;
  occupationCode: string | null;
  startDate: string;
  endDate: string | null;
  endReason: EndReason | null;
  hoursPerWeek: number;
  contractType: ContractType;
  wageForm: WageForm;
  openToAnyone: boolean;
  competitive: boolean;
  jobStart: boolean;
  recordedByName: string | null;
  recordedAt: string;
}
export interface JobOverview {
  items: Job[];
  sustainablePlacement: { at6Months: string | null; at12Months: string | null; definition: string };
}

// Contacts (server: src/modules/contacts).
export const CONTACT_KINDS = ['faceToFace', 'phone', 'video', 'withEmployer', 'withTreatmentTeam'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_STATUSES = ['planned', 'held', 'cancelled', 'noShow'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export interface Contact {
  id: string;
  participantId: string;
  trajectoryId: string | null;
  organisationId: string;
  organisationName: string;
  occursAt: string;
  durationMinutes: number | null;
  kind: ContactKind;
  status: ContactStatus;
  location: string | null;
  present: string | null;
  hasNote: boolean;
  /** Left out (not null) for those who may not read notes; `hasNote` still says there is one. */
  note?: string | null;
  recordedByName: string | null;
  recordedAt: string;
}

// Requests to correct or erase data (server: src/modules/data-requests).
export type DataRequestKind = 'correction' | 'erasure';
export type DataRequestStatus = 'open' | 'done' | 'rejected';
export interface DataRequest {
  id: string;
  participantId: string;
  participantName: string;
  kind: DataRequestKind;
  message: string;
  status: DataRequestStatus;
  response: string | null;
  handledByName: string | null;
  handledAt: string | null;
  createdAt: string;
}

// The participant's own data in one file (server: src/modules/portal, GET /me/participant/export).
export interface OwnAuditEvent {
  occurredAt: string;
  action: string;
  actionDescription: string;
  resourceType: string;
  actorType: string;
  actorName: string | null;
  byThemself: boolean;
  role: string | null;
  organisationName: string | null;
  outcome: string;
}
export interface OwnDataExport {
  exportedAt: string;
  participant: Omit<Participant, 'permissions'>;
  trajectories: Trajectory[];
  wishes: Wishes[];
  jobs: JobOverview;
  plan: Plan;
  planHistory: PlanEvent[];
  contacts: Contact[];
  consents: Consent[];
  /** Requests of employers to meet them (ADR 0019). */
  introductions: ParticipantIntroduction[];
  dataRequests: DataRequest[];
  accessLog: OwnAuditEvent[];
}

// Capacity profile on UWV's Functionele Mogelijkhedenlijst (server: src/modules/capacity).
/** ordinal: a higher code is a stronger limitation (0 = norm); single: one choice; multiple: a set (0 alone = none). */
export type FmlScale = 'ordinal' | 'single' | 'multiple';
export interface FmlLevel {
  code: number;
  label: string;
}
export interface FmlItem {
  /** 'I.1' … 'VI.4' */
  id: string;
  key: string;
  name: string;
  scale: FmlScale;
  /** A limitation on this item needs an explanation ("namelijk"). */
  qualifier: boolean;
  levels: FmlLevel[];
}
export interface FmlSection {
  id: 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';
  name: string;
  items: FmlItem[];
}
export interface FmlCatalogue {
  sections: FmlSection[];
  source: string;
}
export interface CapacityAnswer {
  itemId: string;
  levels: number[];
  qualifier?: string | null;
}
export type CapacityAssessmentKind = 'self' | 'professional';
export const CAPACITY_SOURCES = ['meedoen', 'uwvFml', 'otherReport'] as const;
export type CapacitySource = (typeof CAPACITY_SOURCES)[number];
export interface CapacityAssessment {
  id: string;
  kind: CapacityAssessmentKind;
  organisationId: string | null;
  organisationName: string | null;
  source: CapacitySource;
  assessor: string | null;
  assessedOn: string;
  /** Health data. Left out (not null) when the server hides it from this user. */
  notes?: string | null;
  recordedByName: string;
  recordedAt: string;
  answers: CapacityAnswer[];
}
export interface CapacityProfile {
  /** Every assessment this user may see, newest first. */
  assessments: CapacityAssessment[];
  comparison: { itemId: string; self: number[] | null; professional: number[] | null; differs: boolean }[];
}

// Import from spreadsheets (server: src/modules/imports).
export const IMPORT_KINDS = ['participants', 'trajectories', 'jobEpisodes'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATUSES = [
  'uploaded',
  'validating',
  'validated',
  'committing',
  'committed',
  'failed',
  'discarded',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export interface ImportField {
  key: string;
  label: string;
  help: string;
  required: boolean;
  /** The column (index) this field is read from; first suggested by the header's name. */
  column: number | null;
}
export interface ImportCounts {
  rows: number;
  errors: number;
  new: number;
  changed: number;
  unchanged: number;
}
export interface ImportView {
  id: string;
  organisationId: string;
  kind: ImportKind;
  fileName: string;
  fileFormat: 'csv' | 'xlsx';
  fileBytes: number;
  status: ImportStatus;
  columns: { index: number; header: string }[];
  fields: ImportField[];
  progress: { rowsProcessed: number; bytesProcessed: number; percent: number };
  counts: ImportCounts;
  failure: { code: string; message: string } | null;
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  validatedAt: string | null;
  committedAt: string | null;
}
export interface ImportRowError {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  field: string | null;
  fieldLabel: string | null;
  /** The column's name in the file. */
  column: string | null;
  value: string | null;
  code: string;
  message: string;
}
