/**
 * A carved job: the tasks taken from one or more existing jobs, the hours they add up to, the demands
 * they make together (per FML item the heaviest of the tasks), what remains of each source job and
 * whether that job still works. It becomes a vacancy once (then the vacancy is linked here); below it,
 * who of the region fits it and which task holds the others back.
 */
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import {
  Button,
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
import { CONTRACT_TYPES, WAGE_FORMS, type FmlCatalogue } from '../../lib/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { NotFound } from '../../components/NotFound';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { todayInNl } from '../participants/dates';
import { addressOf, demandText, fmlItems, formatNumber, withFieldPointers } from './employers';
import { FitsSection } from './MatchSections';
import type { CarvedJob, Employer, Vacancy } from './types';
import '../participants/participants.css';
import './employers.css';

function ToVacancyForm({ employer, carved }: { employer: Employer; carved: CarvedJob }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useForm('tovacancy-');
  const [v, setV] = useState({
    title: carved.title,
    locationId: employer.locations.find((l) => l.isMain)?.id ?? '',
    contractType: 'temporary',
    wageForm: 'marketWage',
    startDate: '',
    openedOn: todayInNl(),
  });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            try {
              const vacancy = await api<Vacancy>('POST', `/employers/${employer.id}/carved-jobs/${carved.id}/vacancy`, {
                title: v.title.trim(),
                locationId: v.locationId || null,
                contractType: v.contractType,
                wageForm: v.wageForm,
                startDate: v.startDate || null,
                openedOn: v.openedOn || undefined,
                accommodations: employer.inclusive.accommodations,
              });
              void navigate(`/werkgevers/${employer.id}/vacatures/${vacancy.id}`);
            } catch (error) {
              throw withFieldPointers(error);
            }
          });
        }}
      >
        <TextField
          id="tovacancy-title"
          label={t('employers.vacancy.title')}
          value={v.title}
          onChange={(title) => setV({ ...v, title })}
          error={form.error('title')}
        />
        <SelectField
          id="tovacancy-locationId"
          label={t('employers.vacancy.location')}
          value={v.locationId}
          placeholder={t('employers.vacancy.noLocation')}
          options={employer.locations.map((l) => ({ value: l.id, label: addressOf(l) }))}
          onChange={(locationId) => setV({ ...v, locationId })}
          error={form.error('locationId')}
        />
        <SelectField
          id="tovacancy-contractType"
          label={t('employers.vacancy.contract')}
          value={v.contractType}
          options={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`job.contract.${c}` as MessageKey) }))}
          onChange={(contractType) => setV({ ...v, contractType })}
          error={form.error('contractType')}
        />
        <SelectField
          id="tovacancy-wageForm"
          label={t('employers.vacancy.wage')}
          value={v.wageForm}
          options={WAGE_FORMS.map((w) => ({ value: w, label: t(`job.wage.${w}` as MessageKey) }))}
          onChange={(wageForm) => setV({ ...v, wageForm })}
          error={form.error('wageForm')}
        />
        <TextField
          id="tovacancy-startDate"
          type="date"
          label={`${t('employers.vacancy.startDate')} ${t('common.optional')}`}
          value={v.startDate}
          onChange={(startDate) => setV({ ...v, startDate })}
          error={form.error('startDate')}
        />
        <TextField
          id="tovacancy-openedOn"
          type="date"
          label={t('employers.vacancy.openedOnField')}
          value={v.openedOn}
          onChange={(openedOn) => setV({ ...v, openedOn })}
          error={form.error('openedOn')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('employers.carved.toVacancy')}
          </Button>
        </div>
      </form>
    </>
  );
}

