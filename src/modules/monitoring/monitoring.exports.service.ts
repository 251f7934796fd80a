/**
 * Dashboard tables as files: the indicator table in CSV (Dutch Excel: `;`, UTF-8 with BOM; see
 * src/platform/spreadsheet/csv.ts) or XLSX. The file holds exactly what the API shows — the same
 * suppressed cells ("< 10", "x") — plus the period, the definitions and what the signs mean, so a
 * table taken out of the platform still explains itself.
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { writeCsvBytes, type CsvValue } from '../../platform/spreadsheet/csv.js';
import { writeXlsx } from '../../platform/spreadsheet/xlsx.js';
import { indicatorSeries, indicatorTable, ipsRateTable } from './monitoring.indicators.service.js';
import { durationsByApproach } from './monitoring.durations.service.js';
import { teamNorms } from './monitoring.teams.service.js';
import { goalProgress } from './monitoring.programmes.service.js';
import type {
  Cell,
  DurationsQuery,
  IndicatorQuery,
  IndicatorSeriesQuery,
  IndicatorTable,
  IpsRateQuery,
  TeamNormsQuery,
} from './monitoring.schemas.js';

export type ExportFormat = 'csv' | 'xlsx';

/** A shown count as a number (so the spreadsheet can add it up), a hidden one as its sign. */
const value = (c: Cell): CsvValue => (c.status === 'shown' && c.value !== null ? c.value : c.display);

type T = (key: string, params?: Record<string, string | number>) => string;
const translator =
  (ctx: RequestContext): T =>
  (key, params) =>
    ctx.t(key as MessageKey, params);
/** The title block of every file: the platform's title, what the table is (when given), the period, the region. */
function head(t: T, title: string | null, period: string, regionCode: string | null): CsvValue[][] {
  return [
    [t('monitoring.export.title')],
    ...(title ? [[title]] : []),
    [period],
    ...(regionCode ? [[t('monitoring.export.region', { region: regionCode })]] : []),
    [],
  ];
}

/** The rows of the file: a title block, the table with its total, then definitions and signs. */
export function indicatorRows(ctx: RequestContext, table: IndicatorTable): CsvValue[][] {
  const t = translator(ctx);
  const header = [t(`monitoring.export.by.${table.by}`), ...table.columns.map((c) => c.label)];
  return [
    ...head(
      t,
      null,
      t('monitoring.export.period', { from: table.from, to: table.to, asOf: table.asOf }),
      table.regionCode,
    ),
    header,
    ...table.rows.map((r) => [r.label, ...table.columns.map((c) => value(r.cells[c.key]))]),
    [t('monitoring.export.total'), ...table.columns.map((c) => value(table.total[c.key]))],
    [],
    ...table.columns.map((c) => [c.label, c.definition]),
    [],
    [t('monitoring.export.signs', { threshold: table.threshold })],
  ];
}

