/**
 * One support request with its history, for the employer who asked and for the advisers it is addressed
 * to. Advisers see what they may do now (the server's `steps`): take the request (or take it over), answer,
 * close it as helped or declined with a reason. After each step a status message says what happened
 * (WCAG 4.1.3) and takes focus when the control that had it went away (2.4.3).
 */
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useApiData } from '../../lib/useApiData';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { formatDayOf } from '../participants/dates';
import { kindLabel, statusLabel, SupportHistory } from './SupportRequestParts';
import type { SupportRequest, SupportStep } from './types';
import '../participants/participants.css';
import './employer-support-requests.css';

type Post = (kind: SupportStep, message: string | null) => Promise<void>;

function AnswerForm({ post }: { post: Post }) {
  const { t } = useI18n();
  const form = useForm('answer-');
  const [message, setMessage] = useState('');
  return (
    <form
      className="meedoen-form"
      noValidate
      aria-labelledby="answer-title"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(async () => {
          await post('answered', message.trim() || null);
          setMessage('');
        });
      }}
    >
      <Heading level={3} id="answer-title">
        {t('supportRequests.act.answerTitle')}
      </Heading>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <TextareaField
        id="answer-message"
        label={t('supportRequests.act.answer')}
        description={t('supportRequests.act.answerHint')}
        value={message}
        onChange={setMessage}
        rows={5}
        error={form.error('message')}
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('supportRequests.act.answerSubmit')}
      </Button>
    </form>
  );
}

function CloseForm({ post }: { post: Post }) {
  const { t } = useI18n();
  const form = useForm('close-');
  const [outcome, setOutcome] = useState<'resolved' | 'declined' | ''>('');
  const [message, setMessage] = useState('');
  return (
    <form
      className="meedoen-form"
      noValidate
      aria-labelledby="close-title"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(
          async () => post(outcome as 'resolved' | 'declined', message.trim() || null),
          outcome === '' ? { kind: t('supportRequests.act.outcomeRequired') } : {},
        );
      }}
    >
      <Heading level={3} id="close-title">
        {t('supportRequests.act.closeTitle')}
      </Heading>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <RadioGroupField
        id="close-kind"
        legend={t('supportRequests.act.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: 'resolved' as const, label: t('supportRequests.outcome.resolved') },
          { value: 'declined' as const, label: t('supportRequests.outcome.declined') },
        ]}
        error={form.error('kind')}
      />
      <TextareaField
        id="close-message"
        label={outcome === 'declined' ? t('supportRequests.act.reason') : t('supportRequests.act.closeMessage')}
        value={message}
        onChange={setMessage}
        error={form.error('message')}
      />
      <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
        {t('supportRequests.act.closeSubmit')}
      </Button>
    </form>
  );
}

function Actions({
  request,
  onChanged,
}: {
  request: SupportRequest;
  onChanged: (r: SupportRequest, done: string) => void;
}) {
  const { t } = useI18n();
  const take = useForm('take-');
  const post: Post = async (kind, message) => {
    const updated = await api<SupportRequest>('POST', `/employer-support-requests/${request.id}/events`, {
      kind,
      ...(message ? { message } : {}),
    });
    const done = {
      taken: 'supportRequests.act.taken',
      answered: 'supportRequests.act.answered',
      resolved: 'supportRequests.act.closed',
      declined: 'supportRequests.act.closed',
    } as const;
    onChanged(updated, t(done[kind]));
  };
  const steps = request.steps;
  return (
    <section aria-labelledby="support-actions" className="meedoen-section">
      <Heading level={2} id="support-actions">
        {t('supportRequests.act.title')}
      </Heading>
      {steps.includes('taken') ? (
        <>
          <ErrorSummary errors={take.summary} focusKey={take.focusKey} />
          <Button
            appearance="primary-action-button"
            busy={take.busy}
            onClick={() => void take.submit(() => post('taken', null))}
          >
            {request.assignedToName && !request.assignedToMe
              ? t('supportRequests.act.takeOver', { name: request.assignedToName })
              : t('supportRequests.act.take')}
          </Button>
        </>
      ) : null}
      {steps.includes('answered') ? <AnswerForm post={post} /> : null}
      {steps.includes('resolved') || steps.includes('declined') ? <CloseForm post={post} /> : null}
    </section>
  );
}

export function SupportRequestPage({ side }: { side: 'employer' | 'adviser' }) {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const { data, setData, error } = useApiData<SupportRequest>(`/employer-support-requests/${id}`);
  const status = useStatusMessage();
  const listTitle = side === 'employer' ? t('supportRequests.own.title') : t('supportRequests.inbox.title');
  const title = data ? t('supportRequests.detail.title', { kind: kindLabel(t, data) }) : listTitle;
  usePageTitle(title);
  const back =
    side === 'employer' ? (
      <RouterLink className="utrecht-link" to="/hulp-vragen">
        {t('supportRequests.detail.backOwn')}
      </RouterLink>
    ) : (
      <RouterLink className="utrecht-link" to="/hulpvragen-werkgevers">
        {t('supportRequests.detail.backInbox')}
      </RouterLink>
    );
  if (data === null) {
    return (
      <>
        <Heading level={1}>{listTitle}</Heading>
        <Paragraph>{t('supportRequests.detail.notFound')}</Paragraph>
        <Paragraph>{back}</Paragraph>
      </>
    );
  }
  if (!data) {
    return error ? <Notice type="error">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return (
    <>
      <Paragraph>{back}</Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph>
        <strong>{t('supportRequests.detail.status', { status: statusLabel(t, data) })}</strong>
      </Paragraph>
      <Paragraph>
        {t('supportRequests.detail.askedBy', {
          name: data.requestedByName,
          employer: data.employerName,
          date: formatDayOf(data.createdAt, lang),
        })}{' '}
        {t('supportRequests.detail.addressedTo', { organisation: data.organisationName })}{' '}
        {data.assignedToMe
          ? t('supportRequests.detail.assignedToMe')
          : data.assignedToName
            ? t('supportRequests.detail.assigned', { name: data.assignedToName })
            : t('supportRequests.detail.notAssigned')}
      </Paragraph>
      {status.region}
      <section aria-labelledby="support-question" className="meedoen-section">
        <Heading level={2} id="support-question">
          {t('supportRequests.detail.question')}
        </Heading>
        {data.instrumentName ? (
          <Paragraph>{t('supportRequests.detail.instrument', { name: data.instrumentName })}</Paragraph>
        ) : null}
        {data.vacancyTitle ? (
          <Paragraph>{t('supportRequests.detail.vacancy', { title: data.vacancyTitle })}</Paragraph>
        ) : null}
        <p className="meedoen-support-message">{data.question ?? t('supportRequests.detail.noQuestion')}</p>
      </section>
      {data.answer ? (
        <section aria-labelledby="support-answer" className="meedoen-section">
          <Heading level={2} id="support-answer">
            {t('supportRequests.detail.answer')}
          </Heading>
          <p className="meedoen-support-message">{data.answer}</p>
        </section>
      ) : null}
      {data.steps.length > 0 ? (
        <Actions
          request={data}
          onChanged={(updated, done) => {
            setData(updated);
            status.show(done, { focus: true });
          }}
        />
      ) : null}
      <section aria-labelledby="support-history" className="meedoen-section">
        <Heading level={2} id="support-history">
          {t('supportRequests.detail.history')}
        </Heading>
        <SupportHistory events={data.events} />
      </section>
    </>
  );
}
