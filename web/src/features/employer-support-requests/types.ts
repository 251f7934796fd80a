/** The API shapes of employer support requests (server: src/modules/employer-support-requests). */
export const SUPPORT_KINDS = ['jobCoach', 'instrument', 'other'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** The instruments of the rule table (server: src/modules/instruments, INSTRUMENT_CODES). */
export const INSTRUMENT_CODES = [
  'loonkostensubsidie',
  'loondispensatie',
  'noRiskPolis',
  'jobcoach',
  'proefplaatsing',
  'werkplekaanpassing',
  'banenafspraak',
  'praktijkroute',
  'bbl',
  'praktijkverklaring',
  'werkervaringsplaats',
  'participatieplaats',
  'beschutWerk',
] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

export type SupportStatus = 'open' | 'inProgress' | 'answered' | 'resolved' | 'declined';
export type SupportStep = 'taken' | 'answered' | 'resolved' | 'declined';
export type SupportEventKind = 'submitted' | SupportStep;
export const SUPPORT_FILTERS = ['open', 'mine', 'closed', 'all'] as const;
export type SupportFilter = (typeof SUPPORT_FILTERS)[number];

export interface SupportRequestSummary {
  id: string;
  kind: SupportKind;
  instrumentCode: InstrumentCode | null;
  instrumentName: string | null;
  question: string | null;
  vacancyId: string | null;
  vacancyTitle: string | null;
  status: SupportStatus;
  employerId: string;
  employerName: string;
  organisationId: string;
  organisationName: string;
  requestedByName: string;
  assignedToName: string | null;
  assignedToMe: boolean;
  answer: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** What the caller may do now (advisers of the organisation it is addressed to). */
  steps: SupportStep[];
}

export interface SupportRequestEvent {
  kind: SupportEventKind;
  message: string | null;
  recordedByName: string;
  organisationName: string;
  recordedAt: string;
}

export interface SupportRequest extends SupportRequestSummary {
  events: SupportRequestEvent[];
}
