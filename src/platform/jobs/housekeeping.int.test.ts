import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVER, openTestDb } from '../../../test/helpers.js';
import { makeOrg, makeUser } from '../../../test/factories.js';
import type { Db } from '../db/db.js';
import { deleteExpired } from './housekeeping.data.js';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

const hash = () => randomBytes(16).toString('hex');

describe('housekeeping', () => {
  it('removes expired and idle sessions, old one-time tokens and delivered mail, and keeps what is still live', async () => {
    if (DRIVER === 'pg') {
      return; // deletes across the whole database: only on this file's own embedded database, not the shared one
    }
    const org = await makeOrg(db);
    const user = await makeUser(db, [{ organisationId: org.id, role: 'participant' }]);
    const [live, expired, idle] = [hash(), hash(), hash()];
    await db.query(
      `INSERT INTO sessions (token_hash, user_id, state, auth_method, csrf_token, expires_at, last_seen_at) VALUES
        ($1, $4, 'active', 'password', 'c', now() + interval '1 hour', now()),
        ($2, $4, 'active', 'password', 'c', now() - interval '1 second', now()),
        ($3, $4, 'active', 'password', 'c', now() + interval '1 hour', now() - interval '2 hours')`,
      [live, expired, idle, user.id],
    );
    const [freshToken, oldToken] = [hash(), hash()];
    await db.query(
      `INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at, used_at) VALUES
        ($1, 'passwordReset', $2, now() + interval '1 hour', NULL),
        ($1, 'passwordReset', $3, now() - interval '40 days', now() - interval '40 days')`,
      [user.id, freshToken, oldToken],
    );
    const marker = `hk-${hash()}@test.example`;
    await db.query(
      `INSERT INTO mail_outbox (to_address, subject, text_body, sent_at) VALUES
        ($1, 'oud', 'x', now() - interval '40 days'), ($1, 'nieuw', 'x', now()), ($1, 'wacht', 'x', NULL)`,
      [marker],
    );

    const removed = await deleteExpired(db, 60);
    expect(removed.sessions).toBeGreaterThanOrEqual(2);

    const { rows: sessions } = await db.query<{ token_hash: string }>(
      'SELECT token_hash FROM sessions WHERE user_id = $1',
      [user.id],
    );
    expect(sessions.map((s) => s.token_hash)).toEqual([live]);
    const { rows: tokens } = await db.query<{ token_hash: string }>(
      'SELECT token_hash FROM user_tokens WHERE user_id = $1',
      [user.id],
    );
    expect(tokens.map((t) => t.token_hash)).toEqual([freshToken]);
    const { rows: mail } = await db.query<{ subject: string }>(
      'SELECT subject FROM mail_outbox WHERE to_address = $1 ORDER BY subject',
      [marker],
    );
    expect(mail.map((m) => m.subject)).toEqual(['nieuw', 'wacht']);
  });
});
