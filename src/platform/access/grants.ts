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
import { EMPLOYER_ACTIONS } from '../../modules/employers/employers.actions.js';
import { CAPACITY_ACTIONS } from '../../modules/capacity/capacity.actions.js';
import { CONSENT_ACTIONS } from '../../modules/consents/consents.actions.js';
import { CONTACT_ACTIONS } from '../../modules/contacts/contacts.actions.js';
import { DATA_REQUEST_ACTIONS } from '../../modules/data-requests/data-requests.actions.js';
import { IMPORT_ACTIONS } from '../../modules/imports/imports.actions.js';
import { LEARNING_NETWORK_ACTIONS } from '../../modules/learning-network/learning-network.actions.js';
import { JOB_ACTIONS } from '../../modules/jobs/jobs.actions.js';
import { LEARNING_ROUTE_ACTIONS } from '../../modules/learning-routes/learning-routes.actions.js';
import { MONITORING_ACTIONS } from '../../modules/monitoring/monitoring.actions.js';
// Anonymised candidate search and introductions (helper B, ADR 0019)
import { CANDIDATE_SEARCH_ACTIONS } from '../../modules/candidate-search/candidate-search.actions.js';
import { INTRODUCTION_ACTIONS } from '../../modules/introductions/introductions.actions.js';
// Matching in the region and instrument applications (helper A, ADR 0018)
import { MATCH_ACTIONS } from '../../modules/matches/matches.actions.js';
import { INSTRUMENT_APPLICATION_ACTIONS } from '../../modules/instrument-applications/instrument-applications.actions.js';
// Employer support requests (employer portal, issue 4)
import { SUPPORT_REQUEST_ACTIONS } from '../../modules/employer-support-requests/employer-support-requests.actions.js';
import { KNOWLEDGE_ACTIONS } from '../../modules/knowledge/knowledge.actions.js';
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
  ...EMPLOYER_ACTIONS,
  ...IMPORT_ACTIONS,
  ...KNOWLEDGE_ACTIONS,
  ...LEARNING_NETWORK_ACTIONS,
  ...LEARNING_ROUTE_ACTIONS,
  ...MONITORING_ACTIONS,
  // Anonymised candidate search and introductions (ADR 0019)
  ...CANDIDATE_SEARCH_ACTIONS,
  ...INTRODUCTION_ACTIONS,
  // Matching in the region and instrument applications (ADR 0018)
  ...MATCH_ACTIONS,
  ...INSTRUMENT_APPLICATION_ACTIONS,
  // Employer support requests (employer portal, issue 4)
  ...SUPPORT_REQUEST_ACTIONS,
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
const LEARNING_COORDINATORS: Grant[] = [
  { role: 'knowledgeEditor', when: 'ownOrganisation' },
  { role: 'programmeManager', when: 'ownOrganisation' },
];

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

  // Learning network (ADR 0013): published events are public; coordinating is for knowledge editors and
  // programme managers of the organisation that runs the network (and the service requires them to be a
  // coordinator of it); taking part is for anyone logged in, for themself.
  'learningNetwork.create': LEARNING_COORDINATORS,
  'learningNetwork.manage': LEARNING_COORDINATORS,
  'learningNetwork.readMembers': LEARNING_COORDINATORS,
  'learningNetwork.join': SELF,
  'learningEvent.register': SELF,
  'learningEvent.readRegistrations': LEARNING_COORDINATORS,
  'learningEvent.recordAttendance': LEARNING_COORDINATORS,
  // A learning track is shared by its cohort: anyone logged in sees it; a gemeente keeps up its own progress
  // (the network's coordinators, knowledge editors or programme managers elsewhere, may too: the service).
  'learningTrack.read': ALL_ROLES_ANY,
  'learningTrack.reportProgress': [
    { role: 'programmeManager', when: 'ownOrganisation' },
    { role: 'consultant', when: 'ownOrganisation' },
    { role: 'knowledgeEditor', when: 'ownOrganisation' },
  ],
  // The service shows a group only to its members and the network's coordinators.
  'learningIntervision.read': ALL_ROLES_ANY,
  'qualityCheck.read': [
    { role: 'programmeManager', when: 'ownOrganisation' },
    { role: 'knowledgeEditor', when: 'ownOrganisation' },
    { role: 'jobCoach', when: 'ownOrganisation' },
    { role: 'consultant', when: 'ownOrganisation' },
    { role: 'employerAdviser', when: 'ownOrganisation' },
  ],
  'qualityCheck.manage': LEARNING_COORDINATORS,

  // Knowledge portal: editors for every item; programme managers and evaluators write their organisation's.
  'knowledge.edit': [
    { role: 'knowledgeEditor', when: 'any' },
    { role: 'programmeManager', when: 'ownOrganisation' },
    { role: 'evaluator', when: 'ownOrganisation' },
  ],
  'knowledge.publish': [{ role: 'knowledgeEditor', when: 'any' }],

  // Learning routes: the programme manager coordinates the routes of their own organisation (routes,
  // cohorts, targets, progress in numbers without names); job coaches and consultants enrol the
  // participants they work with; an employer sees the learners at its workplace only by consent.
  'learningRoute.read': ALL_ROLES_ANY,
  'learningRoute.manage': [{ role: 'programmeManager', when: 'ownOrganisation' }],
  'learningRoute.readProgress': [
    { role: 'programmeManager', when: 'ownOrganisation' },
    { role: 'evaluator', when: 'any' },
  ],
  'learningRoute.exportProgress': [
    { role: 'programmeManager', when: 'ownOrganisation' },
    { role: 'evaluator', when: 'any' },
  ],
  'learningEnrolment.read': CASE_READ,
  'learningEnrolment.manage': CASE_WORK,
  'learningEnrolment.readAtWorkplace': [{ role: 'employer', when: 'consent' }],
  'learningEnrolment.readAtWorkplaceName': [{ role: 'employer', when: 'consent' }],

  // Monitoring (ADR 0016, src/modules/monitoring/README.md): no personal data — indicators leave the API
  // only through small-cell suppression. A programme manager manages their own organisation's programmes
  // and reads figures of their own region and of their own programmes (the service narrows `any` to that);
  // an evaluator reads everything and records IPS fidelity reviews; the team under review sees its own.
  'programme.read': [
    { role: 'programmeManager', when: 'any' },
    { role: 'evaluator', when: 'any' },
  ],
  'programme.manage': [{ role: 'programmeManager', when: 'ownOrganisation' }],
  // Process evaluation: the programme's own managers, and evaluators (who often lead the evaluation).
  'processEvaluation.record': [
    { role: 'programmeManager', when: 'ownOrganisation' },
    { role: 'evaluator', when: 'any' },
  ],
  'approach.read': [
    { role: 'programmeManager', when: 'any' },
    { role: 'evaluator', when: 'any' },
    { role: 'knowledgeEditor', when: 'any' },
  ],
  'approach.manage': [
    { role: 'programmeManager', when: 'any' },
    { role: 'administrator', when: 'any' },
  ],
  'indicator.read': [
    { role: 'programmeManager', when: 'any' },
    { role: 'evaluator', when: 'any' },
  ],
  'fidelity.read': [
    { role: 'evaluator', when: 'any' },
    { role: 'programmeManager', when: 'any' },
    { role: 'jobCoach', when: 'ownOrganisation' },
  ],
  'fidelity.review': [{ role: 'evaluator', when: 'any' }],
  // Research studies and pseudonymised exports: evaluators only, for their own organisation's studies.
  'researchStudy.read': [{ role: 'evaluator', when: 'ownOrganisation' }],
  'researchStudy.manage': [{ role: 'evaluator', when: 'ownOrganisation' }],
  'research.export': [{ role: 'evaluator', when: 'ownOrganisation' }],
  'fidelity.manageActionPoints': [
    { role: 'evaluator', when: 'any' },
    { role: 'programmeManager', when: 'ownOrganisation' },
  ],
  // Employer services (ADR 0017). One employer record serves the region: employer advisers and job coaches
  // read every employer, vacancy and job of their own region ('any', narrowed to the regions of their
  // organisations by the service); changes are for the account-holding organisation's employer advisers
  // and for the employer's own users (the employer organisation linked to the record). Job coaches and
  // advisers log their own employer contacts, in their own organisation.
  'employer.read': [
    { role: 'employerAdviser', when: 'any' },
    { role: 'jobCoach', when: 'any' },
    { role: 'employer', when: 'ownOrganisation' },
  ],
  'employer.create': [{ role: 'employerAdviser', when: 'ownOrganisation' }],
  'employer.manage': [
    { role: 'employerAdviser', when: 'ownOrganisation' },
    { role: 'employer', when: 'ownOrganisation' },
  ],
  'employer.administer': [{ role: 'employerAdviser', when: 'ownOrganisation' }],
  'employerContact.read': [
    { role: 'employerAdviser', when: 'any' },
    { role: 'jobCoach', when: 'any' },
    { role: 'employer', when: 'ownOrganisation' },
  ],
  'employerContact.manage': [
    { role: 'employerAdviser', when: 'ownOrganisation' },
    { role: 'employer', when: 'ownOrganisation' },
  ],
  'employerLog.read': [
    { role: 'employerAdviser', when: 'any' },
    { role: 'jobCoach', when: 'any' },
  ],
  'employerLog.create': [
    { role: 'employerAdviser', when: 'ownOrganisation' },
    { role: 'jobCoach', when: 'ownOrganisation' },
  ],
  'employerLog.update': [
    { role: 'employerAdviser', when: 'self' },
    { role: 'jobCoach', when: 'self' },
  ],
  'employerLog.weekOwn': [
    { role: 'employerAdviser', when: 'self' },
    { role: 'jobCoach', when: 'self' },
  ],
  'employerLog.weekTeam': [
    { role: 'employerAdviser', when: 'ownOrganisation' },
    { role: 'jobCoach', when: 'ownOrganisation' },
    { role: 'programmeManager', when: 'ownOrganisation' },
  ],
  'vacancy.read': [
    { role: 'employerAdviser', when: 'any' },
    { role: 'jobCoach', when: 'any' },
    { role: 'employer', when: 'ownOrganisation' },
  ],
  'vacancy.manage': [
    { role: 'employerAdviser', when: 'ownOrganisation' },
    { role: 'employer', when: 'ownOrganisation' },
  ],
  'employerJob.read': [
    { role: 'employerAdviser', when: 'any' },
    { role: 'jobCoach', when: 'any' },
    { role: 'employer', when: 'ownOrganisation' },
  ],
  'employerJob.manage': [
    { role: 'employerAdviser', when: 'ownOrganisation' },
    { role: 'employer', when: 'ownOrganisation' },
  ],
  // Matching in the region (ADR 0018). Asking for candidates: advisers and job coaches (the vacancy must be in
  // their region, ADR 0017). Each participant shown: the participant themself, an assigned job coach, or a job
  // coach or employer adviser whose organisation has the participant's consent for purpose 'matching' (the
  // service asks it) for wishes and for capacity & health; the name only with identity consent too. Never the employer.
  'match.candidates': [
    { role: 'employerAdviser', when: 'any' },
    { role: 'jobCoach', when: 'any' },
  ],
  'match.readCandidate': [
    PARTICIPANT_SELF,
    COACH_ASSIGNED,
    COACH_CONSENT,
    { role: 'employerAdviser', when: 'consent' },
  ],
  'match.useCapacity': [PARTICIPANT_SELF, COACH_ASSIGNED, COACH_CONSENT, { role: 'employerAdviser', when: 'consent' }],
  'match.readCandidateName': [
    PARTICIPANT_SELF,
    COACH_ASSIGNED,
    COACH_CONSENT,
    { role: 'employerAdviser', when: 'consent' },
  ],
  // Instrument applications per placement: like job episodes.
  'instrumentApplication.read': CASE_READ,
  'instrumentApplication.manage': CASE_WORK,
  // Anonymised candidate search and introductions (ADR 0019). Employers and employer advisers search the
  // profiles without names of their own region ('any', narrowed to the regions of their organisations by the
  // service; only participants with an active employerProfile consent for that region). An employer asks for
  // an introduction for its own organisation and sees its own requests (the name only after the participant's
  // yes); advisers see the requests of their region without names. The participant and their assigned job
  // coach see who wants to meet them and decide (the coach records the participant's decision).
  'candidateProfile.search': [
    { role: 'employer', when: 'any' },
    { role: 'employerAdviser', when: 'any' },
  ],
  'introduction.request': [{ role: 'employer', when: 'ownOrganisation' }],
  'introduction.read': [
    { role: 'employer', when: 'ownOrganisation' },
    { role: 'employerAdviser', when: 'any' },
  ],
  'introduction.readForParticipant': [PARTICIPANT_SELF, COACH_ASSIGNED],
  'introduction.decide': [PARTICIPANT_SELF, COACH_ASSIGNED],
  // Employer support requests (employer portal, issue 4). The employer's own users ask and follow their requests
  // (the request's employer organisation); the employer advisers of the organisation a request is addressed to
  // (the account holder when it was asked) read, take, answer and close it. Nobody else: not job coaches, not
  // advisers of other organisations of the region, not participants.
  'supportRequest.create': [{ role: 'employer', when: 'ownOrganisation' }],
  'supportRequest.read': [
    { role: 'employer', when: 'ownOrganisation' },
    { role: 'employerAdviser', when: 'ownOrganisation' },
  ],
  'supportRequest.handle': [{ role: 'employerAdviser', when: 'ownOrganisation' }],
} as const satisfies Record<ActionName, readonly Grant[]>;

/** Whether `name` is a declared action (unknown names must throw, never allow). */
export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}
