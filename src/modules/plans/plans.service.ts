/**
 * The support plan: one integrated plan across domains (work, income, debts, care, housing, youth,
 * Wmo). Each goal belongs to the organisation that works on it; professionals see the goals of their
 * own organisation through their assignment there, and other organisations' goals only with the
 * participant's consent for the plan. The participant sees all of it, ticks off actions, comments,
 * and agrees to the plan; every change is an event in the history.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ActionName } from '../../platform/access/grants.js';
import type { ResourceRef } from '../../platform/access/types.js';
import { getParticipant, type ParticipantRow } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import * as data from './plans.data.js';
import type { ActionBody, ActionPatchBody, GoalBody, GoalPatchBody, Plan, PlanGoal } from './plans.schemas.js';

type Participant = ParticipantRow;

/** A goal is of the organisation that owns it; the participant's own account reaches it through self. */
const goalResource = (g: data.GoalRow, p: Participant): ResourceRef => ({
  type: 'planGoal',
  id: g.id,
  participantId: p.id,
  organisationId: g.organisationId,
  userId: p.userId,
});

async function allows(scope: Scope, action: ActionName, resource: ResourceRef): Promise<boolean> {
  const { hidden } = await scope.withoutHidden({}, resource, { [action]: [] });
  return hidden.length === 0;
}

const isSelf = (scope: Scope, p: Participant) => scope.actor?.kind === 'user' && p.userId === scope.actor.userId;

async function loadParticipant(scope: Scope, id: string, action: ActionName): Promise<Participant> {
  return scope.readOne(action, () => getParticipant(scope.q, id), participantResource);
}

async function assemble(scope: Scope, p: Participant): Promise<Plan> {
  const goals = await data.findGoals(scope.q, p.id);
  const visible: data.GoalRow[] = [];
  for (const g of goals) {
    if (await allows(scope, 'plan.read', goalResource(g, p))) {
      visible.push(g);
    }
  }
  const actions = await data.findActions(
    scope.q,
    visible.map((g) => g.id),
  );
  const comments = await data.findComments(
    scope.q,
    actions.map((a) => a.id),
  );
  const last = await data.lastAgreement(scope.q, p.id);
  return {
    goals: visible.map((g): PlanGoal => ({
      id: g.id,
      organisationId: g.organisationId,
      organisationName: g.organisationName,
      domain: g.domain as PlanGoal['domain'],
      title: g.title,
      description: g.description,
      status: g.status as PlanGoal['status'],
      targetDate: g.targetDate,
      createdByName: g.createdByName,
      createdAt: g.createdAt.toISOString(),
      actions: actions
        .filter((a) => a.goalId === g.id)
        .map((a) => ({
          id: a.id,
          goalId: a.goalId,
          title: a.title,
          owner: a.owner as PlanGoal['actions'][number]['owner'],
          dueDate: a.dueDate,
          done: a.doneAt !== null,
          doneAt: a.doneAt ? a.doneAt.toISOString() : null,
          doneByName: a.doneByName,
          overdue: a.overdue,
          comments: comments
            .filter((c) => c.actionId === a.id)
            .map((c) => ({
              id: c.id,
              authorName: c.authorName,
              byParticipant: c.byParticipant,
              text: c.text,
              createdAt: c.createdAt.toISOString(),
            })),
        })),
    })),
    hiddenGoals: goals.length - visible.length,
    lastAgreement: last
      ? { agreedAt: last.agreedAt.toISOString(), method: last.method as 'portal', recordedByName: last.recordedByName }
      : null,
    changedSinceAgreement: last ? last.changedSince : goals.length > 0,
  };
}

export async function getPlan(ctx: RequestContext, participantId: string): Promise<Plan> {
  return ctx.data.read((scope) => readPlan(scope, participantId));
}

/**
 * {@link getPlan} inside a unit of work the caller runs: the same checks (the participant, then each goal on its
 * own organisation) and audit records, which then commit with the caller's other reads
 * (`GET /participants/{id}?expand=plan`).
 * @param scope - the caller's scoped data handle
 * @param participantId - the participant
 * @throws AppError 404 when the actor may not see the participant's plan
 */
export async function readPlan(scope: Scope, participantId: string): Promise<Plan> {
  return assemble(scope, await loadParticipant(scope, participantId, 'plan.read'));
}

