/**
 * The figures of a learning route, in numbers without names, and their downloads: the board by step per
 * cohort, progress on the targets, signals, and inflow into and retention in the sector per route, cohort
 * and target group. Inflow and retention go through small-cell suppression before they leave the API
 * (learning-routes.publish.ts); every export does too, board and targets included, because a file leaves
 * the platform. Definitions: docs/domain/indicators.md, "Learning routes".
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { Queryable } from '../../platform/db/db.js';
import { todayInNl } from '../../shared/dates.js';
import { writeXlsx, type XlsxSheet } from '../../platform/spreadsheet/xlsx.js';
import { CSV_MEDIA_TYPE, writeCsvBytes, type CsvValue } from '../../platform/spreadsheet/csv.js';
import * as data from './learning-routes.data.js';
import { cohortBelowPlanned, noRecentNote, stateOf, wepOverdue } from './learning-routes.rules.js';
import { summarise, summariseBy, targetProgress, type EnrolmentFacts } from './learning-routes.indicators.js';
import { enrolmentFacts } from './learning-enrolments.service.js';
import {
  publishBoardRow,
  publishCount,
  publishFlow,
  SUPPRESSION_THRESHOLD,
  type Cell,
  type PublishedFlowRow,
} from './learning-routes.publish.js';
import { routeResource } from './learning-routes.service.js';
import type { Flow, Progress } from './learning-routes.schemas.js';

type Lang = 'nl' | 'en';

const TARGET_GROUP_LABELS: Record<string, { nl: string; en: string }> = {
  workDisability: { nl: 'Arbeidsbeperking', en: 'Work disability' },
  psychologicalVulnerability: { nl: 'Psychische kwetsbaarheid', en: 'Psychological vulnerability' },
  statusHolder: { nl: 'Statushouder', en: 'Status holder' },
  benefitRecipient: { nl: 'Uitkeringsgerechtigde', en: 'Benefit recipient' },
  nugger: { nl: 'Niet-uitkeringsgerechtigde (nugger)', en: 'Not receiving benefits (nugger)' },
  careerSwitcher: { nl: 'Zij-instromer', en: 'Career switcher' },
  praktijkVsoPupil: { nl: 'Leerling pro/vso', en: 'Pro/vso pupil' },
};

function definitionText(lang: Lang): string {
  return lang === 'en'
    ? 'Inflow: a first paid job of at least 4 hours a week in the sector of the route (by occupation, or at a partner employer), starting on or after the enrolment and at most 6 months after the route ended. Retention: 6 (12) months after that job start the participant still has a paid job in the sector; counted only once that day has come ("known"). Each participant counts once per row; someone in two target groups is in both rows.'
    : 'Instroom: een eerste betaalde baan van minstens 4 uur per week in de sector van de route (naar beroep, of bij een partner-werkgever), gestart op of na de inschrijving en hoogstens 6 maanden na het einde van de route. Behoud: 6 (12) maanden na die baanstart heeft de deelnemer nog betaald werk in de sector; pas geteld als die dag voorbij is ("bekend"). Iedere deelnemer telt één keer per rij; wie in twee doelgroepen valt, staat in beide rijen.';
}

function suppressionText(lang: Lang): string {
  return lang === 'en'
    ? `Fewer than ${SUPPRESSION_THRESHOLD} people in a cell could point to one person. Such a number is shown as "< ${SUPPRESSION_THRESHOLD}". Sometimes a larger number is hidden too, shown as "x": otherwise the small number could be worked out from the total.`
    : `Minder dan ${SUPPRESSION_THRESHOLD} mensen in een vak kan naar één persoon wijzen. Zo'n aantal staat er als "< ${SUPPRESSION_THRESHOLD}". Soms is ook een groter aantal verborgen, als "x": anders is het kleine aantal uit te rekenen met het totaal.`;
}

const WORDS = {
  nl: {
    completed: 'Afgerond',
    stopped: 'Gestopt',
    none: 'Zonder groep',
    total: 'Totaal',
    kind: 'Soort rij',
    kindTotal: 'Route',
    kindCohort: 'Groep',
    kindGroup: 'Doelgroep',
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
    known6: 'Bekend na 6 maanden',
    retained6: 'Na 6 maanden nog in de sector',
    known12: 'Bekend na 12 maanden',
    retained12: 'Na 12 maanden nog in de sector',
    asOf: 'Stand op',
    route: 'Leerroute',
  },
  en: {
    completed: 'Completed',
    stopped: 'Stopped',
    none: 'No cohort',
    total: 'Total',
    kind: 'Kind of row',
    kindTotal: 'Route',
    kindCohort: 'Cohort',
    kindGroup: 'Target group',
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
    known6: 'Known after 6 months',
    retained6: 'Still in the sector after 6 months',
    known12: 'Known after 12 months',
    retained12: 'Still in the sector after 12 months',
    asOf: 'As of',
    route: 'Learning route',
  },
} as const;

interface Loaded {
  route: data.RouteRow;
  today: string;
  enrolments: data.EnrolmentRow[];
  facts: EnrolmentFacts[];
}

/**
 * The route (for readers of its figures) with every enrolment and what was computed for it. A download is
 * written to the audit log although it holds no personal data: a file leaves the platform, and who took
 * which figures when should be on record.
 */
