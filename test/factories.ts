/** Test data with random names, so test files can share one database without interfering. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../src/platform/db/db.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import type { RoleName } from '../src/platform/config/config.js';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

export function uid(): string {
  return randomBytes(5).toString('hex');
}

export async function makeOrg(
  db: Db,
  overrides: { name?: string; type?: string; regionCode?: string } = {},
): Promise<{ id: string; name: string; slug: string }> {
  const suffix = uid();
  const name = overrides.name ?? `Testorganisatie ${suffix}`;
  const slug = `test-${suffix}`;
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO organisations (name, type, region_code, slug) VALUES ($1, $2, $3, $4) RETURNING id',
    [name, overrides.type ?? 'gemeente', overrides.regionCode ?? 'AM13', slug],
  );
  return { id: rows[0]!.id, name, slug };
}

export async function makeUser(
  db: Db,
  memberships: { organisationId: string; role: RoleName }[],
  overrides: { email?: string; name?: string; status?: string; password?: string | null } = {},
): Promise<{ id: string; email: string; name: string }> {
  const email = overrides.email ?? `user-${uid()}@test.example`;
  const name = overrides.name ?? `Test Gebruiker ${uid()}`;
  passwordHash ??= hashPassword(PASSWORD);
  const hash =
    overrides.password === null
      ? null
      : overrides.password
        ? await hashPassword(overrides.password)
        : await passwordHash;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (email, name, password_hash, status) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, name, hash, overrides.status ?? 'active'],
  );
  const id = rows[0]!.id;
  for (const m of memberships) {
    await db.query('INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
      id,
      m.organisationId,
      m.role,
    ]);
  }
  return { id, email, name };
}
