/**
 * Aanpakken (`/monitoring/aanpakken`): every approach with its description, where it ran in the chosen year
 * (regional, or national from the API's minimum number of labour-market regions — computed, never typed
 * in), its reach that year (the indicator table by approach, suppressed as everywhere) and the knowledge
 * portal's items about it with their evidence level — and for IPS the latest fidelity review of each team:
 * measured outcomes next to fidelity and evidence (the "self-learning" loop of seed 002). Programme managers
 * edit the description (nl and en).
 */
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useSession } from '../../app/session';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { useApiData } from '../../lib/useApiData';
import { SelectField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { TextareaField } from '../participants/ParticipantFields';
import { CellValue, formatDay, MonitoringNav } from './common';
import { usePointerForm } from './forms';
import { todayInNl } from './query';
import type { ApproachDetail, ApproachDetailList, FidelityReviewSummary, IndicatorTable, Region } from './types';

/** The years to choose from: this year and the four before it (the demo and the goals look back that far). */
export function yearChoices(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [0, 1, 2, 3, 4].map((i) => year - i);
}

/** The most recent review of each team (organisation + team name), newest first. */
export function latestPerTeam(reviews: readonly FidelityReviewSummary[]): FidelityReviewSummary[] {
  const latest = new Map<string, FidelityReviewSummary>();
  for (const r of reviews) {
    const key = `${r.organisationId}|${r.teamName ?? ''}`;
    const seen = latest.get(key);
    if (!seen || r.reviewedOn > seen.reviewedOn) {
      latest.set(key, r);
    }
  }
  return [...latest.values()].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn));
}

function DescriptionForm({
  approach,
  onSaved,
  onCancel,
}: {
  approach: ApproachDetail;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const form = usePointerForm(`approach-${approach.code}-`);
  // The API answers in the reader's language: the other language's text starts empty and is left alone then.
  const [nl, setNl] = useState(lang === 'nl' ? (approach.description ?? '') : '');
  const [en, setEn] = useState(lang === 'en' ? (approach.description ?? '') : '');
  const id = (f: string) => `approach-${approach.code}-${f}`;
  return (
    <form
      className="meedoen-form"
      aria-label={t('monitoring.approaches.editFor', { name: approach.name })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const body: Record<string, string> = {};
        if (nl.trim()) {
          body.descriptionNl = nl.trim();
        }
        if (en.trim()) {
          body.descriptionEn = en.trim();
        }
        const local: Record<string, string> =
          Object.keys(body).length === 0 ? { descriptionNl: t('monitoring.approaches.oneLanguage') } : {};
        void form
          .submit(async () => {
            await api('PATCH', `/monitoring/approaches/${approach.code}`, body);
          }, local)
          .then((ok) => ok && onSaved());
      }}
    >
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <TextareaField
        id={id('descriptionNl')}
        label={t('monitoring.approaches.descriptionNl')}
        value={nl}
        rows={4}
        error={form.error('descriptionNl')}
        onChange={setNl}
      />
      <TextareaField
        id={id('descriptionEn')}
        label={t('monitoring.approaches.descriptionEn')}
        description={t('monitoring.approaches.descriptionEnHelp')}
        value={en}
        rows={4}
        error={form.error('descriptionEn')}
        onChange={setEn}
      />
      <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
        {t('monitoring.approaches.save')}
      </Button>{' '}
      <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </form>
  );
}

