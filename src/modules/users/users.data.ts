/** SQL for users and memberships (administration). */
import type { Queryable } from '../../platform/db/db.js';
import type { ListScope } from '../../platform/access/types.js';
import type { User } from './users.schemas.js';

const SELECT = `SELECT u.id, u.name, u.email, u.status, (u.totp_secret IS NOT NULL) AS "secondFactorEnabled", u.created_at AS "createdAt",
       coalesce((SELECT json_agg(json_build_object('id', m.id, 'organisationId', m.organisation_id, 'organisationName', o.name, 'role', m.role) ORDER BY o.name, m.role)
                   FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = u.id), '[]'::json) AS memberships
  FROM users u`;

type Row = Omit<User, 'createdAt'> & { createdAt: Date };
const toApi = (r: Row): User => ({ ...r, createdAt: r.createdAt.toISOString() });

/** Users visible in `scope`: all, or those with a membership in one of the scope's organisations. */
export async function findUsers(
  q: Queryable,
  scope: ListScope,
  f: { q?: string; organisationId?: string; role?: string; status?: string; limit: number; offset: number },
): Promise<{ rows: User[]; total: number }> {
  const where = `($1::boolean OR EXISTS (SELECT 1 FROM memberships sm WHERE sm.user_id = u.id AND sm.organisation_id = ANY($2::uuid[])))
     AND ($3::text IS NULL OR u.name ILIKE '%' || $3 || '%' OR u.email ILIKE '%' || $3 || '%')
     AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM memberships fm WHERE fm.user_id = u.id AND fm.organisation_id = $4))
     AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM memberships rm WHERE rm.user_id = u.id AND rm.role = $5))
     AND ($6::text IS NULL OR u.status = $6)`;
  const search = f.q?.trim() ? f.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`) : null;
  const params = [scope.all, scope.organisationIds, search, f.organisationId ?? null, f.role ?? null, f.status ?? null];
  const { rows } = await q.query<Row>(`${SELECT} WHERE ${where} ORDER BY u.name, u.id LIMIT $7 OFFSET $8`, [
    ...params,
    f.limit,
    f.offset,
  ]);
  const { rows: count } = await q.query<{ n: number }>(`SELECT count(*) AS n FROM users u WHERE ${where}`, params);
  return { rows: rows.map(toApi), total: count[0]?.n ?? 0 };
}

export async function getUser(q: Queryable, id: string): Promise<User | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE u.id = $1`, [id]);
  return rows[0] ? toApi(rows[0]) : null;
}

export async function findUserIdByEmail(q: Queryable, email: string): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = lower($1)', [email]);
  return rows[0]?.id ?? null;
}

export async function insertInvitedUser(q: Queryable, u: { email: string; name: string }): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO users (email, name, status) VALUES ($1, $2, 'invited') RETURNING id`,
    [u.email, u.name],
  );
  return rows[0]!.id;
}

export async function updateUser(q: Queryable, id: string, u: { name?: string; status?: string }): Promise<void> {
  await q.query(
    'UPDATE users SET name = coalesce($2, name), status = coalesce($3, status), updated_at = now() WHERE id = $1',
    [id, u.name ?? null, u.status ?? null],
  );
}

export async function addMembership(q: Queryable, userId: string, organisationId: string, role: string): Promise<void> {
  await q.query(
    'INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3) ON CONFLICT (user_id, organisation_id, role) DO NOTHING',
    [userId, organisationId, role],
  );
}

export async function getMembership(
  q: Queryable,
  userId: string,
  membershipId: string,
): Promise<{ id: string; organisationId: string; role: string } | null> {
  const { rows } = await q.query<{ id: string; organisationId: string; role: string }>(
    'SELECT id, organisation_id AS "organisationId", role FROM memberships WHERE id = $1 AND user_id = $2',
    [membershipId, userId],
  );
  return rows[0] ?? null;
}

export async function deleteMembership(q: Queryable, membershipId: string): Promise<void> {
  await q.query('DELETE FROM memberships WHERE id = $1', [membershipId]);
}

/** Active administrators other than `exceptUserId` (guard against locking everyone out). */
export async function countOtherActiveAdministrators(q: Queryable, exceptUserId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(DISTINCT u.id) AS n FROM users u JOIN memberships m ON m.user_id = u.id
      WHERE m.role = 'administrator' AND u.status = 'active' AND u.id <> $1`,
    [exceptUserId],
  );
  return rows[0]?.n ?? 0;
}

export async function organisationExists(q: Queryable, id: string): Promise<{ name: string } | null> {
  const { rows } = await q.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [id]);
  return rows[0] ?? null;
}
