/**
 * Mijn plan: the participant's own support plan in plain words (B1). Goals per area of life with what
 * the participant, the coach or both of them do, and by when. The participant ticks off their own and
 * shared actions (not the coach's), writes a comment, and says they agree with the plan; when the plan
 * changed since, the page says so and asks again. The history says what changed, in sentences.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { Plan, PlanAction, PlanGoal } from '../../lib/types';
import '../participants/participants.css';
import '../plans/plans.css';
import './portal.css';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { Notice } from '../../components/Notice';
import { useStatusMessage } from '../../components/useStatusMessage';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDayOf } from '../participants/dates';
import { goalsByDomain } from '../plans/plan';
import { CommentForm, CommentList, PlanHistoryView } from '../plans/PlanParts';
import { PortalLinks } from './PortalLinks';
import { ReadAloud } from './ReadAloud';
import { useOwnParticipant } from './useOwnParticipant';

function OwnAction({
  participantId,
  action,
  canParticipate,
  ownName,
  onSaved,
}: {
  participantId: string;
  action: PlanAction;
  canParticipate: boolean;
  ownName: string;
  onSaved: (plan: Plan, message: string) => void;
}) {
  const { t, lang } = useI18n();
  const tick = useForm(`tick-${action.id.slice(0, 8)}-`);
  // The participant ticks off their own and shared actions; the coach's own actions are the coach's.
  const mayTick = canParticipate && action.owner !== 'professional';
  return (
    <li className={action.done ? 'meedoen-plan-action meedoen-plan-action--done' : 'meedoen-plan-action'}>
      <div className="meedoen-plan-action__head">
        <span className="meedoen-plan-action__mark" aria-hidden="true">
          {action.done ? '☑' : '☐'}
        </span>
        <span className="meedoen-plan-action__title">{action.title}</span>
        {action.done ? <span className="meedoen-tag">{t('portal.plan.done')}</span> : null}
        {action.overdue ? (
          <span className="meedoen-tag meedoen-tag--late">
            <span aria-hidden="true">⚠ </span>
            {t('portal.plan.overdue')}
          </span>
        ) : null}
      </div>
      <ul className="meedoen-plain-list meedoen-plan-action__facts">
        <li>{t(`portal.plan.owner.${action.owner}` as MessageKey)}</li>
        {action.dueDate ? <li>{t('portal.plan.due', { date: formatDate(action.dueDate, lang) })}</li> : null}
        {action.done && action.doneAt ? (
          <li>
            {action.doneByName === ownName || !action.doneByName
              ? t('portal.plan.doneByYou', { date: formatDateTime(action.doneAt, lang) })
              : t('portal.plan.doneBy', { name: action.doneByName, date: formatDateTime(action.doneAt, lang) })}
          </li>
        ) : null}
      </ul>
      <CommentList action={action} ownName={ownName} level={5} />
      <ErrorSummary errors={tick.summary} focusKey={tick.focusKey} />
      {canParticipate ? (
        <div className="meedoen-actions">
          {mayTick ? (
            <Button
              appearance={action.done ? 'secondary-action-button' : 'primary-action-button'}
              busy={tick.busy}
              aria-label={t(action.done ? 'portal.plan.notDoneLabel' : 'portal.plan.doneLabel', {
                title: action.title,
              })}
              onClick={() =>
                void tick.submit(async () => {
                  const plan = await api<Plan>('PATCH', `/participants/${participantId}/plan/actions/${action.id}`, {
                    done: !action.done,
                  });
                  onSaved(
                    plan,
                    t(action.done ? 'portal.plan.reopened' : 'portal.plan.ticked', { title: action.title }),
                  );
                })
              }
            >
              {action.done ? t('portal.plan.notDoneButton') : t('portal.plan.doneButton')}
            </Button>
          ) : null}
          <Expander
            id={`owncomment-${action.id.slice(0, 8)}`}
            label={t('portal.plan.comment')}
            ariaLabel={t('portal.plan.commentLabel', { title: action.title })}
            appearance="subtle-button"
          >
            {(close) => (
              <CommentForm
                participantId={participantId}
                action={action}
                label={t('portal.plan.commentText')}
                onSaved={(plan) => {
                  close();
                  onSaved(plan, t('portal.plan.commented'));
                }}
                onCancel={close}
              />
            )}
          </Expander>
        </div>
      ) : null}
    </li>
  );
}

function OwnGoal({
  participantId,
  goal,
  canParticipate,
  ownName,
  onSaved,
}: {
  participantId: string;
  goal: PlanGoal;
  canParticipate: boolean;
  ownName: string;
  onSaved: (plan: Plan, message: string) => void;
}) {
  const { t, lang } = useI18n();
  const titleId = `owngoal-${goal.id.slice(0, 8)}`;
  return (
    <article
      aria-labelledby={titleId}
      className={`meedoen-card meedoen-portal-card meedoen-goal${goal.status !== 'open' ? ' meedoen-goal--closed' : ''}`}
    >
      <Heading level={3} id={titleId}>
        {goal.title}
      </Heading>
      <ul className="meedoen-plain-list">
        <li>{t(`portal.plan.status.${goal.status}` as MessageKey)}</li>
        {goal.targetDate ? <li>{t('portal.plan.target', { date: formatDate(goal.targetDate, lang) })}</li> : null}
        <li>{t('portal.plan.with', { organisation: goal.organisationName })}</li>
      </ul>
      {goal.description ? <Paragraph>{goal.description}</Paragraph> : null}
      <Heading level={4}>{t('portal.plan.actionsTitle')}</Heading>
      {goal.actions.length === 0 ? <Paragraph>{t('portal.plan.noActions')}</Paragraph> : null}
      <ul className="meedoen-plan-actions" hidden={goal.actions.length === 0}>
        {goal.actions.map((a) => (
          <OwnAction
            key={a.id}
            participantId={participantId}
            action={a}
            canParticipate={canParticipate}
            ownName={ownName}
            onSaved={onSaved}
          />
        ))}
      </ul>
    </article>
  );
}

/** Where the participant's agreement stands, and the button to agree (again). */
function Agreement({
  participantId,
  plan,
  canParticipate,
  onSaved,
}: {
  participantId: string;
  plan: Plan;
  canParticipate: boolean;
  onSaved: (plan: Plan, message: string) => void;
}) {
  const { t, lang } = useI18n();
  const form = useForm('own-agree-');
  const last = plan.lastAgreement;
  const ask = plan.goals.length > 0 && (!last || plan.changedSinceAgreement);
  return (
    <section aria-labelledby="own-agree" className="meedoen-section meedoen-card meedoen-portal-card">
      <Heading level={2} id="own-agree">
        {t('portal.plan.agreeTitle')}
      </Heading>
      {last ? (
        <Paragraph>
          {t(`portal.plan.agreedOn.${last.method}` as MessageKey, { date: formatDayOf(last.agreedAt, lang) })}
        </Paragraph>
      ) : null}
      {last && plan.changedSinceAgreement ? <Notice type="warning">{t('portal.plan.changed')}</Notice> : null}
      {!last && plan.goals.length > 0 ? <Paragraph>{t('portal.plan.notAgreedYet')}</Paragraph> : null}
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      {ask && canParticipate ? (
        <Button
          appearance="primary-action-button"
          busy={form.busy}
          onClick={() =>
            void form.submit(async () => {
              onSaved(
                await api<Plan>('POST', `/participants/${participantId}/plan/agreements`, {}),
                t('portal.plan.agreed'),
              );
            })
          }
        >
          {t('portal.plan.agreeButton')}
        </Button>
      ) : null}
    </section>
  );
}

