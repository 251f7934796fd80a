/** Runs housekeeping once at start and then every hour; several instances may run it at once (plain deletes). */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/db.js';
import { deleteExpired } from './housekeeping.data.js';

/** A module's own clean-up, run with the rest: returns what it removed, for the log. */
export type HousekeepingTask = (db: Db) => Promise<Record<string, number>>;

export function startHousekeeping(
  db: Db,
  idleMinutes: number,
  log: FastifyBaseLogger,
  tasks: HousekeepingTask[] = [],
  intervalMs = 60 * 60 * 1000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(async () => {
        const removed: Record<string, number> = { ...(await deleteExpired(db, idleMinutes)) };
        for (const task of tasks) {
          Object.assign(removed, await task(db));
        }
        log.info({ removed }, 'housekeeping done');
      })
      .catch((error: unknown) => log.error({ err: error }, 'housekeeping failed'));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
