/**
 * The registry: programmes, their initiatives and goals; approaches with their computed scope. A programme
 * (and all that hangs under it) belongs to the organisation that runs it (`programme.manage`,
 * ownOrganisation). Goal progress computes each goal's actual value and, for counts over a calendar year,
 * the year-end projection (goals/projection.ts), all published through suppression.
 */
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { Queryable } from '../../platform/db/db.js';
import type { ResourceRef } from '../../platform/access/types.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { todayInNl } from '../../shared/dates.js';
import { projectYearEnd, publishGoalProjection } from './goals/projection.js';
import { toCell } from './monitoring.publish.js';
import { suppressCount } from './suppression/suppression.js';
import { programmeTargetFigures } from '../learning-routes/learning-routes.figures.js';
import * as documentsData from './documents/documents.data.js';
import { documentBody } from './documents/documents.service.js';
import * as data from './monitoring.data.js';
import {
  DEFAULT_DEFINITION,
  DEFAULT_SETTINGS,
  filterOf,
  ipsQuarters,
  labelsFor,
  narrowForActor,
  periodOf,
  protectedCounts,
  unrestricted,
} from './monitoring.indicators.service.js';
import type {
  ApproachDetailList,
  Cell,
  Dimension,
  Goal,
  GoalCreateBody,
  GoalPatchBody,
  GoalProgress,
  Initiative,
  InitiativeCreateBody,
  InitiativePatchBody,
  Measure,
  Programme,
  ProgrammeCreateBody,
  ProgrammePatchBody,
} from './monitoring.schemas.js';

export const programmeResource = (p: { id: string; organisationId: string }): ResourceRef => ({
  type: 'programme',
  id: p.id,
  organisationId: p.organisationId,
});

const field = (pointer: string, code: string, detailKey: MessageKey): FieldError => ({
  in: 'body',
  pointer,
  code,
  detailKey,
});

const clean = (s: string | null | undefined) => s?.trim() || null;

// ---------------------------------------------------------------------------------------------------------
// Programmes

export async function listProgrammes(ctx: RequestContext) {
  return ctx.data.read(async (scope) => {
    scope.listScope('programme.read');
    return { items: await data.findProgrammes(scope.q) };
  });
}

async function toProgramme(scope: Scope, p: data.ProgrammeRow): Promise<Programme> {
  const can = await scope.can(['programme.manage', 'indicator.read'], programmeResource(p));
  return {
    ...p,
    initiatives: await initiativesWithDocuments(scope.q, await data.findInitiatives(scope.q, p.id)),
    goals: (await data.findGoals(scope.q, p.id)).map(toGoal),
    permissions: { manage: can['programme.manage'], readIndicators: can['indicator.read'] },
  };
}

export async function getProgramme(ctx: RequestContext, id: string): Promise<Programme> {
  return ctx.data.read(async (scope) =>
    toProgramme(scope, await scope.readOne('programme.read', () => data.getProgramme(scope.q, id), programmeResource)),
  );
}

function checkPeriod(start: string, end: string | null | undefined, pointer: string, errors: FieldError[]) {
  if (end && end < start) {
    errors.push(field(pointer, 'end-before-start', 'monitoring.field.end-before-start'));
  }
}

function programmeWrite(body: ProgrammeCreateBody, base: data.ProgrammeWrite | null): data.ProgrammeWrite {
  return {
    name: body.name.trim(),
    description: body.description === undefined ? (base?.description ?? null) : clean(body.description),
    ambition: body.ambition === undefined ? (base?.ambition ?? null) : clean(body.ambition),
    startsOn: body.startsOn,
    endsOn: body.endsOn === undefined ? (base?.endsOn ?? null) : body.endsOn,
    sustainableDefinition: body.sustainableDefinition ?? base?.sustainableDefinition ?? DEFAULT_DEFINITION,
    suppression: body.suppression ?? base?.suppression ?? DEFAULT_SETTINGS,
  };
}

