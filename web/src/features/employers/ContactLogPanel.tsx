/**
 * The employer contacts log (IPS systematic job development): every visit, call or meeting with this
 * employer by the professionals of the region, newest first, with purpose, outcome and next step. A
 * professional adds their own contacts and corrects only their own entries. Visits and meetings count
 * for the IPS norm of six face-to-face contacts a week.
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
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { useStatusMessage } from '../../components/useStatusMessage';
import { TextareaField } from '../participants/ParticipantFields';
import { formatDate, todayInNl } from '../participants/dates';
import { LOG_KINDS, LOG_PURPOSES, type Contact, type Employer, type LogEntry } from './types';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function LogForm({
  employerId,
  contacts,
  entry,
  onSaved,
  onCancel,
}: {
  employerId: string;
  contacts: Contact[];
  entry?: LogEntry;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = entry ? `log-${entry.id}-` : 'log-new-';
  const form = useForm(prefix);
  const [v, setV] = useState({
    contactDate: entry?.contactDate ?? todayInNl(),
    kind: entry?.kind ?? 'visit',
    purpose: entry?.purpose ?? 'learnBusiness',
    contactId: entry?.contactId ?? '',
    outcome: entry?.outcome ?? '',
    nextStep: entry?.nextStep ?? '',
    nextStepOn: entry?.nextStepOn ?? '',
  });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            const body = {
              contactDate: v.contactDate,
              kind: v.kind,
              purpose: v.purpose,
              contactId: v.contactId || null,
              outcome: orNull(v.outcome),
              nextStep: orNull(v.nextStep),
              nextStepOn: v.nextStepOn || null,
            };
            if (entry) {
              await api('PATCH', `/employers/${employerId}/contact-log/${entry.id}`, body);
            } else {
              await api('POST', `/employers/${employerId}/contact-log`, body);
            }
            onSaved();
          });
        }}
      >
        <TextField
          id={`${prefix}contactDate`}
          type="date"
          label={t('employers.log.date')}
          value={v.contactDate}
          onChange={(contactDate) => setV({ ...v, contactDate })}
          error={form.error('contactDate')}
        />
        <SelectField
          id={`${prefix}kind`}
          label={t('employers.log.kind')}
          description={t('employers.log.kindHelp')}
          value={v.kind}
          options={LOG_KINDS.map((k) => ({ value: k, label: t(`employers.log.kind.${k}` as MessageKey) }))}
          onChange={(kind) => setV({ ...v, kind: kind as LogEntry['kind'] })}
          error={form.error('kind')}
        />
        <SelectField
          id={`${prefix}purpose`}
          label={t('employers.log.purpose')}
          value={v.purpose}
          options={LOG_PURPOSES.map((p) => ({ value: p, label: t(`employers.log.purpose.${p}` as MessageKey) }))}
          onChange={(purpose) => setV({ ...v, purpose: purpose as LogEntry['purpose'] })}
          error={form.error('purpose')}
        />
        <SelectField
          id={`${prefix}contactId`}
          label={`${t('employers.log.contact')} ${t('common.optional')}`}
          value={v.contactId}
          placeholder={t('employers.log.noContact')}
          options={contacts.map((c) => ({ value: c.id, label: c.role ? `${c.name} (${c.role})` : c.name }))}
          onChange={(contactId) => setV({ ...v, contactId })}
          error={form.error('contactId')}
        />
        <TextareaField
          id={`${prefix}outcome`}
          label={`${t('employers.log.outcome')} ${t('common.optional')}`}
          value={v.outcome}
          onChange={(outcome) => setV({ ...v, outcome })}
          error={form.error('outcome')}
        />
        <TextField
          id={`${prefix}nextStep`}
          label={`${t('employers.log.nextStep')} ${t('common.optional')}`}
          value={v.nextStep}
          onChange={(nextStep) => setV({ ...v, nextStep })}
          error={form.error('nextStep')}
        />
        <TextField
          id={`${prefix}nextStepOn`}
          type="date"
          label={`${t('employers.log.nextStepOn')} ${t('common.optional')}`}
          value={v.nextStepOn}
          onChange={(nextStepOn) => setV({ ...v, nextStepOn })}
          error={form.error('nextStepOn')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {entry ? t('common.save') : t('employers.log.add')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

export function ContactLogPanel({
  employer,
  contacts,
  onChanged,
}: {
  employer: Employer;
  contacts: Contact[];
  /** after a change, so that the page's history is read again */
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const { session, hasRole } = useSession();
  // The log is for professionals; the employer's own users are not asked (a refused request is logged).
  const may = hasRole('employerAdviser') || hasRole('jobCoach');
  const { data, reload, error } = useApiData<{ items: LogEntry[] }>(
    may ? `/employers/${employer.id}/contact-log` : null,
  );
  const status = useStatusMessage();
  if (data === null) {
    return null;
  }
  return (
    <section aria-labelledby="contactlogboek" className="meedoen-section">
      <Heading level={2} id="contactlogboek">
        {t('employers.log.title')}
      </Heading>
      <Paragraph>{t('employers.log.intro')}</Paragraph>
      {status.region}
      {error ? <Notice type="error">{error}</Notice> : null}
      {employer.permissions.logContact ? (
        <Expander id="new-log" label={t('employers.log.add')}>
          {(close) => (
            <LogForm
              employerId={employer.id}
              contacts={contacts}
              onCancel={close}
              onSaved={() => {
                close();
                status.show(t('employers.log.saved'));
                void reload();
                onChanged();
              }}
            />
          )}
        </Expander>
      ) : null}
      {data && data.items.length === 0 ? <Paragraph>{t('employers.log.none')}</Paragraph> : null}
      {data ? (
        <ol className="meedoen-plain-list meedoen-log">
          {data.items.map((entry) => (
            <li key={entry.id} className="meedoen-log__entry">
              <Heading level={3}>
                {formatDate(entry.contactDate, lang, 'medium')} · {t(`employers.log.kind.${entry.kind}` as MessageKey)}{' '}
                · {t(`employers.log.purpose.${entry.purpose}` as MessageKey)}
              </Heading>
              <DataList>
                <DataListItem>
                  <DataListKey>{t('employers.log.by')}</DataListKey>
                  <DataListValue>
                    {entry.professionalName} ({entry.organisationName})
                  </DataListValue>
                </DataListItem>
                {entry.contactName ? (
                  <DataListItem>
                    <DataListKey>{t('employers.log.contact')}</DataListKey>
                    <DataListValue>{entry.contactName}</DataListValue>
                  </DataListItem>
                ) : null}
                {entry.outcome ? (
                  <DataListItem>
                    <DataListKey>{t('employers.log.outcome')}</DataListKey>
                    <DataListValue>{entry.outcome}</DataListValue>
                  </DataListItem>
                ) : null}
                {entry.nextStep ? (
                  <DataListItem>
                    <DataListKey>{t('employers.log.nextStep')}</DataListKey>
                    <DataListValue>
                      {entry.nextStep}
                      {entry.nextStepOn ? ` (${formatDate(entry.nextStepOn, lang, 'medium')})` : ''}
                    </DataListValue>
                  </DataListItem>
                ) : null}
                <DataListItem>
                  <DataListKey>{t('employers.log.norm')}</DataListKey>
                  <DataListValue>
                    {entry.faceToFace ? t('employers.log.countsYes') : t('employers.log.countsNo')}
                  </DataListValue>
                </DataListItem>
              </DataList>
              {entry.professionalUserId === session?.user.id ? (
                <Expander
                  id={`edit-log-${entry.id}`}
                  label={t('employers.log.correct')}
                  ariaLabel={t('employers.log.correctOf', { date: formatDate(entry.contactDate, lang, 'medium') })}
                  appearance="subtle-button"
                >
                  {(close) => (
                    <LogForm
                      employerId={employer.id}
                      contacts={contacts}
                      entry={entry}
                      onCancel={close}
                      onSaved={() => {
                        close();
                        status.show(t('employers.log.corrected'));
                        void reload();
                        onChanged();
                      }}
                    />
                  )}
                </Expander>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
