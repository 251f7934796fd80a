/**
 * The audit log (NEN 7513 §5–7): who did what to which record, for whom, when, from where, with what
 * outcome. Records of a change are written in the same transaction as the change; records of a read
 * are committed before the read's answer is sent (writer.ts). They are append-only (a trigger refuses
 * UPDATE/DELETE/TRUNCATE) and hash-chained.
 *
 * Chains: there are 16 chains (`audit_chain_heads`). An append takes a free chain head
 * (`FOR UPDATE SKIP LOCKED`), appends its records and releases the head at commit, so concurrent
 * requests do not wait on one global row. Each record carries the SHA-256 of its canonical content
 * (computed here) and a chain hash over (previous hash, chain, seq, content hash) computed by the SQL
 * function `audit_append` (migration 0001) — one round trip per batch. The verifier recomputes both in
 * one SQL pass. See docs/adr/0005-audit-log.md.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/db.js';

export const CHAIN_COUNT = 16;
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
  /** When it happened; set by the access layer when the decision is made. */
  occurredAt: Date;
  requestId: string;
  actorType: 'user' | 'apiToken' | 'system' | 'anonymous';
  userId: string | null;
  apiTokenId: string | null;
  role: string | null;
  organisationId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  participantId: string | null;
  purpose: string | null;
  outcome: 'allowed' | 'denied';
  clientAddress: string | null;
}

/**
 * Text as PostgreSQL will store it: lone UTF-16 surrogates become U+FFFD, as the driver's UTF-8
 * encoding makes them, so the hash computed here matches the one recomputed from the stored row.
 */
function asStored(value: string | null): string | null {
  return value === null ? null : (value as string & { toWellFormed(): string }).toWellFormed();
}

function asUuid(value: string | null): string | null {
  return value === null ? null : value.toLowerCase();
}

/**
 * The canonical text of a record's content. Must produce exactly what the SQL function
 * `audit_canonical` produces from the stored row (json_build_array: `[a, b, …]` with ", " between
 * values; uuids lower-case; time in UTC with milliseconds). audit.int.test.ts checks this on both engines.
 */
export function canonicalContent(r: AuditRecord): string {
  return canonicalOfStored(normalise(r));
}

/** {@link canonicalContent} of a record that is already {@link normalise}d. */
function canonicalOfStored(n: AuditRecord): string {
  const values: (string | null)[] = [
    n.requestId,
    n.actorType,
    n.userId,
    n.apiTokenId,
    n.role,
    n.organisationId,
    n.action,
    n.resourceType,
    n.resourceId,
    n.participantId,
    n.purpose,
    n.outcome,
    n.clientAddress,
    n.occurredAt.toISOString(),
  ];
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}

/** The record as the database will hold it (well-formed text, lower-case uuids). */
function normalise(r: AuditRecord): AuditRecord {
  return {
    ...r,
    requestId: asStored(r.requestId) ?? '',
    userId: asUuid(r.userId),
    apiTokenId: asUuid(r.apiTokenId),
    role: asStored(r.role),
    organisationId: asUuid(r.organisationId),
    action: asStored(r.action) ?? '',
    resourceType: asStored(r.resourceType) ?? '',
    resourceId: asStored(r.resourceId),
    participantId: asUuid(r.participantId),
    purpose: asStored(r.purpose),
    clientAddress: asStored(r.clientAddress),
  };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Appends records to one chain: inside the caller's transaction, or as one self-committing statement
 * when given the database itself. One round trip either way; the chain head stays locked until commit,
 * which keeps each chain gapless and ordered.
 */
export async function appendAudit(tx: Queryable, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) {
    return;
  }
  const items = records.map((r) => {
    const stored = normalise(r);
    return { ...stored, occurredAt: r.occurredAt.toISOString(), contentHash: sha256Hex(canonicalOfStored(stored)) };
  });
  await tx.query('SELECT audit_append($1::jsonb)', [JSON.stringify(items)]);
}

/** Records per statement of a bulk append. */
const BULK_STATEMENT = 5000;

/**
 * Appends many records (an import's one record per participant) inside the caller's transaction: the
 * chain is computed here instead of in SQL — the same hashes audit_append makes (`hash = SHA-256(prev_hash
 * ' ' chain_id ' ' seq ' ' content_hash)`, checked by `audit verify`) — and inserted set-based, a few
 * thousand per statement. The chain head is locked until the transaction ends, as with {@link appendAudit}.
 */
