/** Monitoring: programmes, initiatives, goals and their progress, approaches, indicators, IPS fidelity reviews. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as programmes from './monitoring.programmes.service.js';
import * as indicators from './monitoring.indicators.service.js';
import * as fidelity from './monitoring.fidelity.service.js';
import {
  ActionPointBody,
  ActionPointPatchBody,
  ApproachCodeParams,
  ApproachDetail,
  ApproachDetailList,
  ApproachPatchBody,
  ApproachPeriodQuery,
  FidelityCatalogue,
  FidelityReview,
  FidelityReviewBody,
  FidelityReviewList,
  FidelityReviewQuery,
  Goal,
  GoalCreateBody,
  GoalPatchBody,
  GoalProgress,
  GoalProgressQuery,
  IndicatorQuery,
  IndicatorTable,
  Initiative,
  InitiativeCreateBody,
  InitiativePatchBody,
  IpsRateQuery,
  IpsRateTable,
  Programme,
  ProgrammeCreateBody,
  ProgrammeList,
  ProgrammePatchBody,
} from './monitoring.schemas.js';

const TAG = ['Monitoring'];
const FIDELITY_TAG = ['Modelgetrouwheid (IPS)'];

export async function monitoringRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  // ---- Registry
  app.get(
    '/programmes',
    {
      config: { access: 'programme.read' },
      schema: { tags: TAG, summary: 'Programma’s', operationId: 'listProgrammes', response: { 200: ProgrammeList } },
    },
    async (request) => programmes.listProgrammes(request.ctx),
  );
  app.post(
    '/programmes',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Programma vastleggen (van de eigen organisatie)',
        operationId: 'createProgramme',
        body: ProgrammeCreateBody,
        response: { 201: Programme },
      },
    },
    async (request, reply) => reply.status(201).send(await programmes.createProgramme(request.ctx, request.body)),
  );
  app.get(
    '/programmes/:id',
    {
      config: { access: 'programme.read' },
      schema: {
        tags: TAG,
        summary: 'Programma met initiatieven en doelen',
        operationId: 'getProgramme',
        params: IdParams,
        response: { 200: Programme },
      },
    },
    async (request) => programmes.getProgramme(request.ctx, request.params.id),
  );
  app.patch(
    '/programmes/:id',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Programma wijzigen',
        operationId: 'updateProgramme',
        params: IdParams,
        body: ProgrammePatchBody,
        response: { 200: Programme },
      },
    },
    async (request) => programmes.updateProgramme(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/programmes/:id/initiatives',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Initiatief toevoegen aan een programma',
        operationId: 'createInitiative',
        params: IdParams,
        body: InitiativeCreateBody,
        response: { 201: Initiative },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await programmes.createInitiative(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/initiatives/:id',
    {
      config: { access: 'programme.read' },
      schema: {
        tags: TAG,
        summary: 'Initiatief',
        operationId: 'getInitiative',
        params: IdParams,
        response: { 200: Initiative },
      },
    },
    async (request) => programmes.getInitiative(request.ctx, request.params.id),
  );
  app.patch(
    '/initiatives/:id',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Initiatief wijzigen (status, partijen, bouwstenen …)',
        operationId: 'updateInitiative',
        params: IdParams,
        body: InitiativePatchBody,
        response: { 200: Initiative },
      },
    },
    async (request) => programmes.updateInitiative(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/programmes/:id/goals',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Doel vastleggen (de werkelijke waarde wordt berekend)',
        operationId: 'createGoal',
        params: IdParams,
        body: GoalCreateBody,
        response: { 201: Goal },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await programmes.createGoal(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/goals/:id',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Doel wijzigen',
        operationId: 'updateGoal',
        params: IdParams,
        body: GoalPatchBody,
        response: { 200: Goal },
      },
    },
    async (request) => programmes.updateGoal(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/programmes/:id/goal-progress',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'Voortgang van de doelen, met verwachting voor het eind van het jaar',
        operationId: 'getGoalProgress',
        params: IdParams,
        querystring: GoalProgressQuery,
        response: { 200: GoalProgress },
      },
    },
    async (request) => programmes.goalProgress(request.ctx, request.params.id, request.query.asOf),
  );

  // ---- Approaches
  app.get(
    '/monitoring/approaches',
    {
      config: { access: 'approach.read' },
      schema: {
        tags: TAG,
        summary: 'Aanpakken met beschrijving, regio’s en of ze regionaal of landelijk lopen',
        operationId: 'listApproachDetails',
        querystring: ApproachPeriodQuery,
        response: { 200: ApproachDetailList },
      },
    },
    async (request) => programmes.listApproaches(request.ctx, request.query),
  );
  app.patch(
    '/monitoring/approaches/:code',
    {
      config: { access: 'approach.manage' },
      schema: {
        tags: TAG,
        summary: 'Beschrijving van een aanpak wijzigen',
        operationId: 'updateApproach',
        params: ApproachCodeParams,
        body: ApproachPatchBody,
        response: { 200: ApproachDetail },
      },
    },
    async (request) => programmes.updateApproach(request.ctx, request.params.code, request.body),
  );

  // ---- Indicators
  app.get(
    '/monitoring/indicators',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'Bereik, baanstarts en duurzame plaatsingen, uitgesplitst; kleine aantallen afgeschermd',
        operationId: 'getIndicators',
        querystring: IndicatorQuery,
        response: { 200: IndicatorTable },
      },
    },
    async (request) => indicators.indicatorTable(request.ctx, request.query),
  );
  app.get(
    '/monitoring/ips-employment-rate',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'IPS: deel van de deelnemers dat per kwartaal in regulier werk werkte',
        operationId: 'getIpsEmploymentRate',
        querystring: IpsRateQuery,
        response: { 200: IpsRateTable },
      },
    },
    async (request) => indicators.ipsRateTable(request.ctx, request.query),
  );

  // ---- Fidelity
  app.get(
    '/fidelity-items',
    {
      config: { access: 'fidelity.read' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'De 25 onderdelen van de IPS-modelgetrouwheidsschaal en de uitkomsten',
        operationId: 'getFidelityCatalogue',
        response: { 200: FidelityCatalogue },
      },
    },
    async (request) => fidelity.catalogue(request.ctx.lang),
  );
  app.get(
    '/fidelity-reviews',
    {
      config: { access: 'fidelity.read' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Metingen per team, oudste eerst, met het verschil met de vorige',
        operationId: 'listFidelityReviews',
        querystring: FidelityReviewQuery,
        response: { 200: FidelityReviewList },
      },
    },
    async (request) => fidelity.listReviews(request.ctx, request.query.organisationId ?? null),
  );
  app.post(
    '/fidelity-reviews',
    {
      config: { access: 'fidelity.review' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Meting vastleggen: 25 scores van 1 tot en met 5, met toelichting',
        operationId: 'createFidelityReview',
        body: FidelityReviewBody,
        response: { 201: FidelityReview },
      },
    },
    async (request, reply) => reply.status(201).send(await fidelity.createReview(request.ctx, request.body)),
  );
  app.get(
    '/fidelity-reviews/:id',
    {
      config: { access: 'fidelity.read' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Meting met profiel per onderdeel, verschil met de vorige en actiepunten',
        operationId: 'getFidelityReview',
        params: IdParams,
        response: { 200: FidelityReview },
      },
    },
    async (request) => fidelity.getReview(request.ctx, request.params.id),
  );
  app.post(
    '/fidelity-reviews/:id/action-points',
    {
      config: { access: 'fidelity.manageActionPoints' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Actiepunt toevoegen',
        operationId: 'addFidelityActionPoint',
        params: IdParams,
        body: ActionPointBody,
        response: { 201: FidelityReview },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fidelity.addActionPoint(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/fidelity-action-points/:id',
    {
      config: { access: 'fidelity.manageActionPoints' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Actiepunt wijzigen of afvinken',
        operationId: 'updateFidelityActionPoint',
        params: IdParams,
        body: ActionPointPatchBody,
        response: { 200: FidelityReview },
      },
    },
    async (request) => fidelity.updateActionPoint(request.ctx, request.params.id, request.body),
  );
}
