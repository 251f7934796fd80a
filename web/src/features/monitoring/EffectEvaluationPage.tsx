/**
 * Effecten (`/monitoring/effecten`): compare two groups of trajectories (group A and group B, each chosen by
 * programme, approach, region and target group; or the same group before and after) on one outcome — work
 * within N months (percentages, difference, relative risk, odds ratio), or the time to a first job and how
 * long it lasts (Kaplan–Meier curves and medians). The question lives in the address bar (effect-query.ts).
 * The API protects small groups; the page says why a number is missing instead of leaving a hole.
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { SurvivalChart } from './charts/SurvivalChart';
import { CurveTable } from './charts/CurveTable';
import type { CurvePoint } from './charts/survival';
import { PopulationFields } from './PopulationFields';
import { CellValue, formatDay, formatNumber, MonitoringNav } from './common';
import {
  effectApiQuery,
  OUTCOMES,
  readEffectForm,
  writeEffectForm,
  type CohortFilters,
  type EffectForm,
} from './effect-query';
import { useQuery } from './useQuery';
import {
  type ApproachOption,
  type EffectCurve,
  type EffectEvaluation,
  type Estimate,
  type ProgrammeSummary,
  type Region,
} from './types';

type T = ReturnType<typeof useI18n>['t'];

/** A p-value as people read it: two significant digits, or "< 0,001". */
export function formatP(p: number, lang: string): string {
  if (p < 0.001) {
    return `< ${formatNumber(0.001, lang, 3)}`;
  }
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumSignificantDigits: 2 }).format(p);
}

function estimateText(e: Estimate | null, lang: string, unit = ''): string {
  if (!e) {
    return '—';
  }
  const f = (n: number) => `${formatNumber(n, lang, unit ? 1 : 2)}${unit}`;
  return `${f(e.estimate)} (${f(e.lower)} – ${f(e.upper)})`;
}

function CohortFields({
  group,
  value,
  onChange,
  programmes,
  approaches,
  regions,
}: {
  group: 'A' | 'B';
  value: CohortFilters;
  onChange: (v: CohortFilters) => void;
  programmes: ProgrammeSummary[];
  approaches: ApproachOption[];
  regions: Region[];
}) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <FieldsetLegend>{t(group === 'A' ? 'monitoring.effects.groupA' : 'monitoring.effects.groupB')}</FieldsetLegend>
      <PopulationFields
        idPrefix={`effect-${group.toLowerCase()}-`}
        value={value}
        onChange={onChange}
        programmes={programmes}
        approaches={approaches}
        regions={regions}
      />
    </Fieldset>
  );
}

export function medianText(m: EffectCurve['median'], lang: string, t: T): string {
  if (m.withheld) {
    return t('monitoring.effects.medianWithheld');
  }
  if (m.estimate === null) {
    return t('monitoring.effects.notReached');
  }
  const limits =
    m.lower !== null
      ? ` (${formatNumber(m.lower, lang)} – ${m.upper === null ? t('monitoring.effects.open') : formatNumber(m.upper, lang)})`
      : '';
  return `${t('monitoring.effects.monthsValue', { months: formatNumber(m.estimate, lang) })}${limits}`;
}

