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
import { indicatorTable } from './monitoring.indicators.service.js';
import type { Cell, IndicatorQuery, IndicatorTable } from './monitoring.schemas.js';

export type ExportFormat = 'csv' | 'xlsx';

/** A shown count as a number (so the spreadsheet can add it up), a hidden one as its sign. */
const value = (c: Cell): CsvValue => (c.status === 'shown' && c.value !== null ? c.value : c.display);

/** The rows of the file: a title block, the table with its total, then definitions and signs. */
export function indicatorRows(ctx: RequestContext, table: IndicatorTable): CsvValue[][] {
  const t = (key: string, params?: Record<string, string | number>) => ctx.t(key as MessageKey, params);
  const header = [t(`monitoring.export.by.${table.by}`), ...table.columns.map((c) => c.label)];
  return [
    [t('monitoring.export.title')],
    [t('monitoring.export.period', { from: table.from, to: table.to, asOf: table.asOf })],
    ...(table.regionCode ? [[t('monitoring.export.region', { region: table.regionCode })]] : []),
    [],
    header,
    ...table.rows.map((r) => [r.label, ...table.columns.map((c) => value(r.cells[c.key]))]),
    [t('monitoring.export.total'), ...table.columns.map((c) => value(table.total[c.key]))],
    [],
    ...table.columns.map((c) => [c.label, c.definition]),
    [],
    [t('monitoring.export.signs', { threshold: table.threshold })],
  ];
}

export async function exportIndicators(
  ctx: RequestContext,
  query: IndicatorQuery,
  format: ExportFormat,
): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
  const table = await indicatorTable(ctx, query);
  const rows = indicatorRows(ctx, table);
  const name = `${ctx.t('monitoring.export.fileName')}-${table.by}-${table.from}-${table.to}`;
  if (format === 'csv') {
    return { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', bytes: writeCsvBytes(rows) };
  }
  return {
    fileName: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: writeXlsx([{ name: ctx.t('monitoring.export.sheet'), rows, columnWidths: [36, 18, 18, 24, 24, 18] }]),
  };
}
