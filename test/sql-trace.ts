/**
 * Keeps, in a file per test worker, the statement that worker's database is running, so that
 * test/stall-reporter.ts can name it when a test never finishes. The file holds one entry, rewritten
 * in place before and after every statement: "running" with the test file and the statements started
 * and not finished, or "idle".
 * Only when the reporter has set the directory; a run without it gets the database untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Db, Queryable, Tx } from '../src/platform/db/db.js';

export const SQL_TRACE_DIR_ENV = 'MEEDOEN_SQL_TRACE_DIR';

const MAX_SQL = 2000;
let fd: number | undefined;

function note(text: string): void {
  if (fd === undefined) {
    const dir = process.env[SQL_TRACE_DIR_ENV];
    if (!dir || !fs.existsSync(dir)) {
      return;
    }
    fd = fs.openSync(path.join(dir, `${process.pid}.txt`), 'w');
  }
  const bytes = Buffer.from(text);
  fs.writeSync(fd, bytes, 0, bytes.length, 0);
  fs.ftruncateSync(fd, bytes.length);
}

/** Statements started and not yet finished, oldest first: on PGlite the first is the one executing. */
const inFlight = new Set<{ sql: string }>();

function write(): void {
  if (inFlight.size === 0) {
    note('idle');
    return;
  }
  const file = path.relative(process.cwd(), expect.getState().testPath ?? 'a test file');
  note(`running in ${file} (worker ${process.pid}):\n${[...inFlight].map((e) => `    ${e.sql}`).join('\n    then\n')}`);
}

function trace<T>(what: string, run: () => Promise<T>): Promise<T> {
  const entry = { sql: what.slice(0, MAX_SQL) };
  inFlight.add(entry);
  write();
  return run().finally(() => {
    inFlight.delete(entry);
    write();
  });
}

function tracedQueryable<Q extends Queryable>(q: Q): Q['query'] {
  return (sql, params) => trace(sql, () => q.query(sql, params));
}

/** The same database, noting each statement while it runs (when the stall reporter asks for it). */
export function traced(db: Db): Db {
  if (!process.env[SQL_TRACE_DIR_ENV]) {
    return db;
  }
  const handle: Db = Object.create(db) as Db;
  return Object.assign(handle, {
    query: tracedQueryable(db),
    exec: (sql: string) => trace(sql, () => db.exec(sql)),
    tx: <T>(fn: (q: Tx) => Promise<T>) =>
      db.tx((tx) => fn({ ...tx, query: tracedQueryable(tx), exec: (sql: string) => trace(sql, () => tx.exec(sql)) })),
    close: () => trace('closing the database', () => db.close()),
  });
}
