/**
 * The support plan on the participant page, for professionals: goals grouped by domain (werk,
 * inkomen, schulden, zorg, wonen, jeugd, Wmo), each with its organisation, status and target date, and
 * its actions (who, when, done, overdue, comments). A goal is a record of its organisation: only a
 * professional of that organisation changes it, others read it through consent. Forms to add a goal
 * and an action, change a goal's status, tick off an action, comment and record the participant's
 * agreement; the history in plain words. Goals and actions are written for the participant (B1).
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
import {
  ACTION_OWNERS,
  DOMAINS,
  GOAL_STATUSES,
  type ActionOwner,
  type Plan,
  type PlanAction,
  type PlanGoal,
} from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useStatusMessage } from '../../components/useStatusMessage';
import { useForm } from '../../components/useForm';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { formatDate } from '../participants/dates';
import { goalsByDomain } from './plan';
import { CommentForm, CommentList, PlanHistoryView } from './PlanParts';
import './plans.css';

function AddGoalForm({
  participantId,
  onSaved,
  onCancel,
}: {
  participantId: string;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('goal-');
  const [domain, setDomain] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [targetDate, setTargetDate] = useState('');
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            onSaved(
              await api<Plan>('POST', `/participants/${participantId}/plan/goals`, {
                domain: domain || undefined,
                title: title.trim(),
                description: description.trim() || undefined,
                targetDate: targetDate || undefined,
              }),
            );
          });
        }}
      >
        <SelectField
          id="goal-domain"
          label={t('plan.domain')}
          value={domain}
          onChange={setDomain}
          placeholder={t('common.choose')}
          options={DOMAINS.map((d) => ({ value: d, label: t(`plan.domain.${d}` as MessageKey) }))}
          error={form.error('domain')}
        />
        <TextField
          id="goal-title"
          label={t('plan.goalTitle')}
          description={t('plan.goalTitleHint')}
          value={title}
          onChange={setTitle}
          error={form.error('title')}
        />
        <TextareaField
          id="goal-description"
          label={`${t('plan.goalDescription')} ${t('common.optional')}`}
          value={description}
          onChange={setDescription}
          error={form.error('description')}
        />
        <TextField
          id="goal-targetDate"
          label={`${t('plan.targetDate')} ${t('common.optional')}`}
          type="date"
          value={targetDate}
          onChange={setTargetDate}
          error={form.error('targetDate')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('plan.saveGoal')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function AddActionForm({
  participantId,
  goal,
  onSaved,
  onCancel,
}: {
  participantId: string;
  goal: PlanGoal;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = `action-${goal.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<ActionOwner | ''>('');
  const [dueDate, setDueDate] = useState('');
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            onSaved(
              await api<Plan>('POST', `/participants/${participantId}/plan/goals/${goal.id}/actions`, {
                title: title.trim(),
                owner: owner || undefined,
                dueDate: dueDate || undefined,
              }),
            );
          });
        }}
      >
        <TextField
          id={`${prefix}title`}
          label={t('plan.actionTitle')}
          description={t('plan.actionTitleHint')}
          value={title}
          onChange={setTitle}
          error={form.error('title')}
        />
        <RadioGroupField
          id={`${prefix}owner`}
          legend={t('plan.owner')}
          value={owner}
          onChange={setOwner}
          options={ACTION_OWNERS.map((o) => ({ value: o, label: t(`plan.owner.${o}` as MessageKey) }))}
          error={form.error('owner')}
        />
        <TextField
          id={`${prefix}dueDate`}
          label={`${t('plan.dueDate')} ${t('common.optional')}`}
          type="date"
          value={dueDate}
          onChange={setDueDate}
          error={form.error('dueDate')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('plan.saveAction')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function GoalStatusForm({
  participantId,
  goal,
  onSaved,
  onCancel,
}: {
  participantId: string;
  goal: PlanGoal;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = `goalstatus-${goal.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [status, setStatus] = useState<string>(goal.status);
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            onSaved(await api<Plan>('PATCH', `/participants/${participantId}/plan/goals/${goal.id}`, { status }));
          });
        }}
      >
        <SelectField
          id={`${prefix}status`}
          label={t('plan.status')}
          value={status}
          onChange={setStatus}
          options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}` as MessageKey) }))}
          error={form.error('status')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('plan.saveStatus')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function ActionItem({
  participantId,
  action,
  canWork,
  onSaved,
}: {
  participantId: string;
  action: PlanAction;
  canWork: boolean;
  onSaved: (plan: Plan, message: string) => void;
}) {
  const { t, lang } = useI18n();
  const toggle = useForm(`done-${action.id.slice(0, 8)}-`);
  return (
    <li className={action.done ? 'meedoen-plan-action meedoen-plan-action--done' : 'meedoen-plan-action'}>
      <div className="meedoen-plan-action__head">
        <span className="meedoen-plan-action__mark" aria-hidden="true">
          {action.done ? '☑' : '☐'}
        </span>
        <span className="meedoen-plan-action__title">{action.title}</span>
        <span className="meedoen-tag">{action.done ? t('plan.done') : t('plan.notDone')}</span>
        {action.overdue ? (
          <span className="meedoen-tag meedoen-tag--late">
            <span aria-hidden="true">⚠ </span>
            {t('plan.overdue')}
          </span>
        ) : null}
      </div>
      <Paragraph small className="meedoen-plan-action__meta">
        {t('plan.ownerIs', { owner: t(`plan.owner.${action.owner}` as MessageKey) })}
        {action.dueDate ? ` · ${t('plan.dueOn', { date: formatDate(action.dueDate, lang) })}` : ''}
        {action.done && action.doneAt
          ? ` · ${
              action.doneByName
                ? t('plan.doneBy', { name: action.doneByName, date: formatDateTime(action.doneAt, lang) })
                : t('plan.doneOn', { date: formatDateTime(action.doneAt, lang) })
            }`
          : ''}
      </Paragraph>
      <CommentList action={action} />
      {canWork ? (
        <div className="meedoen-actions">
          <Button
            appearance="secondary-action-button"
            busy={toggle.busy}
            aria-label={t(action.done ? 'plan.reopenLabel' : 'plan.tickLabel', { title: action.title })}
            onClick={() =>
              void toggle.submit(async () => {
                const plan = await api<Plan>('PATCH', `/participants/${participantId}/plan/actions/${action.id}`, {
                  done: !action.done,
                });
                onSaved(plan, t(action.done ? 'plan.reopened' : 'plan.ticked', { title: action.title }));
              })
            }
          >
            {action.done ? t('plan.reopen') : t('plan.tick')}
          </Button>
          <Expander
            id={`comment-${action.id.slice(0, 8)}`}
            label={t('plan.comment')}
            ariaLabel={t('plan.commentLabel', { title: action.title })}
            appearance="subtle-button"
          >
            {(close) => (
              <CommentForm
                participantId={participantId}
                action={action}
                label={t('plan.commentText')}
                onSaved={(plan) => {
                  close();
                  onSaved(plan, t('plan.commented'));
                }}
                onCancel={close}
              />
            )}
          </Expander>
        </div>
      ) : null}
      <ErrorSummary errors={toggle.summary} focusKey={toggle.focusKey} />
    </li>
  );
}

function GoalCard({
  participantId,
  goal,
  canWork,
  onSaved,
}: {
  participantId: string;
  goal: PlanGoal;
  canWork: boolean;
  onSaved: (plan: Plan, message: string) => void;
}) {
  const { t, lang } = useI18n();
  const titleId = `goal-${goal.id.slice(0, 8)}`;
  return (
    <article
      aria-labelledby={titleId}
      className={`meedoen-card meedoen-goal${goal.status !== 'open' ? ' meedoen-goal--closed' : ''}`}
    >
      <Heading level={4} id={titleId} tabIndex={-1}>
        {goal.title}
      </Heading>
      <DataList className="meedoen-data-list">
        <DataListItem>
          <DataListKey>{t('plan.organisation')}</DataListKey>
          <DataListValue>{goal.organisationName}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('plan.status')}</DataListKey>
          <DataListValue>
            <strong>{t(`plan.status.${goal.status}` as MessageKey)}</strong>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('plan.targetDate')}</DataListKey>
          <DataListValue>{goal.targetDate ? formatDate(goal.targetDate, lang) : t('plan.noDate')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('plan.createdBy')}</DataListKey>
          <DataListValue>
            {goal.createdByName
              ? t('plan.createdByOn', { name: goal.createdByName, date: formatDate(goal.createdAt, lang) })
              : formatDate(goal.createdAt, lang)}
          </DataListValue>
        </DataListItem>
      </DataList>
      {goal.description ? <Paragraph>{goal.description}</Paragraph> : null}
      <Heading level={5}>{t('plan.actions')}</Heading>
      {goal.actions.length === 0 ? <Paragraph>{t('plan.noActions')}</Paragraph> : null}
      <ul className="meedoen-plan-actions" hidden={goal.actions.length === 0}>
        {goal.actions.map((a) => (
          <ActionItem key={a.id} participantId={participantId} action={a} canWork={canWork} onSaved={onSaved} />
        ))}
      </ul>
      {canWork ? (
        <div className="meedoen-actions">
          <Expander
            id={`addaction-${goal.id.slice(0, 8)}`}
            label={t('plan.addAction')}
            ariaLabel={t('plan.addActionLabel', { goal: goal.title })}
          >
            {(close) => (
              <AddActionForm
                participantId={participantId}
                goal={goal}
                onSaved={(plan) => {
                  close();
                  onSaved(plan, t('plan.actionAdded'));
                }}
                onCancel={close}
              />
            )}
          </Expander>
          <Expander
            id={`status-${goal.id.slice(0, 8)}`}
            label={t('plan.changeStatus')}
            ariaLabel={t('plan.changeStatusLabel', { goal: goal.title })}
            appearance="subtle-button"
          >
            {(close) => (
              <GoalStatusForm
                participantId={participantId}
                goal={goal}
                onSaved={(plan) => {
                  close();
                  const next = plan.goals.find((g) => g.id === goal.id)?.status ?? goal.status;
                  onSaved(plan, t('plan.statusSaved', { status: t(`plan.status.${next}` as MessageKey) }));
                }}
                onCancel={close}
              />
            )}
          </Expander>
        </div>
      ) : null}
    </article>
  );
}

function AgreementForm({
  participantId,
  onSaved,
  onCancel,
}: {
  participantId: string;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('agree-');
  const [method, setMethod] = useState<'paper' | 'verbal' | ''>('');
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            onSaved(
              await api<Plan>('POST', `/participants/${participantId}/plan/agreements`, {
                method: method || undefined,
              }),
            );
          });
        }}
      >
        <RadioGroupField
          id="agree-method"
          legend={t('plan.agreeMethod')}
          description={t('plan.agreeHint')}
          value={method}
          onChange={setMethod}
          options={[
            { value: 'paper', label: t('plan.method.paper') },
            { value: 'verbal', label: t('plan.method.verbal') },
          ]}
          error={form.error('method')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('plan.agreeSubmit')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** Where the agreement stands: never agreed, agreed and unchanged since, or changed since. */
