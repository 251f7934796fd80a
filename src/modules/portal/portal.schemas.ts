import { Type, type Static } from 'typebox';
import { DateTime } from '../../shared/schemas.js';
import { OwnAuditEvent } from '../auth/auth.schemas.js';
import { Consent } from '../consents/consents.schemas.js';
import { ParticipantIntroduction } from '../introductions/introductions.schemas.js';
import { Contact } from '../contacts/contacts.schemas.js';
import { DataRequest } from '../data-requests/data-requests.schemas.js';
import { JobOverview } from '../jobs/jobs.schemas.js';
import { Participant } from '../participants/participants.schemas.js';
import { Trajectory } from '../trajectories/trajectories.schemas.js';
import { Wishes } from '../wishes/wishes.schemas.js';
import { Plan, PlanEvent } from '../plans/plans.schemas.js';
import { CapacityProfile } from '../capacity/capacity.schemas.js';

export const OwnDataExport = Type.Object(
  {
    exportedAt: DateTime,
    participant: Type.Omit(Participant, ['permissions'], { additionalProperties: false }),
    trajectories: Type.Array(Trajectory),
    wishes: Type.Array(Wishes, { description: 'Alle versies, nieuwste eerst.' }),
    jobs: JobOverview,
    plan: Plan,
    planHistory: Type.Array(PlanEvent, { description: 'Alle veranderingen in het plan, nieuwste eerst.' }),
    capacity: Type.Omit(CapacityProfile, ['comparison'], {
      additionalProperties: false,
      description: 'Alle beoordelingen van wat u kunt (eigen en van professionals), met aantekeningen.',
    }),
    contacts: Type.Array(Contact),
    consents: Type.Array(Consent),
    // Requests of employers to meet them, with every step (ADR 0019).
    introductions: Type.Array(ParticipantIntroduction),
    dataRequests: Type.Array(DataRequest),
    accessLog: Type.Array(OwnAuditEvent, { description: 'Wie keek in uw gegevens (alles).' }),
  },
  { $id: 'OwnDataExport', additionalProperties: false },
);
export type OwnDataExport = Static<typeof OwnDataExport>;
