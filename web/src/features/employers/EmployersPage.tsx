/**
 * Werkgevers: the employers of the region (one record per employer, shared by every organisation of the
 * region), searchable by name or KvK number, filtered by gemeente, page by page; an employer adviser
 * adds a new employer here (their organisation becomes the account holder).
 */
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
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
} from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { useSession } from '../../app/session';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../participants/dates';
import { EmployerForm } from './EmployerForm';
import { useWorkMunicipalities } from './useRegion';
import type { EmployerSummary, Page } from './types';
import '../participants/participants.css';
import './employers.css';

const PAGE_SIZE = 25;

export function employerListPath(q: string, municipalityCode: string, page: number): string {
  const params = new URLSearchParams();
  if (q.trim()) {
    params.set('q', q.trim());
  }
  if (municipalityCode) {
    params.set('municipalityCode', municipalityCode);
  }
  params.set('page', String(page));
  params.set('pageSize', String(PAGE_SIZE));
  return `/employers?${params.toString()}`;
}

export function EmployersPage() {
  const { t, lang } = useI18n();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  usePageTitle(t('employers.title'));
  const municipalities = useWorkMunicipalities();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState({ q: '', municipalityCode: '', page: 1 });
  const { data, error } = useApiData<Page<EmployerSummary>>(
    employerListPath(query.q, query.municipalityCode, query.page),
  );
  return (
    <>
      <Heading level={1}>{t('employers.title')}</Heading>
      <Paragraph lead>{t('employers.intro')}</Paragraph>
      <form
        className="meedoen-filters"
        role="search"
        aria-label={t('employers.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ ...query, q: typed, page: 1 });
        }}
      >
        <TextField id="employers-q" type="search" label={t('employers.search')} value={typed} onChange={setTyped} />
        <SelectField
          id="employers-municipality"
          label={t('employers.municipality')}
          value={query.municipalityCode}
          placeholder={t('employers.allMunicipalities')}
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          onChange={(municipalityCode) => setQuery({ q: typed, municipalityCode, page: 1 })}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="secondary-action-button">
            {t('common.search')}
          </Button>
        </div>
      </form>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('employers.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('employers.field.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.field.kvk')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.accountHolder')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.openVacancies')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.lastContact')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>
                    <RouterLink to={`/werkgevers/${e.id}`}>{e.name}</RouterLink>
                  </TableCell>
                  <TableCell>{e.kvkNumber ?? '–'}</TableCell>
                  <TableCell>{e.municipalityNames.join(', ') || '–'}</TableCell>
                  <TableCell>
                    {e.accountHolderOrganisationName}
                    {e.adviserName ? <span className="meedoen-cell-note">{e.adviserName}</span> : null}
                  </TableCell>
                  <TableCell>{e.openVacancies}</TableCell>
                  <TableCell>{e.lastContactOn ? formatDate(e.lastContactOn, lang, 'medium') : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {data ? (
        <Pager
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPage={(page) => setQuery({ ...query, page })}
        />
      ) : null}
      {hasRole('employerAdviser') ? (
        <section aria-labelledby="nieuwe-werkgever" className="meedoen-section">
          <Heading level={2} id="nieuwe-werkgever">
            {t('employers.newTitle')}
          </Heading>
          <Paragraph>{t('employers.newText')}</Paragraph>
          <Expander id="new-employer" label={t('employers.new')}>
            {(close) => (
              <EmployerForm onCancel={close} onSaved={(employer) => void navigate(`/werkgevers/${employer.id}`)} />
            )}
          </Expander>
        </section>
      ) : null}
    </>
  );
}
