/**
 * One data-access interface over two engines: the embedded PostgreSQL (PGlite, WebAssembly) and a
 * PostgreSQL 15+ server through `pg`. Everything above this file sees only {@link Db} and
 * {@link Queryable}; SQL stays in `*.data.ts` files and is always parameterised.
 *
 * Both engines return the same JavaScript types (see ../../../docs/adr/0002-query-layer.md):
 * - int8 (`bigint`, `count(*)`) → `number` (ids are uuids; no int8 value in this schema exceeds 2^53)
 * - numeric → `string` (exact; convert where a calculation needs it)
 * - date → `string` `YYYY-MM-DD` (no time-zone shift), timestamptz → `Date`
 * - json/jsonb → parsed value
 */
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createHash } from 'node:crypto';

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  /** Runs one parameterised statement. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
}

/** A handle inside a transaction; `exec` runs a parameterless multi-statement script. */
export interface Tx extends Queryable {
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** The server's connection string (PostgreSQL only), for libraries that keep their own pool (pg-boss). */
  readonly connectionString?: string;
  /** Runs `fn` in one transaction: commit when it resolves, rollback when it throws. */
  tx<T>(fn: (q: Tx) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

function toSafeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    // Never silently lose precision: such a value would be a schema design error.
    throw new RangeError(`int8 value ${value} is outside the safe integer range`);
  }
  return n;
}

/** Parses SQLSTATE from either driver's error. */
export function sqlState(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/**
 * Opens the embedded database in `dataDir` (or in memory when `dataDir` is null).
 * @param dataDir - directory PGlite persists to; must be guarded by {@link ../db/datadir-lock.ts}
 * @param loadDataDir - optional tarball to start from (tests clone a migrated template this way)
 */
export async function openPglite(dataDir: string | null, loadDataDir?: Blob | File): Promise<Db> {
  // Loaded when used: a server on PostgreSQL never needs the embedded engine (some 50 MB of memory).
  const [{ PGlite }, { pgcrypto }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pgcrypto'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  const lite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    // pg_trgm must be registered before pgcrypto. With PGlite 0.5.16 and the order
    // { pgcrypto, pg_trgm }, a database reopened from its directory or loaded from a dump
    // answers the trigram operator `%` with no rows at all, and the next query then spins
    // forever inside WASM (the event loop never comes back). A fresh database works in
    // either order, so the bug only shows on restart — and in tests that clone a template.
    extensions: { pg_trgm, pgcrypto },
    parsers: {
      [INT8]: (v: string) => toSafeNumber(v),
      [NUMERIC]: (v: string) => v,
      [DATE]: (v: string) => v,
    },
  });
  const wrap = (run: Pick<PGlite, 'query' | 'exec'>): Tx => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const res = await run.query<T>(sql, params as unknown[]);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    },
    async exec(sql: string) {
      await run.exec(sql);
    },
  });
  const base = wrap(lite);
  return {
    kind: 'pglite',
    query: (sql, params) => base.query(sql, params),
    tx: (fn) => lite.transaction((t) => fn(wrap(t))),
    exec: async (sql) => {
      await lite.exec(sql);
    },
    close: () => lite.close(),
    // Exposed for tests that snapshot a migrated template.
    ...{ pglite: lite },
  };
}

/** Returns the underlying PGlite instance of an embedded {@link Db}, for test templates. */
export function pgliteOf(db: Db): PGlite | null {
  return (db as unknown as { pglite?: PGlite }).pglite ?? null;
}

/**
 * Settings for every connection of the pool, sent at connect time (no extra round trip): PostgreSQL's JIT
 * compiler is off. It starts when a plan's estimated cost passes `jit_above_cost`, which the caseload and
 * other queries over a few thousand rows do, and then spends 0.5–1.5 s compiling a query that runs in
 * 100 ms (ADR 0002). Options in PGOPTIONS come first; an `options` parameter in DATABASE_URL replaces these.
 */
function sessionOptions(): string {
  return [process.env.PGOPTIONS, '-c jit=off'].filter(Boolean).join(' ');
}

/**
 * Connects to a PostgreSQL server.
 * @param url - `postgres://…` connection string
 * @param poolSize - maximum connections of this process
 */
export async function openPostgres(url: string, poolSize = 10): Promise<Db> {
  const typeParsers = {
    getTypeParser: ((oid: number, format?: string) => {
      if (oid === INT8) {
        return toSafeNumber;
      }
      if (oid === NUMERIC || oid === DATE) {
        return (v: string) => v;
      }
      return pg.types.getTypeParser(oid, format as 'text') as (value: string) => unknown;
    }) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: typeParsers, options: sessionOptions() });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to log with personal data.
  });
  // Fail fast with a clear message when the server is unreachable.
  const client = await pool.connect();
  client.release();
  // Named statements are parsed and planned once per connection instead of on every execution.
  const names = new Map<string, string>();
  const nameOf = (sql: string): string => {
    let name = names.get(sql);
    if (name === undefined) {
      name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      if (names.size < 5000) {
        names.set(sql, name);
      }
    }
    return name;
  };
  const wrap = (run: pg.Pool | pg.PoolClient): Tx => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const res = await run.query({ name: nameOf(sql), text: sql, values: params as unknown[] });
      return { rows: res.rows as T[], rowCount: res.rowCount ?? res.rows.length };
    },
    async exec(sql: string) {
      await run.query(sql);
    },
  });
  const poolHandle = wrap(pool);
  return {
    kind: 'pg',
    connectionString: url,
    query: (sql, params) => poolHandle.query(sql, params),
    async tx(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(wrap(c));
        await c.query('COMMIT');
        return result;
      } catch (error) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        c.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
