/**
 * Learning routes as their coordinating organisation manages them: the route with partners, admitted
 * target groups and ordered steps; its cohorts; its targets; and the progress figures (board by step,
 * target progress, inflow and retention, signals) computed from the enrolments. Enrolments themselves
 * are in learning-enrolments.service.ts.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ResourceRef } from '../../platform/access/types.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { todayInNl } from '../../shared/dates.js';
import { writeXlsx } from '../../platform/spreadsheet/xlsx.js';
import * as data from './learning-routes.data.js';
import { checkSteps, cohortBelowPlanned, noRecentNote, stateOf, wepOverdue } from './learning-routes.rules.js';
import { summarise, summariseBy, suppress, targetProgress, type FlowSummary } from './learning-routes.indicators.js';
import { enrolmentFacts } from './learning-enrolments.service.js';
import type {
  CohortCreateBody,
  Progress,
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

async function load(scope: Scope, id: string, action: 'learningRoute.read' | 'learningRoute.manage') {
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

const cleanSteps = (steps: StepInput[]) =>
  steps.map((s) => ({
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
    await checkRouteParts(scope, body.steps, body.partners, errors);
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
    await data.replaceSteps(scope.q, id, cleanSteps(body.steps));
    await data.replacePartners(scope.q, id, cleanPartners(body.partners ?? []));
    return id;
  });
  return getRoute(ctx, id);
}

export async function updateRoute(ctx: RequestContext, id: string, body: RoutePatchBody): Promise<Route> {
  await ctx.data.run(async (scope) => {
    const route = await load(scope, id, 'learningRoute.manage');
    const errors: FieldError[] = [];
    const name = body.name?.trim() ?? route.name;
    if (body.name !== undefined && (await data.routeNameTaken(scope.q, route.organisationId, name, id))) {
      errors.push(field('/name', 'name-taken', 'learningRoutes.field.route-name-taken'));
    }
    await checkRouteParts(scope, body.steps, body.partners, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    if (body.steps && (await data.countEnrolmentsOfRoute(scope.q, id)) > 0) {
      // Step events refer to the steps: once someone is enrolled, the steps stay as they are.
      throw new AppError('conflict', { detailKey: 'learningRoutes.problem.steps-locked' });
    }
    await data.updateRoute(scope.q, id, {
      name,
      description: body.description !== undefined ? body.description?.trim() || null : route.description,
      targetGroups: body.targetGroups ?? route.targetGroups,
      active: body.active ?? route.active,
    });
    if (body.steps) {
      await data.replaceSteps(scope.q, id, cleanSteps(body.steps));
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
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertTarget(scope.q, {
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

const TARGET_GROUP_LABELS: Record<string, { nl: string; en: string }> = {
  workDisability: { nl: 'Arbeidsbeperking', en: 'Work disability' },
  psychologicalVulnerability: { nl: 'Psychische kwetsbaarheid', en: 'Psychological vulnerability' },
  statusHolder: { nl: 'Statushouder', en: 'Status holder' },
  benefitRecipient: { nl: 'Uitkeringsgerechtigde', en: 'Benefit recipient' },
  nugger: { nl: 'Niet-uitkeringsgerechtigde (nugger)', en: 'Not receiving benefits (nugger)' },
  careerSwitcher: { nl: 'Zij-instromer', en: 'Career switcher' },
  praktijkVsoPupil: { nl: 'Leerling pro/vso', en: 'Pro/vso pupil' },
};

function definitionText(lang: 'nl' | 'en'): string {
  return lang === 'en'
    ? 'Inflow: a first paid job of at least 4 hours a week in the sector of the route (by occupation, or at a partner employer), starting on or after the enrolment and at most 6 months after the route ended. Retention: 6 (12) months after that job start the participant still has a paid job in the sector; counted only once that day has come. Each participant counts once. Target-group figures of 1 to 9 are not shown.'
    : 'Instroom: een eerste betaalde baan van minstens 4 uur per week in de sector van de route (naar beroep, of bij een partner-werkgever), gestart op of na de inschrijving en hoogstens 6 maanden na het einde van de route. Behoud: 6 (12) maanden na die baanstart heeft de deelnemer nog betaald werk in de sector; pas geteld als die dag voorbij is. Iedere deelnemer telt één keer. Aantallen van 1 tot en met 9 per doelgroep worden niet getoond.';
}

/**
 * The progress of a route in numbers, without names: participants per step (per cohort), progress on
 * each target, inflow and retention per route, cohort and target group (small cells suppressed), and
 * how many enrolments carry a signal. Names are only on the enrolments, for those who may see them.
 */