export function ApproachesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('monitoring.approaches.title'));
  const { hasRole } = useSession();
  const canEdit = hasRole('programmeManager') || hasRole('administrator');
  const [params, setParams] = useSearchParams();
  const years = yearChoices(todayInNl());
  const year = years.includes(Number(params.get('jaar'))) ? Number(params.get('jaar')) : years[0]!;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { data, error, reload } = useApiData<ApproachDetailList>(`/monitoring/approaches?from=${from}&to=${to}`);
  const reach = useApiData<IndicatorTable>(`/monitoring/indicators?from=${from}&to=${to}&by=approach`).data;
  const regions = useApiData<{ items: Region[] }>('/regions').data?.items ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const rowOf = (code: string) => reach?.rows.find((r) => r.key === code) ?? null;
  // The latest review per team (the list is newest first per team: keep the first of each).
  const reviews = useApiData<{ items: FidelityReviewSummary[] }>('/fidelity-reviews').data?.items ?? [];
  const fidelity = latestPerTeam(reviews);
  const reachScope = reach?.regionCode
    ? t('monitoring.approaches.reachRegion', {
        region: regions.find((r) => r.code === reach.regionCode)?.name ?? reach.regionCode,
      })
    : t('monitoring.approaches.reachAll');
  const national = data?.items.filter((a) => a.scope === 'national') ?? [];

  return (
    <>
      <Heading level={1}>{t('monitoring.approaches.title')}</Heading>
      <MonitoringNav />
      <Paragraph>{t('monitoring.approaches.intro', { regions: data?.nationalMinRegions ?? 3 })}</Paragraph>
      <form className="meedoen-form meedoen-filters" aria-label={t('monitoring.approaches.yearForm')}>
        <SelectField
          id="approaches-year"
          label={t('monitoring.approaches.year')}
          value={String(year)}
          onChange={(v) => setParams(v === String(years[0]) ? {} : { jaar: v })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </form>
      {error ? <Notice type="warning">{error}</Notice> : null}
      {saved ? <Notice type="ok">{saved}</Notice> : null}
      {data ? (
        <>
          <Paragraph>
            {t('monitoring.approaches.nationalCount', {
              count: national.length,
              from: formatDay(data.from, lang),
              to: formatDay(data.to, lang),
            })}
          </Paragraph>
          {data.items.map((a) => {
            const row = rowOf(a.code);
            return (
              <section key={a.code} className="meedoen-section" aria-labelledby={`approach-${a.code}`}>
                <Heading level={2} id={`approach-${a.code}`}>
                  {a.name}
                </Heading>
                {editing === a.code ? (
                  <DescriptionForm
                    approach={a}
                    onCancel={() => setEditing(null)}
                    onSaved={() => {
                      setEditing(null);
                      setSaved(t('monitoring.approaches.saved', { name: a.name }));
                      void reload();
                    }}
                  />
                ) : (
                  <>
                    <Paragraph>{a.description ?? t('monitoring.approaches.noDescription')}</Paragraph>
                    {canEdit ? (
                      <Button
                        appearance="secondary-action-button"
                        aria-label={t('monitoring.approaches.editFor', { name: a.name })}
                        onClick={() => {
                          setSaved(null);
                          setEditing(a.code);
                        }}
                      >
                        {t('monitoring.approaches.edit')}
                      </Button>
                    ) : null}
                  </>
                )}
                <dl className="meedoen-monitoring-facts">
                  <div>
                    <dt>{t('monitoring.approaches.scope')}</dt>
                    <dd>
                      {t(`monitoring.approaches.scope.${a.scope}` as MessageKey, { count: a.regions.length })}
                      {a.regions.length > 0 ? `: ${a.regions.map((r) => r.name).join(', ')}` : ''}
                    </dd>
                  </div>
                </dl>
                {row ? (
                  <table className="utrecht-table meedoen-table">
                    <caption className="utrecht-table__caption">
                      {t('monitoring.approaches.outcomes', { name: a.name, scope: reachScope })}
                    </caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        {reach!.columns.map((c) => (
                          <th key={c.key} className="utrecht-table__header-cell meedoen-num" scope="col">
                            {c.label}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      <tr className="utrecht-table__row">
                        {reach!.columns.map((c) => (
                          <td key={c.key} className="utrecht-table__cell meedoen-num">
                            <CellValue cell={row.cells[c.key]} />
                          </td>
                        ))}
                      </tr>
                    </tbody>
                  </table>
                ) : null}
                {a.code === 'ips' && fidelity.length > 0 ? (
                  <>
                    <Heading level={3}>{t('monitoring.approaches.fidelity')}</Heading>
                    <ul>
                      {fidelity.map((f) => (
                        <li key={f.id}>
                          <RouterLink className="utrecht-link" to={`/monitoring/modelgetrouwheid/${f.id}`}>
                            {f.teamName ?? f.organisationName}
                          </RouterLink>
                          {': '}
                          {t('monitoring.approaches.fidelityLine', {
                            total: f.total,
                            max: f.max,
                            band: f.bandName,
                            date: formatDay(f.reviewedOn, lang),
                          })}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <Heading level={3}>{t('monitoring.approaches.knowledge')}</Heading>
                {a.knowledgeItems.length === 0 ? (
                  <Paragraph>{t('monitoring.approaches.noKnowledge')}</Paragraph>
                ) : (
                  <ul>
                    {a.knowledgeItems.map((k) => (
                      <li key={k.id}>
                        <a className="utrecht-link" href={`/kennisbank/${k.slug}`}>
                          {k.title}
                        </a>{' '}
                        ({t(`knowledge.evidence.${k.evidenceLevel}` as MessageKey)})
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      ) : null}
    </>
  );
}
