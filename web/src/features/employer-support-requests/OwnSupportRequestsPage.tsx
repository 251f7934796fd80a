/**
 * Hulp vragen (employer portal): the employer asks its employer adviser for a job coach, about an
 * instrument or something else, and sees its requests with their status and answer. The form says not to
 * write medical details (the question is not meant for personal data). Field errors show at each field and
 * in the error summary, which takes focus (WCAG 3.3.1, 2.4.3).
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useApiData } from '../../lib/useApiData';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { SupportRequestTable } from './SupportRequestParts';
import {
  INSTRUMENT_CODES,
  SUPPORT_KINDS,
  type SupportKind,
  type SupportRequest,
  type SupportRequestSummary,
} from './types';
import '../participants/participants.css';
import './employer-support-requests.css';

const PREFIX = 'support-';

export function AskForm({ onSent }: { onSent: (request: SupportRequest) => void }) {
  const { t } = useI18n();
  const form = useForm(PREFIX);
  const [kind, setKind] = useState<SupportKind | ''>('');
  const [instrumentCode, setInstrumentCode] = useState('');
  const [question, setQuestion] = useState('');
  const [vacancyId, setVacancyId] = useState('');
  const { data: vacancies } = useApiData<{ items: { id: string; title: string }[] }>('/vacancies?status=open');
  const reset = () => {
    setKind('');
    setInstrumentCode('');
    setQuestion('');
    setVacancyId('');
  };
  return (
    <form
      className="meedoen-form"
      noValidate
      aria-labelledby="support-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(
          async () => {
            const sent = await api<SupportRequest>('POST', '/employer-support-requests', {
              kind,
              instrumentCode: kind === 'instrument' ? instrumentCode || null : null,
              question: question.trim() || null,
              vacancyId: vacancyId || null,
            });
            reset();
            onSent(sent);
          },
          kind === '' ? { kind: t('supportRequests.form.kindRequired') } : {},
        );
      }}
    >
      <Heading level={2} id="support-form-title">
        {t('supportRequests.form.title')}
      </Heading>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <RadioGroupField
        id={`${PREFIX}kind`}
        legend={t('supportRequests.form.kind')}
        value={kind}
        onChange={setKind}
        options={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`supportRequests.kind.${k}` as MessageKey) }))}
        error={form.error('kind')}
      />
      {kind === 'instrument' ? (
        <SelectField
          id={`${PREFIX}instrumentCode`}
          label={t('supportRequests.form.instrument')}
          value={instrumentCode}
          onChange={setInstrumentCode}
          placeholder={t('common.choose')}
          options={INSTRUMENT_CODES.map((code) => ({
            value: code,
            label: t(`supportRequests.instrument.${code}` as MessageKey),
          }))}
          error={form.error('instrumentCode')}
        />
      ) : null}
      <TextareaField
        id={`${PREFIX}question`}
        label={kind === 'jobCoach' ? t('supportRequests.form.questionJobCoach') : t('supportRequests.form.question')}
        description={t('supportRequests.form.questionHint')}
        value={question}
        onChange={setQuestion}
        rows={5}
        error={form.error('question')}
      />
      {vacancies && vacancies.items.length > 0 ? (
        <SelectField
          id={`${PREFIX}vacancyId`}
          label={t('supportRequests.form.vacancy')}
          value={vacancyId}
          onChange={setVacancyId}
          placeholder={t('supportRequests.form.noVacancy')}
          options={vacancies.items.map((v) => ({ value: v.id, label: v.title }))}
          error={form.error('vacancyId')}
        />
      ) : null}
      <div className="meedoen-actions">
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('supportRequests.form.submit')}
        </Button>
      </div>
    </form>
  );
}

export function OwnSupportRequestsPage() {
  const { t } = useI18n();
  usePageTitle(t('supportRequests.own.title'));
  const status = useStatusMessage();
  const { data, error, reload } = useApiData<{ items: SupportRequestSummary[] }>('/employer-support-requests');
  return (
    <>
      <Heading level={1}>{t('supportRequests.own.title')}</Heading>
      <Paragraph lead>{t('supportRequests.own.intro')}</Paragraph>
      {status.region}
      <AskForm
        onSent={() => {
          status.show(t('supportRequests.form.sent'), { focus: true });
          void reload();
        }}
      />
      <section aria-labelledby="support-own-list" className="meedoen-section">
        <Heading level={2} id="support-own-list">
          {t('supportRequests.own.listTitle')}
        </Heading>
        {error ? <Notice type="error">{error}</Notice> : null}
        {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
        {data && data.items.length === 0 ? <Paragraph>{t('supportRequests.own.none')}</Paragraph> : null}
        {data && data.items.length > 0 ? (
          <SupportRequestTable
            items={data.items}
            caption={t('supportRequests.own.caption')}
            basePath="/hulp-vragen"
            side="employer"
          />
        ) : null}
      </section>
    </>
  );
}
