/**
 * The trajectories of one participant: approach, phase, organisation, professionals and the phase
 * history (events, never overwritten), with the forms to change the phase and to start a new
 * trajectory once the last one is closed. Closing asks first: a closed trajectory cannot be reopened.
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
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { CLOSED_REASONS, PHASES, type Phase, type Trajectory } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { TextareaField } from './ParticipantFields';
import { useApproaches } from './useReference';
import { formatDate, todayInNl } from './dates';

/** The date since which the trajectory is in its phase: the last phase event. */
export function phaseSince(t: Trajectory): string {
  return t.phaseEvents.reduce((last, e) => (e.occurredOn > last ? e.occurredOn : last), t.referralDate);
}

/** The phases a trajectory can move to: forward or back, never to the referral and never to where it is. */
export function nextPhases(current: Phase): Phase[] {
  return PHASES.filter((p) => p !== 'referral' && p !== current);
}

function PhaseChangeForm({ trajectory, onChanged }: { trajectory: Trajectory; onChanged: (t: Trajectory) => void }) {
  const { t } = useI18n();
  const prefix = `phase-${trajectory.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [toPhase, setToPhase] = useState('');
  const [occurredOn, setOccurredOn] = useState(todayInNl());
  const [reason, setReason] = useState('');
  const [closedReason, setClosedReason] = useState('');
  const closing = toPhase === 'closed';

  const send = () =>
    void form.submit(async () => {
      const updated = await api<Trajectory>('POST', `/trajectories/${trajectory.id}/phase-changes`, {
        toPhase: toPhase || undefined,
        occurredOn: occurredOn || undefined,
        reason: reason.trim() || undefined,
        closedReason: closing ? closedReason || undefined : undefined,
      });
      setToPhase('');
      setReason('');
      setClosedReason('');
      onChanged(updated);
    });

  return (
    <section aria-labelledby={`${prefix}title`} className="meedoen-subsection">
      <Heading level={4} id={`${prefix}title`}>
        {t('trajectory.changePhase')}
      </Heading>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // Closing goes through the confirmation button, never straight from Enter in a field.
          if (!closing) {
            send();
          }
        }}
      >
        <SelectField
          id={`${prefix}toPhase`}
          label={t('trajectory.toPhase')}
          value={toPhase}
          onChange={setToPhase}
          placeholder={t('common.choose')}
          options={nextPhases(trajectory.phase).map((p) => ({
            value: p,
            label: p === 'closed' ? t('trajectory.closeOption') : t(`phase.${p}` as MessageKey),
          }))}
          error={form.error('toPhase')}
        />
        {closing ? (
          <SelectField
            id={`${prefix}closedReason`}
            label={t('trajectory.closedReason')}
            value={closedReason}
            onChange={setClosedReason}
            placeholder={t('common.choose')}
            options={CLOSED_REASONS.map((r) => ({ value: r, label: t(`closedReason.${r}` as MessageKey) }))}
            error={form.error('closedReason')}
          />
        ) : null}
        <TextField
          id={`${prefix}occurredOn`}
          label={t('trajectory.occurredOn')}
          description={t('trajectory.occurredOnHint')}
          type="date"
          value={occurredOn}
          onChange={setOccurredOn}
          error={form.error('occurredOn')}
        />
        <TextareaField
          id={`${prefix}reason`}
          label={`${t('trajectory.reason')} ${t('common.optional')}`}
          value={reason}
          onChange={setReason}
          error={form.error('reason')}
        />
        {closing ? (
          <>
            <Paragraph>{t('trajectory.closeWarning')}</Paragraph>
            <ConfirmButton
              question={t('trajectory.closeQuestion')}
              confirmLabel={t('trajectory.closeConfirm')}
              onConfirm={send}
            >
              {t('trajectory.close')}
            </ConfirmButton>
          </>
        ) : (
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('trajectory.savePhase')}
          </Button>
        )}
      </form>
    </section>
  );
}

function PhaseHistory({ trajectory }: { trajectory: Trajectory }) {
  const { t, lang } = useI18n();
  // Newest first: what happened last is what a job coach looks for.
  const events = [...trajectory.phaseEvents].reverse();
  return (
    <Table className="meedoen-history">
      <TableCaption className="meedoen-table-caption">{t('trajectory.historyCaption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('trajectory.historyDate')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('trajectory.historyChange')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('trajectory.reason')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('trajectory.historyBy')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{formatDate(e.occurredOn, lang, 'medium')}</TableCell>
            <TableCell>
              {e.fromPhase
                ? t('trajectory.historyFromTo', {
                    from: t(`phase.${e.fromPhase}` as MessageKey),
                    to: t(`phase.${e.toPhase}` as MessageKey),
                  })
                : t(`phase.${e.toPhase}` as MessageKey)}
            </TableCell>
            <TableCell>{e.reason ?? '—'}</TableCell>
            <TableCell>{e.recordedByName ?? t('trajectory.bySystem')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function TrajectoryCard({
  trajectory,
  canWork,
  onChanged,
}: {
  trajectory: Trajectory;
  canWork: boolean;
  onChanged: (t: Trajectory) => void;
}) {
  const { t, lang } = useI18n();
  const titleId = `trajectory-${trajectory.id.slice(0, 8)}`;
  const closed = trajectory.phase === 'closed';
  return (
    <article aria-labelledby={titleId} className="meedoen-card meedoen-trajectory">
      <Heading level={3} id={titleId} tabIndex={-1}>
        {t('trajectory.title', { approach: trajectory.approachName, organisation: trajectory.organisationName })}
      </Heading>
      <DataList className="meedoen-data-list">
        <DataListItem>
          <DataListKey>{t('trajectory.phase')}</DataListKey>
          <DataListValue>
            <strong>{t(`phase.${trajectory.phase}` as MessageKey)}</strong>{' '}
            {t('trajectory.since', { date: formatDate(phaseSince(trajectory), lang) })}
          </DataListValue>
        </DataListItem>
        {closed && trajectory.closedReason ? (
          <DataListItem>
            <DataListKey>{t('trajectory.closedReason')}</DataListKey>
            <DataListValue>{t(`closedReason.${trajectory.closedReason}` as MessageKey)}</DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('trajectory.referralDate')}</DataListKey>
          <DataListValue>{formatDate(trajectory.referralDate, lang)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('trajectory.organisation')}</DataListKey>
          <DataListValue>{trajectory.organisationName}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('trajectory.professionals')}</DataListKey>
          <DataListValue>
            {trajectory.assignments.length === 0
              ? t('trajectory.noProfessionals')
              : trajectory.assignments
                  .map((a) => (a.isLead ? t('trajectory.lead', { name: a.name }) : a.name))
                  .join(', ')}
          </DataListValue>
        </DataListItem>
      </DataList>
      {canWork && !closed ? <PhaseChangeForm trajectory={trajectory} onChanged={onChanged} /> : null}
      <PhaseHistory trajectory={trajectory} />
    </article>
  );
}

function NewTrajectoryForm({
  participantId,
  onCreated,
}: {
  participantId: string;
  onCreated: (t: Trajectory) => void;
}) {
  const { t } = useI18n();
  const approaches = useApproaches().filter((a) => a.active);
  const [approachCode, setApproachCode] = useState('');
  const [referralDate, setReferralDate] = useState(todayInNl());
  const form = useForm('newtraj-');
  return (
    <section aria-labelledby="newtraj-title" className="meedoen-subsection">
      <Heading level={3} id="newtraj-title">
        {t('trajectory.new')}
      </Heading>
      <Paragraph>{t('trajectory.newIntro')}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            onCreated(
              await api<Trajectory>('POST', `/participants/${participantId}/trajectories`, {
                approachCode: approachCode || undefined,
                referralDate: referralDate || undefined,
              }),
            );
          });
        }}
      >
        <SelectField
          id="newtraj-approachCode"
          label={t('trajectory.approach')}
          value={approachCode}
          onChange={setApproachCode}
          placeholder={t('common.choose')}
          options={approaches.map((a) => ({ value: a.code, label: a.name }))}
          error={form.error('approachCode')}
        />
        <TextField
          id="newtraj-referralDate"
          label={t('trajectory.referralDate')}
          type="date"
          value={referralDate}
          onChange={setReferralDate}
          error={form.error('referralDate')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('trajectory.start')}
        </Button>
      </form>
    </section>
  );
}

/** Moves focus to an element once React has rendered it (after a change removed the focused control). */
function focusLater(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

export function TrajectoriesSection({
  participantId,
  trajectories,
  canStart,
  canWork,
  onChange,
}: {
  participantId: string;
  trajectories: Trajectory[];
  /** The server's permission to start a trajectory for this participant (`permissions.createTrajectory`). */
  canStart: boolean;
  /** Whether this user may change this trajectory (its organisation is theirs and they work with the participant). */
  canWork: (trajectory: Trajectory) => boolean;
  onChange: (next: Trajectory[]) => void;
}) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  // A new trajectory once the last one is closed (none is running any more).
  const allClosed = trajectories.length > 0 && trajectories.every((x) => x.phase === 'closed');
  return (
    <>
      {message ? <Notice type="ok">{message}</Notice> : null}
      {trajectories.length === 0 ? <Paragraph>{t('trajectory.none')}</Paragraph> : null}
      {allClosed && canStart ? (
        <NewTrajectoryForm
          participantId={participantId}
          onCreated={(created) => {
            setMessage(t('trajectory.started'));
            onChange([created, ...trajectories]);
            focusLater(`trajectory-${created.id.slice(0, 8)}`);
          }}
        />
      ) : null}
      {trajectories.map((tr) => (
        <TrajectoryCard
          key={tr.id}
          trajectory={tr}
          canWork={canWork(tr)}
          onChanged={(updated) => {
            onChange(trajectories.map((x) => (x.id === updated.id ? updated : x)));
            if (updated.phase === 'closed') {
              setMessage(t('trajectory.closedDone'));
              // The form is gone with the open trajectory: put focus on its heading, next to the news.
              focusLater(`trajectory-${updated.id.slice(0, 8)}`);
            } else {
              setMessage(t('trajectory.phaseChanged', { phase: t(`phase.${updated.phase}` as MessageKey) }));
            }
          }}
        />
      ))}
    </>
  );
}
