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
export const DATA_CATEGORIES = ['identity', 'wishes', 'capacityHealth', 'plan', 'contactNotes', 'jobs'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
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
  organisationId: string;
  organisationName: string;
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
