/**
 * Login through an organisation's own OpenID Connect provider, end to end against a real
 * oidc-provider on 127.0.0.1 (its development login and consent pages, driven with fetch).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildTestApp, cookieFrom, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';

/** oidc-provider ships no type declarations; this is the little the test uses. */
interface OidcProvider {
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => void;
}
type OidcProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/v1/oidc/callback`;
const SECRET_ENV = 'MEEDOEN_TEST_OIDC_SECRET';
const CLIENT_SECRET = `secret-${uid()}-${uid()}`;
const MAX_STEPS = 12;

/** The provider's people: account id → e-mail (all verified). */
const accounts = new Map<string, string>();

let t: TestApp;
let server: http.Server;
let issuer: string;
let admin: Client;
/** Trusts the provider's own second factor; confidential client configured through the admin API. */
let trusted: { id: string; slug: string };
/** Does not trust it (Meedoen's TOTP still applies); public client with PKCE only. */
let untrusted: { id: string; slug: string };

beforeAll(async () => {
  process.env[SECRET_ENV] = CLIENT_SECRET;
  t = await buildTestApp({ MFA_REQUIRED_ROLES: 'jobCoach' });

  let handler: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const moduleName = 'oidc-provider';
  const Provider = ((await import(moduleName)) as { default: OidcProviderClass }).default;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'meedoen',
        client_secret: CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_basic',
        redirect_uris: [CALLBACK],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      {
        client_id: 'meedoen-public',
        token_endpoint_auth_method: 'none',
        redirect_uris: [CALLBACK],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: [`cookie-key-${uid()}`] },
    async findAccount(_ctx: unknown, accountId: string) {
      const email = accounts.get(accountId);
      if (!email) {
        return undefined;
      }
      return {
        accountId,
        async claims() {
          return { sub: accountId, email, email_verified: true, name: `Persoon ${accountId}` };
        },
      };
    },
  });
  handler = provider.callback();

  const adminOrg = await makeOrg(t.db);
  admin = await login(
    t.app,
    (await makeUser(t.db, [{ organisationId: adminOrg.id, role: 'administrator' }])).email,
    PASSWORD,
  );
  trusted = await makeOrg(t.db);
  const put = await admin.request('PUT', `/api/v1/organisations/${trusted.id}/oidc-provider`, {
    issuer: `${issuer}/`,
    clientId: 'meedoen',
    clientSecretEnv: SECRET_ENV,
    displayName: 'Inloggen met Gemeente-account',
    trustSecondFactor: true,
    enabled: true,
  });
  expect(put.statusCode, put.body).toBe(200);
  untrusted = await makeOrg(t.db);
  await t.db.query(
    `INSERT INTO oidc_providers (organisation_id, issuer, client_id, client_secret_env, display_name, trust_second_factor, enabled)
     VALUES ($1, $2, 'meedoen-public', NULL, 'Inloggen met GGZ-account', false, true)`,
    [untrusted.id, issuer],
  );
});

afterAll(async () => {
  await t?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  delete process.env[SECRET_ENV];
});

/** A minimal cookie jar for the provider (one host, so paths and domains are ignored). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=.*1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Starts a login at Meedoen and expects the redirect to the provider. */
async function startAt(slug: string): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/oidc/${slug}/authorization` });
  expect(res.statusCode, res.body).toBe(302);
  const location = String(res.headers.location);
  const url = new URL(location);
  expect(url.origin).toBe(issuer);
  expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('scope')).toBe('openid email profile');
  expect(url.searchParams.get('state')).toBeTruthy();
  expect(url.searchParams.get('nonce')).toBeTruthy();
  return location;
}

/**
 * Signs in at the provider as `accountId` (development login page, then consent), following each
 * redirect by hand; returns the path and query of the redirect back to Meedoen's callback.
 */
