import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, clientFor, cookieFrom, expectProblem, login, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import { currentTotp } from './totp.js';
import { findProfile } from './auth.data.js';

let t: TestApp;
let orgId: string;

beforeAll(async () => {
  t = await buildTestApp({
    MFA_REQUIRED_ROLES: 'jobCoach,administrator',
    LOGIN_MAX_FAILURES: '3',
    LOGIN_LOCKOUT_MINUTES: '15',
  });
  orgId = (await makeOrg(t.db)).id;
});
afterAll(async () => {
  await t.close();
});

function tokenFrom(text: string, fragment: string): string {
  const match = new RegExp(`${fragment}#token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) {
    throw new Error(`no ${fragment} link in mail: ${text}`);
  }
  return match[1];
}

describe('login with e-mail and password', () => {
  it('a participant logs in, sees their session and logs out; the cookie is HttpOnly and SameSite=Strict', async () => {
    const user = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const body = res.json<{
      state: string;
      csrfToken: string;
      user: { id: string; memberships: { role: string }[] };
    }>();
    expect(body.state).toBe('active');
    expect(body.user.memberships.map((m) => m.role)).toEqual(['participant']);
    const client = clientFor(t.app, cookieFrom(res), body.csrfToken, body.user.id);
    expect((await client.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await client.request('DELETE', '/api/v1/sessions/current')).statusCode).toBe(204);
    expectProblem(await client.request('GET', '/api/v1/me'), 401, 'unauthenticated');
  });

  it('the own account lists every membership by organisation name, then role; each role counts once', async () => {
    const zorg = await makeOrg(t.db, { name: `Zorggroep ${Date.now()}`, type: 'ggz' });
    const gemeente = await makeOrg(t.db, { name: `Gemeente ${Date.now()}`, type: 'gemeente' });
    const user = await makeUser(t.db, [
      { organisationId: zorg.id, role: 'evaluator' },
      { organisationId: gemeente.id, role: 'programmeManager' },
      { organisationId: gemeente.id, role: 'evaluator' },
    ]);
    const client = await login(t.app, user.email, PASSWORD);
    const me = (await client.request('GET', '/api/v1/me')).json<{
      memberships: { id: string; organisationId: string; organisationName: string; role: string }[];
    }>();
    expect(me.memberships.map((m) => [m.organisationId, m.role])).toEqual([
      [gemeente.id, 'evaluator'],
      [gemeente.id, 'programmeManager'],
      [zorg.id, 'evaluator'],
    ]);
    expect(me.memberships.every((m) => m.id && m.organisationName.length > 0)).toBe(true);
    expect((await findProfile(t.db, user.id))?.roles.sort()).toEqual(['evaluator', 'programmeManager']);
    // Without any membership the account is still one row.
    const none = await makeUser(t.db, []);
    expect(await findProfile(t.db, none.id)).toMatchObject({ id: none.id, memberships: [], roles: [] });
  });

  it('a wrong password and an unknown e-mail get the same 401 answer', async () => {
    const user = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    const wrong = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: user.email, password: 'not the password' },
      }),
      401,
      'login-failed',
    );
    const unknown = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: 'nobody@test.example', password: 'whatever12345' },
      }),
      401,
      'login-failed',
    );
    expect(wrong.detail).toBe(unknown.detail);
  });

  it('locks the account after 3 failures, mails the user, and refuses even the right password until the lockout ends', async () => {
    const user = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    for (let i = 0; i < 2; i++) {
      expectProblem(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          payload: { email: user.email, password: `wrong-${i}-password` },
        }),
        401,
      );
    }
    const third = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: user.email, password: 'wrong-3-password' },
    });
    const locked = expectProblem(third, 429, 'account-locked');
    expect(locked.detail).toMatch(/15 minuten/);
    expect(third.headers['retry-after']).toBe('900');
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: user.email, password: PASSWORD },
      }),
      429,
      'account-locked',
    );
    const mails = (await t.mails()).filter((m) => m.to === user.email);
    expect(mails.map((m) => m.subject)).toContain('Uw Meedoen-account is tijdelijk geblokkeerd');
  });

  it('answers in English when the browser asks for it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' },
      payload: { email: 'x@test.example', password: 'whatever12345' },
    });
    expect(expectProblem(res, 401).detail).toBe('The e-mail address or the password is not correct.');
  });

  it('refuses a change without the CSRF token of the session', async () => {
    const user = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    const client = await login(t.app, user.email, PASSWORD);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: client.cookie },
      payload: { language: 'en' },
    });
    expectProblem(res, 403, 'csrf-failed');
    const foreign = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, origin: 'https://evil.example' },
      payload: { language: 'en' },
    });
    expectProblem(foreign, 403, 'csrf-failed');
    expect(
      (await client.request('PATCH', '/api/v1/me', { language: 'en' })).json<{ language: string }>().language,
    ).toBe('en');
  });
});

describe('second factor (TOTP)', () => {
  it('a job coach must set up TOTP at first login, gets recovery codes, and needs a code at the next login', async () => {
    const coach = await makeUser(t.db, [{ organisationId: orgId, role: 'jobCoach' }]);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: coach.email, password: PASSWORD },
    });
    const session = first.json<{ state: string; csrfToken: string; user: { id: string } }>();
    expect(session.state).toBe('secondFactorSetup');
    const partial = clientFor(t.app, cookieFrom(first), session.csrfToken, session.user.id);
    // Until the second factor is set up, nothing else is reachable.
    expectProblem(await partial.request('GET', '/api/v1/me'), 401, 'second-factor-required');

    const setup = await partial.request('POST', '/api/v1/me/second-factor');
    expect(setup.statusCode).toBe(201);
    const { secret, otpauthUri, qrSvg } = setup.json<{ secret: string; otpauthUri: string; qrSvg: string }>();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Meedoen:/);
    expect(qrSvg).toMatch(/^<svg/);
    expectProblem(await partial.request('PUT', '/api/v1/me/second-factor', { code: '000000' }), 400, 'invalid-input');
    const activated = await partial.request('PUT', '/api/v1/me/second-factor', { code: await currentTotp(secret) });
    expect(activated.statusCode).toBe(200);
    const { recoveryCodes } = activated.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(
      (await partial.request('GET', '/api/v1/me')).json<{ secondFactorEnabled: boolean }>().secondFactorEnabled,
    ).toBe(true);

    // Next login: the code from the app is needed; a used code cannot be replayed.
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: coach.email, password: PASSWORD },
    });
    const s2 = second.json<{ state: string; csrfToken: string; user: { id: string } }>();
    expect(s2.state).toBe('secondFactor');
    const c2 = clientFor(t.app, cookieFrom(second), s2.csrfToken, s2.user.id);
    expectProblem(await c2.request('GET', '/api/v1/me'), 401, 'second-factor-required');
    expectProblem(
      await c2.request('POST', '/api/v1/sessions/current/second-factor', { code: '123456' }),
      400,
      'second-factor-invalid',
    );
    const ok = await c2.request('POST', '/api/v1/sessions/current/second-factor', {
      code: recoveryCodes[0]!.toUpperCase(),
    });
    expect(ok.json<{ state: string }>().state).toBe('active');
    expect((await c2.request('GET', '/api/v1/me')).statusCode).toBe(200);

    // A recovery code works once.
    const third = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: coach.email, password: PASSWORD },
    });
    const s3 = third.json<{ csrfToken: string; user: { id: string } }>();
    const c3 = clientFor(t.app, cookieFrom(third), s3.csrfToken, s3.user.id);
    expectProblem(
      await c3.request('POST', '/api/v1/sessions/current/second-factor', { code: recoveryCodes[0]! }),
      400,
      'second-factor-invalid',
    );

    // A role that requires the second factor cannot turn it off.
    expectProblem(
      await c2.request('DELETE', '/api/v1/me/second-factor', { code: recoveryCodes[1]! }),
      403,
      'forbidden',
    );
  });
});

describe('password reset and invitations by e-mail', () => {
  it('a user resets a forgotten password through the mailed link; old sessions end; the link works once', async () => {
    const user = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    const old = await login(t.app, user.email, PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/password-reset-requests',
      payload: { email: user.email },
    });
    expect(res.statusCode).toBe(202);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/password-reset-requests',
      payload: { email: 'nobody-here@test.example' },
    });
    expect(unknown.statusCode).toBe(202);
    const mail = (await t.mails()).find((m) => m.to === user.email && m.subject === 'Nieuw wachtwoord voor Meedoen');
    expect(mail).toBeDefined();
    const token = tokenFrom(mail!.text, '/wachtwoord-herstellen');
    const weak = expectProblem(
      await t.app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { token, password: 'short' } }),
      400,
    );
    expect(weak.errors?.[0]?.location.pointer).toBe('/password');
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      payload: { token, password: 'a much better password' },
    });
    expect(done.statusCode).toBe(204);
    expectProblem(await old.request('GET', '/api/v1/me'), 401);
    await login(t.app, user.email, 'a much better password');
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/password-resets',
        payload: { token, password: 'yet another password' },
      }),
      400,
      'token-invalid',
    );
  });

  it('an administrator invites someone, who chooses a password through the mail and can then log in', async () => {
    // administrators need TOTP in this file's configuration; use a second app without the requirement
    const t2 = await buildTestApp();
    try {
      const orgId = (await makeOrg(t2.db)).id;
      const admin = await makeUser(t2.db, [{ organisationId: orgId, role: 'administrator' }]);
      const client = await login(t2.app, admin.email, PASSWORD);
      const email = `invitee-${Date.now()}@test.example`;
      const res = await client.request('POST', '/api/v1/invitations', {
        email,
        name: 'Nieuwe Collega',
        organisationId: orgId,
        role: 'consultant',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<{ status: string }>().status).toBe('invited');
      const again = expectProblem(
        await client.request('POST', '/api/v1/invitations', {
          email,
          name: 'Nog eens',
          organisationId: orgId,
          role: 'consultant',
        }),
        400,
      );
      expect(again.errors?.map((e) => e.location.pointer)).toEqual(['/email']);
      expectProblem(
        await t2.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          payload: { email, password: 'anything-long-enough' },
        }),
        401,
      );
      const mail = (await t2.mails()).find((m) => m.to === email);
      expect(mail?.text).toContain('Nieuwe Collega');
      const token = tokenFrom(mail!.text, '/uitnodiging');
      expect(
        (
          await t2.app.inject({
            method: 'POST',
            url: '/api/v1/invitation-acceptances',
            payload: { token, password: 'my own good password' },
          })
        ).statusCode,
      ).toBe(204);
      const invitee = await login(t2.app, email, 'my own good password');
      const me = (await invitee.request('GET', '/api/v1/me')).json<{
        memberships: { role: string; organisationId: string }[];
      }>();
      expect(me.memberships).toEqual([expect.objectContaining({ role: 'consultant', organisationId: orgId })]);
    } finally {
      await t2.close();
    }
  });

  it('logout everywhere ends every session of the user', async () => {
    const user = await makeUser(t.db, [{ organisationId: orgId, role: 'participant' }]);
    const a = await login(t.app, user.email, PASSWORD);
    const b = await login(t.app, user.email, PASSWORD);
    const list = (await a.request('GET', '/api/v1/me/sessions')).json<{ items: { current: boolean }[] }>();
    expect(list.items.length).toBe(2);
    expect(list.items.filter((s) => s.current)).toHaveLength(1);
    expect((await a.request('DELETE', '/api/v1/me/sessions')).statusCode).toBe(204);
    expectProblem(await b.request('GET', '/api/v1/me'), 401);
    expectProblem(await a.request('GET', '/api/v1/me'), 401);
  });
});
