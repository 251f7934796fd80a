/**
 * `npm run bench` (monitoring): the national synthetic dataset made by `meedoen generate` (BENCH_PARTICIPANTS,
 * default 500,000 participants, over 10 million events) on PostgreSQL; the generator's throughput; then the
 * regional and the national monitoring dashboard through the API, each against the bare SQL aggregate of the
 * same reach over the raw tables in the same run. Target (monitoring issue): dashboard API p95 ≤ 100 ms.
 * Writes docs/benchmarks-monitoring.md.
 *
 * Measured:
 *  - regional: a programme manager of Gemeente Utrecht (region Midden-Utrecht, AM13),
 *    `GET /api/v1/monitoring/indicators?regionCode=AM13&by=municipality&from=<1 Jan>&to=<today>`;
 *  - national: an evaluator, `GET /api/v1/monitoring/indicators?by=region&from=<1 Jan>&to=<today>`;
 *  - the bare SQL: reach (unique participants active in the period) per municipality of AM13 / per region,
 *    in one statement over trajectories, phase events, participants and municipalities;
 *  - where the time goes: each data function of monitoring.data.ts for the same requests, timed in process.
 *
 * Settings: BENCH_PARTICIPANTS (500000), BENCH_SEED (2026), BENCH_BATCH (5000), BENCH_DURATION (s, 30),
 * BENCH_CONCURRENCY (1), BENCH_DATABASE_URL, BENCH_KEEP=1 (keep the database afterwards, to look at plans).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import type { Db } from '../src/platform/db/db.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import { todayInNl } from '../src/shared/dates.js';
import { generate, progressLine, type GenerateResult } from '../src/modules/synthetic/synthetic.generate.js';
import * as monitoring from '../src/modules/monitoring/monitoring.data.js';
import {
  countFromTables,
  DEFAULT_DEFINITION,
  DEFAULT_SETTINGS,
  linkedHidden,
  setSnapshotSeconds,
} from '../src/modules/monitoring/monitoring.indicators.service.js';
import { functionLoad, httpLoad, intEnv, type Latency } from './harness.js';
import { withBenchDatabase } from './pg.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_P95_MS = 100;
const PASSWORD = 'bench password 2026';
const REGION = 'AM13';

/** The dashboards' snapshot time as in production (MONITORING_CACHE_SECONDS, default 300). */
const SNAPSHOT_SECONDS = intEnv('BENCH_SNAPSHOT_SECONDS', 300, 0, 86_400);

const SETTINGS = {
  participants: intEnv('BENCH_PARTICIPANTS', 500_000, 1_000, 5_000_000),
  seed: intEnv('BENCH_SEED', 2026, 0, 2 ** 31),
  batch: intEnv('BENCH_BATCH', 5_000, 100, 50_000),
  duration: intEnv('BENCH_DURATION', 30, 1, 300),
  concurrency: intEnv('BENCH_CONCURRENCY', 1, 1, 64),
  output: path.resolve(ROOT, process.env.BENCH_MONITORING_OUTPUT ?? 'docs/benchmarks-monitoring.md'),
};

function log(message: string): void {
  process.stderr.write(`[bench monitoring] ${message}\n`);
}

/**
 * Reach per key in one statement: the least SQL that gives the dashboard's reach column — the trajectories of the
 * population (one region, or all), the spans between their phase events, the active ones in the period.
 */
function bareReach(db: Db, from: string, to: string, region: string | null) {
  return db.query<{ key: string; n: number }>(
    `WITH pop AS (
       SELECT t.id, t.participant_id, ${region ? 'p.municipality_code' : 'm.region_code'} AS key
         FROM trajectories t JOIN participants p ON p.id = t.participant_id JOIN municipalities m ON m.code = p.municipality_code
        ${region ? 'WHERE m.region_code = $3' : ''}
     ), spans AS (
       SELECT e.trajectory_id, e.to_phase, e.occurred_on AS start_on,
              lead(e.occurred_on) OVER (PARTITION BY e.trajectory_id ORDER BY e.occurred_on, e.recorded_at, e.id) AS end_on
         FROM trajectory_phase_events e JOIN pop ON pop.id = e.trajectory_id
     )
     SELECT pop.key, count(DISTINCT pop.participant_id)::int AS n
       FROM spans s JOIN pop ON pop.id = s.trajectory_id
      WHERE s.to_phase IN ('intake', 'jobSearch', 'workingWithSupport', 'followUp')
        AND s.start_on <= $2::date AND (s.end_on IS NULL OR s.end_on > greatest($1::date, s.start_on))
      GROUP BY 1`,
    region ? [from, to, region] : [from, to],
  );
}

