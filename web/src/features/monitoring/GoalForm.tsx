/**
 * Add or change a goal of a programme. A goal says what counts (the metric), for whom (the whole
 * programme, one region or each approach), over which period, and the target. The actual value is never
 * typed in: the API computes it from the trajectories. Fields that only belong to some goals (region,
 * approach, the minimum reach of a national approach) appear only then.
 */
import { useState } from 'react';
import { Button } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { SelectField, TextField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useApiData } from '../../lib/useApiData';
import { TextareaField } from '../participants/ParticipantFields';
import { parseNumber, usePointerForm } from './forms';
import {
  GOAL_SCOPES,
  METRICS,
  TARGET_GROUPS,
  type ApproachOption,
  type Goal,
  type GoalScope,
  type Metric,
  type Region,
} from './types';

export function GoalForm({
  programmeId,
  goal,
  onSaved,
  onCancel,
}: {
  programmeId: string;
  goal?: Goal;
  onSaved: (g: Goal) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = goal ? `goal-${goal.id}-` : 'goal-new-';
  const form = usePointerForm(prefix);
  const regions = useApiData<{ items: Region[] }>('/regions').data?.items ?? [];
  const approaches = useApiData<{ items: ApproachOption[] }>('/approaches').data?.items ?? [];
  const year = new Date().getFullYear();
  const [description, setDescription] = useState(goal?.description ?? '');
  const [metric, setMetric] = useState<Metric>(goal?.metric ?? 'sustainable6');
  const [scope, setScope] = useState<GoalScope>(goal?.scope ?? 'programme');
  const [regionCode, setRegionCode] = useState(goal?.regionCode ?? '');
  const [approachCode, setApproachCode] = useState(goal?.approachCode ?? '');
  const [targetGroup, setTargetGroup] = useState(goal?.targetGroup ?? '');
  const [population, setPopulation] = useState<'programme' | 'everyone'>(goal?.population ?? 'programme');
  const [periodStart, setPeriodStart] = useState(goal?.periodStart ?? `${year}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(goal?.periodEnd ?? `${year}-12-31`);
  const [target, setTarget] = useState(goal ? String(goal.target) : '');
  const [baseline, setBaseline] = useState(goal?.baseline === null || !goal ? '' : String(goal.baseline));
  const [baselineNote, setBaselineNote] = useState(goal?.baselineNote ?? '');
  const [minReach, setMinReach] = useState(goal?.approachMinReach ? String(goal.approachMinReach) : '');
  const id = (f: string) => `${prefix}${f}`;

  const save = async () => {
    const local: Record<string, string> = {};
    if (!description.trim()) {
      local.description = t('monitoring.form.required');
    }
    const targetNumber = parseNumber(target);
    if (targetNumber === undefined) {
      local.target = t('monitoring.form.required');
    } else if (Number.isNaN(targetNumber)) {
      local.target = t('monitoring.form.number');
    }
    const baselineNumber = parseNumber(baseline);
    if (Number.isNaN(baselineNumber)) {
      local.baseline = t('monitoring.form.number');
    }
    const minReachNumber = parseNumber(minReach);
    if (Number.isNaN(minReachNumber)) {
      local.approachMinReach = t('monitoring.form.number');
    }
    if (scope === 'region' && !regionCode) {
      local.regionCode = t('monitoring.goal.regionRequired');
    }
    const body = {
      description: description.trim(),
      metric,
      scope,
      regionCode: scope === 'region' ? regionCode || null : null,
      approachCode: scope === 'approach' ? approachCode || null : null,
      targetGroup: targetGroup || null,
      population,
      periodStart,
      periodEnd,
      baseline: baselineNumber ?? null,
      baselineNote: baselineNote.trim() || null,
      target: targetNumber,
      approachMinReach: metric === 'nationalApproaches' ? (minReachNumber ?? null) : null,
    };
    await form.submit(async () => {
      onSaved(
        goal
          ? await api<Goal>('PATCH', `/goals/${goal.id}`, body)
          : await api<Goal>('POST', `/programmes/${programmeId}/goals`, body),
      );
    }, local);
  };

  return (
    <form
      className="meedoen-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <TextField
        id={id('description')}
        label={t('monitoring.goal.description')}
        description={t('monitoring.goal.descriptionHelp')}
        value={description}
        onChange={setDescription}
        error={form.error('description')}
        required
      />
      <SelectField
        id={id('metric')}
        label={t('monitoring.goal.metric')}
        value={metric}
        onChange={(v) => setMetric(v as Metric)}
        options={METRICS.map((m) => ({ value: m, label: t(`monitoring.metric.${m}` as MessageKey) }))}
        error={form.error('metric')}
      />
      <SelectField
        id={id('scope')}
        label={t('monitoring.goal.scope')}
        value={scope}
        onChange={(v) => setScope(v as GoalScope)}
        options={GOAL_SCOPES.map((s) => ({ value: s, label: t(`monitoring.goalScope.${s}` as MessageKey) }))}
        error={form.error('scope')}
      />
      {scope === 'region' ? (
        <SelectField
          id={id('regionCode')}
          label={t('monitoring.filter.region')}
          value={regionCode}
          placeholder={t('common.choose')}
          onChange={setRegionCode}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
          error={form.error('regionCode')}
        />
      ) : null}
      {scope === 'approach' ? (
        <SelectField
          id={id('approachCode')}
          label={`${t('monitoring.filter.approach')} ${t('common.optional')}`}
          description={t('monitoring.goal.approachHelp')}
          value={approachCode}
          placeholder={t('monitoring.goal.everyApproach')}
          onChange={setApproachCode}
          options={approaches.map((a) => ({ value: a.code, label: a.name }))}
          error={form.error('approachCode')}
        />
      ) : null}
      <SelectField
        id={id('targetGroup')}
        label={`${t('monitoring.filter.targetGroup')} ${t('common.optional')}`}
        value={targetGroup}
        placeholder={t('monitoring.filter.all')}
        onChange={setTargetGroup}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}` as MessageKey) }))}
        error={form.error('targetGroup')}
      />
      <SelectField
        id={id('population')}
        label={t('monitoring.goal.population')}
        value={population}
        onChange={(v) => setPopulation(v as 'programme' | 'everyone')}
        options={[
          { value: 'programme', label: t('monitoring.goal.population.programme') },
          { value: 'everyone', label: t('monitoring.goal.population.everyone') },
        ]}
        error={form.error('population')}
      />
      <TextField
        id={id('periodStart')}
        type="date"
        label={t('monitoring.goal.periodStart')}
        value={periodStart}
        onChange={setPeriodStart}
        error={form.error('periodStart')}
      />
      <TextField
        id={id('periodEnd')}
        type="date"
        label={t('monitoring.goal.periodEnd')}
        value={periodEnd}
        onChange={setPeriodEnd}
        error={form.error('periodEnd')}
      />
      <TextField
        id={id('target')}
        label={metric === 'ipsEmploymentRate' ? t('monitoring.goal.targetRate') : t('monitoring.goal.target')}
        inputMode="decimal"
        value={target}
        onChange={setTarget}
        error={form.error('target')}
        required
      />
      {metric === 'nationalApproaches' ? (
        <TextField
          id={id('approachMinReach')}
          label={t('monitoring.goal.minReach')}
          inputMode="numeric"
          value={minReach}
          onChange={setMinReach}
          error={form.error('approachMinReach')}
        />
      ) : null}
      <TextField
        id={id('baseline')}
        label={`${t('monitoring.goal.baseline')} ${t('common.optional')}`}
        description={t('monitoring.goal.baselineHelp')}
        inputMode="decimal"
        value={baseline}
        onChange={setBaseline}
        error={form.error('baseline')}
      />
      <TextareaField
        id={id('baselineNote')}
        label={`${t('monitoring.goal.baselineNote')} ${t('common.optional')}`}
        value={baselineNote}
        onChange={setBaselineNote}
        error={form.error('baselineNote')}
      />
      <div className="meedoen-actions">
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {goal ? t('monitoring.goal.saveChanges') : t('monitoring.goal.create')}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
