/**
 * The audit log (NEN 7513 §5–7): who did what to which record, for whom, when, from where, with what
 * outcome. Records are written in the same transaction as the access they describe, are append-only
 * (a trigger refuses UPDATE/DELETE/TRUNCATE) and hash-chained.
 *
 * Chains: there are 16 chains (`audit_chain_heads`). A transaction takes whichever chain head is free
 * (`FOR UPDATE SKIP LOCKED`), appends its records to that chain and releases it at commit, so
 * concurrent requests do not wait on one global row. Hashing is done by the database functions
 * `audit_append` and `audit_hash` (migration 0001), so appending a batch is one round trip and the
 * verifier recomputes exactly the same canonical text. See docs/adr/0005-audit-log.md.
 */
import type { Queryable } from '../db/db.js';

export const CHAIN_COUNT = 16;
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
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
 * Appends records to one chain inside the caller's transaction (one round trip). The chain head stays
 * locked until commit, which keeps each chain gapless and ordered.
 */
export async function appendAudit(tx: Queryable, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) {
    return;
  }
  await tx.query('SELECT audit_append($1::jsonb)', [JSON.stringify(records)]);
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
              e.hash = audit_hash(e) AS hash_ok,
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
    return { ok: false, records, chains, broken: { chainId: bad.chain_id, seq: bad.seq, reason, occurredAt: bad.occurred_at } };
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
    return { ok: false, records, chains, broken: { chainId: head.chain_id, seq: head.last_seq, reason: 'head-mismatch', occurredAt: null } };
  }
  return { ok: true, records, chains };
}
