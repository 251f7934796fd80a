import type { Queryable } from '../../platform/db/db.js';
import { sha256 } from '../../platform/auth/tokens.js';

export interface ApiTokenView {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  actions: string[];
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

interface Row extends Omit<ApiTokenView, 'expiresAt' | 'revokedAt' | 'lastUsedAt' | 'createdAt'> {
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

const toApi = (r: Row): ApiTokenView => ({
  ...r,
  expiresAt: r.expiresAt.toISOString(),
  revokedAt: r.revokedAt?.toISOString() ?? null,
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

const SELECT = `SELECT t.id, t.organisation_id AS "organisationId", o.name AS "organisationName", t.name, t.actions,
       t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt", t.last_used_at AS "lastUsedAt", t.created_at AS "createdAt"
  FROM api_tokens t JOIN organisations o ON o.id = t.organisation_id`;

export async function findApiTokens(q: Queryable): Promise<ApiTokenView[]> {
  const { rows } = await q.query<Row>(`${SELECT} ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC`);
  return rows.map(toApi);
}

export async function getApiToken(q: Queryable, id: string): Promise<ApiTokenView | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE t.id = $1`, [id]);
  return rows[0] ? toApi(rows[0]) : null;
}

export async function insertApiToken(
  q: Queryable,
  t: {
    organisationId: string;
    name: string;
    actions: string[];
    expiresAt: Date;
    secret: string;
    createdBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO api_tokens (organisation_id, name, token_hash, actions, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [t.organisationId, t.name, sha256(t.secret), t.actions, t.expiresAt, t.createdBy],
  );
  return rows[0]!.id;
}

export async function revokeApiToken(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1', [id]);
}
