/** `meedoen create-admin`: an administrator for a fresh installation (no second factor yet: set up at first login). */
import type { Db } from '../../platform/db/db.js';
import { systemData } from '../../platform/access/system.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { checkPasswordRule, hashPassword } from '../auth/passwords.js';
import { ORGANISATION_TYPES } from '../organisations/organisations.schemas.js';

export async function createAdmin(
  db: Db,
  input: {
    email: string;
    name: string;
    organisationSlug: string;
    password?: string;
    /** Creates the organisation first (a fresh installation has none). */
    newOrganisation?: { name: string; type: string; regionCode: string };
  },
): Promise<{ ok: true; generatedPassword: string | null } | { ok: false; message: string }> {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) {
    return { ok: false, message: `"${input.email}" is not an e-mail address.` };
  }
  const generated = input.password === undefined ? randomToken(15) : null;
  const password = input.password ?? generated!;
  if (checkPasswordRule(password, input.email, '/password').length > 0) {
    return { ok: false, message: 'The password must have at least 12 characters and differ from the e-mail address.' };
  }
  const hash = await hashPassword(password);
  return systemData(db, 'create administrator (CLI)').run(async (scope) => {
    if (input.newOrganisation) {
      const { name, type, regionCode } = input.newOrganisation;
      if (!ORGANISATION_TYPES.includes(type as (typeof ORGANISATION_TYPES)[number])) {
        return {
          ok: false as const,
          message: `Unknown organisation type "${type}"; use one of ${ORGANISATION_TYPES.join(', ')}.`,
        };
      }
      const { rows: region } = await scope.q.query('SELECT 1 FROM regions WHERE code = $1', [regionCode]);
      if (region.length === 0) {
        return {
          ok: false as const,
          message: `Unknown arbeidsmarktregio "${regionCode}" (use a CBS code such as AM13).`,
        };
      }
      const { rows: taken } = await scope.q.query(
        'SELECT 1 FROM organisations WHERE slug = $1 OR lower(name) = lower($2)',
        [input.organisationSlug, name],
      );
      if (taken.length > 0) {
        return {
          ok: false as const,
          message: `An organisation with slug "${input.organisationSlug}" or name "${name}" already exists.`,
        };
      }
      await scope.q.query('INSERT INTO organisations (name, type, region_code, slug) VALUES ($1, $2, $3, $4)', [
        name,
        type,
        regionCode,
        input.organisationSlug,
      ]);
    }
    const { rows: orgs } = await scope.q.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [
      input.organisationSlug,
    ]);
    const org = orgs[0];
    if (!org) {
      return { ok: false as const, message: `No organisation with slug "${input.organisationSlug}".` };
    }
    const { rows: existing } = await scope.q.query<{ id: string }>(
      'SELECT id FROM users WHERE lower(email) = lower($1)',
      [input.email],
    );
    let userId = existing[0]?.id;
    if (userId) {
      await scope.q.query(`UPDATE users SET password_hash = $2, status = 'active', updated_at = now() WHERE id = $1`, [
        userId,
        hash,
      ]);
    } else {
      const { rows } = await scope.q.query<{ id: string }>(
        `INSERT INTO users (email, name, password_hash, status) VALUES ($1, $2, $3, 'active') RETURNING id`,
        [input.email, input.name, hash],
      );
      userId = rows[0]!.id;
    }
    await scope.q.query(
      `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'administrator') ON CONFLICT DO NOTHING`,
      [userId, org.id],
    );
    scope.auditEvent('admin.created', { type: 'user', id: userId, userId, organisationId: org.id }, 'allowed');
    return { ok: true as const, generatedPassword: generated };
  });
}
