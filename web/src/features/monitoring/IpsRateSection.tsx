/**
 * IPS employment rate per quarter: a table (participants in IPS, of whom worked, percentage) and a column
 * chart beside it. The programme's IPS goal, when there is one, is drawn as a reference line (e.g. 41 %).
 * A percentage is shown only when both counts are shown (the API sends null otherwise).
 */
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ScrollRegion } from '../imports/ScrollRegion';
import { useI18n } from '../../i18n/i18n';
import { Notice } from '../../components/Notice';
import { ColumnChart } from './charts/ColumnChart';
import { CellValue, DownloadLinks, formatNumber } from './common';
import { useQuery } from './useQuery';
import type { IpsRateTable } from './types';

export function IpsRateSection({ query, goalTarget }: { query: string; goalTarget: number | null }) {
  const { t, lang } = useI18n();
  const { data, error, loading } = useQuery<IpsRateTable>(`/monitoring/ips-employment-rate?${query}`);
  const rateText = (rate: number | null) => (rate === null ? 'x' : `${formatNumber(rate, lang)} %`);
  return (
    <section className="meedoen-section" aria-labelledby="ips-rate">
      <Heading level={2} id="ips-rate">
        {t('monitoring.ips.title')}
      </Heading>
      {error ? <Notice type="warning">{error}</Notice> : null}
      {loading && !data ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data ? (
        <>
          <Paragraph>{data.definition}</Paragraph>
          {data.quarters.length === 0 ? (
            <Paragraph>{t('monitoring.ips.noQuarters', { year: data.year })}</Paragraph>
          ) : (
            <div className="meedoen-monitoring-split">
              <div>
                <p className="meedoen-monitoring-caption" aria-hidden="true">
                  {t('monitoring.ips.caption', { year: data.year })}
                </p>
                <ScrollRegion labelledBy="ips-table-caption">
                  <Table>
                    <TableCaption className="meedoen-visually-hidden" id="ips-table-caption">
                      {t('monitoring.ips.caption', { year: data.year })}
                    </TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('monitoring.ips.quarter')}</TableHeaderCell>
                        <TableHeaderCell scope="col" className="meedoen-num">
                          {t('monitoring.ips.caseload')}
                        </TableHeaderCell>
                        <TableHeaderCell scope="col" className="meedoen-num">
                          {t('monitoring.ips.worked')}
                        </TableHeaderCell>
                        <TableHeaderCell scope="col" className="meedoen-num">
                          {t('monitoring.ips.rate')}
                        </TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {data.quarters.map((q) => (
                        <TableRow key={q.quarter}>
                          <TableHeaderCell scope="row">
                            {t('monitoring.ips.quarterName', { quarter: q.quarter, year: data.year })}
                            {q.partial ? (
                              <span className="meedoen-cell-note">{t('monitoring.ips.partial')}</span>
                            ) : null}
                          </TableHeaderCell>
                          <TableCell className="meedoen-num">
                            <CellValue cell={q.caseload} />
                          </TableCell>
                          <TableCell className="meedoen-num">
                            <CellValue cell={q.worked} />
                          </TableCell>
                          <TableCell className="meedoen-num">{rateText(q.rate)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </ScrollRegion>
              </div>
              <ColumnChart
                id="ips-rate-chart"
                title={t('monitoring.ips.chartTitle', { year: data.year })}
                hiddenWord={t('monitoring.chart.hidden')}
                unit=" %"
                legend={t('monitoring.ips.chartLegend')}
                references={
                  goalTarget !== null
                    ? [
                        {
                          value: goalTarget,
                          label: t('monitoring.ips.goalLine', { target: formatNumber(goalTarget, lang) }),
                        },
                      ]
                    : []
                }
                bars={data.quarters.map((q) => ({
                  key: String(q.quarter),
                  label: t('monitoring.ips.quarterShort', { quarter: q.quarter }),
                  value: q.rate,
                  display: rateText(q.rate),
                  suppressed: q.rate === null,
                }))}
              />
            </div>
          )}
          {data.quarters.length > 0 ? (
            <DownloadLinks
              path={`/monitoring/ips-employment-rate/export?${query}`}
              what={t('monitoring.download.ips')}
            />
          ) : null}
          {data.quarters.some((q) => q.rate === null) ? (
            <Paragraph small>{t('monitoring.ips.hiddenNote', { threshold: data.threshold })}</Paragraph>
          ) : null}
          <Paragraph small>
            {t('monitoring.ips.benchmarks', {
              minimal: data.benchmarks.minimal,
              average: data.benchmarks.average,
              excellent: data.benchmarks.excellent,
            })}
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}