async function loadFigures(
  scope: Scope,
  routeId: string,
  asOf: string | undefined,
  purpose: 'read' | 'export' = 'read',
): Promise<Loaded> {
  const route = await scope.readOne('learningRoute.readProgress', () => data.getRoute(scope.q, routeId), routeResource);
  if (purpose === 'export') {
    scope.auditEvent('learningRoute.exportProgress', routeResource(route), 'allowed');
  }
  const today = asOf ?? todayInNl();
  return { route, today, ...(await routeFacts(scope.q, routeId, today)) };
}

/** A route's enrolments and the facts the figures count from (step, outcome, job in the sector), as of a day. */
async function routeFacts(
  q: Queryable,
  routeId: string,
  today: string,
): Promise<{ enrolments: data.EnrolmentRow[]; facts: EnrolmentFacts[] }> {
  const enrolments = await data.findEnrolmentsOfRoute(q, routeId);
  const jobs = await data.jobsOfParticipants(q, [...new Set(enrolments.map((e) => e.participantId))]);
  return { enrolments, facts: enrolments.map((e) => enrolmentFacts(e, jobs, today)) };
}

function boardOf(l: Loaded, lang: Lang): Progress['board'] {
  const w = WORDS[lang];
  const cohortKeys: (string | null)[] = [...l.route.cohorts.map((c) => c.id), null];
  return (
    cohortKeys
      .map((cohortId) => {
        const inCohort = l.enrolments.filter((e) => e.cohortId === cohortId);
        const states = inCohort.map((e) => stateOf(e.steps, e.events));
        return {
          cohortId,
          cohortName: cohortId === null ? null : (l.route.cohorts.find((c) => c.id === cohortId)?.name ?? null),
          size: inCohort.length,
          columns: [
            ...l.route.steps.map((s) => ({
              stepId: s.id,
              label: s.name,
              kind: 'step' as const,
              count: states.filter((st) => !st.ended && st.step?.id === s.id).length,
            })),
            {
              stepId: null,
              label: w.completed,
              kind: 'completed' as const,
              count: states.filter((st) => st.ended?.kind === 'complete').length,
            },
            {
              stepId: null,
              label: w.stopped,
              kind: 'stopped' as const,
              count: states.filter((st) => st.ended?.kind === 'stop').length,
            },
          ],
        };
      })
      // The "no cohort" row only when someone is enrolled without a cohort.
      .filter((row) => row.cohortId !== null || row.size > 0)
      .map(({ size: _size, ...row }) => row)
  );
}

function targetsOf(l: Loaded): Progress['targets'] {
  return l.route.targets.map((t) => {
    const achieved = targetProgress(t, l.facts);
    return { target: t, achieved, percentage: Math.round((achieved / t.targetCount) * 100) };
  });
}

/** A target that counts towards a monitoring programme, with the number achieved so far (not yet suppressed). */
export interface ProgrammeTargetFigure {
  target: data.TargetRow & { routeName: string };
  achieved: number;
}

/**
 * The targets of every route that count towards a programme, each with its progress as of `asOf`, computed
 * as on the route's own board ({@link targetProgress} over the route's enrolments). Reads through the
 * database handle without an access check of its own: the caller (monitoring's goal progress) has decided
 * that the reader may see the programme's figures, and publishes only these counts, suppressed.
 */
export async function programmeTargetFigures(
  q: Queryable,
  programmeId: string,
  asOf: string,
): Promise<ProgrammeTargetFigure[]> {
  const targets = await data.findTargetsOfProgramme(q, programmeId);
  const factsOfRoute = new Map<string, EnrolmentFacts[]>();
  for (const routeId of new Set(targets.map((t) => t.routeId))) {
    factsOfRoute.set(routeId, (await routeFacts(q, routeId, asOf)).facts);
  }
  return targets.map((target) => ({
    target,
    achieved: targetProgress(target, factsOfRoute.get(target.routeId) ?? []),
  }));
}

