import type { CandidateProfile, IntroductionStatus } from '../employer-portal/types';

export interface IntroductionEvent {
  status: 'requested' | 'accepted' | 'declined';
  onBehalf: boolean;
  note: string | null;
  recordedByName: string;
  recordedAt: string;
}

/** An introduction as the participant and their job coach see it. */
export interface ParticipantIntroduction {
  id: string;
  employerName: string;
  vacancyTitle: string | null;
  message: string;
  requestedAt: string;
  expiresAt: string;
  status: IntroductionStatus;
  contactRoute: string | null;
  events: IntroductionEvent[];
}

export interface ParticipantIntroductions {
  items: ParticipantIntroduction[];
  profileViews: { organisationName: string; times: number; lastSeenAt: string }[];
  findable: boolean;
  profile: CandidateProfile | null;
}
