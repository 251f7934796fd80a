/**
 * Durations per approach on the dashboard: how long the first job lasts, and how long it takes from referral
 * to the first job or to the first talk with an employer — one Kaplan–Meier line per approach, with a table
 * beside it that gives the numbers (people, events, the half-way point, the share at 6 and 12 months) and,
 * folded, every point of the chart. The cohorts are the people referred in the dashboard's period, widened
 * to whole months (the API only takes whole months: see monitoring.durations.service.ts).
 */
import { useState } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { SelectField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { ScrollRegion } from '../imports/ScrollRegion';
import { SurvivalChart } from './charts/SurvivalChart';
import { CurveTable } from './charts/CurveTable';
import type { CurvePoint } from './charts/survival';
import { CellValue, DownloadLinks, formatDay, formatNumber } from './common';
import { medianText } from './EffectEvaluationPage';
import { useQuery } from './useQuery';
import { TIME_OUTCOMES, type DurationsTable, type EffectCurve, type TimeOutcome } from './types';

/** The whole calendar months around a period: from the first of `from`'s month to the last of `to`'s. */
export function wholeMonths(from: string, to: string): { from: string; to: string } {
  const [y, m] = to.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${from.slice(0, 7)}-01`, to: `${to.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** The share on the curve at a month, as people read it: "60 %", "x" when hidden, "—" when not followed. */
export function shareAt(curve: EffectCurve, month: number, lang: string, hidden: string): string {
  return pointShare(
    curve.points.find((x) => x.month === month),
    lang,
    hidden,
  );
}

/** The share of one point of a curve: "60 %", `hidden` when hidden, "—" when the curve shows no such point. */
function pointShare(p: CurvePoint | undefined, lang: string, hidden: string): string {
  if (!p) {
    return '—';
  }
  return p.survival === null ? hidden : `${formatNumber(p.survival * 100, lang, 0)} %`;
}

const KIND: Record<TimeOutcome, 'stillWorking' | 'withoutJob' | 'withoutContact'> = {
  jobTenure: 'stillWorking',
  timeToFirstJob: 'withoutJob',
  timeToFirstEmployerContact: 'withoutContact',
};

export function DurationsSection({ period, filters }: { period: { from: string; to: string }; filters: string }) {
  const { t, lang } = useI18n();
  const [outcome, setOutcome] = useState<TimeOutcome>('jobTenure');
  const months = wholeMonths(period.from, period.to);
  const query = new URLSearchParams(filters);
  query.set('outcome', outcome);
  query.set('from', months.from);
  query.set('to', months.to);
  query.delete('by');
  const { data, error, loading } = useQuery<DurationsTable>(`/monitoring/durations?${query.toString()}`);
  const kind = KIND[outcome];
  const withCurve = data?.approaches.filter((a) => a.curve !== null) ?? [];
  const tooSmall = data?.approaches.filter((a) => a.curve === null) ?? [];
  const hidden = t('monitoring.effects.hiddenPoint');
  return (
    <section className="meedoen-section" aria-labelledby="durations-title" aria-busy={loading}>
      <Heading level={2} id="durations-title">
        {t('monitoring.durations.title')}
      </Heading>
      <Paragraph>
        {t('monitoring.durations.intro', { from: formatDay(months.from, lang), to: formatDay(months.to, lang) })}
      </Paragraph>
      <div className="meedoen-form">
        <SelectField
          id="durations-outcome"
          label={t('monitoring.durations.outcome')}
          value={outcome}
          onChange={(v) => setOutcome(v as TimeOutcome)}
          options={TIME_OUTCOMES.map((o) => ({
            value: o,
            label: t(`monitoring.durations.outcome.${o}` as MessageKey),
          }))}
        />
      </div>
      {error ? <Notice type="warning">{error}</Notice> : null}
      {loading && !data ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.approaches.length === 0 ? <Paragraph>{t('monitoring.durations.none')}</Paragraph> : null}
      {data && data.approaches.length > 0 ? (
        <div className="meedoen-monitoring-stack">
          <div>
            {withCurve.length > 0 ? (
              <>
                <SurvivalChart
                  id="durations-chart"
                  title={t(`monitoring.durations.caption.${kind}` as MessageKey)}
                  description={t('monitoring.durations.chartDescription', {
                    approaches: withCurve.map((a) => a.label).join(', '),
                  })}
                  monthWord={t(
                    outcome === 'jobTenure'
                      ? 'monitoring.effects.axisSinceStart'
                      : 'monitoring.effects.axisSinceReferral',
                  )}
                  curves={withCurve.map((a) => ({ key: a.code, label: a.label, points: a.curve!.points }))}
                />
                <CurveTable
                  id="durations-points"
                  summary={t('monitoring.effects.curveTable')}
                  caption={t(`monitoring.durations.caption.${kind}` as MessageKey)}
                  curves={withCurve.map((a) => ({ key: a.code, label: a.label, points: a.curve!.points }))}
                  cell={(p) => pointShare(p, lang, hidden)}
                />
              </>
            ) : null}
            {tooSmall.length > 0 ? (
              <Paragraph>
                {t('monitoring.durations.noLine', {
                  threshold: data.threshold,
                  approaches: tooSmall.map((a) => a.label).join(', '),
                })}
              </Paragraph>
            ) : null}
          </div>
          <div>
            <ScrollRegion labelledBy="durations-table-caption">
              <table className="utrecht-table meedoen-table">
                <caption className="utrecht-table__caption" id="durations-table-caption">
                  {t('monitoring.durations.tableCaption')}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('monitoring.durations.approach')}
                    </th>
                    <th className="utrecht-table__header-cell meedoen-num" scope="col">
                      {t(`monitoring.durations.n.${kind}` as MessageKey)}
                    </th>
                    <th className="utrecht-table__header-cell meedoen-num" scope="col">
                      {t(`monitoring.durations.events.${kind}` as MessageKey)}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t(`monitoring.durations.median.${kind}` as MessageKey)}
                    </th>
                    <th className="utrecht-table__header-cell meedoen-num" scope="col">
                      {t(`monitoring.durations.at.${kind}` as MessageKey, { months: 6 })}
                    </th>
                    <th className="utrecht-table__header-cell meedoen-num" scope="col">
                      {t(`monitoring.durations.at.${kind}` as MessageKey, { months: 12 })}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.approaches.map((a) => (
                    <tr key={a.code} className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="row">
                        {a.label}
                      </th>
                      <td className="utrecht-table__cell meedoen-num">
                        <CellValue cell={a.n} />
                      </td>
                      <td className="utrecht-table__cell meedoen-num">
                        <CellValue cell={a.events} />
                      </td>
                      <td className="utrecht-table__cell">
                        {a.curve ? medianText(a.curve.median, lang, t) : t('monitoring.durations.tooSmall')}
                      </td>
                      <td className="utrecht-table__cell meedoen-num">
                        {a.curve ? shareAt(a.curve, 6, lang, 'x') : '—'}
                      </td>
                      <td className="utrecht-table__cell meedoen-num">
                        {a.curve ? shareAt(a.curve, 12, lang, 'x') : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <DownloadLinks
              path={`/monitoring/durations/export?${query.toString()}`}
              what={t('monitoring.download.durations')}
            />
            <Paragraph small>{t('monitoring.durations.note', { threshold: data.threshold })}</Paragraph>
          </div>
        </div>
      ) : null}
    </section>
  );
}
