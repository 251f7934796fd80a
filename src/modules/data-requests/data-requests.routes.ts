/** Participants' requests to correct or erase their data, and their handling by administrators. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './data-requests.service.js';
import {
  DataRequest,
  DataRequestBody,
  DataRequestHandleBody,
  DataRequestList,
  DataRequestListQuery,
} from './data-requests.schemas.js';

const TAG = ['Verzoeken om gegevens'];

export async function dataRequestRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/me/data-requests',
    {
      config: { access: 'dataRequest.create' },
      schema: {
        tags: TAG,
        summary: 'Mijn verzoeken om gegevens te verbeteren of te wissen',
        operationId: 'listOwnDataRequests',
        response: { 200: DataRequestList },
      },
    },
    async (request) => ({ items: await service.listOwnRequests(request.ctx) }),
  );
  app.post(
    '/me/data-requests',
    {
      config: { access: 'dataRequest.create' },
      schema: {
        tags: TAG,
        summary: 'Vragen om gegevens te verbeteren of te wissen',
        operationId: 'createOwnDataRequest',
        body: DataRequestBody,
        response: { 201: DataRequest },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createOwnRequest(request.ctx, request.body)),
  );
  app.get(
    '/data-requests',
    {
      config: { access: 'dataRequest.handle' },
      schema: {
        tags: TAG,
        summary: 'Verzoeken van deelnemers (beheer)',
        operationId: 'listDataRequests',
        querystring: DataRequestListQuery,
        response: { 200: DataRequestList },
      },
    },
    async (request) => ({ items: await service.listRequests(request.ctx, request.query.status) }),
  );
  app.patch(
    '/data-requests/:id',
    {
      config: { access: 'dataRequest.handle' },
      schema: {
        tags: TAG,
        summary: 'Verzoek afhandelen: uitgevoerd of afgewezen, met antwoord',
        operationId: 'handleDataRequest',
        params: IdParams,
        body: DataRequestHandleBody,
        response: { 200: DataRequest },
      },
    },
    async (request) => service.handleRequest(request.ctx, request.params.id, request.body),
  );
}