export async function getProgress(ctx: RequestContext, routeId: string, asOf?: string): Promise<Progress> {
  return ctx.data.read(async (scope) => {
    const route = await scope.readOne(
      'learningRoute.readProgress',
      () => data.getRoute(scope.q, routeId),
      routeResource,
    );
    const today = asOf ?? todayInNl();
    const enrolments = await data.findEnrolmentsOfRoute(scope.q, routeId);
    const jobs = await data.jobsOfParticipants(scope.q, [...new Set(enrolments.map((e) => e.participantId))]);
    const facts = enrolments.map((e) => enrolmentFacts(e, jobs, today));

    const label = (lang: 'nl' | 'en') =>
      lang === 'en'
        ? { completed: 'Completed', stopped: 'Stopped', none: 'No cohort' }
        : { completed: 'Afgerond', stopped: 'Gestopt', none: 'Zonder groep' };
    const words = label(ctx.lang);
    const cohortKeys: (string | null)[] = [...route.cohorts.map((c) => c.id), null];
    const board = cohortKeys
      .map((cohortId) => {
        const inCohort = enrolments.filter((e) => e.cohortId === cohortId);
        const states = inCohort.map((e) => stateOf(e.steps, e.events));
        return {
          cohortId,
          cohortName: cohortId === null ? null : (route.cohorts.find((c) => c.id === cohortId)?.name ?? null),
          size: inCohort.length,
          columns: [
            ...route.steps.map((s) => ({
              stepId: s.id,
              label: s.name,
              kind: 'step' as const,
              count: states.filter((st) => !st.ended && st.step?.id === s.id).length,
            })),
            {
              stepId: null,
              label: words.completed,
              kind: 'completed' as const,
              count: states.filter((st) => st.ended?.kind === 'complete').length,
            },
            {
              stepId: null,
              label: words.stopped,
              kind: 'stopped' as const,
              count: states.filter((st) => st.ended?.kind === 'stop').length,
            },
          ],
        };
      })
      // The "no cohort" row only when someone is enrolled without a cohort.
      .filter((row) => row.cohortId !== null || row.size > 0)
      .map(({ size: _size, ...row }) => row);

    const row = (key: string, labelText: string, s: FlowSummary) => ({ key, label: labelText, ...s });
    const byCohort = summariseBy(facts, (f) => [f.cohortId]);
    const byGroup = summariseBy(facts, (f) => f.targetGroups);
    const empty = summarise([]);
    let wep = 0;
    let note = 0;
    for (const e of enrolments) {
      const st = stateOf(e.steps, e.events);
      wep += wepOverdue(st, today) ? 1 : 0;
      note += noRecentNote(st, e.enrolledOn, e.notes[0]?.notedOn ?? null, today) ? 1 : 0;
    }
    return {
      routeId,
      asOf: today,
      board,
      targets: route.targets.map((t) => {
        const achieved = targetProgress(t, facts);
        return { target: t, achieved, percentage: Math.round((achieved / t.targetCount) * 100) };
      }),
      flow: {
        total: row('total', route.name, summarise(facts)),
        byCohort: route.cohorts.map((c) => row(c.id, c.name, byCohort.get(c.id) ?? empty)),
        byTargetGroup: route.targetGroups.map((g) => {
          const s = byGroup.get(g) ?? empty;
          const suppressed = {
            participants: suppress(s.participants),
            inflow: suppress(s.inflow),
            retained6: suppress(s.retained6),
            known6: suppress(s.known6),
            retained12: suppress(s.retained12),
            known12: suppress(s.known12),
          };
          return { key: g, label: TARGET_GROUP_LABELS[g]?.[ctx.lang] ?? g, ...suppressed };
        }),
      },
      signals: {
        wepOverdue: wep,
        noRecentNote: note,
        cohortsBelowPlannedSize: route.cohorts.flatMap((c) => {
          const s = cohortBelowPlanned(c, c.members, today);
          return s ? [{ cohortId: c.id, name: c.name, startDate: c.startDate, openPlaces: s.openPlaces }] : [];
        }),
      },
      definition: definitionText(ctx.lang),
    };
  });
}

