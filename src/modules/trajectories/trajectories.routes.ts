/** Trajectories: approach, phases and assigned professionals; and the list of approaches. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './trajectories.service.js';
import {
  ApproachList,
  AssignmentBody,
  AssignmentParams,
  PhaseChangeBody,
  Trajectory,
  TrajectoryCreateBody,
  TrajectoryList,
} from './trajectories.schemas.js';

const TAG = ['Trajecten'];

export async function trajectoryRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/approaches',
    {
      config: { access: 'approach.list' },
      schema: { tags: TAG, summary: 'Aanpakken', operationId: 'listApproaches', response: { 200: ApproachList } },
    },
    async (request) => ({ items: await service.listApproaches(request.ctx) }),
  );
  app.get(
    '/participants/:id/trajectories',
    {
      config: { access: 'trajectory.read' },
      schema: {
        tags: TAG,
        summary: 'Trajecten van een deelnemer',
        operationId: 'listTrajectories',
        params: IdParams,
        response: { 200: TrajectoryList },
      },
    },
    async (request) => ({ items: await service.listTrajectories(request.ctx, request.params.id) }),
  );
  app.post(
    '/participants/:id/trajectories',
    {
      config: { access: 'trajectory.create' },
      schema: {
        tags: TAG,
        summary: 'Nieuw traject starten',
        operationId: 'createTrajectory',
        params: IdParams,
        body: TrajectoryCreateBody,
        response: { 201: Trajectory },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createTrajectory(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/trajectories/:id',
    {
      config: { access: 'trajectory.read' },
      schema: {
        tags: TAG,
        summary: 'Eén traject met fasen en begeleiders',
        operationId: 'getTrajectory',
        params: IdParams,
        response: { 200: Trajectory },
      },
    },
    async (request) => service.getTrajectory(request.ctx, request.params.id),
  );
  app.post(
    '/trajectories/:id/phase-changes',
    {
      config: { access: 'trajectory.changePhase' },
      schema: {
        tags: TAG,
        summary: 'Fase veranderen of traject afsluiten',
        operationId: 'changeTrajectoryPhase',
        params: IdParams,
        body: PhaseChangeBody,
        response: { 201: Trajectory },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.changePhase(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/trajectories/:id/assignments',
    {
      config: { access: 'trajectory.assign' },
      schema: {
        tags: TAG,
        summary: 'Collega aan het traject toewijzen',
        operationId: 'assignTrajectory',
        params: IdParams,
        body: AssignmentBody,
        response: { 201: Trajectory },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.assign(request.ctx, request.params.id, request.body)),
  );
  app.delete(
    '/trajectories/:id/assignments/:assignmentId',
    {
      config: { access: 'trajectory.assign' },
      schema: {
        tags: TAG,
        summary: 'Collega van het traject halen',
        operationId: 'unassignTrajectory',
        params: AssignmentParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.unassign(request.ctx, request.params.id, request.params.assignmentId);
      return reply.status(204).send(null);
    },
  );
}
