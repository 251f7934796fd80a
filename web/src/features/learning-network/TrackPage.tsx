/**
 * One learning track (leergang): its period and gemeenten, the progress per gemeente (how many
 * assignments done, under way, not started, past their date), the modules with their dates and a table
 * per module of gemeente × assignment, and the shared materials (links to the knowledge base).
 * Coordinators add modules with assignments; a gemeente's own staff (and the coordinators) keep up its
 * progress per assignment — the track says per gemeente who may (`mayReport`), and only they get a button.
 */
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import {
  Button,
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
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { MaterialsEditor } from './MaterialsEditor';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { TextareaField } from '../participants/ParticipantFields';
import { formatDate, todayInNl } from '../participants/dates';
import { ScrollRegion } from '../imports/ScrollRegion';
import { usePointerForm } from './form';
import { LearningNetworkNav } from './LearningNetworkNav';
import { moduleGrid, periodState, progressByGemeente } from './progress';
import { PROGRESS_STATUSES, type ProgressCell, type ProgressStatus, type Track, type TrackModule } from './types';
import './learning-network.css';

const statusKey = (s: ProgressStatus) => `learningNetwork.progress.${s}` as MessageKey;

/** Per gemeente: done, under way, not started, past the date. One row per gemeente, one header per column. */
export function ProgressSummaryTable({ track, today }: { track: Track; today: string }) {
  const { t } = useI18n();
  const rows = progressByGemeente(track, today);
  return (
    <ScrollRegion labelledBy="progress-summary-caption">
      <Table className="meedoen-ln-progress">
        <TableCaption id="progress-summary-caption" className="meedoen-table-caption">
          {t('learningNetwork.track.summaryCaption', { count: rows[0]?.total ?? 0 })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('learningNetwork.track.gemeente')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('learningNetwork.progress.done')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('learningNetwork.progress.inProgress')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('learningNetwork.progress.notStarted')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('learningNetwork.track.late')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.organisationId}>
              <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
              <TableCell>{r.done}</TableCell>
              <TableCell>{r.inProgress}</TableCell>
              <TableCell>{r.notStarted}</TableCell>
              <TableCell className={r.late > 0 ? 'meedoen-ln-late' : undefined}>{r.late}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function ProgressForm({
  track,
  assignment,
  gemeente,
  cell,
  onSaved,
  onCancel,
}: {
  track: Track;
  assignment: { assignmentId: string; title: string };
  gemeente: { organisationId: string; name: string };
  cell: ProgressCell;
  onSaved: (t: Track) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = `progress-${assignment.assignmentId}-${gemeente.organisationId}-`;
  const form = usePointerForm(id);
  const [status, setStatus] = useState<string>(cell.status);
  const [note, setNote] = useState(cell.note);
  return (
    <form
      className="meedoen-ln-cell-form"
      noValidate
      aria-label={t('learningNetwork.track.editLabel', { gemeente: gemeente.name, assignment: assignment.title })}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(async () => {
          onSaved(
            await api<Track>(
              'PUT',
              `/learning-tracks/${track.id}/assignments/${assignment.assignmentId}/progress/${gemeente.organisationId}`,
              { status, note: note.trim() },
            ),
          );
        });
      }}
    >
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <SelectField
        id={`${id}status`}
        label={t('learningNetwork.track.status')}
        value={status}
        onChange={setStatus}
        error={form.error('status')}
        options={PROGRESS_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
      />
      <TextareaField
        id={`${id}note`}
        label={t('learningNetwork.track.note')}
        value={note}
        onChange={setNote}
        error={form.error('note')}
        rows={2}
      />
      <div className="meedoen-actions">
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('learningNetwork.form.save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('learningNetwork.formCancel')}
        </Button>
      </div>
    </form>
  );
}

/** Gemeente × assignment of one module; a button per cell for whoever may keep that gemeente's progress. */
export function ModuleProgressTable({
  track,
  module,
  onSaved,
}: {
  track: Track;
  module: TrackModule;
  onSaved: (t: Track, message: string) => void;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const captionId = `module-${module.id}-caption`;
  if (module.assignments.length === 0) {
    return <Paragraph>{t('learningNetwork.track.noAssignments')}</Paragraph>;
  }
  return (
    <ScrollRegion labelledBy={captionId}>
      <Table className="meedoen-ln-progress">
        <TableCaption id={captionId} className="meedoen-table-caption">
          {t('learningNetwork.track.moduleCaption', { module: module.title })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('learningNetwork.track.gemeente')}</TableHeaderCell>
            {module.assignments.map((a) => (
              <TableHeaderCell key={a.id} scope="col">
                {a.title}
                <br />
                <span className="meedoen-muted">
                  {t('learningNetwork.track.due', { date: formatDate(a.dueOn, lang, 'medium') })}
                </span>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {moduleGrid(module, track.municipalities).map((row) => (
            <TableRow key={row.municipality.organisationId}>
              <TableHeaderCell scope="row">{row.municipality.name}</TableHeaderCell>
              {row.cells.map((c) => {
                const key = `${c.assignmentId}:${row.municipality.organisationId}`;
                return (
                  <TableCell key={c.assignmentId}>
                    <span className={`meedoen-ln-status meedoen-ln-status--${c.cell.status}`}>
                      {t(statusKey(c.cell.status))}
                    </span>
                    {c.cell.note ? <span className="meedoen-pre-line">{c.cell.note}</span> : null}
                    {row.municipality.mayReport ? (
                      editing === key ? (
                        <ProgressForm
                          track={track}
                          assignment={c}
                          gemeente={row.municipality}
                          cell={c.cell}
                          onCancel={() => setEditing(null)}
                          onSaved={(next) => {
                            setEditing(null);
                            onSaved(
                              next,
                              t('learningNetwork.track.progressSaved', {
                                gemeente: row.municipality.name,
                                assignment: c.title,
                              }),
                            );
                          }}
                        />
                      ) : (
                        <Button
                          appearance="subtle-button"
                          aria-label={t('learningNetwork.track.editLabel', {
                            gemeente: row.municipality.name,
                            assignment: c.title,
                          })}
                          onClick={() => setEditing(key)}
                        >
                          {t('learningNetwork.track.edit')}
                        </Button>
                      )
                    ) : null}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

interface AssignmentDraft {
  title: string;
  dueOn: string;
}

function ModuleForm({ track, onSaved, onCancel }: { track: Track; onSaved: (t: Track) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const form = usePointerForm('module-');
  const [v, setV] = useState({ title: '', description: '', startsOn: '', endsOn: '' });
  const [assignments, setAssignments] = useState<AssignmentDraft[]>([{ title: '', dueOn: '' }]);
  const setAssignment = (i: number, patch: Partial<AssignmentDraft>) =>
    setAssignments(assignments.map((a, k) => (k === i ? { ...a, ...patch } : a)));
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
              await api<Track>('POST', `/learning-tracks/${track.id}/modules`, {
                title: v.title.trim(),
                description: v.description.trim(),
                startsOn: v.startsOn,
                endsOn: v.endsOn,
                // Rows left fully empty are not sent; a half-filled row is, so the API names what is missing.
                assignments: assignments
                  .filter((a) => a.title.trim() || a.dueOn)
                  .map((a) => ({ title: a.title.trim(), dueOn: a.dueOn })),
              }),
            );
          });
        }}
      >
        <TextField
          id="module-title"
          label={t('learningNetwork.module.title')}
          value={v.title}
          onChange={(title) => setV({ ...v, title })}
          error={form.error('title')}
          required
        />
        <TextareaField
          id="module-description"
          label={t('learningNetwork.module.description')}
          value={v.description}
          onChange={(description) => setV({ ...v, description })}
          error={form.error('description')}
        />
        <TextField
          id="module-startsOn"
          type="date"
          label={t('learningNetwork.module.startsOn')}
          description={t('learningNetwork.module.within', {
            from: formatDate(track.startsOn, lang),
            to: formatDate(track.endsOn, lang),
          })}
          value={v.startsOn}
          onChange={(startsOn) => setV({ ...v, startsOn })}
          error={form.error('startsOn')}
          required
        />
        <TextField
          id="module-endsOn"
          type="date"
          label={t('learningNetwork.module.endsOn')}
          value={v.endsOn}
          onChange={(endsOn) => setV({ ...v, endsOn })}
          error={form.error('endsOn')}
          required
        />
        <Heading level={4}>{t('learningNetwork.module.assignments')}</Heading>
        {form.error('assignments') ? <Notice type="error">{form.error('assignments')}</Notice> : null}
        {assignments.map((a, i) => (
          <div key={i} className="meedoen-ln-assignment-row">
            <TextField
              id={`module-assignments-${i}-title`}
              label={t('learningNetwork.module.assignmentTitle', { n: i + 1 })}
              value={a.title}
              onChange={(title) => setAssignment(i, { title })}
              error={form.error(`assignments-${i}-title`)}
            />
            <TextField
              id={`module-assignments-${i}-dueOn`}
              type="date"
              label={t('learningNetwork.module.assignmentDue', { n: i + 1 })}
              value={a.dueOn}
              onChange={(dueOn) => setAssignment(i, { dueOn })}
              error={form.error(`assignments-${i}-dueOn`)}
            />
            {assignments.length > 1 ? (
              <Button appearance="subtle-button" onClick={() => setAssignments(assignments.filter((_, k) => k !== i))}>
                {t('learningNetwork.module.removeAssignment', { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        <div>
          <Button
            appearance="secondary-action-button"
            onClick={() => setAssignments([...assignments, { title: '', dueOn: '' }])}
          >
            {t('learningNetwork.module.addAssignment')}
          </Button>
        </div>
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('learningNetwork.module.save')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('learningNetwork.formCancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

export function TrackPage() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const { data: track, setData, error } = useApiData<Track>(id ? `/learning-tracks/${id}` : null);
  const status = useStatusMessage();
  usePageTitle(track?.name ?? t('learningNetwork.tracks.title'));
  if (track === null) {
    return <NotFound />;
  }
  if (!track) {
    return error ? <Notice type="error">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const today = todayInNl();
  const saved = (next: Track, message: string) => {
    setData(next);
    status.show(message, { focus: true });
  };
  return (
    <div className="meedoen-learning-network">
      <LearningNetworkNav />
      <Paragraph>
        <RouterLink to="/leernetwerk/leergangen">{t('learningNetwork.tracks.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{track.name}</Heading>
      <dl className="meedoen-facts">
        <dt>{t('learningNetwork.track.network')}</dt>
        <dd>{track.networkName}</dd>
        <dt>{t('learningNetwork.track.period')}</dt>
        <dd>
          {t('learningNetwork.period', { from: formatDate(track.startsOn, lang), to: formatDate(track.endsOn, lang) })}
        </dd>
        <dt>{t('learningNetwork.track.gemeenten')}</dt>
        <dd>{track.municipalities.map((m) => m.name).join(', ')}</dd>
      </dl>
      {track.description ? <Paragraph className="meedoen-pre-line">{track.description}</Paragraph> : null}
      {status.region}

      <section aria-labelledby="progress-heading">
        <Heading level={2} id="progress-heading">
          {t('learningNetwork.track.progress')}
        </Heading>
        {track.modules.some((m) => m.assignments.length > 0) ? (
          <>
            <ProgressSummaryTable track={track} today={today} />
            <Paragraph small>{t('learningNetwork.track.lateHint')}</Paragraph>
          </>
        ) : (
          <Paragraph>{t('learningNetwork.track.noProgressYet')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="modules-heading">
        <Heading level={2} id="modules-heading">
          {t('learningNetwork.track.modules')}
        </Heading>
        {track.modules.length === 0 ? <Paragraph>{t('learningNetwork.track.noModules')}</Paragraph> : null}
        {track.modules.map((m) => (
          <section key={m.id} className="meedoen-card" aria-labelledby={`module-${m.id}`}>
            <Heading level={3} id={`module-${m.id}`}>
              {m.title}
            </Heading>
            <Paragraph>
              {t('learningNetwork.period', { from: formatDate(m.startsOn, lang), to: formatDate(m.endsOn, lang) })}
              {' · '}
              {t(`learningNetwork.periodState.${periodState(m.startsOn, m.endsOn, today)}` as MessageKey)}
            </Paragraph>
            {m.description ? <Paragraph className="meedoen-pre-line">{m.description}</Paragraph> : null}
            <ModuleProgressTable track={track} module={m} onSaved={saved} />
          </section>
        ))}
        {track.permissions.manage ? (
          <Expander id="new-module" label={t('learningNetwork.module.add')}>
            {(close) => (
              <ModuleForm
                track={track}
                onCancel={close}
                onSaved={(next) => {
                  close();
                  saved(next, t('learningNetwork.module.added'));
                }}
              />
            )}
          </Expander>
        ) : null}
      </section>

      <section aria-labelledby="track-materials-heading">
        <Heading level={2} id="track-materials-heading">
          {t('learningNetwork.track.materials')}
        </Heading>
        <MaterialsEditor<Track>
          idPrefix="track"
          manage={track.permissions.manage}
          emptyText={t('learningNetwork.track.noMaterials')}
          path={`/learning-tracks/${track.id}/materials`}
          materials={track.materials}
          onSaved={setData}
        />
      </section>
    </div>
  );
}
