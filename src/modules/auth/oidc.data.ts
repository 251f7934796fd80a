/** SQL for OpenID Connect login: enabled providers, login states and linked identities. */
import type { Queryable } from '../../platform/db/db.js';

export interface LoginOptionRow {
  organisationSlug: string;
  organisationName: string;
  displayName: string;
}

export async function findLoginOptions(q: Queryable): Promise<LoginOptionRow[]> {
  const { rows } = await q.query<LoginOptionRow>(
    `SELECT o.slug AS "organisationSlug", o.name AS "organisationName", p.display_name AS "displayName"
       FROM oidc_providers p JOIN organisations o ON o.id = p.organisation_id
      WHERE p.enabled ORDER BY o.name`,
  );
  return rows;
}

/** An organisation's enabled provider, as the login flow needs it. */
export interface LoginProviderRow {
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecretEnv: string | null;
  trustSecondFactor: boolean;
}

const PROVIDER_COLUMNS = `p.organisation_id AS "organisationId", p.issuer, p.client_id AS "clientId",
       p.client_secret_env AS "clientSecretEnv", p.trust_second_factor AS "trustSecondFactor"`;

/** The enabled provider of the organisation with this slug, or null. */
export async function findEnabledProviderBySlug(q: Queryable, slug: string): Promise<LoginProviderRow | null> {
  const { rows } = await q.query<LoginProviderRow>(
    `SELECT ${PROVIDER_COLUMNS}
       FROM oidc_providers p JOIN organisations o ON o.id = p.organisation_id
      WHERE o.slug = $1 AND p.enabled`,
    [slug],
  );
  return rows[0] ?? null;
}

/** Stores a login state (only the hash of the state value) and clears expired ones. */
export async function insertLoginState(
  q: Queryable,
  args: { stateHash: string; organisationId: string; codeVerifier: string; nonce: string; ttlMinutes: number },
): Promise<void> {
  await q.query('DELETE FROM oidc_login_states WHERE expires_at <= now()');
  await q.query(
    `INSERT INTO oidc_login_states (state_hash, organisation_id, code_verifier, nonce, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
    [args.stateHash, args.organisationId, args.codeVerifier, args.nonce, args.ttlMinutes],
  );
}

export interface ConsumedLoginState {
  organisationId: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

/** Takes a login state out of the table (one use only); null when unknown or expired. */
export async function consumeLoginState(q: Queryable, stateHash: string): Promise<ConsumedLoginState | null> {
  const { rows } = await q.query<ConsumedLoginState & { expired: boolean }>(
    `DELETE FROM oidc_login_states WHERE state_hash = $1
     RETURNING organisation_id AS "organisationId", code_verifier AS "codeVerifier", nonce, return_to AS "returnTo",
               expires_at <= now() AS expired`,
    [stateHash],
  );
  const row = rows[0];
  if (!row || row.expired) {
    return null;
  }
  return {
    organisationId: row.organisationId,
    codeVerifier: row.codeVerifier,
    nonce: row.nonce,
    returnTo: row.returnTo,
  };
}

/** The enabled provider of an organisation, or null. */
export async function findEnabledProvider(q: Queryable, organisationId: string): Promise<LoginProviderRow | null> {
  const { rows } = await q.query<LoginProviderRow>(
    `SELECT ${PROVIDER_COLUMNS} FROM oidc_providers p WHERE p.organisation_id = $1 AND p.enabled`,
    [organisationId],
  );
  return rows[0] ?? null;
}

/** The user linked to this subject at this organisation's provider, or null. */
export async function findLinkedUserId(q: Queryable, organisationId: string, subject: string): Promise<string | null> {
  const { rows } = await q.query<{ user_id: string }>(
    'SELECT user_id FROM oidc_identities WHERE organisation_id = $1 AND subject = $2',
    [organisationId, subject],
  );
  return rows[0]?.user_id ?? null;
}

/** An active user with this e-mail address (any case) who is a member of the organisation, or null. */
export async function findActiveMemberByEmail(
  q: Queryable,
  organisationId: string,
  email: string,
): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT u.id FROM users u
      WHERE lower(u.email) = lower($1) AND u.status = 'active'
        AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.organisation_id = $2)`,
    [email, organisationId],
  );
  return rows[0]?.id ?? null;
}

/** Whether the user holds any role in the organisation. */
export async function isMember(q: Queryable, organisationId: string, userId: string): Promise<boolean> {
  const { rows } = await q.query<{ ok: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2) AS ok',
    [userId, organisationId],
  );
  return rows[0]?.ok === true;
}

/** Links a provider subject to a user (idempotent). */
export async function linkIdentity(
  q: Queryable,
  organisationId: string,
  subject: string,
  userId: string,
): Promise<void> {
  await q.query(
    `INSERT INTO oidc_identities (organisation_id, subject, user_id) VALUES ($1, $2, $3)
     ON CONFLICT (organisation_id, subject) DO NOTHING`,
    [organisationId, subject, userId],
  );
}
