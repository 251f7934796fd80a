/**
 * The access matrix: every registered route × every role (plus no login, and an API token), with the
 * expected answer derived from the grants table — allow and deny in pairs. A route that is not listed
 * in ROUTES below fails this test: add a row (how to fill its parameters) when you add a route.
 *
 * "Allowed" means the request passed authentication and the action check (any status but 401/403);
 * "denied" means 403. Record-level answers (404 for another organisation's record) are tested in the
 * module tests and at the end of this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { buildTestApp, clientFor, cookieFrom, type TestApp } from './helpers.js';
import { makeOrg, makeUser, PASSWORD } from './factories.js';
import { ROLE_NAMES, type RoleName } from '../src/platform/config/config.js';
import { ACTIONS, GRANTS, type ActionName } from '../src/platform/access/grants.js';
import { sha256 } from '../src/platform/auth/tokens.js';

interface Fixture {
  orgId: string;
  userId: string;
  membershipId: string;
  tokenId: string;
  participantId: string;
  trajectoryId: string;
  assignmentId: string;
  consentId: string;
  jobId: string;
  contactId: string;
}

/** How to call each route: the URL with parameters filled and a body. `{}` bodies fail validation for allowed roles (400), which is fine: it shows they got past the access check. */
const ROUTES: Record<string, (f: Fixture) => { url: string; body?: unknown }> = {
  'GET /api/v1/health': () => ({ url: '/api/v1/health' }),
  'GET /api/v1/health/ready': () => ({ url: '/api/v1/health/ready' }),
  'GET /api/v1/openapi.json': () => ({ url: '/api/v1/openapi.json' }),
  'GET /api/v1/regions': () => ({ url: '/api/v1/regions' }),
  'GET /api/v1/municipalities': () => ({ url: '/api/v1/municipalities?regionCode=AM13' }),
  'GET /api/v1/login-options': () => ({ url: '/api/v1/login-options' }),
  'POST /api/v1/sessions': () => ({ url: '/api/v1/sessions', body: {} }),
  'GET /api/v1/sessions/current': () => ({ url: '/api/v1/sessions/current' }),
  'DELETE /api/v1/sessions/current': () => ({ url: '/api/v1/sessions/current' }),
  'POST /api/v1/sessions/current/second-factor': () => ({ url: '/api/v1/sessions/current/second-factor', body: {} }),
  'POST /api/v1/password-reset-requests': () => ({ url: '/api/v1/password-reset-requests', body: {} }),
  'POST /api/v1/password-resets': () => ({ url: '/api/v1/password-resets', body: {} }),
  'POST /api/v1/invitation-acceptances': () => ({ url: '/api/v1/invitation-acceptances', body: {} }),
  'GET /api/v1/oidc/:organisationSlug/authorization': () => ({
    url: '/api/v1/oidc/no-such-organisation/authorization',
  }),
  'GET /api/v1/oidc/callback': () => ({ url: '/api/v1/oidc/callback?state=x&code=y' }),
  'GET /api/v1/me': () => ({ url: '/api/v1/me' }),
  'PATCH /api/v1/me': () => ({ url: '/api/v1/me', body: {} }),
  'PUT /api/v1/me/password': () => ({ url: '/api/v1/me/password', body: {} }),
  'POST /api/v1/me/second-factor': () => ({ url: '/api/v1/me/second-factor' }),
  'PUT /api/v1/me/second-factor': () => ({ url: '/api/v1/me/second-factor', body: {} }),
  'DELETE /api/v1/me/second-factor': () => ({ url: '/api/v1/me/second-factor', body: {} }),
  'POST /api/v1/me/recovery-codes': () => ({ url: '/api/v1/me/recovery-codes' }),
  'GET /api/v1/me/sessions': () => ({ url: '/api/v1/me/sessions' }),
  'DELETE /api/v1/me/sessions': () => ({ url: '/api/v1/me/sessions' }),
  'GET /api/v1/me/audit-events': () => ({ url: '/api/v1/me/audit-events' }),
  'GET /api/v1/organisations': () => ({ url: '/api/v1/organisations' }),
  'POST /api/v1/organisations': () => ({ url: '/api/v1/organisations', body: {} }),
  'GET /api/v1/organisations/:id': (f) => ({ url: `/api/v1/organisations/${f.orgId}` }),
  'PATCH /api/v1/organisations/:id': (f) => ({ url: `/api/v1/organisations/${f.orgId}`, body: {} }),
  'GET /api/v1/organisations/:id/oidc-provider': (f) => ({ url: `/api/v1/organisations/${f.orgId}/oidc-provider` }),
  'PUT /api/v1/organisations/:id/oidc-provider': (f) => ({
    url: `/api/v1/organisations/${f.orgId}/oidc-provider`,
    body: {},
  }),
  'DELETE /api/v1/organisations/:id/oidc-provider': (f) => ({ url: `/api/v1/organisations/${f.orgId}/oidc-provider` }),
  'GET /api/v1/users': () => ({ url: '/api/v1/users' }),
  'GET /api/v1/users/:id': (f) => ({ url: `/api/v1/users/${f.userId}` }),
  'PATCH /api/v1/users/:id': (f) => ({ url: `/api/v1/users/${f.userId}`, body: {} }),
  'POST /api/v1/invitations': () => ({ url: '/api/v1/invitations', body: {} }),
  'POST /api/v1/users/:id/memberships': (f) => ({ url: `/api/v1/users/${f.userId}/memberships`, body: {} }),
  'DELETE /api/v1/users/:id/memberships/:membershipId': (f) => ({
    url: `/api/v1/users/${f.userId}/memberships/${f.membershipId}`,
  }),
  'GET /api/v1/api-tokens': () => ({ url: '/api/v1/api-tokens' }),
  'POST /api/v1/api-tokens': () => ({ url: '/api/v1/api-tokens', body: {} }),
  'DELETE /api/v1/api-tokens/:id': (f) => ({ url: `/api/v1/api-tokens/${f.tokenId}` }),
  'GET /api/v1/audit-events': () => ({ url: '/api/v1/audit-events' }),
  'POST /api/v1/audit-verifications': () => ({ url: '/api/v1/audit-verifications' }),
  'GET /api/v1/dev-mails': () => ({ url: '/api/v1/dev-mails' }),
  'GET /api/v1/access-actions': () => ({ url: '/api/v1/access-actions' }),
  'GET /metrics': () => ({ url: '/metrics' }),
  'GET /api/v1/participants': () => ({ url: '/api/v1/participants' }),
  'POST /api/v1/participants': () => ({ url: '/api/v1/participants', body: {} }),
  'GET /api/v1/me/participant': () => ({ url: '/api/v1/me/participant' }),
  // With every part asked for (expand): the route's access is the participant's, whatever is embedded.
  'GET /api/v1/participants/:id': (f) => ({
    url: `/api/v1/participants/${f.participantId}?expand=trajectories,contacts,jobs,consents`,
  }),
  'PATCH /api/v1/participants/:id': (f) => ({ url: `/api/v1/participants/${f.participantId}`, body: {} }),
  'GET /api/v1/approaches': () => ({ url: '/api/v1/approaches' }),
  'GET /api/v1/participants/:id/trajectories': (f) => ({ url: `/api/v1/participants/${f.participantId}/trajectories` }),
  'POST /api/v1/participants/:id/trajectories': (f) => ({
    url: `/api/v1/participants/${f.participantId}/trajectories`,
    body: {},
  }),
  'GET /api/v1/trajectories/:id': (f) => ({ url: `/api/v1/trajectories/${f.trajectoryId}` }),
  'POST /api/v1/trajectories/:id/phase-changes': (f) => ({
    url: `/api/v1/trajectories/${f.trajectoryId}/phase-changes`,
    body: {},
  }),
  'POST /api/v1/trajectories/:id/assignments': (f) => ({
    url: `/api/v1/trajectories/${f.trajectoryId}/assignments`,
    body: {},
  }),
  'DELETE /api/v1/trajectories/:id/assignments/:assignmentId': (f) => ({
    url: `/api/v1/trajectories/${f.trajectoryId}/assignments/${f.assignmentId}`,
  }),
  'GET /api/v1/participants/:id/consents': (f) => ({ url: `/api/v1/participants/${f.participantId}/consents` }),
  'POST /api/v1/participants/:id/consents': (f) => ({
    url: `/api/v1/participants/${f.participantId}/consents`,
    body: {},
  }),
  'GET /api/v1/caseload-summary': () => ({ url: '/api/v1/caseload-summary' }),
  'GET /api/v1/fml-sections': () => ({ url: '/api/v1/fml-sections' }),
  'GET /api/v1/imports': () => ({ url: '/api/v1/imports' }),
  'POST /api/v1/imports': () => ({ url: '/api/v1/imports?kind=participants&fileName=x.csv', body: {} }),
  'GET /api/v1/imports/:id': (f) => ({ url: `/api/v1/imports/${f.orgId}` }),
  'GET /api/v1/imports/:id/errors': (f) => ({ url: `/api/v1/imports/${f.orgId}/errors` }),
  'POST /api/v1/imports/:id/validation': (f) => ({ url: `/api/v1/imports/${f.orgId}/validation`, body: {} }),
  'POST /api/v1/imports/:id/commit': (f) => ({ url: `/api/v1/imports/${f.orgId}/commit` }),
  'DELETE /api/v1/imports/:id': (f) => ({ url: `/api/v1/imports/${f.orgId}` }),
  'GET /api/v1/import-templates/:kind/:format': () => ({ url: '/api/v1/import-templates/participants/csv' }),
  'GET /api/v1/knowledge-items': () => ({ url: '/api/v1/knowledge-items?q=werk' }),
  'GET /api/v1/knowledge-items/:slug': () => ({ url: '/api/v1/knowledge-items/no-such-item' }),
  'GET /api/v1/editorial/knowledge-items': () => ({ url: '/api/v1/editorial/knowledge-items' }),
  'POST /api/v1/editorial/knowledge-items': () => ({ url: '/api/v1/editorial/knowledge-items', body: {} }),
  'GET /api/v1/editorial/knowledge-items/:id': (f) => ({ url: `/api/v1/editorial/knowledge-items/${f.orgId}` }),
  'PUT /api/v1/editorial/knowledge-items/:id': (f) => ({
    url: `/api/v1/editorial/knowledge-items/${f.orgId}`,
    body: {},
  }),
  'POST /api/v1/editorial/knowledge-items/:id/status': (f) => ({
    url: `/api/v1/editorial/knowledge-items/${f.orgId}/status`,
    body: {},
  }),
  'GET /api/v1/editorial/knowledge-items/:id/versions': (f) => ({
    url: `/api/v1/editorial/knowledge-items/${f.orgId}/versions`,
  }),
  'POST /api/v1/editorial/knowledge-items/:id/files': (f) => ({
    url: `/api/v1/editorial/knowledge-items/${f.orgId}/files?fileName=x.pdf`,
    body: {},
  }),
  'GET /api/v1/editorial/knowledge-items/:id/files/:fileId': (f) => ({
    url: `/api/v1/editorial/knowledge-items/${f.orgId}/files/${f.orgId}`,
  }),
  'DELETE /api/v1/editorial/knowledge-items/:id/files/:fileId': (f) => ({
    url: `/api/v1/editorial/knowledge-items/${f.orgId}/files/${f.orgId}`,
  }),
  'GET /kennisbank/stijl.css': () => ({ url: '/kennisbank/stijl.css' }),
  'GET /kennisbank': () => ({ url: '/kennisbank?q=werk' }),
  'GET /kennisbank/:slug': () => ({ url: '/kennisbank/no-such-item' }),
  'GET /kennisbank/:slug/bestanden/:fileId': (f) => ({ url: `/kennisbank/no-such-item/bestanden/${f.orgId}` }),
  // Monitoring (src/modules/monitoring).
  'GET /api/v1/programmes': () => ({ url: '/api/v1/programmes' }),
  'POST /api/v1/programmes': () => ({ url: '/api/v1/programmes', body: {} }),
  'GET /api/v1/programmes/:id': (f) => ({ url: `/api/v1/programmes/${f.orgId}` }),
  'PATCH /api/v1/programmes/:id': (f) => ({ url: `/api/v1/programmes/${f.orgId}`, body: { name: 'x' } }),
  'POST /api/v1/programmes/:id/initiatives': (f) => ({ url: `/api/v1/programmes/${f.orgId}/initiatives`, body: {} }),
  'GET /api/v1/initiatives/:id': (f) => ({ url: `/api/v1/initiatives/${f.orgId}` }),
  'PATCH /api/v1/initiatives/:id': (f) => ({ url: `/api/v1/initiatives/${f.orgId}`, body: { name: 'x' } }),
  'GET /api/v1/initiatives/:id/process-evaluation': (f) => ({
    url: `/api/v1/initiatives/${f.orgId}/process-evaluation`,
  }),
  'POST /api/v1/initiatives/:id/process-questions': (f) => ({
    url: `/api/v1/initiatives/${f.orgId}/process-questions`,
    body: { text: 'x', kind: 'open' },
  }),
  'POST /api/v1/initiatives/:id/process-questions/standard': (f) => ({
    url: `/api/v1/initiatives/${f.orgId}/process-questions/standard`,
  }),
  'PATCH /api/v1/process-questions/:id': (f) => ({ url: `/api/v1/process-questions/${f.orgId}`, body: { text: 'x' } }),
  'POST /api/v1/initiatives/:id/process-rounds': (f) => ({
    url: `/api/v1/initiatives/${f.orgId}/process-rounds`,
    body: { heldOn: '2026-01-01', title: 'x', answers: [] },
  }),
  'POST /api/v1/programmes/:id/goals': (f) => ({ url: `/api/v1/programmes/${f.orgId}/goals`, body: {} }),
  'PATCH /api/v1/goals/:id': (f) => ({ url: `/api/v1/goals/${f.orgId}`, body: { target: 1 } }),
  'GET /api/v1/programmes/:id/goal-progress': (f) => ({ url: `/api/v1/programmes/${f.orgId}/goal-progress` }),
  'GET /api/v1/programmes/:id/goal-progress/export': (f) => ({
    url: `/api/v1/programmes/${f.orgId}/goal-progress/export?format=csv`,
  }),
  'GET /api/v1/initiatives/:id/report': (f) => ({ url: `/api/v1/initiatives/${f.orgId}/report` }),
  'GET /api/v1/monitoring/approaches': () => ({ url: '/api/v1/monitoring/approaches' }),
  'PATCH /api/v1/monitoring/approaches/:code': () => ({
    url: '/api/v1/monitoring/approaches/noSuchApproach',
    body: { descriptionNl: 'x' },
  }),
  'POST /api/v1/initiatives/:id/documents': (f) => ({
    url: `/api/v1/initiatives/${f.orgId}/documents?fileName=plan.pdf`,
    body: {},
  }),
  'GET /api/v1/initiatives/:id/documents/:documentId': (f) => ({
    url: `/api/v1/initiatives/${f.orgId}/documents/${f.orgId}`,
  }),
  'DELETE /api/v1/initiatives/:id/documents/:documentId': (f) => ({
    url: `/api/v1/initiatives/${f.orgId}/documents/${f.orgId}`,
  }),
  'GET /api/v1/monitoring/indicators': () => ({ url: '/api/v1/monitoring/indicators?by=approach' }),
  'GET /api/v1/monitoring/ips-employment-rate': () => ({ url: '/api/v1/monitoring/ips-employment-rate' }),
  'GET /api/v1/monitoring/indicators/over-time': () => ({ url: '/api/v1/monitoring/indicators/over-time' }),
  'GET /api/v1/monitoring/indicators/export': () => ({
    url: '/api/v1/monitoring/indicators/export?format=csv&by=approach',
  }),
  'GET /api/v1/monitoring/effect-evaluation': () => ({
    url: '/api/v1/monitoring/effect-evaluation?outcome=jobWithin&from=2025-01-01&to=2025-12-31',
  }),
  'GET /api/v1/monitoring/durations': () => ({
    url: '/api/v1/monitoring/durations?outcome=jobTenure&from=2025-01-01&to=2025-12-31',
  }),
  'GET /api/v1/monitoring/team-norms': () => ({ url: '/api/v1/monitoring/team-norms' }),
  'GET /api/v1/monitoring/team-norms/export': () => ({ url: '/api/v1/monitoring/team-norms/export?format=csv' }),
  'GET /api/v1/monitoring/durations/export': () => ({
    url: '/api/v1/monitoring/durations/export?outcome=jobTenure&from=2025-01-01&to=2025-12-31&format=csv',
  }),
  'GET /api/v1/monitoring/indicators/over-time/export': () => ({
    url: '/api/v1/monitoring/indicators/over-time/export?format=csv',
  }),
  'GET /api/v1/monitoring/ips-employment-rate/export': () => ({
    url: '/api/v1/monitoring/ips-employment-rate/export?format=csv',
  }),
  'GET /api/v1/fidelity-items': () => ({ url: '/api/v1/fidelity-items' }),
  'GET /api/v1/fidelity-reviews': () => ({ url: '/api/v1/fidelity-reviews' }),
  'GET /api/v1/research-studies': () => ({ url: '/api/v1/research-studies' }),
  'POST /api/v1/research-studies': () => ({ url: '/api/v1/research-studies', body: {} }),
  'GET /api/v1/research-studies/:id': (f) => ({ url: `/api/v1/research-studies/${f.orgId}` }),
  'POST /api/v1/research-studies/:id/exports': (f) => ({
    url: `/api/v1/research-studies/${f.orgId}/exports`,
    body: {},
  }),
  'POST /api/v1/fidelity-reviews': () => ({ url: '/api/v1/fidelity-reviews', body: {} }),
  'GET /api/v1/fidelity-reviews/:id': (f) => ({ url: `/api/v1/fidelity-reviews/${f.orgId}` }),
  'POST /api/v1/fidelity-reviews/:id/action-points': (f) => ({
    url: `/api/v1/fidelity-reviews/${f.orgId}/action-points`,
    body: {},
  }),
  'PATCH /api/v1/fidelity-action-points/:id': (f) => ({
    url: `/api/v1/fidelity-action-points/${f.orgId}`,
    body: { status: 'open' },
  }),
  // Learning routes (src/modules/learning-routes).
  'GET /api/v1/learning-routes': () => ({ url: '/api/v1/learning-routes' }),
  'POST /api/v1/learning-routes': () => ({ url: '/api/v1/learning-routes', body: {} }),
  'GET /api/v1/learning-routes/:id': (f) => ({ url: `/api/v1/learning-routes/${f.orgId}` }),
  'PATCH /api/v1/learning-routes/:id': (f) => ({ url: `/api/v1/learning-routes/${f.orgId}`, body: {} }),
  'POST /api/v1/learning-routes/:id/cohorts': (f) => ({ url: `/api/v1/learning-routes/${f.orgId}/cohorts`, body: {} }),
  'POST /api/v1/learning-routes/:id/targets': (f) => ({ url: `/api/v1/learning-routes/${f.orgId}/targets`, body: {} }),
  'GET /api/v1/learning-routes/:id/progress': (f) => ({ url: `/api/v1/learning-routes/${f.orgId}/progress` }),
  'GET /api/v1/learning-routes/:id/progress-export': (f) => ({
    url: `/api/v1/learning-routes/${f.orgId}/progress-export`,
  }),
  'GET /api/v1/learning-routes/:id/inflow-retention': (f) => ({
    url: `/api/v1/learning-routes/${f.orgId}/inflow-retention`,
  }),
  'GET /api/v1/learning-routes/:id/inflow-retention/export': (f) => ({
    url: `/api/v1/learning-routes/${f.orgId}/inflow-retention/export?format=csv`,
  }),
  'GET /api/v1/learning-routes/:id/cohorts/:cohortId/board/export': (f) => ({
    url: `/api/v1/learning-routes/${f.orgId}/cohorts/${f.orgId}/board/export?format=csv`,
  }),
  'GET /api/v1/participants/:id/learning-enrolments': (f) => ({
    url: `/api/v1/participants/${f.participantId}/learning-enrolments`,
  }),
  'POST /api/v1/participants/:id/learning-enrolments': (f) => ({
    url: `/api/v1/participants/${f.participantId}/learning-enrolments`,
    body: {},
  }),
  'GET /api/v1/learning-enrolments/:id': (f) => ({ url: `/api/v1/learning-enrolments/${f.orgId}` }),
  'PATCH /api/v1/learning-enrolments/:id': (f) => ({ url: `/api/v1/learning-enrolments/${f.orgId}`, body: {} }),
  'POST /api/v1/learning-enrolments/:id/step-changes': (f) => ({
    url: `/api/v1/learning-enrolments/${f.orgId}/step-changes`,
    body: {},
  }),
  'POST /api/v1/learning-enrolments/:id/notes': (f) => ({
    url: `/api/v1/learning-enrolments/${f.orgId}/notes`,
    body: {},
  }),
  'POST /api/v1/learning-enrolments/:id/outcomes': (f) => ({
    url: `/api/v1/learning-enrolments/${f.orgId}/outcomes`,
    body: {},
  }),
  'GET /api/v1/workplace-learners': () => ({ url: '/api/v1/workplace-learners' }),
  // Learning network (src/modules/learning-network): unknown ids answer 404 for allowed roles.
  'GET /api/v1/learning-networks': () => ({ url: '/api/v1/learning-networks' }),
  'POST /api/v1/learning-networks': () => ({ url: '/api/v1/learning-networks', body: {} }),
  'GET /api/v1/learning-networks/:id': (f) => ({ url: `/api/v1/learning-networks/${f.orgId}` }),
  'PATCH /api/v1/learning-networks/:id': (f) => ({ url: `/api/v1/learning-networks/${f.orgId}`, body: { name: 'x' } }),
  'GET /api/v1/learning-networks/:id/calendar.ics': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/calendar.ics`,
  }),
  'PUT /api/v1/learning-networks/:id/membership': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/membership`,
    body: { memberKind: 'professional' },
  }),
  'DELETE /api/v1/learning-networks/:id/membership': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/membership`,
  }),
  'GET /api/v1/learning-networks/:id/members': (f) => ({ url: `/api/v1/learning-networks/${f.orgId}/members` }),
  'POST /api/v1/learning-networks/:id/members': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/members`,
    body: {},
  }),
  'PATCH /api/v1/learning-networks/:id/members/:userId': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/members/${f.userId}`,
    body: { coordinator: true },
  }),
  'DELETE /api/v1/learning-networks/:id/members/:userId': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/members/${f.userId}`,
  }),
  'POST /api/v1/learning-networks/:id/events': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/events`,
    body: {},
  }),
  'GET /api/v1/learning-events': () => ({ url: '/api/v1/learning-events' }),
  'GET /api/v1/learning-events/mine': () => ({ url: '/api/v1/learning-events/mine' }),
  'GET /api/v1/learning-events/:id': (f) => ({ url: `/api/v1/learning-events/${f.orgId}` }),
  'PATCH /api/v1/learning-events/:id': (f) => ({ url: `/api/v1/learning-events/${f.orgId}`, body: { title: 'x' } }),
  'GET /api/v1/learning-events/:id/calendar.ics': (f) => ({ url: `/api/v1/learning-events/${f.orgId}/calendar.ics` }),
  'PUT /api/v1/learning-events/:id/registration': (f) => ({ url: `/api/v1/learning-events/${f.orgId}/registration` }),
  'DELETE /api/v1/learning-events/:id/registration': (f) => ({
    url: `/api/v1/learning-events/${f.orgId}/registration`,
  }),
  'GET /api/v1/learning-events/:id/registrations': (f) => ({ url: `/api/v1/learning-events/${f.orgId}/registrations` }),
  'PUT /api/v1/learning-events/:id/attendance': (f) => ({
    url: `/api/v1/learning-events/${f.orgId}/attendance`,
    body: {},
  }),
  'PUT /api/v1/learning-events/:id/materials': (f) => ({
    url: `/api/v1/learning-events/${f.orgId}/materials`,
    body: {},
  }),
  'GET /api/v1/learning-tracks': () => ({ url: '/api/v1/learning-tracks' }),
  'POST /api/v1/learning-networks/:id/tracks': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/tracks`,
    body: {},
  }),
  'GET /api/v1/learning-tracks/:id': (f) => ({ url: `/api/v1/learning-tracks/${f.orgId}` }),
  'POST /api/v1/learning-tracks/:id/modules': (f) => ({ url: `/api/v1/learning-tracks/${f.orgId}/modules`, body: {} }),
  'PUT /api/v1/learning-tracks/:id/assignments/:assignmentId/progress/:organisationId': (f) => ({
    url: `/api/v1/learning-tracks/${f.orgId}/assignments/${f.orgId}/progress/${f.orgId}`,
    body: { status: 'done' },
  }),
  'PUT /api/v1/learning-tracks/:id/materials': (f) => ({
    url: `/api/v1/learning-tracks/${f.orgId}/materials`,
    body: {},
  }),
  'GET /api/v1/learning-networks/:id/intervision-groups': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/intervision-groups`,
  }),
  'POST /api/v1/learning-networks/:id/intervision-groups': (f) => ({
    url: `/api/v1/learning-networks/${f.orgId}/intervision-groups`,
    body: {},
  }),
  'GET /api/v1/quality-checks': (f) => ({ url: `/api/v1/quality-checks?organisationId=${f.orgId}` }),
  'POST /api/v1/quality-checks': () => ({ url: '/api/v1/quality-checks', body: {} }),
  'PUT /api/v1/quality-checks/:id/result': (f) => ({ url: `/api/v1/quality-checks/${f.orgId}/result`, body: {} }),
  'GET /api/v1/participants/:id/capacity': (f) => ({ url: `/api/v1/participants/${f.participantId}/capacity` }),
  'POST /api/v1/participants/:id/capacity/assessments': (f) => ({
    url: `/api/v1/participants/${f.participantId}/capacity/assessments`,
    body: {},
  }),
  'GET /api/v1/participants/:id/plan': (f) => ({ url: `/api/v1/participants/${f.participantId}/plan` }),
  'GET /api/v1/participants/:id/plan/history': (f) => ({ url: `/api/v1/participants/${f.participantId}/plan/history` }),
  'POST /api/v1/participants/:id/plan/goals': (f) => ({
    url: `/api/v1/participants/${f.participantId}/plan/goals`,
    body: {},
  }),
  'PATCH /api/v1/participants/:id/plan/goals/:goalId': (f) => ({
    url: `/api/v1/participants/${f.participantId}/plan/goals/${f.participantId}`,
    body: {},
  }),
  'POST /api/v1/participants/:id/plan/goals/:goalId/actions': (f) => ({
    url: `/api/v1/participants/${f.participantId}/plan/goals/${f.participantId}/actions`,
    body: {},
  }),
  'PATCH /api/v1/participants/:id/plan/actions/:actionId': (f) => ({
    url: `/api/v1/participants/${f.participantId}/plan/actions/${f.participantId}`,
    body: {},
  }),
  'POST /api/v1/participants/:id/plan/actions/:actionId/comments': (f) => ({
    url: `/api/v1/participants/${f.participantId}/plan/actions/${f.participantId}/comments`,
    body: {},
  }),
  'POST /api/v1/participants/:id/plan/agreements': (f) => ({
    url: `/api/v1/participants/${f.participantId}/plan/agreements`,
    body: {},
  }),
  'POST /api/v1/participants/:id/invitation': (f) => ({
    url: `/api/v1/participants/${f.participantId}/invitation`,
    body: {},
  }),
  'GET /api/v1/me/participant/export': () => ({ url: '/api/v1/me/participant/export' }),
  'GET /api/v1/me/data-requests': () => ({ url: '/api/v1/me/data-requests' }),
  'POST /api/v1/me/data-requests': () => ({ url: '/api/v1/me/data-requests', body: {} }),
  'GET /api/v1/data-requests': () => ({ url: '/api/v1/data-requests' }),
  'PATCH /api/v1/data-requests/:id': (f) => ({ url: `/api/v1/data-requests/${f.participantId}`, body: {} }),
  'GET /api/v1/participants/:id/wishes': (f) => ({ url: `/api/v1/participants/${f.participantId}/wishes` }),
  'PUT /api/v1/participants/:id/wishes': (f) => ({ url: `/api/v1/participants/${f.participantId}/wishes`, body: {} }),
  'GET /api/v1/participants/:id/jobs': (f) => ({ url: `/api/v1/participants/${f.participantId}/jobs` }),
  'POST /api/v1/participants/:id/jobs': (f) => ({ url: `/api/v1/participants/${f.participantId}/jobs`, body: {} }),
  'PATCH /api/v1/participants/:id/jobs/:jobId': (f) => ({
    url: `/api/v1/participants/${f.participantId}/jobs/${f.jobId}`,
    body: {},
  }),
  'GET /api/v1/participants/:id/contacts': (f) => ({ url: `/api/v1/participants/${f.participantId}/contacts` }),
  'POST /api/v1/participants/:id/contacts': (f) => ({
    url: `/api/v1/participants/${f.participantId}/contacts`,
    body: {},
  }),
  'PATCH /api/v1/participants/:id/contacts/:contactId': (f) => ({
    url: `/api/v1/participants/${f.participantId}/contacts/${f.contactId}`,
    body: {},
  }),
  'DELETE /api/v1/participants/:id/consents/:consentId': (f) => ({
    url: `/api/v1/participants/${f.participantId}/consents/${f.consentId}`,
  }),
  // Employer services (src/modules/employers): ids of the fixture organisation, so no record is found.
  'GET /api/v1/employers': () => ({ url: '/api/v1/employers' }),
  'POST /api/v1/employers': () => ({ url: '/api/v1/employers', body: {} }),
  'GET /api/v1/employers/:id': (f) => ({ url: `/api/v1/employers/${f.orgId}` }),
  'PATCH /api/v1/employers/:id': (f) => ({ url: `/api/v1/employers/${f.orgId}`, body: {} }),
  'POST /api/v1/employers/:id/locations': (f) => ({ url: `/api/v1/employers/${f.orgId}/locations`, body: {} }),
  'PATCH /api/v1/employers/:id/locations/:locationId': (f) => ({
    url: `/api/v1/employers/${f.orgId}/locations/${f.orgId}`,
    body: {},
  }),
  'GET /api/v1/employers/:id/history': (f) => ({ url: `/api/v1/employers/${f.orgId}/history` }),
  'GET /api/v1/employers/:id/contacts': (f) => ({ url: `/api/v1/employers/${f.orgId}/contacts` }),
  'POST /api/v1/employers/:id/contacts': (f) => ({ url: `/api/v1/employers/${f.orgId}/contacts`, body: {} }),
  'PATCH /api/v1/employers/:id/contacts/:contactId': (f) => ({
    url: `/api/v1/employers/${f.orgId}/contacts/${f.orgId}`,
    body: {},
  }),
  'DELETE /api/v1/employers/:id/contacts/:contactId': (f) => ({
    url: `/api/v1/employers/${f.orgId}/contacts/${f.orgId}`,
  }),
  'GET /api/v1/employers/:id/contact-log': (f) => ({ url: `/api/v1/employers/${f.orgId}/contact-log` }),
  'POST /api/v1/employers/:id/contact-log': (f) => ({ url: `/api/v1/employers/${f.orgId}/contact-log`, body: {} }),
  'PATCH /api/v1/employers/:id/contact-log/:entryId': (f) => ({
    url: `/api/v1/employers/${f.orgId}/contact-log/${f.orgId}`,
    body: {},
  }),
  'GET /api/v1/me/employer-contacts/week': () => ({ url: '/api/v1/me/employer-contacts/week' }),
  'GET /api/v1/organisations/:id/employer-contacts/week': (f) => ({
    url: `/api/v1/organisations/${f.orgId}/employer-contacts/week`,
  }),
  'GET /api/v1/vacancies': () => ({ url: '/api/v1/vacancies' }),
  'GET /api/v1/employers/:id/vacancies': (f) => ({ url: `/api/v1/employers/${f.orgId}/vacancies` }),
  'POST /api/v1/employers/:id/vacancies': (f) => ({ url: `/api/v1/employers/${f.orgId}/vacancies`, body: {} }),
  'GET /api/v1/employers/:id/vacancies/:vacancyId': (f) => ({
    url: `/api/v1/employers/${f.orgId}/vacancies/${f.orgId}`,
  }),
  'PATCH /api/v1/employers/:id/vacancies/:vacancyId': (f) => ({
    url: `/api/v1/employers/${f.orgId}/vacancies/${f.orgId}`,
    body: {},
  }),
  'POST /api/v1/employers/:id/vacancies/:vacancyId/status': (f) => ({
    url: `/api/v1/employers/${f.orgId}/vacancies/${f.orgId}/status`,
    body: {},
  }),
  'GET /api/v1/employers/:id/jobs': (f) => ({ url: `/api/v1/employers/${f.orgId}/jobs` }),
  'POST /api/v1/employers/:id/jobs': (f) => ({ url: `/api/v1/employers/${f.orgId}/jobs`, body: {} }),
  'GET /api/v1/employers/:id/jobs/:jobId': (f) => ({ url: `/api/v1/employers/${f.orgId}/jobs/${f.orgId}` }),
  'PUT /api/v1/employers/:id/jobs/:jobId': (f) => ({ url: `/api/v1/employers/${f.orgId}/jobs/${f.orgId}`, body: {} }),
  'GET /api/v1/employers/:id/carved-jobs': (f) => ({ url: `/api/v1/employers/${f.orgId}/carved-jobs` }),
  'POST /api/v1/employers/:id/carved-jobs': (f) => ({ url: `/api/v1/employers/${f.orgId}/carved-jobs`, body: {} }),
  'GET /api/v1/employers/:id/carved-jobs/:carvedId': (f) => ({
    url: `/api/v1/employers/${f.orgId}/carved-jobs/${f.orgId}`,
  }),
  'POST /api/v1/employers/:id/carved-jobs/:carvedId/vacancy': (f) => ({
    url: `/api/v1/employers/${f.orgId}/carved-jobs/${f.orgId}/vacancy`,
    body: {},
  }),
  // Matching in the region and instrument applications (helper A, ADR 0018)
  'GET /api/v1/employers/:id/vacancies/:vacancyId/candidates': (f) => ({
    url: `/api/v1/employers/${f.orgId}/vacancies/${f.orgId}/candidates`,
  }),
  'GET /api/v1/participants/:id/vacancy-matches': (f) => ({
    url: `/api/v1/participants/${f.participantId}/vacancy-matches`,
  }),
  'GET /api/v1/employers/:id/carved-jobs/:carvedId/fits': (f) => ({
    url: `/api/v1/employers/${f.orgId}/carved-jobs/${f.orgId}/fits`,
  }),
  'GET /api/v1/participants/:id/vacancies/:vacancyId/instruments': (f) => ({
    url: `/api/v1/participants/${f.participantId}/vacancies/${f.orgId}/instruments`,
  }),
  'GET /api/v1/participants/:id/jobs/:jobId/instrument-applications': (f) => ({
    url: `/api/v1/participants/${f.participantId}/jobs/${f.jobId}/instrument-applications`,
  }),
  'POST /api/v1/participants/:id/jobs/:jobId/instrument-applications': (f) => ({
    url: `/api/v1/participants/${f.participantId}/jobs/${f.jobId}/instrument-applications`,
    body: {},
  }),
  'POST /api/v1/participants/:id/jobs/:jobId/instrument-applications/:applicationId/status': (f) => ({
    url: `/api/v1/participants/${f.participantId}/jobs/${f.jobId}/instrument-applications/${f.orgId}/status`,
    body: {},
  }),
  // Anonymised candidate search and introductions (helper B, ADR 0019)
  'GET /api/v1/candidate-profiles': () => ({ url: '/api/v1/candidate-profiles' }),
  'POST /api/v1/introductions': () => ({ url: '/api/v1/introductions', body: {} }),
  'GET /api/v1/introductions': () => ({ url: '/api/v1/introductions' }),
  'GET /api/v1/introductions/:id': (f) => ({ url: `/api/v1/introductions/${f.orgId}` }),
  'GET /api/v1/participants/:id/introductions': (f) => ({
    url: `/api/v1/participants/${f.participantId}/introductions`,
  }),
  'POST /api/v1/participants/:id/introductions/:introductionId/decision': (f) => ({
    url: `/api/v1/participants/${f.participantId}/introductions/${f.orgId}/decision`,
    body: {},
  }),
  // Employer support requests (employer portal, issue 4)
  'POST /api/v1/employer-support-requests': () => ({ url: '/api/v1/employer-support-requests', body: {} }),
  'GET /api/v1/employer-support-requests': () => ({ url: '/api/v1/employer-support-requests' }),
  'GET /api/v1/employer-support-requests/:id': (f) => ({ url: `/api/v1/employer-support-requests/${f.orgId}` }),
  'POST /api/v1/employer-support-requests/:id/events': (f) => ({
    url: `/api/v1/employer-support-requests/${f.orgId}/events`,
    body: {},
  }),
};

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Fresh records for one call, so calls that change or delete things do not affect others. */
async function fixture(): Promise<Fixture> {
  const org = await makeOrg(t.db);
  const target = await makeUser(t.db, [{ organisationId: org.id, role: 'participant' }]);
  const { rows } = await t.db.query<{ id: string }>('SELECT id FROM memberships WHERE user_id = $1', [target.id]);
  const { rows: tokens } = await t.db.query<{ id: string }>(
    `INSERT INTO api_tokens (organisation_id, name, token_hash, actions, expires_at) VALUES ($1, 'fixture', $2, '{}', now() + interval '1 day') RETURNING id`,
    [org.id, sha256(randomBytes(16).toString('hex'))],
  );
  // A participant of the fixture organisation with a trajectory, an assignment and a consent.
  const { rows: participants } = await t.db.query<{ id: string }>(
    `INSERT INTO participants (organisation_id, given_name, family_name, date_of_birth, municipality_code)
     VALUES ($1, 'Matrix', 'Deelnemer', '1990-01-01', 'GM0344') RETURNING id`,
    [org.id],
  );
  const participantId = participants[0]!.id;
  const { rows: trajectories } = await t.db.query<{ id: string }>(
    `INSERT INTO trajectories (participant_id, organisation_id, approach_code, referral_date) VALUES ($1, $2, 'ips', '2026-01-05') RETURNING id`,
    [participantId, org.id],
  );
  const { rows: assignments } = await t.db.query<{ id: string }>(
    'INSERT INTO trajectory_assignments (trajectory_id, user_id) VALUES ($1, $2) RETURNING id',
    [trajectories[0]!.id, target.id],
  );
  const { rows: consents } = await t.db.query<{ id: string }>(
    `INSERT INTO consents (participant_id, organisation_id, category, purpose, starts_on, method) VALUES ($1, $2, 'identity', 'workGuidance', '2026-01-05', 'paper') RETURNING id`,
    [participantId, org.id],
  );
  const { rows: jobs } = await t.db.query<{ id: string }>(
    `INSERT INTO job_episodes (participant_id, employer_name, job_title, start_date, hours_per_week, contract_type, wage_form, open_to_anyone)
     VALUES ($1, 'Bakkerij', 'Bakker', '2026-02-01', 20, 'temporary', 'marketWage', true) RETURNING id`,
    [participantId],
  );
  const { rows: contacts } = await t.db.query<{ id: string }>(
    `INSERT INTO contacts (participant_id, organisation_id, occurs_at, kind, status) VALUES ($1, $2, '2026-02-01T10:00:00Z', 'phone', 'held') RETURNING id`,
    [participantId, org.id],
  );
  return {
    jobId: jobs[0]!.id,
    contactId: contacts[0]!.id,
    orgId: org.id,
    userId: target.id,
    membershipId: rows[0]!.id,
    tokenId: tokens[0]!.id,
    participantId,
    trajectoryId: trajectories[0]!.id,
    assignmentId: assignments[0]!.id,
    consentId: consents[0]!.id,
  };
}

function isAllowed(role: RoleName, action: ActionName): boolean {
  return GRANTS[action].some((g) => g.role === '*' || g.role === role);
}

describe('access matrix', () => {
  it('every registered route has a row in this test and a known access declaration', () => {
    const missing = t.app.routeRegistry
      .filter((r) => r.url !== '/*')
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !(key in ROUTES));
    expect(missing, 'add these routes to ROUTES in test/access-matrix.int.test.ts').toEqual([]);
  });

  it('without a login, every non-public route answers 401 and every public route does not', async () => {
    for (const route of t.app.routeRegistry.filter((r) => r.url !== '/*')) {
      const call = ROUTES[`${route.method} ${route.url}`]!(await fixture());
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: call.url,
        ...(call.body !== undefined ? { payload: call.body as object } : {}),
      });
      if (route.access === 'public') {
        expect(res.statusCode, `${route.method} ${route.url}`).not.toBe(403);
        expect(res.statusCode, `${route.method} ${route.url}`).toBeLessThan(500);
      } else {
        expect(res.statusCode, `${route.method} ${route.url}: ${res.body}`).toBe(401);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
    }
  });

  for (const role of ROLE_NAMES) {
    it(`role ${role}: allowed where the grants table says so, 403 everywhere else`, async () => {
      const actorOrg = await makeOrg(t.db);
      const user = await makeUser(t.db, [{ organisationId: actorOrg.id, role }]);
      const signIn = async () => {
        const loginRes = await t.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          payload: { email: user.email, password: PASSWORD },
        });
        return clientFor(t.app, cookieFrom(loginRes), loginRes.json<{ csrfToken: string }>().csrfToken, user.id);
      };
      let client = await signIn();
      for (const route of t.app.routeRegistry.filter((r) => r.url !== '/*' && r.access !== 'public')) {
        const f = await fixture();
        if ((await client.request('GET', '/api/v1/sessions/current')).statusCode !== 200) {
          client = await signIn();
        }
        const call = ROUTES[`${route.method} ${route.url}`]!(f);
        const res = await client.request(route.method, call.url, call.body);
        const action = route.access as ActionName;
        const label = `${role} ${route.method} ${route.url} (${action}) → ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (isAllowed(role, action)) {
          expect([401, 403], label).not.toContain(res.statusCode);
          expect(res.statusCode, label).toBeLessThan(500);
        } else {
          expect(res.statusCode, label).toBe(403);
        }
      }
    });
  }

  it('an API token may call exactly the routes of its actions, only for its own organisation', async () => {
    const own = await makeOrg(t.db);
    const tokenActions = (Object.keys(ACTIONS) as ActionName[]).filter((a) => ACTIONS[a].tokenAllowed);
    const secret = `mdn_${randomBytes(24).toString('base64url')}`;
    await t.db.query(
      `INSERT INTO api_tokens (organisation_id, name, token_hash, actions, expires_at) VALUES ($1, 'matrix', $2, $3, now() + interval '1 day')`,
      [own.id, sha256(secret), tokenActions],
    );
    for (const route of t.app.routeRegistry.filter((r) => r.url !== '/*' && r.access !== 'public')) {
      const call = ROUTES[`${route.method} ${route.url}`]!({ ...(await fixture()), orgId: own.id });
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: call.url,
        headers: { authorization: `Bearer ${secret}` },
        ...(call.body !== undefined ? { payload: call.body as object } : {}),
      });
      const label = `token ${route.method} ${route.url} → ${res.statusCode}`;
      if (tokenActions.includes(route.access as ActionName)) {
        expect([401, 403], label).not.toContain(res.statusCode);
      } else {
        expect(res.statusCode, label).toBe(403);
      }
    }
    // Another organisation's record is not found (404), not forbidden: its existence is not disclosed.
    const other = await makeOrg(t.db);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${other.id}`,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(list.json<{ items: { id: string }[] }>().items.map((o) => o.id)).toEqual([own.id]);
  });

  it('a revoked or expired API token is refused with 401', async () => {
    const org = await makeOrg(t.db);
    const revoked = `mdn_${randomBytes(24).toString('base64url')}`;
    const expired = `mdn_${randomBytes(24).toString('base64url')}`;
    await t.db.query(
      `INSERT INTO api_tokens (organisation_id, name, token_hash, actions, expires_at, revoked_at) VALUES
        ($1, 'revoked', $2, '{organisation.list}', now() + interval '1 day', now()),
        ($1, 'expired', $3, '{organisation.list}', now() - interval '1 second', NULL)`,
      [org.id, sha256(revoked), sha256(expired)],
    );
    for (const secret of [revoked, expired, 'mdn_unknown']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/organisations',
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(res.statusCode).toBe(401);
    }
  });
});