const text = (s: string | null | undefined) => (s === undefined || s === null ? null : s.trim() || null);
function required(value: string, pointer: string): string {
  const trimmed = value.trim();
  if (!trimmed) {
    throw invalidInput([{ in: 'body', pointer, code: 'required', detailKey: 'field.required' }]);
  }
  return trimmed;
}

export async function addGoal(ctx: RequestContext, participantId: string, body: GoalBody): Promise<Plan> {
  return ctx.data.run(async (scope) => {
    const p = await loadParticipant(scope, participantId, 'plan.manage');
    // The goal belongs to the first of the actor's organisations where they may manage this plan.
    const organisationId = await scope.organisationFor('plan.manage', { type: 'planGoal', participantId: p.id });
    const title = required(body.title, '/title');
    const goalId = await data.insertGoal(scope.q, {
      participantId,
      organisationId,
      domain: body.domain,
      title,
      description: text(body.description),
      targetDate: body.targetDate ?? null,
      createdBy: scope.userId,
    });
    await data.insertEvent(scope.q, { participantId, goalId, kind: 'goalAdded', detail: { title }, by: scope.userId });
    return assemble(scope, p);
  });
}

async function loadGoal(scope: Scope, p: Participant, goalId: string, action: ActionName): Promise<data.GoalRow> {
  return scope.readOne(
    action,
    () => data.getGoal(scope.q, p.id, goalId),
    (g) => goalResource(g, p),
  );
}

export async function updateGoal(
  ctx: RequestContext,
  participantId: string,
  goalId: string,
  body: GoalPatchBody,
): Promise<Plan> {
  return ctx.data.run(async (scope) => {
    const p = await loadParticipant(scope, participantId, 'plan.read');
    const goal = await loadGoal(scope, p, goalId, 'plan.manage');
    const next = {
      domain: body.domain ?? goal.domain,
      title: body.title !== undefined ? required(body.title, '/title') : goal.title,
      description: body.description !== undefined ? text(body.description) : goal.description,
      targetDate: body.targetDate !== undefined ? body.targetDate : goal.targetDate,
      status: body.status ?? goal.status,
    };
    const changed = Object.fromEntries(
      (Object.keys(next) as (keyof typeof next)[])
        .filter((k) => next[k] !== goal[k])
        .map((k) => [k, { from: goal[k], to: next[k] }]),
    );
    await data.updateGoal(scope.q, goalId, next);
    await data.insertEvent(scope.q, { participantId, goalId, kind: 'goalChanged', detail: changed, by: scope.userId });
    return assemble(scope, p);
  });
}

export async function addAction(
  ctx: RequestContext,
  participantId: string,
  goalId: string,
  body: ActionBody,
): Promise<Plan> {
  return ctx.data.run(async (scope) => {
    const p = await loadParticipant(scope, participantId, 'plan.read');
    await loadGoal(scope, p, goalId, 'plan.manage');
    const title = required(body.title, '/title');
    const actionId = await data.insertAction(scope.q, {
      goalId,
      title,
      owner: body.owner,
      dueDate: body.dueDate ?? null,
      createdBy: scope.userId,
    });
    await data.insertEvent(scope.q, {
      participantId,
      actionId,
      kind: 'actionAdded',
      detail: { title },
      by: scope.userId,
    });
    return assemble(scope, p);
  });
}

/**
 * Changes an action. Ticking it off (or reopening it) is participation: the participant may do it for
 * actions that are theirs or shared; anything else is managing the plan.
 */
