/**
 * The funders' report of one initiative (issue 5, "Exports"): the initiative and its programme, the
 * programme's goals with their progress, the initiative's indicators, the latest IPS fidelity review of
 * each team taking part and the process evaluation — as a PDF in the reader's language.
 *
 * Every part comes from the service the screen uses, with the reader's own context: `getInitiative` and
 * `getProgramme` (programme.read), `goalProgress` (indicator.read, own programmes for a programme manager),
 * `indicatorTable` filtered on the initiative (indicator.read, narrowed by `narrowForActor`, suppressed and
 * linked-table checked), `listReviews` (fidelity.read) and `getProcessEvaluation` (programme.read). So the
 * report never shows more than the screens do, and never an unsuppressed count. A part the reader may not
 * see (a 403 from its service) becomes a sentence saying so; the rest of the report is still made.
 */
import { AppError } from '../../../platform/errors/app-error.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { MessageKey } from '../../../platform/i18n/i18n.js';
import { todayInNl } from '../../../shared/dates.js';
import { addMonths } from '../../jobs/jobs.indicators.js';
import { listReviews } from '../monitoring.fidelity.service.js';
import { indicatorTable, labelsFor } from '../monitoring.indicators.service.js';
import { getInitiative, getProgramme, goalProgress } from '../monitoring.programmes.service.js';
import type { GoalProgress, IndicatorTable, Programme } from '../monitoring.schemas.js';
import { getProcessEvaluation } from '../process/process.service.js';
import type { ProcessEvaluation } from '../process/process.schemas.js';
import type { ReportModel, ReportQuestion } from './report.model.js';
import { renderInitiativeReport } from './report.render.js';

type T = (key: string, params?: Record<string, string | number>) => string;

/** "3 december 2026" / "3 December 2026". */
export function formatDate(lang: 'nl' | 'en', date: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A file-name part: lower case, no accents, words joined by "-". */
export function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'initiatief'
  );
}

/**
 * The period of the indicators: the programme's period up to `asOf`; when that is not usable (not started
 * yet, or longer than the 60 months the indicators allow) the calendar year of `asOf`.
 */
export function indicatorPeriod(programme: Pick<Programme, 'startsOn' | 'endsOn'>, asOf: string) {
  const to = programme.endsOn && programme.endsOn < asOf ? programme.endsOn : asOf;
  if (programme.startsOn <= to && addMonths(programme.startsOn, 60) >= to) {
    return { from: programme.startsOn, to };
  }
  return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
}

/** Runs one part of the report; a refusal (403) becomes its sentence instead. */
async function orRefusal<R>(t: T, part: () => Promise<R>, fallbackKey: string): Promise<R | { refused: string }> {
  try {
    return await part();
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') {
      return { refused: t(error.options.detailKey ?? fallbackKey, error.options.params) };
    }
    throw error;
  }
}
const refused = (x: unknown): x is { refused: string } => typeof x === 'object' && x !== null && 'refused' in x;

/**
 * Builds the report model from the module's services, in the reader's context.
 * @param ctx - the request context (actor, language, scoped data)
 * @param initiativeId - the initiative
 * @param asOfInput - figures up to this day (default and at most today)
 */
export async function buildReportModel(
  ctx: RequestContext,
  initiativeId: string,
  asOfInput?: string,
): Promise<ReportModel> {
  const t: T = (key, params) => ctx.t(key as MessageKey, params);
  const today = todayInNl();
  const asOf = asOfInput && asOfInput < today ? asOfInput : today;
  const day = (d: string) => formatDate(ctx.lang, d);
  const period = (from: string, to: string | null) =>
    to
      ? t('monitoring.report.period.closed', { from: day(from), to: day(to) })
      : t('monitoring.report.period.open', { from: day(from) });

  const initiative = await getInitiative(ctx, initiativeId);
  const programme = await getProgramme(ctx, initiative.programmeId);
  const threshold = programme.suppression.threshold;
  const approachNames =
    initiative.approachCodes.length === 0
      ? new Map<string, string>()
      : await ctx.data.read((scope) => labelsFor(scope.q, ctx, 'approach', initiative.approachCodes));

  const facts: ReportModel['facts'] = [
    {
      label: t('monitoring.report.programme'),
      value: t('monitoring.report.programme.value', {
        name: programme.name,
        organisation: programme.organisationName,
      }),
    },
    { label: t('monitoring.report.period'), value: period(initiative.startsOn, initiative.endsOn) },
    { label: t('monitoring.report.status'), value: t(`monitoring.report.status.${initiative.status}`) },
  ];
  if (initiative.approachCodes.length > 0) {
    facts.push({
      label: t('monitoring.report.approaches'),
      value: initiative.approachCodes.map((c) => approachNames.get(c) ?? c).join(', '),
    });
  }
  facts.push(
    { label: t('monitoring.report.madeOn'), value: day(today) },
    { label: t('monitoring.report.threshold'), value: t('monitoring.report.threshold.value', { threshold }) },
  );

  // One after the other: each service opens its own read on the scoped handle.
  const progress = await orRefusal(t, () => goalProgress(ctx, programme.id, asOf), 'problem.forbidden.detail');
  const table = await orRefusal(
    t,
    () => indicatorTable(ctx, { initiativeId, by: 'none', ...indicatorPeriod(programme, asOf) }),
    'monitoring.problem.region-not-yours',
  );
  const reviews = await fidelityOf(ctx, t, initiative.parties);
  const evaluation = await getProcessEvaluation(ctx, initiativeId);

  return {
    title: initiative.name,
    facts,
    description: initiative.description,
    parties: initiative.parties.map((p) => ({
      name: p.name,
      kind: t(`monitoring.report.partyKind.${p.kind}`),
      perspective: p.perspective,
    })),
    buildingBlocks: initiative.buildingBlocks.map((b) => t(`monitoring.report.block.${b}`)),
    signs: t('monitoring.export.signs', { threshold }),
    goals: goalsOf(t, day, period, programme, progress),
    indicators: indicatorsOf(t, day, table),
    fidelity: reviews,
    process: processOf(t, day, evaluation),
  };
}

