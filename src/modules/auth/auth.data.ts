/** SQL for login, second factor, one-time tokens and the user's own account. */
import type { Queryable } from '../../platform/db/db.js';
import { randomToken, sha256 } from '../../platform/auth/tokens.js';

export interface AuthUserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  status: 'invited' | 'active' | 'disabled';
  language: 'nl' | 'en';
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  failed_logins: number;
  locked_until: Date | null;
  is_demo: boolean;
  roles: string[];
}

const USER_COLUMNS = `u.id, u.email, u.name, u.password_hash, u.status, u.language, u.totp_secret, u.totp_pending_secret,
  u.totp_enabled_at, u.totp_last_step, u.failed_logins, u.locked_until, u.is_demo,
  coalesce((SELECT array_agg(DISTINCT m.role) FROM memberships m WHERE m.user_id = u.id), '{}') AS roles`;

export async function findUserByEmail(q: Queryable, email: string): Promise<AuthUserRow | null> {
  const { rows } = await q.query<AuthUserRow>(
    `SELECT ${USER_COLUMNS} FROM users u WHERE lower(u.email) = lower($1) FOR UPDATE`,
    [email],
  );
  return rows[0] ?? null;
}

export async function findUserById(q: Queryable, id: string, forUpdate = false): Promise<AuthUserRow | null> {
  const { rows } = await q.query<AuthUserRow>(
    `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** Counts a failed attempt; locks the account when `max` is reached. Returns the new count and whether it is now locked. */
export async function recordFailedLogin(
  q: Queryable,
  userId: string,
  max: number,
  lockMinutes: number,
): Promise<{ failures: number; locked: boolean }> {
  const { rows } = await q.query<{ failed_logins: number; locked: boolean }>(
    `UPDATE users SET failed_logins = failed_logins + 1,
            locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
      WHERE id = $1 RETURNING failed_logins, (locked_until > now()) AS locked`,
    [userId, max, lockMinutes],
  );
  return { failures: rows[0]?.failed_logins ?? 0, locked: rows[0]?.locked ?? false };
}

export async function resetFailedLogins(q: Queryable, userId: string): Promise<void> {
  await q.query(
    'UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1 AND (failed_logins > 0 OR locked_until IS NOT NULL)',
    [userId],
  );
}

export async function setPassword(
  q: Queryable,
  userId: string,
  passwordHash: string,
  activate: boolean,
): Promise<void> {
  await q.query(
    `UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL, updated_at = now(),
            status = CASE WHEN $3 AND status = 'invited' THEN 'active' ELSE status END
      WHERE id = $1`,
    [userId, passwordHash, activate],
  );
}

export async function setTotpLastStep(q: Queryable, userId: string, step: number): Promise<void> {
  await q.query('UPDATE users SET totp_last_step = $2 WHERE id = $1', [userId, step]);
}

export async function setPendingTotp(q: Queryable, userId: string, secret: string): Promise<void> {
  await q.query('UPDATE users SET totp_pending_secret = $2 WHERE id = $1', [userId, secret]);
}

export async function activateTotp(q: Queryable, userId: string, step: number): Promise<void> {
  await q.query(
    `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(),
            totp_last_step = $2, updated_at = now() WHERE id = $1`,
    [userId, step],
  );
}

export async function disableTotp(q: Queryable, userId: string): Promise<void> {
  await q.query(
    'UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, updated_at = now() WHERE id = $1',
    [userId],
  );
  await q.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
}

export async function replaceRecoveryCodes(q: Queryable, userId: string, hashes: string[]): Promise<void> {
  await q.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
  await q.query('INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [userId, hashes]);
}

/** Uses a recovery code once; true when it matched an unused code. */
export async function useRecoveryCode(q: Queryable, userId: string, hash: string): Promise<boolean> {
  const { rowCount } = await q.query(
    'UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL',
    [userId, hash],
  );
  return rowCount === 1;
}

export async function countUnusedRecoveryCodes(q: Queryable, userId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL',
    [userId],
  );
  return rows[0]?.n ?? 0;
}

export type UserTokenPurpose = 'passwordReset' | 'invitation';

/** Creates a one-time token; returns the secret to mail (only its hash is stored). */
export async function createUserToken(
  q: Queryable,
  userId: string,
  purpose: UserTokenPurpose,
  validMinutes: number,
): Promise<string> {
  const token = randomToken();
  // A new token of the same purpose replaces older unused ones.
  await q.query('UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL', [
    userId,
    purpose,
  ]);
  await q.query(
    `INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
    [userId, purpose, sha256(token), validMinutes],
  );
  return token;
}

/** Consumes a live token; returns its user id, or null when unknown, used or expired. */
export async function consumeUserToken(q: Queryable, token: string, purpose: UserTokenPurpose): Promise<string | null> {
  const { rows } = await q.query<{ user_id: string }>(
    `UPDATE user_tokens SET used_at = now()
      WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`,
    [sha256(token), purpose],
  );
  return rows[0]?.user_id ?? null;
}

export interface MembershipView {
  id: string;
  organisationId: string;
  organisationName: string;
  role: string;
}

