/** SQL for contacts: appointments and contacts with their notes. */
import type { Queryable } from '../../platform/db/db.js';

export interface ContactRow {
  id: string;
  participantId: string;
  trajectoryId: string | null;
  organisationId: string;
  organisationName: string;
  occursAt: Date;
  durationMinutes: number | null;
  kind: string;
  status: string;
  location: string | null;
  present: string | null;
  note: string | null;
  recordedByName: string | null;
  recordedAt: Date;
}

const SELECT = `SELECT c.id, c.participant_id AS "participantId", c.trajectory_id AS "trajectoryId", c.organisation_id AS "organisationId",
       o.name AS "organisationName", c.occurs_at AS "occursAt", c.duration_minutes AS "durationMinutes", c.kind, c.status,
       c.location, c.present, c.note, u.name AS "recordedByName", c.recorded_at AS "recordedAt"
  FROM contacts c JOIN organisations o ON o.id = c.organisation_id LEFT JOIN users u ON u.id = c.recorded_by`;

export async function findContactsOfParticipant(
  q: Queryable,
  participantId: string,
  f: { status?: string; upcoming?: boolean },
): Promise<ContactRow[]> {
  const { rows } = await q.query<ContactRow>(
    `${SELECT} WHERE c.participant_id = $1 AND ($2::text IS NULL OR c.status = $2)
        AND (NOT $3::boolean OR (c.status = 'planned' AND c.occurs_at >= now()))
      ORDER BY CASE WHEN $3::boolean THEN c.occurs_at END ASC, c.occurs_at DESC`,
    [participantId, f.status ?? null, f.upcoming ?? false],
  );
  return rows;
}

export async function getContact(q: Queryable, participantId: string, id: string): Promise<ContactRow | null> {
  const { rows } = await q.query<ContactRow>(`${SELECT} WHERE c.id = $1 AND c.participant_id = $2`, [
    id,
    participantId,
  ]);
  return rows[0] ?? null;
}

export interface ContactFields {
  occursAt: string;
  durationMinutes: number | null;
  kind: string;
  status: string;
  location: string | null;
  present: string | null;
  note: string | null;
}

export async function insertContact(
  q: Queryable,
  c: ContactFields & {
    participantId: string;
    trajectoryId: string | null;
    organisationId: string;
    recordedBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO contacts (participant_id, trajectory_id, organisation_id, occurs_at, duration_minutes, kind, status, location,
       present, note, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      c.participantId,
      c.trajectoryId,
      c.organisationId,
      c.occursAt,
      c.durationMinutes,
      c.kind,
      c.status,
      c.location,
      c.present,
      c.note,
      c.recordedBy,
    ],
  );
  return rows[0]!.id;
}

export async function updateContact(q: Queryable, id: string, c: ContactFields): Promise<void> {
  await q.query(
    `UPDATE contacts SET occurs_at = $2, duration_minutes = $3, kind = $4, status = $5, location = $6, present = $7, note = $8,
       updated_at = now() WHERE id = $1`,
    [id, c.occursAt, c.durationMinutes, c.kind, c.status, c.location, c.present, c.note],
  );
}