async function checkProgramme(scope: Scope, w: data.ProgrammeWrite, exceptId: string | null) {
  const errors: FieldError[] = [];
  if (await data.programmeNameTaken(scope.q, w.name, exceptId)) {
    errors.push(field('/name', 'name-taken', 'monitoring.field.name-taken'));
  }
  checkPeriod(w.startsOn, w.endsOn, '/endsOn', errors);
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
}

export async function createProgramme(ctx: RequestContext, body: ProgrammeCreateBody): Promise<Programme> {
  const id = await ctx.data.run(async (scope) => {
    const organisationId = await scope.organisationFor('programme.manage', { type: 'programme' });
    const w = programmeWrite(body, null);
    await checkProgramme(scope, w, null);
    return data.insertProgramme(scope.q, { ...w, organisationId, createdBy: scope.userId });
  });
  return getProgramme(ctx, id);
}

export async function updateProgramme(ctx: RequestContext, id: string, body: ProgrammePatchBody): Promise<Programme> {
  await ctx.data.run(async (scope) => {
    const p = await scope.readOne('programme.manage', () => data.getProgramme(scope.q, id), programmeResource);
    const w = programmeWrite({ name: p.name, startsOn: p.startsOn, ...body }, p);
    await checkProgramme(scope, w, id);
    await data.updateProgramme(scope.q, id, w);
  });
  return getProgramme(ctx, id);
}

// ---------------------------------------------------------------------------------------------------------
// Initiatives

const toInitiative = (i: data.InitiativeRow, docs: readonly documentsData.DocumentMeta[]): Initiative => ({
  id: i.id,
  programmeId: i.programmeId,
  name: i.name,
  description: i.description,
  status: i.status,
  startsOn: i.startsOn,
  endsOn: i.endsOn,
  buildingBlocks: i.buildingBlocks,
  parties: i.parties,
  approachCodes: i.approachCodes,
  followUpOf: i.followUpOf,
  documents: docs.filter((d) => d.initiativeId === i.id).map(documentBody),
});

async function initiativesWithDocuments(q: Queryable, rows: data.InitiativeRow[]): Promise<Initiative[]> {
  const docs = await documentsData.findDocuments(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toInitiative(r, docs));
}

async function initiativeWrite(
  scope: Scope,
  programmeId: string,
  exceptId: string | null,
  body: InitiativeCreateBody,
): Promise<data.InitiativeWrite> {
  const errors: FieldError[] = [];
  const name = body.name.trim();
  if (await data.initiativeNameTaken(scope.q, programmeId, name, exceptId)) {
    errors.push(field('/name', 'name-taken', 'monitoring.field.name-taken'));
  }
  checkPeriod(body.startsOn, body.endsOn, '/endsOn', errors);
  const ids = body.parties.map((p) => p.organisationId).filter((x): x is string => !!x);
  const names = await data.organisationNames(scope.q, ids);
  const parties = body.parties.map((p, i) => {
    if (p.organisationId && !names.has(p.organisationId)) {
      errors.push(
        field(`/parties/${i}/organisationId`, 'unknown-organisation', 'monitoring.field.unknown-organisation'),
      );
    } else if (p.kind === 'organisation' && !p.organisationId) {
      errors.push(field(`/parties/${i}/organisationId`, 'required', 'monitoring.field.party-needs-organisation'));
    } else if (!p.organisationId && !p.name?.trim()) {
      errors.push(field(`/parties/${i}/name`, 'required', 'monitoring.field.party-needs-name'));
    }
    return {
      kind: p.kind,
      organisationId: p.organisationId ?? null,
      name: p.name?.trim() || (p.organisationId ? (names.get(p.organisationId) ?? '') : ''),
      perspective: p.perspective.trim(),
    };
  });
  const approaches = await data.existingApproaches(scope.q);
  (body.approachCodes ?? []).forEach((code, i) => {
    if (!approaches.has(code)) {
      errors.push(field(`/approachCodes/${i}`, 'unknown-approach', 'monitoring.field.unknown-approach'));
    }
  });
  if (body.followUpOf) {
    const previous = await data.getInitiative(scope.q, body.followUpOf);
    if (!previous || previous.programmeId !== programmeId || previous.id === exceptId) {
      errors.push(field('/followUpOf', 'follow-up-unknown', 'monitoring.field.follow-up-unknown'));
    }
  }
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
  return {
    name,
    description: clean(body.description),
    status: body.status,
    startsOn: body.startsOn,
    endsOn: body.endsOn ?? null,
    buildingBlocks: body.buildingBlocks,
    followUpOf: body.followUpOf ?? null,
    parties,
    approachCodes: body.approachCodes ?? [],
  };
}

