/** Integration keys for other systems. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import * as service from './api-tokens.service.js';
import { ApiTokenCreateBody, ApiTokenCreated, ApiTokenList, IdParams } from './api-tokens.schemas.js';

const TAG = ['Koppelingen'];

export async function apiTokenRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/api-tokens',
    {
      config: { access: 'apiToken.manage' },
      schema: {
        tags: TAG,
        summary: 'Koppelingssleutels',
        operationId: 'listApiTokens',
        response: { 200: ApiTokenList },
      },
    },
    async (request) => service.listApiTokens(request.ctx),
  );
  app.post(
    '/api-tokens',
    {
      config: { access: 'apiToken.manage' },
      schema: {
        tags: TAG,
        summary: 'Koppelingssleutel maken',
        operationId: 'createApiToken',
        body: ApiTokenCreateBody,
        response: { 201: ApiTokenCreated },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createApiToken(request.ctx, request.body)),
  );
  app.delete(
    '/api-tokens/:id',
    {
      config: { access: 'apiToken.manage' },
      schema: {
        tags: TAG,
        summary: 'Koppelingssleutel intrekken',
        operationId: 'revokeApiToken',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.revokeApiToken(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
