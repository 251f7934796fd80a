/**
 * Gegevens verbeteren of wissen (AVG art. 16 and 17): the participant asks, in their own words, to
 * correct something that is wrong or to erase data. An administrator handles it and answers; the
 * earlier requests show here with their status and the answer.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { DataRequest, DataRequestKind } from '../../lib/types';
import '../participants/participants.css';
import '../portal/portal.css';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { PortalLinks } from '../portal/PortalLinks';
import { ReadAloud } from '../portal/ReadAloud';
import './data-requests.css';

function RequestForm({ onSent }: { onSent: () => Promise<void> }) {
  const { t } = useI18n();
  const form = useForm('request-');
  const [kind, setKind] = useState<DataRequestKind | ''>('');
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="request-new" className="meedoen-section meedoen-card meedoen-portal-card">
      <Heading level={2} id="request-new">
        {t('dataRequest.newTitle')}
      </Heading>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(
            async () => {
              await api<DataRequest>('POST', '/me/data-requests', { kind, message: message.trim() });
              setKind('');
              setMessage('');
              await onSent();
            },
            {
              ...(kind ? {} : { kind: t('dataRequest.kindRequired') }),
              ...(message.trim() ? {} : { message: t('dataRequest.messageRequired') }),
            },
          );
        }}
      >
        <RadioGroupField
          id="request-kind"
          legend={t('dataRequest.kind')}
          value={kind}
          onChange={setKind}
          options={[
            {
              value: 'correction',
              label: t('dataRequest.kind.correction'),
              description: t('dataRequest.kindHint.correction'),
            },
            { value: 'erasure', label: t('dataRequest.kind.erasure'), description: t('dataRequest.kindHint.erasure') },
          ]}
          error={form.error('kind')}
        />
        <TextareaField
          id="request-message"
          label={t('dataRequest.message')}
          description={t('dataRequest.messageHint')}
          rows={5}
          value={message}
          onChange={setMessage}
          error={form.error('message')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('dataRequest.send')}
        </Button>
      </form>
    </section>
  );
}

export function RequestStatus({ r }: { r: DataRequest }) {
  const { t, lang } = useI18n();
  return (
    <>
      <span className="meedoen-tag meedoen-request__status">{t(`dataRequest.status.${r.status}` as MessageKey)}</span>
      {r.handledAt ? (
        <Paragraph small>
          {r.handledByName
            ? t('dataRequest.handledBy', { name: r.handledByName, date: formatDateTime(r.handledAt, lang) })
            : t('dataRequest.handledOn', { date: formatDateTime(r.handledAt, lang) })}
        </Paragraph>
      ) : null}
      {r.response ? (
        <div className="meedoen-request__answer">
          <strong>{t('dataRequest.answer')}</strong>
          <p>{r.response}</p>
        </div>
      ) : null}
    </>
  );
}

export function OwnDataRequestsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('dataRequest.title'));
  const { data, reload, error } = useApiData<{ items: DataRequest[] }>('/me/data-requests');
  const [sent, setSent] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent > 0) {
      messageRef.current?.focus();
    }
  }, [sent]);
  const items = data ? [...data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];
  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('dataRequest.title')}</Heading>
      <ReadAloud />
      <Paragraph lead>{t('dataRequest.intro')}</Paragraph>
      <Paragraph>{t('dataRequest.introSmall')}</Paragraph>
      <div ref={messageRef} tabIndex={-1} className="meedoen-focus-target">
        {sent > 0 ? <Notice type="ok">{t('dataRequest.sent')}</Notice> : null}
      </div>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === null ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {data ? (
        <>
          <RequestForm
            onSent={async () => {
              await reload();
              setSent((k) => k + 1);
            }}
          />
          <section aria-labelledby="requests-earlier" className="meedoen-section">
            <Heading level={2} id="requests-earlier">
              {t('dataRequest.earlier')}
            </Heading>
            {items.length === 0 ? <Paragraph>{t('dataRequest.none')}</Paragraph> : null}
            <ul className="meedoen-requests" hidden={items.length === 0}>
              {items.map((r) => (
                <li key={r.id} className="meedoen-request">
                  <Heading level={3} className="meedoen-request__title">
                    {t('dataRequest.itemTitle', {
                      kind: t(`dataRequest.kind.${r.kind}` as MessageKey),
                      date: formatDateTime(r.createdAt, lang),
                    })}
                  </Heading>
                  <p className="meedoen-request__message">{r.message}</p>
                  <RequestStatus r={r} />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      <PortalLinks current="requests" />
    </div>
  );
}