export function OwnPlanPage() {
  const { t } = useI18n();
  usePageTitle(t('portal.plan.title'));
  const { session } = useSession();
  const ownName = session?.user.name ?? '';
  const { participant, missing, loadError } = useOwnParticipant();
  const {
    data: plan,
    setData,
    error,
  } = useApiData<Plan>(participant?.permissions.readPlan ? `/participants/${participant.id}/plan` : null);
  const notice = useStatusMessage();
  const saved = (next: Plan, text: string, focus = false) => {
    setData(next);
    notice.show(text, { focus });
  };
  const canParticipate = participant?.permissions.participateInPlan ?? false;
  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('portal.plan.title')}</Heading>
      <ReadAloud />
      <Paragraph lead>{t('portal.plan.intro')}</Paragraph>
      {loadError || error ? <Notice type="error">{loadError ?? error}</Notice> : null}
      {missing ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {!missing && !loadError && !error && (plan === undefined || !participant) ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : null}
      {participant && plan ? (
        <>
          {notice.region}
          {plan.goals.length === 0 ? <Paragraph>{t('portal.plan.empty')}</Paragraph> : null}
          {goalsByDomain(plan.goals).map(([domain, goals]) => (
            <section key={domain} aria-labelledby={`own-domain-${domain}`} className="meedoen-section">
              <Heading level={2} id={`own-domain-${domain}`}>
                {t(`plan.domain.${domain}` as MessageKey)}
              </Heading>
              {goals.map((g) => (
                <OwnGoal
                  key={g.id}
                  participantId={participant.id}
                  goal={g}
                  canParticipate={canParticipate}
                  ownName={ownName}
                  onSaved={(next, text) => saved(next, text)}
                />
              ))}
            </section>
          ))}
          {plan.goals.length > 0 ? (
            <Agreement
              participantId={participant.id}
              plan={plan}
              canParticipate={canParticipate}
              onSaved={(next, text) => saved(next, text, true)}
            />
          ) : null}
          {plan.goals.length > 0 ? (
            <div className="meedoen-section">
              <Expander id="own-history" label={t('portal.plan.history')} appearance="subtle-button">
                {() => <PlanHistoryView participantId={participant.id} ownName={ownName} />}
              </Expander>
            </div>
          ) : null}
        </>
      ) : null}
      <PortalLinks current="plan" />
    </div>
  );
}
