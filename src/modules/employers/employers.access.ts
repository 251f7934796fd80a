/**
 * The access rules of employer services on top of the grants table (ADR 0017):
 * - region: an `any` grant (employer advisers, job coaches) reaches the employers of the regions of the
 *   organisations in which the caller holds that role — one employer record serves its whole region;
 * - the employer's own users reach their record through `ownOrganisation` on the employer organisation
 *   linked to it;
 * - changes are checked against the account-holding organisation first and the employer's own
 *   organisation second, so either an adviser of the account holder or the employer's own user may.
 */
import { AppError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import { GRANTS, type ActionName } from '../../platform/access/grants.js';
import type { Allowed, Grant, ResourceRef } from '../../platform/access/types.js';
import * as data from './employers.data.js';

/** Which employers the caller may reach for `action` (see {@link data.Visibility}). */
export async function visibility(scope: Scope, action: ActionName): Promise<data.Visibility> {
  const actor = scope.actor;
  if (actor === null) {
    throw new AppError('unauthenticated');
  }
  if (actor.kind === 'system') {
    return { all: true, regions: [], organisationIds: [] };
  }
  if (actor.kind === 'apiToken') {
    return { all: false, regions: [], organisationIds: [] };
  }
  const grants = GRANTS[action] as readonly Grant[];
  const rolesWith = (when: Grant['when']) => new Set(grants.filter((g) => g.when === when).map((g) => g.role));
  const anyRoles = rolesWith('any');
  const ownRoles = rolesWith('ownOrganisation');
  const regionOrganisations = actor.memberships.filter((m) => anyRoles.has(m.role)).map((m) => m.organisationId);
  const organisations = await data.organisationsByIds(scope.q, [...new Set(regionOrganisations)]);
  return {
    all: false,
    regions: [...new Set(organisations.map((o) => o.regionCode))],
    organisationIds: [...new Set(actor.memberships.filter((m) => ownRoles.has(m.role)).map((m) => m.organisationId))],
  };
}

/** The resource of an employer (or of something of it) for the policy: its own organisation. */
export const employerResource =
  (type: string) =>
  (e: data.EmployerRow): ResourceRef => ({ type, id: e.id, organisationId: e.organisationId });

/**
 * Loads an employer the caller may reach for `action` and checks that action; 404 otherwise (its
 * existence is not disclosed outside the region).
 */
export async function loadEmployer(
  scope: Scope,
  action: ActionName,
  employerId: string,
  type = 'employer',
): Promise<data.EmployerRow> {
  const v = await visibility(scope, action);
  return scope.readOne(action, () => data.getEmployer(scope.q, employerId, v), employerResource(type));
}

/**
 * Checks a change to an employer's record (or its vacancies, jobs, contacts): allowed for the account
 * holder's employer advisers and the employer's own users. 403 when the caller may see it but not
 * change it.
 */
export async function authorizeChange(
  scope: Scope,
  action: ActionName,
  employer: data.EmployerRow,
  type: string,
  id: string = employer.id,
): Promise<Allowed> {
  const organisations = [employer.accountHolderOrganisationId, employer.organisationId].filter(
    (o): o is string => o !== null,
  );
  for (const organisationId of organisations) {
    const resource = { type, id, organisationId };
    if ((await scope.can([action], resource))[action]) {
      return scope.authorize(action, resource);
    }
  }
  // Refused: checked against the employer's own organisation last, so that its users get 403, not 404.
  return scope.authorize(action, { type, id, organisationId: organisations[organisations.length - 1] ?? null });
}

/** Whether the caller could make this change (for `permissions` in responses; nothing is audited). */
export async function mayChange(
  scope: Scope,
  action: ActionName,
  employer: data.EmployerRow,
  type: string,
): Promise<boolean> {
  for (const organisationId of [employer.accountHolderOrganisationId, employer.organisationId]) {
    if (organisationId !== null && (await scope.can([action], { type, id: employer.id, organisationId }))[action]) {
      return true;
    }
  }
  return false;
}

/**
 * The organisation a professional's new log entry belongs to: one of theirs in which they may log,
 * preferring one in the employer's region.
 */
export async function logOrganisation(scope: Scope, employer: data.EmployerRow): Promise<string> {
  const actor = scope.actor;
  const ids = actor?.kind === 'user' ? [...new Set(actor.memberships.map((m) => m.organisationId))] : [];
  const organisations = await data.organisationsByIds(scope.q, ids);
  organisations.sort(
    (a, b) => Number(b.regionCode === employer.regionCode) - Number(a.regionCode === employer.regionCode),
  );
  for (const o of organisations) {
    const resource = { type: 'employerContactLog', organisationId: o.id };
    if ((await scope.can(['employerLog.create'], resource))['employerLog.create']) {
      await scope.authorize('employerLog.create', resource);
      return o.id;
    }
  }
  throw new AppError('forbidden');
}