export async function createInitiative(
  ctx: RequestContext,
  programmeId: string,
  body: InitiativeCreateBody,
): Promise<Initiative> {
  const id = await ctx.data.run(async (scope) => {
    await scope.readOne('programme.manage', () => data.getProgramme(scope.q, programmeId), programmeResource);
    const w = await initiativeWrite(scope, programmeId, null, body);
    return data.insertInitiative(scope.q, { ...w, programmeId, createdBy: scope.userId });
  });
  return getInitiative(ctx, id);
}

export async function getInitiative(ctx: RequestContext, id: string): Promise<Initiative> {
  return ctx.data.read(
    async (scope) =>
      (
        await initiativesWithDocuments(scope.q, [
          await scope.readOne(
            'programme.read',
            () => data.getInitiative(scope.q, id),
            (i) => ({
              type: 'initiative',
              id: i.id,
              organisationId: i.organisationId,
            }),
          ),
        ])
      )[0]!,
  );
}

export async function updateInitiative(
  ctx: RequestContext,
  id: string,
  body: InitiativePatchBody,
): Promise<Initiative> {
  await ctx.data.run(async (scope) => {
    const i = await scope.readOne(
      'programme.manage',
      () => data.getInitiative(scope.q, id),
      (x) => ({
        type: 'initiative',
        id: x.id,
        organisationId: x.organisationId,
      }),
    );
    const merged: InitiativeCreateBody = {
      name: i.name,
      description: i.description,
      status: i.status,
      startsOn: i.startsOn,
      endsOn: i.endsOn,
      buildingBlocks: i.buildingBlocks,
      parties: i.parties,
      approachCodes: i.approachCodes,
      followUpOf: i.followUpOf,
      ...body,
    };
    await data.updateInitiative(scope.q, id, await initiativeWrite(scope, i.programmeId, id, merged));
  });
  return getInitiative(ctx, id);
}

// ---------------------------------------------------------------------------------------------------------
// Goals

const toGoal = (g: data.GoalRow): Goal => ({ ...g, metric: g.metric });