export function CarvedJobPage() {
  const { id = '', carvedId = '' } = useParams();
  const { t, lang } = useI18n();
  const employer = useApiData<Employer>(`/employers/${id}`);
  const carved = useApiData<CarvedJob>(`/employers/${id}/carved-jobs/${carvedId}`);
  const catalogue = useReferenceData<FmlCatalogue>('/fml-sections');
  const items = fmlItems(catalogue.data);
  usePageTitle(carved.data ? carved.data.title : t('employers.carved.title'));
  if (employer.data === null || carved.data === null) {
    return <NotFound />;
  }
  if (employer.data === undefined || carved.data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const e = employer.data;
  const c = carved.data;
  const words = { notWith: t('employers.task.notWith') };
  return (
    <>
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/werkgevers/${e.id}/taken-uitsnijden`}>
          {t('employers.carved.backToWorkspace')}
        </RouterLink>
      </Paragraph>
      <Heading level={1}>{c.title}</Heading>
      <Paragraph lead>
        {t('employers.carved.lead', {
          employer: e.name,
          hours: formatNumber(c.hoursPerWeek, lang),
          tasks: c.tasks.length,
        })}
      </Paragraph>
      <section aria-labelledby="gekozen-taken" className="meedoen-section">
        <Heading level={2} id="gekozen-taken">
          {t('employers.carved.tasks')}
        </Heading>
        <div className="meedoen-table-scroll">
          <Table>
            <caption className="meedoen-table-caption">{t('employers.carved.tasksCaption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('employers.task.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.carved.from')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.task.hours')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.task.shareShort')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.task.demands')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {c.tasks.map((task) => (
                <TableRow key={task.position}>
                  <TableCell>{task.name}</TableCell>
                  <TableCell>{task.sourceJobTitle ?? '–'}</TableCell>
                  <TableCell>{formatNumber(task.hoursPerWeek, lang)}</TableCell>
                  <TableCell>{formatNumber(task.sharePercent, lang)} %</TableCell>
                  <TableCell>
                    {task.demands.length === 0
                      ? t('employers.task.noDemands')
                      : task.demands.map((d) => demandText(d, items, words)).join('; ')}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableHeaderCell scope="row">{t('employers.match.total')}</TableHeaderCell>
                <TableCell />
                <TableCell>{formatNumber(c.hoursPerWeek, lang)}</TableCell>
                <TableCell>100 %</TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </div>
      </section>
      <section aria-labelledby="samen-gevraagd" className="meedoen-section">
        <Heading level={2} id="samen-gevraagd">
          {t('employers.carved.combined')}
        </Heading>
        <Paragraph>{t('employers.carved.combinedHelp')}</Paragraph>
        {c.combinedDemands.length === 0 ? (
          <Paragraph>{t('employers.task.noDemands')}</Paragraph>
        ) : (
          <UnorderedList>
            {c.combinedDemands.map((d) => (
              <UnorderedListItem key={d.itemId}>{demandText(d, items, words)}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <section aria-labelledby="wat-overblijft" className="meedoen-section">
        <Heading level={2} id="wat-overblijft">
          {t('employers.carved.remaining')}
        </Heading>
        <div className="meedoen-table-scroll">
          <Table>
            <caption className="meedoen-table-caption">{t('employers.carved.remainingCaption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('employers.job.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.carved.remainingHours')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.carved.remainingPercent')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.carved.viable')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {c.remaining.map((r) => (
                <TableRow key={r.jobId}>
                  <TableCell>{r.title}</TableCell>
                  <TableCell>{formatNumber(r.hoursPerWeek, lang)}</TableCell>
                  <TableCell>{formatNumber(r.remainingPercent, lang)} %</TableCell>
                  <TableCell>{r.viable ? t('employers.carved.viableYes') : t('employers.carved.viableNo')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
      <section aria-labelledby="vacature" className="meedoen-section">
        <Heading level={2} id="vacature">
          {t('employers.carved.vacancy')}
        </Heading>
        {c.vacancyId ? (
          <Paragraph>
            <RouterLink className="utrecht-link" to={`/werkgevers/${e.id}/vacatures/${c.vacancyId}`}>
              {t('employers.carved.openVacancy')}
            </RouterLink>
          </Paragraph>
        ) : e.permissions.manageVacancies && e.permissions.manageJobs ? (
          <>
            <Paragraph>{t('employers.carved.toVacancyHelp')}</Paragraph>
            <ToVacancyForm employer={e} carved={c} />
          </>
        ) : (
          <Paragraph>{t('employers.carved.noVacancy')}</Paragraph>
        )}
      </section>
      <FitsSection employerId={e.id} carvedId={c.id} />
    </>
  );
}