/**
 * The proposed fix, prototyped in the bench database only (never in a migration): one row per trajectory with its
 * active interval (first active phase event to the close; active phases are contiguous) and where the participant
 * lives, indexed by region and start of activity.
 */
async function buildActivityRollup(db: Db): Promise<number> {
  const t0 = performance.now();
  await db.exec(`
    CREATE TABLE bench_trajectory_activity AS
    SELECT t.id AS trajectory_id, t.participant_id, p.municipality_code, m.region_code,
           min(e.occurred_on) FILTER (WHERE e.to_phase IN ('intake', 'jobSearch', 'workingWithSupport', 'followUp')) AS active_from,
           min(e.occurred_on) FILTER (WHERE e.to_phase = 'closed') AS active_to
      FROM trajectories t JOIN participants p ON p.id = t.participant_id JOIN municipalities m ON m.code = p.municipality_code
      JOIN trajectory_phase_events e ON e.trajectory_id = t.id
     GROUP BY 1, 2, 3, 4;
    DELETE FROM bench_trajectory_activity WHERE active_from IS NULL;
    CREATE INDEX ON bench_trajectory_activity (region_code, active_from) INCLUDE (participant_id, municipality_code, active_to);
    CREATE INDEX ON bench_trajectory_activity (active_from) INCLUDE (participant_id, region_code, active_to);`);
  await db.query('VACUUM ANALYZE bench_trajectory_activity');
  return (performance.now() - t0) / 1000;
}

function rollupReach(db: Db, from: string, to: string, region: string | null) {
  return db.query<{ key: string; n: number }>(
    `SELECT ${region ? 'municipality_code' : 'region_code'} AS key, count(DISTINCT participant_id)::int AS n
       FROM bench_trajectory_activity
      WHERE active_from <= $2::date AND (active_to IS NULL OR active_to > greatest($1::date, active_from))
        ${region ? 'AND region_code = $3' : ''}
      GROUP BY 1`,
    region ? [from, to, region] : [from, to],
  );
}

async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** The median of three runs (after one warm-up), in ms. */
async function median3(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const t = [await timeOnce(fn), await timeOnce(fn), await timeOnce(fn)].sort((a, b) => a - b);
  return t[1]!;
}

interface Row {
  label: string;
  api: Latency;
  sql: Latency;
}

interface Part {
  label: string;
  regional: number;
  national: number;
}

const ratio = (x: number) => (x < 0.1 ? x.toFixed(3) : x.toFixed(1));
const n0 = (n: number) => Math.round(n).toLocaleString('en');
const f1 = (n: number) => n.toFixed(1);

