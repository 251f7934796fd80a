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
  const [{ PGlite, protocol, parse }, { pgcrypto }, { pg_trgm }] = await Promise.all([
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
  const { serialize } = protocol;
  // Named statements, parsed and planned once and then bound and executed in one call into the engine.
  // PGlite's own `query` parses and plans every statement afresh and makes six calls into WebAssembly
  // for it (parse, describe, bind, describe, execute, sync): for the profile read of every request that
  // was two thirds of its time (docs/benchmarks.md). The parameter types come from describing the
  // statement once and are serialised as PGlite does; rows are parsed by PGlite's own parser.
  const statements = new Map<string, { name: string; types: number[] }>();
  const send = async (parts: Uint8Array[], syncToFs: boolean) =>
    (await lite.execProtocol(concatBytes(parts), { syncToFs })).messages;
  const run = async <T>(sql: string, params: readonly unknown[], inTx: boolean): Promise<QueryResult<T>> => {
    let statement = statements.get(sql);
    if (!statement) {
      // Past the cap, the unnamed statement: parsed each time, as PGlite's own query does.
      const name = statements.size < MAX_NAMED_STATEMENTS ? `m${statements.size + 1}` : '';
      const described = await send(
        [serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()],
        false,
      );
      const parameters = described.find((m) => m.name === 'parameterDescription') as
        { dataTypeIDs: number[] } | undefined;
      statement = { name, types: parameters?.dataTypeIDs ?? [] };
      if (name) {
        statements.set(sql, statement);
      }
    }
    const types = statement.types;
    const values = params.map((value, i) => {
      if (value === null || value === undefined) {
        return null;
      }
      const serializer = lite.serializers[types[i] ?? 0];
      if (serializer) {
        return serializer(value);
      }
      // Text and the types PGlite has no serialiser for: their text form (an object as JSON, not "[object Object]").
      if (typeof value === 'object') {
        return JSON.stringify(value);
      }
      return typeof value === 'string' ? value : `${value as number | boolean | bigint}`;
    });
    const messages = await send(
      [
        serialize.bind({ statement: statement.name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ],
      !inTx,
    );
    const result = parse.parseResults(messages, lite.parsers)[0];
    const rows = (result?.rows ?? []) as T[];
    return { rows, rowCount: result?.affectedRows ?? rows.length };
  };
  /** A parameterless script (several statements), inside a transaction of ours. */
  const script = async (sql: string): Promise<string | undefined> => {
    const messages = await send([serialize.query(sql)], false);
    const done = messages.filter((m) => m.name === 'commandComplete') as unknown as { text: string }[];
    return done.at(-1)?.text;
  };
  // One statement or transaction at a time (PGlite has one session); a transaction holds it throughout.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const result = queue.then(fn);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    kind: 'pglite',
    query: (sql, params = []) => exclusive(() => run(sql, params, false)),
    tx: (fn) =>
      exclusive(async () => {
        await script('BEGIN');
        const handle: Tx = {
          query: (sql, params = []) => run(sql, params, true),
          exec: async (sql) => {
            await script(sql);
          },
        };
        try {
          const result = await fn(handle);
          if ((await script('COMMIT')) === 'ROLLBACK') {
            // A statement failed inside and the work went on: PostgreSQL ends such a transaction with a rollback.
            throw new Error('the transaction was aborted and rolled back');
          }
          return result;
        } catch (error) {
          await script('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          await lite.syncToFs();
        }
      }),
    exec: (sql) =>
      exclusive(async () => {
        await lite.exec(sql);
      }),
    close: () => exclusive(() => lite.close()),
    // Exposed for tests that snapshot a migrated template.
    ...{ pglite: lite },
  };
}

/** Named statements kept per embedded database; the schema's own statements are a few hundred. */
const MAX_NAMED_STATEMENTS = 5000;

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
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
        if ((await c.query('COMMIT')).command === 'ROLLBACK') {
          // A statement failed inside and the work went on: PostgreSQL ends such a transaction with a rollback.
          throw new Error('the transaction was aborted and rolled back');
        }
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
