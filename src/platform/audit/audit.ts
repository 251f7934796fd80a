/**
 * The audit log (NEN 7513 §5–7): who did what to which record, for whom, when, from where, with what
 * outcome. Records of a change are written in the same transaction as the change; records of a read
 * are committed before the read's answer is sent (writer.ts). They are append-only (a trigger refuses
 * UPDATE/DELETE/TRUNCATE) and hash-chained.
 *
 * Chains: there are 16 chains (`audit_chain_heads`). An append takes a free chain head
 * (`FOR UPDATE SKIP LOCKED`), appends its records and releases the head at commit, so concurrent
 * requests do not wait on one global row. Each record carries the SHA-256 of its canonical content
 * (computed here) and a chain hash over (previous hash, chain, seq, content hash). Three ways in, each
 * one round trip per batch or statement:
 *  - {@link appendAudit}: the SQL function `audit_append` (migration 0009) computes the chain; a change's
 *    records, inside its transaction;
 *  - {@link appendAuditAfter}: the chain computed here after the head the caller left, taken only if it
 *    is free and unchanged; the read writer's usual path (writer.ts);
 *  - {@link appendAuditBulk}: the chain computed here, inserted a few thousand per statement (imports).
 * The verifier recomputes both hashes in one SQL pass. See docs/adr/0005-audit-log.md.
 */
import { hash as hashOnce } from 'node:crypto';
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
  // Most are lower case already: no copy for them (an import makes hundreds of thousands).
  return value === null ? null : /[A-Z]/.test(value) ? value.toLowerCase() : value;
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