function goalsOf(
  t: T,
  day: (d: string) => string,
  period: (from: string, to: string | null) => string,
  programme: Programme,
  progress: GoalProgress | { refused: string },
): ReportModel['goals'] {
  const subtitle = (g: Programme['goals'][number]) =>
    t('monitoring.report.goals.subtitle', {
      metric: t(`monitoring.report.metric.${g.metric}`),
      period: period(g.periodStart, g.periodEnd),
    });
  if (refused(progress)) {
    // Without the figures the goals themselves are still the programme's (programme.read).
    return {
      intro: null,
      note: progress.refused,
      items: programme.goals.map((g) => ({
        description: g.description,
        subtitle: subtitle(g),
        sentences: [],
        note: null,
      })),
      routeTargets: [],
    };
  }
  return {
    intro: t('monitoring.report.goals.asOf', { date: day(progress.asOf) }),
    note: null,
    items: progress.goals.map((p) => ({
      description: p.goal.description,
      subtitle: subtitle(p.goal),
      sentences: p.rows.map((r) => r.sentence),
      note: p.note,
    })),
    routeTargets: progress.routeTargets.map((r) => `${r.target.description}: ${r.sentence}`),
  };
}

function indicatorsOf(
  t: T,
  day: (d: string) => string,
  table: IndicatorTable | { refused: string },
): ReportModel['indicators'] {
  if (refused(table)) {
    return { note: table.refused, period: null, rows: [] };
  }
  const lines = [t('monitoring.export.period', { from: day(table.from), to: day(table.to), asOf: day(table.asOf) })];
  if (table.regionCode) {
    lines.push(t('monitoring.export.region', { region: table.regionCode }));
  }
  return {
    note: null,
    period: lines.join('. '),
    rows: table.columns.map((c) => ({
      label: c.label,
      definition: c.definition,
      inChart: c.key !== 'hoursWorked',
      cell: {
        value: table.total[c.key].value,
        display: table.total[c.key].display,
        suppressed: table.total[c.key].suppressed,
      },
    })),
  };
}

/** The newest review of each team of the organisations taking part (listReviews: oldest first per team). */
async function fidelityOf(
  ctx: RequestContext,
  t: T,
  parties: { organisationId: string | null }[],
): Promise<ReportModel['fidelity']> {
  const organisationIds = [...new Set(parties.map((p) => p.organisationId).filter((id): id is string => !!id))];
  const latest = new Map<string, Awaited<ReturnType<typeof listReviews>>['items'][number]>();
  for (const organisationId of organisationIds) {
    const list = await orRefusal(t, () => listReviews(ctx, organisationId), 'problem.forbidden.detail');
    if (refused(list)) {
      return { note: list.refused, reviews: [] };
    }
    for (const review of list.items) {
      latest.set(`${review.organisationId}/${review.teamName ?? ''}`, review);
    }
  }
  const reviews = [...latest.values()].map((r) => ({
    team: r.teamName ? `${r.organisationName} – ${r.teamName}` : r.organisationName,
    reviewedOn: formatDate(ctx.lang, r.reviewedOn),
    score: t('monitoring.report.fidelity.scoreValue', { total: r.total, max: r.max }),
    band: r.bandName,
  }));
  return {
    note: reviews.length > 0 ? t('monitoring.report.fidelity.intro') : t('monitoring.report.fidelity.none'),
    reviews,
  };
}

function processOf(t: T, day: (d: string) => string, e: ProcessEvaluation): ReportModel['process'] {
  const newest = e.rounds[0];
  const questions: ReportQuestion[] = e.questions
    .filter((q) => !q.archived)
    .sort((a, b) => a.position - b.position)
    .map((q) => {
      const round = e.rounds.find((r) => r.answers.some((a) => a.questionId === q.id));
      const answer = round?.answers.find((a) => a.questionId === q.id);
      return {
        text: q.text,
        about: [
          t(`monitoring.report.process.kind.${q.kind}`),
          ...(q.buildingBlock ? [t(`monitoring.report.block.${q.buildingBlock}`)] : []),
        ].join(' · '),
        answer:
          round && answer
            ? {
                status: answer.status ? t(`monitoring.report.answer.${answer.status}`) : null,
                note: answer.note,
                round: t('monitoring.report.process.round', { title: round.title, date: day(round.heldOn) }),
              }
            : null,
      };
    });
  const p = e.progress;
  return {
    rounds: newest
      ? t('monitoring.report.process.rounds', { count: e.rounds.length, date: day(newest.heldOn) })
      : t('monitoring.report.process.noRounds'),
    standing:
      p.checklistItems > 0
        ? t('monitoring.report.process.standing', {
            yes: p.yes,
            partly: p.partly,
            no: p.no,
            notAnswered: p.notAnswered,
            items: p.checklistItems,
          })
        : null,
    questions,
  };
}

/**
 * The report as a file: `rapport-<initiative>-<date>.pdf`.
 * @param ctx - the request context
 * @param initiativeId - the initiative
 * @param asOf - figures up to this day (default today)
 */
export async function initiativeReport(
  ctx: RequestContext,
  initiativeId: string,
  asOf?: string,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const model = await buildReportModel(ctx, initiativeId, asOf);
  const bytes = await renderInitiativeReport(model, ctx.t);
  return { fileName: `${slug(ctx.t('monitoring.report.fileName'))}-${slug(model.title)}-${todayInNl()}.pdf`, bytes };
}
