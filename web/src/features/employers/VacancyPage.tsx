/**
 * One vacancy: where, hours and days, contract and wage form, requirements, accommodations offered, and
 * its tasks with share of time and FML demands in words. Whoever may manage the employer's vacancies
 * edits it here and changes its status (open → filled or withdrawn, and back to open). The matching
 * section lists the best candidates of the region with the reasons.
 */
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
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
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData, useReferenceData } from '../../lib/useApiData';
import type { FmlCatalogue } from '../../lib/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { formatDate, todayInNl } from '../participants/dates';
import { addressOf, demandText, fmlItems, formatNumber, hoursText } from './employers';
import { VacancyForm } from './VacancyForm';
import { CandidatesSection } from './MatchSections';
import { VACANCY_STATUSES, type Employer, type Task, type Vacancy, type VacancyStatus } from './types';
import '../participants/participants.css';
import './employers.css';

/** The tasks of a vacancy or job as a table: name, share, hours, may be carved out, demands in words. */
export function TasksTable({ tasks, caption }: { tasks: readonly Task[]; caption: string }) {
  const { t, lang } = useI18n();
  const catalogue = useReferenceData<FmlCatalogue>('/fml-sections');
  const items = fmlItems(catalogue.data);
  return (
    <div className="meedoen-table-scroll">
      <Table>
        <caption className="meedoen-table-caption">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('employers.task.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('employers.task.shareShort')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('employers.task.hours')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('employers.task.carvableShort')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('employers.task.demands')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tasks.map((task) => (
            <TableRow key={task.id}>
              <TableCell>{task.name}</TableCell>
              <TableCell>{formatNumber(task.sharePercent, lang)} %</TableCell>
              <TableCell>{formatNumber(task.hoursPerWeek, lang)}</TableCell>
              <TableCell>{task.carvable ? t('common.yes') : t('common.no')}</TableCell>
              <TableCell>
                {task.demands.length === 0 ? (
                  t('employers.task.noDemands')
                ) : (
                  <UnorderedList>
                    {task.demands.map((d) => (
                      <UnorderedListItem key={d.itemId}>
                        {demandText(d, items, { notWith: t('employers.task.notWith') })}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function StatusForm({
  employerId,
  vacancy,
  onSaved,
}: {
  employerId: string;
  vacancy: Vacancy;
  onSaved: (v: Vacancy) => void;
}) {
  const { t } = useI18n();
  const form = useForm('status-');
  const choices = VACANCY_STATUSES.filter((s) => s !== vacancy.status);
  const [v, setV] = useState<{ status: VacancyStatus; date: string }>({
    status: choices[0] ?? 'open',
    date: todayInNl(),
  });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () =>
            onSaved(
              await api<Vacancy>('POST', `/employers/${employerId}/vacancies/${vacancy.id}/status`, {
                status: v.status,
                date: v.date || undefined,
              }),
            ),
          );
        }}
      >
        <SelectField
          id="status-status"
          label={t('employers.vacancy.newStatus')}
          value={v.status}
          options={choices.map((s) => ({ value: s, label: t(`employers.status.${s}` as MessageKey) }))}
          onChange={(status) => setV({ ...v, status: status as VacancyStatus })}
          error={form.error('status')}
        />
        <TextField
          id="status-date"
          type="date"
          label={t('employers.vacancy.statusDate')}
          value={v.date}
          onChange={(date) => setV({ ...v, date })}
          error={form.error('date')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('employers.vacancy.changeStatus')}
          </Button>
        </div>
      </form>
    </>
  );
}

export function VacancyPage() {
  const { id = '', vacancyId = '' } = useParams();
  const { t, lang } = useI18n();
  const employer = useApiData<Employer>(`/employers/${id}`);
  const { data: vacancy, setData, error } = useApiData<Vacancy>(`/employers/${id}/vacancies/${vacancyId}`);
  const status = useStatusMessage();
  usePageTitle(vacancy ? vacancy.title : t('employers.vacancy.page'));
  if (vacancy === null || employer.data === null) {
    return <NotFound />;
  }
  if (vacancy === undefined || employer.data === undefined) {
    return error ? <Notice type="error">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const e = employer.data;
  const req = vacancy.requirements;
  return (
    <>
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/werkgevers/${e.id}`}>
          {t('employers.backTo', { name: e.name })}
        </RouterLink>
      </Paragraph>
      <Heading level={1}>{vacancy.title}</Heading>
      <Paragraph lead>
        {t('employers.vacancy.lead', {
          employer: vacancy.employerName,
          status: t(`employers.status.${vacancy.status}` as MessageKey),
        })}
      </Paragraph>
      {status.region}
      {vacancy.description ? <Paragraph>{vacancy.description}</Paragraph> : null}
      <DataList>
        <DataListItem>
          <DataListKey>{t('employers.vacancy.location')}</DataListKey>
          <DataListValue>{vacancy.location ? addressOf(vacancy.location) : t('common.notGiven')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.vacancy.hours')}</DataListKey>
          <DataListValue>
            {hoursText(vacancy.hoursMin, vacancy.hoursMax, lang, t)}
            {vacancy.hoursPerDay
              ? ` · ${t('employers.vacancy.longestDay', { hours: formatNumber(vacancy.hoursPerDay, lang) })}`
              : ''}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.vacancy.days')}</DataListKey>
          <DataListValue>
            {vacancy.days.length
              ? vacancy.days.map((d) => t(`day.${d}` as MessageKey)).join(', ')
              : t('common.notGiven')}
            {vacancy.evenings ? ` · ${t('employers.vacancy.evenings')}` : ''}
            {vacancy.nights ? ` · ${t('employers.vacancy.nights')}` : ''}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.vacancy.contract')}</DataListKey>
          <DataListValue>
            {t(`job.contract.${vacancy.contractType}` as MessageKey)} ·{' '}
            {t(`job.wage.${vacancy.wageForm}` as MessageKey)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.vacancy.startDate')}</DataListKey>
          <DataListValue>
            {vacancy.startDate ? formatDate(vacancy.startDate, lang) : t('common.notGiven')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.vacancy.requirements')}</DataListKey>
          <DataListValue>
            {[
              req.diploma,
              req.certificates.length ? `${t('employers.vacancy.certificates')}: ${req.certificates.join(', ')}` : null,
              req.drivingLicence ? `${t('employers.vacancy.drivingLicence')}: ${req.drivingLicence}` : null,
              req.languageLevel ? `${t('employers.vacancy.languageLevel')}: ${req.languageLevel}` : null,
            ]
              .filter(Boolean)
              .join(' · ') || t('common.none')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.vacancy.accommodations')}</DataListKey>
          <DataListValue>
            {vacancy.accommodations.length
              ? vacancy.accommodations.map((a) => t(`employers.accommodation.${a}` as MessageKey)).join(', ')
              : t('common.none')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.vacancy.status')}</DataListKey>
          <DataListValue>
            {t(`employers.status.${vacancy.status}` as MessageKey)} ·{' '}
            {t('employers.vacancy.openedSince', { date: formatDate(vacancy.openedOn, lang) })}
            {vacancy.filledOn
              ? ` · ${t('employers.vacancy.filledOn', { date: formatDate(vacancy.filledOn, lang) })}`
              : ''}
            {vacancy.withdrawnOn
              ? ` · ${t('employers.vacancy.withdrawnOn', { date: formatDate(vacancy.withdrawnOn, lang) })}`
              : ''}
          </DataListValue>
        </DataListItem>
        {vacancy.carvedJobId ? (
          <DataListItem>
            <DataListKey>{t('employers.vacancy.origin')}</DataListKey>
            <DataListValue>
              <RouterLink to={`/werkgevers/${e.id}/uitgesneden/${vacancy.carvedJobId}`}>
                {t('employers.vacancy.originLink')}
              </RouterLink>
            </DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      <section aria-labelledby="taken" className="meedoen-section">
        <Heading level={2} id="taken">
          {t('employers.task.legend')}
        </Heading>
        <TasksTable tasks={vacancy.tasks} caption={t('employers.task.caption', { title: vacancy.title })} />
      </section>
      {e.permissions.manageVacancies ? (
        <section aria-labelledby="wijzigen" className="meedoen-section">
          <Heading level={2} id="wijzigen">
            {t('employers.vacancy.manage')}
          </Heading>
          <Expander id="status" label={t('employers.vacancy.changeStatus')}>
            {() => (
              <StatusForm
                employerId={e.id}
                vacancy={vacancy}
                onSaved={(next) => {
                  setData(next);
                  status.show(
                    t('employers.vacancy.statusSaved', { status: t(`employers.status.${next.status}` as MessageKey) }),
                    {
                      focus: true,
                    },
                  );
                }}
              />
            )}
          </Expander>
          <Expander id="edit-vacancy" label={t('employers.vacancy.edit')}>
            {(close) => (
              <VacancyForm
                employer={e}
                vacancy={vacancy}
                onCancel={close}
                onSaved={(next) => {
                  close();
                  setData(next);
                  status.show(t('employers.vacancy.saved'));
                }}
              />
            )}
          </Expander>
        </section>
      ) : null}
      <CandidatesSection vacancy={vacancy} />
    </>
  );
}

export function NewVacancyPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const employer = useApiData<Employer>(`/employers/${id}`);
  usePageTitle(t('employers.vacancy.new'));
  if (employer.data === null) {
    return <NotFound />;
  }
  if (employer.data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const e = employer.data;
  return (
    <>
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/werkgevers/${e.id}`}>
          {t('employers.backTo', { name: e.name })}
        </RouterLink>
      </Paragraph>
      <Heading level={1}>{t('employers.vacancy.newAt', { name: e.name })}</Heading>
      <Paragraph lead>{t('employers.vacancy.newIntro')}</Paragraph>
      <VacancyForm
        employer={e}
        onCancel={() => void navigate(`/werkgevers/${e.id}`)}
        onSaved={(v) => void navigate(`/werkgevers/${e.id}/vacatures/${v.id}`)}
      />
    </>
  );
}
