/**
 * The wishes form, shared by the participant page (a professional fills it in with the participant)
 * and the portal page "Wat ik wil" (the participant fills it in, in B1). The same fields; the labels
 * speak to the reader: "Wat voor werk wilt u doen?" for the participant, "Soort werk" for the
 * professional. Every save is a new version on the server; nothing is overwritten.
 */
import { useState, type ReactNode } from 'react';
import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import {
  DAY_PARTS,
  DAYS,
  DISCLOSURE,
  DRIVING_LICENCES_ON_SCREEN,
  DUTCH_LEVELS,
  TRANSPORT,
  type Day,
  type DayPart,
  type Disclosure,
  type DrivingLicence,
  type DutchLevel,
  type Transport,
  type Wishes,
  type WishesOverview,
} from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Fields';
import { useForm } from '../../components/useForm';
import { CheckboxGroupField, RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import './wishes.css';

export type Audience = 'participant' | 'professional';

/** The form's values: strings for the number inputs, so that a half-typed value is kept as typed. */
export interface WishValues {
  kindsOfWork: string;
  sectors: string[];
  hoursMin: string;
  hoursMax: string;
  days: Day[];
  dayParts: DayPart[];
  maxTravelMinutes: string;
  transport: Transport[];
  strengths: string;
  wantsToLearn: string;
  disclosure: Disclosure;
  certificates: string[];
  drivingLicences: DrivingLicence[];
  /** '' when not known. */
  languageLevel: DutchLevel | '';
}

export function wishValuesOf(w: Wishes | null): WishValues {
  return {
    kindsOfWork: w?.kindsOfWork ?? '',
    sectors: [...(w?.sectors ?? [])],
    hoursMin: w?.hoursMin != null ? String(w.hoursMin) : '',
    hoursMax: w?.hoursMax != null ? String(w.hoursMax) : '',
    days: [...(w?.days ?? [])],
    dayParts: [...(w?.dayParts ?? [])],
    maxTravelMinutes: w?.maxTravelMinutes != null ? String(w.maxTravelMinutes) : '',
    transport: [...(w?.transport ?? [])],
    strengths: w?.strengths ?? '',
    wantsToLearn: w?.wantsToLearn ?? '',
    disclosure: w?.disclosure ?? 'askMe',
    certificates: [...(w?.certificates ?? [])],
    drivingLicences: [...(w?.drivingLicences ?? [])],
    languageLevel: w?.languageLevel ?? '',
  };
}

/** A whole number typed in a field: null when empty, NaN when it is not a whole number. */
export function wholeNumber(value: string): number | null {
  const v = value.trim();
  if (!v) {
    return null;
  }
  return /^\d{1,4}$/.test(v) ? Number(v) : Number.NaN;
}

/**
 * The PUT body (every field, so the saved version is what the form shows) and the fields that are not
 * whole numbers (checked here: the server would only say "must be an integer"). An empty minimum
 * of hours or of travel minutes is left out rather than sent as null: the server's validation turns
 * null into 0 where 0 is allowed (ajv type coercion in the integer branch), which would save
 * "hoogstens 0 minuten"; left out, it keeps its value. hoursMax (at least 1) takes null as null.
 */
export function wishesBody(v: WishValues): { body: Record<string, unknown>; invalid: string[] } {
  const numbers = {
    hoursMin: wholeNumber(v.hoursMin),
    hoursMax: wholeNumber(v.hoursMax),
    maxTravelMinutes: wholeNumber(v.maxTravelMinutes),
  };
  const invalid = Object.entries(numbers)
    .filter(([, n]) => Number.isNaN(n))
    .map(([k]) => k);
  return {
    body: {
      kindsOfWork: v.kindsOfWork.trim() || null,
      sectors: v.sectors,
      hoursMin: numbers.hoursMin ?? undefined,
      hoursMax: numbers.hoursMax,
      maxTravelMinutes: numbers.maxTravelMinutes ?? undefined,
      days: v.days,
      dayParts: v.dayParts,
      transport: v.transport,
      strengths: v.strengths.trim() || null,
      wantsToLearn: v.wantsToLearn.trim() || null,
      disclosure: v.disclosure,
      certificates: v.certificates,
      drivingLicences: v.drivingLicences,
      languageLevel: v.languageLevel === '' ? null : v.languageLevel,
    },
    invalid,
  };
}

/**
 * Names as a list (sectors, certificates): each with a button to take it off, and a field to add one (Enter
 * adds too). `chosen` names the list for screen readers, `addLabel` labels the field.
 */
function NamesField({
  id,
  label,
  description,
  chosen,
  addLabel,
  addButton,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  description: ReactNode;
  chosen: string;
  addLabel: string;
  /** The button's text; each list on a page needs its own, so that a screen reader can tell them apart. */
  addButton: string;
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const add = () => {
    const s = draft.trim();
    if (s && !value.some((v) => v.toLowerCase() === s.toLowerCase()) && value.length < 20) {
      onChange([...value, s]);
    }
    setDraft('');
    document.getElementById(id)?.focus();
  };
  return (
    <Fieldset className="meedoen-sectors">
      <FieldsetLegend>{label}</FieldsetLegend>
      {value.length > 0 ? (
        <ul className="meedoen-sectors__list" aria-label={chosen}>
          {value.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <Button
                appearance="subtle-button"
                aria-label={t('wishes.sectorRemoveLabel', { sector: s })}
                onClick={() => {
                  onChange(value.filter((v) => v !== s));
                  document.getElementById(id)?.focus();
                }}
              >
                {t('wishes.sectorRemove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="meedoen-sectors__add">
        <TextField
          id={id}
          label={addLabel}
          description={description}
          value={draft}
          onChange={setDraft}
          error={error}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button appearance="secondary-action-button" onClick={add}>
          {addButton}
        </Button>
      </div>
    </Fieldset>
  );
}

export function WishesForm({
  participantId,
  current,
  audience,
  onSaved,
  onCancel,
  prefix = 'wishes-',
}: {
  participantId: string;
  current: Wishes | null;
  audience: Audience;
  onSaved: (overview: WishesOverview) => void;
  onCancel?: () => void;
  prefix?: string;
}) {
  const { t } = useI18n();
  const form = useForm(prefix);
  const [v, setV] = useState<WishValues>(() => wishValuesOf(current));
  const set =
    <K extends keyof WishValues>(key: K) =>
    (value: WishValues[K]) =>
      setV({ ...v, [key]: value });
  // The label for the reader: `wishes.participant.hoursMin` or `wishes.professional.hoursMin`.
  const l = (field: string) => t(`wishes.${audience}.${field}` as MessageKey);
  const optional = audience === 'professional' ? ` ${t('common.optional')}` : '';
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form meedoen-wishes-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const { body, invalid } = wishesBody(v);
          void form.submit(
            async () => {
              onSaved(await api<WishesOverview>('PUT', `/participants/${participantId}/wishes`, body));
            },
            Object.fromEntries(invalid.map((k) => [k, t('wishes.wholeNumber')])),
          );
        }}
      >
        <Fieldset className="meedoen-field-group">
          <FieldsetLegend>{l('workTitle')}</FieldsetLegend>
          <TextareaField
            id={`${prefix}kindsOfWork`}
            label={`${l('kindsOfWork')}${optional}`}
            description={l('kindsOfWorkHint')}
            value={v.kindsOfWork}
            onChange={set('kindsOfWork')}
            error={form.error('kindsOfWork')}
          />
          <NamesField
            id={`${prefix}sectors`}
            label={`${l('sectors')}${optional}`}
            description={l('sectorsHint')}
            chosen={t('wishes.sectorsChosen')}
            addLabel={t('wishes.sectorAdd')}
            addButton={t('wishes.sectorAddButton')}
            value={v.sectors}
            onChange={set('sectors')}
            error={form.error('sectors')}
          />
        </Fieldset>
        <Fieldset className="meedoen-field-group">
          <FieldsetLegend>{l('timeTitle')}</FieldsetLegend>
          <div className="meedoen-hours">
            <TextField
              id={`${prefix}hoursMin`}
              label={`${l('hoursMin')}${optional}`}
              inputMode="numeric"
              value={v.hoursMin}
              onChange={set('hoursMin')}
              error={form.error('hoursMin')}
            />
            <TextField
              id={`${prefix}hoursMax`}
              label={`${l('hoursMax')}${optional}`}
              inputMode="numeric"
              value={v.hoursMax}
              onChange={set('hoursMax')}
              error={form.error('hoursMax')}
            />
          </div>
          <CheckboxGroupField
            id={`${prefix}days`}
            legend={`${l('days')}${optional}`}
            value={v.days}
            onChange={set('days')}
            options={DAYS.map((d) => ({ value: d, label: t(`day.${d}` as MessageKey) }))}
            error={form.error('days')}
          />
          <CheckboxGroupField
            id={`${prefix}dayParts`}
            legend={`${l('dayParts')}${optional}`}
            value={v.dayParts}
            onChange={set('dayParts')}
            options={DAY_PARTS.map((d) => ({ value: d, label: t(`dayPart.${d}` as MessageKey) }))}
            error={form.error('dayParts')}
          />
        </Fieldset>
        <Fieldset className="meedoen-field-group">
          <FieldsetLegend>{l('travelTitle')}</FieldsetLegend>
          <TextField
            id={`${prefix}maxTravelMinutes`}
            label={`${l('maxTravelMinutes')}${optional}`}
            description={l('maxTravelMinutesHint')}
            inputMode="numeric"
            value={v.maxTravelMinutes}
            onChange={set('maxTravelMinutes')}
            error={form.error('maxTravelMinutes')}
          />
          <CheckboxGroupField
            id={`${prefix}transport`}
            legend={`${l('transport')}${optional}`}
            value={v.transport}
            onChange={set('transport')}
            options={TRANSPORT.map((m) => ({ value: m, label: t(`transport.${m}` as MessageKey) }))}
            error={form.error('transport')}
          />
        </Fieldset>
        <Fieldset className="meedoen-field-group">
          <FieldsetLegend>{l('selfTitle')}</FieldsetLegend>
          <TextareaField
            id={`${prefix}strengths`}
            label={`${l('strengths')}${optional}`}
            description={l('strengthsHint')}
            value={v.strengths}
            onChange={set('strengths')}
            error={form.error('strengths')}
          />
          <TextareaField
            id={`${prefix}wantsToLearn`}
            label={`${l('wantsToLearn')}${optional}`}
            description={l('wantsToLearnHint')}
            value={v.wantsToLearn}
            onChange={set('wantsToLearn')}
            error={form.error('wantsToLearn')}
          />
        </Fieldset>
        <Fieldset className="meedoen-field-group">
          <FieldsetLegend>{l('qualificationsTitle')}</FieldsetLegend>
          <NamesField
            id={`${prefix}certificates`}
            label={`${l('certificates')}${optional}`}
            description={l('certificatesHint')}
            chosen={t('wishes.certificatesChosen')}
            addLabel={t('wishes.certificateAdd')}
            addButton={t('wishes.certificateAddButton')}
            value={v.certificates}
            onChange={set('certificates')}
            error={form.error('certificates')}
          />
          <CheckboxGroupField
            id={`${prefix}drivingLicences`}
            legend={`${l('drivingLicences')}${optional}`}
            description={l('drivingLicencesHint')}
            value={v.drivingLicences}
            onChange={set('drivingLicences')}
            options={DRIVING_LICENCES_ON_SCREEN.map((c) => ({ value: c, label: t(`licence.${c}` as MessageKey) }))}
            error={form.error('drivingLicences')}
          />
          <RadioGroupField
            id={`${prefix}languageLevel`}
            legend={`${l('languageLevel')}${optional}`}
            description={l('languageLevelHint')}
            value={v.languageLevel}
            onChange={set('languageLevel')}
            options={[
              { value: '' as const, label: t('wishes.languageLevel.unknown') },
              ...DUTCH_LEVELS.map((level) => ({
                value: level,
                label: t(`wishes.languageLevel.${level}` as MessageKey),
              })),
            ]}
            error={form.error('languageLevel')}
          />
        </Fieldset>
        <RadioGroupField
          id={`${prefix}disclosure`}
          legend={l('disclosure')}
          description={l('disclosureHint')}
          value={v.disclosure}
          onChange={set('disclosure')}
          options={DISCLOSURE.map((d) => ({
            value: d,
            label: l(`disclosure.${d}`),
            description: l(`disclosure.${d}.hint`),
          }))}
          error={form.error('disclosure')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {l('save')}
          </Button>
          {onCancel ? (
            <Button appearance="subtle-button" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </>
  );
}
