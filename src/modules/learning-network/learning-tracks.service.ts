/**
 * Learning tracks (leergang, seed 004: an innovation track for five gemeenten), intervision groups and
 * quality checks (seed 001: knowledge spread through training, intervision and quality assurance).
 *
 * - A track belongs to a network and is run by its coordinators: modules with dates, assignments with a
 *   due date, the cohort of gemeenten, shared materials. Anyone logged in sees a track and its progress
 *   (the cohort learns from each other); each gemeente keeps up its own progress (its programme managers
 *   and consultants), and the coordinators may too.
 * - An intervision group is a fixed group of network members; its sessions are events of type intervisie
 *   that only the members (and the coordinators) see and join.
 * - A quality check belongs to a team of an organisation: planned, then recorded once with its outcome.
 */
import type { Scope } from '../../platform/access/enforce.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import { todayInNl } from '../../shared/dates.js';
import * as networks from './learning-network.data.js';
import * as data from './learning-tracks.data.js';
import { coordinatesNetwork, requireNetworkCoordinator } from './learning-network.service.js';
import type {
  GroupCreateBody,
  ModuleBody,
  ProgressBody,
  QualityCheckCreateBody,
  QualityCheckRecordBody,
  Track,
  TrackCreateBody,
  TrackMaterialsBody,
} from './learning-tracks.schemas.js';

// ---------------------------------------------------------------------------------------------------
// Tracks

const bodyError = (pointer: string, code: string, detailKey: FieldError['detailKey']): FieldError => ({
  in: 'body',
  pointer,
  code,
  detailKey,
});

async function loadTrack(scope: Scope, id: string): Promise<data.TrackRow> {
  const t = await data.getTrack(scope.q, id);
  if (!t) {
    throw new AppError('not-found');
  }
  return t;
}

const network = (t: data.TrackRow) => ({ id: t.networkId, organisationId: t.organisationId });

export async function listTracks(ctx: RequestContext, networkId: string | null) {
  return ctx.data.read(async (scope) => {
    await scope.authorize('learningTrack.read', { type: 'learningTrack' });
    return { items: (await data.findTracks(scope.q, networkId)).map(({ organisationId: _o, ...t }) => t) };
  });
}

export async function getTrack(ctx: RequestContext, id: string): Promise<Track> {
  return ctx.data.read(async (scope) => {
    const t = await loadTrack(scope, id);
    await scope.authorize('learningTrack.read', { type: 'learningTrack', id });
    const manage = await coordinatesNetwork(scope, network(t));
    const participants = await data.findParticipants(scope.q, id);
    const modules = await data.findModules(scope.q, id);
    const assignments = await data.findAssignments(scope.q, id);
    const progress = new Map(
      (await data.findProgress(scope.q, id)).map((p) => [`${p.assignmentId}:${p.organisationId}`, p]),
    );
    const mayReport = async (organisationId: string) =>
      manage ||
      (
        await scope.can(['learningTrack.reportProgress'], {
          type: 'learningTrackProgress',
          organisationId,
        })
      )['learningTrack.reportProgress'];
    const municipalities = [];
    for (const p of participants) {
      municipalities.push({
        organisationId: p.organisationId,
        name: p.name,
        done: assignments.filter((a) => progress.get(`${a.id}:${p.organisationId}`)?.status === 'done').length,
        total: assignments.length,
        mayReport: await mayReport(p.organisationId),
      });
    }
    const materials = await data.findTrackMaterials(scope.q, id, !manage);
    return {
      id: t.id,
      networkId: t.networkId,
      networkName: t.networkName,
      name: t.name,
      description: t.description,
      startsOn: t.startsOn,
      endsOn: t.endsOn,
      municipalities,
      modules: modules.map((m) => ({
        ...m,
        assignments: assignments
          .filter((a) => a.moduleId === m.id)
          .map((a) => ({
            id: a.id,
            title: a.title,
            description: a.description,
            dueOn: a.dueOn,
            progress: participants.map((p) => {
              const cell = progress.get(`${a.id}:${p.organisationId}`);
              return {
                organisationId: p.organisationId,
                status: cell?.status ?? 'notStarted',
                note: cell?.note ?? '',
                updatedAt: cell?.updatedAt.toISOString() ?? null,
              };
            }),
          })),
      })),
      materials: materials.map((m) => ({ ...m, addedAt: m.addedAt.toISOString() })),
      permissions: { manage },
    };
  });
}

