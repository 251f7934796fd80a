import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DRIVER, expectProblem, login, openTestDb, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../config/config.js';
import { installRouteGuard, RouteWithoutAccessError } from './route-guard.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ METRICS_TOKEN: 'metrics-token-0123456789' });
});
afterAll(async () => {
  await t.close();
});

describe('HTTP conventions', () => {
  it('sends the security headers, API-Version and no-store on API answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['api-version']).toBe('1.0.0');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS and Secure __Host- cookies when PUBLIC_URL is https', async () => {
    const secure = await buildTestApp({ PUBLIC_URL: 'https://meedoen.example' });
    try {
      const org = await makeOrg(secure.db);
      const user = await makeUser(secure.db, [{ organisationId: org.id, role: 'participant' }]);
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: user.email, password: PASSWORD },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/^__Host-meedoen_session=.*; Secure/);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });

  it('serves the OpenAPI 3.1 document publicly with CORS open', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    // paths are relative to the server URL …/api/v1
    expect(Object.keys(doc.paths)).toContain('/organisations/{id}');
  });

  it('a trailing slash is a 404, not a redirect (NL API Design Rules)', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/regions/' }), 404, 'not-found');
  });

  it('readiness reports the database and migrations', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(res.json()).toEqual({ status: 'ok', database: true, migrations: true });
  });

  it('metrics need the metrics token or an administrator', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/metrics' }), 401);
    const ok = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-token-0123456789' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('meedoen_http_request_duration_seconds');
    const org = await makeOrg(t.db);
    const participant = await login(
      t.app,
      (await makeUser(t.db, [{ organisationId: org.id, role: 'participant' }])).email,
      PASSWORD,
    );
    expectProblem(await participant.request('GET', '/metrics'), 403);
  });

  it('a 500 carries no internals, only the request id', async () => {
    if (DRIVER === 'pg') {
      return; // breaks a table on purpose: only on the per-file embedded database, never the shared PostgreSQL one
    }
    const broken = await buildTestApp();
    try {
      await broken.db.query('DROP TABLE oidc_providers CASCADE');
      const res = await broken.app.inject({ method: 'GET', url: '/api/v1/login-options' });
      const body = expectProblem(res, 500, 'internal');
      expect(body.instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(res.body).not.toMatch(/oidc_providers|relation|SELECT/);
    } finally {
      await broken.close();
    }
  });
});

describe('route guard', () => {
  it('refuses to register a route without an access declaration', async () => {
    const app = Fastify();
    installRouteGuard(app, []);
    expect(() => app.get('/open', async () => 'x')).toThrow(RouteWithoutAccessError);
    expect(() => app.get('/typo', { config: { access: 'organisation.reed' as never } }, async () => 'x')).toThrow(
      /unknown action/,
    );
    await app.close();
  });
});

describe('logs', () => {
  it('contain no e-mail addresses, names or search terms', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const db = await openTestDb();
    const config = loadConfig({
      SERVE_WEB: '0',
      DEMO: '0',
      MFA_REQUIRED_ROLES: 'none',
      LOG_LEVEL: 'info',
      LOGIN_RATE_LIMIT: '1000',
    });
    const app = await buildApp({
      config,
      db,
      logger: {
        level: 'info',
        stream,
        redact: ['req.headers.authorization', 'req.headers.cookie'],
        serializers: { req: (r: { method: string; url: string }) => ({ method: r.method, path: r.url.split('?')[0] }) },
      },
    });
    try {
      const org = await makeOrg(db);
      const user = await makeUser(db, [{ organisationId: org.id, role: 'administrator' }], { name: 'Geheime Naam' });
      const client = await login(app, user.email, PASSWORD);
      await client.request('GET', '/api/v1/users?q=Geheime');
      await app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: user.email, password: 'wrong password here' },
      });
      const all = lines.join('');
      expect(all.length).toBeGreaterThan(0);
      expect(all).not.toContain(user.email);
      expect(all).not.toContain('Geheime');
      expect(all).not.toContain(client.cookie.split('=')[1]!);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
