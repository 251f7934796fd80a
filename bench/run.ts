/**
 * `npm run bench`: the cost of an authenticated, audited read of a user-owned record (Meedoen's
 * GET /api/v1/me) against a bare Fastify + database single-row endpoint, on the same machine, the
 * same database engine and in the same run. Writes docs/benchmarks.md (regenerated every run).
 *
 * Engines:
 *  - PostgreSQL: BENCH_DATABASE_URL (or DATABASE_URL) → a fresh database `meedoen_bench_<rand>` is
 *    created on that server and dropped afterwards; otherwise a throwaway cluster from
 *    scripts/pg-cluster.sh when that script exists and works; otherwise skipped (and said so).
 *  - PGlite: always, in process and in memory.
 *
 * Per engine: targets A (Meedoen) and B (baseline) run alternately (B, A, B, A, …), each measured run
 * preceded by a warm-up; the median of each metric is reported. autocannon runs in a child process
 * (bench/load.mjs) so it does not compete with the server for the event loop.
 *
 * Settings (environment): BENCH_DURATION (s, default 10), BENCH_WARMUP (s, 2), BENCH_CONNECTIONS (10),
 * BENCH_ROUNDS (3), BENCH_ENGINES (`pg,pglite`), BENCH_OUTPUT (docs/benchmarks.md), BENCH_STRICT=1
 * (exit 2 when a ratio is below the target). Only 127.0.0.1 is ever targeted.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import { openPglite, type Db } from '../src/platform/db/db.js';
import { migrate } from '../src/platform/db/migrate.js';
import {
  appendAuditAfter,
  appendAuditBulk,
  verifyAuditLog,
  CHAIN_COUNT,
  type AuditRecord,
  type ChainHead,
  type VerifyResult,
} from '../src/platform/audit/audit.js';
import { findSessionByToken } from '../src/platform/auth/sessions.data.js';
import { findProfile } from '../src/modules/auth/auth.data.js';
import { systemData } from '../src/platform/access/system.js';
import { loadReferenceData } from '../src/modules/regions/regions.data.js';
import { makeOrg, makeUser, PASSWORD } from '../test/factories.js';
import { postgresEngine, type EngineDb } from './pg.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOAD_SCRIPT = path.join(ROOT, 'bench', 'load.mjs');
const TARGET_RATIO = 0.5;

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') {
    return fallback;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

const SETTINGS = {
  duration: intEnv('BENCH_DURATION', 10, 1, 120),
  warmup: intEnv('BENCH_WARMUP', 2, 0, 30),
  connections: intEnv('BENCH_CONNECTIONS', 10, 1, 200),
  rounds: intEnv('BENCH_ROUNDS', 3, 1, 10),
  poolSize: intEnv('PG_POOL_SIZE', 10, 1, 200),
  breakdownIterations: intEnv('BENCH_BREAKDOWN_ITERATIONS', 500, 10, 10_000),
  engines: (process.env.BENCH_ENGINES ?? 'pg,pglite')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean),
  output: path.resolve(ROOT, process.env.BENCH_OUTPUT ?? 'docs/benchmarks.md'),
  strict: process.env.BENCH_STRICT === '1',
};

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Load generation
// ---------------------------------------------------------------------------------------------

interface LoadResult {
  requestsMean: number;
  requestsTotal: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencyP50: number;
  latencyP99: number;
  latencyMean: number;
  duration: number;
}

interface Measured extends LoadResult {
  /** CPU time of this (server) process per request, in microseconds. */
  serverCpuUsPerRequest: number;
  /** Whole-machine CPU busy share during the run (all cores, 0–100). */
  machineBusyPercent: number;
  /** CPU time of local PostgreSQL server processes per request (µs; null when not measurable). */
  postgresCpuUsPerRequest: number | null;
}

function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    const all = t.user + t.nice + t.sys + t.idle + t.irq;
    total += all;
    busy += all - t.idle;
  }
  return { busy, total };
}