export async function updateAction(
  ctx: RequestContext,
  participantId: string,
  actionId: string,
  body: ActionPatchBody,
): Promise<Plan> {
  return ctx.data.run(async (scope) => {
    const p = await loadParticipant(scope, participantId, 'plan.read');
    const action = await scope.readOne(
      'plan.read',
      () => data.getAction(scope.q, participantId, actionId),
      (a) => goalResource(a.goal, p),
    );
    const onlyDone = Object.keys(body).every((k) => k === 'done');
    const self = isSelf(scope, p);
    if (!onlyDone || !self) {
      await scope.authorize('plan.manage', goalResource(action.goal, p));
    } else {
      if (action.owner === 'professional') {
        throw new AppError('forbidden', { internal: 'a participant ticks off only their own or shared actions' });
      }
      await scope.authorize('plan.participate', goalResource(action.goal, p));
    }
    const next = {
      title: body.title !== undefined ? required(body.title, '/title') : action.title,
      owner: body.owner ?? action.owner,
      dueDate: body.dueDate !== undefined ? body.dueDate : action.dueDate,
      done: body.done,
      by: scope.userId,
    };
    await data.updateAction(scope.q, actionId, next);
    const wasDone = action.doneAt !== null;
    if (body.done !== undefined && body.done !== wasDone) {
      await data.insertEvent(scope.q, {
        participantId,
        actionId,
        kind: body.done ? 'actionDone' : 'actionReopened',
        by: scope.userId,
      });
    }
    if (!onlyDone) {
      await data.insertEvent(scope.q, {
        participantId,
        actionId,
        kind: 'actionChanged',
        detail: { title: next.title, owner: next.owner, dueDate: next.dueDate },
        by: scope.userId,
      });
    }
    return assemble(scope, p);
  });
}

export async function addComment(
  ctx: RequestContext,
  participantId: string,
  actionId: string,
  body: { text: string },
): Promise<Plan> {
  return ctx.data.run(async (scope) => {
    const p = await loadParticipant(scope, participantId, 'plan.read');
    const action = await scope.readOne(
      'plan.participate',
      () => data.getAction(scope.q, participantId, actionId),
      (a) => goalResource(a.goal, p),
    );
    const comment = required(body.text, '/text');
    await data.insertComment(scope.q, action.id, scope.userId, comment);
    await data.insertEvent(scope.q, { participantId, actionId, kind: 'commentAdded', by: scope.userId });
    return assemble(scope, p);
  });
}

/** Records that the participant agrees with the plan as it is now (a snapshot of every goal and action). */
export async function agree(
  ctx: RequestContext,
  participantId: string,
  body: { method?: 'portal' | 'paper' | 'verbal' },
): Promise<Plan> {
  return ctx.data.run(async (scope) => {
    const p = await loadParticipant(scope, participantId, 'plan.participate');
    const self = isSelf(scope, p);
    const method = self ? 'portal' : body.method;
    if (!method || (!self && method === 'portal')) {
      throw invalidInput([
        { in: 'body', pointer: '/method', code: 'method-required', detailKey: 'field.plan-agreement-method' },
      ]);
    }
    const goals = await data.findGoals(scope.q, participantId);
    const actions = await data.findActions(
      scope.q,
      goals.map((g) => g.id),
    );
    const snapshot = goals.map((g) => ({
      id: g.id,
      organisation: g.organisationName,
      domain: g.domain,
      title: g.title,
      status: g.status,
      targetDate: g.targetDate,
      actions: actions
        .filter((a) => a.goalId === g.id)
        .map((a) => ({ id: a.id, title: a.title, owner: a.owner, dueDate: a.dueDate, done: a.doneAt !== null })),
    }));
    if (snapshot.length === 0) {
      throw new AppError('conflict', { detailKey: 'problem.plan-empty.detail' });
    }
    await data.insertAgreement(scope.q, { participantId, method, snapshot, recordedBy: scope.userId });
    await data.insertEvent(scope.q, { participantId, kind: 'agreed', detail: { method }, by: scope.userId });
    return assemble(scope, p);
  });
}

export async function history(ctx: RequestContext, participantId: string) {
  return ctx.data.read(async (scope) => {
    const p = await loadParticipant(scope, participantId, 'plan.read');
    const goals = new Map((await data.findGoals(scope.q, participantId)).map((g) => [g.id, g]));
    const items = [];
    for (const e of await data.findEvents(scope.q, participantId)) {
      const goal = e.goalId ? goals.get(e.goalId) : undefined;
      // Events of goals the actor may not see are left out, like the goals themselves.
      if (goal && !(await allows(scope, 'plan.read', goalResource(goal, p)))) {
        continue;
      }
      items.push({
        id: e.id,
        kind: e.kind as 'goalAdded',
        goalTitle: e.goalTitle,
        actionTitle: e.actionTitle,
        detail: e.detail,
        byName: e.byName,
        at: e.at.toISOString(),
      });
    }
    return { items };
  });
}