function report(
  g: GenerateResult,
  rows: Row[],
  parts: Part[],
  detail: string,
  started: Date,
  period: { from: string; to: string },
  reachCheck: string,
  rollup: { buildSeconds: number; regional: Latency; national: Latency },
  candidates: number,
  load: number[],
  firsts: Record<string, number>,
): string {
  const cpus = os.cpus();
  const table = rows.map(
    (r) =>
      `| ${r.label} | ${f1(r.api.p50)} | ${f1(r.api.p95)} | ${f1(r.api.p99)} | ${r.api.p95 <= TARGET_P95_MS ? 'PASS' : 'FAIL'} | ${f1(r.sql.p50)} | ${f1(r.sql.p95)} | ${ratio(r.api.p95 / Math.max(r.sql.p95, 0.001))}× | ${r.api.count} | ${r.api.errors} |`,
  );
  const partRows = parts.map((p) => `| ${p.label} | ${f1(p.regional)} | ${f1(p.national)} |`);
  const [regional, national] = rows;
  const pt = (prefix: string) => parts.find((p) => p.label.startsWith(`\`${prefix}`))!;
  return `# Benchmarks: monitoring dashboards at national scale

Latest measurement, regenerated by \`npm run bench\` (bench/monitoring.ts; do not edit by hand). Other figures:
[benchmarks.md](benchmarks.md).

Requirement (monitoring issue, "Scale" and "Benchmark"): a national dataset (500,000 participants, ≥ 10 million
events) on PostgreSQL, generated by \`meedoen generate\`; the regional and the national dashboard API at
**p95 ≤ ${TARGET_P95_MS} ms**, each compared in the same run with the bare SQL aggregate over the raw tables; the
generator's throughput.

- Date: ${started.toISOString()}
- Machine: ${os.type()} ${os.release()} (${os.arch()}), ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node.js ${process.version}
- Database: ${detail}
- Period of the dashboards: ${period.from} to ${period.to} (this year so far, the dashboards' default)
- Machine load (1-minute load average at the start and the end of the dashboard measurements, ${cpus.length} cores):
  ${load.map((l) => l.toFixed(1)).join(' and ')}; other work on the machine makes single requests of several seconds vary by a third

## The generator

\`meedoen generate --participants ${SETTINGS.participants} --seed ${SETTINGS.seed} --batch ${SETTINGS.batch}\` on the fresh database
(its function \`generate\`, run in this process; two batches in flight, one transaction each).

| what | count |
|---|---:|
| participants (each with one trajectory and a lead job coach) | ${n0(g.participants)} |
| phase events | ${n0(g.phaseEvents)} |
| contacts (${'incl. employer contacts'}) | ${n0(g.contacts)} |
| job episodes | ${n0(g.jobs)} |
| **events** (phase events + contacts + job episodes) | **${n0(g.events)}** (${f1(g.events / g.participants)} per participant) |
| organisations (all 35 regions, their gemeenten) / job coaches | ${n0(g.organisations)} / ${n0(g.coaches)} |
| time writing participants and events | ${f1(g.writeSeconds)} s |
| time in all (incl. organisations, coaches and ANALYZE) | ${f1(g.seconds)} s |
| **throughput** | **${n0(g.participants / g.writeSeconds)} participants/s, ${n0(g.events / g.writeSeconds)} events/s** |

## The dashboards

Load: ${SETTINGS.concurrency} client${SETTINGS.concurrency > 1 ? 's' : ''} at a time for ${SETTINGS.duration} s per row (a dashboard is opened by a person, not hammered; set
BENCH_CONCURRENCY for more), over HTTP with keep-alive from a child process (bench/latency.mjs), after a warm-up.
The bare SQL runs in this process with the same concurrency and duration.

| What | API p50 ms | API p95 ms | API p99 ms | p95 ≤ ${TARGET_P95_MS} ms | SQL p50 ms | SQL p95 ms | API/SQL at p95 | requests | errors |
|---|---:|---:|---:|---|---:|---:|---:|---:|---:|
${table.join('\n')}

- **Regional:** a programme manager (Gemeente Utrecht, region ${REGION}): \`GET /api/v1/monitoring/indicators?regionCode=${REGION}&by=municipality\`
  — reach, job starts and sustainable placement at 6 and 12 months per gemeente, suppressed as one list with its
  total, plus the linked-table check (the region's row in the national breakdown by region must be shown too).
  SQL: reach per gemeente of ${REGION} only.
- **National:** an evaluator: \`GET /api/v1/monitoring/indicators?by=region\` — the same four measures for the 35
  regions. SQL: reach per region only.
- Check: ${reachCheck}

### Where the time goes (each part once, median of three, in process, ms)

| part (monitoring.data.ts / indicators service) | regional | national |
|---|---:|---:|
${partRows.join('\n')}

## Reading these figures

- **What a reader gets.** The API rows are the dashboards as people open them: the counts of a population,
  breakdown and period are kept as a snapshot for MONITORING_CACHE_SECONDS (here ${SNAPSHOT_SECONDS} s) and served with
  the time they were computed (\`computedAt\`, shown on the page as "Berekend op …"); an older snapshot is served while
  one recomputation runs in the background (ADR 0016, "Refreshed snapshots"). So p95 is suppression, narrowing,
  labels and the HTTP layer over a kept snapshot: regional ${f1(regional!.api.p95)} ms, national ${f1(national!.api.p95)} ms, against the
  bare SQL of one measure (reach) over the raw tables at ${f1(regional!.sql.p95)} ms and ${f1(national!.sql.p95)} ms. The numbers of a
  snapshot equal a computation from scratch (src/modules/monitoring/monitoring.snapshots.int.test.ts, every breakdown).
- **What a computation from the tables costs** (the first request for a population and period, and every background
  refresh): national ${n0(firsts.national ?? 0)} ms at this scale; then regional ${n0(firsts.regional ?? 0)} ms (its own counts; the national
  breakdown its linked-table check needs is the national dashboard's snapshot, shared by every regional dashboard).
  A dashboard nobody opened in ten times the snapshot time waits for that once. The table "Where the time goes" is
  that computation, part by part, each from the tables.
- **Even the bare SQL misses 100 ms nationally**: reach needs the spans between phase events, so it reads every
  phase event of every trajectory in the population (about ${n0(g.phaseEvents)} nationally) through a window function,
  and the period filter only applies afterwards. The raw tables cannot answer a national dashboard in 100 ms on
  this machine, whatever the service does with them: that is why the dashboards read snapshots.

## Where a computation from the tables spends its time, and how to shorten it

From EXPLAIN (ANALYZE, BUFFERS) of each query of monitoring.data.ts on a kept database at 500,000 participants
(\`BENCH_KEEP=1\`, 3 December 2026):

1. **Reach** (\`countReach\`, national ${f1(pt('countReach').national)} ms): \`lead()\` over the phase events of every trajectory in
   the population (an index scan of \`trajectory_phase_events_trajectory_idx\`, incremental sort, WindowAgg), after
   which the period filter drops about three quarters of the spans. The population CTE (\`scoped\`) is materialised and
   sorted to disk three times (\`work_mem\` 4 MB). No index changes this: the period condition is on spans, which exist
   only after the window.
2. **Job starts** (\`countJobStarts\`, national ${f1(pt('countJobStarts').national)} ms): the planner estimates
   \`IN (SELECT participant_id FROM scoped)\` at 200 participants (a CTE has no statistics) and so probes
   \`job_episodes_participant_idx\` once per participant instead of reading the jobs that started in the period.
3. **Sustainable placement** (\`placementCandidates\` ${f1(pt('placementCandidates').national)} ms, then \`sustainablePlacementDate\`
   in Node): ${n0(candidates)} trajectories with their job episodes as JSON go to Node; with reach and job starts that is
   \`countFromTables\` at ${f1(pt('countFromTables').national)} ms.
4. **The linked-table check** (\`linkedHidden\`, ${f1(pt('linkedHidden').regional)} ms from the tables): a request filtered on a region
   also needs the national breakdown by region; with snapshots that breakdown is itself a kept snapshot, shared by
   every regional dashboard.

To shorten the refresh (not built yet): **an activity rollup per trajectory** (trajectory, participant, gemeente,
region, organisation, approach, active from, active to), written with each phase event — prototyped in this run as a
plain table (${f1(rollup.buildSeconds)} s to build for ${n0(g.trajectories)} trajectories; the reach it gives equals the bare SQL in every row):
reach per gemeente of ${REGION} at p95 **${f1(rollup.regional.p95)} ms**, per region nationally **${f1(rollup.national.p95)} ms**;
**placement dates per trajectory** for the default definition, recomputed when a job episode changes; **job starts
over the rollup** (a real table with statistics, so an index on \`job_episodes(start_date)\` pays).

## How to run

\`\`\`sh
npm run bench                                               # all benchmarks; PostgreSQL from scripts/pg-cluster.sh
BENCH_DATABASE_URL=postgres://… npx tsx bench/monitoring.ts
BENCH_PARTICIPANTS=50000 BENCH_DURATION=5 npx tsx bench/monitoring.ts   # quicker
BENCH_KEEP=1 npx tsx bench/monitoring.ts                    # keep the database to look at query plans
\`\`\`
`;
}

