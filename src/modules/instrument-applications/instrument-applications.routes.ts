/** Instrument applications per placement (a participant's job episode). */
import type { App, ModuleDeps } from '../../app.js';
import * as service from './instrument-applications.service.js';
import {
  Application,
  ApplicationCreateBody,
  ApplicationList,
  ApplicationParams,
  ApplicationStatusBody,
  ApplicationStatusParams,
} from './instrument-applications.schemas.js';

const TAG = ['Instrumenten'];

export async function instrumentApplicationRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/participants/:id/jobs/:jobId/instrument-applications',
    {
      config: { access: 'instrumentApplication.read' },
      schema: {
        tags: TAG,
        summary: 'Aanvragen voor instrumenten bij een baan, met hun geschiedenis',
        operationId: 'listInstrumentApplications',
        params: ApplicationParams,
        response: { 200: ApplicationList },
      },
    },
    async (request) => service.listApplications(request.ctx, request.params.id, request.params.jobId),
  );
  app.post(
    '/participants/:id/jobs/:jobId/instrument-applications',
    {
      config: { access: 'instrumentApplication.manage' },
      schema: {
        tags: TAG,
        summary: 'Aanvraag voor een instrument bij een baan vastleggen',
        operationId: 'createInstrumentApplication',
        params: ApplicationParams,
        body: ApplicationCreateBody,
        response: { 201: Application },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createApplication(request.ctx, request.params.id, request.params.jobId, request.body)),
  );
  app.post(
    '/participants/:id/jobs/:jobId/instrument-applications/:applicationId/status',
    {
      config: { access: 'instrumentApplication.manage' },
      schema: {
        tags: TAG,
        summary: 'Besluit op een aanvraag vastleggen: toegekend, afgewezen, of opnieuw aangevraagd',
        operationId: 'changeInstrumentApplicationStatus',
        params: ApplicationStatusParams,
        body: ApplicationStatusBody,
        response: { 200: Application },
      },
    },
    async (request) =>
      service.changeStatus(
        request.ctx,
        request.params.id,
        request.params.jobId,
        request.params.applicationId,
        request.body,
      ),
  );
}
