/**
 * Leerroute on the participant page: the routes the participant follows, where they are (step, since
 * when, expected end), the steps done and to come, workplace and school, notes and outcomes, and the
 * signals (work-experience place past its maximum, no progress note in four weeks). A professional who
 * works with the participant enrols them, moves them forward or records a stop with a reason,
 * completes the route, and records notes and outcomes. The server checks every rule.
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import type { JobOverview } from '../../lib/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useStatusMessage } from '../../components/useStatusMessage';
import { useForm } from '../../components/useForm';
import { formatDate, todayInNl } from '../participants/dates';
import { OUTCOME_KINDS, STOP_REASONS, type Enrolment, type LearningRoute } from './types';
import './learning-routes.css';

function EnrolForm({
  participantId,
  onSaved,
  onCancel,
}: {
  participantId: string;
  onSaved: (e: Enrolment) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const form = useForm('enrol-');
  const { data: routes } = useApiData<{ items: LearningRoute[] }>('/learning-routes?active=true');
  const [v, setV] = useState({
    routeId: '',
    cohortId: '',
    enrolledOn: todayInNl(),
    employerName: '',
    workplace: '',
    schoolName: '',
    programmeName: '',
    creboCode: '',
  });
  const set = (key: keyof typeof v) => (value: string) =>
    setV({ ...v, [key]: value, ...(key === 'routeId' ? { cohortId: '' } : {}) });
  const route = routes?.items.find((r) => r.id === v.routeId);
  const opt = (s: string) => s.trim() || null;
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
              await onSaved(
                await api<Enrolment>('POST', `/participants/${participantId}/learning-enrolments`, {
                  routeId: v.routeId,
                  cohortId: v.cohortId || null,
                  enrolledOn: v.enrolledOn || undefined,
                  employerName: opt(v.employerName),
                  workplace: opt(v.workplace),
                  schoolName: opt(v.schoolName),
                  programmeName: opt(v.programmeName),
                  creboCode: opt(v.creboCode),
                }),
              );
            },
            v.routeId ? {} : { routeId: t('learningRoutes.routeRequired') },
          );
        }}
      >
        <SelectField
          id="enrol-routeId"
          label={t('learningRoutes.route')}
          value={v.routeId}
          onChange={set('routeId')}
          placeholder={t('common.choose')}
          options={(routes?.items ?? []).map((r) => ({
            value: r.id,
            label: `${r.name} (${r.targetGroups.map((g) => t(`learningRoutes.group.${g}` as MessageKey)).join(', ')})`,
          }))}
          error={form.error('routeId')}
        />
        {route && route.cohorts.length > 0 ? (
          <SelectField
            id="enrol-cohortId"
            label={`${t('learningRoutes.cohort')} ${t('common.optional')}`}
            value={v.cohortId}
            onChange={set('cohortId')}
            placeholder={t('learningRoutes.noCohort')}
            options={route.cohorts.map((c) => ({
              value: c.id,
              label: t('learningRoutes.cohortOption', {
                name: c.name,
                date: formatDate(c.startDate, lang),
                members: c.members,
                places: c.places,
              }),
            }))}
            error={form.error('cohortId')}
          />
        ) : null}
        <TextField
          id="enrol-enrolledOn"
          type="date"
          label={t('learningRoutes.enrolledOn')}
          value={v.enrolledOn}
          onChange={set('enrolledOn')}
          error={form.error('enrolledOn')}
        />
        <TextField
          id="enrol-employerName"
          label={`${t('learningRoutes.employer')} ${t('common.optional')}`}
          value={v.employerName}
          onChange={set('employerName')}
          error={form.error('employerName')}
        />
        <TextField
          id="enrol-workplace"
          label={`${t('learningRoutes.workplace')} ${t('common.optional')}`}
          value={v.workplace}
          onChange={set('workplace')}
          error={form.error('workplace')}
        />
        <TextField
          id="enrol-schoolName"
          label={`${t('learningRoutes.school')} ${t('common.optional')}`}
          value={v.schoolName}
          onChange={set('schoolName')}
          error={form.error('schoolName')}
        />
        <TextField
          id="enrol-programmeName"
          label={`${t('learningRoutes.programme')} ${t('common.optional')}`}
          value={v.programmeName}
          onChange={set('programmeName')}
          error={form.error('programmeName')}
        />
        <TextField
          id="enrol-creboCode"
          label={`${t('learningRoutes.crebo')} ${t('common.optional')}`}
          description={t('learningRoutes.creboHint')}
          inputMode="numeric"
          value={v.creboCode}
          onChange={set('creboCode')}
          error={form.error('creboCode')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('learningRoutes.enrol')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function StepForm({
  enrolment,
  onSaved,
  onCancel,
}: {
  enrolment: Enrolment;
  onSaved: (e: Enrolment, message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = `step-${enrolment.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const current = enrolment.route.steps.find((s) => s.id === enrolment.currentStepId);
  const later = enrolment.route.steps.filter((s) => s.position > (current?.position ?? 0));
  const atLast = later.length === 0;
  const [v, setV] = useState({
    kind: atLast ? 'complete' : 'step',
    stepId: enrolment.nextStepId ?? '',
    stopReason: '',
    occurredOn: todayInNl(),
    note: '',
  });
  const set = (key: keyof typeof v) => (value: string) => setV({ ...v, [key]: value });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            const next = await api<Enrolment>('POST', `/learning-enrolments/${enrolment.id}/step-changes`, {
              kind: v.kind,
              ...(v.kind === 'step' && v.stepId ? { stepId: v.stepId } : {}),
              ...(v.kind === 'stop' && v.stopReason ? { stopReason: v.stopReason } : {}),
              occurredOn: v.occurredOn || undefined,
              note: v.note.trim() || null,
            });
            const name = next.events.at(-1)?.stepName ?? '';
            await onSaved(
              next,
              v.kind === 'step'
                ? t('learningRoutes.moved', { step: name })
                : v.kind === 'stop'
                  ? t('learningRoutes.stopped')
                  : t('learningRoutes.completed'),
            );
          });
        }}
      >
        <SelectField
          id={`${prefix}kind`}
          label={t('learningRoutes.change')}
          value={v.kind}
          onChange={set('kind')}
          options={[
            ...(atLast ? [] : [{ value: 'step', label: t('learningRoutes.change.step') }]),
            { value: 'stop', label: t('learningRoutes.change.stop') },
            ...(atLast ? [{ value: 'complete', label: t('learningRoutes.change.complete') }] : []),
          ]}
          error={form.error('kind')}
        />
        {v.kind === 'step' ? (
          <SelectField
            id={`${prefix}stepId`}
            label={t('learningRoutes.nextStep')}
            description={t('learningRoutes.nextStepHint')}
            value={v.stepId}
            onChange={set('stepId')}
            options={later.map((s) => ({ value: s.id, label: `${s.position}. ${s.name}` }))}
            error={form.error('stepId')}
          />
        ) : null}
        {v.kind === 'stop' ? (
          <SelectField
            id={`${prefix}stopReason`}
            label={t('learningRoutes.stopReason')}
            value={v.stopReason}
            onChange={set('stopReason')}
            placeholder={t('common.choose')}
            options={STOP_REASONS.map((r) => ({ value: r, label: t(`learningRoutes.stopReason.${r}` as MessageKey) }))}
            error={form.error('stopReason')}
          />
        ) : null}
        <TextField
          id={`${prefix}occurredOn`}
          type="date"
          label={t('learningRoutes.changeDate')}
          description={
            enrolment.events.length > 0
              ? t('learningRoutes.changeDateHint', { date: enrolment.events.at(-1)!.occurredOn })
              : undefined
          }
          value={v.occurredOn}
          onChange={set('occurredOn')}
          error={form.error('occurredOn')}
        />
        <TextField
          id={`${prefix}note`}
          label={`${t('learningRoutes.note')} ${t('common.optional')}`}
          value={v.note}
          onChange={set('note')}
          error={form.error('note')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('learningRoutes.saveChange')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function NoteForm({
  enrolment,
  onSaved,
  onCancel,
}: {
  enrolment: Enrolment;
  onSaved: (e: Enrolment, message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = `note-${enrolment.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [v, setV] = useState({ notedOn: todayInNl(), attendance: '', text: '' });
  const set = (key: keyof typeof v) => (value: string) => setV({ ...v, [key]: value });
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
              const next = await api<Enrolment>('POST', `/learning-enrolments/${enrolment.id}/notes`, {
                notedOn: v.notedOn || undefined,
                attendance: v.attendance || null,
                text: v.text.trim(),
              });
              await onSaved(next, t('learningRoutes.noteAdded'));
            },
            v.text.trim() ? {} : { text: t('error.requiredField') },
          );
        }}
      >
        <TextField
          id={`${prefix}notedOn`}
          type="date"
          label={t('learningRoutes.noteDate')}
          value={v.notedOn}
          onChange={set('notedOn')}
          error={form.error('notedOn')}
        />
        <SelectField
          id={`${prefix}attendance`}
          label={`${t('learningRoutes.attendance')} ${t('common.optional')}`}
          value={v.attendance}
          onChange={set('attendance')}
          placeholder={t('learningRoutes.attendance.none')}
          options={['present', 'absent', 'excused'].map((a) => ({
            value: a,
            label: t(`learningRoutes.attendance.${a}` as MessageKey),
          }))}
          error={form.error('attendance')}
        />
        <TextField
          id={`${prefix}text`}
          label={t('learningRoutes.noteText')}
          value={v.text}
          onChange={set('text')}
          error={form.error('text')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('learningRoutes.saveNote')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function OutcomeForm({
  enrolment,
  onSaved,
  onCancel,
}: {
  enrolment: Enrolment;
  onSaved: (e: Enrolment, message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const prefix = `outcome-${enrolment.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [v, setV] = useState({ kind: '', achievedOn: todayInNl(), jobEpisodeId: '', note: '' });
  const set = (key: keyof typeof v) => (value: string) => setV({ ...v, [key]: value });
  const { data: jobs } = useApiData<JobOverview>(
    v.kind === 'jobStart' ? `/participants/${enrolment.participantId}/jobs` : null,
  );
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
              const next = await api<Enrolment>('POST', `/learning-enrolments/${enrolment.id}/outcomes`, {
                kind: v.kind,
                achievedOn: v.achievedOn || undefined,
                jobEpisodeId: v.kind === 'jobStart' ? v.jobEpisodeId || null : null,
                note: v.note.trim() || null,
              });
              await onSaved(next, t('learningRoutes.outcomeAdded'));
            },
            v.kind ? {} : { kind: t('learningRoutes.outcomeRequired') },
          );
        }}
      >
        <SelectField
          id={`${prefix}kind`}
          label={t('learningRoutes.outcome')}
          value={v.kind}
          onChange={set('kind')}
          placeholder={t('common.choose')}
          options={OUTCOME_KINDS.map((k) => ({ value: k, label: t(`learningRoutes.outcome.${k}` as MessageKey) }))}
          error={form.error('kind')}
        />
        {v.kind === 'jobStart' ? (
          <SelectField
            id={`${prefix}jobEpisodeId`}
            label={t('learningRoutes.job')}
            description={t('learningRoutes.jobHint')}
            value={v.jobEpisodeId}
            onChange={set('jobEpisodeId')}
            placeholder={t('common.choose')}
            options={(jobs?.items ?? []).map((j) => ({
              value: j.id,
              label: `${j.jobTitle}, ${j.employerName} (${formatDate(j.startDate, lang)})`,
            }))}
            error={form.error('jobEpisodeId')}
          />
        ) : null}
        <TextField
          id={`${prefix}achievedOn`}
          type="date"
          label={t('learningRoutes.outcomeDate')}
          value={v.achievedOn}
          onChange={set('achievedOn')}
          error={form.error('achievedOn')}
        />
        <TextField
          id={`${prefix}note`}
          label={`${t('learningRoutes.note')} ${t('common.optional')}`}
          value={v.note}
          onChange={set('note')}
          error={form.error('note')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('learningRoutes.saveOutcome')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The steps of the route with the participant's place in it: done, now, still to come. */