/**
 * CPU ticks of the local PostgreSQL server's processes (postmaster and its children), per PID, from
 * Linux /proc; null when not readable. Deltas are taken per PID so that backends which end between
 * two snapshots (idle pool connections) do not make the sum negative.
 */
function postgresCpuTicks(postmasterPid: number): Map<number, number> | null {
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // Only this server's postmaster and its children (other clusters may run on the machine).
      if (comm !== 'postgres' || (Number(pid) !== postmasterPid && Number(fields[1]) !== postmasterPid)) {
        continue;
      }
      ticks.set(Number(pid), Number(fields[11]) + Number(fields[12])); // utime + stime
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks.size > 0 ? ticks : null;
}

/** CPU seconds used between two snapshots (USER_HZ is 100 on Linux). */
function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, t] of after) {
    ticks += Math.max(0, t - (before.get(pid) ?? 0));
  }
  return ticks / 100;
}

function runLoad(url: string, duration: number, headers: Record<string, string>): Promise<LoadResult> {
  if (!url.startsWith('http://127.0.0.1:')) {
    throw new Error(`refusing to load anything but 127.0.0.1: ${url}`);
  }
  const args = JSON.stringify({ url, connections: SETTINGS.connections, duration, headers });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOAD_SCRIPT, args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), (duration + 30) * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      if (code !== 0) {
        reject(new Error(`autocannon exited with ${code}: ${err.trim()}`));
        return;
      }
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as LoadResult);
      } catch {
        reject(new Error(`autocannon printed no result: ${out} ${err}`));
      }
    });
  });
}

