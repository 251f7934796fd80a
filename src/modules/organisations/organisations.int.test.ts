import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp({ OIDC_TEST_SECRET: 's3cret-from-env' });
  const org = await makeOrg(t.db);
  admin = await login(
    t.app,
    (await makeUser(t.db, [{ organisationId: org.id, role: 'administrator' }])).email,
    PASSWORD,
  );
});
afterAll(async () => {
  await t.close();
});

describe('organisations', () => {
  it('an administrator adds a GGZ institution in a real gemeente of its region; the slug is derived from the name', async () => {
    const name = `GGZ Rivierduinen ${uid()}`;
    const res = await admin.request('POST', '/api/v1/organisations', {
      name,
      type: 'ggz',
      regionCode: 'AM19',
      municipalityCode: 'GM0546',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name,
      type: 'ggz',
      regionCode: 'AM19',
      regionName: 'Holland Rijnland',
      municipalityName: 'Leiden',
      slug: name.toLowerCase().replace(/ /g, '-'),
    });
  });

  it('refuses a gemeente outside the chosen region, an unknown region and a duplicate name, all at once', async () => {
    const existing = await makeOrg(t.db);
    const res = await admin.request('POST', '/api/v1/organisations', {
      name: existing.name,
      type: 'gemeente',
      regionCode: 'AM13',
      municipalityCode: 'GM0546',
    });
    const body = expectProblem(res, 400, 'invalid-input');
    expect(body.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/municipalityCode', 'municipality-outside-region'],
      ['/name', 'name-taken'],
    ]);
    const unknown = expectProblem(
      await admin.request('POST', '/api/v1/organisations', { name: `X ${uid()}`, type: 'uwv', regionCode: 'AM04' }),
      400,
    );
    expect(unknown.errors?.[0]).toMatchObject({
      location: { pointer: '/regionCode' },
      code: 'region-unknown',
      detail: 'Deze arbeidsmarktregio bestaat niet.',
    });
  });

  it('every logged-in role can list organisations, filtered by region and type', async () => {
    const org = await makeOrg(t.db, { type: 'school', regionCode: 'AM02' });
    const participant = await login(
      t.app,
      (await makeUser(t.db, [{ organisationId: org.id, role: 'participant' }])).email,
      PASSWORD,
    );
    const list = (await participant.request('GET', '/api/v1/organisations?regionCode=AM02&type=school')).json<{
      items: { id: string }[];
    }>();
    expect(list.items.map((o) => o.id)).toContain(org.id);
    expect(list.items.every((o) => o.id)).toBe(true);
    expectProblem(await participant.request('PATCH', `/api/v1/organisations/${org.id}`, { name: 'Overgenomen' }), 403);
  });

  it('configures an OpenID Connect provider whose secret lives in the environment, and lists it as a login option', async () => {
    const org = await makeOrg(t.db);
    expectProblem(await admin.request('GET', `/api/v1/organisations/${org.id}/oidc-provider`), 404);
    const missing = expectProblem(
      await admin.request('PUT', `/api/v1/organisations/${org.id}/oidc-provider`, {
        issuer: 'https://login.example/',
        clientId: 'meedoen',
        clientSecretEnv: 'NOT_SET_ANYWHERE',
        displayName: 'Inloggen met Gemeente-account',
        trustSecondFactor: true,
        enabled: true,
      }),
      400,
    );
    expect(missing.errors?.[0]?.location.pointer).toBe('/clientSecretEnv');
    const provider = {
      issuer: 'https://login.example/',
      clientId: 'meedoen',
      clientSecretEnv: null,
      displayName: 'Inloggen met Gemeente-account',
      trustSecondFactor: true,
      enabled: true,
    };
    const res = await admin.request('PUT', `/api/v1/organisations/${org.id}/oidc-provider`, provider);
    expect(res.json()).toEqual({ ...provider, issuer: 'https://login.example' });
    const options = (await t.app.inject({ method: 'GET', url: '/api/v1/login-options' })).json<{
      items: { organisationSlug: string; url: string }[];
    }>();
    expect(options.items).toContainEqual(
      expect.objectContaining({ organisationSlug: org.slug, url: `/api/v1/oidc/${org.slug}/authorization` }),
    );
    expect((await admin.request('DELETE', `/api/v1/organisations/${org.id}/oidc-provider`)).statusCode).toBe(204);
  });
});