export function StepPath({ enrolment }: { enrolment: Enrolment }) {
  const { t, lang } = useI18n();
  const current = enrolment.route.steps.find((s) => s.id === enrolment.currentStepId);
  const reached = new Map(enrolment.events.filter((e) => e.kind === 'step').map((e) => [e.stepId, e.occurredOn]));
  return (
    <ol className="meedoen-lr-path">
      {enrolment.route.steps.map((s) => {
        const state =
          s.id === enrolment.currentStepId
            ? 'now'
            : reached.has(s.id)
              ? 'done'
              : enrolment.status !== 'active' || s.position < (current?.position ?? 0)
                ? 'skipped'
                : 'later';
        return (
          <li
            key={s.id}
            className={`meedoen-lr-path__step meedoen-lr-path__step--${state}`}
            aria-current={state === 'now' ? 'step' : undefined}
          >
            <span className="meedoen-lr-path__name">{s.name}</span>
            <span className="meedoen-lr-path__state">
              {state === 'now'
                ? t('learningRoutes.path.now', { date: formatDate(enrolment.currentStepSince!, lang) })
                : state === 'done'
                  ? t('learningRoutes.path.done', { date: formatDate(reached.get(s.id)!, lang) })
                  : state === 'skipped'
                    ? t('learningRoutes.path.skipped')
                    : t('learningRoutes.path.later', { weeks: s.expectedWeeks })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function EnrolmentCard({
  enrolment,
  onChanged,
}: {
  enrolment: Enrolment;
  onChanged: (e: Enrolment, message: string) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const e = enrolment;
  const short = e.id.slice(0, 8);
  const titleId = `lr-${short}`;
  const stopped = e.events.find((x) => x.kind === 'stop');
  return (
    <article aria-labelledby={titleId} className="meedoen-card meedoen-lr-enrolment">
      <Heading level={3} id={titleId} tabIndex={-1}>
        {e.route.name}
        {e.cohort ? ` – ${e.cohort.name}` : ''}
      </Heading>
      <Paragraph>
        <strong>{t(`learningRoutes.status.${e.status}` as MessageKey)}</strong>
        {stopped?.stopReason ? ` (${t(`learningRoutes.stopReason.${stopped.stopReason}` as MessageKey)})` : ''}.{' '}
        {t('learningRoutes.enrolledSince', { date: formatDate(e.enrolledOn, lang) })}
        {e.expectedStepEnd ? ` ${t('learningRoutes.expectedEnd', { date: formatDate(e.expectedStepEnd, lang) })}` : ''}
      </Paragraph>
      {e.signals.wepOverdue ? (
        <Notice type="warning">
          {t('learningRoutes.wepOverdue', {
            date: formatDate(e.signals.wepOverdue.lastDay, lang),
            days: e.signals.wepOverdue.daysOver,
          })}
        </Notice>
      ) : null}
      {e.signals.noRecentNote ? (
        <Notice type="warning">{t('learningRoutes.noRecentNote', { days: e.signals.noRecentNote.days })}</Notice>
      ) : null}
      <StepPath enrolment={e} />
      <ul className="meedoen-plain-list">
        {e.employerName || e.workplace ? (
          <li>
            {t('learningRoutes.workplaceValue', { employer: e.employerName ?? '–', workplace: e.workplace ?? '–' })}
          </li>
        ) : null}
        {e.schoolName || e.programmeName ? (
          <li>
            {t('learningRoutes.schoolValue', { school: e.schoolName ?? '–', programme: e.programmeName ?? '–' })}
            {e.creboCode ? ` (crebo ${e.creboCode})` : ''}
          </li>
        ) : null}
        {e.inflow.inflowDate ? (
          <li>
            {t('learningRoutes.inflowValue', { date: formatDate(e.inflow.inflowDate, lang) })}
            {e.inflow.retained6 === null
              ? ''
              : ` ${e.inflow.retained6 ? t('learningRoutes.retained6Yes') : t('learningRoutes.retained6No')}`}
          </li>
        ) : null}
      </ul>
      {e.outcomes.length > 0 ? (
        <>
          <Heading level={4}>{t('learningRoutes.outcomes')}</Heading>
          <ul className="meedoen-plain-list">
            {e.outcomes.map((o) => (
              <li key={o.id}>
                {t(`learningRoutes.outcome.${o.kind}` as MessageKey)}, {formatDate(o.achievedOn, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {e.notes.length > 0 ? (
        <>
          <Heading level={4}>{t('learningRoutes.notes')}</Heading>
          <ul className="meedoen-plain-list meedoen-lr-notes">
            {e.notes.slice(0, 5).map((n) => (
              <li key={n.id}>
                <strong>{formatDate(n.notedOn, lang)}</strong>
                {n.attendance ? ` (${t(`learningRoutes.attendance.${n.attendance}` as MessageKey)})` : ''}: {n.text}
                {n.recordedByName ? <span className="meedoen-cell-note">{n.recordedByName}</span> : null}
              </li>
            ))}
          </ul>
          {e.notes.length > 5 ? (
            <Paragraph small>{t('learningRoutes.moreNotes', { count: e.notes.length - 5 })}</Paragraph>
          ) : null}
        </>
      ) : null}
      {e.permissions.manage && e.status === 'active' ? (
        <div className="meedoen-actions">
          <Expander
            id={`lr-step-${short}`}
            label={t('learningRoutes.changeStep')}
            ariaLabel={t('learningRoutes.changeStepLabel', { route: e.route.name })}
          >
            {(close) => (
              <StepForm
                enrolment={e}
                onCancel={close}
                onSaved={async (next, message) => {
                  close();
                  await onChanged(next, message);
                }}
              />
            )}
          </Expander>
          <Expander
            id={`lr-note-${short}`}
            label={t('learningRoutes.addNote')}
            ariaLabel={t('learningRoutes.addNoteLabel', { route: e.route.name })}
          >
            {(close) => (
              <NoteForm
                enrolment={e}
                onCancel={close}
                onSaved={async (next, message) => {
                  close();
                  await onChanged(next, message);
                }}
              />
            )}
          </Expander>
        </div>
      ) : null}
      {e.permissions.manage ? (
        <Expander
          id={`lr-outcome-${short}`}
          label={t('learningRoutes.addOutcome')}
          ariaLabel={t('learningRoutes.addOutcomeLabel', { route: e.route.name })}
        >
          {(close) => (
            <OutcomeForm
              enrolment={e}
              onCancel={close}
              onSaved={async (next, message) => {
                close();
                await onChanged(next, message);
              }}
            />
          )}
        </Expander>
      ) : null}
    </article>
  );
}

/** The section on the participant page, with its own heading; left out when the user may not see it. */
export function LearningRouteSection({
  participantId,
  name,
  canEnrol,
}: {
  participantId: string;
  name: string;
  canEnrol: boolean;
}) {
  const { t } = useI18n();
  const { data, reload, error } = useApiData<{ items: Enrolment[] }>(
    `/participants/${participantId}/learning-enrolments`,
  );
  const notice = useStatusMessage();
  if (data === null) {
    return null;
  }
  return (
    <section aria-labelledby="leerroute" className="meedoen-section">
      <Heading level={2} id="leerroute" tabIndex={-1}>
        {t('learningRoutes.sectionTitle')}
      </Heading>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {notice.region}
      {data && data.items.length === 0 ? (
        <Paragraph>{t('learningRoutes.noneForParticipant', { name })}</Paragraph>
      ) : null}
      {data?.items.map((e) => (
        <EnrolmentCard
          key={e.id}
          enrolment={e}
          onChanged={async (_next, message) => {
            await reload();
            notice.show(message, { focus: true });
          }}
        />
      ))}
      {canEnrol ? (
        <Expander id="lr-enrol" label={t('learningRoutes.enrolTitle', { name })}>
          {(close) => (
            <EnrolForm
              participantId={participantId}
              onCancel={close}
              onSaved={async (e) => {
                close();
                await reload();
                notice.show(t('learningRoutes.enrolled', { name, route: e.route.name }), { focus: true });
              }}
            />
          )}
        </Expander>
      ) : null}
    </section>
  );
}