const EXPORT_WORDS = {
  nl: {
    targets: 'Doelen',
    board: 'Per stap',
    flow: 'Instroom en behoud',
    target: 'Doel',
    from: 'Vanaf',
    to: 'Tot en met',
    goal: 'Aantal (doel)',
    achieved: 'Bereikt',
    percentage: 'Percentage',
    cohort: 'Groep',
    step: 'Stap',
    count: 'Deelnemers',
    group: 'Groep of doelgroep',
    inflow: 'Baan in de sector',
    retained6: 'Na 6 maanden nog in de sector',
    known6: 'Bekend na 6 maanden',
    retained12: 'Na 12 maanden nog in de sector',
    known12: 'Bekend na 12 maanden',
    hidden: 'minder dan 10',
    none: 'Zonder groep',
  },
  en: {
    targets: 'Targets',
    board: 'By step',
    flow: 'Inflow and retention',
    target: 'Target',
    from: 'From',
    to: 'Up to and including',
    goal: 'Number (target)',
    achieved: 'Achieved',
    percentage: 'Percentage',
    cohort: 'Cohort',
    step: 'Step',
    count: 'Participants',
    group: 'Cohort or target group',
    inflow: 'Job in the sector',
    retained6: 'Still in the sector after 6 months',
    known6: 'Known after 6 months',
    retained12: 'Still in the sector after 12 months',
    known12: 'Known after 12 months',
    hidden: 'fewer than 10',
    none: 'No cohort',
  },
} as const;

/** The progress figures as a spreadsheet (targets, board by step, inflow and retention), without names. */
export async function exportProgress(
  ctx: RequestContext,
  routeId: string,
  asOf?: string,
): Promise<{ fileName: string; body: Uint8Array }> {
  const p = await getProgress(ctx, routeId, asOf);
  const route = await ctx.data.read((scope) => load(scope, routeId, 'learningRoute.read'));
  const w = EXPORT_WORDS[ctx.lang];
  const n = (v: number | null) => (v === null ? w.hidden : v);
  const flowRows = [p.flow.total, ...p.flow.byCohort, ...p.flow.byTargetGroup].map((r) => [
    r.label,
    n(r.participants),
    n(r.inflow),
    n(r.retained6),
    n(r.known6),
    n(r.retained12),
    n(r.known12),
  ]);
  const body = writeXlsx([
    {
      name: w.targets,
      boldFirstRow: true,
      columnWidths: [50, 14, 18, 14, 12, 12],
      rows: [
        [w.target, w.from, w.to, w.goal, w.achieved, w.percentage],
        ...p.targets.map((x) => [
          x.target.description,
          x.target.periodStart,
          x.target.periodEnd,
          x.target.targetCount,
          x.achieved,
          x.percentage,
        ]),
      ],
    },
    {
      name: w.board,
      boldFirstRow: true,
      columnWidths: [30, 30, 12],
      rows: [
        [w.cohort, w.step, w.count],
        ...p.board.flatMap((b) => b.columns.map((c) => [b.cohortName ?? w.none, c.label, c.count])),
      ],
    },
    {
      name: w.flow,
      boldFirstRow: true,
      columnWidths: [36, 12, 16, 16, 16, 16, 16],
      rows: [[w.group, w.count, w.inflow, w.retained6, w.known6, w.retained12, w.known12], ...flowRows],
    },
  ]);
  const safe = route.name.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'leerroute';
  return { fileName: `${safe} ${p.asOf}.xlsx`, body };
}
