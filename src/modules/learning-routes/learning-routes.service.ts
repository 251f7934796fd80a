/**
 * Learning routes as their coordinating organisation manages them: the route with partners, admitted
 * target groups and ordered steps; its cohorts; its targets. The figures (board by step, target progress,
 * inflow and retention, signals, exports) are in learning-routes.figures.ts; enrolments in
 * learning-enrolments.service.ts.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ResourceRef } from '../../platform/access/types.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { todayInNl } from '../../shared/dates.js';
import * as data from './learning-routes.data.js';
import {
  checkRouteForm,
  checkStepEdit,
  checkSteps,
  cohortBelowPlanned,
  type StepKind,
} from './learning-routes.rules.js';
import type {
  CohortCreateBody,
  Route,
  RouteCreateBody,
  RoutePatchBody,
  TargetCreateBody,
} from './learning-routes.schemas.js';

/** A route (and its cohorts and targets) belongs to its coordinating organisation. */
export const routeResource = (r: { id: string; organisationId: string }): ResourceRef => ({
  type: 'learningRoute',
  id: r.id,
  organisationId: r.organisationId,
});

const field = (pointer: string, code: string, detailKey: MessageKey, params?: Record<string, string | number>) =>
  ({ in: 'body', pointer, code, detailKey, ...(params ? { params } : {}) }) as FieldError;

async function toApi(scope: Scope, r: data.RouteRow, today: string): Promise<Route> {
  const can = await scope.can(['learningRoute.manage', 'learningRoute.readProgress'], routeResource(r));
  return {
    ...r,
    targetGroups: r.targetGroups as Route['targetGroups'],
    cohorts: r.cohorts.map((c) => ({ ...c, belowPlannedSize: cohortBelowPlanned(c, c.members, today) })),
    permissions: { manage: can['learningRoute.manage'], readProgress: can['learningRoute.readProgress'] },
  };
}

export async function listRoutes(ctx: RequestContext, query: { active?: boolean }): Promise<Route[]> {
  return ctx.data.read(async (scope) => {
    // Every logged-in user sees every route; an API token only its own organisation's.
    const visible = scope.listScope('learningRoute.read');
    const today = todayInNl();
    const rows = (await data.findRoutes(scope.q, { active: query.active ?? null })).filter(
      (r) => visible.all || visible.organisationIds.includes(r.organisationId),
    );
    return Promise.all(rows.map((r) => toApi(scope, r, today)));
  });
}

export async function load(scope: Scope, id: string, action: 'learningRoute.read' | 'learningRoute.manage') {
  return scope.readOne(action, () => data.getRoute(scope.q, id), routeResource);
}

export async function getRoute(ctx: RequestContext, id: string): Promise<Route> {
  return ctx.data.read(async (scope) => toApi(scope, await load(scope, id, 'learningRoute.read'), todayInNl()));
}

type StepInput = RouteCreateBody['steps'][number];
type PartnerInput = NonNullable<RouteCreateBody['partners']>[number];

async function checkRouteParts(
  scope: Scope,
  steps: StepInput[] | undefined,
  partners: PartnerInput[] | undefined,
  errors: FieldError[],
): Promise<void> {
  if (steps) {
    for (const p of checkSteps(steps.map((s) => ({ ...s, maxWeeks: s.maxWeeks ?? null })))) {
      errors.push(field(`/steps/${p.index}/maxWeeks`, p.code, `learningRoutes.field.${p.code}` as MessageKey));
    }
  }
  if (partners) {
    const ids = partners.map((p) => p.organisationId).filter((x): x is string => !!x);
    const known = await data.existingOrganisations(scope.q, ids);
    partners.forEach((p, i) => {
      if (p.organisationId && !known.has(p.organisationId)) {
        errors.push(
          field(`/partners/${i}/organisationId`, 'unknown-organisation', 'learningRoutes.field.unknown-organisation'),
        );
      }
    });
  }
}

/** The rules of the route's form (a brugbaan: only pro/vso pupils, and a paid step). */
function checkForm(
  route: { form: string; targetGroups: readonly string[]; steps: readonly { kind: StepKind }[] },
  errors: FieldError[],
) {
  for (const p of checkRouteForm({
    form: route.form,
    targetGroups: route.targetGroups,
    stepKinds: route.steps.map((s) => s.kind),
  })) {
    errors.push(field(p.pointer, p.code, `learningRoutes.field.${p.code}` as MessageKey));
  }
}

const cleanSteps = (steps: StepInput[]) =>
  steps.map((s) => ({
    id: s.id ?? null,
    kind: s.kind,
    name: s.name.trim(),
    expectedWeeks: s.expectedWeeks,
    maxWeeks: s.maxWeeks ?? null,
  }));
const cleanPartners = (partners: PartnerInput[]) =>
  partners.map((p) => ({ kind: p.kind, name: p.name.trim(), organisationId: p.organisationId ?? null }));

