/**
 * One process per embedded-database directory.
 *
 * PGlite has no lock between processes: two processes that open one directory both succeed and one of
 * them silently loses its writes (../../../../shared/STACK.md, PGlite pitfall a). We hold an exclusive
 * lock file (proper-lockfile: atomic mkdir plus a heartbeat, so a crashed process's lock goes stale
 * and is taken over) and refuse a second process with a clear message.
 */
import fs from 'node:fs';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(public readonly dataDir: string) {
    super(
      `Another Meedoen process is already using the embedded database in ${dataDir}. ` +
        'Stop that process first, or start this one with another DATA_DIR (or a DATABASE_URL).',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Takes the lock on `dataDir`.
 * @returns a function that releases the lock
 * @throws DataDirLockedError when another live process holds it
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const release = await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}/meedoen.lock`,
      stale: 10_000,
      update: 2_000,
      realpath: false,
      onCompromised: (err) => {
        // Losing the lock means another process may write too: stop rather than risk lost writes.
        process.stderr.write(`Lost the lock on ${dataDir}: ${err.message}. Stopping.\n`);
        process.exit(70);
      },
    });
    return async () => {
      await release().catch(() => undefined);
    };
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && error.code === 'ELOCKED') {
      throw new DataDirLockedError(dataDir);
    }
    throw error;
  }
}