/** One-shot SHA-256 (crypto.hash: no Hash object per call, which matters at 200,000 hashes per import). */
function sha256Hex(text: string): string {
  return hashOnce('sha256', text, 'hex');
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

/** Records per statement of a bulk append, and at most in one {@link appendAuditAfter}. */
export const BULK_STATEMENT = 5000;

/** The columns of a record's content in the order of its canonical text, with their SQL types. */
const BULK_COLUMNS: readonly (readonly [string, string])[] = [
  ['request_id', 'text'],
  ['actor_type', 'text'],
  ['user_id', 'uuid'],
  ['api_token_id', 'uuid'],
  ['role', 'text'],
  ['organisation_id', 'uuid'],
  ['action', 'text'],
  ['resource_type', 'text'],
  ['resource_id', 'text'],
  ['participant_id', 'uuid'],
  ['purpose', 'text'],
  ['outcome', 'text'],
  ['client_address', 'text'],
  ['occurred_at', 'timestamptz'],
];

/** The values of {@link BULK_COLUMNS} as the database will hold them (what {@link normalise} makes). */
function storedValues(r: AuditRecord): (string | null)[] {
  return [
    asStored(r.requestId) ?? '',
    r.actorType,
    asUuid(r.userId),
    asUuid(r.apiTokenId),
    asStored(r.role),
    asUuid(r.organisationId),
    asStored(r.action) ?? '',
    asStored(r.resourceType) ?? '',
    asStored(r.resourceId),
    asUuid(r.participantId),
    asStored(r.purpose),
    r.outcome,
    asStored(r.clientAddress),
    r.occurredAt.toISOString(),
  ];
}

/** Separator and null marker of a column sent as one text (`string_to_array`), when no value holds them. */
const SEPARATOR = '\u001f';
const NULL_MARK = '\u001e';

/** A chain's head: its number, the last record's seq and hash (the genesis hash for an empty chain). */
export interface ChainHead {
  chainId: number;
  lastSeq: number;
  lastHash: string;
}

/** One INSERT of records chained after a head, and the head after them. */
interface ChainedInsert {
  /** `FROM unnest(…) AS x(…)`: the rows; the statement's text is built around it. */
  columnsSql: string;
  selectSql: string;
  fromSql: string;
  params: unknown[];
  next: ChainHead;
}

/**
 * The records chained after `head`, computed here — the same hashes audit_append makes (`hash =
 * SHA-256(prev_hash ' ' chain_id ' ' seq ' ' content_hash)`, checked by `audit verify`) — as one
 * set-based INSERT. A column with one value for all records (the actor, the action, the request…) is sent
 * once; the others as one text each, split in SQL (an array parameter costs the driver many times its size
 * in garbage); `seq` and `prev_hash` follow from the order. Parameters $1–$3 are the chain, the head's seq
 * and the head's hash.
 */
function chainedInsert(head: ChainHead, part: AuditRecord[]): ChainedInsert {
  let seq = head.lastSeq;
  let prev = head.lastHash;
  const columns: (string | null)[][] = BULK_COLUMNS.map(() => new Array<string | null>(part.length));
  const hashes = new Array<string>(part.length);
  const contentHashes = new Array<string>(part.length);
  // canonicalContent is `[a, b, …]` of the JSON values with ", " between them: each column's JSON (with
  // the brackets on the first and last) is made once for a run of equal values, most of them constant.
  const last: (string | null | undefined)[] = BULK_COLUMNS.map(() => undefined);
  const json: string[] = BULK_COLUMNS.map(() => '');
  const end = BULK_COLUMNS.length - 1;
  for (let i = 0; i < part.length; i += 1) {
    const values = storedValues(part[i]!);
    for (let c = 0; c <= end; c += 1) {
      const v = values[c]!;
      columns[c]![i] = v;
      if (v !== last[c]) {
        last[c] = v;
        json[c] = c === 0 ? `[${JSON.stringify(v)}` : c === end ? `${JSON.stringify(v)}]` : JSON.stringify(v);
      }
    }
    const contentHash = sha256Hex(json.join(', '));
    seq += 1;
    prev = sha256Hex(`${prev} ${head.chainId} ${seq} ${contentHash}`);
    contentHashes[i] = contentHash;
    hashes[i] = prev;
  }
  const params: unknown[] = [
    head.chainId,
    head.lastSeq,
    head.lastHash,
    SEPARATOR,
    NULL_MARK,
    contentHashes.join(SEPARATOR),
    hashes.join(SEPARATOR),
  ];
  const split = (n: number, type: string) => `string_to_array($${n}::text, $4::text, $5::text)::${type}[]`;
  const unnested = [split(6, 'text'), split(7, 'text')];
  const names = ['content_hash', 'hash'];
  const exprs = BULK_COLUMNS.map(([column, type], c) => {
    const col = columns[c]!;
    const first = col[0] ?? null;
    if (col.every((v) => v === first)) {
      params.push(first);
      return `$${params.length}::${type}`;
    }
    if (col.every((v) => v === null || (!v.includes(SEPARATOR) && v !== NULL_MARK))) {
      params.push(col.map((v) => v ?? NULL_MARK).join(SEPARATOR));
      unnested.push(split(params.length, type));
    } else {
      params.push(col);
      unnested.push(`$${params.length}::${type}[]`);
    }
    names.push(column);
    return `x.${column}`;
  });
  return {
    columnsSql: `chain_id, seq, ${BULK_COLUMNS.map((x) => x[0]).join(', ')}, content_hash, prev_hash, hash`,
    selectSql: `$1::smallint, $2::bigint + x.ord, ${exprs.join(', ')}, x.content_hash,
         coalesce(lag(x.hash) OVER (ORDER BY x.ord), $3::text), x.hash`,
    fromSql: `unnest(${unnested.join(', ')}) WITH ORDINALITY AS x(${names.join(', ')}, ord)`,
    params,
    next: { chainId: head.chainId, lastSeq: seq, lastHash: prev },
  };
}

/** Which free chain a bulk append takes: the lowest (an import) or any (the read writer's fallback). */
export type ChainChoice = 'lowest' | 'any';

/**
 * Appends many records (an import's one record per participant) inside the caller's transaction: the
 * chain is computed here (see {@link chainedInsert}) and inserted set-based, a few thousand per statement.
 * The chain head is locked until the transaction ends, as with {@link appendAudit}. Returns the chain's
 * head after the records.
 */
export async function appendAuditBulk(
  tx: Queryable,
  records: AuditRecord[],
  choice: ChainChoice = 'lowest',
): Promise<ChainHead | null> {
  if (records.length === 0) {
    return null;
  }
  const select = `SELECT chain_id AS "chainId", last_seq AS "lastSeq", last_hash AS "lastHash" FROM audit_chain_heads`;
  const free = await tx.query<ChainHead>(
    `${select} ORDER BY ${choice === 'lowest' ? 'chain_id' : 'random()'} LIMIT 1 FOR UPDATE SKIP LOCKED`,
  );
  let head = free.rows[0] ?? (await tx.query<ChainHead>(`${select} WHERE chain_id = 0 FOR UPDATE`)).rows[0]!;
  for (let from = 0; from < records.length; from += BULK_STATEMENT) {
    const insert = chainedInsert(head, records.slice(from, from + BULK_STATEMENT));
    await tx.query(
      `INSERT INTO audit_events (${insert.columnsSql}) SELECT ${insert.selectSql} FROM ${insert.fromSql}`,
      insert.params,
    );
    head = insert.next;
  }
  await tx.query('UPDATE audit_chain_heads SET last_seq = $2, last_hash = $3 WHERE chain_id = $1', [
    head.chainId,
    head.lastSeq,
    head.lastHash,
  ]);
  return head;
}

/**
 * Appends records after a head the caller saw last, in one self-committing statement: the head is taken
 * only if it is free (`SKIP LOCKED`) and still exactly `head`, and moved in the same statement as the
 * records are inserted. Returns the new head, or null when the chain was taken or moved on meanwhile (by
 * another process or transaction) — then nothing was written. The audit writer's usual path: one round
 * trip, no PL/pgSQL, the hashes computed here.
 */
export async function appendAuditAfter(
  q: Queryable,
  head: ChainHead,
  records: AuditRecord[],
): Promise<ChainHead | null> {
  if (records.length === 0 || records.length > BULK_STATEMENT) {
    throw new RangeError(`appendAuditAfter takes 1–${BULK_STATEMENT} records, got ${records.length}`);
  }
  const insert = chainedInsert(head, records);
  const n = insert.params.length;
  const result = await q.query(
    `WITH head AS (
       SELECT chain_id FROM audit_chain_heads
        WHERE chain_id = $1::smallint AND last_seq = $2::bigint AND last_hash = $3::text
          FOR UPDATE SKIP LOCKED
     ), moved AS (
       UPDATE audit_chain_heads h SET last_seq = $${n + 1}::bigint, last_hash = $${n + 2}::text
         FROM head WHERE h.chain_id = head.chain_id
       RETURNING h.chain_id
     )
     INSERT INTO audit_events (${insert.columnsSql})
     SELECT ${insert.selectSql} FROM ${insert.fromSql} CROSS JOIN moved`,
    [...insert.params, insert.next.lastSeq, insert.next.lastHash],
  );
  return result.rowCount === records.length ? insert.next : null;
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
