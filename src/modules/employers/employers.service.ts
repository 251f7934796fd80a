/**
 * Employers: one record per employer in a labour-market region, shared by the organisations of that
 * region (one face to the employer), with locations, contact persons (personal data: audited), the
 * inclusive-employer facts, the account holder, and a history of who did what.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import { todayInNl } from '../../shared/dates.js';
import { authorizeChange, loadEmployer, mayChange, visibility } from './employers.access.js';
import * as data from './employers.data.js';
import { normaliseKvk, normalisePostcode, sbiSection } from './employers.rules.js';
import type {
  Contact,
  ContactBody,
  ContactPatchBody,
  Employer,
  EmployerCreateBody,
  EmployerHistory,
  EmployerList,
  EmployerListQuery,
  EmployerPatchBody,
  Location,
  LocationBody,
  LocationPatchBody,
} from './employers.schemas.js';

const trimOrNull = (s: string | null | undefined) => {
  const t = s?.trim();
  return t ? t : null;
};

/** Who acted, for the history: the user and the organisation the access was granted through. */
function actorOf(
  scope: Scope,
  organisationId: string | null,
): { userId: string | null; organisationId: string | null } {
  return { userId: scope.actor?.kind === 'user' ? scope.actor.userId : null, organisationId };
}

export function toLocation(l: data.LocationRow): Location {
  return {
    id: l.id,
    name: l.name,
    street: l.street,
    houseNumber: l.houseNumber,
    postcode: l.postcode,
    city: l.city,
    municipalityCode: l.municipalityCode,
    municipalityName: l.municipalityName,
    regionCode: l.regionCode,
    isMain: l.isMain,
  };
}

async function checkLocations(
  scope: Scope,
  locations: readonly { municipalityCode: string; postcode?: string | null | undefined }[],
  pointer: (i: number) => string,
  errors: FieldError[],
): Promise<void> {
  const known = new Set(
    (await data.municipalities(scope.q, [...new Set(locations.map((l) => l.municipalityCode))])).map((m) => m.code),
  );
  locations.forEach((l, i) => {
    if (!known.has(l.municipalityCode)) {
      errors.push({
        in: 'body',
        pointer: `${pointer(i)}/municipalityCode`,
        code: 'unknown',
        detailKey: 'field.municipality-unknown',
      });
    }
    if (l.postcode != null && l.postcode.trim() !== '' && normalisePostcode(l.postcode) === null) {
      errors.push({
        in: 'body',
        pointer: `${pointer(i)}/postcode`,
        code: 'format',
        detailKey: 'employers.field.postcode',
      });
    }
  });
}

const locationFields = (l: LocationBody): data.LocationFields => ({
  name: trimOrNull(l.name),
  street: trimOrNull(l.street),
  houseNumber: trimOrNull(l.houseNumber),
  postcode: l.postcode ? normalisePostcode(l.postcode) : null,
  city: trimOrNull(l.city),
  municipalityCode: l.municipalityCode,
  isMain: l.isMain ?? false,
});

function checkKvk(raw: string | null | undefined, errors: FieldError[]): string | null {
  if (raw === undefined || raw === null || raw.trim() === '') {
    return null;
  }
  const kvk = normaliseKvk(raw);
  if (kvk === null) {
    errors.push({ in: 'body', pointer: '/kvkNumber', code: 'format', detailKey: 'employers.field.kvk-format' });
  }
  return kvk;
}

async function assertKvkFree(
  scope: Scope,
  regionCode: string,
  kvk: string | null,
  exceptId: string | null,
): Promise<void> {
  if (kvk === null) {
    return;
  }
  const other = await data.employerWithKvk(scope.q, regionCode, kvk, exceptId);
  if (other !== null) {
    throw new AppError('conflict', {
      detailKey: 'employers.problem.kvk-taken',
      errors: [{ in: 'body', pointer: '/kvkNumber', code: 'taken', detailKey: 'employers.field.kvk-taken' }],
    });
  }
}

/** A unique violation the checks above did not see (two requests at once): the same 409. */
async function duplicateKvkAs409<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (data.isUniqueViolation(error)) {
      throw new AppError('conflict', {
        detailKey: 'employers.problem.kvk-taken',
        errors: [{ in: 'body', pointer: '/kvkNumber', code: 'taken', detailKey: 'employers.field.kvk-taken' }],
      });
    }
    throw error;
  }
}