export async function createTrack(ctx: RequestContext, networkId: string, body: TrackCreateBody): Promise<Track> {
  const id = await ctx.data.run(async (scope) => {
    const n = await networks.getNetwork(scope.q, networkId);
    if (!n) {
      throw new AppError('not-found');
    }
    await requireNetworkCoordinator(scope, n);
    const errors: FieldError[] = [];
    if (body.endsOn < body.startsOn) {
      errors.push(bodyError('/endsOn', 'before-start', 'learningNetwork.dates-order'));
    }
    const found = await data.gemeenten(scope.q, body.organisationIds);
    body.organisationIds.forEach((orgId, i) => {
      if (!found.has(orgId)) {
        errors.push(bodyError(`/organisationIds/${i}`, 'not-gemeente', 'learningNetwork.not-gemeente'));
      }
    });
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const created = await data.insertTrack(scope.q, {
      networkId,
      name: body.name.trim(),
      description: body.description?.trim() ?? '',
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      createdBy: scope.userId,
    });
    await data.addParticipants(scope.q, created, body.organisationIds);
    return created;
  });
  return getTrack(ctx, id);
}

export async function addModule(ctx: RequestContext, id: string, body: ModuleBody): Promise<Track> {
  await ctx.data.run(async (scope) => {
    const t = await loadTrack(scope, id);
    await requireNetworkCoordinator(scope, network(t));
    const errors: FieldError[] = [];
    if (body.endsOn < body.startsOn) {
      errors.push(bodyError('/endsOn', 'before-start', 'learningNetwork.dates-order'));
    } else if (body.startsOn < t.startsOn || body.endsOn > t.endsOn) {
      errors.push(bodyError('/startsOn', 'outside-track', 'learningNetwork.module-outside-track'));
    }
    (body.assignments ?? []).forEach((a, i) => {
      if (a.dueOn < body.startsOn || a.dueOn > body.endsOn) {
        errors.push(bodyError(`/assignments/${i}/dueOn`, 'outside-module', 'learningNetwork.due-outside-module'));
      }
    });
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const moduleId = await data.insertModule(scope.q, {
      trackId: id,
      title: body.title.trim(),
      description: body.description?.trim() ?? '',
      startsOn: body.startsOn,
      endsOn: body.endsOn,
    });
    for (const a of body.assignments ?? []) {
      await data.insertAssignment(scope.q, {
        moduleId,
        title: a.title.trim(),
        description: a.description?.trim() ?? '',
        dueOn: a.dueOn,
      });
    }
  });
  return getTrack(ctx, id);
}

/** A gemeente of the cohort records where it stands with an assignment (its own staff, or a coordinator). */
export async function reportProgress(
  ctx: RequestContext,
  id: string,
  assignmentId: string,
  organisationId: string,
  body: ProgressBody,
): Promise<Track> {
  await ctx.data.run(async (scope) => {
    const t = await loadTrack(scope, id);
    if (!(await data.assignmentInTrack(scope.q, id, assignmentId))) {
      throw new AppError('not-found');
    }
    const participants = await data.findParticipants(scope.q, id);
    if (!participants.some((p) => p.organisationId === organisationId)) {
      throw new AppError('not-found', { detailKey: 'learningNetwork.not-in-track' });
    }
    const resource = { type: 'learningTrackProgress', id: assignmentId, organisationId };
    if (!(await coordinatesNetwork(scope, network(t)))) {
      if (!(await scope.can(['learningTrack.reportProgress'], resource))['learningTrack.reportProgress']) {
        throw new AppError('forbidden');
      }
      await scope.authorize('learningTrack.reportProgress', resource);
    }
    await data.upsertProgress(scope.q, {
      assignmentId,
      organisationId,
      status: body.status,
      note: body.note?.trim() ?? '',
      updatedBy: scope.userId,
    });
  });
  return getTrack(ctx, id);
}

