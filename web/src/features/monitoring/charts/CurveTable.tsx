/**
 * A Kaplan–Meier chart as a table (its text alternative, folded under the chart): one row per month that
 * any curve shows, one column per curve. What a cell says (a share, with or without its interval, or why it
 * is empty) is the caller's: `cell` gets the curve's point of that month, or undefined when the curve shows
 * none (it stopped earlier).
 */
import { useI18n } from '../../../i18n/i18n';
import { ScrollRegion } from '../../imports/ScrollRegion';
import type { CurvePoint } from './survival';

export function CurveTable({
  id,
  summary,
  caption,
  curves,
  cell,
}: {
  id: string;
  summary: string;
  caption: string;
  curves: { key: string; label: string; points: readonly CurvePoint[] }[];
  cell: (point: CurvePoint | undefined) => string;
}) {
  const { t } = useI18n();
  const months = Array.from(new Set(curves.flatMap((c) => c.points.map((p) => p.month)))).sort((x, y) => x - y);
  return (
    <details className="meedoen-monitoring-definitions">
      <summary>{summary}</summary>
      <ScrollRegion labelledBy={`${id}-caption`}>
        <table className="utrecht-table meedoen-table">
          <caption className="utrecht-table__caption" id={`${id}-caption`}>
            {caption}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('monitoring.effects.month')}
              </th>
              {curves.map((c) => (
                <th key={c.key} className="utrecht-table__header-cell" scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {months.map((m) => (
              <tr key={m} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {m}
                </th>
                {curves.map((c) => (
                  <td key={c.key} className="utrecht-table__cell">
                    {cell(c.points.find((p) => p.month === m))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
