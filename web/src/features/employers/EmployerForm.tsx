/**
 * Create or edit an employer: name, KvK number, SBI code, size, website, description, the inclusive
 * facts (banenafspraak jobs, accommodations offered) and, when creating, the main location. Field errors
 * come from the server's problem+json at each field (`/locations/0/postcode` → the postcode field).
 */
import { useState } from 'react';
import { Button } from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { useForm } from '../../components/useForm';
import { CheckboxGroupField, TextareaField } from '../participants/ParticipantFields';
import { useWorkMunicipalities } from './useRegion';
import { ACCOMMODATION_CODES, SIZE_CLASSES, type Employer } from './types';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Location field errors (`/locations/0/postcode`) onto the location fields of the form. */
function locationPointers(problem: unknown): unknown {
  if (!(problem instanceof ApiProblem)) {
    return problem;
  }
  const errors = problem.errors.map((e) => {
    const m = /^\/locations\/\d+\/(\w+)/.exec(e.location.pointer);
    return m ? { ...e, location: { pointer: `/location-${m[1]}` } } : e;
  });
  return new ApiProblem(problem.status, problem.code, problem.title, problem.detail, errors);
}

export function EmployerForm({
  employer,
  onSaved,
  onCancel,
}: {
  employer?: Employer;
  onSaved: (employer: Employer) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('employer-');
  const municipalities = useWorkMunicipalities();
  const [v, setV] = useState({
    name: employer?.name ?? '',
    kvkNumber: employer?.kvkNumber ?? '',
    sbiCode: employer?.sbiCode ?? '',
    sizeClass: employer?.sizeClass ?? '',
    website: employer?.website ?? '',
    description: employer?.description ?? '',
    banenafspraakJobs: employer?.inclusive.banenafspraakJobs?.toString() ?? '',
    accommodations: employer?.inclusive.accommodations ?? [],
    locationName: '',
    street: '',
    houseNumber: '',
    postcode: '',
    city: '',
    municipalityCode: '',
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const jobs = v.banenafspraakJobs.trim();
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const local: Record<string, string> = {};
          if (jobs !== '' && !/^\d{1,6}$/.test(jobs)) {
            local.banenafspraakJobs = t('employers.form.wholeNumber');
          }
          if (!employer && !v.municipalityCode) {
            local['location-municipalityCode'] = t('employers.form.municipalityRequired');
          }
          void form.submit(async () => {
            const fields = {
              name: v.name.trim(),
              kvkNumber: orNull(v.kvkNumber),
              sbiCode: orNull(v.sbiCode),
              sizeClass: v.sizeClass === '' ? null : v.sizeClass,
              website: orNull(v.website),
              description: orNull(v.description),
              banenafspraakJobs: jobs === '' ? null : Number(jobs),
              accommodations: v.accommodations,
            };
            try {
              onSaved(
                employer
                  ? await api<Employer>('PATCH', `/employers/${employer.id}`, fields)
                  : await api<Employer>('POST', '/employers', {
                      ...fields,
                      locations: [
                        {
                          name: orNull(v.locationName),
                          street: orNull(v.street),
                          houseNumber: orNull(v.houseNumber),
                          postcode: orNull(v.postcode),
                          city: orNull(v.city),
                          municipalityCode: v.municipalityCode,
                          isMain: true,
                        },
                      ],
                    }),
              );
            } catch (error) {
              throw locationPointers(error);
            }
          }, local);
        }}
      >
        <TextField
          id="employer-name"
          label={t('employers.field.name')}
          value={v.name}
          onChange={(name) => set({ name })}
          error={form.error('name')}
        />
        <TextField
          id="employer-kvkNumber"
          inputMode="numeric"
          label={`${t('employers.field.kvk')} ${t('common.optional')}`}
          description={t('employers.field.kvkHelp')}
          value={v.kvkNumber}
          onChange={(kvkNumber) => set({ kvkNumber })}
          error={form.error('kvkNumber')}
        />
        <TextField
          id="employer-sbiCode"
          inputMode="numeric"
          label={`${t('employers.field.sbi')} ${t('common.optional')}`}
          description={t('employers.field.sbiHelp')}
          value={v.sbiCode}
          onChange={(sbiCode) => set({ sbiCode })}
          error={form.error('sbiCode')}
        />
        <SelectField
          id="employer-sizeClass"
          label={`${t('employers.field.size')} ${t('common.optional')}`}
          value={v.sizeClass}
          placeholder={t('common.choose')}
          options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`employers.size.${s}` as MessageKey) }))}
          onChange={(sizeClass) => set({ sizeClass })}
          error={form.error('sizeClass')}
        />
        <TextField
          id="employer-website"
          type="url"
          label={`${t('employers.field.website')} ${t('common.optional')}`}
          value={v.website}
          onChange={(website) => set({ website })}
          error={form.error('website')}
        />
        <TextareaField
          id="employer-description"
          label={`${t('employers.field.description')} ${t('common.optional')}`}
          value={v.description}
          onChange={(description) => set({ description })}
          error={form.error('description')}
        />
        <TextField
          id="employer-banenafspraakJobs"
          inputMode="numeric"
          label={`${t('employers.field.banenafspraak')} ${t('common.optional')}`}
          description={t('employers.field.banenafspraakHelp')}
          value={v.banenafspraakJobs}
          onChange={(banenafspraakJobs) => set({ banenafspraakJobs })}
          error={form.error('banenafspraakJobs')}
        />
        <CheckboxGroupField
          id="employer-accommodations"
          legend={t('employers.field.accommodations')}
          description={t('employers.field.accommodationsHelp')}
          options={ACCOMMODATION_CODES.map((a) => ({
            value: a,
            label: t(`employers.accommodation.${a}` as MessageKey),
          }))}
          value={v.accommodations}
          onChange={(accommodations) => set({ accommodations })}
          error={form.error('accommodations')}
        />
        {employer ? null : (
          <>
            <TextField
              id="employer-location-name"
              label={`${t('employers.location.name')} ${t('common.optional')}`}
              value={v.locationName}
              onChange={(locationName) => set({ locationName })}
              error={form.error('location-name')}
            />
            <TextField
              id="employer-location-street"
              label={`${t('employers.location.street')} ${t('common.optional')}`}
              value={v.street}
              onChange={(street) => set({ street })}
              error={form.error('location-street')}
            />
            <TextField
              id="employer-location-houseNumber"
              label={`${t('employers.location.houseNumber')} ${t('common.optional')}`}
              value={v.houseNumber}
              onChange={(houseNumber) => set({ houseNumber })}
              error={form.error('location-houseNumber')}
            />
            <TextField
              id="employer-location-postcode"
              label={`${t('employers.location.postcode')} ${t('common.optional')}`}
              value={v.postcode}
              onChange={(postcode) => set({ postcode })}
              error={form.error('location-postcode')}
            />
            <TextField
              id="employer-location-city"
              label={`${t('employers.location.city')} ${t('common.optional')}`}
              value={v.city}
              onChange={(city) => set({ city })}
              error={form.error('location-city')}
            />
            <SelectField
              id="employer-location-municipalityCode"
              label={t('employers.location.municipality')}
              value={v.municipalityCode}
              placeholder={t('common.choose')}
              options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
              onChange={(municipalityCode) => set({ municipalityCode })}
              error={form.error('location-municipalityCode')}
            />
          </>
        )}
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {employer ? t('common.save') : t('employers.create')}
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