async function main(): Promise<number> {
  const started = new Date();
  return withBenchDatabase('monitoring', log, async ({ engine, db, dataDir }) => {
    log(`generating ${SETTINGS.participants.toLocaleString('en')} participants…`);
    let lastTenth = -1;
    const g = await generate(
      db,
      { participants: SETTINGS.participants, seed: SETTINGS.seed, batch: SETTINGS.batch, force: false },
      {
        progress: (done, total, seconds) => {
          const tenth = Math.floor((done / total) * 10);
          if (tenth > lastTenth) {
            lastTenth = tenth;
            log(progressLine(done, total, seconds));
          }
        },
      },
    );
    log(
      `generated ${n0(g.participants)} participants, ${n0(g.events)} events in ${f1(g.seconds)} s ` +
        `(${n0(g.participants / g.writeSeconds)} participants/s, ${n0(g.events / g.writeSeconds)} events/s)`,
    );

    // Two users: a programme manager of the synthetic Gemeente Utrecht, an evaluator of a knowledge institute.
    const hash = await hashPassword(PASSWORD);
    const { rows: orgs } = await db.query<{ id: string }>(
      "SELECT id FROM organisations WHERE slug = 'synthetisch-gemeente-gm0344'",
    );
    const { rows: institute } = await db.query<{ id: string }>(
      `INSERT INTO organisations (name, type, region_code, slug) VALUES ('Bench Kennisinstituut', 'knowledgeInstitute', $1, 'bench-kennisinstituut')
       RETURNING id`,
      [REGION],
    );
    for (const [email, org, role] of [
      ['manager@bench.example', orgs[0]!.id, 'programmeManager'],
      ['evaluator@bench.example', institute[0]!.id, 'evaluator'],
    ] as const) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO users (email, name, status, password_hash) VALUES ($1, $1, 'active', $2) RETURNING id`,
        [email, hash],
      );
      await db.query('INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
        rows[0]!.id,
        org,
        role,
      ]);
    }

    const config = loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SERVE_WEB: '0',
      DEMO: '0',
      MFA_REQUIRED_ROLES: 'none',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      DATABASE_URL: engine.databaseUrl!,
      FIELD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      MONITORING_CACHE_SECONDS: String(SNAPSHOT_SECONDS),
    });
    const app = await buildApp({ config, db });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1`;
    const cookieOf = async (email: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password: PASSWORD } });
      if (res.statusCode !== 201) {
        throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
      }
      const raw = res.headers['set-cookie'];
      return { cookie: (Array.isArray(raw) ? raw[0]! : raw!).split(';')[0]! };
    };
    const manager = await cookieOf('manager@bench.example');
    const evaluator = await cookieOf('evaluator@bench.example');

    const today = todayInNl();
    const period = { from: `${today.slice(0, 4)}-01-01`, to: today };
    const q = `from=${period.from}&to=${period.to}`;
    const regionalUrl = `${base}/monitoring/indicators?regionCode=${REGION}&by=municipality&${q}`;
    const nationalUrl = `${base}/monitoring/indicators?by=region&${q}`;

    // Smoke check: both answer, and the API's reach equals the bare SQL's wherever a row is shown.
    type Table = {
      rows: { key: string; cells: { reach: { value: number | null } } }[];
      total: { reach: { value: number | null } };
    };
    const get = async (url: string, headers: Record<string, string>) => {
      const res = await fetch(url, { headers });
      if (res.status !== 200) {
        throw new Error(`${url}: ${res.status} ${await res.text()}`);
      }
      return (await res.json()) as Table;
    };
    const checks: string[] = [];
    const firsts: Record<string, number> = {};
    // National first: its breakdown by region is the one the regional request's linked-table check needs, so the
    // regional first request shows what a regional dashboard costs once the national snapshot exists.
    for (const [label, url, headers, region] of [
      ['national', nationalUrl, evaluator, null],
      ['regional', regionalUrl, manager, REGION],
    ] as const) {
      const t0 = performance.now();
      const table = await get(url, headers);
      firsts[label] = performance.now() - t0;
      log(
        `${label}: first request ${f1(performance.now() - t0)} ms, ${table.rows.length} rows, reach ${table.total.reach.value}`,
      );
      const sql = new Map((await bareReach(db, period.from, period.to, region)).rows.map((r) => [r.key, r.n]));
      const shown = table.rows.filter((r) => r.cells.reach.value !== null);
      const differ = shown.filter((r) => (sql.get(r.key) ?? 0) !== r.cells.reach.value);
      if (differ.length > 0) {
        throw new Error(`${label}: API reach differs from the bare SQL for ${differ.map((r) => r.key).join(', ')}`);
      }
      checks.push(`${label} reach equal in all ${shown.length} shown rows (total ${n0(table.total.reach.value ?? 0)})`);
    }

    const load = (url: string, headers: Record<string, string>) =>
      httpLoad([{ url, headers }], { concurrency: SETTINGS.concurrency, duration: SETTINGS.duration });
    const loadSql = (fn: () => Promise<unknown>) =>
      functionLoad([fn], { concurrency: SETTINGS.concurrency, duration: SETTINGS.duration });
    const rows: Row[] = [];
    const loadAverage = [os.loadavg()[0]!];
    log('regional dashboard');
    rows.push({
      label: `Regional dashboard (${REGION} by gemeente, programme manager)`,
      api: await load(regionalUrl, manager),
      sql: await loadSql(() => bareReach(db, period.from, period.to, REGION)),
    });
    log('national dashboard');
    rows.push({
      label: 'National dashboard (35 regions, evaluator)',
      api: await load(nationalUrl, evaluator),
      sql: await loadSql(() => bareReach(db, period.from, period.to, null)),
    });
    await app.close();
    loadAverage.push(os.loadavg()[0]!);

    log('where the time goes');
    setSnapshotSeconds(0); // each part from the raw tables, as a refresh computes it
    const regionalFilter = { ...monitoring.NO_FILTER, regionCode: REGION };
    const national = monitoring.NO_FILTER;
    const def = DEFAULT_DEFINITION;
    const parts: Part[] = [];
    const part = async (
      label: string,
      fn: (f: monitoring.PopulationFilter, by: 'municipality' | 'region') => Promise<unknown>,
    ) => {
      parts.push({
        label,
        regional: await median3(() => fn(regionalFilter, 'municipality')),
        national: await median3(() => fn(national, 'region')),
      });
    };
    await part('bare SQL: reach only', (f) => bareReach(db, period.from, period.to, f.regionCode));
    await part('`countReach`', (f, by) => monitoring.countReach(db, f, by, period.from, period.to));
    await part('`countJobStarts`', (f, by) => monitoring.countJobStarts(db, f, by, period.from, period.to));
    await part('`placementCandidates` (SQL, rows to Node)', (f, by) =>
      monitoring.placementCandidates(db, f, by, period.from, period.to),
    );
    await part('`countFromTables` (the three + sustainable placement in Node)', (f, by) =>
      countFromTables(db, f, by, period, def),
    );
    await part('`linkedHidden` (regional: the national breakdown again)', (f) =>
      linkedHidden(db, f, period, def, DEFAULT_SETTINGS),
    );
    const { rows: sizes } = await db.query<{ c: number }>(
      `SELECT count(*)::int AS c FROM (SELECT s.id FROM trajectories s JOIN participants p ON p.id = s.participant_id
         WHERE s.referral_date <= $1::date AND EXISTS (SELECT 1 FROM job_episodes j WHERE j.participant_id = s.participant_id
           AND j.start_date >= s.referral_date AND j.start_date <= $1::date AND j.wage_form <> 'unpaidWorkExperience')) x`,
      [period.to],
    );
    log(`placement candidates nationally: ${n0(sizes[0]!.c)}`);

    log('the proposed fix, prototyped: an activity rollup');
    const buildSeconds = await buildActivityRollup(db);
    for (const region of [REGION, null]) {
      const a = new Map((await bareReach(db, period.from, period.to, region)).rows.map((r) => [r.key, r.n]));
      const b = (await rollupReach(db, period.from, period.to, region)).rows;
      if (b.length !== a.size || b.some((r) => a.get(r.key) !== r.n)) {
        throw new Error(`the activity rollup gives another reach than the bare SQL (${region ?? 'national'})`);
      }
    }
    const rollup = {
      buildSeconds,
      regional: await loadSql(() => rollupReach(db, period.from, period.to, REGION)),
      national: await loadSql(() => rollupReach(db, period.from, period.to, null)),
    };
    log(
      `rollup: built in ${f1(buildSeconds)} s; reach p95 regional ${f1(rollup.regional.p95)} ms, national ${f1(rollup.national.p95)} ms`,
    );

    fs.writeFileSync(
      SETTINGS.output,
      report(
        g,
        rows,
        parts,
        engine.detail,
        started,
        period,
        checks.join('; '),
        rollup,
        sizes[0]!.c,
        loadAverage,
        firsts,
      ),
    );
    log(`wrote ${path.relative(ROOT, SETTINGS.output)}`);
    for (const r of rows) {
      log(
        `${r.label}: API p50 ${f1(r.api.p50)} / p95 ${f1(r.api.p95)} ms (SQL p95 ${f1(r.sql.p95)} ms), ${r.api.count} requests, ${r.api.errors} errors`,
      );
    }
    for (const p of parts) {
      log(`  ${p.label}: regional ${f1(p.regional)} ms, national ${f1(p.national)} ms`);
    }
    return rows.some((r) => r.api.errors > 0) ? 1 : 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
