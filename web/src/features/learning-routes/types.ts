/** The learning-route answers of the API (src/modules/learning-routes/learning-routes.schemas.ts). */
export const TARGET_GROUPS = [
  'workDisability',
  'psychologicalVulnerability',
  'statusHolder',
  'benefitRecipient',
  'nugger',
  'careerSwitcher',
  'praktijkVsoPupil',
] as const;
export const SECTORS = [
  'careWelfare',
  'technology',
  'logistics',
  'hospitality',
  'retail',
  'greenSpace',
  'other',
] as const;
export const LEVELS = ['entree', 'mbo1', 'mbo2', 'mbo3', 'mbo4'] as const;
export const FORMS = ['bbl', 'wep', 'brugbaan', 'voortraject'] as const;
export const STEP_KINDS = [
  'orientation',
  'preparation',
  'workExperience',
  'bblContract',
  'qualification',
  'job',
  'other',
] as const;
export const STOP_REASONS = [
  'health',
  'personalCircumstances',
  'motivation',
  'notSuitable',
  'otherWork',
  'movedAway',
  'other',
] as const;
export const OUTCOME_KINDS = [
  'praktijkverklaring',
  'mboCertificate',
  'entreeDiploma',
  'mbo2Diploma',
  'jobStart',
] as const;
export const MEASURES = ['enrolled', 'stepReached', 'completed', 'qualification', 'inflow', 'retained6'] as const;

export type StepKind = (typeof STEP_KINDS)[number];

export interface Step {
  id: string;
  position: number;
  kind: StepKind;
  name: string;
  expectedWeeks: number;
  maxWeeks: number | null;
}

export interface Cohort {
  id: string;
  routeId: string;
  name: string;
  startDate: string;
  places: number;
  members: number;
  coaches: { userId: string; name: string }[];
  employers: { name: string; organisationId: string | null }[];
  belowPlannedSize: { openPlaces: number; signalFrom: string } | null;
}

export interface Target {
  id: string;
  routeId: string;
  description: string;
  measure: (typeof MEASURES)[number];
  stepKind: StepKind | null;
  targetCount: number;
  periodStart: string;
  periodEnd: string;
  /** The monitoring programme this target counts towards, or null. */
  programmeId: string | null;
  programmeName: string | null;
}

export interface LearningRoute {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string | null;
  sector: (typeof SECTORS)[number];
  level: (typeof LEVELS)[number];
  form: (typeof FORMS)[number];
  targetGroups: (typeof TARGET_GROUPS)[number][];
  active: boolean;
  partners: { kind: string; name: string; organisationId: string | null }[];
  steps: Step[];
  cohorts: Cohort[];
  targets: Target[];
  /** Steps participants are or were in: they stay, keep their kind and their order among themselves. */
  stepsInUse: string[];
  permissions: { manage: boolean; readProgress: boolean };
}

/** A count as published: shown, or hidden by small-cell suppression ("< 10", or "x" to protect one). */
export interface Cell {
  value: number | null;
  display: string;
  status: 'shown' | 'primary' | 'secondary';
}

export const FLOW_MEASURES = ['participants', 'inflow', 'known6', 'retained6', 'known12', 'retained12'] as const;
export type FlowMeasure = (typeof FLOW_MEASURES)[number];

export type FlowRow = Record<FlowMeasure, Cell> & {
  key: string;
  label: string;
  inflowPercentage: number | null;
  retained6Percentage: number | null;
  retained12Percentage: number | null;
};

export interface Flow {
  routeId: string;
  routeName: string;
  asOf: string;
  threshold: number;
  total: FlowRow;
  byCohort: FlowRow[];
  byTargetGroup: FlowRow[];
  definition: string;
  suppression: string;
}

export interface Progress {
  routeId: string;
  asOf: string;
  board: {
    cohortId: string | null;
    cohortName: string | null;
    columns: { stepId: string | null; label: string; kind: 'step' | 'completed' | 'stopped'; count: number }[];
  }[];
  targets: { target: Target; achieved: number; percentage: number }[];
  signals: {
    wepOverdue: number;
    noRecentNote: number;
    cohortsBelowPlannedSize: { cohortId: string; name: string; startDate: string; openPlaces: number }[];
  };
}

export interface Enrolment {
  id: string;
  participantId: string;
  participantName: string;
  trajectoryId: string;
  organisationId: string;
  route: Pick<LearningRoute, 'id' | 'name' | 'sector' | 'level' | 'form' | 'steps'>;
  cohort: { id: string; name: string; startDate: string } | null;
  enrolledOn: string;
  targetGroups: string[];
  employerOrganisationId: string | null;
  employerName: string | null;
  workplace: string | null;
  schoolName: string | null;
  programmeName: string | null;
  creboCode: string | null;
  status: 'active' | 'completed' | 'stopped';
  currentStepId: string | null;
  currentStepSince: string | null;
  expectedStepEnd: string | null;
  nextStepId: string | null;
  events: {
    id: string;
    kind: 'step' | 'stop' | 'complete';
    stepId: string | null;
    stepName: string | null;
    occurredOn: string;
    stopReason: (typeof STOP_REASONS)[number] | null;
    note: string | null;
    recordedByName: string | null;
    recordedAt: string;
  }[];
  notes: {
    id: string;
    notedOn: string;
    attendance: 'present' | 'absent' | 'excused' | null;
    text: string;
    recordedByName: string | null;
    recordedAt: string;
  }[];
  outcomes: {
    id: string;
    kind: (typeof OUTCOME_KINDS)[number];
    achievedOn: string;
    jobEpisodeId: string | null;
    note: string | null;
    recordedByName: string | null;
    recordedAt: string;
  }[];
  signals: {
    wepOverdue: { lastDay: string; daysOver: number } | null;
    noRecentNote: { since: string; days: number } | null;
  };
  inflow: { inflowDate: string | null; retained6: boolean | null; retained12: boolean | null };
  permissions: { manage: boolean };
}

export interface WorkplaceLearner {
  enrolmentId: string;
  name: string | null;
  routeName: string;
  cohortName: string | null;
  workplace: string | null;
  status: 'active' | 'completed' | 'stopped';
  stepName: string | null;
  stepKind: StepKind | null;
  stepSince: string | null;
  wepLastDay: string | null;
}

/** The address of a download of the API (the browser sends the session cookie with it). */
export function exportUrl(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  ).toString();
  return `/api/v1${path}${query ? `?${query}` : ''}`;
}
