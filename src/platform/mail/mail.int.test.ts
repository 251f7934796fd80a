import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/helpers.js';
import type { Db } from '../db/db.js';
import { enqueueMail } from './outbox.data.js';
import { createMailTransport } from './transport.js';
import { deliverDueMail } from './worker.js';

let smtp: SMTPServer;
let port: number;
const received: { to: string[]; raw: string }[] = [];
let failNext = false;
let db: Db;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (failNext) {
        failNext = false;
        callback(new Error('mailbox unavailable'));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
  db = await openTestDb();
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db.close();
});

describe('mail through SMTP', () => {
  it('delivers queued mail to a real SMTP server once, and retries a refused delivery later', async () => {
    const transport = createMailTransport({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Meedoen <noreply@meedoen.example>',
      dataDir: '/nonexistent',
    });
    const to = `smtp-${Date.now()}@test.example`;
    await db.tx((tx) =>
      enqueueMail(tx, { to, subject: 'U bent uitgenodigd voor Meedoen', text: 'Beste Sanne,\n\nWelkom.' }),
    );
    await deliverDueMail(db, transport);
    await deliverDueMail(db, transport);
    const mine = received.filter((r) => r.to.includes(to));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.raw).toMatch(/Subject: U bent uitgenodigd voor Meedoen/);
    expect(mine[0]!.raw).toMatch(/From: Meedoen <noreply@meedoen.example>/);

    const second = `retry-${Date.now()}@test.example`;
    await db.tx((tx) => enqueueMail(tx, { to: second, subject: 'Nieuw wachtwoord voor Meedoen', text: 'link' }));
    failNext = true;
    await deliverDueMail(db, transport);
    const { rows } = await db.query<{
      attempts: number;
      sent_at: Date | null;
      last_error: string | null;
      due_later: boolean;
    }>(
      'SELECT attempts, sent_at, last_error, next_attempt_at > now() AS due_later FROM mail_outbox WHERE to_address = $1',
      [second],
    );
    expect(rows[0]).toMatchObject({ attempts: 1, sent_at: null, due_later: true });
    expect(rows[0]!.last_error).toMatch(/mailbox unavailable/);
    transport.close();
  });
});
