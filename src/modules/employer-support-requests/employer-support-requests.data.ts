/** SQL of employer support requests: the request, its events, the inbox and the people to tell. */
import type { Queryable } from '../../platform/db/db.js';
import type {
  SupportRequestEventKind,
  SupportRequestKind,
  SupportRequestStatus,
} from './employer-support-requests.rules.js';

export interface RequestRow {
  id: string;
  organisationId: string;
  organisationName: string;
  employerId: string;
  employerName: string;
  employerOrganisationId: string;
  kind: SupportRequestKind;
  instrumentCode: string | null;
  question: string | null;
  vacancyId: string | null;
  vacancyTitle: string | null;
  status: SupportRequestStatus;
  assignedTo: string | null;
  assignedToName: string | null;
  requestedBy: string;
  requestedByName: string;
  answer: string | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

const SELECT = `SELECT r.id, r.organisation_id AS "organisationId", o.name AS "organisationName",
       r.employer_id AS "employerId", e.name AS "employerName", r.employer_organisation_id AS "employerOrganisationId",
       r.kind, r.instrument_code AS "instrumentCode", r.question, r.vacancy_id AS "vacancyId", v.title AS "vacancyTitle",
       r.status, r.assigned_to AS "assignedTo", a.name AS "assignedToName", r.requested_by AS "requestedBy",
       u.name AS "requestedByName",
       (SELECT ev.message FROM employer_support_request_events ev
         WHERE ev.request_id = r.id AND ev.message IS NOT NULL AND ev.kind IN ('answered', 'resolved', 'declined')
         ORDER BY ev.created_at DESC, ev.id DESC LIMIT 1) AS answer,
       r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.closed_at AS "closedAt"
  FROM employer_support_requests r
  JOIN organisations o ON o.id = r.organisation_id
  JOIN employers e ON e.id = r.employer_id
  JOIN users u ON u.id = r.requested_by
  LEFT JOIN users a ON a.id = r.assigned_to
  LEFT JOIN vacancies v ON v.id = r.vacancy_id`;

export async function getRequest(q: Queryable, id: string, forUpdate = false): Promise<RequestRow | null> {
  if (forUpdate) {
    // Two advisers acting at once: the second waits and then sees the first one's step.
    await q.query('SELECT 1 FROM employer_support_requests WHERE id = $1 FOR UPDATE', [id]);
  }
  const { rows } = await q.query<RequestRow>(`${SELECT} WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

export type ListFilter = 'all' | 'open' | 'mine' | 'closed';

/**
 * The requests addressed to these organisations (advisers) or asked by these employer organisations
 * (employers), newest first.
 */
export async function findRequests(
  q: Queryable,
  f: { addressedTo: readonly string[]; askedBy: readonly string[]; filter: ListFilter; userId: string },
): Promise<RequestRow[]> {
  const { rows } = await q.query<RequestRow>(
    `${SELECT}
      WHERE (r.organisation_id = ANY($1::uuid[]) OR r.employer_organisation_id = ANY($2::uuid[]))
        AND ($3::text = 'all'
          OR ($3 = 'open' AND r.closed_at IS NULL)
          OR ($3 = 'closed' AND r.closed_at IS NOT NULL)
          OR ($3 = 'mine' AND r.closed_at IS NULL AND r.assigned_to = $4::uuid))
      ORDER BY r.created_at DESC, r.id LIMIT 500`,
    [f.addressedTo, f.askedBy, f.filter, f.userId],
  );
  return rows;
}

export interface EmployerOfOrganisation {
  id: string;
  name: string;
  accountHolderOrganisationId: string;
}

/** The employer records linked to these employer organisations (employer portal, ADR 0017). */
export async function employersOfOrganisations(
  q: Queryable,
  organisationIds: readonly string[],
): Promise<(EmployerOfOrganisation & { organisationId: string })[]> {
  const { rows } = await q.query<EmployerOfOrganisation & { organisationId: string }>(
    `SELECT id, name, account_holder_organisation_id AS "accountHolderOrganisationId", organisation_id AS "organisationId"
       FROM employers WHERE organisation_id = ANY($1::uuid[]) ORDER BY name, id`,
    [organisationIds],
  );
  return rows;
}

/** Whether the vacancy belongs to this employer record (any status: a filled job may need a job coach too). */
export async function isVacancyOf(q: Queryable, vacancyId: string, employerId: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM vacancies WHERE id = $1 AND employer_id = $2', [vacancyId, employerId]);
  return rows.length > 0;
}

export async function insertRequest(
  q: Queryable,
  r: {
    organisationId: string;
    employerId: string;
    employerOrganisationId: string;
    kind: SupportRequestKind;
    instrumentCode: string | null;
    question: string | null;
    vacancyId: string | null;
    requestedBy: string;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO employer_support_requests (organisation_id, employer_id, employer_organisation_id, kind, instrument_code,
       question, vacancy_id, requested_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      r.organisationId,
      r.employerId,
      r.employerOrganisationId,
      r.kind,
      r.instrumentCode,
      r.question,
      r.vacancyId,
      r.requestedBy,
    ],
  );
  return rows[0]!.id;
}

export async function updateState(
  q: Queryable,
  id: string,
  s: { status: SupportRequestStatus; assignedTo: string; closed: boolean },
): Promise<void> {
  await q.query(
    `UPDATE employer_support_requests
        SET status = $2, assigned_to = $3, updated_at = now(), closed_at = CASE WHEN $4::boolean THEN now() END
      WHERE id = $1`,
    [id, s.status, s.assignedTo, s.closed],
  );
}

export async function insertEvent(
  q: Queryable,
  e: {
    requestId: string;
    organisationId: string;
    kind: SupportRequestEventKind;
    message: string | null;
    recordedBy: string;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO employer_support_request_events (request_id, organisation_id, kind, message, recorded_by)
     VALUES ($1, $2, $3, $4, $5)`,
    [e.requestId, e.organisationId, e.kind, e.message, e.recordedBy],
  );
}

export interface EventRow {
  kind: SupportRequestEventKind;
  message: string | null;
  recordedByName: string;
  organisationName: string;
  recordedAt: Date;
}

export async function findEvents(q: Queryable, requestId: string): Promise<EventRow[]> {
  const { rows } = await q.query<EventRow>(
    `SELECT ev.kind, ev.message, u.name AS "recordedByName", o.name AS "organisationName", ev.created_at AS "recordedAt"
       FROM employer_support_request_events ev
       JOIN users u ON u.id = ev.recorded_by
       JOIN organisations o ON o.id = ev.organisation_id
      WHERE ev.request_id = $1 ORDER BY ev.created_at, ev.id`,
    [requestId],
  );
  return rows;
}

export interface Recipient {
  email: string;
  name: string;
  language: 'nl' | 'en';
}

/** The active employer advisers of an organisation, to tell them of a new request. */
export async function advisersOf(q: Queryable, organisationId: string): Promise<Recipient[]> {
  const { rows } = await q.query<Recipient>(
    `SELECT DISTINCT u.email, u.name, u.language FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.organisation_id = $1 AND m.role = 'employerAdviser' AND u.status = 'active' ORDER BY u.email`,
    [organisationId],
  );
  return rows;
}

/** The user who asked, to tell them of an answer or the closing (null when the account is no longer active). */
export async function requesterOf(q: Queryable, requestId: string): Promise<Recipient | null> {
  const { rows } = await q.query<Recipient>(
    `SELECT u.email, u.name, u.language FROM employer_support_requests r JOIN users u ON u.id = r.requested_by
      WHERE r.id = $1 AND u.status = 'active'`,
    [requestId],
  );
  return rows[0] ?? null;
}

/** Retention: deletes requests closed before `before` (their events go with them). Returns how many. */
export async function deleteClosedBefore(q: Queryable, before: Date): Promise<number> {
  const { rowCount } = await q.query('DELETE FROM employer_support_requests WHERE closed_at < $1', [before]);
  return rowCount;
}
