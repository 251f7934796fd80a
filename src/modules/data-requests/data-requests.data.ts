/** SQL for participants' requests to correct or erase their data. */
import type { Queryable } from '../../platform/db/db.js';
import type { DataRequest } from './data-requests.schemas.js';

type Row = Omit<DataRequest, 'handledAt' | 'createdAt'> & { handledAt: Date | null; createdAt: Date };

const SELECT = `SELECT r.id, r.participant_id AS "participantId", p.given_name || ' ' || p.family_name AS "participantName",
       r.kind, r.message, r.status, r.response, h.name AS "handledByName", r.handled_at AS "handledAt", r.created_at AS "createdAt"
  FROM data_requests r JOIN participants p ON p.id = r.participant_id LEFT JOIN users h ON h.id = r.handled_by`;

const toApi = (r: Row): DataRequest => ({
  ...r,
  handledAt: r.handledAt ? r.handledAt.toISOString() : null,
  createdAt: r.createdAt.toISOString(),
});

export async function findRequests(
  q: Queryable,
  f: { participantId?: string; status?: string },
): Promise<DataRequest[]> {
  const { rows } = await q.query<Row>(
    `${SELECT} WHERE ($1::uuid IS NULL OR r.participant_id = $1) AND ($2::text IS NULL OR r.status = $2)
      ORDER BY (r.status = 'open') DESC, r.created_at DESC LIMIT 500`,
    [f.participantId ?? null, f.status ?? null],
  );
  return rows.map(toApi);
}

export async function getRequest(q: Queryable, id: string): Promise<DataRequest | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE r.id = $1`, [id]);
  return rows[0] ? toApi(rows[0]) : null;
}

export async function insertRequest(
  q: Queryable,
  r: { participantId: string; requestedBy: string; kind: string; message: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    'INSERT INTO data_requests (participant_id, requested_by, kind, message) VALUES ($1, $2, $3, $4) RETURNING id',
    [r.participantId, r.requestedBy, r.kind, r.message],
  );
  return rows[0]!.id;
}

/** Closes an open request; false when it was not open (handled meanwhile). */
export async function closeRequest(
  q: Queryable,
  id: string,
  c: { status: string; response: string | null; handledBy: string },
): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE data_requests SET status = $2, response = $3, handled_by = $4, handled_at = now() WHERE id = $1 AND status = 'open'`,
    [id, c.status, c.response, c.handledBy],
  );
  return rowCount > 0;
}