async function signInAtProvider(authorizationUrl: string, accountId: string): Promise<string> {
  const jar = new CookieJar();
  let res = await fetch(authorizationUrl, { redirect: 'manual', headers: { cookie: jar.header() } });
  for (let step = 0; step < MAX_STEPS; step++) {
    jar.store(res);
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, res.url || authorizationUrl);
      if (next.href.startsWith(`${CALLBACK}?`)) {
        return `${next.pathname}${next.search}`;
      }
      expect(next.origin).toBe(issuer);
      res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
      continue;
    }
    expect(res.status).toBe(200);
    const html = await res.text();
    const uidMatch = /\/interaction\/([A-Za-z0-9_-]+)/.exec(html);
    const prompt = /name="prompt" value="(login|consent)"/.exec(html)?.[1];
    if (!uidMatch || !prompt) {
      throw new Error(`unexpected provider page: ${html.slice(0, 300)}`);
    }
    const body =
      prompt === 'login'
        ? new URLSearchParams({ prompt, login: accountId, password: 'x' })
        : new URLSearchParams({ prompt });
    res = await fetch(`${issuer}/interaction/${uidMatch[1]}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  }
  throw new Error(`no redirect to the callback within ${MAX_STEPS} steps`);
}

/** Runs the whole journey and returns Meedoen's answer to the callback. */
async function oidcLogin(slug: string, accountId: string): Promise<LightMyRequestResponse> {
  const callbackPath = await signInAtProvider(await startAt(slug), accountId);
  // A client address of this file's own, so its audit records can be told apart on a shared database.
  return t.app.inject({ method: 'GET', url: callbackPath, remoteAddress: CLIENT });
}

function newAccount(email: string): string {
  const accountId = `acct-${uid()}`;
  accounts.set(accountId, email);
  return accountId;
}

async function oidcAudit(userId: string): Promise<{ outcome: string; actor_type: string }[]> {
  const { rows } = await t.db.query<{ outcome: string; actor_type: string }>(
    `SELECT outcome, actor_type FROM audit_events WHERE action = 'auth.oidcLogin' AND user_id = $1 ORDER BY occurred_at`,
    [userId],
  );
  return rows;
}

const CLIENT = '192.0.2.77';

async function countDenied(): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>(
    `SELECT count(*) AS n FROM audit_events WHERE action = 'auth.oidcLogin' AND outcome = 'denied' AND client_address = $1`,
    [CLIENT],
  );
  return rows[0]!.n;
}

describe('login through the organisation (OpenID Connect)', () => {
  it('lists the organisation as a login option', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/login-options' });
    expect(res.json<{ items: { organisationSlug: string; url: string }[] }>().items).toContainEqual(
      expect.objectContaining({ organisationSlug: trusted.slug, url: `/api/v1/oidc/${trusted.slug}/authorization` }),
    );
  });

  it('a member logs in at the provider, is linked by verified e-mail, gets a session and an audit record', async () => {
    const user = await makeUser(t.db, [{ organisationId: trusted.id, role: 'participant' }]);
    const accountId = newAccount(user.email.toUpperCase());
    const res = await oidcLogin(trusted.slug, accountId);
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = cookieFrom(res);
    const current = await t.app.inject({ method: 'GET', url: '/api/v1/sessions/current', headers: { cookie } });
    expect(current.statusCode, current.body).toBe(200);
    expect(current.json()).toMatchObject({ state: 'active', user: { id: user.id, email: user.email } });

    const { rows: links } = await t.db.query<{ user_id: string }>(
      'SELECT user_id FROM oidc_identities WHERE organisation_id = $1 AND subject = $2',
      [trusted.id, accountId],
    );
    expect(links).toEqual([{ user_id: user.id }]);
    const { rows: sessions } = await t.db.query<{ auth_method: string }>(
      'SELECT auth_method FROM sessions WHERE user_id = $1',
      [user.id],
    );
    expect(sessions).toEqual([{ auth_method: 'oidc' }]);
    expect(await oidcAudit(user.id)).toEqual([{ outcome: 'allowed', actor_type: 'anonymous' }]);
    // The user sees the login in their own audit log.
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/me/audit-events', headers: { cookie } });
    expect(own.json<{ items: { action: string; outcome: string }[] }>().items).toContainEqual(
      expect.objectContaining({ action: 'auth.oidcLogin', outcome: 'allowed' }),
    );

    // The next login finds the linked subject even after the e-mail address changed at the provider.
    accounts.set(accountId, `changed-${uid()}@elsewhere.example`);
    const again = await oidcLogin(trusted.slug, accountId);
    expect(again.headers.location).toBe('/');
    expect(cookieFrom(again)).toMatch(/^meedoen_session=/);
  });

  it('a job coach whose provider does the second factor is fully logged in; without that trust, Meedoen asks for TOTP setup', async () => {
    const coach = await makeUser(t.db, [
      { organisationId: trusted.id, role: 'jobCoach' },
      { organisationId: untrusted.id, role: 'jobCoach' },
    ]);
    const viaTrusted = await oidcLogin(trusted.slug, newAccount(coach.email));
    expect(viaTrusted.headers.location).toBe('/');
    const s1 = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sessions/current',
      headers: { cookie: cookieFrom(viaTrusted) },
    });
    expect(s1.json<{ state: string }>().state).toBe('active');

    const viaUntrusted = await oidcLogin(untrusted.slug, newAccount(coach.email));
    expect(viaUntrusted.statusCode).toBe(302);
    expect(viaUntrusted.headers.location).toBe('/tweede-stap-instellen');
    const cookie = cookieFrom(viaUntrusted);
    const s2 = await t.app.inject({ method: 'GET', url: '/api/v1/sessions/current', headers: { cookie } });
    expect(s2.json<{ state: string }>().state).toBe('secondFactorSetup');
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } }),
      401,
      'second-factor-required',
    );
  });

  it('refuses a person the provider knows but who is no member of that organisation: back to the login page, no cookie, audited', async () => {
    const outsider = await makeUser(t.db, [{ organisationId: untrusted.id, role: 'participant' }]);
    const deniedBefore = await countDenied();
    const res = await oidcLogin(trusted.slug, newAccount(outsider.email));
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/inloggen?fout=oidc');
    expect(res.headers['set-cookie']).toBeUndefined();
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM oidc_identities WHERE user_id = $1', [
      outsider.id,
    ]);
    expect(rows[0]!.n).toBe(0);
    expect(await countDenied()).toBe(deniedBefore + 1);
  });

  it('refuses a disabled account even when its subject was linked before', async () => {
    const user = await makeUser(t.db, [{ organisationId: trusted.id, role: 'participant' }]);
    const accountId = newAccount(user.email);
    expect((await oidcLogin(trusted.slug, accountId)).headers.location).toBe('/');
    await t.db.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [user.id]);
    const res = await oidcLogin(trusted.slug, accountId);
    expect(res.headers.location).toBe('/inloggen?fout=oidc');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await oidcAudit(user.id)).toEqual([
      { outcome: 'allowed', actor_type: 'anonymous' },
      { outcome: 'denied', actor_type: 'anonymous' },
    ]);
  });

  it('refuses a replayed callback, an unknown state and a provider error without a cookie or an error page', async () => {
    const user = await makeUser(t.db, [{ organisationId: trusted.id, role: 'participant' }]);
    const callbackPath = await signInAtProvider(await startAt(trusted.slug), newAccount(user.email));
    const first = await t.app.inject({ method: 'GET', url: callbackPath });
    expect(first.headers.location).toBe('/');
    const replay = await t.app.inject({ method: 'GET', url: callbackPath });
    expect(replay.statusCode).toBe(302);
    expect(replay.headers.location).toBe('/inloggen?fout=oidc');
    expect(replay.headers['set-cookie']).toBeUndefined();

    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/oidc/callback?code=abc&state=not-a-state' });
    expect(unknown.statusCode).toBe(302);
    expect(unknown.headers.location).toBe('/inloggen?fout=oidc');
    const bare = await t.app.inject({ method: 'GET', url: '/api/v1/oidc/callback' });
    expect(bare.headers.location).toBe('/inloggen?fout=oidc');

    // The user cancels at the provider: the state is used up and nothing else happens.
    const state = new URL(await startAt(trusted.slug)).searchParams.get('state')!;
    const cancelled = await t.app.inject({
      method: 'GET',
      url: `/api/v1/oidc/callback?error=access_denied&error_description=End-User%20aborted&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(issuer)}`,
    });
    expect(cancelled.statusCode).toBe(302);
    expect(cancelled.headers.location).toBe('/inloggen?fout=oidc');
    expect(cancelled.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a state that has expired, and clears expired states when a new login starts', async () => {
    const user = await makeUser(t.db, [{ organisationId: untrusted.id, role: 'participant' }]);
    const authorizationUrl = await startAt(untrusted.slug);
    const callbackPath = await signInAtProvider(authorizationUrl, newAccount(user.email));
    await t.db.query(
      `UPDATE oidc_login_states SET expires_at = now() - interval '1 minute' WHERE organisation_id = $1`,
      [untrusted.id],
    );
    const res = await t.app.inject({ method: 'GET', url: callbackPath });
    expect(res.headers.location).toBe('/inloggen?fout=oidc');
    expect(res.headers['set-cookie']).toBeUndefined();

    const staleHash = `stale-${uid()}`;
    await t.db.query(
      `INSERT INTO oidc_login_states (state_hash, organisation_id, code_verifier, nonce, expires_at)
       VALUES ($1, $2, 'v', 'n', now() - interval '1 minute')`,
      [staleHash, untrusted.id],
    );
    await startAt(untrusted.slug);
    const { rows } = await t.db.query('SELECT 1 FROM oidc_login_states WHERE state_hash = $1', [staleHash]);
    expect(rows).toHaveLength(0);
  });

  it('answers 404 for an organisation without an enabled provider, and the OpenAPI document describes the redirects', async () => {
    const plain = await makeOrg(t.db);
    expectProblem(
      await t.app.inject({ method: 'GET', url: `/api/v1/oidc/${plain.slug}/authorization` }),
      404,
      'not-found',
    );
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/v1/oidc/geen-organisatie-hier/authorization' }),
      404,
      'not-found',
    );
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, { get?: { responses: Record<string, { headers?: Record<string, unknown> }> } }>;
    }>();
    for (const path of ['/oidc/{organisationSlug}/authorization', '/oidc/callback']) {
      expect(doc.paths[path]?.get?.responses['302']?.headers, path).toHaveProperty('Location');
    }
  });
});
