/**
 * Parts of the support plan shared by the participant page and the portal: the comment form, the
 * list of comments, and the history of the plan in plain words.
 */
import { useEffect, useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { Plan, PlanAction, PlanEvent } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { TextareaField } from '../participants/ParticipantFields';
import { historySentence } from './plan';

/** Writes a comment on an action; the answer is the whole plan again. */
export function CommentForm({
  participantId,
  action,
  label,
  onSaved,
  onCancel,
}: {
  participantId: string;
  action: PlanAction;
  label: string;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = `comment-${action.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [text, setText] = useState('');
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
              onSaved(
                await api<Plan>('POST', `/participants/${participantId}/plan/actions/${action.id}/comments`, {
                  text: text.trim(),
                }),
              );
            },
            text.trim() ? {} : { text: t('error.requiredField') },
          );
        }}
      >
        <TextareaField id={`${prefix}text`} label={label} value={text} onChange={setText} error={form.error('text')} />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('plan.commentSubmit')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The comments on an action, oldest first, each with who wrote it and when. */
export function CommentList({
  action,
  ownName,
  level = 6,
}: {
  action: PlanAction;
  ownName?: string;
  level?: 3 | 4 | 5 | 6;
}) {
  const { t, lang } = useI18n();
  if (action.comments.length === 0) {
    return null;
  }
  return (
    <div className="meedoen-comments">
      <Heading level={level} className="meedoen-comments__title">
        {t('plan.comments', { count: action.comments.length })}
      </Heading>
      <ul className="meedoen-plain-list">
        {action.comments.map((c) => (
          <li key={c.id} className="meedoen-comment">
            <span className="meedoen-comment__by">
              {ownName && c.authorName === ownName
                ? t('plan.commentByYou', { date: formatDateTime(c.createdAt, lang) })
                : t(c.byParticipant ? 'plan.commentByParticipant' : 'plan.commentBy', {
                    name: c.authorName,
                    date: formatDateTime(c.createdAt, lang),
                  })}
            </span>
            <span className="meedoen-comment__text">{c.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Everything that changed in the plan, newest first, one sentence each. Loaded when opened. */
export function PlanHistoryView({ participantId, ownName }: { participantId: string; ownName?: string }) {
  const { t, lang } = useI18n();
  const [items, setItems] = useState<PlanEvent[] | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    api<{ items: PlanEvent[] }>('GET', `/participants/${participantId}/plan/history`)
      .then((r) => setItems([...r.items].sort((a, b) => b.at.localeCompare(a.at))))
      .catch(() => setError(true));
  }, [participantId]);
  if (error) {
    return <Notice type="error">{t('error.generic')}</Notice>;
  }
  if (!items) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (items.length === 0) {
    return <Paragraph>{t('plan.history.empty')}</Paragraph>;
  }
  return (
    <ol className="meedoen-history-list">
      {items.map((e) => (
        <li key={e.id}>
          <span className="meedoen-history-list__when">{formatDateTime(e.at, lang)}</span>
          <span>{historySentence(e, t, ownName ?? null)}</span>
        </li>
      ))}
    </ol>
  );
}
