/**
 * Enrolments in a learning route: a participant's place in a route (and cohort), linked to their
 * trajectory with approach learningRoute; step changes as events (only forward, or a stop with a reason,
 * never before the previous change); attendance and progress notes; outcomes. Employers see the learners
 * at their own workplace only as far as each participant's consent allows.
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ResourceRef } from '../../platform/access/types.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { checkPastDate, todayInNl } from '../../shared/dates.js';
import { getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import { insertAssignment, insertTrajectory } from '../trajectories/trajectories.data.js';
import * as data from './learning-routes.data.js';
import {
  checkStepChange,
  expectedStepEnd,
  noRecentNote,
  stateOf,
  wepLastDay,
  wepOverdue,
  type StepChange,
} from './learning-routes.rules.js';
import { inflowOf, isSectorJob, type EnrolmentFacts, type JobFacts } from './learning-routes.indicators.js';
import {
  QUALIFICATION_KINDS,
  type Enrolment,
  type EnrolmentCreateBody,
  type EnrolmentPatchBody,
  type NoteBody,
  type OutcomeBody,
  type StepChangeBody,
  type WorkplaceLearner,
} from './learning-routes.schemas.js';

/** An enrolment belongs to its trajectory's organisation (assignment there, or consent for the plan). */
export const enrolmentResource = (e: {
  id?: string;
  participantId: string;
  organisationId: string;
  participantUserId: string | null;
}): ResourceRef => ({
  type: 'learningEnrolment',
  id: e.id ?? null,
  participantId: e.participantId,
  organisationId: e.organisationId,
  userId: e.participantUserId,
});

const field = (pointer: string, code: string, detailKey: MessageKey, params?: Record<string, string | number>) =>
  ({ in: 'body', pointer, code, detailKey, ...(params ? { params } : {}) }) as FieldError;

const toJobFacts = (j: data.ParticipantJobRow): JobFacts => ({
  startDate: j.startDate,
  endDate: j.endDate,
  hoursPerWeek: Number(j.hoursPerWeek),
  wageForm: j.wageForm,
  openToAnyone: j.openToAnyone,
  employerName: j.employerName,
  occupationCode: j.occupationCode,
});

/** What the indicators need of one enrolment, with its inflow and retention computed from the jobs. */
export function enrolmentFacts(e: data.EnrolmentRow, jobs: data.ParticipantJobRow[], asOf: string): EnrolmentFacts {
  const state = stateOf(e.steps, e.events);
  const sectorJobs = jobs
    .filter((j) => j.participantId === e.participantId)
    .map(toJobFacts)
    .filter((j) => isSectorJob(j, e.sector, e.sectorEmployers));
  const inflow = inflowOf({ enrolledOn: e.enrolledOn, endedOn: state.ended?.on ?? null }, sectorJobs, asOf);
  return {
    ...inflow,
    participantId: e.participantId,
    cohortId: e.cohortId,
    targetGroups: e.targetGroups,
    enrolledOn: e.enrolledOn,
    events: e.events.map((ev) => ({
      kind: ev.kind,
      stepKind: e.steps.find((s) => s.id === ev.stepId)?.kind ?? null,
      occurredOn: ev.occurredOn,
    })),
    qualifications: e.outcomes
      .filter((o) => (QUALIFICATION_KINDS as readonly string[]).includes(o.kind))
      .map((o) => o.achievedOn),
  };
}