async function toEmployer(scope: Scope, e: data.EmployerRow, lang: 'nl' | 'en'): Promise<Employer> {
  const section = e.sbiCode ? sbiSection(e.sbiCode) : null;
  const [locations, placements, openVacancies] = await Promise.all([
    data.listLocations(scope.q, e.id),
    data.placementCounts(scope.q, e.id, e.organisationId, todayInNl()),
    data.openVacancyCount(scope.q, e.id),
  ]);
  const logResource = { type: 'employerContactLog' };
  const actor = scope.actor;
  const memberships = actor?.kind === 'user' ? actor.memberships : [];
  let logContact = false;
  for (const m of memberships) {
    logContact ||= (await scope.can(['employerLog.create'], { ...logResource, organisationId: m.organisationId }))[
      'employerLog.create'
    ];
  }
  return {
    id: e.id,
    regionCode: e.regionCode,
    regionName: e.regionName,
    name: e.name,
    kvkNumber: e.kvkNumber,
    sbiCode: e.sbiCode,
    sector: section ? { section: section.section, name: section[lang] } : null,
    sizeClass: e.sizeClass as Employer['sizeClass'],
    website: e.website,
    description: e.description,
    inclusive: {
      banenafspraakJobs: e.banenafspraakJobs,
      accommodations: e.accommodations as Employer['inclusive']['accommodations'],
      placements,
    },
    accountHolder: {
      organisationId: e.accountHolderOrganisationId,
      organisationName: e.accountHolderOrganisationName,
      adviserUserId: e.accountHolderUserId,
      adviserName: e.accountHolderUserName,
    },
    organisationId: e.organisationId,
    locations: locations.map(toLocation),
    openVacancies,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    permissions: {
      manage: await mayChange(scope, 'employer.manage', e, 'employer'),
      administer: await mayChange(scope, 'employer.administer', e, 'employer'),
      manageContacts: await mayChange(scope, 'employerContact.manage', e, 'employerContacts'),
      manageVacancies: await mayChange(scope, 'vacancy.manage', e, 'vacancy'),
      manageJobs: await mayChange(scope, 'employerJob.manage', e, 'employerJob'),
      logContact: logContact && (await visibility(scope, 'employerLog.read')).regions.includes(e.regionCode),
    },
  };
}

export async function getEmployer(ctx: RequestContext, id: string): Promise<Employer> {
  return ctx.data.read(async (scope) => toEmployer(scope, await loadEmployer(scope, 'employer.read', id), ctx.lang));
}

export async function listEmployers(ctx: RequestContext, query: EmployerListQuery): Promise<EmployerList> {
  return ctx.data.read(async (scope) => {
    scope.listScope('employer.read');
    const v = await visibility(scope, 'employer.read');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { rows, total } = await data.listEmployers(scope.q, v, {
      q: query.q?.trim() || null,
      municipalityCode: query.municipalityCode ?? null,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        regionCode: r.regionCode,
        name: r.name,
        kvkNumber: r.kvkNumber,
        sbiCode: r.sbiCode,
        sizeClass: r.sizeClass as EmployerList['items'][number]['sizeClass'],
        municipalityNames: r.municipalityNames,
        accountHolderOrganisationName: r.accountHolderOrganisationName,
        adviserName: r.adviserName,
        openVacancies: r.openVacancies,
        lastContactOn: r.lastContactOn,
      })),
      total,
      page,
      pageSize,
    };
  });
}

