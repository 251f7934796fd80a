/**
 * The monitoring API's shapes as the screens use them (src/modules/monitoring/monitoring.schemas.ts is the
 * source). Every count arrives already suppressed: a {@link Cell} carries what to show.
 */

/** A published count: `display` is the number, "< 10" (small number) or "x" (hidden to protect one). */
export interface Cell {
  value: number | null;
  display: string;
  suppressed: boolean;
  status: 'shown' | 'primary' | 'secondary';
}

export const PROGRAMME_STATUSES = ['preparing', 'running', 'followUp', 'ended'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const BUILDING_BLOCKS = [
  'resilience',
  'workplaces',
  'sustainableJobs',
  'stakeholderCooperation',
  'monitoringEvaluation',
] as const;
export type BuildingBlock = (typeof BUILDING_BLOCKS)[number];
export const PARTY_KINDS = ['organisation', 'company', 'network'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const METRICS = [
  'reach',
  'jobStarts',
  'sustainable6',
  'sustainable12',
  'ipsEmploymentRate',
  'nationalApproaches',
] as const;
export type Metric = (typeof METRICS)[number];
export const GOAL_SCOPES = ['programme', 'region', 'approach'] as const;
export type GoalScope = (typeof GOAL_SCOPES)[number];
export const DIMENSIONS = [
  'none',
  'approach',
  'organisation',
  'region',
  'municipality',
  'targetGroup',
  'initiative',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const MEASURES = ['reach', 'jobStarts', 'sustainable6', 'sustainable12', 'hoursWorked'] as const;
export type Measure = (typeof MEASURES)[number];
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

export interface Party {
  kind: PartyKind;
  organisationId: string | null;
  name: string;
  perspective: string;
}

export interface Initiative {
  id: string;
  programmeId: string;
  name: string;
  description: string | null;
  status: ProgrammeStatus;
  startsOn: string;
  endsOn: string | null;
  buildingBlocks: BuildingBlock[];
  parties: Party[];
  approachCodes: string[];
  followUpOf: string | null;
  documents: InitiativeDocument[];
}

export interface InitiativeDocument {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  href: string;
}

export interface Goal {
  id: string;
  programmeId: string;
  description: string;
  metric: Metric;
  scope: GoalScope;
  regionCode: string | null;
  approachCode: string | null;
  targetGroup: string | null;
  population: 'programme' | 'everyone';
  periodStart: string;
  periodEnd: string;
  baseline: number | null;
  baselineNote: string | null;
  target: number;
  approachMinReach: number | null;
}

export interface SustainableDefinition {
  minHoursPerWeek: number;
  maxGapDays: number;
  competitiveOnly: boolean;
}

export interface ProgrammeSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  initiatives: number;
  goals: number;
}

export interface Programme {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string | null;
  ambition: string | null;
  startsOn: string;
  endsOn: string | null;
  sustainableDefinition: SustainableDefinition;
  suppression: { threshold: number; showZeros: boolean };
  initiatives: Initiative[];
  goals: Goal[];
  permissions: { manage: boolean; readIndicators: boolean };
}

export interface GoalProgressRow {
  key: string;
  label: string;
  count: Cell;
  rate: number | null;
  target: number;
  projection: {
    year: number;
    projected: number;
    low: number;
    high: number;
    outlook: 'reached' | 'likely' | 'uncertain' | 'unlikely';
    early: boolean;
  } | null;
  sentence: string;
}

export interface GoalProgress {
  programmeId: string;
  asOf: string;
  threshold: number;
  goals: { goal: Goal; periodTo: string; note: string | null; rows: GoalProgressRow[] }[];
  /** Targets of learning routes that count towards the programme (server: learning-routes figures). */
  routeTargets: {
    target: {
      id: string;
      routeId: string;
      routeName: string;
      description: string;
      targetCount: number;
      periodStart: string;
      periodEnd: string;
    };
    achieved: Cell;
    percentage: number | null;
    sentence: string;
  }[];
}

export type MeasureCells = Record<Measure, Cell>;

export interface IndicatorTable {
  from: string;
  to: string;
  asOf: string;
  by: Dimension;
  regionCode: string | null;
  threshold: number;
  showZeros: boolean;
  sustainableDefinition: SustainableDefinition;
  columns: { key: Measure; label: string; definition: string }[];
  rows: { key: string; label: string; cells: MeasureCells }[];
  total: MeasureCells;
  /** When the counts were computed (a snapshot may be a few minutes old). */
  computedAt: string;
}

export interface IpsRateTable {
  year: number;
  regionCode: string | null;
  threshold: number;
  definition: string;
  benchmarks: { minimal: number; average: number; excellent: number };
  quarters: {
    quarter: number;
    from: string;
    to: string;
    partial: boolean;
    caseload: Cell;
    worked: Cell;
    rate: number | null;
  }[];
}

export interface FidelityCatalogue {
  items: { key: string; section: 'staffing' | 'organization' | 'services'; number: number; name: string }[];
  bands: { band: string; min: number; max: number; name: string }[];
  minScore: number;
  maxScore: number;
}

export type FidelityBand = 'exemplary' | 'good' | 'fair' | 'notIps';

export interface FidelityReviewSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  teamName: string | null;
  reviewedOn: string;
  reviewers: string[];
  total: number;
  max: number;
  band: FidelityBand;
  bandName: string;
  sections: { section: string; total: number; items: number; mean: number }[];
  totalChange: number | null;
  openActionPoints: number;
}

export interface ActionPoint {
  id: string;
  reviewId: string;
  itemKey: string | null;
  description: string;
  owner: string | null;
  dueOn: string | null;
  status: 'open' | 'done';
  doneOn: string | null;
}

export interface FidelityReview extends FidelityReviewSummary {
  summary: string | null;
  profile: {
    key: string;
    section: string;
    number: number;
    name: string;
    score: number;
    note: string | null;
    change: number | null;
  }[];
  weakest: string[];
  previousReviewId: string | null;
  actionPoints: ActionPoint[];
  recordedAt: string;
  permissions: { manageActionPoints: boolean };
}

export interface Region {
  code: string;
  name: string;
}
export interface ApproachOption {
  code: string;
  name: string;
  active: boolean;
}

/** `GET /monitoring/effect-evaluation` (percentages and differences in percentage points, 95 % intervals). */
export interface Estimate {
  estimate: number;
  lower: number;
  upper: number;
}
export interface EffectCohort {
  label: string;
  from: string;
  to: string;
  n: Cell;
  events: Cell;
}
export interface EffectCurve {
  points: {
    month: number;
    survival: number | null;
    lower: number | null;
    upper: number | null;
    atRisk: number | null;
  }[];
  truncatedAtMonth: number | null;
  median: { estimate: number | null; lower: number | null; upper: number | null; withheld: boolean };
}
export interface EffectEvaluation {
  outcome: 'jobWithin' | 'timeToFirstJob' | 'jobTenure';
  months: number | null;
  asOf: string;
  threshold: number;
  cohorts: { a: EffectCohort; b: EffectCohort };
  overlap: Cell;
  binary: {
    proportionA: Estimate;
    proportionB: Estimate;
    riskDifference: Estimate;
    relativeRisk: Estimate | null;
    oddsRatio: Estimate | null;
    fisherP: number;
  } | null;
  survival: { a: EffectCurve; b: EffectCurve; logRank: { statistic: number; pValue: number } } | null;
  withheld: 'small-cohort' | 'small-cells' | null;
  summary: string;
}

/** `GET /research-studies` and `/research-studies/{id}`: a study with the files made for it. */
export interface ResearchExport {
  id: string;
  requestedAt: string;
  requestedBy: string | null;
  format: 'xlsx' | 'csv';
  participants: number;
  trajectories: number;
  sha256: string;
  population: Record<string, string | null>;
}
export interface ResearchStudy {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  purpose: string;
  legalBasis: string;
  startsOn: string;
  endsOn: string;
  running: boolean;
  createdAt: string;
  exports: ResearchExport[];
}

/** `GET /monitoring/approaches`: each approach with its computed scope and the knowledge items about it. */
export interface ApproachDetail {
  code: string;
  name: string;
  description: string | null;
  active: boolean;
  scope: 'notRunning' | 'regional' | 'national';
  regions: { code: string; name: string }[];
  knowledgeItems: { id: string; slug: string; title: string; evidenceLevel: string }[];
}
export interface ApproachDetailList {
  from: string;
  to: string;
  nationalMinRegions: number;
  items: ApproachDetail[];
}

/** `GET /initiatives/{id}/process-evaluation`. */
export type AnswerStatus = 'yes' | 'partly' | 'no' | 'notApplicable';
export const ANSWER_STATUSES: AnswerStatus[] = ['yes', 'partly', 'no', 'notApplicable'];
export interface ProcessQuestion {
  id: string;
  position: number;
  text: string;
  help: string | null;
  kind: 'checklist' | 'open';
  buildingBlock: BuildingBlock | null;
  archived: boolean;
}
export interface ProcessRound {
  id: string;
  heldOn: string;
  title: string;
  participants: string | null;
  recordedBy: string | null;
  recordedAt: string;
  answers: { questionId: string; status: AnswerStatus | null; note: string | null }[];
}
export interface ProcessEvaluation {
  initiativeId: string;
  initiativeName: string;
  questions: ProcessQuestion[];
  rounds: ProcessRound[];
  progress: { checklistItems: number; yes: number; partly: number; no: number; notAnswered: number };
  permissions: { manageQuestions: boolean; recordRound: boolean };
}

/** `GET /monitoring/durations`: one Kaplan–Meier curve per approach (null: the group is below the threshold). */
export const TIME_OUTCOMES = ['jobTenure', 'timeToFirstJob', 'timeToFirstEmployerContact'] as const;
export type TimeOutcome = (typeof TIME_OUTCOMES)[number];
export interface DurationsTable {
  outcome: TimeOutcome;
  from: string;
  to: string;
  asOf: string;
  regionCode: string | null;
  threshold: number;
  approaches: { code: string; label: string; n: Cell; events: Cell; curve: EffectCurve | null }[];
}

/** `GET /monitoring/team-norms`: IPS caseload and employer contacts per team, against the IPS norms. */
export interface TeamNormsTable {
  from: string;
  to: string;
  asOf: string;
  regionCode: string | null;
  threshold: number;
  caseloadNorm: number;
  contactsNorm: number;
  weeks: number;
  teams: {
    organisationId: string;
    name: string;
    ipsParticipants: Cell;
    ipsCoaches: number;
    averageCaseload: number | null;
    coachesAboveNorm: number;
    specialists: number;
    faceToFace: number;
    contacts: number;
    faceToFacePerWeek: number | null;
  }[];
}

/** `GET /monitoring/indicators/over-time`: every measure per month (or quarter) of the period. */
export interface IndicatorSeries {
  from: string;
  to: string;
  asOf: string;
  interval: 'month' | 'quarter';
  regionCode: string | null;
  threshold: number;
  columns: IndicatorTable['columns'];
  points: { key: string; from: string; to: string; cells: MeasureCells }[];
  total: MeasureCells;
  computedAt: string;
}
