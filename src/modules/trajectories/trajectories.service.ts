/**
 * Trajectories: the approach a participant follows with an organisation, its phases (kept as events,
 * never overwritten) and the professionals assigned to it. An assignment is what lets a professional
 * of the organisation see the participant.
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ResourceRef } from '../../platform/access/types.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { checkPastDate } from '../../shared/dates.js';
import { getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import * as data from './trajectories.data.js';
import type {
  Approach,
  AssignmentBody,
  PhaseChangeBody,
  Trajectory,
  TrajectoryCreateBody,
} from './trajectories.schemas.js';

/** A trajectory belongs to its organisation: an assignment there (or consent for the plan) reaches it. */
const trajectoryResource = (
  t: { id: string; participantId: string; organisationId: string },
  participantUserId: string | null,
): ResourceRef => ({
  type: 'trajectory',
  id: t.id,
  participantId: t.participantId,
  organisationId: t.organisationId,
  // The participant's own account (relationship self).
  userId: participantUserId,
});

export async function listApproaches(ctx: RequestContext): Promise<Approach[]> {
  return ctx.data.read((scope) => data.findApproaches(scope.q, ctx.lang));
}

/** The participant's trajectories the actor may see (each checked on its own organisation). */
export async function listTrajectories(ctx: RequestContext, participantId: string): Promise<Trajectory[]> {
  return ctx.data.read((scope) => readTrajectories(scope, participantId, ctx.lang));
}

/**
 * {@link listTrajectories} inside a unit of work the caller runs: the same checks and audit records, which then
 * commit with the caller's other reads (`GET /participants/{id}?expand=trajectories`).
 * @param scope - the caller's scoped data handle
 * @param participantId - the participant
 * @param lang - the language of the approach names
 * @throws AppError 404 when the actor may not see the participant's trajectories at all
 */
export async function readTrajectories(scope: Scope, participantId: string, lang: Language): Promise<Trajectory[]> {
  // The participant must be visible at all (404 otherwise).
  const participant = await scope.readOne(
    'trajectory.read',
    () => getParticipant(scope.q, participantId),
    participantResource,
  );
  const all = await data.findTrajectoriesOfParticipant(scope.q, participantId, lang);
  const visible: Trajectory[] = [];
  for (const t of all) {
    const { hidden } = await scope.withoutHidden({}, trajectoryResource(t, participant.userId), {
      'trajectory.read': [],
    });
    if (hidden.length === 0) {
      visible.push(t);
    }
  }
  return visible;
}

async function load(
  scope: Scope,
  id: string,
  action: 'trajectory.read' | 'trajectory.changePhase' | 'trajectory.assign',
  lang: 'nl' | 'en',
): Promise<Trajectory> {
  const trajectory = await data.getTrajectory(scope.q, id, lang);
  const participantUserId = trajectory
    ? ((await getParticipant(scope.q, trajectory.participantId))?.userId ?? null)
    : null;
  return scope.readOne(
    action,
    async () => trajectory,
    (t) => trajectoryResource(t, participantUserId),
  );
}

export async function getTrajectory(ctx: RequestContext, id: string): Promise<Trajectory> {
  return ctx.data.read((scope) => load(scope, id, 'trajectory.read', ctx.lang));
}