export async function createEmployer(ctx: RequestContext, body: EmployerCreateBody): Promise<Employer> {
  const id = await ctx.data.run(async (scope) => {
    const accountHolder = await scope.organisationFor('employer.create', { type: 'employer' });
    const [organisation] = await data.organisationsByIds(scope.q, [accountHolder]);
    const errors: FieldError[] = [];
    const kvk = checkKvk(body.kvkNumber, errors);
    const locations = body.locations ?? [];
    await checkLocations(scope, locations, (i) => `/locations/${i}`, errors);
    const adviser = body.accountHolderUserId === undefined ? scope.userId : body.accountHolderUserId;
    if (adviser !== null && !(await data.hasMembership(scope.q, adviser, accountHolder, 'employerAdviser'))) {
      errors.push({
        in: 'body',
        pointer: '/accountHolderUserId',
        code: 'not-adviser',
        detailKey: 'employers.field.adviser-not-member',
      });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await assertKvkFree(scope, organisation!.regionCode, kvk, null);
    const employerId = await duplicateKvkAs409(() =>
      data.insertEmployer(scope.q, {
        regionCode: organisation!.regionCode,
        name: body.name.trim(),
        kvkNumber: kvk,
        sbiCode: body.sbiCode ?? null,
        sizeClass: body.sizeClass ?? null,
        website: trimOrNull(body.website),
        description: trimOrNull(body.description),
        banenafspraakJobs: body.banenafspraakJobs ?? null,
        accommodations: body.accommodations ?? [],
        accountHolderOrganisationId: accountHolder,
        accountHolderUserId: adviser,
        organisationId: null,
        createdBy: scope.userId,
      }),
    );
    const by = actorOf(scope, accountHolder);
    await data.insertEvent(scope.q, { employerId, ...by, kind: 'created' });
    // A single main location is the first one marked, else the first one.
    const mainIndex = Math.max(
      0,
      locations.findIndex((l) => l.isMain),
    );
    for (const [i, l] of locations.entries()) {
      const locationId = await data.insertLocation(scope.q, employerId, {
        ...locationFields(l),
        isMain: i === mainIndex,
      });
      await data.insertEvent(scope.q, { employerId, ...by, kind: 'locationAdded', subjectId: locationId });
    }
    return employerId;
  });
  return getEmployer(ctx, id);
}

const ADMIN_FIELDS = ['accountHolderOrganisationId', 'accountHolderUserId', 'organisationId'] as const;

export async function updateEmployer(ctx: RequestContext, id: string, body: EmployerPatchBody): Promise<Employer> {
  await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employer.read', id);
    const changed = (Object.keys(body) as (keyof EmployerPatchBody)[]).filter((k) => body[k] !== undefined);
    const adminChange = changed.some((k) => (ADMIN_FIELDS as readonly string[]).includes(k));
    const recordChange = changed.some((k) => !(ADMIN_FIELDS as readonly string[]).includes(k));
    const via = recordChange ? await authorizeChange(scope, 'employer.manage', e, 'employer') : null;
    const adminVia = adminChange ? await authorizeChange(scope, 'employer.administer', e, 'employer') : null;
    const errors: FieldError[] = [];
    const kvk = body.kvkNumber !== undefined ? checkKvk(body.kvkNumber, errors) : e.kvkNumber;

    let accountHolder = e.accountHolderOrganisationId;
    if (body.accountHolderOrganisationId !== undefined && body.accountHolderOrganisationId !== accountHolder) {
      const [o] = await data.organisationsByIds(scope.q, [body.accountHolderOrganisationId]);
      if (!o) {
        errors.push({
          in: 'body',
          pointer: '/accountHolderOrganisationId',
          code: 'unknown',
          detailKey: 'field.organisation-unknown',
        });
      } else if (o.regionCode !== e.regionCode || o.type === 'employer') {
        errors.push({
          in: 'body',
          pointer: '/accountHolderOrganisationId',
          code: 'not-in-region',
          detailKey: 'employers.field.account-holder-invalid',
        });
      } else {
        accountHolder = o.id;
      }
    }
    let adviser = e.accountHolderUserId;
    if (body.accountHolderUserId !== undefined) {
      adviser = body.accountHolderUserId;
    } else if (accountHolder !== e.accountHolderOrganisationId && adviser !== null) {
      // The adviser of the previous account holder stays only if they are an adviser of the new one too.
      adviser = (await data.hasMembership(scope.q, adviser, accountHolder, 'employerAdviser')) ? adviser : null;
    }
    if (
      body.accountHolderUserId != null &&
      !(await data.hasMembership(scope.q, body.accountHolderUserId, accountHolder, 'employerAdviser'))
    ) {
      errors.push({
        in: 'body',
        pointer: '/accountHolderUserId',
        code: 'not-adviser',
        detailKey: 'employers.field.adviser-not-member',
      });
    }
    let organisationId = e.organisationId;
    if (body.organisationId !== undefined && body.organisationId !== e.organisationId) {
      if (body.organisationId === null) {
        organisationId = null;
      } else {
        const [o] = await data.organisationsByIds(scope.q, [body.organisationId]);
        if (!o) {
          errors.push({
            in: 'body',
            pointer: '/organisationId',
            code: 'unknown',
            detailKey: 'field.organisation-unknown',
          });
        } else if (o.type !== 'employer') {
          errors.push({
            in: 'body',
            pointer: '/organisationId',
            code: 'not-employer',
            detailKey: 'employers.field.organisation-not-employer',
          });
        } else if ((await data.employerOfOrganisation(scope.q, o.id, e.id)) !== null) {
          errors.push({
            in: 'body',
            pointer: '/organisationId',
            code: 'linked',
            detailKey: 'employers.field.organisation-linked',
          });
        } else {
          organisationId = o.id;
        }
      }
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await assertKvkFree(scope, e.regionCode, kvk, e.id);
    await duplicateKvkAs409(() =>
      data.updateEmployer(scope.q, e.id, {
        name: body.name?.trim() ?? e.name,
        kvkNumber: kvk,
        sbiCode: body.sbiCode !== undefined ? body.sbiCode : e.sbiCode,
        sizeClass: body.sizeClass !== undefined ? body.sizeClass : e.sizeClass,
        website: body.website !== undefined ? trimOrNull(body.website) : e.website,
        description: body.description !== undefined ? trimOrNull(body.description) : e.description,
        banenafspraakJobs: body.banenafspraakJobs !== undefined ? body.banenafspraakJobs : e.banenafspraakJobs,
        accommodations: body.accommodations ?? e.accommodations,
        accountHolderOrganisationId: accountHolder,
        accountHolderUserId: adviser,
        organisationId,
      }),
    );
    if (via) {
      await data.insertEvent(scope.q, {
        employerId: e.id,
        ...actorOf(scope, via.organisationId),
        kind: 'updated',
        fields: changed.filter((k) => !(ADMIN_FIELDS as readonly string[]).includes(k)),
      });
    }
    if (adminVia && (accountHolder !== e.accountHolderOrganisationId || adviser !== e.accountHolderUserId)) {
      await data.insertEvent(scope.q, {
        employerId: e.id,
        ...actorOf(scope, adminVia.organisationId),
        kind: 'accountHolderChanged',
        subjectId: accountHolder,
      });
    }
    if (adminVia && organisationId !== e.organisationId) {
      await data.insertEvent(scope.q, {
        employerId: e.id,
        ...actorOf(scope, adminVia.organisationId),
        kind: 'organisationLinked',
        subjectId: organisationId,
      });
    }
  });
  return getEmployer(ctx, id);
}