/**
 * The progress of a route for its coordinator, in numbers without names: participants per step (per
 * cohort), progress on each target, and how many enrolments carry a signal. Inflow and retention are in
 * {@link getFlow}. Names are only on the enrolments, for those who may see them.
 */
export async function getProgress(ctx: RequestContext, routeId: string, asOf?: string): Promise<Progress> {
  return ctx.data.read(async (scope) => {
    const l = await loadFigures(scope, routeId, asOf);
    let wep = 0;
    let note = 0;
    for (const e of l.enrolments) {
      const st = stateOf(e.steps, e.events);
      wep += wepOverdue(st, l.today) ? 1 : 0;
      note += noRecentNote(st, e.enrolledOn, e.notes[0]?.notedOn ?? null, l.today) ? 1 : 0;
    }
    return {
      routeId,
      asOf: l.today,
      board: boardOf(l, ctx.lang),
      targets: targetsOf(l),
      signals: {
        wepOverdue: wep,
        noRecentNote: note,
        cohortsBelowPlannedSize: l.route.cohorts.flatMap((c) => {
          const s = cohortBelowPlanned(c, c.members, l.today);
          return s ? [{ cohortId: c.id, name: c.name, startDate: c.startDate, openPlaces: s.openPlaces }] : [];
        }),
      },
    };
  });
}

function flowOf(l: Loaded, lang: Lang): Flow {
  const w = WORDS[lang];
  const byCohort = summariseBy(l.facts, (f) => [f.cohortId ?? '']);
  const byGroup = summariseBy(l.facts, (f) => f.targetGroups);
  const empty = summarise([]);
  const cohortRows = [
    ...l.route.cohorts.map((c) => ({ key: c.id, label: c.name, summary: byCohort.get(c.id) ?? empty })),
    // Everyone counts in one of the cohort rows, so that the rows add up to (at least) the total.
    ...(byCohort.has('') ? [{ key: 'none', label: w.none, summary: byCohort.get('')! }] : []),
  ];
  const published = publishFlow({
    total: { key: 'total', label: l.route.name, summary: summarise(l.facts) },
    byCohort: cohortRows,
    byTargetGroup: l.route.targetGroups.map((g) => ({
      key: g,
      label: TARGET_GROUP_LABELS[g]?.[lang] ?? g,
      summary: byGroup.get(g) ?? empty,
    })),
  });
  return {
    routeId: l.route.id,
    routeName: l.route.name,
    asOf: l.today,
    threshold: SUPPRESSION_THRESHOLD,
    ...published,
    definition: definitionText(lang),
    suppression: suppressionText(lang),
  };
}

/**
 * Inflow into and retention in the sector, for the route, per cohort and per target group; every count
 * through small-cell suppression (shown outside the case team).
 */
