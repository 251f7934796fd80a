/**
 * Mail outbox: a mail is a row written in the same transaction as the change that causes it, so an
 * acknowledged invitation or password reset never loses its mail. The worker (worker.ts) delivers.
 */
import type { Queryable } from '../db/db.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export async function enqueueMail(q: Queryable, mail: OutgoingMail): Promise<void> {
  await q.query('INSERT INTO mail_outbox (to_address, subject, text_body) VALUES ($1, $2, $3)', [
    mail.to,
    mail.subject,
    mail.text,
  ]);
}

export interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  attempts: number;
  created_at: Date;
  sent_at: Date | null;
}

/** Claims up to `limit` due mails (skipping rows another worker holds). Call inside a transaction. */
export async function claimDueMail(q: Queryable, limit: number): Promise<OutboxRow[]> {
  const { rows } = await q.query<OutboxRow>(
    `SELECT id, to_address, subject, text_body, attempts, created_at, sent_at FROM mail_outbox
      WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < 10
      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows;
}

export async function markSent(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1', [
    id,
  ]);
}

/** Schedules a retry with exponential back-off (1, 2, 4 … minutes). */
export async function markFailed(q: Queryable, id: string, error: string): Promise<void> {
  await q.query(
    `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
            next_attempt_at = now() + make_interval(mins => power(2, attempts)::int) WHERE id = $1`,
    [id, error.slice(0, 500)],
  );
}

export async function listOutbox(q: Queryable, limit: number): Promise<OutboxRow[]> {
  const { rows } = await q.query<OutboxRow>(
    'SELECT id, to_address, subject, text_body, attempts, created_at, sent_at FROM mail_outbox ORDER BY created_at DESC LIMIT $1',
    [limit],
  );
  return rows;
}