export async function addLocation(ctx: RequestContext, employerId: string, body: LocationBody): Promise<Employer> {
  await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employer.read', employerId);
    const via = await authorizeChange(scope, 'employer.manage', e, 'employer');
    const errors: FieldError[] = [];
    await checkLocations(scope, [body], () => '', errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const first = (await data.listLocations(scope.q, e.id)).length === 0;
    const locationId = await data.insertLocation(scope.q, e.id, {
      ...locationFields(body),
      isMain: first || (body.isMain ?? false),
    });
    await data.touchEmployer(scope.q, e.id);
    await data.insertEvent(scope.q, {
      employerId: e.id,
      ...actorOf(scope, via.organisationId),
      kind: 'locationAdded',
      subjectId: locationId,
    });
  });
  return getEmployer(ctx, employerId);
}

export async function updateLocation(
  ctx: RequestContext,
  employerId: string,
  locationId: string,
  body: LocationPatchBody,
): Promise<Employer> {
  await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employer.read', employerId);
    const via = await authorizeChange(scope, 'employer.manage', e, 'employer');
    const current = await data.getLocation(scope.q, e.id, locationId);
    if (!current) {
      throw new AppError('not-found');
    }
    const merged: LocationBody = {
      name: body.name !== undefined ? body.name : current.name,
      street: body.street !== undefined ? body.street : current.street,
      houseNumber: body.houseNumber !== undefined ? body.houseNumber : current.houseNumber,
      postcode: body.postcode !== undefined ? body.postcode : current.postcode,
      city: body.city !== undefined ? body.city : current.city,
      municipalityCode: body.municipalityCode ?? current.municipalityCode,
      isMain: body.isMain ?? current.isMain,
    };
    const errors: FieldError[] = [];
    await checkLocations(scope, [merged], () => '', errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateLocation(scope.q, e.id, locationId, locationFields(merged));
    await data.touchEmployer(scope.q, e.id);
    await data.insertEvent(scope.q, {
      employerId: e.id,
      ...actorOf(scope, via.organisationId),
      kind: 'locationUpdated',
      subjectId: locationId,
      fields: Object.keys(body),
    });
  });
  return getEmployer(ctx, employerId);
}

