import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DRIVER, expectProblem, login, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import {
  appendAudit,
  appendAuditAfter,
  appendAuditBulk,
  canonicalContent,
  verifyAuditLog,
  type AuditRecord,
  type ChainHead,
} from './audit.js';
import { AuditWriter } from './writer.js';
import type { Queryable } from '../db/db.js';

let t: TestApp;
let orgId: string;

beforeAll(async () => {
  t = await buildTestApp();
  orgId = (await makeOrg(t.db)).id;
});
afterAll(async () => {
  await t.close();
});

/** A record of the system's own, with a request id unique to the test. */
function systemRecord(request: string, action: string): AuditRecord {
  return {
    occurredAt: new Date(),
    requestId: `${request}-${randomUUID()}`,
    actorType: 'system',
    userId: null,
    apiTokenId: null,
    role: null,
    organisationId: null,
    action,
    resourceType: 'test',
    resourceId: null,
    participantId: null,
    purpose: null,
    outcome: 'allowed',
    clientAddress: null,
  };
}

interface Row {
  actor_type: string;
  user_id: string | null;
  role: string | null;
  organisation_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  outcome: string;
  client_address: string | null;
  request_id: string;
}

async function auditRows(where: string, params: unknown[]): Promise<Row[]> {
  const { rows } = await t.db.query<Row>(
    `SELECT * FROM audit_events WHERE ${where} ORDER BY occurred_at, chain_id, seq`,
    params,
  );
  return rows;
}

