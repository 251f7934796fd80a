/** The support plan: goals and actions across domains, comments, agreement and history. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './plans.service.js';
import {
  ActionBody,
  ActionParams,
  ActionPatchBody,
  AgreementBody,
  CommentBody,
  GoalBody,
  GoalParams,
  GoalPatchBody,
  Plan,
  PlanHistory,
} from './plans.schemas.js';

const TAG = ['Plan'];

export async function planRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/participants/:id/plan',
    {
      config: { access: 'plan.read' },
      schema: {
        tags: TAG,
        summary: 'Het plan van een deelnemer',
        operationId: 'getPlan',
        params: IdParams,
        response: { 200: Plan },
      },
    },
    async (request) => service.getPlan(request.ctx, request.params.id),
  );
  app.get(
    '/participants/:id/plan/history',
    {
      config: { access: 'plan.read' },
      schema: {
        tags: TAG,
        summary: 'Alle veranderingen in het plan',
        operationId: 'getPlanHistory',
        params: IdParams,
        response: { 200: PlanHistory },
      },
    },
    async (request) => service.history(request.ctx, request.params.id),
  );
  app.post(
    '/participants/:id/plan/goals',
    {
      config: { access: 'plan.manage' },
      schema: {
        tags: TAG,
        summary: 'Doel toevoegen',
        operationId: 'addPlanGoal',
        params: IdParams,
        body: GoalBody,
        response: { 201: Plan },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addGoal(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/participants/:id/plan/goals/:goalId',
    {
      config: { access: 'plan.manage' },
      schema: {
        tags: TAG,
        summary: 'Doel wijzigen (ook: gehaald of gestopt)',
        operationId: 'updatePlanGoal',
        params: GoalParams,
        body: GoalPatchBody,
        response: { 200: Plan },
      },
    },
    async (request) => service.updateGoal(request.ctx, request.params.id, request.params.goalId, request.body),
  );
  app.post(
    '/participants/:id/plan/goals/:goalId/actions',
    {
      config: { access: 'plan.manage' },
      schema: {
        tags: TAG,
        summary: 'Actie toevoegen aan een doel',
        operationId: 'addPlanAction',
        params: GoalParams,
        body: ActionBody,
        response: { 201: Plan },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addAction(request.ctx, request.params.id, request.params.goalId, request.body)),
  );
  app.patch(
    '/participants/:id/plan/actions/:actionId',
    {
      config: { access: 'plan.participate' },
      schema: {
        tags: TAG,
        summary: 'Actie wijzigen of afvinken',
        operationId: 'updatePlanAction',
        params: ActionParams,
        body: ActionPatchBody,
        response: { 200: Plan },
      },
    },
    async (request) => service.updateAction(request.ctx, request.params.id, request.params.actionId, request.body),
  );
  app.post(
    '/participants/:id/plan/actions/:actionId/comments',
    {
      config: { access: 'plan.participate' },
      schema: {
        tags: TAG,
        summary: 'Opmerking plaatsen bij een actie',
        operationId: 'addPlanComment',
        params: ActionParams,
        body: CommentBody,
        response: { 201: Plan },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addComment(request.ctx, request.params.id, request.params.actionId, request.body)),
  );
  app.post(
    '/participants/:id/plan/agreements',
    {
      config: { access: 'plan.participate' },
      schema: {
        tags: TAG,
        summary: 'Vastleggen dat de deelnemer het eens is met het plan',
        operationId: 'agreePlan',
        params: IdParams,
        body: AgreementBody,
        response: { 201: Plan },
      },
    },
    async (request, reply) => reply.status(201).send(await service.agree(request.ctx, request.params.id, request.body)),
  );
}
