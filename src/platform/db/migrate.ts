/**
 * The migrations runner: plain versioned SQL files in `migrations/NNNN_snake_name.sql`, forward-only,
 * each applied in its own transaction under a PostgreSQL advisory lock (so two instances starting at
 * once do not race), with the file's SHA-256 recorded. A committed migration that was edited later is
 * refused at boot: restore from backup and add a new migration instead. See docs/adr/0003-migrations.md.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, Queryable } from './db.js';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** Arbitrary constant key of the advisory lock ("MEEDOEN" in ASCII, truncated to int8). */
const LOCK_KEY = 77_69_69_68;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Reads the migration files in order and checks their names and numbering. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const migrations = files.map((file) => {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) {
      throw new MigrationError(`Migration file ${file} must be named NNNN_snake_name.sql`);
    }
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    return {
      version: Number(match[1]),
      name: match[2] ?? '',
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    };
  });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new MigrationError(
        `Migrations must be numbered 0001, 0002, … without gaps; found ${m.version} at position ${i + 1}`,
      );
    }
  });
  return migrations;
}

async function ensureTable(q: Queryable): Promise<void> {
  await q.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
}

async function applied(q: Queryable): Promise<Map<number, { name: string; checksum: string }>> {
  const { rows } = await q.query<{ version: number; name: string; checksum: string }>(
    'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
  );
  return new Map(rows.map((r) => [r.version, { name: r.name, checksum: r.checksum }]));
}

function checkChecksums(done: Map<number, { name: string; checksum: string }>, all: Migration[]): void {
  for (const [version, row] of done) {
    const file = all.find((m) => m.version === version);
    if (!file) {
      throw new MigrationError(
        `The database has migration ${version} (${row.name}) which this version of Meedoen does not know. Run a newer version.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${String(version).padStart(4, '0')}_${file.name}.sql was changed after it was applied. ` +
          'Committed migrations must never change: revert the edit and add a new migration.',
      );
    }
  }
}

/**
 * Applies all pending migrations.
 * @returns the versions that were applied by this call
 */
export async function migrate(db: Db, all: Migration[] = readMigrations()): Promise<number[]> {
  await db.tx(async (t) => {
    await t.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await ensureTable(t);
  });
  const appliedNow: number[] = [];
  for (const migration of all) {
    const didApply = await db.tx(async (t) => {
      await t.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const done = await applied(t);
      checkChecksums(done, all);
      if (done.has(migration.version)) {
        return false;
      }
      await t.exec(migration.sql);
      await t.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (didApply) {
      appliedNow.push(migration.version);
    }
  }
  return appliedNow;
}

/** Whether every known migration is applied with the right checksum (readiness check). */
export async function migrationsCurrent(db: Queryable, all: Migration[] = readMigrations()): Promise<boolean> {
  try {
    const done = await applied(db);
    checkChecksums(done, all);
    return all.every((m) => done.has(m.version));
  } catch {
    return false;
  }
}
