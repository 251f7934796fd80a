import type { Queryable } from '../../platform/db/db.js';

export interface AuditEventView {
  chainId: number;
  seq: number;
  occurredAt: string;
  requestId: string;
  actorType: string;
  userId: string | null;
  userName: string | null;
  apiTokenId: string | null;
  role: string | null;
  organisationId: string | null;
  organisationName: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  participantId: string | null;
  purpose: string | null;
  outcome: string;
  clientAddress: string | null;
}

export interface AuditFilter {
  from?: string;
  to?: string;
  userId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  participantId?: string;
  outcome?: string;
}

export async function findAuditEvents(
  q: Queryable,
  f: AuditFilter,
  limit: number,
  offset: number,
): Promise<{ rows: AuditEventView[]; total: number }> {
  const where = `($1::timestamptz IS NULL OR e.occurred_at >= $1) AND ($2::timestamptz IS NULL OR e.occurred_at < $2)
     AND ($3::uuid IS NULL OR e.user_id = $3) AND ($4::text IS NULL OR e.action = $4)
     AND ($5::text IS NULL OR e.resource_type = $5) AND ($6::text IS NULL OR e.resource_id = $6)
     AND ($7::uuid IS NULL OR e.participant_id = $7) AND ($8::text IS NULL OR e.outcome = $8)`;
  const params = [
    f.from ?? null,
    f.to ?? null,
    f.userId ?? null,
    f.action ?? null,
    f.resourceType ?? null,
    f.resourceId ?? null,
    f.participantId ?? null,
    f.outcome ?? null,
  ];
  const { rows } = await q.query<Omit<AuditEventView, 'occurredAt'> & { occurredAt: Date }>(
    `SELECT e.chain_id AS "chainId", e.seq, e.occurred_at AS "occurredAt", e.request_id AS "requestId", e.actor_type AS "actorType",
            e.user_id AS "userId", u.name AS "userName", e.api_token_id AS "apiTokenId", e.role, e.organisation_id AS "organisationId",
            o.name AS "organisationName", e.action, e.resource_type AS "resourceType", e.resource_id AS "resourceId",
            e.participant_id AS "participantId", e.purpose, e.outcome, e.client_address AS "clientAddress"
       FROM audit_events e LEFT JOIN users u ON u.id = e.user_id LEFT JOIN organisations o ON o.id = e.organisation_id
      WHERE ${where}
      ORDER BY e.occurred_at DESC, e.chain_id, e.seq DESC LIMIT $9 OFFSET $10`,
    [...params, limit, offset],
  );
  const { rows: count } = await q.query<{ n: number }>(
    `SELECT count(*) AS n FROM audit_events e WHERE ${where}`,
    params,
  );
  return { rows: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })), total: count[0]?.n ?? 0 };
}