function AgreementState({ plan, name }: { plan: Plan; name: string }) {
  const { t, lang } = useI18n();
  const last = plan.lastAgreement;
  if (!last) {
    return plan.goals.length > 0 ? <Paragraph>{t('plan.notAgreedYet', { name })}</Paragraph> : null;
  }
  return (
    <>
      <Paragraph>
        {t(`plan.agreedOn.${last.method}` as MessageKey, {
          name,
          date: formatDateTime(last.agreedAt, lang),
          by: last.recordedByName,
        })}
      </Paragraph>
      {plan.changedSinceAgreement ? <Notice type="warning">{t('plan.changedSinceAgreement')}</Notice> : null}
    </>
  );
}

export function PlanSection({
  participantId,
  name,
  managePlan,
  participateInPlan,
  isOwnOrganisation,
  initial,
}: {
  participantId: string;
  /** The participant's given name, for the texts. */
  name: string;
  managePlan: boolean;
  participateInPlan: boolean;
  /** Whether a record of this organisation is the user's to change (goals belong to an organisation). */
  isOwnOrganisation: (organisationId: string) => boolean;
  /** The plan as the participant page got it (`expand=plan`; null: left out, not for this user); undefined: load it here. */
  initial?: Plan | null;
}) {
  const { t } = useI18n();
  const { data: plan, setData, error } = useApiData<Plan>(`/participants/${participantId}/plan`, initial);
  const notice = useStatusMessage();
  const saved = (next: Plan, text: string, focus = false) => {
    setData(next);
    notice.show(text, { focus });
  };
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (plan === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (plan === null) {
    return <Paragraph>{t('plan.hidden')}</Paragraph>;
  }
  const canWork = (g: PlanGoal) => managePlan && isOwnOrganisation(g.organisationId);
  return (
    <>
      <Paragraph>
        {t('plan.intro', { name })}
        {managePlan ? ` ${t('plan.writeHint', { name })}` : ''}
      </Paragraph>
      {notice.region}
      <AgreementState plan={plan} name={name} />
      {plan.hiddenGoals > 0 ? (
        <Notice type="info">
          {plan.hiddenGoals === 1 ? t('plan.hiddenGoalsOne') : t('plan.hiddenGoals', { count: plan.hiddenGoals })}
        </Notice>
      ) : null}
      {plan.goals.length === 0 ? <Paragraph>{t('plan.empty', { name })}</Paragraph> : null}
      {goalsByDomain(plan.goals).map(([domain, goals]) => (
        // A group, not a landmark: "Werk" here must not be confused with the section Werk (the jobs).
        <div key={domain} className="meedoen-subsection meedoen-plan-domain">
          <Heading level={3} id={`plan-domain-${domain}`}>
            {t(`plan.domain.${domain}` as MessageKey)}
          </Heading>
          {goals.map((g) => (
            <GoalCard
              key={g.id}
              participantId={participantId}
              goal={g}
              canWork={canWork(g)}
              onSaved={(next, text) => saved(next, text)}
            />
          ))}
        </div>
      ))}
      <div className="meedoen-actions meedoen-plan-tools">
        {managePlan ? (
          <Expander id="addgoal" label={t('plan.addGoal')}>
            {(close) => (
              <AddGoalForm
                participantId={participantId}
                onSaved={(next) => {
                  close();
                  saved(next, t('plan.goalAdded'), true);
                }}
                onCancel={close}
              />
            )}
          </Expander>
        ) : null}
        {participateInPlan && plan.goals.length > 0 ? (
          <Expander id="agree" label={t('plan.agree')}>
            {(close) => (
              <AgreementForm
                participantId={participantId}
                onSaved={(next) => {
                  close();
                  saved(next, t('plan.agreed'), true);
                }}
                onCancel={close}
              />
            )}
          </Expander>
        ) : null}
        <Expander id="planhistory" label={t('plan.historyShow')} appearance="subtle-button">
          {() => <PlanHistoryView participantId={participantId} />}
        </Expander>
      </div>
    </>
  );
}