export async function setTrackMaterials(ctx: RequestContext, id: string, body: TrackMaterialsBody): Promise<Track> {
  await ctx.data.run(async (scope) => {
    const t = await loadTrack(scope, id);
    await requireNetworkCoordinator(scope, network(t));
    const found = await networks.existingKnowledgeItems(scope.q, body.knowledgeItemIds);
    const errors = body.knowledgeItemIds
      .map((itemId, i) => ({ itemId, i }))
      .filter(({ itemId }) => !found.has(itemId))
      .map(({ i }) => bodyError(`/knowledgeItemIds/${i}`, 'unknown-item', 'learningNetwork.unknown-knowledge-item'));
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.replaceTrackMaterials(scope.q, id, body.knowledgeItemIds, scope.userId);
  });
  return getTrack(ctx, id);
}

// ---------------------------------------------------------------------------------------------------
// Intervision groups

async function toGroup(scope: Scope, g: data.GroupRow) {
  return {
    ...g,
    members: await data.findGroupMembers(scope.q, g.id),
    sessions: (await data.findGroupSessions(scope.q, g.id)).map((s) => ({
      ...s,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
    })),
  };
}

/** The network's intervision groups the actor may see: all for coordinators, otherwise their own. */
export async function listGroups(ctx: RequestContext, networkId: string) {
  return ctx.data.read(async (scope) => {
    const n = await networks.getNetwork(scope.q, networkId);
    if (!n) {
      throw new AppError('not-found');
    }
    const manage = await coordinatesNetwork(scope, n);
    const items = [];
    for (const g of await data.findGroups(scope.q, networkId)) {
      if (manage || (await data.isGroupMember(scope.q, g.id, scope.userId))) {
        await scope.authorize('learningIntervision.read', { type: 'learningIntervisionGroup', id: g.id });
        items.push(await toGroup(scope, g));
      }
    }
    return { items };
  });
}

export async function createGroup(ctx: RequestContext, networkId: string, body: GroupCreateBody) {
  return ctx.data.run(async (scope) => {
    const n = await networks.getNetwork(scope.q, networkId);
    if (!n) {
      throw new AppError('not-found');
    }
    await requireNetworkCoordinator(scope, n);
    const inNetwork = await data.networkMembers(scope.q, networkId, body.memberIds);
    const errors = body.memberIds
      .map((userId, i) => ({ userId, i }))
      .filter(({ userId }) => !inNetwork.has(userId))
      .map(({ i }) => bodyError(`/memberIds/${i}`, 'not-member', 'learningNetwork.group-member-not-in-network'));
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const id = await data.insertGroup(scope.q, {
      networkId,
      name: body.name.trim(),
      method: body.method?.trim() ?? '',
      description: body.description?.trim() ?? '',
      memberIds: body.memberIds,
    });
    await scope.authorize('learningIntervision.read', { type: 'learningIntervisionGroup', id });
    return toGroup(scope, (await data.getGroup(scope.q, id))!);
  });
}

// ---------------------------------------------------------------------------------------------------
// Quality checks

const toCheck = (
  { fidelityReviewId, fidelityReviewedOn, fidelityTeamName, ...c }: data.QualityCheckRow,
  today: string,
) => ({
  ...c,
  fidelityReview:
    fidelityReviewId === null
      ? null
      : { id: fidelityReviewId, reviewedOn: fidelityReviewedOn!, teamName: fidelityTeamName },
  score: c.score === null ? null : Number(c.score),
  maxScore: c.maxScore === null ? null : Number(c.maxScore),
  overdue: c.performedOn === null && c.plannedOn < today,
  updatedAt: c.updatedAt.toISOString(),
});

