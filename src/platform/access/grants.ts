/**
 * ============================================================================================
 *  SECURITY-CRITICAL — THE GRANTS TABLE. Changes need two reviewers.
 * ============================================================================================
 * Which role may perform which action, under which relationship to the record. Anything not listed
 * here is denied. An auditor reads this one file to know who can see what.
 *
 * - `any`: every holder of the role (platform administration, reference data).
 * - `ownOrganisation`: only records of an organisation where the actor holds the role.
 * - `self`: only the actor's own user record (role `*` = any logged-in user).
 * - `assignedParticipant` / `consent`: participant data — see types.ts; the facts come from the
 *   trajectories and consent modules through {@link RelationshipResolvers}.
 *
 * API tokens of system integrations are not in this table: a token carries its own list of actions
 * (only those marked `tokenAllowed`) and always acts within its own organisation.
 */
import { ACCESS_CATALOGUE_ACTIONS } from '../../modules/access-catalogue/access-catalogue.actions.js';
import { API_TOKEN_ACTIONS } from '../../modules/api-tokens/api-tokens.actions.js';
import { AUDIT_LOG_ACTIONS } from '../../modules/audit-log/audit-log.actions.js';
import { AUTH_ACTIONS } from '../../modules/auth/auth.actions.js';
import { DEV_MAIL_ACTIONS } from '../../modules/dev-mail/dev-mail.actions.js';
import { CAPACITY_ACTIONS } from '../../modules/capacity/capacity.actions.js';
import { CONSENT_ACTIONS } from '../../modules/consents/consents.actions.js';
import { CONTACT_ACTIONS } from '../../modules/contacts/contacts.actions.js';
import { DATA_REQUEST_ACTIONS } from '../../modules/data-requests/data-requests.actions.js';
import { IMPORT_ACTIONS } from '../../modules/imports/imports.actions.js';
import { JOB_ACTIONS } from '../../modules/jobs/jobs.actions.js';
import { WISH_ACTIONS } from '../../modules/wishes/wishes.actions.js';
import { ORGANISATION_ACTIONS } from '../../modules/organisations/organisations.actions.js';
import { PLAN_ACTIONS } from '../../modules/plans/plans.actions.js';
import { PARTICIPANT_ACTIONS } from '../../modules/participants/participants.actions.js';
import { TRAJECTORY_ACTIONS } from '../../modules/trajectories/trajectories.actions.js';
import { USER_ACTIONS } from '../../modules/users/users.actions.js';
import type { ActionDefinition, Grant } from './types.js';

/** Every action of every module. A module adds its `*.actions.ts` export here. */
export const ACTIONS = {
  ...AUTH_ACTIONS,
  ...ORGANISATION_ACTIONS,
  ...USER_ACTIONS,
  ...API_TOKEN_ACTIONS,
  ...AUDIT_LOG_ACTIONS,
  ...DEV_MAIL_ACTIONS,
  ...ACCESS_CATALOGUE_ACTIONS,
  ...PARTICIPANT_ACTIONS,
  ...TRAJECTORY_ACTIONS,
  ...CONSENT_ACTIONS,
  ...WISH_ACTIONS,
  ...JOB_ACTIONS,
  ...CONTACT_ACTIONS,
  ...DATA_REQUEST_ACTIONS,
  ...PLAN_ACTIONS,
  ...CAPACITY_ACTIONS,
  ...IMPORT_ACTIONS,
} as const satisfies Record<string, ActionDefinition>;

export type ActionName = keyof typeof ACTIONS;

const SELF: Grant[] = [{ role: '*', when: 'self' }];
const ALL_ROLES_ANY: Grant[] = [{ role: '*', when: 'any' }];
const ADMIN: Grant[] = [{ role: 'administrator', when: 'any' }];

