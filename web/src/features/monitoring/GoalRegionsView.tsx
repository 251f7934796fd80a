/**
 * A goal that holds for every arbeidsmarktregio on its own ("≥ 100 sustainable placements per region per
 * year"): one row per region, as a table (region, now, target, expected at year-end) and a sorted bar chart
 * beside it with the target as a dashed line and the expected year-end value as a range through each bar.
 * The table is the text alternative; the chart's own name lists every value too. A map of the 35 regions
 * would need boundary data the project does not ship (docs/adr/0016), hence the sorted bars.
 */
import { useI18n } from '../../i18n/i18n';
import { ScrollRegion } from '../imports/ScrollRegion';
import { HorizontalBarChart } from './charts/HorizontalBarChart';
import { CellValue, formatNumber } from './common';
import type { Goal, GoalProgressRow } from './types';

/** A goal is shown per region when it holds for each region apart and has two or more rows. */
export function perRegion(goal: Goal, rows: readonly GoalProgressRow[]): boolean {
  return goal.scope === 'region' && goal.regionCode === null && goal.metric !== 'ipsEmploymentRate' && rows.length > 1;
}

/** The expected year-end range per row key, for rows whose projection is not too early to give. */
export function expectedRanges(rows: readonly GoalProgressRow[]): Record<string, { low: number; high: number }> {
  const out: Record<string, { low: number; high: number }> = {};
  for (const r of rows) {
    if (r.projection && !r.projection.early && !r.count.suppressed) {
      out[r.key] = { low: r.projection.low, high: r.projection.high };
    }
  }
  return out;
}

export function GoalRegionsView({ goal, rows }: { goal: Goal; rows: readonly GoalProgressRow[] }) {
  const { t, lang } = useI18n();
  const captionId = `goal-${goal.id}-regions`;
  const year = rows.find((r) => r.projection)?.projection?.year;
  const reached = rows.filter((r) => !r.count.suppressed && r.count.value !== null && r.count.value >= goal.target);
  return (
    <div className="meedoen-monitoring-split">
      <div>
        <ScrollRegion labelledBy={captionId}>
          <table className="utrecht-table meedoen-table">
            <caption className="utrecht-table__caption" id={captionId}>
              {t('monitoring.goalRegions.caption', { goal: goal.description })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('monitoring.goalRegions.region')}
                </th>
                <th className="utrecht-table__header-cell meedoen-num" scope="col">
                  {t('monitoring.goalRegions.now')}
                </th>
                <th className="utrecht-table__header-cell meedoen-num" scope="col">
                  {t('monitoring.goalRegions.target')}
                </th>
                <th className="utrecht-table__header-cell meedoen-num" scope="col">
                  {year ? t('monitoring.goalRegions.expected', { year }) : t('monitoring.goalRegions.expectedNoYear')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((r) => (
                <tr key={r.key} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">
                    {r.label}
                  </th>
                  <td className="utrecht-table__cell meedoen-num">
                    <CellValue cell={r.count} />
                  </td>
                  <td className="utrecht-table__cell meedoen-num">{formatNumber(r.target, lang, 0)}</td>
                  <td className="utrecht-table__cell meedoen-num">
                    {r.projection && !r.projection.early && !r.count.suppressed
                      ? `${formatNumber(r.projection.low, lang, 0)}–${formatNumber(r.projection.high, lang, 0)}`
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <p className="meedoen-cell-note">
          {t('monitoring.goalRegions.reached', { reached: reached.length, regions: rows.length })}
        </p>
      </div>
      <HorizontalBarChart
        id={`goal-${goal.id}-chart`}
        title={t('monitoring.goalRegions.chartTitle')}
        bars={rows.map((r) => ({ key: r.key, label: r.label, ...r.count }))}
        hiddenWord={t('monitoring.chart.hidden')}
        orderText={t('monitoring.chart.order')}
        legend={t('monitoring.chart.legend')}
        reference={{ value: goal.target, label: t('monitoring.goalRegions.targetLine', { target: goal.target }) }}
        ranges={expectedRanges(rows)}
      />
    </div>
  );
}
