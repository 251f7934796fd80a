/**
 * How far a goal is, as a bar. The bar is decoration: its text equivalent is the API's sentence right above
 * it ("Midden-Utrecht: 64 van 100; verwacht eind 2026: 92–110") and the percentage written beside it
 * (WCAG 1.1.1, 1.4.1). A hidden count has no bar at all (no guessed length).
 */
import { useI18n } from '../../i18n/i18n';
import { CHART_COLOURS } from './charts/chart';
import { formatNumber } from './common';
import type { GoalProgressRow, Metric } from './types';

/** The share of the target reached (0–1, capped at 1), or null when the count is hidden. */
export function progressShare(row: GoalProgressRow, metric: Metric): number | null {
  const value = metric === 'ipsEmploymentRate' ? row.rate : row.count.suppressed ? null : row.count.value;
  if (value === null || row.target <= 0) {
    return null;
  }
  return Math.min(value / row.target, 1);
}

export function GoalProgressBar({ row, metric }: { row: GoalProgressRow; metric: Metric }) {
  const { t, lang } = useI18n();
  const share = progressShare(row, metric);
  if (share === null) {
    return <p className="meedoen-cell-note">{t('monitoring.goal.noBar')}</p>;
  }
  const percent = Math.round(share * 100);
  return (
    <div className="meedoen-progress">
      <div className="meedoen-progress__track" aria-hidden="true">
        <div className="meedoen-progress__fill" style={{ width: `${percent}%`, background: CHART_COLOURS.bar }} />
      </div>
      <span className="meedoen-progress__text">
        {t('monitoring.goal.share', { percent: formatNumber(percent, lang, 0) })}
      </span>
    </div>
  );
}