// Participant data (AVG art. 9): the participant themself; professionals through an assignment in their
// own organisation; job coaches and consultants of another organisation through the participant's consent
// for that organisation and the action's data category (reading only). Employers, programme managers and
// evaluators get no participant-level access.
const PARTICIPANT_SELF: Grant = { role: 'participant', when: 'self' };
const COACH_ASSIGNED: Grant = { role: 'jobCoach', when: 'assignedParticipant' };
const CONSULTANT_ASSIGNED: Grant = { role: 'consultant', when: 'assignedParticipant' };
const CONSULTANT_CONSENT: Grant = { role: 'consultant', when: 'consent' };
const COACH_CONSENT: Grant = { role: 'jobCoach', when: 'consent' };
const CASE_READ: Grant[] = [PARTICIPANT_SELF, COACH_ASSIGNED, CONSULTANT_ASSIGNED, COACH_CONSENT, CONSULTANT_CONSENT];
const CASE_WORK: Grant[] = [COACH_ASSIGNED, CONSULTANT_ASSIGNED];

export const GRANTS = {
  'profile.read': SELF,
  'profile.update': SELF,
  'session.manage': SELF,
  'secondFactor.manage': SELF,
  'auditLog.readOwn': SELF,

  'organisation.list': ALL_ROLES_ANY,
  'organisation.read': ALL_ROLES_ANY,
  'organisation.create': ADMIN,
  'organisation.update': ADMIN,

  'user.list': ADMIN,
  'user.read': ADMIN,
  'user.invite': ADMIN,
  'user.update': ADMIN,

  'apiToken.manage': ADMIN,
  'auditLog.read': ADMIN,
  'devMail.read': ADMIN,
  'access.read': ADMIN,
  'metrics.read': ADMIN,

  'participant.list': CASE_READ,
  'participant.read': CASE_READ,
  // The BSN only for those who need it for benefits and the participant themself.
  'participant.readBsn': [PARTICIPANT_SELF, CONSULTANT_ASSIGNED],
  'participant.create': [
    { role: 'jobCoach', when: 'ownOrganisation' },
    { role: 'consultant', when: 'ownOrganisation' },
  ],
  'participant.update': CASE_WORK,
  'participant.invite': CASE_WORK,
  'participant.export': [PARTICIPANT_SELF],
  'dataRequest.create': [PARTICIPANT_SELF],
  'dataRequest.handle': ADMIN,

  'approach.list': ALL_ROLES_ANY,
  'trajectory.read': CASE_READ,
  'trajectory.create': CASE_WORK,
  'trajectory.changePhase': CASE_WORK,
  'trajectory.assign': CASE_WORK,

  // The participant decides who may see what; their professionals record consent given on paper or aloud.
  'consent.read': [PARTICIPANT_SELF, COACH_ASSIGNED, CONSULTANT_ASSIGNED],
  'consent.manage': [PARTICIPANT_SELF, COACH_ASSIGNED, CONSULTANT_ASSIGNED],

  // IPS: client preference first — the participant can change their own wishes.
  'wishes.read': CASE_READ,
  'wishes.update': [PARTICIPANT_SELF, ...CASE_WORK],
  'job.read': CASE_READ,
  'job.manage': CASE_WORK,
  // A contact belongs to the organisation that recorded it (assignment there); notes are category contactNotes.
  'contact.read': CASE_READ,
  'contact.readNotes': CASE_READ,
  'contact.manage': CASE_WORK,
  // A goal belongs to the organisation working on it: assignment there, or consent for the plan.
  'plan.read': CASE_READ,
  'plan.manage': CASE_WORK,
  'plan.participate': [PARTICIPANT_SELF, ...CASE_WORK],
  // Health data: a professional assessment belongs to its organisation; the participant assesses themself too.
  'fml.read': ALL_ROLES_ANY,
  'capacity.read': CASE_READ,
  'capacity.assess': [PARTICIPANT_SELF, ...CASE_WORK],

  // Spreadsheet import into one's own organisation: those who may register participants there.
  'import.manage': [
    { role: 'jobCoach', when: 'ownOrganisation' },
    { role: 'consultant', when: 'ownOrganisation' },
  ],
  'import.record': [
    { role: 'jobCoach', when: 'ownOrganisation' },
    { role: 'consultant', when: 'ownOrganisation' },
  ],
} as const satisfies Record<ActionName, readonly Grant[]>;

/** Whether `name` is a declared action (unknown names must throw, never allow). */
export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}
