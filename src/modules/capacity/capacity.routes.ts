/** The FML catalogue and participants' capacity profiles. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './capacity.service.js';
import { AssessmentBody, CapacityProfile, FmlCatalogue } from './capacity.schemas.js';

const TAG = ['Mogelijkheden (FML)'];

export async function capacityRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/fml-sections',
    {
      config: { access: 'fml.read' },
      schema: {
        tags: TAG,
        summary: 'De Functionele Mogelijkhedenlijst: rubrieken, onderdelen en niveaus',
        operationId: 'getFmlCatalogue',
        response: { 200: FmlCatalogue },
      },
    },
    async (request) => service.catalogue(request.ctx.lang),
  );
  app.get(
    '/participants/:id/capacity',
    {
      config: { access: 'capacity.read' },
      schema: {
        tags: TAG,
        summary: 'Mogelijkhedenprofiel: eigen en professionele beoordelingen naast elkaar',
        operationId: 'getCapacityProfile',
        params: IdParams,
        response: { 200: CapacityProfile },
      },
    },
    async (request) => service.getProfile(request.ctx, request.params.id),
  );
  app.post(
    '/participants/:id/capacity/assessments',
    {
      config: { access: 'capacity.assess' },
      schema: {
        tags: TAG,
        summary: 'Beoordeling vastleggen (de deelnemer zelf, of een professional)',
        operationId: 'addCapacityAssessment',
        params: IdParams,
        body: AssessmentBody,
        response: { 201: CapacityProfile },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.assess(request.ctx, request.params.id, request.body)),
  );
}
