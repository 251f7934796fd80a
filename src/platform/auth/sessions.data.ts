/**
 * Server-side sessions and API-token look-ups. The cookie holds a random token; the database holds
 * only its SHA-256. Sessions end after SESSION_TTL_MINUTES or SESSION_IDLE_MINUTES without requests.
 */
import type { Queryable } from '../db/db.js';
import type { Membership } from '../access/types.js';
import { randomToken, sha256 } from './tokens.js';

export type SessionState = 'secondFactor' | 'secondFactorSetup' | 'active';

export interface SessionRow {
  id: string;
  user_id: string;
  state: SessionState;
  auth_method: 'password' | 'oidc';
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_language: 'nl' | 'en';
  memberships: Membership[];
}

export async function createSession(
  q: Queryable,
  args: {
    userId: string;
    state: SessionState;
    authMethod: 'password' | 'oidc';
    ttlMinutes: number;
    clientAddress: string | null;
    userAgent: string | null;
  },
): Promise<{ id: string; token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO sessions (token_hash, user_id, state, auth_method, csrf_token, expires_at, client_address, user_agent)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6), $7, $8) RETURNING id`,
    [
      sha256(token),
      args.userId,
      args.state,
      args.authMethod,
      csrfToken,
      args.ttlMinutes,
      args.clientAddress,
      args.userAgent?.slice(0, 300) ?? null,
    ],
  );
  return { id: rows[0]!.id, token, csrfToken };
}

/** Finds a live session by its cookie token, with the user's memberships, in one query. */
export async function findSessionByToken(q: Queryable, token: string, idleMinutes: number): Promise<SessionRow | null> {
  const { rows } = await q.query<SessionRow>(
    `SELECT s.id, s.user_id, s.state, s.auth_method, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
            u.language AS user_language,
            coalesce((SELECT json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
                        FROM memberships m WHERE m.user_id = u.id), '[]'::json) AS memberships
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(mins => $2)
        AND u.status = 'active'`,
    [sha256(token), idleMinutes],
  );
  return rows[0] ?? null;
}

/** Marks a session as used; called at most once a minute per session to keep reads cheap. */
export async function touchSession(q: Queryable, sessionId: string): Promise<void> {
  await q.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [sessionId]);
}

export async function setSessionState(q: Queryable, sessionId: string, state: SessionState): Promise<void> {
  await q.query('UPDATE sessions SET state = $2 WHERE id = $1', [sessionId, state]);
}

export async function deleteSession(q: Queryable, sessionId: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
}

/** Ends every session of a user except `keepSessionId` (after a password change). */
export async function deleteOtherSessions(q: Queryable, userId: string, keepSessionId: string | null): Promise<void> {
  await q.query('DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, keepSessionId]);
}

/** Ends every session of a user (logout everywhere, password change, blocking). */
export async function deleteUserSessions(q: Queryable, userId: string): Promise<number> {
  const { rowCount } = await q.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return rowCount;
}

export interface ApiTokenRow {
  id: string;
  organisation_id: string;
  actions: string[];
  last_used_at: Date | null;
}

/** Finds a live API token by its secret. */
export async function findApiToken(q: Queryable, secret: string): Promise<ApiTokenRow | null> {
  const { rows } = await q.query<ApiTokenRow>(
    `SELECT id, organisation_id, actions, last_used_at FROM api_tokens
      WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
    [sha256(secret)],
  );
  return rows[0] ?? null;
}

export async function touchApiToken(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [id]);
}
