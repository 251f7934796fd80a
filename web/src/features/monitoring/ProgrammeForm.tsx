/**
 * Create or change a programme: name, description, ambition and period; when changing also how the
 * programme counts (the definition of a sustainable placement) and its suppression threshold. Field errors
 * of the API land at their field; the error summary takes focus (WCAG 3.3.1, 2.4.3).
 */
import { useState } from 'react';
import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { CheckboxField, TextField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextareaField } from '../participants/ParticipantFields';
import { parseNumber, usePointerForm } from './forms';
import type { Programme } from './types';

export function ProgrammeForm({
  programme,
  onSaved,
  onCancel,
}: {
  programme?: Programme;
  onSaved: (p: Programme) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = programme ? 'programme-edit-' : 'programme-new-';
  const form = usePointerForm(prefix);
  const [name, setName] = useState(programme?.name ?? '');
  const [description, setDescription] = useState(programme?.description ?? '');
  const [ambition, setAmbition] = useState(programme?.ambition ?? '');
  const [startsOn, setStartsOn] = useState(programme?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(programme?.endsOn ?? '');
  const def = programme?.sustainableDefinition;
  const [hours, setHours] = useState(def ? String(def.minHoursPerWeek) : '');
  const [gap, setGap] = useState(def ? String(def.maxGapDays) : '');
  const [competitive, setCompetitive] = useState(def?.competitiveOnly ?? false);
  const [threshold, setThreshold] = useState(programme ? String(programme.suppression.threshold) : '');
  const [showZeros, setShowZeros] = useState(programme?.suppression.showZeros ?? true);
  const id = (f: string) => `${prefix}${f}`;

  const save = async () => {
    const local: Record<string, string> = {};
    if (!name.trim()) {
      local.name = t('monitoring.form.required');
    }
    if (!startsOn) {
      local.startsOn = t('monitoring.form.required');
    }
    const body: Record<string, unknown> = {
      name: name.trim(),
      description: description.trim() || null,
      ambition: ambition.trim() || null,
      startsOn,
      endsOn: endsOn || null,
    };
    if (programme) {
      const h = parseNumber(hours);
      const g = parseNumber(gap);
      const th = parseNumber(threshold);
      if (h === undefined || Number.isNaN(h)) {
        local['sustainableDefinition-minHoursPerWeek'] = t('monitoring.form.number');
      }
      if (g === undefined || Number.isNaN(g)) {
        local['sustainableDefinition-maxGapDays'] = t('monitoring.form.number');
      }
      if (th === undefined || Number.isNaN(th)) {
        local['suppression-threshold'] = t('monitoring.form.number');
      }
      body.sustainableDefinition = { minHoursPerWeek: h, maxGapDays: g, competitiveOnly: competitive };
      body.suppression = { threshold: th, showZeros };
    }
    await form.submit(async () => {
      const saved = programme
        ? await api<Programme>('PATCH', `/programmes/${programme.id}`, body)
        : await api<Programme>('POST', '/programmes', body);
      onSaved(saved);
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
        id={id('name')}
        label={t('monitoring.programme.name')}
        value={name}
        onChange={setName}
        error={form.error('name')}
        required
      />
      <TextareaField
        id={id('description')}
        label={`${t('monitoring.programme.description')} ${t('common.optional')}`}
        value={description}
        onChange={setDescription}
        error={form.error('description')}
      />
      <TextareaField
        id={id('ambition')}
        label={`${t('monitoring.programme.ambition')} ${t('common.optional')}`}
        description={t('monitoring.programme.ambitionHelp')}
        value={ambition}
        onChange={setAmbition}
        error={form.error('ambition')}
      />
      <TextField
        id={id('startsOn')}
        type="date"
        label={t('monitoring.form.startsOn')}
        value={startsOn}
        onChange={setStartsOn}
        error={form.error('startsOn')}
        required
      />
      <TextField
        id={id('endsOn')}
        type="date"
        label={`${t('monitoring.form.endsOn')} ${t('common.optional')}`}
        value={endsOn}
        onChange={setEndsOn}
        error={form.error('endsOn')}
      />
      {programme ? (
        <>
          <Fieldset>
            <FieldsetLegend>{t('monitoring.programme.sustainableLegend')}</FieldsetLegend>
            <TextField
              id={id('sustainableDefinition-minHoursPerWeek')}
              label={t('monitoring.programme.minHours')}
              inputMode="decimal"
              value={hours}
              onChange={setHours}
              error={form.error('sustainableDefinition-minHoursPerWeek')}
            />
            <TextField
              id={id('sustainableDefinition-maxGapDays')}
              label={t('monitoring.programme.maxGap')}
              description={t('monitoring.programme.maxGapHelp')}
              inputMode="numeric"
              value={gap}
              onChange={setGap}
              error={form.error('sustainableDefinition-maxGapDays')}
            />
            <CheckboxField
              id={id('sustainableDefinition-competitiveOnly')}
              label={t('monitoring.programme.competitiveOnly')}
              checked={competitive}
              onChange={setCompetitive}
            />
          </Fieldset>
          <Fieldset>
            <FieldsetLegend>{t('monitoring.programme.suppressionLegend')}</FieldsetLegend>
            <TextField
              id={id('suppression-threshold')}
              label={t('monitoring.programme.threshold')}
              description={t('monitoring.programme.thresholdHelp')}
              inputMode="numeric"
              value={threshold}
              onChange={setThreshold}
              error={form.error('suppression-threshold')}
            />
            <CheckboxField
              id={id('suppression-showZeros')}
              label={t('monitoring.programme.showZeros')}
              checked={showZeros}
              onChange={setShowZeros}
            />
          </Fieldset>
        </>
      ) : null}
      <div className="meedoen-actions">
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {programme ? t('monitoring.programme.saveChanges') : t('monitoring.programme.create')}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