async function toApi(scope: Scope, e: data.EnrolmentRow, jobs: data.ParticipantJobRow[]): Promise<Enrolment> {
  const today = todayInNl();
  const state = stateOf(e.steps, e.events);
  const facts = enrolmentFacts(e, jobs, today);
  const next = state.ended ? null : (e.steps.find((s) => s.position > (state.step?.position ?? 0)) ?? null);
  const can = await scope.can(['learningEnrolment.manage'], enrolmentResource(e));
  return {
    id: e.id,
    participantId: e.participantId,
    participantName: e.participantName,
    trajectoryId: e.trajectoryId,
    organisationId: e.organisationId,
    route: { id: e.routeId, name: e.routeName, sector: e.sector, level: e.level, form: e.form, steps: e.steps },
    cohort: e.cohortId ? { id: e.cohortId, name: e.cohortName!, startDate: e.cohortStartDate! } : null,
    enrolledOn: e.enrolledOn,
    targetGroups: e.targetGroups as Enrolment['targetGroups'],
    employerOrganisationId: e.employerOrganisationId,
    employerName: e.employerName,
    workplace: e.workplace,
    schoolName: e.schoolName,
    programmeName: e.programmeName,
    creboCode: e.creboCode,
    status: state.ended ? (state.ended.kind === 'stop' ? 'stopped' : 'completed') : 'active',
    currentStepId: state.ended ? null : (state.step?.id ?? null),
    currentStepSince: state.ended ? null : state.since,
    expectedStepEnd: expectedStepEnd(state),
    nextStepId: next?.id ?? null,
    events: e.events.map((ev) => ({ ...ev, stepName: e.steps.find((s) => s.id === ev.stepId)?.name ?? null })),
    notes: e.notes,
    outcomes: e.outcomes,
    signals: {
      wepOverdue: wepOverdue(state, today),
      noRecentNote: noRecentNote(state, e.enrolledOn, e.notes[0]?.notedOn ?? null, today),
    },
    inflow: { inflowDate: facts.inflowDate, retained6: facts.retained6, retained12: facts.retained12 },
    permissions: { manage: can['learningEnrolment.manage'] },
  };
}

/** The participant's enrolments the actor may see (each checked on its own organisation). */
export async function listEnrolmentsOfParticipant(ctx: RequestContext, participantId: string): Promise<Enrolment[]> {
  return ctx.data.read(async (scope) => {
    await scope.readOne('learningEnrolment.read', () => getParticipant(scope.q, participantId), participantResource);
    const rows = await data.findEnrolmentsOfParticipant(scope.q, participantId);
    const jobs = await data.jobsOfParticipants(scope.q, [participantId]);
    const visible: Enrolment[] = [];
    for (const e of rows) {
      const { hidden } = await scope.withoutHidden({}, enrolmentResource(e), { 'learningEnrolment.read': [] });
      if (hidden.length === 0) {
        visible.push(await toApi(scope, e, jobs));
      }
    }
    return visible;
  });
}

async function load(scope: Scope, id: string, action: 'learningEnrolment.read' | 'learningEnrolment.manage') {
  return scope.readOne(action, () => data.getEnrolment(scope.q, id), enrolmentResource);
}

export async function getEnrolment(ctx: RequestContext, id: string): Promise<Enrolment> {
  return ctx.data.read(async (scope) => {
    const e = await load(scope, id, 'learningEnrolment.read');
    return toApi(scope, e, await data.jobsOfParticipants(scope.q, [e.participantId]));
  });
}

interface WorkplaceFields {
  employerOrganisationId: string | null;
  employerName: string | null;
  workplace: string | null;
  schoolName: string | null;
  programmeName: string | null;
  creboCode: string | null;
}

async function checkWorkplace(scope: Scope, f: WorkplaceFields, errors: FieldError[]): Promise<void> {
  if (f.employerOrganisationId) {
    const known = await data.existingOrganisations(scope.q, [f.employerOrganisationId]);
    if (!known.has(f.employerOrganisationId)) {
      errors.push(
        field('/employerOrganisationId', 'unknown-organisation', 'learningRoutes.field.unknown-organisation'),
      );
    }
  }
}

async function checkCohort(
  scope: Scope,
  route: data.RouteRow,
  cohortId: string | null,
  errors: FieldError[],
): Promise<void> {
  if (cohortId === null) {
    return;
  }
  const cohort = route.cohorts.find((c) => c.id === cohortId);
  if (!cohort) {
    errors.push(field('/cohortId', 'not-of-route', 'learningRoutes.field.cohort-not-of-route'));
    return;
  }
  await data.lockCohort(scope.q, cohortId);
  if (cohort.members >= cohort.places) {
    errors.push(field('/cohortId', 'cohort-full', 'learningRoutes.field.cohort-full', { places: cohort.places }));
  }
}

const text = (s: string | null | undefined) => s?.trim() || null;

