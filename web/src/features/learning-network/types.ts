/** Shapes of the learning network API (src/modules/learning-network/learning-network.schemas.ts). */
export const EVENT_TYPES = ['webinar', 'kennisatelier', 'intervisie', 'inspiratiebijeenkomst', 'training'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface MyRegistration {
  status: 'registered' | 'waitlisted' | 'cancelled';
  waitingListPosition: number | null;
  attended: boolean | null;
}

export interface LearningEvent {
  id: string;
  networkId: string;
  networkName: string;
  type: EventType;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  startsLocal: string;
  endsLocal: string;
  location: string | null;
  onlineUrl: string | null;
  online: boolean;
  capacity: number;
  status: 'draft' | 'published' | 'cancelled';
  intervisionGroupId: string | null;
  registeredCount: number;
  waitlistCount: number;
  placesLeft: number;
  myRegistration: MyRegistration | null;
  materials: { knowledgeItemId: string; slug: string; title: string; type: string; published: boolean }[];
  permissions: { manage: boolean };
  updatedAt: string;
}

export interface LearningNetwork {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string;
  memberCount: number;
  upcomingEventCount: number;
  coordinators: string[];
  membership: { memberKind: string; coordinator: boolean } | null;
}

export interface Registration {
  userId: string;
  name: string;
  email: string;
  status: MyRegistration['status'];
  waitingListPosition: number | null;
  attended: boolean | null;
}

/** Shapes of learning tracks, intervision groups and quality checks (learning-tracks.schemas.ts). */
export const PROGRESS_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface Material {
  knowledgeItemId: string;
  slug: string;
  title: string;
  type: string;
  published: boolean;
}

export interface TrackSummary {
  id: string;
  networkId: string;
  networkName: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  municipalityCount: number;
}

export interface ProgressCell {
  organisationId: string;
  status: ProgressStatus;
  note: string;
  updatedAt: string | null;
}

export interface TrackAssignment {
  id: string;
  title: string;
  description: string;
  dueOn: string;
  /** One cell per gemeente of the track, in the order of `municipalities`. */
  progress: ProgressCell[];
}

export interface TrackModule {
  id: string;
  position: number;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  assignments: TrackAssignment[];
}

export interface Municipality {
  organisationId: string;
  name: string;
  done: number;
  total: number;
  mayReport: boolean;
}

export interface Track extends TrackSummary {
  municipalities: Municipality[];
  modules: TrackModule[];
  materials: Material[];
  permissions: { manage: boolean };
}

export interface IntervisionGroup {
  id: string;
  networkId: string;
  name: string;
  method: string;
  description: string;
  members: { userId: string; name: string }[];
  sessions: { eventId: string; title: string; startsAt: string; endsAt: string; status: string }[];
}

export interface NetworkMember {
  userId: string;
  name: string;
  email: string;
  memberKind: string;
  coordinator: boolean;
}

export const CHECK_KINDS = ['fidelityReview', 'practiceCheck', 'caseReview', 'other'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
export const OUTCOMES = ['sufficient', 'partlySufficient', 'insufficient'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface QualityCheck {
  id: string;
  organisationId: string;
  organisationName: string;
  teamName: string;
  kind: CheckKind;
  approachCode: string | null;
  plannedOn: string;
  performedOn: string | null;
  reviewer: string;
  outcome: Outcome | null;
  score: number | null;
  maxScore: number | null;
  findings: string;
  followUp: string;
  overdue: boolean;
  fidelityReview: { id: string; reviewedOn: string; teamName: string | null } | null;
  updatedAt: string;
}

/** A fidelity review as the monitoring module lists it (only what these screens use). */
export interface FidelityReviewSummary {
  id: string;
  organisationId: string;
  teamName: string | null;
  reviewedOn: string;
  total: number;
  max: number;
}
