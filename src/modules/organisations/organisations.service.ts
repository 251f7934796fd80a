/** Organisations of the region and their own login (OpenID Connect) configuration. */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import { slugify } from '../../shared/slug.js';
import { getMunicipality, getRegion } from '../regions/regions.data.js';
import * as data from './organisations.data.js';
import type {
  OidcProvider,
  Organisation,
  OrganisationCreateBody,
  OrganisationPatchBody,
} from './organisations.schemas.js';

const asResource = (o: Organisation) => ({ type: 'organisation', id: o.id, organisationId: o.id });

export async function listOrganisations(
  ctx: RequestContext,
  filter: { regionCode?: string; type?: string },
): Promise<Organisation[]> {
  return ctx.data.read((scope) =>
    scope.readMany('organisation.list', (s) => data.findOrganisations(scope.q, s, filter), asResource),
  );
}

async function load(
  scope: Scope,
  id: string,
  action: 'organisation.read' | 'organisation.update',
): Promise<Organisation> {
  return scope.readOne(action, () => data.getOrganisation(scope.q, id), asResource);
}

export async function getOrganisation(ctx: RequestContext, id: string): Promise<Organisation> {
  return ctx.data.read((scope) => load(scope, id, 'organisation.read'));
}

async function checkPlace(
  scope: Scope,
  regionCode: string,
  municipalityCode: string | null | undefined,
  errors: FieldError[],
): Promise<void> {
  const region = await getRegion(scope.q, regionCode);
  if (!region) {
    errors.push({ in: 'body', pointer: '/regionCode', code: 'region-unknown', detailKey: 'field.region-unknown' });
  }
  if (municipalityCode) {
    const municipality = await getMunicipality(scope.q, municipalityCode);
    if (!municipality) {
      errors.push({
        in: 'body',
        pointer: '/municipalityCode',
        code: 'municipality-unknown',
        detailKey: 'field.municipality-unknown',
      });
    } else if (region && municipality.regionCode !== regionCode) {
      errors.push({
        in: 'body',
        pointer: '/municipalityCode',
        code: 'municipality-outside-region',
        detailKey: 'field.municipality-outside-region',
      });
    }
  }
}

export async function createOrganisation(ctx: RequestContext, body: OrganisationCreateBody): Promise<Organisation> {
  return ctx.data.run(async (scope) => {
    await scope.authorize('organisation.create', { type: 'organisation' });
    const errors: FieldError[] = [];
    const name = body.name.trim();
    await checkPlace(scope, body.regionCode, body.municipalityCode, errors);
    if (await data.isNameTaken(scope.q, name, null)) {
      errors.push({ in: 'body', pointer: '/name', code: 'name-taken', detailKey: 'field.name-taken' });
    }
    let slug = body.slug ?? slugify(name);
    if (await data.isSlugTaken(scope.q, slug)) {
      if (body.slug) {
        errors.push({ in: 'body', pointer: '/slug', code: 'slug-taken', detailKey: 'field.slug-taken' });
      } else {
        slug = `${slug.slice(0, 52)}-${Math.random().toString(36).slice(2, 8)}`;
      }
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const id = await data.insertOrganisation(scope.q, {
      name,
      type: body.type,
      regionCode: body.regionCode,
      municipalityCode: body.municipalityCode ?? null,
      slug,
    });
    const created = await data.getOrganisation(scope.q, id);
    if (!created) {
      throw new AppError('internal', { internal: 'organisation vanished after insert' });
    }
    return created;
  });
}

export async function updateOrganisation(
  ctx: RequestContext,
  id: string,
  body: OrganisationPatchBody,
): Promise<Organisation> {
  return ctx.data.run(async (scope) => {
    const current = await load(scope, id, 'organisation.update');
    const errors: FieldError[] = [];
    const regionCode = body.regionCode ?? current.regionCode;
    const municipalityCode = body.municipalityCode === undefined ? current.municipalityCode : body.municipalityCode;
    await checkPlace(scope, regionCode, municipalityCode, errors);
    const name = body.name?.trim();
    if (name && (await data.isNameTaken(scope.q, name, id))) {
      errors.push({ in: 'body', pointer: '/name', code: 'name-taken', detailKey: 'field.name-taken' });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateOrganisation(scope.q, id, { ...body, ...(name ? { name } : {}) });
    return (await data.getOrganisation(scope.q, id))!;
  });
}

export async function getOidcProvider(ctx: RequestContext, organisationId: string): Promise<OidcProvider> {
  return ctx.data.read(async (scope) => {
    await load(scope, organisationId, 'organisation.update');
    const provider = await data.getOidcProvider(scope.q, organisationId);
    if (!provider) {
      throw new AppError('not-found');
    }
    return provider;
  });
}

export async function putOidcProvider(
  ctx: RequestContext,
  organisationId: string,
  body: OidcProvider,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OidcProvider> {
  return ctx.data.run(async (scope) => {
    await load(scope, organisationId, 'organisation.update');
    if (body.clientSecretEnv && !env[body.clientSecretEnv]) {
      throw invalidInput([
        { in: 'body', pointer: '/clientSecretEnv', code: 'secret-env-missing', detailKey: 'field.secret-env-missing' },
      ]);
    }
    const issuer = body.issuer.replace(/\/+$/, '');
    if (!/^https?:\/\//.test(issuer)) {
      throw invalidInput([{ in: 'body', pointer: '/issuer', code: 'format.uri', detailKey: 'field.format.uri' }]);
    }
    await data.upsertOidcProvider(scope.q, organisationId, { ...body, issuer });
    return (await data.getOidcProvider(scope.q, organisationId))!;
  });
}

export async function deleteOidcProvider(ctx: RequestContext, organisationId: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    await load(scope, organisationId, 'organisation.update');
    if (!(await data.deleteOidcProvider(scope.q, organisationId))) {
      throw new AppError('not-found');
    }
  });
}
