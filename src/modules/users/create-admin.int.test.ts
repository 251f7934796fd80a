import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, login, type TestApp } from '../../../test/helpers.js';
import { makeOrg, uid } from '../../../test/factories.js';
import { createAdmin } from './create-admin.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('meedoen create-admin', () => {
  it('creates an administrator who can log in with the generated password and manage users', async () => {
    const org = await makeOrg(t.db);
    const email = `admin-${uid()}@test.example`;
    const result = await createAdmin(t.db, { email, name: 'Eerste Beheerder', organisationSlug: org.slug });
    expect(result.ok).toBe(true);
    const password = result.ok ? result.generatedPassword : null;
    expect(password).toMatch(/^.{16,}$/);
    const admin = await login(t.app, email, password!);
    expect((await admin.request('GET', '/api/v1/users?pageSize=1')).statusCode).toBe(200);
  });

  it('on a fresh installation creates the first organisation together with its administrator', async () => {
    const slug = `gemeente-${uid()}`;
    const result = await createAdmin(t.db, {
      email: `first-${uid()}@test.example`,
      name: 'Eerste',
      organisationSlug: slug,
      newOrganisation: { name: `Gemeente Nieuwegein ${uid()}`, type: 'gemeente', regionCode: 'AM13' },
    });
    expect(result.ok).toBe(true);
    const { rows } = await t.db.query<{ region_code: string }>(
      'SELECT region_code FROM organisations WHERE slug = $1',
      [slug],
    );
    expect(rows).toEqual([{ region_code: 'AM13' }]);
    const wrong = await createAdmin(t.db, {
      email: `x-${uid()}@test.example`,
      name: 'X',
      organisationSlug: `x-${uid()}`,
      newOrganisation: { name: 'X', type: 'castle', regionCode: 'AM13' },
    });
    expect(wrong.ok).toBe(false);
    expect(wrong.ok ? '' : wrong.message).toContain('Unknown organisation type "castle"');
  });

  it('refuses an unknown organisation and a weak password with a clear message', async () => {
    expect(
      await createAdmin(t.db, { email: `a-${uid()}@test.example`, name: 'X', organisationSlug: 'no-such-org' }),
    ).toEqual({ ok: false, message: 'No organisation with slug "no-such-org".' });
    const org = await makeOrg(t.db);
    const weak = await createAdmin(t.db, {
      email: `b-${uid()}@test.example`,
      name: 'X',
      organisationSlug: org.slug,
      password: 'short',
    });
    expect(weak.ok).toBe(false);
  });
});
