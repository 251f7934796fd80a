/**
 * The figures over time on the dashboard: every measure per month (or per quarter for a period of more than
 * two years) as a column chart of one chosen measure and a table of all of them. Each point is what the
 * table for that month alone would show; hidden months are protected by the period's total (the API).
 */
import { useState } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { ScrollRegion } from '../imports/ScrollRegion';
import { ColumnChart } from './charts/ColumnChart';
import { CellValue, DownloadLinks, formatDay } from './common';
import { useQuery } from './useQuery';
import { MEASURES, type IndicatorSeries, type Measure } from './types';

/** The axis label of a point: "jan" (with the year when the period spans more than one), or "K1 2026". */
export function pointLabel(key: string, lang: string, withYear: boolean, quarterWord: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    return `${quarterWord}${quarter[2]} ${quarter[1]}`;
  }
  const date = new Date(`${key}-01T00:00:00Z`);
  const month = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', timeZone: 'UTC' })
    .format(date)
    .replace('.', '');
  return withYear ? `${month} ${key.slice(2, 4)}` : month;
}

/** The name of a point in the table: "januari 2026", or "K1 2026". */
export function pointName(key: string, lang: string, quarterWord: string): string {
  if (key.includes('-Q')) {
    return pointLabel(key, lang, false, quarterWord);
  }
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${key}-01T00:00:00Z`));
}

export function SeriesSection({ query }: { query: string }) {
  const { t, lang } = useI18n();
  const [measure, setMeasure] = useState<Measure>('reach');
  const params = new URLSearchParams(query);
  params.delete('by');
  const { data, error, loading } = useQuery<IndicatorSeries>(`/monitoring/indicators/over-time?${params.toString()}`);
  const withYear = data ? data.from.slice(0, 4) !== data.asOf.slice(0, 4) : false;
  const label = (key: string) => pointLabel(key, lang, withYear, t('monitoring.series.quarterWord'));
  const per = data?.interval === 'quarter' ? t('monitoring.series.perQuarter') : t('monitoring.series.perMonth');
  const measureLabel = data?.columns.find((c) => c.key === measure)?.label ?? '';
  return (
    <section className="meedoen-section" aria-labelledby="series-title" aria-busy={loading}>
      <Heading level={2} id="series-title">
        {t('monitoring.series.title', { per })}
      </Heading>
      {error ? <Notice type="warning">{error}</Notice> : null}
      {loading && !data ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data ? (
        <div className="meedoen-monitoring-stack">
          <Paragraph>{t('monitoring.series.intro')}</Paragraph>
          <div className="meedoen-form">
            <SelectField
              id="series-measure"
              label={t('monitoring.series.chartMeasure')}
              value={measure}
              onChange={(v) => setMeasure(v as Measure)}
              options={MEASURES.map((m) => ({ value: m, label: data.columns.find((c) => c.key === m)?.label ?? m }))}
            />
          </div>
          <ColumnChart
            id="series-chart"
            title={t('monitoring.series.chartTitle', { measure: measureLabel, per })}
            percent={false}
            hiddenWord={t('monitoring.chart.hidden')}
            legend={t('monitoring.chart.legend')}
            bars={data.points.map((p) => ({ key: p.key, label: label(p.key), ...p.cells[measure] }))}
          />
          <ScrollRegion labelledBy="series-table-caption">
            <table className="utrecht-table meedoen-table">
              <caption className="utrecht-table__caption" id="series-table-caption">
                {t('monitoring.series.caption', {
                  per,
                  from: formatDay(data.from, lang),
                  to: formatDay(data.asOf < data.to ? data.asOf : data.to, lang),
                })}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {data.interval === 'quarter' ? t('monitoring.series.quarter') : t('monitoring.series.month')}
                  </th>
                  {data.columns.map((c) => (
                    <th key={c.key} className="utrecht-table__header-cell meedoen-num" scope="col">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {data.points.map((p) => (
                  <tr key={p.key} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row">
                      {pointName(p.key, lang, t('monitoring.series.quarterWord'))}
                    </th>
                    {data.columns.map((c) => (
                      <td key={c.key} className="utrecht-table__cell meedoen-num">
                        <CellValue cell={p.cells[c.key]} />
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="utrecht-table__row meedoen-monitoring-table__total">
                  <th className="utrecht-table__header-cell" scope="row">
                    {t('monitoring.series.wholePeriod')}
                  </th>
                  {data.columns.map((c) => (
                    <td key={c.key} className="utrecht-table__cell meedoen-num">
                      <CellValue cell={data.total[c.key]} />
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
          <DownloadLinks
            path={`/monitoring/indicators/over-time/export?${params.toString()}`}
            what={t('monitoring.download.series')}
          />
          <Paragraph small>{t('monitoring.series.note', { threshold: data.threshold })}</Paragraph>
        </div>
      ) : null}
    </section>
  );
}
