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