export async function listQualityChecks(ctx: RequestContext, organisationId: string) {
  return ctx.data.read(async (scope) => {
    // Another organisation's teams: 404, as for any record the actor has no relationship to.
    const resource = { type: 'learningQualityCheck', organisationId };
    await scope.authorize('qualityCheck.read', resource);
    const today = todayInNl();
    const manage = (await scope.can(['qualityCheck.manage'], resource))['qualityCheck.manage'];
    return {
      items: (await data.findQualityChecks(scope.q, organisationId)).map((c) => toCheck(c, today)),
      permissions: { manage },
    };
  });
}

export async function planQualityCheck(ctx: RequestContext, body: QualityCheckCreateBody) {
  return ctx.data.run(async (scope) => {
    const resource = { type: 'learningQualityCheck', organisationId: body.organisationId };
    if (!(await scope.can(['qualityCheck.manage'], resource))['qualityCheck.manage']) {
      throw new AppError('forbidden');
    }
    await scope.authorize('qualityCheck.manage', resource);
    const approachCode = body.approachCode ?? null;
    if (approachCode !== null && !(await data.approachExists(scope.q, approachCode))) {
      throw invalidInput([bodyError('/approachCode', 'unknown-approach', 'learningNetwork.unknown-approach')]);
    }
    const id = await data.insertQualityCheck(scope.q, {
      organisationId: body.organisationId,
      teamName: body.teamName.trim(),
      kind: body.kind,
      approachCode,
      plannedOn: body.plannedOn,
      reviewer: body.reviewer?.trim() ?? '',
      createdBy: scope.userId,
    });
    return toCheck((await data.getQualityCheck(scope.q, id))!, todayInNl());
  });
}

/** Records a planned check once it is done: outcome, score (with the highest score), findings, follow-up. */
export async function recordQualityCheck(ctx: RequestContext, id: string, body: QualityCheckRecordBody) {
  return ctx.data.run(async (scope) => {
    const check = await scope.readOne(
      'qualityCheck.manage',
      () => data.getQualityCheck(scope.q, id),
      (c) => ({ type: 'learningQualityCheck', id: c.id, organisationId: c.organisationId }),
    );
    if (check.performedOn !== null) {
      throw new AppError('conflict', { detailKey: 'learningNetwork.check-recorded' });
    }
    const errors: FieldError[] = [];
    if (body.performedOn > todayInNl()) {
      errors.push(bodyError('/performedOn', 'date-in-future', 'field.date-in-future'));
    }
    const score = body.score ?? null;
    const maxScore = body.maxScore ?? null;
    if (score !== null && maxScore === null) {
      errors.push(bodyError('/maxScore', 'required', 'learningNetwork.score-needs-max'));
    } else if (score !== null && maxScore !== null && score > maxScore) {
      errors.push(bodyError('/score', 'above-max', 'learningNetwork.score-above-max'));
    }
    const fidelityReviewId = body.fidelityReviewId ?? null;
    if (fidelityReviewId !== null) {
      if (check.kind !== 'fidelityReview') {
        errors.push(bodyError('/fidelityReviewId', 'wrong-kind', 'learningNetwork.fidelity-needs-kind'));
      } else if ((await data.fidelityReviewOrganisation(scope.q, fidelityReviewId)) !== check.organisationId) {
        // Another organisation's review is not named: the same answer as for a review that does not exist.
        errors.push(bodyError('/fidelityReviewId', 'unknown-review', 'learningNetwork.unknown-fidelity-review'));
      }
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.recordQualityCheck(scope.q, id, {
      fidelityReviewId,
      performedOn: body.performedOn,
      outcome: body.outcome,
      reviewer: body.reviewer?.trim() ?? check.reviewer,
      score,
      maxScore,
      findings: body.findings?.trim() ?? '',
      followUp: body.followUp?.trim() ?? '',
    });
    return toCheck((await data.getQualityCheck(scope.q, id))!, todayInNl());
  });
}
