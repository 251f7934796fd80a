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
  permissions: { manage: boolean; readProgress: boolean };
}

export interface FlowRow {
  key: string;
  label: string;
  participants: number | null;
  inflow: number | null;
  retained6: number | null;
  known6: number | null;
  retained12: number | null;
  known12: number | null;
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
  flow: { total: FlowRow; byCohort: FlowRow[]; byTargetGroup: FlowRow[] };
  signals: {
    wepOverdue: number;
    noRecentNote: number;
    cohortsBelowPlannedSize: { cohortId: string; name: string; startDate: string; openPlaces: number }[];
  };
  definition: string;
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

/** A CSV file of rows (semicolon-separated, as Dutch Excel opens it), with a byte-order mark for the accents. */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[";\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Offers text as a file download. */
export function download(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
