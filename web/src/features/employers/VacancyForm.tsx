/**
 * Create or edit a vacancy: title, work place, hours and days, contract and wage form, start date,
 * requirements (diploma, certificates, driving licence, Dutch language level), the accommodations the
 * employer offers for it, and its tasks with share of time and FML demands. Errors from the server are
 * shown at the field, also inside a task (`/tasks/1/demands/0/levels` → that demand).
 */
import { useState } from 'react';
import { Button } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useReferenceData } from '../../lib/useApiData';
import { CONTRACT_TYPES, DAYS, WAGE_FORMS, type FmlCatalogue } from '../../lib/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { useForm } from '../../components/useForm';
import { CheckboxGroupField, TextareaField } from '../participants/ParticipantFields';
import { addressOf, formatNumber, parseDecimal, withFieldPointers } from './employers';
import { draftOf, emptyTask, localTaskErrors, taskBodies, TasksEditor, type TaskDraft } from './TasksEditor';
import { DUTCH_LEVELS } from '../../lib/types';
import { ACCOMMODATION_CODES, type Employer, type Vacancy } from './types';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function VacancyForm({
  employer,
  vacancy,
  onSaved,
  onCancel,
}: {
  employer: Employer;
  vacancy?: Vacancy;
  onSaved: (v: Vacancy) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const form = useForm('vacancy-');
  const catalogue = useReferenceData<FmlCatalogue>('/fml-sections');
  const [v, setV] = useState({
    title: vacancy?.title ?? '',
    occupationCode: vacancy?.occupationCode ?? '',
    description: vacancy?.description ?? '',
    locationId: vacancy?.location?.id ?? employer.locations.find((l) => l.isMain)?.id ?? '',
    hoursMin: vacancy ? formatNumber(vacancy.hoursMin, lang) : '',
    hoursMax: vacancy ? formatNumber(vacancy.hoursMax, lang) : '',
    hoursPerDay: vacancy?.hoursPerDay ? formatNumber(vacancy.hoursPerDay, lang) : '',
    days: vacancy?.days ?? [],
    evenings: vacancy?.evenings ?? false,
    nights: vacancy?.nights ?? false,
    contractType: vacancy?.contractType ?? 'temporary',
    wageForm: vacancy?.wageForm ?? 'marketWage',
    startDate: vacancy?.startDate ?? '',
    diploma: vacancy?.requirements.diploma ?? '',
    certificates: vacancy?.requirements.certificates.join(', ') ?? '',
    drivingLicence: vacancy?.requirements.drivingLicence ?? '',
    languageLevel: vacancy?.requirements.languageLevel ?? '',
    accommodations: vacancy?.accommodations ?? employer.inclusive.accommodations,
    forBanenafspraak: vacancy?.forBanenafspraak ?? false,
  });
  const [tasks, setTasks] = useState<TaskDraft[]>(
    vacancy ? vacancy.tasks.map((task) => draftOf(task, lang)) : [emptyTask()],
  );
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const hoursMax = parseDecimal(v.hoursMax);
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const local: Record<string, string> = localTaskErrors(tasks, t('employers.form.number'));
          const hoursMin = parseDecimal(v.hoursMin);
          const hoursPerDay = v.hoursPerDay.trim() === '' ? null : parseDecimal(v.hoursPerDay);
          if (hoursMin === undefined) {
            local.hoursMin = t('employers.form.number');
          }
          if (hoursMax === undefined) {
            local.hoursMax = t('employers.form.number');
          }
          if (hoursPerDay === undefined) {
            local.hoursPerDay = t('employers.form.number');
          }
          void form.submit(async () => {
            const body = {
              title: v.title.trim(),
              occupationCode: orNull(v.occupationCode),
              description: orNull(v.description),
              locationId: v.locationId || null,
              hoursMin,
              hoursMax,
              hoursPerDay,
              days: v.days,
              evenings: v.evenings,
              nights: v.nights,
              contractType: v.contractType,
              wageForm: v.wageForm,
              startDate: v.startDate || null,
              requirements: {
                diploma: orNull(v.diploma),
                certificates: v.certificates
                  .split(',')
                  .map((c) => c.trim())
                  .filter(Boolean),
                drivingLicence: orNull(v.drivingLicence.toUpperCase()),
                languageLevel: v.languageLevel || null,
              },
              accommodations: v.accommodations,
              forBanenafspraak: v.forBanenafspraak,
              tasks: taskBodies(tasks),
            };
            try {
              onSaved(
                vacancy
                  ? await api<Vacancy>('PATCH', `/employers/${employer.id}/vacancies/${vacancy.id}`, body)
                  : await api<Vacancy>('POST', `/employers/${employer.id}/vacancies`, body),
              );
            } catch (error) {
              throw withFieldPointers(error);
            }
          }, local);
        }}
      >
        <TextField
          id="vacancy-title"
          label={t('employers.vacancy.title')}
          value={v.title}
          onChange={(title) => set({ title })}
          error={form.error('title')}
        />
        <TextareaField
          id="vacancy-description"
          label={`${t('employers.field.description')} ${t('common.optional')}`}
          value={v.description}
          onChange={(description) => set({ description })}
          error={form.error('description')}
        />
        <TextField
          id="vacancy-occupationCode"
          inputMode="numeric"
          label={`${t('employers.vacancy.occupationCode')} ${t('common.optional')}`}
          description={t('employers.vacancy.occupationCodeHelp')}
          value={v.occupationCode}
          onChange={(occupationCode) => set({ occupationCode })}
          error={form.error('occupationCode')}
        />
        <SelectField
          id="vacancy-locationId"
          label={t('employers.vacancy.location')}
          value={v.locationId}
          placeholder={t('employers.vacancy.noLocation')}
          options={employer.locations.map((l) => ({ value: l.id, label: addressOf(l) }))}
          onChange={(locationId) => set({ locationId })}
          error={form.error('locationId')}
        />
        <TextField
          id="vacancy-hoursMin"
          inputMode="decimal"
          label={t('employers.vacancy.hoursMin')}
          value={v.hoursMin}
          onChange={(hoursMin) => set({ hoursMin })}
          error={form.error('hoursMin')}
        />
        <TextField
          id="vacancy-hoursMax"
          inputMode="decimal"
          label={t('employers.vacancy.hoursMax')}
          value={v.hoursMax}
          onChange={(value) => set({ hoursMax: value })}
          error={form.error('hoursMax')}
        />
        <TextField
          id="vacancy-hoursPerDay"
          inputMode="decimal"
          label={`${t('employers.vacancy.hoursPerDay')} ${t('common.optional')}`}
          description={t('employers.vacancy.hoursPerDayHelp')}
          value={v.hoursPerDay}
          onChange={(hoursPerDay) => set({ hoursPerDay })}
          error={form.error('hoursPerDay')}
        />
        <CheckboxGroupField
          id="vacancy-days"
          legend={`${t('employers.vacancy.days')} ${t('common.optional')}`}
          options={DAYS.map((d) => ({ value: d, label: t(`day.${d}` as MessageKey) }))}
          value={v.days}
          onChange={(days) => set({ days })}
          error={form.error('days')}
        />
        <CheckboxField
          id="vacancy-evenings"
          label={t('employers.vacancy.evenings')}
          checked={v.evenings}
          onChange={(evenings) => set({ evenings })}
        />
        <CheckboxField
          id="vacancy-nights"
          label={t('employers.vacancy.nights')}
          checked={v.nights}
          onChange={(nights) => set({ nights })}
        />
        <SelectField
          id="vacancy-contractType"
          label={t('employers.vacancy.contract')}
          value={v.contractType}
          options={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`job.contract.${c}` as MessageKey) }))}
          onChange={(contractType) => set({ contractType: contractType as Vacancy['contractType'] })}
          error={form.error('contractType')}
        />
        <SelectField
          id="vacancy-wageForm"
          label={t('employers.vacancy.wage')}
          value={v.wageForm}
          options={WAGE_FORMS.map((w) => ({ value: w, label: t(`job.wage.${w}` as MessageKey) }))}
          onChange={(wageForm) => set({ wageForm: wageForm as Vacancy['wageForm'] })}
          error={form.error('wageForm')}
        />
        <TextField
          id="vacancy-startDate"
          type="date"
          label={`${t('employers.vacancy.startDate')} ${t('common.optional')}`}
          value={v.startDate}
          onChange={(startDate) => set({ startDate })}
          error={form.error('startDate')}
        />
        <TextField
          id="vacancy-diploma"
          label={`${t('employers.vacancy.diploma')} ${t('common.optional')}`}
          value={v.diploma}
          onChange={(diploma) => set({ diploma })}
          error={form.error('diploma')}
        />
        <TextField
          id="vacancy-certificates"
          label={`${t('employers.vacancy.certificates')} ${t('common.optional')}`}
          description={t('employers.vacancy.certificatesHelp')}
          value={v.certificates}
          onChange={(certificates) => set({ certificates })}
          error={form.error('certificates')}
        />
        <TextField
          id="vacancy-drivingLicence"
          label={`${t('employers.vacancy.drivingLicence')} ${t('common.optional')}`}
          description={t('employers.vacancy.drivingLicenceHelp')}
          value={v.drivingLicence}
          onChange={(drivingLicence) => set({ drivingLicence })}
          error={form.error('drivingLicence')}
        />
        <SelectField
          id="vacancy-languageLevel"
          label={`${t('employers.vacancy.languageLevel')} ${t('common.optional')}`}
          description={t('employers.vacancy.languageLevelHelp')}
          value={v.languageLevel}
          placeholder={t('employers.vacancy.noLanguageLevel')}
          options={DUTCH_LEVELS.map((l) => ({ value: l, label: l }))}
          onChange={(languageLevel) => set({ languageLevel })}
          error={form.error('languageLevel')}
        />
        <CheckboxGroupField
          id="vacancy-accommodations"
          legend={t('employers.vacancy.accommodations')}
          description={t('employers.field.accommodationsHelp')}
          options={ACCOMMODATION_CODES.map((a) => ({
            value: a,
            label: t(`employers.accommodation.${a}` as MessageKey),
          }))}
          value={v.accommodations}
          onChange={(accommodations) => set({ accommodations })}
          error={form.error('accommodations')}
        />
        <CheckboxField
          id="vacancy-forBanenafspraak"
          label={t('employers.vacancy.forBanenafspraak')}
          checked={v.forBanenafspraak}
          onChange={(forBanenafspraak) => set({ forBanenafspraak })}
        />
        <TasksEditor
          prefix="vacancy-"
          tasks={tasks}
          onChange={setTasks}
          catalogue={catalogue.data}
          errors={form.error}
          hoursPerWeek={hoursMax}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {vacancy ? t('common.save') : t('employers.vacancy.create')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
