/**
 * Verzoeken van deelnemers (administrators): the open requests to correct or erase data, each with the
 * participant's own words, and a form to close it as done or rejected with an answer the participant
 * reads. A rejection always needs an answer; a request is closed once. Handled requests stay
 * (nothing is deleted) and can be looked up by status.
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { DataRequest, DataRequestStatus } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useStatusMessage } from '../../components/useStatusMessage';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { RequestStatus } from './OwnDataRequestsPage';
import './data-requests.css';

function HandleForm({ request, onHandled }: { request: DataRequest; onHandled: (r: DataRequest) => Promise<void> }) {
  const { t } = useI18n();
  const prefix = `handle-${request.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [status, setStatus] = useState<'done' | 'rejected' | ''>('');
  const [response, setResponse] = useState('');
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
              await onHandled(
                await api<DataRequest>('PATCH', `/data-requests/${request.id}`, {
                  status,
                  ...(response.trim() ? { response: response.trim() } : {}),
                }),
              );
            },
            {
              ...(status ? {} : { status: t('dataRequest.admin.statusRequired') }),
              ...(status === 'rejected' && !response.trim() ? { response: t('dataRequest.admin.reasonRequired') } : {}),
            },
          );
        }}
      >
        <RadioGroupField
          id={`${prefix}status`}
          legend={t('dataRequest.admin.outcome')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'done', label: t('dataRequest.admin.done') },
            { value: 'rejected', label: t('dataRequest.admin.rejected') },
          ]}
          error={form.error('status')}
        />
        <TextareaField
          id={`${prefix}response`}
          label={
            status === 'rejected'
              ? t('dataRequest.admin.response')
              : `${t('dataRequest.admin.response')} ${t('common.optional')}`
          }
          description={t('dataRequest.admin.responseHint')}
          rows={4}
          value={response}
          onChange={setResponse}
          error={form.error('response')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('dataRequest.admin.handle')}
        </Button>
      </form>
    </>
  );
}

export function DataRequestsAdminPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('dataRequest.admin.title'));
  const [status, setStatus] = useState<DataRequestStatus | ''>('open');
  const { data, reload, error } = useApiData<{ items: DataRequest[] }>(
    `/data-requests${status ? `?status=${status}` : ''}`,
  );
  const notice = useStatusMessage();
  const items = data ? [...data.items].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) : [];
  return (
    <>
      <Heading level={1}>{t('dataRequest.admin.title')}</Heading>
      <Paragraph>{t('dataRequest.admin.intro')}</Paragraph>
      {notice.region}
      <div className="meedoen-form">
        <SelectField
          id="requests-status"
          label={t('dataRequest.admin.show')}
          value={status}
          onChange={(s) => setStatus(s as DataRequestStatus | '')}
          options={[
            { value: 'open', label: t('dataRequest.admin.show.open') },
            { value: 'done', label: t('dataRequest.admin.show.done') },
            { value: 'rejected', label: t('dataRequest.admin.show.rejected') },
            { value: '', label: t('dataRequest.admin.show.all') },
          ]}
        />
      </div>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && items.length === 0 ? (
        <Paragraph>{status === 'open' ? t('dataRequest.admin.noneOpen') : t('dataRequest.admin.none')}</Paragraph>
      ) : null}
      <ul className="meedoen-requests" hidden={items.length === 0}>
        {items.map((r) => (
          <li key={r.id} className="meedoen-request">
            <Heading level={2} className="meedoen-request__title">
              {t('dataRequest.admin.itemTitle', {
                name: r.participantName,
                kind: t(`dataRequest.kind.${r.kind}` as MessageKey),
              })}
            </Heading>
            <Paragraph small>{t('dataRequest.admin.askedOn', { date: formatDateTime(r.createdAt, lang) })}</Paragraph>
            <p className="meedoen-request__message">{r.message}</p>
            {r.status === 'open' ? (
              <HandleForm
                request={r}
                onHandled={async (handled) => {
                  await reload();
                  notice.show(
                    t(`dataRequest.admin.handled.${handled.status}` as MessageKey, { name: handled.participantName }),
                    { focus: true },
                  );
                }}
              />
            ) : (
              <RequestStatus r={r} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