export async function findMembershipsOfUser(q: Queryable, userId: string): Promise<MembershipView[]> {
  const { rows } = await q.query<MembershipView>(
    `SELECT m.id, m.organisation_id AS "organisationId", o.name AS "organisationName", m.role
       FROM memberships m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.user_id = $1 ORDER BY o.name, m.role`,
    [userId],
  );
  return rows;
}

export async function updateProfile(
  q: Queryable,
  userId: string,
  changes: { name?: string; language?: 'nl' | 'en' },
): Promise<void> {
  await q.query(
    `UPDATE users SET name = coalesce($2, name), language = coalesce($3, language), updated_at = now() WHERE id = $1`,
    [userId, changes.name ?? null, changes.language ?? null],
  );
}

export interface SessionListRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  clientAddress: string | null;
  userAgent: string | null;
  authMethod: string;
}

export async function findSessionsOfUser(q: Queryable, userId: string, idleMinutes: number): Promise<SessionListRow[]> {
  const { rows } = await q.query<SessionListRow>(
    `SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", client_address AS "clientAddress",
            user_agent AS "userAgent", auth_method AS "authMethod"
       FROM sessions WHERE user_id = $1 AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)
      ORDER BY last_seen_at DESC`,
    [userId, idleMinutes],
  );
  return rows;
}

export interface OwnAuditRow {
  occurredAt: Date;
  action: string;
  resourceType: string;
  actorName: string | null;
  actorType: string;
  /** The person themself acted (logged in as that user, or a successful login of that user). */
  byThemself: boolean;
  role: string | null;
  organisationName: string | null;
  outcome: string;
}

/** The audit records about a user's own data (NEN 7513 §9: the client's view of who had access). */
export async function findAuditAboutUser(
  q: Queryable,
  userId: string,
  limit: number,
  offset: number,
): Promise<{ rows: OwnAuditRow[]; total: number }> {
  // About their account, about them as a participant (any record naming their participant id), and
  // anonymous attempts on their account (failed logins).
  const where = `((e.resource_type = 'user' AND e.resource_id = $1::text) OR (e.actor_type = 'anonymous' AND e.user_id = $1::uuid)
     OR e.participant_id = (SELECT p.id FROM participants p WHERE p.user_id = $1::uuid))`;
  const { rows } = await q.query<OwnAuditRow>(
    `SELECT e.occurred_at AS "occurredAt", e.action, e.resource_type AS "resourceType", e.actor_type AS "actorType",
            CASE WHEN e.actor_type = 'user' THEN u.name END AS "actorName", e.role, o.name AS "organisationName", e.outcome,
            (e.user_id = $1::uuid AND (e.actor_type = 'user' OR e.outcome = 'allowed')) AS "byThemself"
       FROM audit_events e
       LEFT JOIN users u ON u.id = e.user_id
       LEFT JOIN organisations o ON o.id = e.organisation_id
      WHERE ${where}
      ORDER BY e.occurred_at DESC LIMIT $2 OFFSET $3`,
    [userId, limit, offset],
  );
  const { rows: count } = await q.query<{ n: number }>(`SELECT count(*) AS n FROM audit_events e WHERE ${where}`, [
    userId,
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

export interface ProfileRow {
  id: string;
  name: string;
  email: string;
  language: 'nl' | 'en';
  is_demo: boolean;
  roles: string[];
  second_factor_enabled: boolean;
  recovery_codes_left: number;
  memberships: MembershipView[];
}

/** A membership in a Dutch reader's order: by organisation name (as a Dutch list sorts it), then role. */
function byOrganisationThenRole(a: MembershipView, b: MembershipView): number {
  return a.organisationName.localeCompare(b.organisationName, 'nl') || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0);
}

/**
 * The own account in one query (hot path: every page load of the web app reads it): a row per membership,
 * assembled here. Plain rows cost PostgreSQL about a third less than building and sorting JSON per call.
 */
export async function findProfile(q: Queryable, userId: string): Promise<ProfileRow | null> {
  const { rows } = await q.query<
    Omit<ProfileRow, 'roles' | 'memberships'> & {
      membership_id: string | null;
      organisation_id: string | null;
      organisation_name: string | null;
      role: string | null;
    }
  >(
    `SELECT u.id, u.name, u.email, u.language, u.is_demo, (u.totp_secret IS NOT NULL) AS second_factor_enabled,
            CASE WHEN u.totp_secret IS NULL THEN 0
                 ELSE (SELECT count(*) FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) END AS recovery_codes_left,
            m.id AS membership_id, m.organisation_id, o.name AS organisation_name, m.role
       FROM users u
       LEFT JOIN memberships m ON m.user_id = u.id
       LEFT JOIN organisations o ON o.id = m.organisation_id
      WHERE u.id = $1`,
    [userId],
  );
  const first = rows[0];
  if (!first) {
    return null;
  }
  const memberships: MembershipView[] = rows
    .filter((r) => r.membership_id !== null)
    .map((r) => ({
      id: r.membership_id!,
      organisationId: r.organisation_id!,
      organisationName: r.organisation_name!,
      role: r.role!,
    }))
    .sort(byOrganisationThenRole);
  return {
    id: first.id,
    name: first.name,
    email: first.email,
    language: first.language,
    is_demo: first.is_demo,
    second_factor_enabled: first.second_factor_enabled,
    recovery_codes_left: first.recovery_codes_left,
    memberships,
    roles: [...new Set(memberships.map((m) => m.role))],
  };
}
