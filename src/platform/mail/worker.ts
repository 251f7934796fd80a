/**
 * Delivers the mail outbox in the background. Several app instances may run workers at once: each
 * claims rows with FOR UPDATE SKIP LOCKED, so a mail is sent once.
 */
import type { Db } from '../db/db.js';
import type { FastifyBaseLogger } from 'fastify';
import { claimDueMail, markFailed, markSent } from './outbox.data.js';
import type { MailTransport } from './transport.js';

/** Sends every due mail once; returns how many were sent. */
export async function deliverDueMail(db: Db, transport: MailTransport, log?: FastifyBaseLogger): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await db.tx(async (tx) => {
      const rows = await claimDueMail(tx, 10);
      for (const row of rows) {
        try {
          await transport.send({ id: row.id, to: row.to_address, subject: row.subject, text: row.text_body });
          await markSent(tx, row.id);
          sent += 1;
        } catch (error) {
          log?.warn({ mailId: row.id, err: (error as Error).message }, 'mail delivery failed; will retry');
          await markFailed(tx, row.id, (error as Error).message);
        }
      }
      return rows.length;
    });
    if (batch < 10) {
      return sent;
    }
  }
}

export interface MailWorker {
  /** Wakes the worker now (after a request enqueued mail). */
  poke(): void;
  stop(): Promise<void>;
}

export function startMailWorker(
  db: Db,
  transport: MailTransport,
  log: FastifyBaseLogger,
  intervalMs = 5000,
): MailWorker {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) {
      return;
    }
    running = running
      .then(() => deliverDueMail(db, transport, log))
      .catch((error: unknown) => {
        log.error({ err: error }, 'mail worker failed');
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    poke: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