/**
 * Enrols a participant. The route must admit one of the participant's target groups; the enrolment
 * links to the participant's open learning-route trajectory in the actor's organisation (the given one,
 * or the open one there, or a new one with the actor as lead). It starts in the route's first step.
 */
export async function enrol(ctx: RequestContext, participantId: string, body: EnrolmentCreateBody): Promise<Enrolment> {
  const id = await ctx.data.run(async (scope) => {
    const participant = await scope.readOne(
      'learningEnrolment.manage',
      () => getParticipant(scope.q, participantId),
      participantResource,
    );
    const route = await data.getRoute(scope.q, body.routeId);
    const errors: FieldError[] = [];
    if (!route || !route.active) {
      errors.push(field('/routeId', route ? 'route-inactive' : 'unknown-route', 'learningRoutes.field.unknown-route'));
      throw invalidInput(errors);
    }
    // The trajectory: given, or the open learning-route trajectory in the actor's organisation, or a new one.
    let trajectory: { id: string; organisationId: string } | null = null;
    if (body.trajectoryId) {
      const t = await data.trajectoryFacts(scope.q, body.trajectoryId);
      if (!t || t.participantId !== participantId) {
        errors.push(field('/trajectoryId', 'not-of-participant', 'learningRoutes.field.trajectory-not-of-participant'));
      } else if (t.approachCode !== 'learningRoute') {
        errors.push(
          field('/trajectoryId', 'not-a-learning-route', 'learningRoutes.field.trajectory-not-learning-route'),
        );
      } else if (t.phase === 'closed') {
        errors.push(field('/trajectoryId', 'trajectory-closed', 'learningRoutes.field.trajectory-closed'));
      } else {
        trajectory = t;
      }
    }
    const groups = participant.targetGroups as string[];
    if (groups.length === 0) {
      errors.push(field('/routeId', 'no-target-group', 'learningRoutes.field.no-target-group'));
    } else if (!groups.some((g) => route.targetGroups.includes(g))) {
      errors.push(field('/routeId', 'target-group-not-admitted', 'learningRoutes.field.target-group-not-admitted'));
    }
    if (await data.hasOpenEnrolment(scope.q, participantId, route.id)) {
      errors.push(field('/routeId', 'already-enrolled', 'learningRoutes.field.already-enrolled'));
    }
    const cohortId = body.cohortId ?? null;
    await checkCohort(scope, route, cohortId, errors);
    checkPastDate(body.enrolledOn, '/enrolledOn', errors);
    const fields: WorkplaceFields = {
      employerOrganisationId: body.employerOrganisationId ?? null,
      employerName: text(body.employerName),
      workplace: text(body.workplace),
      schoolName: text(body.schoolName),
      programmeName: text(body.programmeName),
      creboCode: body.creboCode ?? null,
    };
    await checkWorkplace(scope, fields, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const resource = { participantId, participantUserId: participant.userId };
    if (trajectory) {
      await scope.authorize(
        'learningEnrolment.manage',
        enrolmentResource({ ...resource, organisationId: trajectory.organisationId }),
      );
    } else {
      const organisationId = await scope.organisationFor('learningEnrolment.manage', {
        type: 'learningEnrolment',
        participantId,
        userId: participant.userId,
      });
      const existing = await data.openLearningRouteTrajectory(scope.q, participantId, organisationId);
      if (existing) {
        trajectory = { id: existing, organisationId };
      } else {
        await scope.authorize('trajectory.create', {
          type: 'trajectory',
          participantId,
          organisationId,
          userId: participant.userId,
        });
        const newId = randomUUID();
        await insertTrajectory(scope.q, {
          id: newId,
          participantId,
          organisationId,
          approachCode: 'learningRoute',
          referralDate: body.enrolledOn,
          createdBy: scope.userId,
        });
        await insertAssignment(scope.q, {
          trajectoryId: newId,
          userId: scope.userId,
          isLead: true,
          assignedBy: scope.userId,
        });
        trajectory = { id: newId, organisationId };
      }
    }
    const enrolmentId = await data.insertEnrolment(scope.q, {
      ...fields,
      routeId: route.id,
      cohortId,
      trajectoryId: trajectory.id,
      participantId,
      organisationId: trajectory.organisationId,
      enrolledOn: body.enrolledOn,
      targetGroups: groups,
      createdBy: scope.userId,
    });
    const first = route.steps[0]!;
    await data.insertStepEvent(scope.q, {
      enrolmentId,
      kind: 'step',
      stepId: first.id,
      occurredOn: body.enrolledOn,
      stopReason: null,
      note: null,
      recordedBy: scope.userId,
    });
    return enrolmentId;
  });
  return getEnrolment(ctx, id);
}

export async function updateEnrolment(ctx: RequestContext, id: string, body: EnrolmentPatchBody): Promise<Enrolment> {
  await ctx.data.run(async (scope) => {
    const e = await load(scope, id, 'learningEnrolment.manage');
    const errors: FieldError[] = [];
    const cohortId = body.cohortId !== undefined ? body.cohortId : e.cohortId;
    if (cohortId !== e.cohortId) {
      const route = (await data.getRoute(scope.q, e.routeId))!;
      await checkCohort(scope, route, cohortId, errors);
    }
    const pick = <K extends keyof WorkplaceFields>(k: K): WorkplaceFields[K] => {
      const value = body[k];
      return value === undefined ? e[k] : typeof value === 'string' ? text(value) : value;
    };
    const fields: WorkplaceFields = {
      employerOrganisationId: pick('employerOrganisationId'),
      employerName: pick('employerName'),
      workplace: pick('workplace'),
      schoolName: pick('schoolName'),
      programmeName: pick('programmeName'),
      creboCode: pick('creboCode'),
    };
    await checkWorkplace(scope, fields, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateEnrolment(scope.q, id, { ...fields, cohortId });
  });
  return getEnrolment(ctx, id);
}

/** Moves an enrolment forward, stops it with a reason, or completes it after the last step. */
export async function changeStep(ctx: RequestContext, id: string, body: StepChangeBody): Promise<Enrolment> {
  await ctx.data.run(async (scope) => {
    await load(scope, id, 'learningEnrolment.manage');
    await data.lockEnrolment(scope.q, id);
    // Read again under the lock: a change made at the same moment is part of the history now.
    const e = (await data.getEnrolment(scope.q, id))!;
    const state = stateOf(e.steps, e.events);
    if (state.ended) {
      throw new AppError('conflict', { detailKey: 'learningRoutes.problem.enrolment-ended' });
    }
    const errors: FieldError[] = [];
    if (body.kind === 'step' && !body.stepId) {
      errors.push(field('/stepId', 'required', 'learningRoutes.field.step-required'));
    }
    if (body.kind !== 'step' && body.stepId) {
      errors.push(field('/stepId', 'not-allowed', 'learningRoutes.field.step-only'));
    }
    if (body.kind !== 'stop' && body.stopReason) {
      errors.push(field('/stopReason', 'not-allowed', 'learningRoutes.field.stop-reason-only'));
    }
    checkPastDate(body.occurredOn, '/occurredOn', errors);
    const change: StepChange =
      body.kind === 'step'
        ? { kind: 'step', stepId: body.stepId ?? '', occurredOn: body.occurredOn }
        : body.kind === 'stop'
          ? { kind: 'stop', stopReason: body.stopReason ?? null, occurredOn: body.occurredOn }
          : { kind: 'complete', occurredOn: body.occurredOn };
    if (!(body.kind === 'step' && !body.stepId)) {
      for (const p of checkStepChange(e.steps, state, change)) {
        errors.push(field(p.pointer, p.code, `learningRoutes.field.${p.code}` as MessageKey, p.params));
      }
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertStepEvent(scope.q, {
      enrolmentId: id,
      kind: body.kind,
      stepId: body.kind === 'step' ? body.stepId! : null,
      occurredOn: body.occurredOn,
      stopReason: body.kind === 'stop' ? body.stopReason! : null,
      note: text(body.note),
      recordedBy: scope.userId,
    });
  });
  return getEnrolment(ctx, id);
}

export async function addNote(ctx: RequestContext, id: string, body: NoteBody): Promise<Enrolment> {
  await ctx.data.run(async (scope) => {
    const e = await load(scope, id, 'learningEnrolment.manage');
    const errors: FieldError[] = [];
    checkPastDate(body.notedOn, '/notedOn', errors);
    if (body.notedOn < e.enrolledOn) {
      errors.push(
        field('/notedOn', 'before-enrolment', 'learningRoutes.field.before-enrolment', { date: e.enrolledOn }),
      );
    }
    const noteText = body.text.trim();
    if (!noteText) {
      errors.push(field('/text', 'required', 'field.required'));
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertNote(scope.q, {
      enrolmentId: id,
      notedOn: body.notedOn,
      attendance: body.attendance ?? null,
      text: noteText,
      recordedBy: scope.userId,
    });
  });
  return getEnrolment(ctx, id);
}

export async function addOutcome(ctx: RequestContext, id: string, body: OutcomeBody): Promise<Enrolment> {
  await ctx.data.run(async (scope) => {
    const e = await load(scope, id, 'learningEnrolment.manage');
    const errors: FieldError[] = [];
    checkPastDate(body.achievedOn, '/achievedOn', errors);
    if (body.achievedOn < e.enrolledOn) {
      errors.push(
        field('/achievedOn', 'before-enrolment', 'learningRoutes.field.before-enrolment', { date: e.enrolledOn }),
      );
    }
    const jobId = body.jobEpisodeId ?? null;
    if (body.kind === 'jobStart' && jobId === null) {
      errors.push(field('/jobEpisodeId', 'required', 'learningRoutes.field.job-required'));
    }
    if (body.kind !== 'jobStart' && jobId !== null) {
      errors.push(field('/jobEpisodeId', 'not-allowed', 'learningRoutes.field.job-only'));
    }
    if (jobId !== null && !(await data.jobBelongsTo(scope.q, jobId, e.participantId))) {
      errors.push(field('/jobEpisodeId', 'not-of-participant', 'learningRoutes.field.job-not-of-participant'));
    }
    if (errors.length === 0 && (await data.outcomeExists(scope.q, id, body.kind, jobId))) {
      errors.push(field('/kind', 'duplicate', 'learningRoutes.field.outcome-duplicate'));
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertOutcome(scope.q, {
      enrolmentId: id,
      kind: body.kind,
      achievedOn: body.achievedOn,
      jobEpisodeId: jobId,
      note: text(body.note),
      recordedBy: scope.userId,
    });
  });
  return getEnrolment(ctx, id);
}

/**
 * The learners at the employer's own workplaces. Each is shown only with the participant's consent to
 * the employer's organisation for jobs and work (their route and step); the name only with consent for
 * identity data too. Without consent the learner is not listed at all.
 */
export async function listWorkplaceLearners(ctx: RequestContext): Promise<WorkplaceLearner[]> {
  return ctx.data.read(async (scope) => {
    const { consentIn } = scope.listScope('learningEnrolment.readAtWorkplace');
    const rows = await data.findEnrolmentsAtEmployers(scope.q, consentIn);
    const result: WorkplaceLearner[] = [];
    for (const e of rows) {
      const resource = {
        type: 'learningEnrolment',
        id: e.id,
        participantId: e.participantId,
        organisationId: e.employerOrganisationId,
      };
      const { hidden } = await scope.withoutHidden({}, resource, { 'learningEnrolment.readAtWorkplace': [] });
      if (hidden.length > 0) {
        continue;
      }
      const { row } = await scope.withoutHidden({ name: e.participantName }, resource, {
        'learningEnrolment.readAtWorkplaceName': ['name'],
      });
      const state = stateOf(e.steps, e.events);
      result.push({
        enrolmentId: e.id,
        name: row.name ?? null,
        routeName: e.routeName,
        cohortName: e.cohortName,
        workplace: e.workplace,
        status: state.ended ? (state.ended.kind === 'stop' ? 'stopped' : 'completed') : 'active',
        stepName: state.ended ? null : (state.step?.name ?? null),
        stepKind: state.ended ? null : (state.step?.kind ?? null),
        stepSince: state.ended ? null : state.since,
        wepLastDay: wepLastDay(state),
      });
    }
    return result;
  });
}
