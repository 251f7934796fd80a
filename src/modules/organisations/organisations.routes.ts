/** Organisations (gemeente, UWV, GGZ, …) and their OpenID Connect login configuration. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './organisations.service.js';
import {
  OidcProvider,
  Organisation,
  OrganisationCreateBody,
  OrganisationList,
  OrganisationListQuery,
  OrganisationPatchBody,
} from './organisations.schemas.js';

const TAG = ['Organisaties'];

export async function organisationRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/organisations',
    {
      config: { access: 'organisation.list' },
      schema: {
        tags: TAG,
        summary: 'Organisaties',
        operationId: 'listOrganisations',
        querystring: OrganisationListQuery,
        response: { 200: OrganisationList },
      },
    },
    async (request) => ({ items: await service.listOrganisations(request.ctx, request.query) }),
  );
  app.post(
    '/organisations',
    {
      config: { access: 'organisation.create' },
      schema: {
        tags: TAG,
        summary: 'Organisatie toevoegen',
        operationId: 'createOrganisation',
        body: OrganisationCreateBody,
        response: { 201: Organisation },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createOrganisation(request.ctx, request.body)),
  );
  app.get(
    '/organisations/:id',
    {
      config: { access: 'organisation.read' },
      schema: {
        tags: TAG,
        summary: 'Eén organisatie',
        operationId: 'getOrganisation',
        params: IdParams,
        response: { 200: Organisation },
      },
    },
    async (request) => service.getOrganisation(request.ctx, request.params.id),
  );
  app.patch(
    '/organisations/:id',
    {
      config: { access: 'organisation.update' },
      schema: {
        tags: TAG,
        summary: 'Organisatie wijzigen',
        operationId: 'updateOrganisation',
        params: IdParams,
        body: OrganisationPatchBody,
        response: { 200: Organisation },
      },
    },
    async (request) => service.updateOrganisation(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/organisations/:id/oidc-provider',
    {
      config: { access: 'organisation.update' },
      schema: {
        tags: TAG,
        summary: 'Inlogkoppeling (OpenID Connect) van de organisatie',
        operationId: 'getOidcProvider',
        params: IdParams,
        response: { 200: OidcProvider },
      },
    },
    async (request) => service.getOidcProvider(request.ctx, request.params.id),
  );
  app.put(
    '/organisations/:id/oidc-provider',
    {
      config: { access: 'organisation.update' },
      schema: {
        tags: TAG,
        summary: 'Inlogkoppeling instellen of wijzigen',
        operationId: 'putOidcProvider',
        params: IdParams,
        body: OidcProvider,
        response: { 200: OidcProvider },
      },
    },
    async (request) => service.putOidcProvider(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/organisations/:id/oidc-provider',
    {
      config: { access: 'organisation.update' },
      schema: {
        tags: TAG,
        summary: 'Inlogkoppeling verwijderen',
        operationId: 'deleteOidcProvider',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.deleteOidcProvider(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