async function measure(
  url: string,
  headers: Record<string, string>,
  postmasterPid: number | null,
): Promise<{ warmup: LoadResult | null; run: Measured }> {
  const warmup = SETTINGS.warmup > 0 ? await runLoad(url, SETTINGS.warmup, headers) : null;
  const cpu0 = process.cpuUsage();
  const m0 = machineTimes();
  const pg0 = postmasterPid !== null ? postgresCpuTicks(postmasterPid) : null;
  const run = await runLoad(url, SETTINGS.duration, headers);
  const cpu = process.cpuUsage(cpu0);
  const m1 = machineTimes();
  const pg1 = postmasterPid !== null ? postgresCpuTicks(postmasterPid) : null;
  return {
    warmup,
    run: {
      ...run,
      serverCpuUsPerRequest: run.requestsTotal > 0 ? (cpu.user + cpu.system) / run.requestsTotal : 0,
      machineBusyPercent: m1.total > m0.total ? (100 * (m1.busy - m0.busy)) / (m1.total - m0.total) : 0,
      postgresCpuUsPerRequest:
        pg0 !== null && pg1 !== null && run.requestsTotal > 0
          ? (1e6 * cpuSecondsBetween(pg0, pg1)) / run.requestsTotal
          : null,
    },
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Summary {
  requestsMean: number;
  latencyP50: number;
  latencyP99: number;
  non2xx: number;
  errors: number;
  serverCpuUsPerRequest: number;
  machineBusyPercent: number;
  postgresCpuUsPerRequest: number | null;
  perRun: number[];
}

function summarise(runs: Measured[], warmups: LoadResult[]): Summary {
  return {
    requestsMean: median(runs.map((r) => r.requestsMean)),
    latencyP50: median(runs.map((r) => r.latencyP50)),
    latencyP99: median(runs.map((r) => r.latencyP99)),
    // Failures count over every run, warm-ups included: one is enough to fail the bench.
    non2xx: [...runs, ...warmups].reduce((n, r) => n + r.non2xx, 0),
    errors: [...runs, ...warmups].reduce((n, r) => n + r.errors + r.timeouts, 0),
    serverCpuUsPerRequest: median(runs.map((r) => r.serverCpuUsPerRequest)),
    machineBusyPercent: median(runs.map((r) => r.machineBusyPercent)),
    postgresCpuUsPerRequest: runs.every((r) => r.postgresCpuUsPerRequest !== null)
      ? median(runs.map((r) => r.postgresCpuUsPerRequest!))
      : null,
    perRun: runs.map((r) => r.requestsMean),
  };
}

// ---------------------------------------------------------------------------------------------
// Databases
// ---------------------------------------------------------------------------------------------

async function pgliteEngine(): Promise<EngineDb> {
  const db = await openPglite(null);
  const version = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '';
  return {
    label: 'PGlite',
    kind: 'pglite',
    detail: `PGlite (embedded PostgreSQL ${version}, WebAssembly, in memory, in the server process; A and B share the one instance)`,
    databaseUrl: null,
    local: true,
    open: async () => db,
    cleanup: () => db.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// The two targets
// ---------------------------------------------------------------------------------------------

/** B: a bare Fastify app, no plugins, one route reading one row through the same Db interface. */
async function startBaseline(db: Db): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/users/:id', async (request, reply) => {
    const { rows } = await db.query<{ id: string; name: string; email: string }>(
      'SELECT id, name, email FROM users WHERE id = $1',
      [request.params.id],
    );
    const row = rows[0];
    if (!row) {
      return reply.status(404).send({ error: 'not found' });
    }
    return row;
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return app;
}

function addressOf(app: FastifyInstance): string {
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') {
    throw new Error('server has no TCP address');
  }
  return `http://127.0.0.1:${addr.port}`;
}

/** The PID of the local PostgreSQL postmaster serving `db` (parent of a backend), or null. */
async function postmasterOf(db: Db): Promise<number | null> {
  try {
    const { rows } = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const stat = fs.readFileSync(`/proc/${rows[0]?.pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

async function countAudit(db: Db): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*) AS n FROM audit_events');
  return rows[0]?.n ?? 0;
}

interface Breakdown {
  iterations: number;
  /** Mean microseconds per step, sequential (one request at a time), same SQL as GET /api/v1/me. */
  steps: { name: string; us: number }[];
  totalA: number;
  baseline: number;
}

/**
 * Sequential replay of the statements GET /api/v1/me issues, timed step by step, with the app's own
 * data functions (so this stays in sync with the code). Writes real audit records (counted separately).
 * Under load the session look-up is mostly served from the instance's 2 s cache and audit records of
 * concurrent reads share one statement; one request at a time, neither helps, so this is the worst case
 * per request. The audit step is the read writer's own: one statement after the head it left.
 */
async function breakdown(db: Db, token: string, userId: string, iterations: number): Promise<Breakdown> {
  const sums = { session: 0, profile: 0, audit: 0, baseline: 0 };
  const warm = Math.min(50, iterations);
  let head: ChainHead | null = null;
  for (let i = 0; i < warm + iterations; i++) {
    const counted = i >= warm;
    const t0 = performance.now();
    const session = await findSessionByToken(db, token, 60);
    const t1 = performance.now();
    const profile = await findProfile(db, userId);
    const t2 = performance.now();
    const record: AuditRecord = {
      occurredAt: new Date(),
      requestId: `bench-breakdown-${i}`,
      actorType: 'user',
      userId: session?.user_id ?? userId,
      apiTokenId: null,
      role: null,
      organisationId: null,
      action: 'profile.read',
      resourceType: 'user',
      resourceId: profile?.id ?? userId,
      participantId: null,
      purpose: null,
      outcome: 'allowed',
      clientAddress: '127.0.0.1',
    };
    head =
      (head ? await appendAuditAfter(db, head, [record]) : null) ??
      (await db.tx((tx) => appendAuditBulk(tx, [record], 'any')));
    const t3 = performance.now();
    await db.query('SELECT id, name, email FROM users WHERE id = $1', [userId]);
    const t4 = performance.now();
    if (counted) {
      sums.session += t1 - t0;
      sums.profile += t2 - t1;
      sums.audit += t3 - t2;
      sums.baseline += t4 - t3;
    }
  }
  const us = (ms: number) => (1000 * ms) / iterations;
  const steps = [
    { name: 'session look-up (findSessionByToken; cached by the instance under load)', us: us(sums.session) },
    { name: 'profile with memberships (findProfile)', us: us(sums.profile) },
    {
      name: 'audit record (appendAuditAfter: one self-committing statement; shared by concurrent reads under load)',
      us: us(sums.audit),
    },
  ];
  return { iterations, steps, totalA: steps.reduce((n, s) => n + s.us, 0), baseline: us(sums.baseline) };
}

interface EngineResult {
  label: string;
  detail: string;
  a: Summary;
  b: Summary;
  ratio: number;
  pass: boolean;
  order: string[];
  audit: { before: number; after: number; expected: number; verify: VerifyResult; verifyAfterBreakdown: VerifyResult };
  breakdown: Breakdown;
}

async function benchEngine(engine: EngineDb): Promise<EngineResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-bench-'));
  const dbA = await engine.open();
  const dbB = engine.kind === 'pglite' ? dbA : await engine.open();
  let appA: Awaited<ReturnType<typeof buildApp>> | null = null;
  let appB: FastifyInstance | null = null;
  try {
    log(`${engine.label}: migrating`);
    await migrate(dbA);
    // As at server boot: the regions reference data (organisations refer to a region).
    await systemData(dbA, 'bench setup').run((scope) => loadReferenceData(scope.q));
    const org = await makeOrg(dbA);
    const user = await makeUser(dbA, [{ organisationId: org.id, role: 'participant' }]);
    // As a running database would be: autovacuum analyzes a table only after 50 changed rows, and without
    // statistics the planner hashes the few memberships and organisations on every profile read.
    await dbA.exec('ANALYZE');

    const config = loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SERVE_WEB: '0',
      DEMO: '0',
      MFA_REQUIRED_ROLES: 'none',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      PG_POOL_SIZE: String(SETTINGS.poolSize),
      ...(engine.databaseUrl
        ? { DATABASE_URL: engine.databaseUrl, FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64') }
        : {}),
    });
    appA = await buildApp({ config, db: dbA });
    const loginRes = await appA.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: user.email, password: PASSWORD },
    });
    if (loginRes.statusCode !== 201) {
      throw new Error(`login failed: ${loginRes.statusCode} ${loginRes.body}`);
    }
    const setCookie = loginRes.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0];
    if (!cookie) {
      throw new Error('login set no cookie');
    }
    const token = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
    await appA.listen({ host: '127.0.0.1', port: 0 });
    appB = await startBaseline(dbB);

    const urlA = `${addressOf(appA)}/api/v1/me`;
    const urlB = `${addressOf(appB)}/users/${user.id}`;
    const headersA = { cookie };
    // Smoke check both targets before loading them.
    const checkA = await fetch(urlA, { headers: headersA });
    const bodyA = (await checkA.json()) as { id?: string };
    if (checkA.status !== 200 || bodyA.id !== user.id) {
      throw new Error(`A smoke check failed: ${checkA.status} ${JSON.stringify(bodyA)}`);
    }
    const checkB = await fetch(urlB);
    const bodyB = (await checkB.json()) as { id?: string };
    if (checkB.status !== 200 || bodyB.id !== user.id) {
      throw new Error(`B smoke check failed: ${checkB.status} ${JSON.stringify(bodyB)}`);
    }

    const localPg = engine.kind === 'pg' && engine.local ? await postmasterOf(dbA) : null;
    const before = await countAudit(dbA);
    const runsA: Measured[] = [];
    const runsB: Measured[] = [];
    const warmA: LoadResult[] = [];
    const warmB: LoadResult[] = [];
    const order: string[] = [];
    for (let round = 0; round < SETTINGS.rounds; round++) {
      for (const target of ['B', 'A'] as const) {
        const { warmup, run } =
          target === 'A' ? await measure(urlA, headersA, localPg) : await measure(urlB, {}, localPg);
        (target === 'A' ? runsA : runsB).push(run);
        if (warmup) {
          (target === 'A' ? warmA : warmB).push(warmup);
        }
        order.push(target);
        log(
          `${engine.label} round ${round + 1} ${target}: ${run.requestsMean.toFixed(0)} req/s, p50 ${run.latencyP50} ms, p99 ${run.latencyP99} ms, non-2xx ${run.non2xx}, ` +
            `server CPU ${run.serverCpuUsPerRequest.toFixed(0)} µs/req, ${run.postgresCpuUsPerRequest !== null ? `postgres CPU ${run.postgresCpuUsPerRequest.toFixed(0)} µs/req, ` : ''}machine ${run.machineBusyPercent.toFixed(0)}% busy`,
        );
      }
    }
    // The /me requests that succeeded (warm-ups included) each wrote one audit record, plus the smoke check.
    const expected = [...runsA, ...warmA].reduce((n, r) => n + r.ok2xx, 0) + 1;
    const after = await countAudit(dbA);
    const verify = await verifyAuditLog(dbA);
    log(
      `${engine.label}: audit records +${after - before} (expected ≈ ${expected}); chain ${verify.ok ? 'intact' : 'BROKEN'}`,
    );

    log(`${engine.label}: sequential breakdown (${SETTINGS.breakdownIterations} iterations)`);
    const bd = await breakdown(dbA, token, user.id, SETTINGS.breakdownIterations);
    const verifyAfterBreakdown = await verifyAuditLog(dbA);

    const a = summarise(runsA, warmA);
    const b = summarise(runsB, warmB);
    const ratio = b.requestsMean > 0 ? a.requestsMean / b.requestsMean : 0;
    return {
      label: engine.label,
      detail: engine.detail,
      a,
      b,
      ratio,
      pass: ratio >= TARGET_RATIO,
      order,
      audit: { before, after, expected, verify, verifyAfterBreakdown },
      breakdown: bd,
    };
  } finally {
    await appA?.close();
    await appB?.close();
    if (dbB !== dbA) {
      await dbB.close();
    }
    if (engine.kind === 'pg') {
      await dbA.close();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function engineSection(r: EngineResult): string {
  const row = (name: string, s: Summary) =>
    `| ${name} | ${fmt(s.requestsMean)} | ${fmt(s.latencyP50, 1)} | ${fmt(s.latencyP99, 1)} | ${s.non2xx} | ${s.errors} | ${fmt(s.serverCpuUsPerRequest)} | ${s.postgresCpuUsPerRequest === null ? 'n/a' : fmt(s.postgresCpuUsPerRequest)} | ${fmt(s.machineBusyPercent)} % | ${s.perRun.map((x) => fmt(x)).join(' / ')} |`;
  const growth = r.audit.after - r.audit.before;
  const drift = r.audit.expected > 0 ? (100 * (growth - r.audit.expected)) / r.audit.expected : 0;
  const verdict = r.pass ? '**PASS**' : '**FAIL**';
  const stepRows = r.breakdown.steps.map((s) => `| ${s.name} | ${fmt(s.us)} |`).join('\n');
  return `## ${r.label}

${r.detail}. Run order: ${r.order.join(', ')}.

| Endpoint | Requests/s (mean) | p50 ms | p99 ms | non-2xx | errors | server-process CPU µs/req | PostgreSQL CPU µs/req | machine CPU busy | req/s per run |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
${row('A: Meedoen `GET /api/v1/me` (authenticated, audited)', r.a)}
${row('B: bare Fastify `GET /users/:id` (one SELECT)', r.b)}

**Ratio A/B (requests/s): ${r.ratio.toFixed(2)}** — target ≥ ${TARGET_RATIO}: ${verdict}.

Audit under load: \`audit_events\` grew by ${fmt(growth)} records during the A runs; ${fmt(r.audit.expected)} successful
\`/me\` requests were counted by autocannon (warm-ups and the smoke check included), a difference of ${drift.toFixed(2)} %
(requests still in flight when autocannon stops are served and audited but not counted).
\`verifyAuditLog\`: ${r.audit.verify.ok ? '**ok**' : `**BROKEN** (${JSON.stringify(r.audit.verify.broken)})`} — ${fmt(r.audit.verify.records)} records in ${r.audit.verify.chains} chains
(after the breakdown below: ${r.audit.verifyAfterBreakdown.ok ? 'ok' : 'BROKEN'}, ${fmt(r.audit.verifyAfterBreakdown.records)} records).

Where the time goes — the statements of one \`/me\` request replayed one at a time (${r.breakdown.iterations} iterations,
mean µs per step, with the app's own data functions):

| Step | µs |
|---|---:|
${stepRows}
| **A total (database part, 3 round trips one request at a time)** | **${fmt(r.breakdown.totalA)}** |
| B: the one SELECT | ${fmt(r.breakdown.baseline)} |
`;
}

function report(results: EngineResult[], skipped: string[], started: Date): string {
  const cpus = os.cpus();
  const machine = `${os.type()} ${os.release()} (${os.arch()}), ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node.js ${process.version}`;
  const summary = results
    .map(
      (r) =>
        `| ${r.label} | ${fmt(r.a.requestsMean)} | ${fmt(r.b.requestsMean)} | ${r.ratio.toFixed(2)} | ${r.pass ? 'PASS' : 'FAIL'} | ${r.a.non2xx + r.b.non2xx} | ${r.audit.verify.ok ? 'ok' : 'BROKEN'} |`,
    )
    .join('\n');
  return `# Benchmarks

Latest measurement, regenerated by \`npm run bench\` (do not edit by hand). The trajectories figures (caseload and
participant page at 100,000 participants) are in [benchmarks-trajectories.md](benchmarks-trajectories.md).

Requirement: an authenticated, audited read of a user-owned record must reach at least **${TARGET_RATIO}×** the
requests/s of a bare Fastify + database single-row endpoint, on the same machine, database engine and run.

- Date: ${started.toISOString()}
- Machine: ${machine}
- Engines: ${results.map((r) => r.label).join(', ') || 'none'}${skipped.length > 0 ? `; skipped: ${skipped.join('; ')}` : ''}
- Settings: autocannon 9, ${SETTINGS.connections} connections, ${SETTINGS.duration} s per measured run after a ${SETTINGS.warmup} s warm-up,
  ${SETTINGS.rounds} rounds per target run alternately (B, A, B, A, …); the table shows the **median** of the rounds
  (non-2xx and errors are summed over all runs, warm-ups included). autocannon runs in a child process so it does not share
  the server's event loop; both servers run in the bench process on 127.0.0.1 and only one is loaded at a time.
  Meedoen runs with its real configuration (\`LOG_LEVEL=silent\`, \`SERVE_WEB=0\`, \`MFA_REQUIRED_ROLES=none\`, \`PG_POOL_SIZE=${SETTINGS.poolSize}\`).

| Engine | A req/s | B req/s | A/B | Target ≥ ${TARGET_RATIO} | non-2xx | Audit chain |
|---|---:|---:|---:|---|---:|---|
${summary}

What is compared. **A** is \`GET /api/v1/me\` as a logged-in participant: the full Meedoen pipeline (route guard,
security headers, cookie parsing, metrics, request context, response schema), the session look-up (SHA-256 of the cookie
token joined with the user and their memberships; reused for up to \`SESSION_CACHE_MS\` = 2 s by the instance), then
\`DataAccess.read\`: one query for the profile with its memberships, the \`profile.read\` grant check, and one NEN 7513 audit
record. The response is sent only after that record is committed: the records of concurrent reads share one
statement (group commit; a commit that could start waits up to 2 ms for the reads already running). The writer
computes both hashes and appends after the one of ${CHAIN_COUNT} hash-chain heads it left, taking it only if it is free and
unchanged (\`SKIP LOCKED\`). Before the runs the database is analyzed, as autovacuum would have done on a running system. **B** is a Fastify app without
plugins whose one route runs \`SELECT id, name, email FROM users WHERE id = $1\` on the same database through the same
\`Db\` interface and returns the row as JSON: no session, no access check, no audit write.
"Server-process CPU" is the bench process's CPU time per request (for PGlite it includes the database; for PostgreSQL the
server processes are extra and show in "machine CPU busy").

${results.map(engineSection).join('\n')}
## Benchmarks per capability

Each issue's own performance target has its own script and document, written by that script with its
baseline from the same run and the ratio (all run by \`npm run bench\`):

| Script | Document | What |
| --- | --- | --- |
| \`bench/caseload.ts\` | [benchmarks-trajectories.md](benchmarks-trajectories.md) | caseload and participant pages at 100k participants |
| \`bench/import.ts\` | [benchmarks-import.md](benchmarks-import.md) | import of 100,000 participants from a spreadsheet |
| \`bench/knowledge.ts\` | [benchmarks-knowledge.md](benchmarks-knowledge.md) | knowledge search over 50,000 items, cached and uncached |
| \`bench/matching.ts\` | [benchmarks-matching.md](benchmarks-matching.md) | top 20 candidates / vacancies among 100k candidates and 20k vacancies |
| \`bench/monitoring.ts\` | [benchmarks-monitoring.md](benchmarks-monitoring.md) | \`meedoen generate\` at 500k participants (≥ 10M events) and the regional / national monitoring dashboards |

## How to run

\`\`\`sh
npm run bench                                                   # PostgreSQL via scripts/pg-cluster.sh if present, and PGlite
BENCH_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/postgres npm run bench   # an existing server (a fresh database is created and dropped)
BENCH_ENGINES=pglite BENCH_DURATION=5 BENCH_ROUNDS=2 npm run bench               # quicker, PGlite only
\`\`\`

Other settings: \`BENCH_CONNECTIONS\` (10), \`BENCH_WARMUP\` (2 s), \`PG_POOL_SIZE\` (10), \`BENCH_BREAKDOWN_ITERATIONS\` (500),
\`BENCH_STRICT=1\` (exit code 2 when a ratio is below the target). The bench exits with 1 when any request was not 2xx or the
audit chain is broken. Close other heavy processes first: on a small machine the load generator, Node.js and PostgreSQL share the cores.
`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = new Date();
  const results: EngineResult[] = [];
  const skipped: string[] = [];
  for (const name of SETTINGS.engines) {
    let engine: EngineDb;
    if (name === 'pg') {
      const pgEngine = await postgresEngine(SETTINGS.poolSize);
      if ('skipped' in pgEngine) {
        log(`PostgreSQL skipped: ${pgEngine.skipped}`);
        skipped.push(`PostgreSQL (${pgEngine.skipped}; PGlite only)`);
        continue;
      }
      engine = pgEngine;
    } else if (name === 'pglite') {
      engine = await pgliteEngine();
    } else {
      throw new Error(`unknown engine "${name}" in BENCH_ENGINES (use pg, pglite)`);
    }
    try {
      results.push(await benchEngine(engine));
    } finally {
      await engine.cleanup();
    }
  }
  fs.mkdirSync(path.dirname(SETTINGS.output), { recursive: true });
  fs.writeFileSync(SETTINGS.output, report(results, skipped, started));
  log(`wrote ${path.relative(ROOT, SETTINGS.output)}`);
  for (const r of results) {
    log(
      `${r.label}: A ${fmt(r.a.requestsMean)} req/s, B ${fmt(r.b.requestsMean)} req/s, ratio ${r.ratio.toFixed(2)} → ${r.pass ? 'PASS' : 'FAIL'}`,
    );
  }
  const broken = results.some(
    (r) =>
      r.a.non2xx + r.b.non2xx + r.a.errors + r.b.errors > 0 || !r.audit.verify.ok || !r.audit.verifyAfterBreakdown.ok,
  );
  if (broken) {
    log('FAILED: non-2xx answers, request errors or a broken audit chain (see the report)');
    return 1;
  }
  if (SETTINGS.strict && results.some((r) => !r.pass)) {
    return 2;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
