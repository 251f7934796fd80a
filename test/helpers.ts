/**
 * Test support: build the app on the run's database, log in as someone, check problem answers.
 * Each test file gets its own app; data isolation comes from factories with random names and ids.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject, expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/platform/config/config.js';
import { openPglite, openPostgres, type Db } from '../src/platform/db/db.js';
import type { RegisteredRoute } from '../src/platform/http/route-guard.js';
import { traced } from './sql-trace.js';
import { deliverDueMail } from '../src/platform/mail/worker.js';
import type { MailTransport } from '../src/platform/mail/transport.js';

export interface TestApp {
  app: App & { routeRegistry: RegisteredRoute[] };
  db: Db;
  config: Config;
  /** Mails sent since this app started, in order (due mail is delivered first). */
  mails(): Promise<{ to: string; subject: string; text: string }[]>;
  close(): Promise<void>;
}

export const DRIVER = (process.env.DB_DRIVER ?? 'pglite') as 'pglite' | 'pg';

/** Opens a database for one test file: a copy of the migrated PGlite template, or the run's PG database. */
export async function openTestDb(): Promise<Db> {
  const url = inject('databaseUrl');
  if (url) {
    return traced(await openPostgres(url, 5));
  }
  const template = inject('pgliteTemplate');
  const blob = new Blob([fs.readFileSync(template)]);
  return traced(await openPglite(null, blob));
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await openTestDb();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SERVE_WEB: '0',
    LOG_LEVEL: 'silent',
    DEMO: '0',
    PUBLIC_URL: 'http://localhost:3000',
    MFA_REQUIRED_ROLES: 'none',
    LOGIN_RATE_LIMIT: '100000',
    ...env,
  });
  const started = new Date(Date.now() - 1000);
  const app = await buildApp({ config, db, logger: false });
  const transport: MailTransport = {
    kind: 'file',
    async send() {},
    close() {},
  };
  return {
    app,
    db,
    config,
    async mails() {
      await deliverDueMail(db, transport);
      // On the shared PostgreSQL database another test file's delivery may have taken this file's mail:
      // the outbox itself is the record of what was sent (each test looks for its own unique addresses).
      const { rows } = await db.query<{ to: string; subject: string; text: string }>(
        `SELECT to_address AS "to", subject, text_body AS "text" FROM mail_outbox
         WHERE created_at >= $1 AND sent_at IS NOT NULL ORDER BY created_at, id`,
        [started],
      );
      return rows;
    },
    async close() {
      await app.close();
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A logged-in browser-like client: keeps the cookie and sends the CSRF token on changes. */
export interface Client {
  cookie: string;
  csrf: string;
  userId: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (!first) {
    throw new Error(`no cookie set (status ${res.statusCode}: ${res.body})`);
  }
  return first.split(';')[0]!;
}

export function clientFor(app: App, cookie: string, csrf: string, userId: string): Client {
  return {
    cookie,
    csrf,
    userId,
    request(method, url, body, headers = {}) {
      return app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }), ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
    },
  };
}

/** Logs in with e-mail and password; expects a fully active session. */
export async function login(app: App, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json<{ state: string; csrfToken: string; user: { id: string } }>();
  expect(body.state).toBe('active');
  return clientFor(app, cookieFrom(res), body.csrfToken, body.user.id);
}

/** Asserts a problem+json answer with the given status and code; returns the body. */
export function expectProblem(res: LightMyRequestResponse, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<{
    type: string;
    title: string;
    status: number;
    detail: string;
    instance: string;
    code: string;
    errors?: { in: string; location: { pointer: string }; code: string; detail: string }[];
  }>();
  expect(body.status).toBe(status);
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  if (code) {
    expect(body.code).toBe(code);
  }
  expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  return body;
}
