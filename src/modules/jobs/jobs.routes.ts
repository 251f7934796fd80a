/** Job episodes of a participant, with computed competitive employment and sustainable placement. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './jobs.service.js';
import { Job, JobCreateBody, JobOverview, JobParams, JobPatchBody } from './jobs.schemas.js';

const TAG = ['Banen'];

export async function jobRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/participants/:id/jobs',
    {
      config: { access: 'job.read' },
      schema: {
        tags: TAG,
        summary: 'Banen van een deelnemer, met duurzame plaatsing',
        operationId: 'listJobs',
        params: IdParams,
        response: { 200: JobOverview },
      },
    },
    async (request) => service.listJobs(request.ctx, request.params.id),
  );
  app.post(
    '/participants/:id/jobs',
    {
      config: { access: 'job.manage' },
      schema: {
        tags: TAG,
        summary: 'Baan vastleggen',
        operationId: 'createJob',
        params: IdParams,
        body: JobCreateBody,
        response: { 201: Job },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createJob(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/participants/:id/jobs/:jobId',
    {
      config: { access: 'job.manage' },
      schema: {
        tags: TAG,
        summary: 'Baan wijzigen of beëindigen',
        operationId: 'updateJob',
        params: JobParams,
        body: JobPatchBody,
        response: { 200: Job },
      },
    },
    async (request) => service.updateJob(request.ctx, request.params.id, request.params.jobId, request.body),
  );
}
