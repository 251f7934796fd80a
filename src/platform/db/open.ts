/** Opens the configured database: PGlite in DATA_DIR (with the process lock) or PostgreSQL. */
import path from 'node:path';
import type { Config } from '../config/config.js';
import { openPglite, openPostgres, type Db } from './db.js';
import { lockDataDir } from './datadir-lock.js';

export interface OpenedDb {
  db: Db;
  close(): Promise<void>;
}

export async function openConfiguredDb(config: Config): Promise<OpenedDb> {
  if (config.databaseUrl) {
    const db = await openPostgres(config.databaseUrl, config.pgPoolSize);
    return { db, close: () => db.close() };
  }
  const release = await lockDataDir(config.dataDir);
  try {
    const db = await openPglite(path.join(config.dataDir, 'pglite'));
    return {
      db,
      async close() {
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