/** A file of rows: CSV (Dutch Excel) or XLSX, named `<name>.<format>`. */
function asFile(
  ctx: RequestContext,
  name: string,
  rows: CsvValue[][],
  format: ExportFormat,
  columnWidths: number[],
): { fileName: string; contentType: string; bytes: Uint8Array } {
  if (format === 'csv') {
    return { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', bytes: writeCsvBytes(rows) };
  }
  return {
    fileName: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: writeXlsx([{ name: ctx.t('monitoring.export.sheet'), rows, columnWidths }]),
  };
}

/** A number with at most one decimal, or the sign for "not known" (a hidden count, a curve that stopped). */
const decimal = (n: number | null): CsvValue => (n === null ? 'x' : Math.round(n * 10) / 10);
const percent = (n: number | null): CsvValue => (n === null ? 'x' : Math.round(n * 1000) / 10);

/** The figures per month (or quarter) as a file: the same cells as the API. */
export async function exportSeries(ctx: RequestContext, query: IndicatorSeriesQuery, format: ExportFormat) {
  const t = translator(ctx);
  const series = await indicatorSeries(ctx, query);
  const rows: CsvValue[][] = [
    ...head(
      t,
      t(`monitoring.export.series.${series.interval}`),
      t('monitoring.export.period', { from: series.from, to: series.to, asOf: series.asOf }),
      series.regionCode,
    ),
    [t(`monitoring.export.series.column.${series.interval}`), ...series.columns.map((c) => c.label)],
    ...series.points.map((p) => [p.key, ...series.columns.map((c) => value(p.cells[c.key]))]),
    [t('monitoring.export.series.whole'), ...series.columns.map((c) => value(series.total[c.key]))],
    [],
    ...series.columns.map((c) => [c.label, c.definition]),
    [],
    [t('monitoring.export.signs', { threshold: series.threshold })],
  ];
  return asFile(
    ctx,
    `${t('monitoring.export.fileName')}-${series.interval}-${series.from}-${series.to}`,
    rows,
    format,
    [14, 14, 14, 24, 24, 16],
  );
}

/** Caseload and employer contacts per team as a file. */
export async function exportTeamNorms(ctx: RequestContext, query: TeamNormsQuery, format: ExportFormat) {
  const t = translator(ctx);
  const table = await teamNorms(ctx, query);
  const rows: CsvValue[][] = [
    ...head(
      t,
      t('monitoring.export.teams.title', { caseloadNorm: table.caseloadNorm, contactsNorm: table.contactsNorm }),
      t('monitoring.export.period', { from: table.from, to: table.to, asOf: table.asOf }),
      table.regionCode,
    ),
    [
      t('monitoring.export.teams.team'),
      t('monitoring.export.teams.participants'),
      t('monitoring.export.teams.coaches'),
      t('monitoring.export.teams.average'),
      t('monitoring.export.teams.above', { norm: table.caseloadNorm }),
      t('monitoring.export.teams.specialists'),
      t('monitoring.export.teams.faceToFace'),
      t('monitoring.export.teams.contacts'),
      t('monitoring.export.teams.perWeek'),
    ],
    ...table.teams.map((r) => [
      r.name,
      value(r.ipsParticipants),
      r.ipsCoaches,
      decimal(r.averageCaseload),
      r.coachesAboveNorm,
      r.specialists,
      r.faceToFace,
      r.contacts,
      decimal(r.faceToFacePerWeek),
    ]),
    [],
    [t('monitoring.export.teams.note', { weeks: table.weeks })],
    [t('monitoring.export.signs', { threshold: table.threshold })],
  ];
  return asFile(
    ctx,
    `${t('monitoring.export.teams.fileName')}-${table.from}-${table.asOf}`,
    rows,
    format,
    [36, 14, 14, 14, 14, 14, 14, 14, 14],
  );
}

/** The durations per approach as a file: per approach the summary, then the curves per month. */
export async function exportDurations(ctx: RequestContext, query: DurationsQuery, format: ExportFormat) {
  const t = translator(ctx);
  const table = await durationsByApproach(ctx, query);
  const withCurve = table.approaches.filter((a) => a.curve !== null);
  const months = [...new Set(withCurve.flatMap((a) => a.curve!.points.map((p) => p.month)))].sort((a, b) => a - b);
  const at = (a: (typeof withCurve)[number], month: number): CsvValue => {
    const point = a.curve!.points.find((p) => p.month === month);
    return point ? percent(point.survival) : '';
  };
  const rows: CsvValue[][] = [
    ...head(
      t,
      t(`monitoring.export.durations.${table.outcome}`),
      t('monitoring.export.durations.period', { from: table.from, to: table.to, asOf: table.asOf }),
      table.regionCode,
    ),
    [
      t('monitoring.export.durations.approach'),
      t('monitoring.export.durations.n'),
      t('monitoring.export.durations.events'),
      t('monitoring.export.durations.median'),
      t('monitoring.export.durations.medianLower'),
      t('monitoring.export.durations.medianUpper'),
    ],
    ...table.approaches.map((a) => [
      a.label,
      value(a.n),
      value(a.events),
      a.curve ? decimal(a.curve.median.estimate) : 'x',
      a.curve ? decimal(a.curve.median.lower) : 'x',
      a.curve ? decimal(a.curve.median.upper) : 'x',
    ]),
    [],
    [t('monitoring.export.durations.curves'), ...withCurve.map((a) => a.label)],
    ...months.map((m) => [m, ...withCurve.map((a) => at(a, m))]),
    [],
    [t('monitoring.export.durations.note', { threshold: table.threshold })],
  ];
  return asFile(
    ctx,
    `${t('monitoring.export.durations.fileName')}-${table.outcome}-${table.from}-${table.to}`,
    rows,
    format,
    [36, 14, 14, 14, 14, 14],
  );
}

/** The IPS employment rate per quarter as a file. */
export async function exportIpsRate(ctx: RequestContext, query: IpsRateQuery, format: ExportFormat) {
  const t = translator(ctx);
  const table = await ipsRateTable(ctx, query);
  const rows: CsvValue[][] = [
    ...head(t, t('monitoring.export.ips.title', { year: table.year }), table.definition, table.regionCode),
    [
      t('monitoring.export.ips.quarter'),
      t('monitoring.export.ips.caseload'),
      t('monitoring.export.ips.worked'),
      t('monitoring.export.ips.rate'),
    ],
    ...table.quarters.map((q) => [
      `${table.year}-Q${q.quarter}${q.partial ? ` (${t('monitoring.export.ips.partial')})` : ''}`,
      value(q.caseload),
      value(q.worked),
      decimal(q.rate),
    ]),
    [],
    [t('monitoring.export.signs', { threshold: table.threshold })],
  ];
  return asFile(ctx, `${t('monitoring.export.ips.fileName')}-${table.year}`, rows, format, [24, 14, 14, 14]);
}

export async function exportIndicators(
  ctx: RequestContext,
  query: IndicatorQuery,
  format: ExportFormat,
): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
  const table = await indicatorTable(ctx, query);
  const rows = indicatorRows(ctx, table);
  const name = `${ctx.t('monitoring.export.fileName')}-${table.by}-${table.from}-${table.to}`;
  return asFile(ctx, name, rows, format, [36, 18, 18, 24, 24, 18]);
}