async function goalWrite(scope: Scope, body: GoalCreateBody): Promise<data.GoalWrite> {
  const errors: FieldError[] = [];
  checkPeriod(body.periodStart, body.periodEnd, '/periodEnd', errors);
  if (body.periodEnd >= body.periodStart && periodTooLong(body.periodStart, body.periodEnd)) {
    errors.push(field('/periodEnd', 'period-too-long', 'monitoring.field.period-too-long'));
  }
  const regionCode = body.regionCode ?? null;
  const approachCode = body.approachCode ?? null;
  if (regionCode !== null && body.scope !== 'region') {
    errors.push(
      field('/regionCode', 'region-only-with-region-scope', 'monitoring.field.region-only-with-region-scope'),
    );
  } else if (regionCode !== null && !(await data.existingRegions(scope.q)).has(regionCode)) {
    errors.push(field('/regionCode', 'unknown-region', 'monitoring.field.unknown-region'));
  }
  if (approachCode !== null && body.scope !== 'approach') {
    errors.push(
      field('/approachCode', 'approach-only-with-approach-scope', 'monitoring.field.approach-only-with-approach-scope'),
    );
  } else if (approachCode !== null && !(await data.existingApproaches(scope.q)).has(approachCode)) {
    errors.push(field('/approachCode', 'unknown-approach', 'monitoring.field.unknown-approach'));
  }
  const minReach = body.approachMinReach ?? null;
  if (body.metric === 'nationalApproaches') {
    if (minReach === null) {
      errors.push(field('/approachMinReach', 'required', 'monitoring.field.min-reach-required'));
    }
    if (body.scope !== 'programme') {
      errors.push(field('/scope', 'national-needs-programme-scope', 'monitoring.field.national-needs-programme-scope'));
    }
  } else if (minReach !== null) {
    errors.push(field('/approachMinReach', 'min-reach-only-national', 'monitoring.field.min-reach-only-national'));
  }
  if (body.metric === 'ipsEmploymentRate') {
    if (body.scope === 'approach' || (body.scope === 'region' && regionCode === null)) {
      errors.push(field('/scope', 'rate-needs-one-scope', 'monitoring.field.rate-needs-one-scope'));
    }
    if (body.target > 100) {
      errors.push(field('/target', 'rate-target-max', 'monitoring.field.rate-target-max'));
    }
  }
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
  return {
    description: body.description.trim(),
    metric: body.metric,
    scope: body.scope,
    regionCode,
    approachCode,
    targetGroup: body.targetGroup ?? null,
    population: body.population ?? 'programme',
    periodStart: body.periodStart,
    periodEnd: body.periodEnd,
    baseline: body.baseline ?? null,
    baselineNote: clean(body.baselineNote),
    target: body.target,
    approachMinReach: minReach,
  };
}

function periodTooLong(start: string, end: string): boolean {
  try {
    periodOf(start, end, '9999-12-31');
    return false;
  } catch {
    return true;
  }
}

export async function createGoal(ctx: RequestContext, programmeId: string, body: GoalCreateBody): Promise<Goal> {
  return ctx.data.run(async (scope) => {
    await scope.readOne('programme.manage', () => data.getProgramme(scope.q, programmeId), programmeResource);
    const id = await data.insertGoal(scope.q, {
      ...(await goalWrite(scope, body)),
      programmeId,
      createdBy: scope.userId,
    });
    return toGoal((await data.getGoal(scope.q, id))!);
  });
}

