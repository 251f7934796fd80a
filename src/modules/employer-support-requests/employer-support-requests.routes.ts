/** Employer support requests: the employer asks for help, the advisers of the account holder handle it. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './employer-support-requests.service.js';
import {
  SupportRequest,
  SupportRequestCreateBody,
  SupportRequestEventBody,
  SupportRequestList,
  SupportRequestListQuery,
} from './employer-support-requests.schemas.js';

const TAG = ['Hulpvragen van werkgevers'];

export async function employerSupportRequestRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.post(
    '/employer-support-requests',
    {
      config: { access: 'supportRequest.create' },
      schema: {
        tags: TAG,
        summary:
          'Hulp vragen aan de werkgeversdienstverlening (een jobcoach, een vraag over een regeling, iets anders)',
        operationId: 'createEmployerSupportRequest',
        body: SupportRequestCreateBody,
        response: { 201: SupportRequest },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createRequest(request.ctx, deps, request.body)),
  );
  app.get(
    '/employer-support-requests',
    {
      config: { access: 'supportRequest.read' },
      schema: {
        tags: TAG,
        summary: 'Hulpvragen: de eigen vragen (werkgever) of de vragen aan de eigen organisatie (werkgeversadviseur)',
        operationId: 'listEmployerSupportRequests',
        querystring: SupportRequestListQuery,
        response: { 200: SupportRequestList },
      },
    },
    async (request) => ({ items: await service.listRequests(request.ctx, request.query) }),
  );
  app.get(
    '/employer-support-requests/:id',
    {
      config: { access: 'supportRequest.read' },
      schema: {
        tags: TAG,
        summary: 'Eén hulpvraag met de geschiedenis',
        operationId: 'getEmployerSupportRequest',
        params: IdParams,
        response: { 200: SupportRequest },
      },
    },
    async (request) => service.getRequest(request.ctx, request.params.id),
  );
  app.post(
    '/employer-support-requests/:id/events',
    {
      config: { access: 'supportRequest.handle' },
      schema: {
        tags: TAG,
        summary: 'Een hulpvraag oppakken, beantwoorden of afsluiten (een stap in de geschiedenis)',
        operationId: 'addEmployerSupportRequestEvent',
        params: IdParams,
        body: SupportRequestEventBody,
        response: { 201: SupportRequest },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addEvent(request.ctx, deps, request.params.id, request.body)),
  );
}
