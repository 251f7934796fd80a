/** SQL of instrument applications per placement (job episode) and their status events. */
import type { Queryable } from '../../platform/db/db.js';
import type { ApplicationStatus } from './instrument-applications.rules.js';

export interface ApplicationRow {
  id: string;
  jobId: string;
  instrumentCode: string;
  grantor: string;
  status: ApplicationStatus;
  requestedOn: string;
  decidedOn: string | null;
  amountRequestedCents: number | null;
  amountGrantedCents: number | null;
  grantedFrom: string | null;
  grantedUntil: string | null;
  notes: string | null;
}

export interface EventRow {
  applicationId: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  occurredOn: string;
  amountCents: number | null;
  note: string | null;
  recordedByName: string | null;
  recordedAt: Date;
}

const SELECT = `SELECT a.id, a.job_episode_id AS "jobId", a.instrument_code AS "instrumentCode", a.grantor, a.status,
       to_char(a.requested_on, 'YYYY-MM-DD') AS "requestedOn", to_char(a.decided_on, 'YYYY-MM-DD') AS "decidedOn",
       a.amount_requested_cents AS "amountRequestedCents", a.amount_granted_cents AS "amountGrantedCents",
       to_char(a.granted_from, 'YYYY-MM-DD') AS "grantedFrom", to_char(a.granted_until, 'YYYY-MM-DD') AS "grantedUntil",
       a.notes
  FROM instrument_applications a`;

export async function listApplications(q: Queryable, participantId: string, jobId: string): Promise<ApplicationRow[]> {
  const { rows } = await q.query<ApplicationRow>(
    `${SELECT} WHERE a.participant_id = $1 AND a.job_episode_id = $2 ORDER BY a.requested_on, a.created_at, a.id`,
    [participantId, jobId],
  );
  return rows;
}

export async function getApplication(
  q: Queryable,
  participantId: string,
  jobId: string,
  id: string,
): Promise<ApplicationRow | null> {
  const { rows } = await q.query<ApplicationRow>(
    `${SELECT} WHERE a.participant_id = $1 AND a.job_episode_id = $2 AND a.id = $3 FOR UPDATE`,
    [participantId, jobId, id],
  );
  return rows[0] ?? null;
}

export async function listEvents(q: Queryable, applicationIds: readonly string[]): Promise<EventRow[]> {
  if (applicationIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<EventRow>(
    `SELECT e.application_id AS "applicationId", e.from_status AS "fromStatus", e.to_status AS "toStatus",
            to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn", e.amount_cents AS "amountCents", e.note,
            u.name AS "recordedByName", e.recorded_at AS "recordedAt"
       FROM instrument_application_events e LEFT JOIN users u ON u.id = e.recorded_by
      WHERE e.application_id = ANY($1::uuid[]) ORDER BY e.recorded_at, e.id`,
    [applicationIds],
  );
  return rows;
}

export async function insertApplication(
  q: Queryable,
  a: {
    participantId: string;
    jobId: string;
    instrumentCode: string;
    grantor: string;
    requestedOn: string;
    amountRequestedCents: number | null;
    notes: string | null;
    recordedBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO instrument_applications (participant_id, job_episode_id, instrument_code, grantor, requested_on,
       amount_requested_cents, notes, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      a.participantId,
      a.jobId,
      a.instrumentCode,
      a.grantor,
      a.requestedOn,
      a.amountRequestedCents,
      a.notes,
      a.recordedBy,
    ],
  );
  return rows[0]!.id;
}

export async function setStatus(
  q: Queryable,
  id: string,
  s: {
    status: ApplicationStatus;
    decidedOn: string | null;
    amountGrantedCents: number | null;
    grantedFrom: string | null;
    grantedUntil: string | null;
  },
): Promise<void> {
  await q.query(
    `UPDATE instrument_applications SET status = $2, decided_on = $3, amount_granted_cents = $4, granted_from = $5,
            granted_until = $6, updated_at = now() WHERE id = $1`,
    [id, s.status, s.decidedOn, s.amountGrantedCents, s.grantedFrom, s.grantedUntil],
  );
}

export async function insertEvent(
  q: Queryable,
  e: {
    applicationId: string;
    fromStatus: ApplicationStatus | null;
    toStatus: ApplicationStatus;
    occurredOn: string;
    amountCents: number | null;
    note: string | null;
    recordedBy: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO instrument_application_events (application_id, from_status, to_status, occurred_on, amount_cents, note, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.applicationId, e.fromStatus, e.toStatus, e.occurredOn, e.amountCents, e.note, e.recordedBy],
  );
}
