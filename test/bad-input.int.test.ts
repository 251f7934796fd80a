/**
 * Bad input never becomes a 500 and never loses its shape: every route answers junk (NUL bytes,
 * overlong strings, malformed JSON, junk ids and numbers, wrong types) with a problem+json 4xx.
 * Property-based: fast-check generates the junk; every registered route is hit as an administrator.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from './helpers.js';
import { makeOrg, makeUser, PASSWORD } from './factories.js';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await makeOrg(t.db);
  const user = await makeUser(t.db, [{ organisationId: org.id, role: 'administrator' }]);
  admin = await login(t.app, user.email, PASSWORD);
});
afterAll(async () => {
  await t.close();
});

const junkString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '%00',
    '../../etc/passwd',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '9'.repeat(400),
    'x'.repeat(5000),
    '-1',
    '1e309',
    'NaN',
    '\uD800',
  ),
);
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  junkString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(junkString, { maxLength: 3 }),
  fc.dictionary(junkString, junkString, { maxKeys: 3 }),
);
const junkBody = fc.dictionary(
  fc.constantFrom(
    'email',
    'password',
    'name',
    'type',
    'regionCode',
    'municipalityCode',
    'organisationId',
    'role',
    'code',
    'token',
    'status',
    'language',
    'actions',
    'expiresAt',
    'issuer',
    'clientId',
    'slug',
    '\u0000key',
    'extra',
  ),
  junkValue,
  { maxKeys: 6 },
);

describe('bad input', () => {
  it('malformed JSON, a wrong content type and an oversized body get 400/415/413 problems', async () => {
    const bad = await admin.request('POST', '/api/v1/organisations', '{"name": "x",', {
      'content-type': 'application/json',
    });
    expect(expectProblem(bad, 400, 'invalid-input').errors?.[0]?.code).toBe('invalid-json');
    expectProblem(
      await admin.request('POST', '/api/v1/organisations', 'name=x', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
      415,
    );
    expectProblem(await admin.request('POST', '/api/v1/organisations', { name: 'x'.repeat(2 * 1024 * 1024) }), 413);
  });

  it('a NUL byte in a field names that field', async () => {
    const res = await admin.request('PATCH', '/api/v1/me', { name: 'Jan\u0000' });
    const body = expectProblem(res, 400, 'invalid-input');
    expect(body.errors).toEqual([
      expect.objectContaining({ in: 'body', location: { pointer: '/name' }, code: 'no-nul' }),
    ]);
  });

  it('all field errors come at once, each with its pointer', async () => {
    const res = await admin.request('POST', '/api/v1/organisations', {
      name: '',
      type: 'castle',
      regionCode: 'AM99x',
      unknown: 1,
    });
    const body = expectProblem(res, 400, 'invalid-input');
    const pointers = body.errors!.map((e) => e.location.pointer).sort();
    expect(pointers).toEqual(['/name', '/regionCode', '/type', '/unknown']);
    expect(body.detail).toBe('4 velden zijn niet goed ingevuld.');
  });

  it('junk ids and query values in paths are 400 or 404, never 500', async () => {
    for (const url of [
      '/api/v1/users/not-a-uuid',
      '/api/v1/users/%00',
      '/api/v1/organisations/123',
      '/api/v1/users?page=-1',
      '/api/v1/users?pageSize=1e9',
      '/api/v1/users?organisationId=%27',
      '/api/v1/audit-events?from=yesterday',
      '/api/v1/users/',
      '/api/v1/nothing-here',
    ]) {
      const res = await admin.request('GET', url);
      expect([400, 404], `${url} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('every route answers generated junk with a 4xx problem, never a 500 (property)', async () => {
    const routes = t.app.routeRegistry.filter(
      (r) =>
        r.url !== '/*' &&
        !['DELETE /api/v1/sessions/current', 'DELETE /api/v1/me/sessions'].includes(`${r.method} ${r.url}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), junkBody, junkString, async (route, body, param) => {
        const encoded = (() => {
          try {
            return encodeURIComponent(param);
          } catch {
            return '%ED%A0%80'; // a lone surrogate: invalid UTF-8 in the path
          }
        })();
        const url = route.url.replace(/:[A-Za-z]+/g, () => encoded.slice(0, 300) || 'x');
        const res = await admin.request(route.method, url, route.method === 'GET' ? undefined : body);
        if (res.statusCode >= 500) {
          throw new Error(
            `${route.method} ${url} ${JSON.stringify(body).slice(0, 300)} → ${res.statusCode} ${res.body}`,
          );
        }
        if (res.statusCode >= 400) {
          // The public knowledge pages are HTML for browsers: their errors are HTML pages (or problem+json when
          // the router itself refuses the URL, before any route runs).
          const page = route.url.startsWith('/kennisbank');
          expect(res.headers['content-type']).toMatch(page ? /^text\/html|problem\+json/ : /problem\+json/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