export async function createTrajectory(
  ctx: RequestContext,
  participantId: string,
  body: TrajectoryCreateBody,
): Promise<Trajectory> {
  const id = await ctx.data.run(async (scope) => {
    const participant = await scope.readOne(
      'trajectory.create',
      () => getParticipant(scope.q, participantId),
      participantResource,
    );
    // The new trajectory is of an organisation where the actor works with this participant.
    const organisationId = await scope.organisationFor('trajectory.create', {
      type: 'trajectory',
      participantId: participant.id,
    });
    const errors: FieldError[] = [];
    if (!(await data.isActiveApproach(scope.q, body.approachCode))) {
      errors.push({
        in: 'body',
        pointer: '/approachCode',
        code: 'approach-unknown',
        detailKey: 'field.approach-unknown',
      });
    }
    checkPastDate(body.referralDate, '/referralDate', errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const id = randomUUID();
    const userId = scope.userId;
    await data.insertTrajectory(scope.q, {
      id,
      participantId: participant.id,
      organisationId,
      approachCode: body.approachCode,
      referralDate: body.referralDate,
      createdBy: userId,
    });
    await data.insertAssignment(scope.q, { trajectoryId: id, userId, isLead: true, assignedBy: userId });
    return id;
  });
  return getTrajectory(ctx, id);
}

export async function changePhase(ctx: RequestContext, id: string, body: PhaseChangeBody): Promise<Trajectory> {
  await ctx.data.run(async (scope) => {
    const trajectory = await load(scope, id, 'trajectory.changePhase', ctx.lang);
    const current = await data.lockTrajectory(scope.q, id);
    if (!current) {
      throw new AppError('not-found');
    }
    const errors: FieldError[] = [];
    if (current.phase === 'closed') {
      // A closed trajectory stays closed: start a new one instead (its history stays as it was).
      throw new AppError('conflict', { detailKey: 'problem.trajectory-closed.detail' });
    }
    if (body.toPhase === current.phase) {
      errors.push({ in: 'body', pointer: '/toPhase', code: 'same-phase', detailKey: 'field.phase-same' });
    }
    if (body.toPhase === 'referral') {
      errors.push({ in: 'body', pointer: '/toPhase', code: 'phase-not-allowed', detailKey: 'field.phase-referral' });
    }
    if (body.toPhase === 'closed' && !body.closedReason) {
      errors.push({
        in: 'body',
        pointer: '/closedReason',
        code: 'required',
        detailKey: 'field.closed-reason-required',
      });
    }
    if (body.toPhase !== 'closed' && body.closedReason) {
      errors.push({ in: 'body', pointer: '/closedReason', code: 'not-allowed', detailKey: 'field.closed-reason-only' });
    }
    checkPastDate(body.occurredOn, '/occurredOn', errors);
    if (body.occurredOn < current.lastEventOn) {
      errors.push({
        in: 'body',
        pointer: '/occurredOn',
        code: 'before-last-change',
        detailKey: 'field.phase-date-before-last',
        params: { date: current.lastEventOn },
      });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const reason = body.reason?.trim() || null;
    await data.insertPhaseEvent(scope.q, {
      trajectoryId: trajectory.id,
      fromPhase: current.phase,
      toPhase: body.toPhase,
      occurredOn: body.occurredOn,
      reason,
      recordedBy: scope.userId,
    });
    await data.setPhase(scope.q, id, {
      phase: body.toPhase,
      closedOn: body.toPhase === 'closed' ? body.occurredOn : null,
      closedReason: body.toPhase === 'closed' ? body.closedReason! : null,
    });
  });
  return getTrajectory(ctx, id);
}

export async function assign(ctx: RequestContext, id: string, body: AssignmentBody): Promise<Trajectory> {
  await ctx.data.run(async (scope) => {
    const trajectory = await load(scope, id, 'trajectory.assign', ctx.lang);
    const errors: FieldError[] = [];
    if (!(await data.isProfessionalOf(scope.q, body.userId, trajectory.organisationId))) {
      errors.push({
        in: 'body',
        pointer: '/userId',
        code: 'not-a-colleague',
        detailKey: 'field.assignee-not-colleague',
      });
    } else if (await data.isActiveAssignment(scope.q, id, body.userId)) {
      errors.push({ in: 'body', pointer: '/userId', code: 'already-assigned', detailKey: 'field.assignee-already' });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertAssignment(scope.q, {
      trajectoryId: id,
      userId: body.userId,
      isLead: body.isLead ?? false,
      assignedBy: scope.userId,
    });
  });
  return getTrajectory(ctx, id);
}

export async function unassign(ctx: RequestContext, id: string, assignmentId: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    await load(scope, id, 'trajectory.assign', ctx.lang);
    if (!(await data.endAssignment(scope.q, id, assignmentId, scope.userId))) {
      throw new AppError('not-found');
    }
    if ((await data.countActiveAssignments(scope.q, id)) === 0) {
      // Someone must stay responsible: assign a colleague first (the transaction rolls back).
      throw new AppError('conflict', { detailKey: 'problem.last-assignment.detail' });
    }
  });
}
