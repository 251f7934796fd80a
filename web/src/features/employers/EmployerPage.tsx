/**
 * One employer for the employer adviser and the job coach: who it is (KvK, sector, size, account
 * holder), what makes it an inclusive employer (banenafspraak jobs, accommodations offered, previous
 * placements), its locations, contact persons, vacancies, existing jobs and carved jobs, the contacts log
 * and the history of who did what. The employer's own users see the same page without the log.
 */
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
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
import { useApiData } from '../../lib/useApiData';
import { formatDateTime } from '../../lib/format';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { formatDate } from '../participants/dates';
import { ContactLogPanel } from './ContactLogPanel';
import { ContactsPanel } from './ContactsPanel';
import { EmployerForm } from './EmployerForm';
import { addressOf, formatNumber, hoursText } from './employers';
import { useWorkMunicipalities } from './useRegion';
import type {
  CarvedJob,
  Contact,
  Employer,
  EmployerHistoryList,
  EmployerEvent,
  EmployerJob,
  EmployerLocation,
  Vacancy,
} from './types';
import '../participants/participants.css';
import './employers.css';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function LocationForm({
  employer,
  location,
  onSaved,
  onCancel,
}: {
  employer: Employer;
  /** The location to change; without it a new location is added. */
  location?: EmployerLocation;
  onSaved: (e: Employer) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = location ? `location-${location.id}-` : 'location-';
  const form = useForm(prefix);
  const municipalities = useWorkMunicipalities();
  const [v, setV] = useState({
    name: location?.name ?? '',
    street: location?.street ?? '',
    houseNumber: location?.houseNumber ?? '',
    postcode: location?.postcode ?? '',
    city: location?.city ?? '',
    municipalityCode: location?.municipalityCode ?? '',
    isMain: location?.isMain ?? false,
  });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(
            async () =>
              onSaved(
                await api<Employer>(
                  location ? 'PATCH' : 'POST',
                  location
                    ? `/employers/${employer.id}/locations/${location.id}`
                    : `/employers/${employer.id}/locations`,
                  {
                    name: orNull(v.name),
                    street: orNull(v.street),
                    houseNumber: orNull(v.houseNumber),
                    postcode: orNull(v.postcode),
                    city: orNull(v.city),
                    municipalityCode: v.municipalityCode,
                    isMain: v.isMain,
                  },
                ),
              ),
            v.municipalityCode ? {} : { municipalityCode: t('employers.form.municipalityRequired') },
          );
        }}
      >
        {(['name', 'street', 'houseNumber', 'postcode', 'city'] as const).map((f) => (
          <TextField
            key={f}
            id={`${prefix}${f}`}
            label={`${t(`employers.location.${f}` as MessageKey)} ${t('common.optional')}`}
            value={v[f]}
            onChange={(value) => setV({ ...v, [f]: value })}
            error={form.error(f)}
          />
        ))}
        <SelectField
          id={`${prefix}municipalityCode`}
          label={t('employers.location.municipality')}
          value={v.municipalityCode}
          placeholder={t('common.choose')}
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          onChange={(municipalityCode) => setV({ ...v, municipalityCode })}
          error={form.error('municipalityCode')}
        />
        <CheckboxField
          id={`${prefix}isMain`}
          label={t('employers.location.isMain')}
          checked={v.isMain}
          onChange={(isMain) => setV({ ...v, isMain })}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {location ? t('common.save') : t('employers.location.add')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function VacanciesSection({ employer }: { employer: Employer }) {
  const { t, lang } = useI18n();
  const { data } = useApiData<{ items: Vacancy[] }>(`/employers/${employer.id}/vacancies`);
  if (data === null) {
    return null;
  }
  return (
    <section aria-labelledby="vacatures" className="meedoen-section">
      <Heading level={2} id="vacatures">
        {t('employers.vacancies.title')}
      </Heading>
      {data === undefined ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('employers.vacancies.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('employers.vacancy.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.vacancy.hours')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.vacancy.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.vacancy.openedOn')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.vacancy.tasks')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((v) => (
                <TableRow key={v.id}>
                  <TableCell>
                    <RouterLink to={`/werkgevers/${employer.id}/vacatures/${v.id}`}>{v.title}</RouterLink>
                    {v.carvedJobId ? (
                      <span className="meedoen-cell-note">{t('employers.vacancy.fromCarved')}</span>
                    ) : null}
                  </TableCell>
                  <TableCell>{hoursText(v.hoursMin, v.hoursMax, lang, t)}</TableCell>
                  <TableCell>{t(`employers.status.${v.status}` as MessageKey)}</TableCell>
                  <TableCell>{formatDate(v.openedOn, lang, 'medium')}</TableCell>
                  <TableCell>{v.tasks.length}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {employer.permissions.manageVacancies ? (
        <Paragraph>
          <RouterLink className="utrecht-link" to={`/werkgevers/${employer.id}/vacatures/nieuw`}>
            {t('employers.vacancies.new')}
          </RouterLink>
        </Paragraph>
      ) : null}
    </section>
  );
}

function JobsSection({ employer }: { employer: Employer }) {
  const { t, lang } = useI18n();
  const jobs = useApiData<{ items: EmployerJob[] }>(`/employers/${employer.id}/jobs`);
  const carved = useApiData<{ items: CarvedJob[] }>(`/employers/${employer.id}/carved-jobs`);
  if (jobs.data === null) {
    return null;
  }
  return (
    <section aria-labelledby="functies" className="meedoen-section">
      <Heading level={2} id="functies">
        {t('employers.jobs.title')}
      </Heading>
      <Paragraph>{t('employers.jobs.intro')}</Paragraph>
      {jobs.data && jobs.data.items.length === 0 ? <Paragraph>{t('employers.jobs.none')}</Paragraph> : null}
      {jobs.data && jobs.data.items.length > 0 ? (
        <UnorderedList>
          {jobs.data.items.map((j) => (
            <UnorderedListItem key={j.id}>
              {t('employers.jobs.line', {
                title: j.title,
                hours: formatNumber(j.hoursPerWeek, lang),
                tasks: j.tasks.length,
                carvable: formatNumber(j.carvableHours, lang),
              })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/werkgevers/${employer.id}/taken-uitsnijden`}>
          {t('employers.carving.open')}
        </RouterLink>
      </Paragraph>
      <Heading level={3}>{t('employers.carved.title')}</Heading>
      {carved.data && carved.data.items.length === 0 ? <Paragraph>{t('employers.carved.none')}</Paragraph> : null}
      {carved.data && carved.data.items.length > 0 ? (
        <UnorderedList>
          {carved.data.items.map((c) => (
            <UnorderedListItem key={c.id}>
              <RouterLink to={`/werkgevers/${employer.id}/uitgesneden/${c.id}`}>{c.title}</RouterLink>{' '}
              {t('employers.carved.line', { hours: formatNumber(c.hoursPerWeek, lang), tasks: c.tasks.length })}
              {c.vacancyId ? ` · ${t('employers.carved.hasVacancy')}` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </section>
  );
}

/** Field labels for the "gegevens gewijzigd" line of the history (other fields are not named). */
const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'employers.field.name',
  kvkNumber: 'employers.field.kvk',
  sbiCode: 'employers.field.sbi',
  sizeClass: 'employers.field.size',
  website: 'employers.field.website',
  description: 'employers.field.description',
  banenafspraakJobs: 'employers.field.banenafspraak',
  accommodations: 'employers.field.accommodations',
};

/** What changed, where the history says so: the employer's fields, or a vacancy's new status. */
function historyDetail(e: EmployerEvent, t: (key: MessageKey) => string): string {
  if (e.kind === 'updated') {
    const named = e.fields.map((f) => FIELD_LABELS[f]).filter((k): k is MessageKey => Boolean(k));
    return named.length > 0 ? ` (${named.map((k) => t(k)).join(', ')})` : '';
  }
  if (e.kind === 'vacancyStatusChanged' && e.fields[0] && ['open', 'filled', 'withdrawn'].includes(e.fields[0])) {
    return `: ${t(`employers.status.${e.fields[0]}` as MessageKey)}`;
  }
  return '';
}

function HistorySection({ employer }: { employer: Employer }) {
  const { t, lang } = useI18n();
  const { data } = useApiData<EmployerHistoryList>(`/employers/${employer.id}/history`);
  if (!data) {
    return null;
  }
  return (
    <section aria-labelledby="geschiedenis" className="meedoen-section">
      <Heading level={2} id="geschiedenis">
        {t('employers.history.title')}
      </Heading>
      <Paragraph>{t('employers.history.intro')}</Paragraph>
      {data.items.length === 0 ? <Paragraph>{t('employers.history.none')}</Paragraph> : null}
      <ol className="meedoen-plain-list">
        {data.items.map((e) => (
          <li key={e.id}>
            <strong>{formatDateTime(e.occurredAt, lang)}</strong> {t(`employers.history.kind.${e.kind}` as MessageKey)}
            {historyDetail(e, t)}
            {e.userName ? ` · ${e.userName}` : ''}
            {e.organisationName ? ` (${e.organisationName})` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function EmployerPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data: employer, setData, error } = useApiData<Employer>(`/employers/${id}`);
  const contacts = useApiData<{ items: Contact[] }>(`/employers/${id}/contacts`);
  // Bumped after a change in a section, so that the history is read again.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const status = useStatusMessage();
  usePageTitle(employer ? employer.name : t('employers.title'));
  if (employer === null) {
    return <NotFound />;
  }
  if (employer === undefined) {
    return error ? <Notice type="error">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const saved = (e: Employer) => {
    setData(e);
    status.show(t('employers.saved'));
  };
  return (
    <>
      <Paragraph>
        <RouterLink className="utrecht-link" to="/werkgevers">
          {t('employers.backToList')}
        </RouterLink>
      </Paragraph>
      <Heading level={1}>{employer.name}</Heading>
      {employer.description ? <Paragraph lead>{employer.description}</Paragraph> : null}
      {status.region}
      <DataList>
        <DataListItem>
          <DataListKey>{t('employers.field.kvk')}</DataListKey>
          <DataListValue>{employer.kvkNumber ?? t('common.notGiven')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.field.sector')}</DataListKey>
          <DataListValue>
            {employer.sector
              ? `${employer.sector.name} (SBI ${employer.sbiCode ?? ''})`
              : (employer.sbiCode ?? t('common.notGiven'))}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.field.size')}</DataListKey>
          <DataListValue>
            {employer.sizeClass ? t(`employers.size.${employer.sizeClass}` as MessageKey) : t('common.notGiven')}
          </DataListValue>
        </DataListItem>
        {employer.website ? (
          <DataListItem>
            <DataListKey>{t('employers.field.website')}</DataListKey>
            <DataListValue>
              <a className="utrecht-link" href={employer.website} rel="noreferrer noopener">
                {employer.website}
              </a>
            </DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('employers.accountHolder')}</DataListKey>
          <DataListValue>
            {employer.accountHolder.organisationName}
            {employer.accountHolder.adviserName ? ` · ${employer.accountHolder.adviserName}` : ''}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('employers.region')}</DataListKey>
          <DataListValue>{employer.regionName}</DataListValue>
        </DataListItem>
      </DataList>
      {employer.permissions.manage ? (
        <Expander id="edit-employer" label={t('employers.editEmployer')}>
          {(close) => (
            <EmployerForm
              employer={employer}
              onCancel={close}
              onSaved={(e) => {
                close();
                saved(e);
              }}
            />
          )}
        </Expander>
      ) : null}

      <section aria-labelledby="inclusief" className="meedoen-section">
        <Heading level={2} id="inclusief">
          {t('employers.inclusive.title')}
        </Heading>
        <DataList>
          <DataListItem>
            <DataListKey>{t('employers.field.banenafspraak')}</DataListKey>
            <DataListValue>{employer.inclusive.banenafspraakJobs ?? t('common.notGiven')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('employers.inclusive.placements')}</DataListKey>
            <DataListValue>
              {t('employers.inclusive.placementsValue', {
                total: employer.inclusive.placements.total,
                current: employer.inclusive.placements.current,
              })}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('employers.field.accommodations')}</DataListKey>
            <DataListValue>
              {employer.inclusive.accommodations.length === 0
                ? t('common.none')
                : employer.inclusive.accommodations
                    .map((a) => t(`employers.accommodation.${a}` as MessageKey))
                    .join(', ')}
            </DataListValue>
          </DataListItem>
        </DataList>
        <Paragraph small>{t('employers.inclusive.placementsHelp')}</Paragraph>
      </section>

      <section aria-labelledby="vestigingen" className="meedoen-section">
        <Heading level={2} id="vestigingen">
          {t('employers.locations.title')}
        </Heading>
        <UnorderedList>
          {employer.locations.map((l) => (
            <UnorderedListItem key={l.id}>
              {addressOf(l)}
              {l.isMain ? ` (${t('employers.location.main')})` : ''}
              {employer.permissions.manage ? (
                <Expander
                  id={`edit-location-${l.id}`}
                  label={t('employers.location.edit')}
                  ariaLabel={t('employers.location.editOf', { name: addressOf(l) })}
                  appearance="subtle-button"
                >
                  {(close) => (
                    <LocationForm
                      employer={employer}
                      location={l}
                      onCancel={close}
                      onSaved={(e) => {
                        close();
                        saved(e);
                      }}
                    />
                  )}
                </Expander>
              ) : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
        {employer.permissions.manage ? (
          <Expander id="new-location" label={t('employers.location.add')}>
            {(close) => (
              <LocationForm
                employer={employer}
                onCancel={close}
                onSaved={(e) => {
                  close();
                  saved(e);
                }}
              />
            )}
          </Expander>
        ) : null}
      </section>

      <ContactsPanel
        employer={employer}
        data={contacts.data}
        error={contacts.error}
        reload={contacts.reload}
        onChanged={changed}
      />
      <VacanciesSection employer={employer} />
      <JobsSection employer={employer} />
      <ContactLogPanel employer={employer} contacts={contacts.data?.items ?? []} onChanged={changed} />
      {/* Read again after a change made on this page. */}
      <HistorySection key={`${employer.updatedAt}-${changes}`} employer={employer} />
    </>
  );
}