function SurvivalResult({ result }: { result: EffectEvaluation }) {
  const { t, lang } = useI18n();
  const s = result.survival!;
  const curveKey = result.outcome === 'timeToFirstJob' ? 'withoutJob' : 'stillWorking';
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : formatNumber(v * 100, lang, 0));
  const cellText = (p: CurvePoint | undefined) => {
    if (!p) {
      return '—';
    }
    const v = pct(p.survival);
    return v === null ? t('monitoring.effects.hiddenPoint') : `${v} % (${pct(p.lower)}–${pct(p.upper)} %)`;
  };
  return (
    <>
      <SurvivalChart
        id="effect-curves"
        title={t(`monitoring.effects.curveTitle.${curveKey}` as MessageKey)}
        description={t('monitoring.effects.curveDescription', {
          a: result.cohorts.a.label,
          b: result.cohorts.b.label,
        })}
        monthWord={t(
          result.outcome === 'timeToFirstJob'
            ? 'monitoring.effects.axisSinceReferral'
            : 'monitoring.effects.axisSinceStart',
        )}
        curves={[
          { key: 'a', label: `${t('monitoring.effects.groupA')}: ${result.cohorts.a.label}`, points: s.a.points },
          { key: 'b', label: `${t('monitoring.effects.groupB')}: ${result.cohorts.b.label}`, points: s.b.points },
        ]}
      />
      <table className="utrecht-table meedoen-table">
        <caption className="utrecht-table__caption">{t('monitoring.effects.medianCaption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('monitoring.effects.group')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t(`monitoring.effects.median.${curveKey}` as MessageKey)}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {(['a', 'b'] as const).map((g) => (
            <tr key={g} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {t(g === 'a' ? 'monitoring.effects.groupA' : 'monitoring.effects.groupB')}
              </th>
              <td className="utrecht-table__cell">{medianText(s[g].median, lang, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Paragraph>
        {t('monitoring.effects.logRank', {
          statistic: formatNumber(s.logRank.statistic, lang, 2),
          p: formatP(s.logRank.pValue, lang),
        })}
      </Paragraph>
      <CurveTable
        id="effect-points"
        summary={t('monitoring.effects.curveTable')}
        caption={t(`monitoring.effects.curveTitle.${curveKey}` as MessageKey)}
        curves={[
          { key: 'a', label: t('monitoring.effects.groupA'), points: s.a.points },
          { key: 'b', label: t('monitoring.effects.groupB'), points: s.b.points },
        ]}
        cell={cellText}
      />
      {s.a.truncatedAtMonth !== null || s.b.truncatedAtMonth !== null ? (
        <Paragraph>{t('monitoring.effects.truncated', { threshold: result.threshold })}</Paragraph>
      ) : null}
    </>
  );
}

function BinaryResult({ result }: { result: EffectEvaluation }) {
  const { t, lang } = useI18n();
  const b = result.binary!;
  const rows: [MessageKey, string][] = [
    ['monitoring.effects.proportionA', estimateText(b.proportionA, lang, ' %')],
    ['monitoring.effects.proportionB', estimateText(b.proportionB, lang, ' %')],
    ['monitoring.effects.riskDifference', estimateText(b.riskDifference, lang, ` ${t('monitoring.effects.points')}`)],
    ['monitoring.effects.relativeRisk', estimateText(b.relativeRisk, lang)],
    ['monitoring.effects.oddsRatio', estimateText(b.oddsRatio, lang)],
    ['monitoring.effects.fisher', formatP(b.fisherP, lang)],
  ];
  return (
    <table className="utrecht-table meedoen-table">
      <caption className="utrecht-table__caption">
        {t('monitoring.effects.binaryCaption', { months: result.months ?? 12 })}
      </caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">
            {t('monitoring.effects.measure')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('monitoring.effects.valueWithInterval')}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rows.map(([key, value]) => (
          <tr key={key} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              {t(key)}
            </th>
            <td className="utrecht-table__cell">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EffectEvaluationPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('monitoring.effects.title'));
  const [params, setParams] = useSearchParams();
  const form = readEffectForm(params);
  const key = writeEffectForm(form).toString();
  const [draft, setDraft] = useState<EffectForm>(form);
  useEffect(() => setDraft(readEffectForm(new URLSearchParams(key))), [key]);
  const programmes = useApiData<{ items: ProgrammeSummary[] }>('/programmes').data?.items ?? [];
  const approaches = useApiData<{ items: ApproachOption[] }>('/approaches').data?.items ?? [];
  const regions = useApiData<{ items: Region[] }>('/regions').data?.items ?? [];
  const apiQuery = effectApiQuery(form);
  const {
    data: result,
    error,
    loading,
  } = useQuery<EffectEvaluation>(apiQuery ? `/monitoring/effect-evaluation?${apiQuery.toString()}` : null);
  const set = (change: Partial<EffectForm>) => setDraft({ ...draft, ...change });
  const lists = { programmes, approaches, regions };

  return (
    <>
      <Heading level={1}>{t('monitoring.effects.title')}</Heading>
      <MonitoringNav />
      <Paragraph>{t('monitoring.effects.intro')}</Paragraph>
      <form
        aria-label={t('monitoring.effects.question')}
        className="meedoen-form"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(writeEffectForm(draft));
        }}
      >
        <SelectField
          id="effect-outcome"
          label={t('monitoring.effects.outcome')}
          value={draft.outcome}
          onChange={(v) => set({ outcome: v as EffectForm['outcome'] })}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`monitoring.effects.outcome.${o}` as MessageKey) }))}
        />
        {draft.outcome === 'jobWithin' ? (
          <TextField
            id="effect-months"
            label={t('monitoring.effects.months')}
            description={t('monitoring.effects.monthsHelp')}
            inputMode="numeric"
            value={draft.months}
            onChange={(v) => set({ months: v })}
          />
        ) : null}
        <Fieldset>
          <FieldsetLegend>{t('monitoring.effects.period')}</FieldsetLegend>
          <TextField
            id="effect-from"
            type="date"
            required
            label={t('monitoring.filter.from')}
            value={draft.from}
            onChange={(v) => set({ from: v })}
          />
          <TextField
            id="effect-to"
            type="date"
            required
            label={t('monitoring.filter.to')}
            value={draft.to}
            onChange={(v) => set({ to: v })}
          />
          <CheckboxField
            id="effect-before-after"
            label={t('monitoring.effects.beforeAfter')}
            description={t('monitoring.effects.beforeAfterHelp')}
            checked={draft.beforeAfter}
            onChange={(v) => set({ beforeAfter: v })}
          />
          {draft.beforeAfter ? (
            <>
              <TextField
                id="effect-from-b"
                type="date"
                label={t('monitoring.effects.fromB')}
                value={draft.fromB}
                onChange={(v) => set({ fromB: v })}
              />
              <TextField
                id="effect-to-b"
                type="date"
                label={t('monitoring.effects.toB')}
                value={draft.toB}
                onChange={(v) => set({ toB: v })}
              />
            </>
          ) : null}
        </Fieldset>
        <div className="meedoen-monitoring-split">
          <CohortFields group="A" value={draft.a} onChange={(a) => set({ a })} {...lists} />
          <CohortFields group="B" value={draft.b} onChange={(b) => set({ b })} {...lists} />
        </div>
        <Button type="submit" appearance="primary-action-button">
          {t('monitoring.effects.compare')}
        </Button>{' '}
        {key !== 'uitkomst=werkBinnen' ? (
          <RouterLink to="/monitoring/effecten" className="utrecht-link">
            {t('monitoring.dashboard.clear')}
          </RouterLink>
        ) : null}
      </form>

      <section className="meedoen-section" aria-labelledby="effect-result-title" aria-busy={loading}>
        <Heading level={2} id="effect-result-title">
          {t('monitoring.effects.result')}
        </Heading>
        {!apiQuery ? <Paragraph>{t('monitoring.effects.askFirst')}</Paragraph> : null}
        {error ? <Notice type="warning">{error}</Notice> : null}
        {loading && !result ? <Paragraph>{t('app.loading')}</Paragraph> : null}
        {result && apiQuery ? (
          <>
            <table className="utrecht-table meedoen-table">
              <caption className="utrecht-table__caption">{t('monitoring.effects.cohortsCaption')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('monitoring.effects.group')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('monitoring.effects.who')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('monitoring.effects.referred')}
                  </th>
                  <th className="utrecht-table__header-cell meedoen-num" scope="col">
                    {t('monitoring.effects.people')}
                  </th>
                  <th className="utrecht-table__header-cell meedoen-num" scope="col">
                    {t(`monitoring.effects.events.${result.outcome}` as MessageKey)}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {(['a', 'b'] as const).map((g) => {
                  const c = result.cohorts[g];
                  return (
                    <tr key={g} className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="row">
                        {t(g === 'a' ? 'monitoring.effects.groupA' : 'monitoring.effects.groupB')}
                      </th>
                      <td className="utrecht-table__cell">{c.label}</td>
                      <td className="utrecht-table__cell">
                        {t('monitoring.period', { from: formatDay(c.from, lang), to: formatDay(c.to, lang) })}
                      </td>
                      <td className="utrecht-table__cell meedoen-num">
                        <CellValue cell={c.n} />
                      </td>
                      <td className="utrecht-table__cell meedoen-num">
                        <CellValue cell={c.events} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {result.overlap.value !== 0 ? (
              <Paragraph>
                {t('monitoring.effects.overlap')} <CellValue cell={result.overlap} />
              </Paragraph>
            ) : null}
            <div className="meedoen-monitoring-note" role="note">
              <p>{result.summary}</p>
              <p>{t('monitoring.effects.caution')}</p>
            </div>
            {result.withheld ? null : result.binary ? (
              <BinaryResult result={result} />
            ) : result.survival ? (
              <SurvivalResult result={result} />
            ) : null}
            <Paragraph>
              {t('monitoring.effects.asOf', { date: formatDay(result.asOf, lang), threshold: result.threshold })}
            </Paragraph>
          </>
        ) : null}
      </section>
    </>
  );
}
