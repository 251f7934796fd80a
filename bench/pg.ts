/**
 * The PostgreSQL side of the benchmarks: a fresh database on BENCH_DATABASE_URL (or DATABASE_URL), or
 * on a throwaway cluster from scripts/pg-cluster.sh; dropped (and the cluster stopped) afterwards.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPostgres, type Db } from '../src/platform/db/db.js';
import { migrate } from '../src/platform/db/migrate.js';
import { systemData } from '../src/platform/access/system.js';
import { loadReferenceData } from '../src/modules/regions/regions.data.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export interface EngineDb {
  label: string;
  kind: 'pg' | 'pglite';
  detail: string;
  /** Opens a Db handle for a target: a pool of the configured size, or the shared PGlite instance. */
  open(): Promise<Db>;
  databaseUrl: string | null;
  /** The server runs on this machine (its CPU can be measured). */
  local: boolean;
  cleanup(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) {
    u.password = '***';
  }
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A throwaway cluster from scripts/pg-cluster.sh, when that script exists and works. */
function startScriptCluster(): { url: string; stop: () => void; note: string } | null {
  const script = path.join(ROOT, 'scripts', 'pg-cluster.sh');
  if (!fs.existsSync(script)) {
    log('scripts/pg-cluster.sh not found');
    return null;
  }
  const res = spawnSync('bash', [script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const output = `${res.stdout ?? ''}\n${res.stderr ?? ''}`;
  const vars = new Map<string, string>();
  for (const line of output.split('\n')) {
    const m = /^\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) {
      vars.set(m[1]!, m[2]!.trim().replace(/^['"]|['"]$/g, ''));
    }
  }
  const url = vars.get('TEST_DATABASE_URL');
  if (res.status !== 0 || !url) {
    log(`scripts/pg-cluster.sh did not give a TEST_DATABASE_URL (exit ${res.status}): ${output.trim().slice(0, 500)}`);
    return null;
  }
  // The directory to stop: a *_DIR / PGDATA variable, else the first existing absolute directory printed.
  let dir = [...vars.entries()].find(([k]) => /(^|_)DIR$|PGDATA/.test(k))?.[1];
  if (!dir) {
    dir = output.match(/\/[^\s'"]+/g)?.find((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
  }
  return {
    url,
    note: `throwaway cluster from scripts/pg-cluster.sh${dir ? ` (${dir})` : ''}`,
    stop: () => {
      if (dir) {
        spawnSync('bash', [script, 'stop', dir], { cwd: ROOT, stdio: 'ignore', timeout: 60_000 });
      } else {
        log('could not tell which directory to pass to `scripts/pg-cluster.sh stop`; the cluster may still run');
      }
    },
  };
}

export async function postgresEngine(poolSize: number): Promise<EngineDb | { skipped: string }> {
  let serverUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || '';
  let source = serverUrl === process.env.BENCH_DATABASE_URL?.trim() ? 'BENCH_DATABASE_URL' : 'DATABASE_URL';
  let stopCluster: (() => void) | null = null;
  if (!serverUrl) {
    const cluster = startScriptCluster();
    if (!cluster) {
      return { skipped: 'no BENCH_DATABASE_URL/DATABASE_URL and no working scripts/pg-cluster.sh' };
    }
    serverUrl = cluster.url;
    source = cluster.note;
    stopCluster = cluster.stop;
  }
  const host = new URL(serverUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) {
    log(`note: the PostgreSQL server is on ${host}, not on this machine; the pair still shares it`);
  }
  const database = `meedoen_bench_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl, database);
  try {
    await adminQuery(serverUrl, `CREATE DATABASE ${database}`);
  } catch (error) {
    stopCluster?.();
    return { skipped: `could not create a database on ${redact(serverUrl)}: ${(error as Error).message}` };
  }
  let version = '';
  {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    version = (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '';
    await c.end();
  }
  return {
    label: 'PostgreSQL',
    kind: 'pg',
    detail: `PostgreSQL ${version} (${source}; fresh database \`${database}\`, dropped afterwards; pool size ${poolSize} per target)`,
    databaseUrl: url,
    local: ['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host),
    open: () => openPostgres(url, poolSize),
    async cleanup() {
      try {
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } catch (error) {
        log(`could not drop ${database}: ${(error as Error).message}`);
      }
      stopCluster?.();
    },
  };
}

/**
 * A benchmark's fresh database from start to end: opened (a pool of 10), migrated, with the reference
 * regions and gemeenten, and a temporary data directory; afterwards closed and dropped — or kept with
 * BENCH_KEEP=1, to look at query plans — and the directory removed. Without PostgreSQL the benchmark is
 * skipped (exit code 0, with the reason).
 */
export async function withBenchDatabase(
  name: string,
  say: (message: string) => void,
  body: (bench: { engine: EngineDb; db: Db; dataDir: string }) => Promise<number>,
): Promise<number> {
  const engine = await postgresEngine(10);
  if ('skipped' in engine) {
    say(`skipped: ${engine.skipped}`);
    return 0;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `meedoen-bench-${name}-`));
  const db = await engine.open();
  try {
    await migrate(db);
    await systemData(db, 'bench setup').run((scope) => loadReferenceData(scope.q));
    return await body({ engine, db, dataDir });
  } finally {
    await db.close();
    if (process.env.BENCH_KEEP === '1') {
      say(`kept the database for inspection: ${engine.databaseUrl}`);
    } else {
      await engine.cleanup();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
