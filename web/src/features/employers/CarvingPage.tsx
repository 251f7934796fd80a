/**
 * The job carving workspace (jobcarving, "inclusief herontwerp van werk"): the employer's existing jobs
 * split into tasks with their share of time and FML demands. The adviser marks which tasks may come out,
 * chooses tasks from one or more jobs and sees the hours add up; the server then assembles the new job
 * (hours add up, demands combine to the heaviest of each item) and says what remains of each source job
 * and whether that still works. Existing jobs are added and their tasks corrected here too.
 */
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import {
  Button,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { useApiData, useReferenceData } from '../../lib/useApiData';
import type { FmlCatalogue } from '../../lib/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { CheckboxField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import {
  demandText,
  fmlItems,
  formatNumber,
  parseDecimal,
  selectionHours,
  selectionParts,
  withFieldPointers,
  type Selection,
} from './employers';
import { draftOf, emptyTask, localTaskErrors, taskBodies, TasksEditor, type TaskDraft } from './TasksEditor';
import type { CarvedJob, Employer, EmployerJob } from './types';
import '../participants/participants.css';
import './employers.css';

function JobForm({
  employer,
  job,
  onSaved,
  onCancel,
}: {
  employer: Employer;
  job?: EmployerJob;
  onSaved: (job: EmployerJob) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const prefix = job ? `job-${job.id}-` : 'job-new-';
  const form = useForm(prefix);
  const catalogue = useReferenceData<FmlCatalogue>('/fml-sections');
  const [title, setTitle] = useState(job?.title ?? '');
  const [hours, setHours] = useState(job ? formatNumber(job.hoursPerWeek, lang) : '');
  const [tasks, setTasks] = useState<TaskDraft[]>(job ? job.tasks.map((task) => draftOf(task, lang)) : [emptyTask()]);
  const hoursPerWeek = parseDecimal(hours);
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const local = localTaskErrors(tasks, t('employers.form.number'));
          if (hoursPerWeek === undefined) {
            local.hoursPerWeek = t('employers.form.number');
          }
          void form.submit(async () => {
            const body = {
              title: title.trim(),
              occupationCode: job?.occupationCode ?? null,
              locationId: job?.locationId ?? null,
              description: job?.description ?? null,
              hoursPerWeek,
              tasks: taskBodies(tasks),
            };
            try {
              onSaved(
                job
                  ? await api<EmployerJob>('PUT', `/employers/${employer.id}/jobs/${job.id}`, body)
                  : await api<EmployerJob>('POST', `/employers/${employer.id}/jobs`, body),
              );
            } catch (error) {
              throw withFieldPointers(error);
            }
          }, local);
        }}
      >
        <TextField
          id={`${prefix}title`}
          label={t('employers.job.title')}
          value={title}
          onChange={setTitle}
          error={form.error('title')}
        />
        <TextField
          id={`${prefix}hoursPerWeek`}
          inputMode="decimal"
          label={t('employers.job.hours')}
          value={hours}
          onChange={setHours}
          error={form.error('hoursPerWeek')}
        />
        <TasksEditor
          prefix={prefix}
          tasks={tasks}
          onChange={setTasks}
          catalogue={catalogue.data}
          errors={form.error}
          hoursPerWeek={hoursPerWeek}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {job ? t('common.save') : t('employers.job.create')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function JobTasks({
  job,
  selection,
  onToggle,
  canChoose,
}: {
  job: EmployerJob;
  selection: Selection;
  onToggle: (taskId: string, on: boolean) => void;
  canChoose: boolean;
}) {
  const { t, lang } = useI18n();
  const catalogue = useReferenceData<FmlCatalogue>('/fml-sections');
  const items = fmlItems(catalogue.data);
  const chosen = selection[job.id] ?? [];
  return (
    <div className="meedoen-table-scroll">
      <Table>
        <caption className="meedoen-table-caption">
          {t('employers.carving.jobCaption', { title: job.title, hours: formatNumber(job.hoursPerWeek, lang) })}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('employers.carving.choose')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('employers.task.shareShort')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('employers.task.hours')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('employers.task.demands')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {job.tasks.map((task) => (
            <TableRow key={task.id}>
              <TableCell>
                {task.carvable && canChoose ? (
                  <CheckboxField
                    id={`carve-${task.id}`}
                    label={task.name}
                    checked={chosen.includes(task.id)}
                    onChange={(on) => onToggle(task.id, on)}
                  />
                ) : (
                  <>
                    {task.name}
                    <span className="meedoen-cell-note">
                      {task.carvable ? t('employers.carving.carvable') : t('employers.carving.notCarvable')}
                    </span>
                  </>
                )}
              </TableCell>
              <TableCell>{formatNumber(task.sharePercent, lang)} %</TableCell>
              <TableCell>{formatNumber(task.hoursPerWeek, lang)}</TableCell>
              <TableCell>
                {task.demands.length === 0
                  ? t('employers.task.noDemands')
                  : task.demands.map((d) => demandText(d, items, { notWith: t('employers.task.notWith') })).join('; ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function CarvingPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const employer = useApiData<Employer>(`/employers/${id}`);
  const jobs = useApiData<{ items: EmployerJob[] }>(`/employers/${id}/jobs`);
  const status = useStatusMessage();
  const form = useForm('carved-');
  const [selection, setSelection] = useState<Selection>({});
  const [title, setTitle] = useState('');
  usePageTitle(t('employers.carving.title'));
  if (employer.data === null || jobs.data === null) {
    return <NotFound />;
  }
  if (employer.data === undefined || jobs.data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const e = employer.data;
  const canChoose = e.permissions.manageJobs;
  const preview = selectionHours(jobs.data.items, selection);
  const toggle = (jobId: string, taskId: string, on: boolean) => {
    const current = selection[jobId] ?? [];
    setSelection({ ...selection, [jobId]: on ? [...current, taskId] : current.filter((x) => x !== taskId) });
  };
  const replaceJob = (job: EmployerJob) => {
    jobs.setData({ items: jobs.data ? jobs.data.items.map((j) => (j.id === job.id ? job : j)) : [job] });
    // Tasks that may no longer come out are dropped from the choice.
    const allowed = new Set(job.tasks.filter((task) => task.carvable).map((task) => task.id));
    setSelection({ ...selection, [job.id]: (selection[job.id] ?? []).filter((x) => allowed.has(x)) });
  };
  return (
    <>
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/werkgevers/${e.id}`}>
          {t('employers.backTo', { name: e.name })}
        </RouterLink>
      </Paragraph>
      <Heading level={1}>{t('employers.carving.titleAt', { name: e.name })}</Heading>
      <Paragraph lead>{t('employers.carving.intro')}</Paragraph>
      <OrderedList>
        <OrderedListItem>{t('employers.carving.step1')}</OrderedListItem>
        <OrderedListItem>{t('employers.carving.step2')}</OrderedListItem>
        <OrderedListItem>{t('employers.carving.step3')}</OrderedListItem>
      </OrderedList>
      {status.region}
      {jobs.data.items.length === 0 ? <Paragraph>{t('employers.jobs.none')}</Paragraph> : null}
      {jobs.data.items.map((job) => (
        <section key={job.id} aria-labelledby={`job-${job.id}`} className="meedoen-section">
          <Heading level={2} id={`job-${job.id}`}>
            {job.title}
          </Heading>
          <Paragraph>
            {t('employers.carving.jobLine', {
              hours: formatNumber(job.hoursPerWeek, lang),
              carvable: formatNumber(job.carvableHours, lang),
            })}
          </Paragraph>
          <JobTasks
            job={job}
            selection={selection}
            canChoose={canChoose}
            onToggle={(taskId, on) => toggle(job.id, taskId, on)}
          />
          {canChoose ? (
            <Expander
              id={`edit-job-${job.id}`}
              label={t('employers.job.edit')}
              ariaLabel={t('employers.job.editOf', { title: job.title })}
            >
              {(close) => (
                <JobForm
                  employer={e}
                  job={job}
                  onCancel={close}
                  onSaved={(next) => {
                    close();
                    replaceJob(next);
                    status.show(t('employers.job.saved', { title: next.title }));
                  }}
                />
              )}
            </Expander>
          ) : null}
        </section>
      ))}
      {canChoose ? (
        <>
          <Expander id="new-job" label={t('employers.job.add')}>
            {(close) => (
              <JobForm
                employer={e}
                onCancel={close}
                onSaved={(next) => {
                  close();
                  jobs.setData({ items: [...(jobs.data?.items ?? []), next] });
                  status.show(t('employers.job.saved', { title: next.title }));
                }}
              />
            )}
          </Expander>
          {jobs.data.items.length === 0 ? null : (
            <section aria-labelledby="nieuwe-functie" className="meedoen-section meedoen-carving-summary">
              <Heading level={2} id="nieuwe-functie">
                {t('employers.carving.newJob')}
              </Heading>
              <div aria-live="polite">
                {preview.perJob.length === 0 ? (
                  <Paragraph>{t('employers.carving.nothingChosen')}</Paragraph>
                ) : (
                  <>
                    <Paragraph>
                      <strong>{t('employers.carving.total', { hours: formatNumber(preview.total, lang) })}</strong>
                    </Paragraph>
                    <UnorderedList>
                      {preview.perJob.map((p) => (
                        <UnorderedListItem key={p.jobId}>
                          {t('employers.carving.fromJob', {
                            title: p.title,
                            chosen: formatNumber(p.chosen, lang),
                            remaining: formatNumber(p.remaining, lang),
                          })}
                        </UnorderedListItem>
                      ))}
                    </UnorderedList>
                    <Paragraph small>{t('employers.carving.previewNote')}</Paragraph>
                  </>
                )}
              </div>
              <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
              <form
                className="meedoen-form"
                noValidate
                onSubmit={(ev) => {
                  ev.preventDefault();
                  const parts = selectionParts(jobs.data?.items ?? [], selection);
                  void form.submit(
                    async () => {
                      const carved = await api<CarvedJob>('POST', `/employers/${e.id}/carved-jobs`, {
                        title: title.trim(),
                        parts,
                      });
                      void navigate(`/werkgevers/${e.id}/uitgesneden/${carved.id}`);
                    },
                    parts.length === 0 ? { parts: t('employers.carving.chooseFirst') } : {},
                  );
                }}
              >
                <TextField
                  id="carved-title"
                  label={t('employers.carving.newTitle')}
                  description={t('employers.carving.newTitleHelp')}
                  value={title}
                  onChange={setTitle}
                  error={form.error('title')}
                />
                {/* Errors about the choice of tasks (not carvable, too many hours) land here. */}
                <div id="carved-parts" tabIndex={-1}>
                  {form.error('parts') ? <Notice type="error">{form.error('parts')}</Notice> : null}
                </div>
                <div className="meedoen-actions">
                  <Button type="submit" appearance="primary-action-button" busy={form.busy}>
                    {t('employers.carving.create')}
                  </Button>
                </div>
              </form>
            </section>
          )}
        </>
      ) : null}
    </>
  );
}