export async function appendAuditBulk(tx: Queryable, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) {
    return;
  }
  const free = await tx.query<{ chainId: number; lastSeq: number; lastHash: string }>(
    `SELECT chain_id AS "chainId", last_seq AS "lastSeq", last_hash AS "lastHash" FROM audit_chain_heads
     ORDER BY chain_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
  );
  const head =
    free.rows[0] ??
    (
      await tx.query<{ chainId: number; lastSeq: number; lastHash: string }>(
        `SELECT chain_id AS "chainId", last_seq AS "lastSeq", last_hash AS "lastHash" FROM audit_chain_heads
         WHERE chain_id = 0 FOR UPDATE`,
      )
    ).rows[0]!;
  let seq = head.lastSeq;
  let prev = head.lastHash;
  for (let from = 0; from < records.length; from += BULK_STATEMENT) {
    const rows = records.slice(from, from + BULK_STATEMENT).map((r) => {
      const stored = normalise(r);
      const contentHash = sha256Hex(canonicalOfStored(stored));
      seq += 1;
      const hash = sha256Hex(`${prev} ${head.chainId} ${seq} ${contentHash}`);
      const row = { ...stored, occurredAt: r.occurredAt.toISOString(), seq, contentHash, prevHash: prev, hash };
      prev = hash;
      return row;
    });
    await tx.query(
      `INSERT INTO audit_events (chain_id, seq, occurred_at, request_id, actor_type, user_id, api_token_id, role,
         organisation_id, action, resource_type, resource_id, participant_id, purpose, outcome, client_address,
         content_hash, prev_hash, hash)
       SELECT $1, x.seq, x."occurredAt", x."requestId", x."actorType", x."userId", x."apiTokenId", x.role,
         x."organisationId", x.action, x."resourceType", x."resourceId", x."participantId", x.purpose, x.outcome,
         x."clientAddress", x."contentHash", x."prevHash", x.hash
       FROM jsonb_to_recordset($2::jsonb) AS x(seq bigint, "occurredAt" timestamptz, "requestId" text, "actorType" text,
         "userId" uuid, "apiTokenId" uuid, role text, "organisationId" uuid, action text, "resourceType" text,
         "resourceId" text, "participantId" uuid, purpose text, outcome text, "clientAddress" text, "contentHash" text,
         "prevHash" text, hash text)`,
      [head.chainId, JSON.stringify(rows)],
    );
  }
  await tx.query('UPDATE audit_chain_heads SET last_seq = $2, last_hash = $3 WHERE chain_id = $1', [
    head.chainId,
    seq,
    prev,
  ]);
}

export type BrokenReason = 'hash-mismatch' | 'link-mismatch' | 'gap' | 'head-mismatch';

export interface VerifyResult {
  ok: boolean;
  records: number;
  chains: number;
  /** The first broken record (earliest in time), when not ok. */
  broken?: { chainId: number; seq: number; reason: BrokenReason; occurredAt: Date | null };
}

/**
 * Recomputes every record's hash and every link in one pass in the database and compares the chain
 * heads with the last records. Reports the earliest broken record.
 */
export async function verifyAuditLog(q: Queryable): Promise<VerifyResult> {
  const { rows: checks } = await q.query<{
    chain_id: number;
    seq: number;
    occurred_at: Date;
    hash_ok: boolean;
    link_ok: boolean;
    seq_ok: boolean;
  }>(
    `WITH checked AS (
       SELECT e.chain_id, e.seq, e.occurred_at,
              e.content_hash = encode(sha256(convert_to(audit_canonical(e), 'UTF8')), 'hex')
                AND e.hash = audit_chain_hash(e.prev_hash, e.chain_id, e.seq, e.content_hash) AS hash_ok,
              e.prev_hash = coalesce(lag(e.hash) OVER w, repeat('0', 64)) AS link_ok,
              e.seq = row_number() OVER w AS seq_ok
         FROM audit_events e
       WINDOW w AS (PARTITION BY e.chain_id ORDER BY e.seq)
     )
     SELECT * FROM checked WHERE NOT (hash_ok AND link_ok AND seq_ok)
      ORDER BY occurred_at, chain_id, seq LIMIT 1`,
  );
  const { rows: counts } = await q.query<{ records: number; chains: number }>(
    'SELECT (SELECT count(*) FROM audit_events) AS records, (SELECT count(*) FROM audit_chain_heads) AS chains',
  );
  const records = counts[0]?.records ?? 0;
  const chains = counts[0]?.chains ?? 0;
  const bad = checks[0];
  if (bad) {
    const reason: BrokenReason = !bad.seq_ok ? 'gap' : !bad.hash_ok ? 'hash-mismatch' : 'link-mismatch';
    return {
      ok: false,
      records,
      chains,
      broken: { chainId: bad.chain_id, seq: bad.seq, reason, occurredAt: bad.occurred_at },
    };
  }
  // Records removed from the end of a chain leave its head pointing past the last record.
  const { rows: heads } = await q.query<{ chain_id: number; last_seq: number }>(
    `SELECT h.chain_id, h.last_seq
       FROM audit_chain_heads h
       LEFT JOIN LATERAL (SELECT seq, hash FROM audit_events e WHERE e.chain_id = h.chain_id ORDER BY seq DESC LIMIT 1) last ON true
      WHERE h.last_seq <> coalesce(last.seq, 0) OR h.last_hash <> coalesce(last.hash, repeat('0', 64))
      ORDER BY h.chain_id LIMIT 1`,
  );
  const head = heads[0];
  if (head) {
    return {
      ok: false,
      records,
      chains,
      broken: { chainId: head.chain_id, seq: head.last_seq, reason: 'head-mismatch', occurredAt: null },
    };
  }
  return { ok: true, records, chains };
}