export async function history(ctx: RequestContext, employerId: string): Promise<EmployerHistory> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'employer.read', employerId);
    // Who logged a contact with the employer is part of the professionals' log: shown only to its readers.
    const { 'employerLog.read': seesLog } = await scope.can(['employerLog.read'], {
      type: 'employerContactLog',
      id: e.id,
      organisationId: e.organisationId,
    });
    const rows = (await data.listEvents(scope.q, e.id)).filter((r) => seesLog || r.kind !== 'contactLogged');
    return {
      items: rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurredAt.toISOString(),
        kind: r.kind,
        userName: r.userName,
        organisationName: r.organisationName,
        subjectId: r.subjectId,
        fields: r.fields,
      })),
    };
  });
}

// Contact persons ------------------------------------------------------------------------------------

const toContact = (c: data.ContactRow): Contact => ({
  id: c.id,
  name: c.name,
  role: c.role,
  phone: c.phone,
  email: c.email,
  isPrimary: c.isPrimary,
});

export async function listContacts(ctx: RequestContext, employerId: string): Promise<{ items: Contact[] }> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'employerContact.read', employerId, 'employerContacts');
    return { items: (await data.listContacts(scope.q, e.id)).map(toContact) };
  });
}

export async function addContact(ctx: RequestContext, employerId: string, body: ContactBody): Promise<Contact> {
  return ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employer.read', employerId);
    const via = await authorizeChange(scope, 'employerContact.manage', e, 'employerContacts');
    const contactId = await data.insertContact(scope.q, e.id, {
      name: body.name.trim(),
      role: trimOrNull(body.role),
      phone: trimOrNull(body.phone),
      email: trimOrNull(body.email)?.toLowerCase() ?? null,
      isPrimary: body.isPrimary ?? false,
    });
    await data.insertEvent(scope.q, {
      employerId: e.id,
      ...actorOf(scope, via.organisationId),
      kind: 'contactAdded',
      subjectId: contactId,
    });
    return toContact((await data.getContact(scope.q, e.id, contactId))!);
  });
}

export async function updateContact(
  ctx: RequestContext,
  employerId: string,
  contactId: string,
  body: ContactPatchBody,
): Promise<Contact> {
  return ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employer.read', employerId);
    const via = await authorizeChange(scope, 'employerContact.manage', e, 'employerContacts');
    const c = await data.getContact(scope.q, e.id, contactId);
    if (!c) {
      throw new AppError('not-found');
    }
    await data.updateContact(scope.q, e.id, c.id, {
      name: body.name?.trim() ?? c.name,
      role: body.role !== undefined ? trimOrNull(body.role) : c.role,
      phone: body.phone !== undefined ? trimOrNull(body.phone) : c.phone,
      email: body.email !== undefined ? (trimOrNull(body.email)?.toLowerCase() ?? null) : c.email,
      isPrimary: body.isPrimary ?? c.isPrimary,
    });
    await data.insertEvent(scope.q, {
      employerId: e.id,
      ...actorOf(scope, via.organisationId),
      kind: 'contactUpdated',
      subjectId: c.id,
      fields: Object.keys(body),
    });
    return toContact((await data.getContact(scope.q, e.id, c.id))!);
  });
}

export async function removeContact(ctx: RequestContext, employerId: string, contactId: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employer.read', employerId);
    const via = await authorizeChange(scope, 'employerContact.manage', e, 'employerContacts');
    const c = await data.getContact(scope.q, e.id, contactId);
    if (!c) {
      throw new AppError('not-found');
    }
    await data.deleteContact(scope.q, e.id, c.id);
    await data.insertEvent(scope.q, {
      employerId: e.id,
      ...actorOf(scope, via.organisationId),
      kind: 'contactRemoved',
      subjectId: c.id,
    });
  });
}