describe('users and roles', () => {
  it('finds users by name, organisation and role, paged', async () => {
    const org = await makeOrg(t.db);
    const marker = uid();
    for (let i = 0; i < 3; i++) {
      await makeUser(t.db, [{ organisationId: org.id, role: i === 0 ? 'jobCoach' : 'participant' }], {
        name: `Zoek ${marker} ${i}`,
      });
    }
    const page = (await admin.request('GET', `/api/v1/users?q=${marker}&organisationId=${org.id}&pageSize=2`)).json<{
      items: { name: string }[];
      total: number;
      page: number;
    }>();
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
    const coaches = (await admin.request('GET', `/api/v1/users?q=${marker}&role=jobCoach`)).json<{
      items: { name: string }[];
    }>();
    expect(coaches.items.map((u) => u.name)).toEqual([`Zoek ${marker} 0`]);
    const literal = (
      await admin.request('GET', `/api/v1/users?q=${encodeURIComponent('%')}&organisationId=${org.id}`)
    ).json<{ total: number }>();
    expect(literal.total).toBe(0);
  });

  it('blocking a user ends their sessions and stops their login', async () => {
    const org = await makeOrg(t.db);
    const victim = await makeUser(t.db, [{ organisationId: org.id, role: 'consultant' }]);
    const session = await login(t.app, victim.email, PASSWORD);
    expect(
      (await admin.request('PATCH', `/api/v1/users/${victim.id}`, { status: 'disabled' })).json<{ status: string }>()
        .status,
    ).toBe('disabled');
    expectProblem(await session.request('GET', '/api/v1/me'), 401);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: victim.email, password: PASSWORD },
      }),
      401,
      'login-failed',
    );
  });

  it('grants and removes a role', async () => {
    const org = await makeOrg(t.db);
    const other = await makeOrg(t.db);
    const user = await makeUser(t.db, [{ organisationId: org.id, role: 'jobCoach' }]);
    const added = (
      await admin.request('POST', `/api/v1/users/${user.id}/memberships`, {
        organisationId: other.id,
        role: 'employerAdviser',
      })
    ).json<{ memberships: { id: string; role: string }[] }>();
    expect(added.memberships.map((m) => m.role).sort()).toEqual(['employerAdviser', 'jobCoach']);
    const id = added.memberships.find((m) => m.role === 'employerAdviser')!.id;
    const removed = (await admin.request('DELETE', `/api/v1/users/${user.id}/memberships/${id}`)).json<{
      memberships: { role: string }[];
    }>();
    expect(removed.memberships.map((m) => m.role)).toEqual(['jobCoach']);
    expectProblem(await admin.request('GET', `/api/v1/users/${crypto.randomUUID()}`), 404);
  });
});

describe('API tokens for system integrations', () => {
  it('an administrator creates a token for a BI tool; it reads organisations statelessly until revoked', async () => {
    const org = await makeOrg(t.db);
    const expiresAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
    const bad = expectProblem(
      await admin.request('POST', '/api/v1/api-tokens', {
        organisationId: org.id,
        name: 'BI',
        actions: ['organisation.list', 'user.invite', 'made.up'],
        expiresAt: new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString(),
      }),
      400,
    );
    expect(bad.errors?.map((e) => e.code)).toEqual(['action-not-for-tokens', 'action-unknown', 'expiry-too-far']);
    const created = await admin.request('POST', '/api/v1/api-tokens', {
      organisationId: org.id,
      name: 'BI-koppeling',
      actions: ['organisation.list', 'organisation.read'],
      expiresAt,
    });
    expect(created.statusCode).toBe(201);
    const { id, secret } = created.json<{ id: string; secret: string }>();
    expect(secret).toMatch(/^mdn_/);
    const call = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization: `Bearer ${secret}` } });
    const res = await call();
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const listed = (await admin.request('GET', '/api/v1/api-tokens')).json<{
      items: { id: string; lastUsedAt: string | null }[];
    }>();
    expect(listed.items.find((x) => x.id === id)?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await admin.request('DELETE', `/api/v1/api-tokens/${id}`)).statusCode).toBe(204);
    expectProblem(await call(), 401, 'unauthenticated');
  });
});
