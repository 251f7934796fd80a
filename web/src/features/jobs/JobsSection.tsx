/**
 * Werk on the participant page: the jobs the participant had and has, with employer, title, dates,
 * hours, contract and wage form, and whether the job counts as regular paid work (IPS competitive
 * employment) — computed by the server from these facts, never typed in. Also the computed
 * sustainable placement with the definition the server used. A professional who works with the
 * participant adds a job and ends one (end date and reason).
 */
import { useState } from 'react';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { CONTRACT_TYPES, END_REASONS, WAGE_FORMS, type Job, type JobOverview } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useStatusMessage } from '../../components/useStatusMessage';
import { useForm } from '../../components/useForm';
import { formatDate, formatNumber, todayInNl } from '../participants/dates';
import './jobs.css';

/** Hours typed as "24", "24,5" or "24.5": a number, NaN when it is none, null when empty. */
export function hoursOf(value: string): number | null {
  const v = value.trim().replace(',', '.');
  if (!v) {
    return null;
  }
  return /^\d{1,2}(\.\d)?$/.test(v) ? Number(v) : Number.NaN;
}

function AddJobForm({
  participantId,
  onSaved,
  onCancel,
}: {
  participantId: string;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('job-');
  const [v, setV] = useState({
    employerName: '',
    jobTitle: '',
    occupationCode: '',
    startDate: todayInNl(),
    hoursPerWeek: '',
    contractType: '',
    wageForm: '',
    openToAnyone: true,
  });
  const set =
    <K extends keyof typeof v>(key: K) =>
    (value: (typeof v)[K]) =>
      setV({ ...v, [key]: value });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const hours = hoursOf(v.hoursPerWeek);
          void form.submit(
            async () => {
              await api<Job>('POST', `/participants/${participantId}/jobs`, {
                employerName: v.employerName.trim(),
                jobTitle: v.jobTitle.trim(),
                occupationCode: v.occupationCode.trim() || undefined,
                startDate: v.startDate || undefined,
                hoursPerWeek: hours ?? undefined,
                contractType: v.contractType || undefined,
                wageForm: v.wageForm || undefined,
                openToAnyone: v.openToAnyone,
              });
              await onSaved();
            },
            Number.isNaN(hours) ? { hoursPerWeek: t('job.hoursInvalid') } : {},
          );
        }}
      >
        <TextField
          id="job-employerName"
          label={t('job.employer')}
          value={v.employerName}
          onChange={set('employerName')}
          error={form.error('employerName')}
        />
        <TextField
          id="job-jobTitle"
          label={t('job.title')}
          value={v.jobTitle}
          onChange={set('jobTitle')}
          error={form.error('jobTitle')}
        />
        <TextField
          id="job-occupationCode"
          label={`${t('job.occupationCode')} ${t('common.optional')}`}
          description={t('job.occupationCodeHint')}
          inputMode="numeric"
          value={v.occupationCode}
          onChange={set('occupationCode')}
          error={form.error('occupationCode')}
        />
        <TextField
          id="job-startDate"
          label={t('job.startDate')}
          type="date"
          value={v.startDate}
          onChange={set('startDate')}
          error={form.error('startDate')}
        />
        <TextField
          id="job-hoursPerWeek"
          label={t('job.hours')}
          description={t('job.hoursHint')}
          inputMode="decimal"
          value={v.hoursPerWeek}
          onChange={set('hoursPerWeek')}
          error={form.error('hoursPerWeek')}
        />
        <SelectField
          id="job-contractType"
          label={t('job.contract')}
          value={v.contractType}
          onChange={set('contractType')}
          placeholder={t('common.choose')}
          options={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`job.contract.${c}` as MessageKey) }))}
          error={form.error('contractType')}
        />
        <SelectField
          id="job-wageForm"
          label={t('job.wageForm')}
          description={t('job.wageFormHint')}
          value={v.wageForm}
          onChange={set('wageForm')}
          placeholder={t('common.choose')}
          options={WAGE_FORMS.map((w) => ({ value: w, label: t(`job.wage.${w}` as MessageKey) }))}
          error={form.error('wageForm')}
        />
        <CheckboxField
          id="job-openToAnyone"
          label={t('job.openToAnyone')}
          description={t('job.openToAnyoneHint')}
          checked={v.openToAnyone}
          onChange={set('openToAnyone')}
          error={form.error('openToAnyone')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('job.save')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function EndJobForm({
  participantId,
  job,
  onSaved,
  onCancel,
}: {
  participantId: string;
  job: Job;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = `end-${job.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [endDate, setEndDate] = useState(todayInNl());
  const [endReason, setEndReason] = useState('');
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(
            async () => {
              await api<Job>('PATCH', `/participants/${participantId}/jobs/${job.id}`, { endDate, endReason });
              await onSaved();
            },
            {
              ...(endDate ? {} : { endDate: t('error.requiredField') }),
              ...(endReason ? {} : { endReason: t('job.endReasonRequired') }),
            },
          );
        }}
      >
        <TextField
          id={`${prefix}endDate`}
          label={t('job.endDate')}
          description={t('job.endDateHint')}
          type="date"
          value={endDate}
          onChange={setEndDate}
          error={form.error('endDate')}
        />
        <SelectField
          id={`${prefix}endReason`}
          label={t('job.endReason')}
          value={endReason}
          onChange={setEndReason}
          placeholder={t('common.choose')}
          options={END_REASONS.map((r) => ({ value: r, label: t(`job.endReason.${r}` as MessageKey) }))}
          error={form.error('endReason')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('job.saveEnd')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function JobCard({
  participantId,
  job,
  canManage,
  onEnded,
}: {
  participantId: string;
  job: Job;
  canManage: boolean;
  onEnded: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const titleId = `job-${job.id.slice(0, 8)}`;
  return (
    <article
      aria-labelledby={titleId}
      className={`meedoen-card meedoen-job${job.endDate ? ' meedoen-job--ended' : ''}`}
    >
      <Heading level={3} id={titleId} tabIndex={-1}>
        {t('job.cardTitle', { title: job.jobTitle, employer: job.employerName })}
      </Heading>
      <DataList className="meedoen-data-list">
        <DataListItem>
          <DataListKey>{t('job.period')}</DataListKey>
          <DataListValue>
            {job.endDate
              ? t('job.fromTo', { from: formatDate(job.startDate, lang), to: formatDate(job.endDate, lang) })
              : t('job.since', { from: formatDate(job.startDate, lang) })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('job.hours')}</DataListKey>
          <DataListValue>{t('job.hoursValue', { hours: formatNumber(job.hoursPerWeek, lang) })}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('job.contract')}</DataListKey>
          <DataListValue>{t(`job.contract.${job.contractType}` as MessageKey)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('job.wageForm')}</DataListKey>
          <DataListValue>{t(`job.wage.${job.wageForm}` as MessageKey)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('job.competitive')}</DataListKey>
          <DataListValue>
            <strong>{job.competitive ? t('common.yes') : t('common.no')}</strong>
            <span className="meedoen-cell-note">{t('job.computed')}</span>
          </DataListValue>
        </DataListItem>
        {job.endReason ? (
          <DataListItem>
            <DataListKey>{t('job.endReason')}</DataListKey>
            <DataListValue>{t(`job.endReason.${job.endReason}` as MessageKey)}</DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('job.openToAnyoneShort')}</DataListKey>
          <DataListValue>{job.openToAnyone ? t('common.yes') : t('common.no')}</DataListValue>
        </DataListItem>
        {job.occupationCode ? (
          <DataListItem>
            <DataListKey>{t('job.occupationCode')}</DataListKey>
            <DataListValue>{job.occupationCode}</DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      <Paragraph small>
        {job.recordedByName ? t('job.recordedBy', { name: job.recordedByName }) : t('job.recordedBySystem')}
      </Paragraph>
      {canManage && !job.endDate ? (
        <Expander
          id={`endjob-${job.id.slice(0, 8)}`}
          label={t('job.end')}
          ariaLabel={t('job.endLabel', { title: job.jobTitle, employer: job.employerName })}
        >
          {(close) => (
            <EndJobForm
              participantId={participantId}
              job={job}
              onSaved={async () => {
                close();
                await onEnded();
              }}
              onCancel={close}
            />
          )}
        </Expander>
      ) : null}
    </article>
  );
}

/** The computed sustainable placement, with the definition in words (the server's, in the UI language). */
export function SustainablePlacement({ overview }: { overview: JobOverview }) {
  const { t, lang } = useI18n();
  const s = overview.sustainablePlacement;
  return (
    <div className="meedoen-placement">
      {s.at6Months ? (
        <Paragraph>
          <strong>{t('job.sustainable6', { date: formatDate(s.at6Months, lang) })}</strong>
        </Paragraph>
      ) : null}
      {s.at12Months ? (
        <Paragraph>
          <strong>{t('job.sustainable12', { date: formatDate(s.at12Months, lang) })}</strong>
        </Paragraph>
      ) : null}
      {!s.at6Months && !s.at12Months ? <Paragraph>{t('job.notSustainable')}</Paragraph> : null}
      <Paragraph small>{t('job.definition', { definition: s.definition })}</Paragraph>
    </div>
  );
}

export function JobsSection({
  participantId,
  name,
  canManage,
  initial,
}: {
  participantId: string;
  name: string;
  canManage: boolean;
  /** The jobs as the participant page got them (`expand=jobs`; null: left out, not for this user); undefined: load them here. */
  initial?: JobOverview | null;
}) {
  const { t } = useI18n();
  const { data, reload, error } = useApiData<JobOverview>(`/participants/${participantId}/jobs`, initial);
  const notice = useStatusMessage();
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (data === null) {
    return <Paragraph>{t('job.hidden')}</Paragraph>;
  }
  // Running jobs first, then the ended ones, newest first within each.
  const jobs = [...data.items].sort(
    (a, b) => Number(a.endDate !== null) - Number(b.endDate !== null) || b.startDate.localeCompare(a.startDate),
  );
  return (
    <>
      <Paragraph>{t('job.intro', { name })}</Paragraph>
      {notice.region}
      <SustainablePlacement overview={data} />
      {jobs.length === 0 ? <Paragraph>{t('job.none', { name })}</Paragraph> : null}
      {jobs.map((j) => (
        <JobCard
          key={j.id}
          participantId={participantId}
          job={j}
          canManage={canManage}
          onEnded={async () => {
            await reload();
            notice.show(t('job.ended', { title: j.jobTitle, employer: j.employerName }), { focus: true });
          }}
        />
      ))}
      {canManage ? (
        <Expander id="addjob" label={t('job.add')}>
          {(close) => (
            <AddJobForm
              participantId={participantId}
              onSaved={async () => {
                close();
                await reload();
                notice.show(t('job.added'));
              }}
              onCancel={close}
            />
          )}
        </Expander>
      ) : null}
    </>
  );
}
