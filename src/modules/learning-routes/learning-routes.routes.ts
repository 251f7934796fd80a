/** Learning routes: routes with steps, cohorts and targets; progress figures; enrolments; the employer's view. */
import { contentDisposition } from '../../platform/http/content-disposition.js';
import type { FastifyReply } from 'fastify';
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as routes from './learning-routes.service.js';
import * as enrolments from './learning-enrolments.service.js';
import * as figures from './learning-routes.figures.js';
import {
  CohortCreateBody,
  CohortParams,
  ExportQuery,
  Flow,
  Enrolment,
  EnrolmentCreateBody,
  EnrolmentList,
  EnrolmentPatchBody,
  NoteBody,
  OutcomeBody,
  Progress,
  ProgressQuery,
  Route,
  RouteCreateBody,
  RouteList,
  RouteListQuery,
  RoutePatchBody,
  StepChangeBody,
  TargetCreateBody,
  WorkplaceLearnerList,
} from './learning-routes.schemas.js';

const TAG = ['Leerroutes'];

const sendFile = (reply: FastifyReply, file: figures.ExportFile) =>
  reply
    .type(file.mediaType)
    .header('content-disposition', contentDisposition('attachment', file.fileName))
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.body));

export async function learningRouteRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/learning-routes',
    {
      config: { access: 'learningRoute.read' },
      schema: {
        tags: TAG,
        summary: 'Leerroutes met stappen, groepen en doelen',
        operationId: 'listLearningRoutes',
        querystring: RouteListQuery,
        response: { 200: RouteList },
      },
    },
    async (request) => ({ items: await routes.listRoutes(request.ctx, request.query) }),
  );
  app.post(
    '/learning-routes',
    {
      config: { access: 'learningRoute.manage' },
      schema: {
        tags: TAG,
        summary: 'Leerroute aanmaken',
        operationId: 'createLearningRoute',
        body: RouteCreateBody,
        response: { 201: Route },
      },
    },
    async (request, reply) => reply.status(201).send(await routes.createRoute(request.ctx, request.body)),
  );
  app.get(
    '/learning-routes/:id',
    {
      config: { access: 'learningRoute.read' },
      schema: {
        tags: TAG,
        summary: 'Eén leerroute',
        operationId: 'getLearningRoute',
        params: IdParams,
        response: { 200: Route },
      },
    },
    async (request) => routes.getRoute(request.ctx, request.params.id),
  );
  app.patch(
    '/learning-routes/:id',
    {
      config: { access: 'learningRoute.manage' },
      schema: {
        tags: TAG,
        summary: 'Leerroute wijzigen (stappen alleen zolang niemand is ingeschreven)',
        operationId: 'updateLearningRoute',
        params: IdParams,
        body: RoutePatchBody,
        response: { 200: Route },
      },
    },
    async (request) => routes.updateRoute(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/learning-routes/:id/cohorts',
    {
      config: { access: 'learningRoute.manage' },
      schema: {
        tags: TAG,
        summary: 'Groep aanmaken',
        operationId: 'createLearningCohort',
        params: IdParams,
        body: CohortCreateBody,
        response: { 201: Route },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await routes.createCohort(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/learning-routes/:id/targets',
    {
      config: { access: 'learningRoute.manage' },
      schema: {
        tags: TAG,
        summary: 'Doel vastleggen',
        operationId: 'createLearningRouteTarget',
        params: IdParams,
        body: TargetCreateBody,
        response: { 201: Route },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await routes.createTarget(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/learning-routes/:id/progress',
    {
      config: { access: 'learningRoute.readProgress' },
      schema: {
        tags: TAG,
        summary: 'Voortgang in aantallen: per stap, doelen, signalen',
        operationId: 'getLearningRouteProgress',
        params: IdParams,
        querystring: ProgressQuery,
        response: { 200: Progress },
      },
    },
    async (request) => figures.getProgress(request.ctx, request.params.id, request.query.asOf),
  );
  app.get(
    '/learning-routes/:id/inflow-retention',
    {
      config: { access: 'learningRoute.readProgress' },
      schema: {
        tags: TAG,
        summary: 'Instroom en behoud in de sector: per route, groep en doelgroep; kleine aantallen verborgen',
        operationId: 'getLearningRouteInflowRetention',
        params: IdParams,
        querystring: ProgressQuery,
        response: { 200: Flow },
      },
    },
    async (request) => figures.getFlow(request.ctx, request.params.id, request.query.asOf),
  );
  app.get(
    '/learning-routes/:id/inflow-retention/export',
    {
      config: { access: 'learningRoute.exportProgress' },
      schema: {
        tags: TAG,
        summary: 'Instroom en behoud als CSV- of Excel-bestand (zonder namen, kleine aantallen verborgen)',
        operationId: 'exportLearningRouteInflowRetention',
        params: IdParams,
        querystring: ExportQuery,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await figures.exportFlow(request.ctx, request.params.id, request.query.format, request.query.asOf),
      ),
  );
  app.get(
    '/learning-routes/:id/cohorts/:cohortId/board/export',
    {
      config: { access: 'learningRoute.exportProgress' },
      schema: {
        tags: TAG,
        summary:
          'Voortgang per stap van één groep als CSV- of Excel-bestand (zonder namen, kleine aantallen verborgen)',
        operationId: 'exportLearningCohortBoard',
        params: CohortParams,
        querystring: ExportQuery,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await figures.exportBoard(
          request.ctx,
          request.params.id,
          request.params.cohortId,
          request.query.format,
          request.query.asOf,
        ),
      ),
  );
  app.get(
    '/learning-routes/:id/progress-export',
    {
      config: { access: 'learningRoute.exportProgress' },
      schema: {
        tags: TAG,
        summary:
          'Alle cijfers als Excel-bestand (doelen, per stap, instroom en behoud), zonder namen, kleine aantallen verborgen',
        operationId: 'exportLearningRouteProgress',
        params: IdParams,
        querystring: ProgressQuery,
      },
    },
    async (request, reply) =>
      sendFile(reply, await figures.exportProgress(request.ctx, request.params.id, request.query.asOf)),
  );
  app.get(
    '/participants/:id/learning-enrolments',
    {
      config: { access: 'learningEnrolment.read' },
      schema: {
        tags: TAG,
        summary: 'Leerroutes van een deelnemer',
        operationId: 'listLearningEnrolments',
        params: IdParams,
        response: { 200: EnrolmentList },
      },
    },
    async (request) => ({ items: await enrolments.listEnrolmentsOfParticipant(request.ctx, request.params.id) }),
  );
  app.post(
    '/participants/:id/learning-enrolments',
    {
      config: { access: 'learningEnrolment.manage' },
      schema: {
        tags: TAG,
        summary: 'Deelnemer inschrijven voor een leerroute',
        operationId: 'createLearningEnrolment',
        params: IdParams,
        body: EnrolmentCreateBody,
        response: { 201: Enrolment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enrolments.enrol(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/learning-enrolments/:id',
    {
      config: { access: 'learningEnrolment.read' },
      schema: {
        tags: TAG,
        summary: 'Eén inschrijving met stappen, aantekeningen en resultaten',
        operationId: 'getLearningEnrolment',
        params: IdParams,
        response: { 200: Enrolment },
      },
    },
    async (request) => enrolments.getEnrolment(request.ctx, request.params.id),
  );
  app.patch(
    '/learning-enrolments/:id',
    {
      config: { access: 'learningEnrolment.manage' },
      schema: {
        tags: TAG,
        summary: 'Groep, werkplek of opleiding van een inschrijving wijzigen',
        operationId: 'updateLearningEnrolment',
        params: IdParams,
        body: EnrolmentPatchBody,
        response: { 200: Enrolment },
      },
    },
    async (request) => enrolments.updateEnrolment(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/learning-enrolments/:id/step-changes',
    {
      config: { access: 'learningEnrolment.manage' },
      schema: {
        tags: TAG,
        summary: 'Naar een volgende stap, stoppen (met reden) of afronden',
        operationId: 'changeLearningStep',
        params: IdParams,
        body: StepChangeBody,
        response: { 201: Enrolment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enrolments.changeStep(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/learning-enrolments/:id/notes',
    {
      config: { access: 'learningEnrolment.manage' },
      schema: {
        tags: TAG,
        summary: 'Aanwezigheid of voortgang vastleggen',
        operationId: 'addLearningNote',
        params: IdParams,
        body: NoteBody,
        response: { 201: Enrolment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enrolments.addNote(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/learning-enrolments/:id/outcomes',
    {
      config: { access: 'learningEnrolment.manage' },
      schema: {
        tags: TAG,
        summary: 'Resultaat vastleggen: praktijkverklaring, certificaat, diploma of baan',
        operationId: 'addLearningOutcome',
        params: IdParams,
        body: OutcomeBody,
        response: { 201: Enrolment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enrolments.addOutcome(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/workplace-learners',
    {
      config: { access: 'learningEnrolment.readAtWorkplace' },
      schema: {
        tags: TAG,
        summary: 'Leerlingen op de eigen werkplek (werkgever), voor zover de toestemming reikt',
        operationId: 'listWorkplaceLearners',
        response: { 200: WorkplaceLearnerList },
      },
    },
    async (request) => ({ items: await enrolments.listWorkplaceLearners(request.ctx) }),
  );
}