export async function createRoute(ctx: RequestContext, body: RouteCreateBody): Promise<Route> {
  const id = await ctx.data.run(async (scope) => {
    // The route belongs to the organisation where the actor coordinates routes.
    const organisationId = await scope.organisationFor('learningRoute.manage', { type: 'learningRoute' });
    const errors: FieldError[] = [];
    const name = body.name.trim();
    if (await data.routeNameTaken(scope.q, organisationId, name, null)) {
      errors.push(field('/name', 'name-taken', 'learningRoutes.field.route-name-taken'));
    }
    body.steps.forEach((s, i) => {
      if (s.id) {
        errors.push(field(`/steps/${i}/id`, 'unknown-step', 'learningRoutes.field.unknown-step'));
      }
    });
    await checkRouteParts(scope, body.steps, body.partners, errors);
    checkForm(body, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const id = await data.insertRoute(scope.q, {
      organisationId,
      name,
      description: body.description?.trim() || null,
      sector: body.sector,
      level: body.level,
      form: body.form,
      targetGroups: body.targetGroups,
      createdBy: scope.userId,
    });
    await data.saveSteps(scope.q, id, cleanSteps(body.steps));
    await data.replacePartners(scope.q, id, cleanPartners(body.partners ?? []));
    return id;
  });
  return getRoute(ctx, id);
}

/**
 * Changes a route. The steps come as the whole new list: a step with an id is an existing one (it keeps
 * its history), one without is new. A step participants are or were in cannot be removed or change its
 * kind, and the steps in use keep their order among themselves (checkStepEdit).
 */
export async function updateRoute(ctx: RequestContext, id: string, body: RoutePatchBody): Promise<Route> {
  await ctx.data.run(async (scope) => {
    const route = await load(scope, id, 'learningRoute.manage');
    const errors: FieldError[] = [];
    const name = body.name?.trim() ?? route.name;
    if (body.name !== undefined && (await data.routeNameTaken(scope.q, route.organisationId, name, id))) {
      errors.push(field('/name', 'name-taken', 'learningRoutes.field.route-name-taken'));
    }
    await checkRouteParts(scope, body.steps, body.partners, errors);
    if (body.steps) {
      for (const p of checkStepEdit(route.steps, new Set(route.stepsInUse), body.steps)) {
        errors.push(field(p.pointer, p.code, `learningRoutes.field.${p.code}` as MessageKey, p.params));
      }
    }
    const next = {
      form: body.form ?? route.form,
      targetGroups: body.targetGroups ?? route.targetGroups,
      steps: body.steps ?? route.steps,
    };
    checkForm(next, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateRoute(scope.q, id, {
      name,
      description: body.description !== undefined ? body.description?.trim() || null : route.description,
      sector: body.sector ?? route.sector,
      level: body.level ?? route.level,
      form: next.form,
      targetGroups: next.targetGroups,
      active: body.active ?? route.active,
    });
    if (body.steps) {
      await data.saveSteps(scope.q, id, cleanSteps(body.steps));
    }
    if (body.partners) {
      await data.replacePartners(scope.q, id, cleanPartners(body.partners));
    }
  });
  return getRoute(ctx, id);
}

export async function createCohort(ctx: RequestContext, routeId: string, body: CohortCreateBody): Promise<Route> {
  await ctx.data.run(async (scope) => {
    await load(scope, routeId, 'learningRoute.manage');
    const errors: FieldError[] = [];
    const name = body.name.trim();
    if (await data.cohortNameTaken(scope.q, routeId, name)) {
      errors.push(field('/name', 'name-taken', 'learningRoutes.field.cohort-name-taken'));
    }
    if (body.startDate < '2000-01-01') {
      errors.push(field('/startDate', 'date-too-early', 'field.date-too-early'));
    }
    const coachIds = body.coachIds ?? [];
    const coaches = await data.professionals(scope.q, coachIds);
    coachIds.forEach((c, i) => {
      if (!coaches.has(c)) {
        errors.push(field(`/coachIds/${i}`, 'not-a-coach', 'learningRoutes.field.not-a-coach'));
      }
    });
    const employers = (body.employers ?? []).map((e) => ({
      name: e.name.trim(),
      organisationId: e.organisationId ?? null,
    }));
    const known = await data.existingOrganisations(
      scope.q,
      employers.map((e) => e.organisationId).filter((x): x is string => !!x),
    );
    employers.forEach((e, i) => {
      if (e.organisationId && !known.has(e.organisationId)) {
        errors.push(
          field(`/employers/${i}/organisationId`, 'unknown-organisation', 'learningRoutes.field.unknown-organisation'),
        );
      }
    });
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertCohort(scope.q, {
      routeId,
      name,
      startDate: body.startDate,
      places: body.places,
      coachIds,
      employers,
      createdBy: scope.userId,
    });
  });
  return getRoute(ctx, routeId);
}

export async function createTarget(ctx: RequestContext, routeId: string, body: TargetCreateBody): Promise<Route> {
  await ctx.data.run(async (scope) => {
    await load(scope, routeId, 'learningRoute.manage');
    const errors: FieldError[] = [];
    const stepKind = body.stepKind ?? null;
    if (body.measure === 'stepReached' && stepKind === null) {
      errors.push(field('/stepKind', 'required', 'learningRoutes.field.step-kind-required'));
    }
    if (body.measure !== 'stepReached' && stepKind !== null) {
      errors.push(field('/stepKind', 'not-allowed', 'learningRoutes.field.step-kind-only'));
    }
    if (body.periodEnd < body.periodStart) {
      errors.push(field('/periodEnd', 'before-start', 'field.end-before-start'));
    }
    const programmeId = body.programmeId ?? null;
    if (programmeId !== null && !(await data.programmeExists(scope.q, programmeId))) {
      errors.push(field('/programmeId', 'not-found', 'learningRoutes.field.programme-not-found'));
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertTarget(scope.q, {
      programmeId,
      routeId,
      description: body.description.trim(),
      measure: body.measure,
      stepKind,
      targetCount: body.targetCount,
      periodStart: body.periodStart,
      periodEnd: body.periodEnd,
      createdBy: scope.userId,
    });
  });
  return getRoute(ctx, routeId);
}