describe('audit log (NEN 7513)', () => {
  it('an administrator viewing a user writes one record with who, role, organisation, what, whom, outcome, address and request id', async () => {
    const admin = await makeUser(t.db, [{ organisationId: orgId, role: 'administrator' }]);
    const subject = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    const client = await login(t.app, admin.email, PASSWORD);
    const res = await client.request('GET', `/api/v1/users/${subject.id}`, undefined, {
      'x-forwarded-for': '203.0.113.9',
    });
    expect(res.statusCode).toBe(200);
    const rows = await auditRows(`action = 'user.read' AND resource_id = $1`, [subject.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_type: 'user',
      user_id: admin.id,
      role: 'administrator',
      organisation_id: orgId,
      resource_type: 'user',
      outcome: 'allowed',
      client_address: '127.0.0.1',
    });
    expect(rows[0]!.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the person concerned sees that read in their own log, with the name and organisation of who looked', async () => {
    const admin = await makeUser(t.db, [{ organisationId: orgId, role: 'administrator' }], { name: 'Beheerder Bram' });
    const subject = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    const adminClient = await login(t.app, admin.email, PASSWORD);
    await adminClient.request('GET', `/api/v1/users/${subject.id}`);
    const me = await login(t.app, subject.email, PASSWORD);
    const own = (await me.request('GET', '/api/v1/me/audit-events')).json<{
      items: { actorName: string | null; action: string; actionDescription: string; organisationName: string | null }[];
    }>();
    const read = own.items.find((i) => i.action === 'user.read');
    expect(read).toMatchObject({ actorName: 'Beheerder Bram', actionDescription: 'Uw gegevens bekeken' });
    expect(read?.organisationName).toMatch(/^Testorganisatie/);
    expect(own.items.some((i) => i.action === 'auth.login')).toBe(true);
  });

  it('a refused attempt on personal data is logged as denied', async () => {
    const coach = await makeUser(t.db, [{ organisationId: orgId, role: 'jobCoach' }]);
    const client = await login(t.app, coach.email, PASSWORD);
    expectProblem(await client.request('GET', '/api/v1/users'), 403, 'forbidden');
    const rows = await auditRows(`user_id = $1 AND outcome = 'denied'`, [coach.id]);
    expect(rows.map((r) => r.action)).toContain('user.list');
  });

  it('a failed login is logged as denied for the account concerned', async () => {
    const user = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: user.email, password: 'wrong password!' },
    });
    const rows = await auditRows(`user_id = $1 AND action = 'auth.login'`, [user.id]);
    expect(rows).toEqual([expect.objectContaining({ actor_type: 'anonymous', outcome: 'denied' })]);
  });

  it('the database refuses to change or delete audit records', async () => {
    await expect(t.db.query(`UPDATE audit_events SET outcome = 'allowed' WHERE outcome = 'denied'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(t.db.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('concurrent audited requests all land in intact chains', async () => {
    const user = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    const client = await login(t.app, user.email, PASSWORD);
    const before = (
      await t.db.query<{ n: number }>(
        `SELECT count(*) AS n FROM audit_events WHERE user_id = $1 AND action = 'profile.read'`,
        [user.id],
      )
    ).rows[0]!.n;
    const results = await Promise.all(Array.from({ length: 40 }, () => client.request('GET', '/api/v1/me')));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const after = (
      await t.db.query<{ n: number }>(
        `SELECT count(*) AS n FROM audit_events WHERE user_id = $1 AND action = 'profile.read'`,
        [user.id],
      )
    ).rows[0]!.n;
    expect(after - before).toBe(40);
    expect((await verifyAuditLog(t.db)).ok).toBe(true);
  });

  it('a bulk append (an import: one record per participant) continues the chain exactly as audit_append would', async () => {
    const marker = `bulk-${randomUUID()}`;
    const records: AuditRecord[] = Array.from({ length: 12_000 }, (_, i) => ({
      occurredAt: new Date(Date.UTC(2026, 11, 1, 12, 0, 0, i % 1000)),
      requestId: marker,
      actorType: 'user',
      userId: randomUUID(),
      apiTokenId: null,
      role: 'jobCoach',
      organisationId: orgId,
      action: 'import.record',
      resourceType: 'participant',
      resourceId: randomUUID(),
      participantId: randomUUID(),
      purpose: null,
      outcome: 'allowed',
      clientAddress: null,
    }));
    // Values the bulk path must carry exactly: a separator inside a text, upper-case uuids, nulls among values.
    records[5]!.resourceId = 'a\u001fb';
    records[6]!.userId = records[6]!.userId!.toUpperCase();
    records.forEach((r, i) => (r.purpose = i % 3 === 0 ? null : i % 3 === 1 ? '' : `doel ${i}`));
    await t.db.tx(async (tx) => {
      await appendAuditBulk(tx, records.slice(0, 11_000));
      // Mixed with the SQL function in the same transaction: the chain stays one.
      await appendAudit(tx, records.slice(11_000, 11_001));
      await appendAuditBulk(tx, records.slice(11_001));
    });
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM audit_events WHERE request_id = $1', [
      marker,
    ]);
    expect(rows[0]!.n).toBe(12_000);
    const stored = await t.db.query<{ resource_id: string; user_id: string; purpose: string | null }>(
      'SELECT resource_id, user_id, purpose FROM audit_events WHERE request_id = $1 ORDER BY chain_id, seq',
      [marker],
    );
    // In order within the bulk's chain (record 11,000 went through audit_append, maybe to another chain).
    const bulk = [...records.slice(0, 11_000), ...records.slice(11_001)];
    const inChain = stored.rows.filter((r) => r.resource_id !== records[11_000]!.resourceId);
    expect(inChain.map((r) => r.purpose)).toEqual(bulk.map((r) => r.purpose));
    expect(inChain[5]!.resource_id).toBe('a\u001fb');
    expect(inChain[6]!.user_id).toBe(records[6]!.userId.toLowerCase());
    expect(await verifyAuditLog(t.db)).toMatchObject({ ok: true });
  });

  it('a read writes after the head it left in one statement, and never over a chain that moved on or is held', async () => {
    const record = (tag: string) => systemRecord(`after-${tag}`, 'test.after');
    const stored = async (r: AuditRecord) =>
      (
        await t.db.query<{ chain_id: number; seq: number; prev_hash: string; hash: string }>(
          'SELECT chain_id, seq, prev_hash, hash FROM audit_events WHERE request_id = $1',
          [r.requestId],
        )
      ).rows;
    const start = (await t.db.tx((tx) => appendAuditBulk(tx, [record('start')], 'any')))!;
    const first = record('first');
    const second = record('second');
    const next = await appendAuditAfter(t.db, start, [first, second]);
    expect(next).toMatchObject({ chainId: start.chainId, lastSeq: start.lastSeq + 2 });
    const [a] = await stored(first);
    const [b] = await stored(second);
    expect(a).toMatchObject({ chain_id: start.chainId, seq: start.lastSeq + 1, prev_hash: start.lastHash });
    expect(b).toMatchObject({ seq: start.lastSeq + 2, prev_hash: a!.hash, hash: next!.lastHash });

    // A head that moved on since: nothing is written, the caller is told.
    const late = record('late');
    expect(await appendAuditAfter(t.db, start, [late])).toBeNull();
    expect(await stored(late)).toEqual([]);

    if (DRIVER === 'pg') {
      // A head held by another transaction: not waited for, nothing written.
      const held = record('held');
      await t.db.tx(async (tx) => {
        await tx.query('SELECT 1 FROM audit_chain_heads WHERE chain_id = $1 FOR UPDATE', [next!.chainId]);
        expect(await appendAuditAfter(t.db, next!, [held])).toBeNull();
      });
      expect(await stored(held)).toEqual([]);
    }

    // The writer continues after its own head, and goes to another free chain when its chain moved on.
    const writer = new AuditWriter(t.db);
    const w1 = record('w1');
    await writer.write([w1]);
    const head = (writer as unknown as { heads: ChainHead[] }).heads[0]!;
    expect(head.lastHash).toBe((await stored(w1))[0]!.hash);
    await appendAuditAfter(t.db, head, [record('elsewhere')]);
    const w2 = record('w2');
    const w3 = record('w3');
    await Promise.all([writer.write([w2]), writer.write([w3])]);
    expect(await stored(w2)).toHaveLength(1);
    expect(await stored(w3)).toHaveLength(1);
    expect(await verifyAuditLog(t.db)).toMatchObject({ ok: true });
  });

  it('a commit waits briefly for the reads that were running when it could start, not for later ones', async () => {
    const record = (tag: string) => systemRecord(`wait-${tag}`, 'test.wait');
    let appends = 0;
    const counting = <Q extends Queryable>(q: Q): Q => ({
      ...q,
      query: (sql: string, params?: readonly unknown[]) => {
        if (sql.includes('INSERT INTO audit_events')) {
          appends += 1;
        }
        return q.query(sql, params);
      },
    });
    const counted: typeof t.db = { ...counting(t.db), tx: (fn) => t.db.tx((tx) => fn(counting(tx))) };
    // A generous limit, so that a slow machine does not end the wait before the test's second read arrives.
    const writer = new AuditWriter(counted, 1, 60_000);
    await writer.write([record('warm')]);
    const tick = () => new Promise((resolve) => setImmediate(resolve));

    // Two reads running; the first hands over its record, the commit waits for the second: one append.
    appends = 0;
    const one = writer.enter();
    const two = writer.enter();
    const first = writer.write([record('one')], one);
    await tick();
    await tick();
    expect(appends).toBe(0);
    await Promise.all([first, writer.write([record('two')], two)]);
    expect(appends).toBe(1);

    // A read that starts while the commit waits does not hold it up.
    appends = 0;
    const running = writer.enter();
    let done = false;
    const waiting = writer.write([record('waiting')]).then(() => (done = true));
    const later = writer.enter();
    await writer.write([record('running')], running);
    await waiting;
    expect(done).toBe(true);
    expect(appends).toBe(1);
    await writer.write([], later);

    // A read that never hands over holds a commit only for a moment (the default: 2 ms).
    const brief = new AuditWriter(t.db);
    const stuck = brief.enter();
    const started = Date.now();
    await brief.write([record('alone')]);
    expect(Date.now() - started).toBeLessThan(5000);
    await brief.write([], stuck);
    expect(await verifyAuditLog(t.db)).toMatchObject({ ok: true });
  });

  it('transactions that are open at the same time append to different chains instead of waiting', async () => {
    if (DRIVER !== 'pg') {
      return; // PGlite has one connection: transactions never overlap there
    }
    const record = (i: number) => systemRecord(`overlap-${i}`, 'test.overlap');
    const records = [0, 1, 2].map(record);
    await Promise.all(
      records.map((r) =>
        t.db.tx(async (tx) => {
          await appendAudit(tx, [r]);
          // hold the chain head for a moment, so the three transactions overlap
          await tx.query('SELECT pg_sleep(0.2)');
        }),
      ),
    );
    const { rows } = await t.db.query<{ chains: number }>(
      'SELECT count(DISTINCT chain_id) AS chains FROM audit_events WHERE request_id = ANY($1)',
      [records.map((r) => r.requestId)],
    );
    // Had they queued on one head, all three would sit in one chain.
    expect(rows[0]!.chains).toBe(3);
  });
});

describe('canonical content', () => {
  it('the app and the database compute the same canonical text for any content (property)', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replace(/\0/g, '')),
      fc.constantFrom(
        '"quoted"',
        'back\\slash',
        'tab\tnew\nline',
        'ümlaut €',
        '😀 emoji',
        '\u0001\u001f',
        '\uD800 lone',
        '\u2028',
      ),
    );
    const nullable = fc.option(text, { nil: null });
    await fc.assert(
      fc.asyncProperty(
        text,
        nullable,
        nullable,
        nullable,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        async (requestId, resourceId, purpose, clientAddress, occurredAt) => {
          const record: AuditRecord = {
            occurredAt,
            requestId,
            actorType: 'system',
            userId: randomUUID().toUpperCase(),
            apiTokenId: null,
            role: null,
            organisationId: null,
            action: 'test.property',
            resourceType: 'test',
            resourceId,
            participantId: null,
            purpose,
            outcome: 'allowed',
            clientAddress,
          };
          const marker = randomUUID();
          await t.db.tx((tx) => appendAudit(tx, [{ ...record, requestId: `${marker}${requestId}` }]));
          const { rows } = await t.db.query<{ canonical: string }>(
            'SELECT audit_canonical(e) AS canonical FROM audit_events e WHERE starts_with(request_id, $1)',
            [marker],
          );
          expect(rows[0]!.canonical).toBe(canonicalContent({ ...record, requestId: `${marker}${requestId}` }));
        },
      ),
      { numRuns: 60 },
    );
    expect((await verifyAuditLog(t.db)).ok).toBe(true);
  });
});

describe('meedoen audit verify', () => {
  it('reports an intact log, then names the tampered record and exits 1', async () => {
    if (DRIVER === 'pg') {
      // The CLI test needs its own embedded database directory; the PGlite run covers it.
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-cli-'));
    const saved = { ...process.env };
    Object.assign(process.env, { DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' });
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    const capture = (chunk: string | Uint8Array): boolean => (out.push(String(chunk)), true);
    process.stdout.write = capture;
    process.stderr.write = capture;
    try {
      const { main } = await import('../../cli.js');
      expect(await main(['seed-demo'])).toBe(0);
      expect(await main(['audit', 'verify'])).toBe(0);
      expect(out.join('')).toMatch(/Audit log intact: \d+ records in 16 chains/);
      const { openPglite } = await import('../db/db.js');
      const db = await openPglite(path.join(dir, 'pglite'));
      const { rows } = await db.query<{ chain_id: number; seq: number }>(
        'SELECT chain_id, seq FROM audit_events ORDER BY occurred_at LIMIT 1 OFFSET 2',
      );
      const target = rows[0]!;
      await db.exec(
        `SET session_replication_role = replica; UPDATE audit_events SET purpose = 'tampered' WHERE chain_id = ${target.chain_id} AND seq = ${target.seq}; SET session_replication_role = origin;`,
      );
      await db.close();
      out.length = 0;
      expect(await main(['audit', 'verify'])).toBe(1);
      expect(out.join('')).toContain(`BROKEN at chain ${target.chain_id}, record ${target.seq} (hash-mismatch)`);
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
      process.env = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Two CLI runs, each opening and migrating an embedded database: slow on a loaded 2-core machine.
  }, 120_000);
});
