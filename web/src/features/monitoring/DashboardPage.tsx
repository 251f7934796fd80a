/**
 * Cijfers (`/monitoring/cijfers`): reach, job starts and sustainable placements for a period, filtered on
 * programme, initiative, approach, region and target group, and broken down one way. The filters live in
 * the address bar (see query.ts), so a view can be shared and the back button works. The table holds the
 * numbers; the bar chart under it shows one measure, sorted. Below: the figures per month, durations per approach (job tenure,
 * time to the first job or employer contact, as Kaplan–Meier lines), caseload and employer contacts per team
 * against the IPS norms, and the IPS employment rate per quarter.
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { HorizontalBarChart } from './charts/HorizontalBarChart';
import type { Bar } from './charts/chart';
import { DownloadLinks, formatDay, MonitoringNav, useMonitoringAccess } from './common';
import { formatDateTime } from '../../lib/format';
import { IndicatorTableView } from './IndicatorTableView';
import { IpsRateSection } from './IpsRateSection';
import { DurationsSection } from './DurationsSection';
import { TeamNormsSection } from './TeamNormsSection';
import { SeriesSection } from './SeriesSection';
import { indicatorApiQuery, ipsApiQuery, readFilters, todayInNl, writeFilters, type DashboardFilters } from './query';
import { useQuery } from './useQuery';
import {
  DIMENSIONS,
  MEASURES,
  TARGET_GROUPS,
  type ApproachOption,
  type IndicatorTable,
  type Measure,
  type Programme,
  type ProgrammeSummary,
  type Region,
} from './types';

/**
 * The chart's bars: one measure per row of the breakdown, or (without a breakdown) the counts of people and
 * jobs side by side (hours are another unit and would dwarf them: they stay in the table).
 */
export function chartBars(table: IndicatorTable, measure: Measure): Bar[] {
  if (table.by === 'none') {
    return table.columns
      .filter((c) => c.key !== 'hoursWorked')
      .map((c) => ({ key: c.key, label: c.label, ...table.total[c.key] }));
  }
  return table.rows.map((r) => ({ key: r.key, label: r.label, ...r.cells[measure] }));
}

