/**
 * One request to meet, for the participant (B1) or their job coach: who asks, the message, the answer
 * date, the history, and — while it waits — the yes/no form. A yes needs the contact route the employer
 * may use; a coach records the participant's decision and the event says so.
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { formatDayOf } from '../participants/dates';
import type { ParticipantIntroduction } from './types';

export function IntroductionItem({
  participantId,
  introduction: i,
  onDecided,
  coachFor,
  headingLevel = 2,
}: {
  participantId: string;
  introduction: ParticipantIntroduction;
  onDecided: () => Promise<void>;
  /** The participant's first name when a job coach records the decision; absent in the portal. */
  coachFor?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, lang } = useI18n();
  const prefix = `decide-${i.id}-`;
  const form = useForm(prefix);
  const [decision, setDecision] = useState<'accepted' | 'declined' | ''>('');
  const [contactRoute, setContactRoute] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const titleId = `kennismaking-${i.id}`;
  const name = coachFor ?? '';
  return (
    <article className="meedoen-card meedoen-portal-card" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId}>
        {coachFor
          ? t('introductions.fromCoach', { employer: i.employerName })
          : t('introductions.from', { employer: i.employerName })}
      </Heading>
      <Paragraph>
        <strong>{t(`introductions.status.${i.status}` as MessageKey)}</strong>
      </Paragraph>
      {i.vacancyTitle ? <Paragraph>{t('introductions.forVacancy', { vacancy: i.vacancyTitle })}</Paragraph> : null}
      <Paragraph>
        {t('introductions.message')}: <q>{i.message}</q>
      </Paragraph>
      {i.status === 'requested' ? (
        <Paragraph>{t('introductions.answerBy', { date: formatDayOf(i.expiresAt, lang) })}</Paragraph>
      ) : null}
      {i.contactRoute ? <Paragraph>{t('introductions.contactRouteShown', { route: i.contactRoute })}</Paragraph> : null}
      <Heading level={headingLevel + 1}>{t('introductions.history')}</Heading>
      <ul className="meedoen-plain-list">
        {i.events.map((e) => (
          <li key={`${e.status}-${e.recordedAt}`}>
            {t(`introductions.event.${e.status}` as MessageKey, {
              date: formatDayOf(e.recordedAt, lang),
              name: e.recordedByName,
            })}
            {e.onBehalf ? ` ${t('introductions.event.onBehalf')}` : ''}
            {e.note ? <span className="meedoen-cell-note">{e.note}</span> : null}
          </li>
        ))}
      </ul>
      {done ? <Notice type="ok">{t('introductions.decide.done')}</Notice> : null}
      {i.status === 'requested' ? (
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(async () => {
              await api('POST', `/participants/${participantId}/introductions/${i.id}/decision`, {
                decision: decision || undefined,
                ...(decision === 'accepted' ? { contactRoute } : {}),
                ...(note.trim() ? { note } : {}),
              });
              setDone(true);
              await onDecided();
            });
          }}
        >
          <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
          {coachFor ? <Paragraph>{t('introductions.decide.onBehalf', { name })}</Paragraph> : null}
          <RadioGroupField
            id={`${prefix}decision`}
            legend={coachFor ? t('introductions.decide.legendCoach', { name }) : t('introductions.decide.legend')}
            value={decision}
            onChange={setDecision}
            options={[
              {
                value: 'accepted' as const,
                label: coachFor ? t('introductions.decide.yesCoach', { name }) : t('introductions.decide.yes'),
              },
              {
                value: 'declined' as const,
                label: coachFor ? t('introductions.decide.noCoach', { name }) : t('introductions.decide.no'),
              },
            ]}
            error={form.error('decision')}
          />
          {decision === 'accepted' ? (
            <TextareaField
              id={`${prefix}contactRoute`}
              label={t('introductions.decide.contactRoute')}
              description={t('introductions.decide.contactRouteHint')}
              value={contactRoute}
              onChange={setContactRoute}
              error={form.error('contactRoute')}
            />
          ) : null}
          {coachFor ? (
            <TextareaField
              id={`${prefix}note`}
              label={t('introductions.decide.note')}
              value={note}
              onChange={setNote}
              error={form.error('note')}
            />
          ) : null}
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('introductions.decide.submit')}
          </Button>
        </form>
      ) : null}
    </article>
  );
}
