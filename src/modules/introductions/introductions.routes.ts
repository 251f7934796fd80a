/** Introductions between employers and participants (ADR 0019). */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './introductions.service.js';
import {
  DecisionBody,
  EmployerIntroduction,
  EmployerIntroductionList,
  IntroductionParams,
  IntroductionRequestBody,
  ParticipantIntroduction,
  ParticipantIntroductionParams,
  ParticipantIntroductions,
} from './introductions.schemas.js';

const TAG = ['Kennismakingen'];

export async function introductionRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.post(
    '/introductions',
    {
      config: { access: 'introduction.request' },
      schema: {
        tags: TAG,
        summary: 'Een kennismaking aanvragen voor een profiel zonder naam',
        operationId: 'requestIntroduction',
        body: IntroductionRequestBody,
        response: { 201: EmployerIntroduction },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.requestIntroduction(request.ctx, deps, request.body)),
  );
  app.get(
    '/introductions',
    {
      config: { access: 'introduction.read' },
      schema: {
        tags: TAG,
        summary: 'Aanvragen voor een kennismaking: van de eigen organisatie (werkgever) of de eigen regio (adviseur)',
        operationId: 'listIntroductions',
        response: { 200: EmployerIntroductionList },
      },
    },
    async (request) => ({ items: await service.listForEmployer(request.ctx, deps) }),
  );
  app.get(
    '/introductions/:id',
    {
      config: { access: 'introduction.read' },
      schema: {
        tags: TAG,
        summary: 'Eén aanvraag voor een kennismaking',
        operationId: 'getIntroduction',
        params: IntroductionParams,
        response: { 200: EmployerIntroduction },
      },
    },
    async (request) => service.getForEmployer(request.ctx, deps, request.params.id),
  );
  app.get(
    '/participants/:id/introductions',
    {
      config: { access: 'introduction.readForParticipant' },
      schema: {
        tags: TAG,
        summary: 'Wie wil kennismaken en wie zag het profiel zonder naam',
        operationId: 'listParticipantIntroductions',
        params: IdParams,
        response: { 200: ParticipantIntroductions },
      },
    },
    async (request) => service.listForParticipant(request.ctx, deps, request.params.id),
  );
  app.post(
    '/participants/:id/introductions/:introductionId/decision',
    {
      config: { access: 'introduction.decide' },
      schema: {
        tags: TAG,
        summary: 'Ja of nee zeggen op een kennismaking (de begeleider kan het besluit vastleggen)',
        operationId: 'decideIntroduction',
        params: ParticipantIntroductionParams,
        body: DecisionBody,
        response: { 200: ParticipantIntroduction },
      },
    },
    async (request) =>
      service.decide(request.ctx, deps, request.params.id, request.params.introductionId, request.body),
  );
}
