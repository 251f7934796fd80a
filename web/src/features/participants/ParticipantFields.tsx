/**
 * Fields of the participant screens: the identity and situation of a participant (shared by
 * registration and editing), and the field kinds that `components/Fields.tsx` does not have — a
 * textarea and groups of checkboxes or radio buttons under one legend. Same anatomy as Fields.tsx:
 * label → description → error → control, joined by aria-describedby (WCAG 1.3.1, 3.3.1, 3.3.2).
 * The first control of a group carries the group's id, so the error summary's link lands on it.
 */
import type { ReactNode } from 'react';
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { BENEFIT_SITUATIONS, TARGET_GROUPS, type Participant } from '../../lib/types';
import type { Municipality } from '../admin/useReference';

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextareaField(props: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  const { id, label, description, error } = props;
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          name={id}
          rows={props.rows ?? 3}
          value={props.value}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
          onChange={(e) => props.onChange(e.target.value)}
        />
      </div>
    </FormField>
  );
}

interface GroupProps<T extends string> {
  /** id of the group: the first option's input gets it, the others `${id}-${value}` */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: { value: T; label: string; description?: string }[];
}

function GroupMessages({ id, description, error }: { id: string; description?: ReactNode; error?: string }) {
  return (
    <>
      {description ? (
        <p className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

const optionId = (id: string, index: number, value: string) => (index === 0 ? id : `${id}-${value}`);

export function CheckboxGroupField<T extends string>(
  props: GroupProps<T> & { value: readonly T[]; onChange: (value: T[]) => void },
) {
  const { id, legend, description, error, options, value } = props;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy(id, description, error)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <GroupMessages id={id} description={description} error={error} />
      {options.map((o, i) => (
        <CheckboxField
          key={o.value}
          id={optionId(id, i, o.value)}
          label={o.label}
          description={o.description}
          checked={value.includes(o.value)}
          onChange={(on) => props.onChange(on ? [...value, o.value] : value.filter((v) => v !== o.value))}
        />
      ))}
    </Fieldset>
  );
}

export function RadioGroupField<T extends string>(
  props: GroupProps<T> & { value: T | ''; onChange: (value: T) => void },
) {
  const { id, legend, description, error, options, value } = props;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy(id, description, error)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <GroupMessages id={id} description={description} error={error} />
      {options.map((o, i) => {
        const inputId = optionId(id, i, o.value);
        return (
          <FormField key={o.value} type="radio" invalid={Boolean(error)}>
            <div className="utrecht-form-field__input">
              <RadioButton
                id={inputId}
                name={id}
                value={o.value}
                checked={value === o.value}
                invalid={Boolean(error)}
                aria-describedby={o.description ? `${inputId}-description` : undefined}
                onChange={() => props.onChange(o.value)}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={inputId} type="radio">
                {o.label}
              </FormLabel>
            </div>
            {o.description ? (
              <FormFieldDescription id={`${inputId}-description`}>{o.description}</FormFieldDescription>
            ) : null}
          </FormField>
        );
      })}
    </Fieldset>
  );
}

/** The identity and situation of a participant as the form holds them (strings for the inputs). */
export interface IdentityValues {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  municipalityCode: string;
  targetGroups: string[];
  benefitSituation: string;
  doelgroepregister: boolean;
  bsn: string;
}

export const EMPTY_IDENTITY: IdentityValues = {
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  email: '',
  phone: '',
  municipalityCode: '',
  targetGroups: [],
  benefitSituation: 'none',
  doelgroepregister: false,
  bsn: '',
};

export function identityOf(p: Participant): IdentityValues {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    email: p.email ?? '',
    phone: p.phone ?? '',
    municipalityCode: p.municipalityCode,
    targetGroups: [...p.targetGroups],
    benefitSituation: p.benefitSituation,
    doelgroepregister: p.doelgroepregister,
    bsn: p.bsn ?? '',
  };
}

/** The request body for these fields: empty optional fields as null, empty required ones left out (→ "required"). */
export function identityBody(v: IdentityValues): Record<string, unknown> {
  return {
    givenName: v.givenName.trim(),
    familyName: v.familyName.trim(),
    dateOfBirth: v.dateOfBirth || undefined,
    email: v.email.trim() || null,
    phone: v.phone.trim() || null,
    municipalityCode: v.municipalityCode || undefined,
    targetGroups: v.targetGroups,
    benefitSituation: v.benefitSituation || undefined,
    doelgroepregister: v.doelgroepregister,
  };
}

export function IdentityFields({
  prefix,
  value,
  onChange,
  error,
  municipalities,
  bsnDescription,
}: {
  /** id prefix, the same as the form's useForm prefix */
  prefix: string;
  value: IdentityValues;
  onChange: (next: IdentityValues) => void;
  error: (field: string) => string | undefined;
  municipalities: Municipality[];
  bsnDescription: string;
}) {
  const { t } = useI18n();
  const set =
    <K extends keyof IdentityValues>(key: K) =>
    (v: IdentityValues[K]) =>
      onChange({ ...value, [key]: v });
  return (
    <>
      <Fieldset className="meedoen-field-group">
        <FieldsetLegend>{t('participant.personTitle')}</FieldsetLegend>
        <TextField
          id={`${prefix}givenName`}
          label={t('participant.givenName')}
          autoComplete="off"
          value={value.givenName}
          onChange={set('givenName')}
          error={error('givenName')}
        />
        <TextField
          id={`${prefix}familyName`}
          label={t('participant.familyName')}
          description={t('participant.familyNameHint')}
          autoComplete="off"
          value={value.familyName}
          onChange={set('familyName')}
          error={error('familyName')}
        />
        <TextField
          id={`${prefix}dateOfBirth`}
          label={t('participant.dateOfBirth')}
          type="date"
          value={value.dateOfBirth}
          onChange={set('dateOfBirth')}
          error={error('dateOfBirth')}
        />
        <TextField
          id={`${prefix}bsn`}
          label={`${t('participant.bsn')} ${t('common.optional')}`}
          description={bsnDescription}
          autoComplete="off"
          inputMode="numeric"
          value={value.bsn}
          onChange={set('bsn')}
          error={error('bsn')}
        />
      </Fieldset>
      <Fieldset className="meedoen-field-group">
        <FieldsetLegend>{t('participant.contactTitle')}</FieldsetLegend>
        <TextField
          id={`${prefix}email`}
          label={`${t('participant.email')} ${t('common.optional')}`}
          type="email"
          autoComplete="off"
          value={value.email}
          onChange={set('email')}
          error={error('email')}
        />
        <TextField
          id={`${prefix}phone`}
          label={`${t('participant.phone')} ${t('common.optional')}`}
          description={t('participant.phoneHint')}
          autoComplete="off"
          value={value.phone}
          onChange={set('phone')}
          error={error('phone')}
        />
        <SelectField
          id={`${prefix}municipalityCode`}
          label={t('participant.municipality')}
          description={t('participant.municipalityHint')}
          value={value.municipalityCode}
          onChange={set('municipalityCode')}
          placeholder={t('common.choose')}
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          error={error('municipalityCode')}
        />
      </Fieldset>
      <Fieldset className="meedoen-field-group">
        <FieldsetLegend>{t('participant.situationTitle')}</FieldsetLegend>
        <CheckboxGroupField
          id={`${prefix}targetGroups`}
          legend={`${t('participant.targetGroups')} ${t('common.optional')}`}
          description={t('participant.targetGroupsHint')}
          value={value.targetGroups}
          onChange={set('targetGroups')}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}` as MessageKey) }))}
          error={error('targetGroups')}
        />
        <SelectField
          id={`${prefix}benefitSituation`}
          label={t('participant.benefitSituation')}
          value={value.benefitSituation}
          onChange={set('benefitSituation')}
          options={BENEFIT_SITUATIONS.map((b) => ({ value: b, label: t(`benefit.${b}` as MessageKey) }))}
          error={error('benefitSituation')}
        />
        <CheckboxField
          id={`${prefix}doelgroepregister`}
          label={t('participant.doelgroepregister')}
          description={t('participant.doelgroepregisterHint')}
          checked={value.doelgroepregister}
          onChange={set('doelgroepregister')}
          error={error('doelgroepregister')}
        />
      </Fieldset>
    </>
  );
}
