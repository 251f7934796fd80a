-- Foundation: reference regions, organisations, users, memberships, sessions, tokens, mail outbox,
-- OpenID Connect providers and the append-only, hash-chained audit log (NEN 7513).
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Arbeidsmarktregio's and gemeenten (CBS "Gebieden in Nederland" 2026, CC BY 4.0), loaded by the app
-- from reference-data/*.csv at boot (idempotent upsert).
CREATE TABLE regions (
  code text PRIMARY KEY CHECK (code ~ '^AM[0-9]{2}$'),
  name text NOT NULL
);

CREATE TABLE municipalities (
  code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
  name text NOT NULL,
  region_code text NOT NULL REFERENCES regions(code),
  province_code text NOT NULL,
  province_name text NOT NULL
);
CREATE INDEX municipalities_region_idx ON municipalities(region_code);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('gemeente', 'uwv', 'ggz', 'shelteredWork', 'school', 'employer', 'knowledgeInstitute', 'funder')),
  region_code text NOT NULL REFERENCES regions(code),
  municipality_code text REFERENCES municipalities(code),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name_idx ON organisations(lower(name));

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text,
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'disabled')),
  language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
  totp_secret text,
  totp_pending_secret text,
  totp_enabled_at timestamptz,
  totp_last_step bigint,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_idx ON users(lower(email));

CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes(user_id);

CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  role text NOT NULL CHECK (role IN ('participant', 'jobCoach', 'employerAdviser', 'consultant', 'employer',
    'programmeManager', 'evaluator', 'knowledgeEditor', 'administrator')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, organisation_id, role)
);
CREATE INDEX memberships_org_idx ON memberships(organisation_id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  state text NOT NULL CHECK (state IN ('secondFactor', 'secondFactorSetup', 'active')),
  auth_method text NOT NULL CHECK (auth_method IN ('password', 'oidc')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  client_address text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions(user_id);

-- One-time tokens mailed to a user: password reset and invitation. Only the SHA-256 is stored.
CREATE TABLE user_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('passwordReset', 'invitation')),
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_tokens_user_idx ON user_tokens(user_id);

-- Tokens for system integrations (a gemeente's case system, a BI tool): bound to an organisation and
-- a set of actions; bearer, hashed at rest, revocable, expiring.
CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE,
  actions text[] NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_tokens_org_idx ON api_tokens(organisation_id);

-- An organisation's own OpenID Connect provider. The client secret is never stored: the row names the
-- environment variable that holds it (NULL for a public client using PKCE only).
CREATE TABLE oidc_providers (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret_env text CHECK (client_secret_env ~ '^[A-Z][A-Z0-9_]*$'),
  display_name text NOT NULL,
  trust_second_factor boolean NOT NULL DEFAULT false,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE oidc_identities (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, subject)
);

CREATE TABLE oidc_login_states (
  state_hash text PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  return_to text NOT NULL DEFAULT '/',
  expires_at timestamptz NOT NULL
);

-- Mail outbox: written in the same transaction as the change that causes the mail, delivered by a
-- background worker, so an acknowledged request never loses its mail.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  sent_at timestamptz,
  last_error text
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox(next_attempt_at) WHERE sent_at IS NULL;

-- Audit log (NEN 7513). Records are spread over a fixed set of hash chains; a writer takes whichever
-- chain head is free (FOR UPDATE SKIP LOCKED), so concurrent requests never wait on one global row.
-- Two hashes per record:
--   content_hash = SHA-256 of the record's canonical text (computed by the app, src/platform/audit/audit.ts,
--                  and recomputed here by audit_canonical when verifying);
--   hash         = SHA-256(prev_hash ' ' chain_id ' ' seq ' ' content_hash), computed by audit_append.
-- Appending a batch is one round trip; verifying is one pass (verifyAuditLog in audit.ts).
CREATE TABLE audit_chain_heads (
  chain_id smallint PRIMARY KEY,
  last_seq bigint NOT NULL DEFAULT 0,
  last_hash text NOT NULL
);
INSERT INTO audit_chain_heads (chain_id, last_hash)
  SELECT g, repeat('0', 64) FROM generate_series(0, 15) AS g;

CREATE TABLE audit_events (
  chain_id smallint NOT NULL REFERENCES audit_chain_heads(chain_id),
  seq bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  request_id text NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'apiToken', 'system', 'anonymous')),
  user_id uuid,
  api_token_id uuid,
  role text,
  organisation_id uuid,
  action text NOT NULL,
  resource_type text NOT NULL,
  resource_id text,
  participant_id uuid,
  purpose text,
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  client_address text,
  content_hash text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (chain_id, seq)
);
CREATE INDEX audit_events_time_idx ON audit_events(occurred_at);
CREATE INDEX audit_events_user_idx ON audit_events(user_id, occurred_at);
CREATE INDEX audit_events_resource_idx ON audit_events(resource_type, resource_id, occurred_at);
CREATE INDEX audit_events_participant_idx ON audit_events(participant_id, occurred_at) WHERE participant_id IS NOT NULL;

-- The canonical text of a record's content: a JSON array of the fields in a fixed order, time in UTC
-- with milliseconds. Must equal canonicalContent() in src/platform/audit/audit.ts (tested on both engines).
CREATE FUNCTION audit_canonical(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_array(e.request_id, e.actor_type, e.user_id, e.api_token_id, e.role, e.organisation_id,
    e.action, e.resource_type, e.resource_id, e.participant_id, e.purpose, e.outcome, e.client_address,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
$$;

CREATE FUNCTION audit_chain_hash(prev_hash text, chain_id smallint, seq bigint, content_hash text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(prev_hash || ' ' || chain_id || ' ' || seq || ' ' || content_hash, 'UTF8')), 'hex')
$$;

-- Appends a batch of records (a JSON array of objects with the camelCase field names, occurredAt and
-- contentHash included) to one free chain and returns the number appended. Runs in the caller's
-- transaction, or alone as one self-committing statement.
CREATE FUNCTION audit_append(records jsonb) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  head audit_chain_heads%ROWTYPE;
BEGIN
  IF records IS NULL OR jsonb_array_length(records) = 0 THEN
    RETURN 0;
  END IF;
  -- Try this connection's "own" chain first (cheap), then any free chain, then wait for its own.
  SELECT * INTO head FROM audit_chain_heads WHERE chain_id = (pg_backend_pid() % 16) FOR UPDATE SKIP LOCKED;
  IF NOT FOUND THEN
    SELECT * INTO head FROM audit_chain_heads ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED;
  END IF;
  IF NOT FOUND THEN
    SELECT * INTO head FROM audit_chain_heads WHERE chain_id = (pg_backend_pid() % 16) FOR UPDATE;
  END IF;
  WITH RECURSIVE items AS (
    SELECT ordinality AS i, value AS item FROM jsonb_array_elements(records) WITH ORDINALITY
  ), chained AS (
    SELECT i, item, head.last_seq + 1 AS seq, head.last_hash AS prev_hash,
           audit_chain_hash(head.last_hash, head.chain_id, head.last_seq + 1, item->>'contentHash') AS hash
      FROM items WHERE i = 1
    UNION ALL
    SELECT n.i, n.item, c.seq + 1, c.hash, audit_chain_hash(c.hash, head.chain_id, c.seq + 1, n.item->>'contentHash')
      FROM chained c JOIN items n ON n.i = c.i + 1
  ), inserted AS (
    INSERT INTO audit_events (chain_id, seq, occurred_at, request_id, actor_type, user_id, api_token_id, role,
      organisation_id, action, resource_type, resource_id, participant_id, purpose, outcome, client_address,
      content_hash, prev_hash, hash)
    SELECT head.chain_id, c.seq, (c.item->>'occurredAt')::timestamptz, c.item->>'requestId', c.item->>'actorType',
           (c.item->>'userId')::uuid, (c.item->>'apiTokenId')::uuid, c.item->>'role', (c.item->>'organisationId')::uuid,
           c.item->>'action', c.item->>'resourceType', c.item->>'resourceId', (c.item->>'participantId')::uuid,
           c.item->>'purpose', c.item->>'outcome', c.item->>'clientAddress', c.item->>'contentHash', c.prev_hash, c.hash
      FROM chained c
    RETURNING seq, hash
  )
  UPDATE audit_chain_heads h SET last_seq = last.seq, last_hash = last.hash
    FROM (SELECT seq, hash FROM inserted ORDER BY seq DESC LIMIT 1) last
   WHERE h.chain_id = head.chain_id;
  RETURN jsonb_array_length(records);
END;
$$;

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