export function DashboardPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('monitoring.dashboard.title'));
  const access = useMonitoringAccess();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const key = writeFilters(filters).toString();
  const [draft, setDraft] = useState<DashboardFilters>(filters);
  const [measure, setMeasure] = useState<Measure>('reach');
  useEffect(() => setDraft(readFilters(new URLSearchParams(key))), [key]);

  const programmes = useApiData<{ items: ProgrammeSummary[] }>('/programmes').data?.items ?? [];
  const draftProgramme = useApiData<Programme>(draft.programmeId ? `/programmes/${draft.programmeId}` : null).data;
  const shownProgramme = useApiData<Programme>(filters.programmeId ? `/programmes/${filters.programmeId}` : null).data;
  const approaches = useApiData<{ items: ApproachOption[] }>('/approaches').data?.items ?? [];
  const regions = useApiData<{ items: Region[] }>('/regions').data?.items ?? [];
  /** The shown filters as the API's query: the table, its file and the sections below share it. */
  const apiQuery = indicatorApiQuery(filters).toString();
  const { data: table, error, loading } = useQuery<IndicatorTable>(`/monitoring/indicators?${apiQuery}`);
  const set = (change: Partial<DashboardFilters>) => setDraft({ ...draft, ...change });
  const regionName = (code: string | null) => (code ? (regions.find((r) => r.code === code)?.name ?? code) : null);
  const ipsGoal = shownProgramme?.goals.find((g) => g.metric === 'ipsEmploymentRate');
  const showIps = !filters.approachCode || filters.approachCode === 'ips';

  const caption = table
    ? t(table.by === 'none' ? 'monitoring.dashboard.captionTotal' : 'monitoring.dashboard.caption', {
        by: t(`monitoring.by.${table.by}` as MessageKey).toLowerCase(),
        from: formatDay(table.from, lang),
        to: formatDay(table.to, lang),
      })
    : '';
  const measureLabel = table?.columns.find((c) => c.key === measure)?.label ?? '';

  return (
    <>
      <Heading level={1}>{t('monitoring.dashboard.title')}</Heading>
      <MonitoringNav />
      <Paragraph>{t('monitoring.dashboard.intro')}</Paragraph>
      <form
        aria-label={t('monitoring.dashboard.filters')}
        className="meedoen-form meedoen-filters meedoen-monitoring-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(writeFilters(readFilters(writeFilters(draft))));
        }}
      >
        <TextField
          id="filter-from"
          type="date"
          label={t('monitoring.filter.from')}
          value={draft.from}
          onChange={(v) => set({ from: v })}
        />
        <TextField
          id="filter-to"
          type="date"
          label={t('monitoring.filter.to')}
          value={draft.to}
          onChange={(v) => set({ to: v })}
        />
        <SelectField
          id="filter-programme"
          label={t('monitoring.filter.programme')}
          value={draft.programmeId}
          placeholder={t('monitoring.filter.all')}
          onChange={(v) =>
            set({ programmeId: v, initiativeId: '', by: !v && draft.by === 'initiative' ? 'none' : draft.by })
          }
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        />
        {draft.programmeId && draftProgramme ? (
          <SelectField
            id="filter-initiative"
            label={t('monitoring.filter.initiative')}
            value={draft.initiativeId}
            placeholder={t('monitoring.filter.all')}
            onChange={(v) => set({ initiativeId: v })}
            options={draftProgramme.initiatives.map((i) => ({ value: i.id, label: i.name }))}
          />
        ) : null}
        <SelectField
          id="filter-approach"
          label={t('monitoring.filter.approach')}
          value={draft.approachCode}
          placeholder={t('monitoring.filter.all')}
          onChange={(v) => set({ approachCode: v })}
          options={approaches.map((a) => ({ value: a.code, label: a.name }))}
        />
        <SelectField
          id="filter-region"
          label={t('monitoring.filter.region')}
          value={draft.regionCode}
          placeholder={access.evaluator ? t('monitoring.filter.allRegions') : t('monitoring.filter.ownRegion')}
          onChange={(v) => set({ regionCode: v })}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
        />
        <SelectField
          id="filter-target-group"
          label={t('monitoring.filter.targetGroup')}
          value={draft.targetGroup}
          placeholder={t('monitoring.filter.all')}
          onChange={(v) => set({ targetGroup: v })}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}` as MessageKey) }))}
        />
        <SelectField
          id="filter-by"
          label={t('monitoring.filter.by')}
          value={draft.by}
          onChange={(v) => set({ by: v as DashboardFilters['by'] })}
          options={DIMENSIONS.filter((d) => d !== 'initiative' || draft.programmeId).map((d) => ({
            value: d,
            label: t(`monitoring.byOption.${d}` as MessageKey),
          }))}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('monitoring.dashboard.show')}
        </Button>
        {key ? (
          <RouterLink to="/monitoring/cijfers" className="utrecht-link">
            {t('monitoring.dashboard.clear')}
          </RouterLink>
        ) : null}
      </form>

      <section className="meedoen-section" aria-labelledby="indicators-title" aria-busy={loading}>
        <Heading level={2} id="indicators-title">
          {t('monitoring.dashboard.resultTitle')}
        </Heading>
        {error ? <Notice type="warning">{error}</Notice> : null}
        {loading && !table ? <Paragraph>{t('app.loading')}</Paragraph> : null}
        {table ? (
          <>
            <Paragraph>
              {t('monitoring.dashboard.scope', {
                from: formatDay(table.from, lang),
                to: formatDay(table.to, lang),
                threshold: table.threshold,
              })}
              {table.regionCode
                ? ` ${t('monitoring.dashboard.region', { region: regionName(table.regionCode) ?? '' })}`
                : ''}
              {shownProgramme ? ` ${t('monitoring.dashboard.programme', { name: shownProgramme.name })}` : ''}
              {table.asOf < table.to ? ` ${t('monitoring.dashboard.asOf', { date: formatDay(table.asOf, lang) })}` : ''}
            </Paragraph>
            <Paragraph small>
              {t('monitoring.dashboard.computedAt', { time: formatDateTime(table.computedAt, lang) })}
            </Paragraph>
            <div className="meedoen-monitoring-stack">
              <div>
                <IndicatorTableView table={table} caption={caption} />
                <DownloadLinks
                  path={`/monitoring/indicators/export?${apiQuery}`}
                  what={t('monitoring.download.indicators')}
                />
              </div>
              <div>
                {table.by !== 'none' ? (
                  <SelectField
                    id="chart-measure"
                    label={t('monitoring.dashboard.chartMeasure')}
                    value={measure}
                    onChange={(v) => setMeasure(v as Measure)}
                    options={MEASURES.map((m) => ({
                      value: m,
                      label: table.columns.find((c) => c.key === m)?.label ?? m,
                    }))}
                  />
                ) : null}
                <HorizontalBarChart
                  id="indicator-chart"
                  title={
                    table.by === 'none'
                      ? t('monitoring.dashboard.chartTitleTotal')
                      : t('monitoring.dashboard.chartTitle', {
                          measure: measureLabel,
                          by: t(`monitoring.by.${table.by}` as MessageKey).toLowerCase(),
                        })
                  }
                  bars={chartBars(table, measure)}
                  hiddenWord={t('monitoring.chart.hidden')}
                  orderText={t('monitoring.chart.order')}
                  legend={t('monitoring.chart.legend')}
                />
              </div>
            </div>
          </>
        ) : null}
      </section>
      {table ? <SeriesSection query={apiQuery} /> : null}
      {table ? <DurationsSection period={{ from: table.from, to: table.to }} filters={apiQuery} /> : null}
      {showIps ? <TeamNormsSection query={apiQuery} /> : null}
      {showIps ? (
        <IpsRateSection query={ipsApiQuery(filters, todayInNl()).toString()} goalTarget={ipsGoal?.target ?? null} />
      ) : null}
    </>
  );
}