export async function getFlow(ctx: RequestContext, routeId: string, asOf?: string): Promise<Flow> {
  return ctx.data.read(async (scope) => flowOf(await loadFigures(scope, routeId, asOf), ctx.lang));
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  body: Uint8Array;
}

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name from parts: letters, digits, spaces, _ and - only, single spaces. */
export function fileNameOf(parts: string[], extension: 'csv' | 'xlsx'): string {
  const base = parts
    .map((p) => p.replace(/[^\p{L}\p{N} _-]/gu, ' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base || 'leerroute'}.${extension}`;
}

const shown = (c: Cell): CsvValue => (c.value !== null ? c.value : c.display);

function file(format: 'csv' | 'xlsx', sheets: XlsxSheet[], nameParts: string[]): ExportFile {
  if (format === 'csv') {
    // A CSV holds one table: the first sheet.
    return {
      fileName: fileNameOf(nameParts, 'csv'),
      mediaType: CSV_MEDIA_TYPE,
      body: writeCsvBytes(sheets[0]!.rows),
    };
  }
  return { fileName: fileNameOf(nameParts, 'xlsx'), mediaType: XLSX_MEDIA_TYPE, body: writeXlsx(sheets) };
}

function flowRows(f: Flow, lang: Lang): CsvValue[][] {
  const w = WORDS[lang];
  const line = (kind: string, r: PublishedFlowRow): CsvValue[] => [
    r.label,
    kind,
    shown(r.participants),
    shown(r.inflow),
    shown(r.known6),
    shown(r.retained6),
    shown(r.known12),
    shown(r.retained12),
  ];
  return [
    [w.group, w.kind, w.count, w.inflow, w.known6, w.retained6, w.known12, w.retained12],
    line(w.kindTotal, f.total),
    ...f.byCohort.map((r) => line(w.kindCohort, r)),
    ...f.byTargetGroup.map((r) => line(w.kindGroup, r)),
  ];
}

/** Notes under a table in a file: the date of the figures and why some numbers are hidden. */
function notes(lang: Lang, routeName: string, asOf: string, suppression: string): CsvValue[][] {
  const w = WORDS[lang];
  return [[], [w.route, routeName], [w.asOf, asOf], [suppression]];
}

/** The inflow and retention table as CSV or XLSX, suppressed as on the screen. */
export async function exportFlow(
  ctx: RequestContext,
  routeId: string,
  format: 'csv' | 'xlsx',
  asOf?: string,
): Promise<ExportFile> {
  const f = await ctx.data.read(async (scope) => flowOf(await loadFigures(scope, routeId, asOf, 'export'), ctx.lang));
  const rows = [...flowRows(f, ctx.lang), ...notes(ctx.lang, f.routeName, f.asOf, f.suppression)];
  return file(
    format,
    [{ name: WORDS[ctx.lang].flow, boldFirstRow: true, columnWidths: [40, 14, 12, 16, 18, 22, 18, 22], rows }],
    ['Instroom en behoud', f.routeName, f.asOf],
  );
}

/** One cohort's board (participants per step, completed, stopped) as CSV or XLSX, with small counts hidden. */
export async function exportBoard(
  ctx: RequestContext,
  routeId: string,
  cohortId: string,
  format: 'csv' | 'xlsx',
  asOf?: string,
): Promise<ExportFile> {
  const { l, board } = await ctx.data.read(async (scope) => {
    const l = await loadFigures(scope, routeId, asOf, 'export');
    return { l, board: boardOf(l, ctx.lang) };
  });
  const cohort = l.route.cohorts.find((c) => c.id === cohortId);
  if (!cohort) {
    throw new AppError('not-found');
  }
  const w = WORDS[ctx.lang];
  const columns = board.find((b) => b.cohortId === cohortId)?.columns ?? [];
  const published = publishBoardRow(columns.map((c) => c.count));
  const rows: CsvValue[][] = [
    [w.step, w.count],
    ...columns.map((c, i) => [c.label, shown(published.cells[i]!)]),
    [w.total, shown(published.total)],
    ...notes(ctx.lang, l.route.name, l.today, suppressionText(ctx.lang)),
    [w.cohort, cohort.name],
  ];
  return file(
    format,
    [{ name: w.board, boldFirstRow: true, columnWidths: [40, 14], rows }],
    ['Voortgang per stap', cohort.name, l.today],
  );
}

/**
 * All figures of the route as one workbook (targets, board by step, inflow and retention), without
 * names and with small counts hidden, as in every export.
 */
export async function exportProgress(ctx: RequestContext, routeId: string, asOf?: string): Promise<ExportFile> {
  const { l, board, flow } = await ctx.data.read(async (scope) => {
    const l = await loadFigures(scope, routeId, asOf, 'export');
    return { l, board: boardOf(l, ctx.lang), flow: flowOf(l, ctx.lang) };
  });
  const w = WORDS[ctx.lang];
  const targetRows = targetsOf(l).map((x) => {
    const achieved = publishCount(x.achieved);
    return [
      x.target.description,
      x.target.periodStart,
      x.target.periodEnd,
      x.target.targetCount,
      shown(achieved),
      achieved.value !== null ? x.percentage : null,
    ];
  });
  const boardRows = board.flatMap((b) => {
    const published = publishBoardRow(b.columns.map((c) => c.count));
    return [
      ...b.columns.map((c, i) => [b.cohortName ?? w.none, c.label, shown(published.cells[i]!)]),
      [b.cohortName ?? w.none, w.total, shown(published.total)],
    ];
  });
  const tail = notes(ctx.lang, l.route.name, l.today, flow.suppression);
  return file(
    'xlsx',
    [
      {
        name: w.targets,
        boldFirstRow: true,
        columnWidths: [50, 14, 18, 14, 12, 12],
        rows: [[w.target, w.from, w.to, w.goal, w.achieved, w.percentage], ...targetRows, ...tail],
      },
      {
        name: w.board,
        boldFirstRow: true,
        columnWidths: [30, 30, 12],
        rows: [[w.cohort, w.step, w.count], ...boardRows, ...tail],
      },
      {
        name: w.flow,
        boldFirstRow: true,
        columnWidths: [40, 14, 12, 16, 18, 22, 18, 22],
        rows: [...flowRows(flow, ctx.lang), ...tail],
      },
    ],
    ['Voortgang', l.route.name, l.today],
  );
}
