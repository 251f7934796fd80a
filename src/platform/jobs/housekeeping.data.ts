/**
 * Housekeeping: removes what has no use once expired, so tables do not grow without bound.
 * Nothing here is personal data under retention rules of its own (sessions, one-time tokens, login
 * states, delivered mail); the audit log is never touched (see docs/operations/retention.md).
 */
import type { Queryable } from '../db/db.js';

export interface HousekeepingResult {
  sessions: number;
  userTokens: number;
  oidcStates: number;
  mail: number;
}

/**
 * @param q - the database
 * @param idleMinutes - sessions idle longer than this are dead too (SESSION_IDLE_MINUTES)
 * @param keepDays - how long used or expired one-time tokens and delivered mail are kept (for support questions)
 */
export async function deleteExpired(q: Queryable, idleMinutes: number, keepDays = 30): Promise<HousekeepingResult> {
  const sessions = await q.query(
    'DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)',
    [idleMinutes],
  );
  const userTokens = await q.query(
    `DELETE FROM user_tokens WHERE coalesce(used_at, expires_at) <= now() - make_interval(days => $1)`,
    [keepDays],
  );
  const oidcStates = await q.query('DELETE FROM oidc_login_states WHERE expires_at <= now()');
  const mail = await q.query('DELETE FROM mail_outbox WHERE sent_at <= now() - make_interval(days => $1)', [keepDays]);
  return {
    sessions: sessions.rowCount,
    userTokens: userTokens.rowCount,
    oidcStates: oidcStates.rowCount,
    mail: mail.rowCount,
  };
}