/** A period as the file shows it: both dates, ISO, with a dash between. */
const span = (from: string, to: string) => `${from} – ${to}`;

/**
 * A programme's goals with their progress as a file: per goal each row the page shows (the whole programme,
 * a region, a quarter) with now, the target and the expected year-end range, then the targets of the
 * learning routes that count for it. The same signs as the API; no range where the page shows none (early in
 * the year, or a hidden count).
 */
export async function exportGoalProgress(
  ctx: RequestContext,
  programmeId: string,
  asOf: string | undefined,
  format: ExportFormat,
) {
  const t = translator(ctx);
  const progress = await goalProgress(ctx, programmeId, asOf);
  const rows: CsvValue[][] = [
    ...head(t, t('monitoring.export.goals.title'), t('monitoring.export.goals.asOf', { date: progress.asOf }), null),
    [
      t('monitoring.export.goals.goal'),
      t('monitoring.export.goals.metric'),
      t('monitoring.export.goals.period'),
      t('monitoring.export.goals.row'),
      t('monitoring.export.goals.now'),
      t('monitoring.export.goals.rate'),
      t('monitoring.export.goals.target'),
      t('monitoring.export.goals.expectedLow'),
      t('monitoring.export.goals.expectedHigh'),
      t('monitoring.export.goals.outlook'),
    ],
    ...progress.goals.flatMap((p) => {
      const goal = [
        p.goal.description,
        t(`monitoring.report.metric.${p.goal.metric}`),
        span(p.goal.periodStart, p.goal.periodEnd),
      ];
      if (p.rows.length === 0) {
        return [[...goal, p.note ?? t('monitoring.export.goals.noRows'), '', '', p.goal.target, '', '', '']];
      }
      return p.rows.map((r) => {
        const band = r.projection && !r.projection.early && !r.count.suppressed ? r.projection : null;
        return [
          ...goal,
          r.label,
          value(r.count),
          r.rate ?? '',
          r.target,
          band ? band.low : '',
          band ? band.high : '',
          band ? t(`monitoring.export.goals.outlook.${band.outlook}`) : '',
        ];
      });
    }),
    ...(progress.routeTargets.length > 0
      ? [
          [],
          [t('monitoring.export.goals.routes')],
          [
            t('monitoring.export.goals.route'),
            t('monitoring.export.goals.goal'),
            t('monitoring.export.goals.period'),
            t('monitoring.export.goals.now'),
            t('monitoring.export.goals.target'),
            t('monitoring.export.goals.percentage'),
          ],
          ...progress.routeTargets.map((r) => [
            r.target.routeName,
            r.target.description,
            span(r.target.periodStart, r.target.periodEnd),
            value(r.achieved),
            r.target.targetCount,
            r.percentage ?? 'x',
          ]),
        ]
      : []),
    [],
    [t('monitoring.export.signs', { threshold: progress.threshold })],
  ];
  return asFile(
    ctx,
    `${t('monitoring.export.goals.fileName')}-${progress.asOf}`,
    rows,
    format,
    [36, 24, 24, 24, 12, 12, 12, 14, 14, 18],
  );
}