export async function updateGoal(ctx: RequestContext, id: string, body: GoalPatchBody): Promise<Goal> {
  return ctx.data.run(async (scope) => {
    const g = await scope.readOne(
      'programme.manage',
      () => data.getGoal(scope.q, id),
      (x) => ({
        type: 'programmeGoal',
        id: x.id,
        organisationId: x.organisationId,
      }),
    );
    const merged: GoalCreateBody = {
      description: g.description,
      metric: g.metric,
      scope: g.scope,
      regionCode: g.regionCode,
      approachCode: g.approachCode,
      targetGroup: g.targetGroup as GoalCreateBody['targetGroup'],
      population: g.population,
      periodStart: g.periodStart,
      periodEnd: g.periodEnd,
      baseline: g.baseline,
      baselineNote: g.baselineNote,
      target: g.target,
      approachMinReach: g.approachMinReach,
      ...body,
    };
    await data.updateGoal(scope.q, id, await goalWrite(scope, merged));
    return toGoal((await data.getGoal(scope.q, id))!);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Approaches

/** An approach that reached participants in at least this many arbeidsmarktregio's counts as national [U: our choice]. */
export const NATIONAL_MIN_REGIONS = 3;

export function approachScope(regionCount: number): 'notRunning' | 'regional' | 'national' {
  return regionCount === 0 ? 'notRunning' : regionCount >= NATIONAL_MIN_REGIONS ? 'national' : 'regional';
}

export async function listApproaches(
  ctx: RequestContext,
  query: { from?: string; to?: string; programmeId?: string },
  code: string | null = null,
): Promise<ApproachDetailList> {
  const period = periodOf(query.from, query.to);
  return ctx.data.read(async (scope) => {
    scope.listScope('approach.read');
    const rows = await data.findApproachDetails(scope.q, code);
    if (code !== null && rows.length === 0) {
      throw new AppError('not-found');
    }
    return approachList(scope, ctx, rows, { ...data.NO_FILTER, programmeId: query.programmeId ?? null }, period);
  });
}

async function approachList(
  scope: Scope,
  ctx: RequestContext,
  rows: data.ApproachRow[],
  filter: data.PopulationFilter,
  period: { from: string; to: string; requestedTo?: string },
): Promise<ApproachDetailList> {
  const regionNames = await data.existingRegions(scope.q);
  const where = await data.approachRegions(scope.q, filter, period.from, period.to);
  return {
    from: period.from,
    to: period.requestedTo ?? period.to,
    nationalMinRegions: NATIONAL_MIN_REGIONS,
    items: rows.map((a) => {
      const regions = where.filter((w) => w.approachCode === a.code).map((w) => w.regionCode);
      return {
        code: a.code,
        name: ctx.lang === 'en' ? a.nameEn : a.nameNl,
        description: ctx.lang === 'en' ? (a.descriptionEn ?? a.descriptionNl) : a.descriptionNl,
        active: a.active,
        scope: approachScope(regions.length),
        regions: regions.map((r) => ({ code: r, name: regionNames.get(r) ?? r })),
        knowledgeItems: a.knowledgeItems,
      };
    }),
  };
}

export async function updateApproach(
  ctx: RequestContext,
  code: string,
  body: { descriptionNl?: string | null; descriptionEn?: string | null },
): Promise<ApproachDetailList['items'][number]> {
  await ctx.data.run(async (scope) => {
    const [a] = await data.findApproachDetails(scope.q, code);
    if (!a) {
      throw new AppError('not-found');
    }
    await scope.authorize('approach.manage', { type: 'approach', id: code });
    await data.updateApproachDescription(scope.q, code, {
      descriptionNl: body.descriptionNl === undefined ? a.descriptionNl : clean(body.descriptionNl),
      descriptionEn: body.descriptionEn === undefined ? a.descriptionEn : clean(body.descriptionEn),
    });
  });
  return (await listApproaches(ctx, {}, code)).items[0]!;
}

// ---------------------------------------------------------------------------------------------------------
// Goal progress

const COUNT_METRICS: Partial<Record<data.GoalRow['metric'], Measure>> = {
  reach: 'reach',
  jobStarts: 'jobStarts',
  sustainable6: 'sustainable6',
  sustainable12: 'sustainable12',
};

const fmt = (ctx: RequestContext, n: number) => new Intl.NumberFormat(ctx.lang === 'en' ? 'en-GB' : 'nl-NL').format(n);

type ProgressRow = GoalProgress['goals'][number]['rows'][number];

function countRow(
  ctx: RequestContext,
  goal: data.GoalRow,
  key: string,
  label: string,
  cell: Cell,
  periodTo: string,
  threshold: number,
): ProgressRow {
  const year = Number(goal.periodStart.slice(0, 4));
  const calendarYear = goal.periodStart === `${year}-01-01` && goal.periodEnd === `${year}-12-31`;
  let projection: ProgressRow['projection'] = null;
  if (goal.metric !== 'reach' && calendarYear && cell.status === 'shown' && cell.value !== null) {
    const raw = projectYearEnd({ count: cell.value, target: goal.target, year, asOf: periodTo });
    const published = publishGoalProjection(raw, threshold);
    if (!published.suppressed) {
      projection = {
        year,
        projected: published.projected,
        low: published.low,
        high: published.high,
        outlook: published.outlook,
        early: raw.early,
      };
    }
  }
  const params = { label, count: cell.display, target: fmt(ctx, goal.target) };
  const sentence =
    projection && !projection.early && projection.outlook !== 'reached' && periodTo < goal.periodEnd
      ? ctx.t('monitoring.goal.sentence-expected', {
          ...params,
          year,
          low: fmt(ctx, projection.low),
          high: fmt(ctx, projection.high),
        })
      : ctx.t('monitoring.goal.sentence', params);
  return { key, label, count: cell, rate: null, target: goal.target, projection, sentence };
}

async function progressOf(
  scope: Scope,
  ctx: RequestContext,
  programme: data.ProgrammeRow,
  goal: data.GoalRow,
  asOf: string,
): Promise<GoalProgress['goals'][number]> {
  const periodTo = asOf < goal.periodEnd ? asOf : goal.periodEnd;
  const base = { goal: toGoal(goal), periodTo: periodTo < goal.periodStart ? goal.periodStart : periodTo };
  if (asOf < goal.periodStart) {
    return { ...base, note: ctx.t('monitoring.goal.note.not-started'), rows: [] };
  }
  let filter: data.PopulationFilter = {
    ...filterOf({}),
    programmeId: goal.population === 'programme' ? programme.id : null,
    approachCode: goal.approachCode,
    regionCode: goal.regionCode,
    targetGroup: goal.targetGroup,
  };
  if (goal.population === 'everyone' && !unrestricted(ctx)) {
    // Beyond the programme's own trajectories a programme manager sees only their own region.
    try {
      filter = await narrowForActor(scope, ctx, filter);
    } catch (error) {
      if (error instanceof AppError && error.code === 'forbidden') {
        return { ...base, note: ctx.t('monitoring.problem.region-not-yours'), rows: [] };
      }
      throw error;
    }
  }
  const s = programme.suppression;
  const def = programme.sustainableDefinition;
  const period = { from: goal.periodStart, to: periodTo };
  const measure = COUNT_METRICS[goal.metric];
  if (measure) {
    const by: Dimension =
      goal.scope === 'region' && goal.regionCode === null
        ? 'region'
        : goal.scope === 'approach' && goal.approachCode === null
          ? 'approach'
          : 'none';
    const published = await protectedCounts(scope.q, filter, by, period, def, s);
    const year = Number(goal.periodStart.slice(0, 4));
    const calendarYear = goal.periodStart === `${year}-01-01` && goal.periodEnd === `${year}-12-31`;
    const note =
      goal.metric === 'reach'
        ? ctx.t('monitoring.goal.note.not-a-count')
        : calendarYear
          ? null
          : ctx.t('monitoring.goal.note.not-calendar-year');
    if (by === 'none') {
      const key = goal.regionCode ?? goal.approachCode ?? 'programme';
      const label =
        goal.regionCode !== null
          ? ((await data.existingRegions(scope.q)).get(goal.regionCode) ?? goal.regionCode)
          : goal.approachCode !== null
            ? ((await labelsFor(scope.q, ctx, 'approach', [goal.approachCode])).get(goal.approachCode) ??
              goal.approachCode)
            : programme.name;
      return {
        ...base,
        note,
        rows: [countRow(ctx, goal, key, label, published.total[measure], periodTo, s.threshold)],
      };
    }
    const labels = await labelsFor(
      scope.q,
      ctx,
      by,
      published.rows.map((r) => r.key),
    );
    return {
      ...base,
      note,
      rows: published.rows
        .map((r) => countRow(ctx, goal, r.key, labels.get(r.key) ?? r.key, r.cells[measure], periodTo, s.threshold))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    };
  }
  if (goal.metric === 'ipsEmploymentRate') {
    const rows: ProgressRow[] = [];
    for (let year = Number(goal.periodStart.slice(0, 4)); year <= Number(periodTo.slice(0, 4)); year++) {
      for (const q of await ipsQuarters(scope.q, filter, year, periodTo, def, s)) {
        if (q.to < goal.periodStart) {
          continue;
        }
        const label = ctx.t('monitoring.quarter', { quarter: q.quarter, year });
        const target = fmt(ctx, goal.target);
        rows.push({
          key: `${year}-Q${q.quarter}`,
          label,
          count: q.worked,
          rate: q.rate,
          target: goal.target,
          projection: null,
          sentence:
            q.rate === null
              ? ctx.t('monitoring.goal.sentence-rate-hidden', { label, target })
              : ctx.t('monitoring.goal.sentence-rate', { label, rate: fmt(ctx, q.rate), target }),
        });
      }
    }
    return { ...base, note: ctx.t('monitoring.goal.note.rate'), rows };
  }
  // nationalApproaches: approaches that ran in ≥ NATIONAL_MIN_REGIONS regions and reached the minimum.
  const raw = await protectedCounts(scope.q, filter, 'approach', period, def, s);
  const counts = await data.countReach(scope.q, filter, 'approach', period.from, period.to);
  const where = await data.approachRegions(scope.q, filter, period.from, period.to);
  const labels = await labelsFor(
    scope.q,
    ctx,
    'approach',
    raw.rows.map((r) => r.key),
  );
  const min = goal.approachMinReach ?? 100;
  const perApproach = raw.rows.map((r) => {
    const regions = where.filter((w) => w.approachCode === r.key).length;
    const reach = counts.find((c) => c.key === r.key)?.n ?? 0;
    const label = labels.get(r.key) ?? r.key;
    const scopeName = approachScope(regions);
    return {
      qualifies: scopeName === 'national' && reach >= min,
      row: {
        key: r.key,
        label,
        count: r.cells.reach,
        rate: null,
        target: min,
        projection: null,
        sentence: ctx.t('monitoring.goal.sentence-approach', {
          label,
          count: r.cells.reach.display,
          regions,
          scope: ctx.t(`monitoring.scope.${scopeName}`),
        }),
      } satisfies ProgressRow,
    };
  });
  const qualifying = perApproach.filter((a) => a.qualifies).length;
  const summary: ProgressRow = {
    key: 'programme',
    label: programme.name,
    count: { value: qualifying, display: String(qualifying), suppressed: false, status: 'shown' },
    rate: null,
    target: goal.target,
    projection: null,
    sentence: ctx.t('monitoring.goal.sentence-national', {
      count: qualifying,
      target: fmt(ctx, goal.target),
      min: fmt(ctx, min),
    }),
  };
  return { ...base, note: null, rows: [summary, ...perApproach.map((a) => a.row)] };
}

export async function goalProgress(
  ctx: RequestContext,
  programmeId: string,
  asOfInput?: string,
): Promise<GoalProgress> {
  const today = todayInNl();
  const asOf = asOfInput && asOfInput < today ? asOfInput : today;
  return ctx.data.read(async (scope) => {
    const programme = await scope.readOne(
      'indicator.read',
      () => data.getProgramme(scope.q, programmeId),
      programmeResource,
    );
    // A programme manager reads the progress of their own organisation's programmes.
    if (
      !unrestricted(ctx) &&
      !(await scope.can(['programme.manage'], programmeResource(programme)))['programme.manage']
    ) {
      throw new AppError('forbidden', { detailKey: 'monitoring.problem.region-not-yours' });
    }
    const goals = await data.findGoals(scope.q, programme.id);
    const out: GoalProgress['goals'] = [];
    for (const goal of goals) {
      out.push(await progressOf(scope, ctx, programme, goal, asOf));
    }
    const routeTargets = (await programmeTargetFigures(scope.q, programme.id, asOf)).map(({ target, achieved }) => {
      const cell = toCell(suppressCount(achieved, programme.suppression));
      return {
        target: {
          id: target.id,
          routeId: target.routeId,
          routeName: target.routeName,
          description: target.description,
          measure: target.measure,
          stepKind: target.stepKind,
          targetCount: target.targetCount,
          periodStart: target.periodStart,
          periodEnd: target.periodEnd,
        },
        achieved: cell,
        percentage: cell.value === null ? null : Math.round((cell.value / target.targetCount) * 100),
        sentence: ctx.t('monitoring.routeTarget.sentence', {
          route: target.routeName,
          count: cell.display,
          target: fmt(ctx, target.targetCount),
        }),
      };
    });
    return { programmeId: programme.id, asOf, threshold: programme.suppression.threshold, goals: out, routeTargets };
  });
}
