/** `meedoen create-admin`: an administrator for a fresh installation (no second factor yet: set up at first login). */
import type { Db } from '../../platform/db/db.js';
import { systemData } from '../../platform/access/system.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { checkPasswordRule, hashPassword } from '../auth/passwords.js';
import { ORGANISATION_TYPES } from '../organisations/organisations.schemas.js';
import {
  getOrganisationBySlug,
  insertOrganisation,
  isNameTaken,
  isSlugTaken,
} from '../organisations/organisations.data.js';
import { getRegion } from '../regions/regions.data.js';
import { setPassword } from '../auth/auth.data.js';
import { addMembership, findUserIdByEmail, insertInvitedUser, updateUser } from './users.data.js';

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
      if (!(await getRegion(scope.q, regionCode))) {
        return {
          ok: false as const,
          message: `Unknown arbeidsmarktregio "${regionCode}" (use a CBS code such as AM13).`,
        };
      }
      if ((await isSlugTaken(scope.q, input.organisationSlug)) || (await isNameTaken(scope.q, name, null))) {
        return {
          ok: false as const,
          message: `An organisation with slug "${input.organisationSlug}" or name "${name}" already exists.`,
        };
      }
      await insertOrganisation(scope.q, {
        name,
        type,
        regionCode,
        municipalityCode: null,
        slug: input.organisationSlug,
      });
    }
    const org = await getOrganisationBySlug(scope.q, input.organisationSlug);
    if (!org) {
      return { ok: false as const, message: `No organisation with slug "${input.organisationSlug}".` };
    }
    let userId = await findUserIdByEmail(scope.q, input.email);
    if (userId) {
      // An existing account gets the new password and is active again, also when it was blocked.
      await updateUser(scope.q, userId, { status: 'active' });
    } else {
      userId = await insertInvitedUser(scope.q, { email: input.email, name: input.name });
    }
    await setPassword(scope.q, userId, hash, true);
    await addMembership(scope.q, userId, org.id, 'administrator');
    scope.auditEvent('admin.created', { type: 'user', id: userId, userId, organisationId: org.id }, 'allowed');
    return { ok: true as const, generatedPassword: generated };
  });
}
