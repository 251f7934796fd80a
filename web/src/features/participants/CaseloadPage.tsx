/**
 * Werkvoorraad (caseload): the participants a job coach or consultant supports or who gave consent.
 * The filters, the sort order and the page live in the URL query, so a search can be shared, survives
 * a reload and the browser's back button returns to it.
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
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
import { api, ApiProblem } from '../../lib/api';
import {
  CASELOAD_SIGNALS,
  CASELOAD_SORTS,
  PHASES,
  type CaseloadItem,
  type CaseloadSignal,
  type CaseloadSort,
  type Page,
} from '../../lib/types';
import './participants.css';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/usePageTitle';
import { useApproaches } from './useReference';
import { ageOn, formatDate } from './dates';
import { CaseloadSummaryPanel } from './CaseloadSummaryPanel';

const PAGE_SIZE = 25;

interface Filter {
  q: string;
  phase: string;
  approachCode: string;
  mine: boolean;
  signal: '' | CaseloadSignal;
  includeClosed: boolean;
}

/** The filter, sort and page as they stand in the URL (unknown values are ignored, not sent). */
export function readQuery(params: URLSearchParams): Filter & { sort: CaseloadSort; page: number } {
  const sort = params.get('sort') ?? 'name';
  const page = Number(params.get('page') ?? '1');
  const phase = params.get('phase') ?? '';
  const signal = params.get('signal') ?? '';
  return {
    q: params.get('q') ?? '',
    phase: (PHASES as readonly string[]).includes(phase) ? phase : '',
    approachCode: params.get('approachCode') ?? '',
    mine: params.get('mine') === '1',
    signal: (CASELOAD_SIGNALS as readonly string[]).includes(signal) ? (signal as CaseloadSignal) : '',
    includeClosed: params.get('includeClosed') === '1',
    sort: (CASELOAD_SORTS as readonly string[]).includes(sort) ? (sort as CaseloadSort) : 'name',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL query for a filter; defaults are left out so a plain caseload has a plain URL. */
export function writeQuery(f: Filter & { sort: CaseloadSort; page: number }): URLSearchParams {
  const out = new URLSearchParams();
  if (f.q.trim()) {
    out.set('q', f.q.trim());
  }
  if (f.phase) {
    out.set('phase', f.phase);
  }
  if (f.approachCode) {
    out.set('approachCode', f.approachCode);
  }
  if (f.mine) {
    out.set('mine', '1');
  }
  if (f.signal) {
    out.set('signal', f.signal);
  }
  if (f.includeClosed) {
    out.set('includeClosed', '1');
  }
  if (f.sort !== 'name') {
    out.set('sort', f.sort);
  }
  if (f.page > 1) {
    out.set('page', String(f.page));
  }
  return out;
}

/** The API query for the URL's state (the API wants booleans as true/false). */
function apiQuery(f: Filter & { sort: CaseloadSort; page: number }): string {
  const out = new URLSearchParams({ page: String(f.page), pageSize: String(PAGE_SIZE), sort: f.sort });
  if (f.q.trim()) {
    out.set('q', f.q.trim().slice(0, 100)); // the API's limit for a name search
  }
  if (f.phase) {
    out.set('phase', f.phase);
  }
  if (f.approachCode) {
    out.set('approachCode', f.approachCode);
  }
  if (f.mine) {
    out.set('mine', 'true');
  }
  if (f.signal) {
    out.set('signal', f.signal);
  }
  if (f.includeClosed) {
    out.set('includeClosed', 'true');
  }
  return out.toString();
}

type SortColumn = 'name' | 'referralDate' | 'phaseSince';

/** A signal as a small labelled tag: words and a mark, never colour alone (WCAG 1.4.1). */
export function SignalTag({ signal }: { signal: CaseloadSignal }) {
  const { t } = useI18n();
  return (
    <span className="meedoen-tag meedoen-tag--signal">
      <span aria-hidden="true">⚑ </span>
      {t(`caseload.signalTag.${signal}` as MessageKey)}
    </span>
  );
}

/** A column header that sorts: a button inside the header cell, the state in aria-sort (WCAG 4.1.2). */
function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortColumn;
  label: string;
  sort: CaseloadSort;
  onSort: (sort: CaseloadSort) => void;
}) {
  const { t } = useI18n();
  const active = sort === column || sort === `-${column}`;
  const descending = sort === `-${column}`;
  return (
    <TableHeaderCell scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="meedoen-sort-button"
        onClick={() => onSort(active && !descending ? (`-${column}` as CaseloadSort) : column)}
      >
        {label}
        <span className="meedoen-sort-button__icon" aria-hidden="true">
          {active ? (descending ? '▼' : '▲') : '↕'}
        </span>
        <span className="meedoen-visually-hidden">
          {active
            ? descending
              ? t('caseload.sortedDescending')
              : t('caseload.sortedAscending')
            : t('caseload.sortable')}
        </span>
      </button>
    </TableHeaderCell>
  );
}

export function CaseloadPage() {
  const { t, lang } = useI18n();
  const { hasRole } = useSession();
  usePageTitle(t('caseload.title'));
  const approaches = useApproaches();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const queryKey = writeQuery(query).toString();
  const [fields, setFields] = useState<Filter>(query);
  const [data, setData] = useState<Page<CaseloadItem> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  // The URL is the source of truth: a reload, a shared link or the back button sets the form too.
  useEffect(() => {
    const q = readQuery(new URLSearchParams(queryKey));
    setFields({
      q: q.q,
      phase: q.phase,
      approachCode: q.approachCode,
      mine: q.mine,
      signal: q.signal,
      includeClosed: q.includeClosed,
    });
    setLoadError(null);
    // Only the answer to the latest query counts (sorting twice quickly must not show the first sort).
    let current = true;
    api<Page<CaseloadItem>>('GET', `/participants?${apiQuery(q)}`)
      .then((page) => current && setData(page))
      .catch((error: unknown) => {
        if (current) {
          setData(null);
          setLoadError(
            error instanceof ApiProblem && error.code === 'network' ? t('error.network') : t('error.generic'),
          );
        }
      });
    return () => {
      current = false;
    };
    // Again on a language switch: approach names come in the UI language.
  }, [queryKey, lang]);

  const go = (next: Partial<Filter & { sort: CaseloadSort; page: number }>) =>
    setParams(writeQuery({ ...query, ...next }));
  const filtered = Boolean(
    query.q || query.phase || query.approachCode || query.mine || query.signal || query.includeClosed,
  );
  const sortLabel = t(`caseload.sort.${query.sort}` as MessageKey);
  // "Mine" only tells something when the list also holds others' participants (a consultant sees
  // those who gave consent); a job coach sees only their own, so there the tag and filter are noise.
  const mixed = Boolean(data?.items.some((i) => !i.assignedToMe) && data.items.some((i) => i.assignedToMe));
  const offerMine = hasRole('consultant') || query.mine;

  return (
    <>
      <Heading level={1}>{t('caseload.title')}</Heading>
      <Paragraph>{t('caseload.intro')}</Paragraph>
      <p>
        <RouterLink
          to="/deelnemers/nieuw"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {t('caseload.register')}
        </RouterLink>{' '}
        <RouterLink
          to="/deelnemers/importeren"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
        >
          {t('import.caseloadLink')}
        </RouterLink>
      </p>
      <CaseloadSummaryPanel />
      <form
        role="search"
        aria-label={t('caseload.filters')}
        className="meedoen-form meedoen-filters"
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...fields, page: 1 });
        }}
      >
        <TextField
          id="caseload-q"
          label={t('caseload.search')}
          type="search"
          value={fields.q}
          onChange={(q) => setFields({ ...fields, q })}
        />
        <SelectField
          id="caseload-phase"
          label={t('caseload.phase')}
          value={fields.phase}
          onChange={(phase) => setFields({ ...fields, phase })}
          placeholder={t('caseload.allPhases')}
          options={PHASES.map((p) => ({ value: p, label: t(`phase.${p}` as MessageKey) }))}
        />
        <SelectField
          id="caseload-approachCode"
          label={t('caseload.approach')}
          value={fields.approachCode}
          onChange={(approachCode) => setFields({ ...fields, approachCode })}
          placeholder={t('caseload.allApproaches')}
          options={approaches.map((a) => ({ value: a.code, label: a.name }))}
        />
        <SelectField
          id="caseload-signal"
          label={t('caseload.signal')}
          value={fields.signal}
          onChange={(signal) => setFields({ ...fields, signal: signal as Filter['signal'] })}
          placeholder={t('caseload.allSignals')}
          options={CASELOAD_SIGNALS.map((sg) => ({ value: sg, label: t(`caseload.signalOption.${sg}` as MessageKey) }))}
        />
        <div className="meedoen-filters__checks">
          {offerMine ? (
            <CheckboxField
              id="caseload-mine"
              label={t('caseload.mine')}
              checked={fields.mine}
              onChange={(mine) => setFields({ ...fields, mine })}
            />
          ) : null}
          <CheckboxField
            id="caseload-includeClosed"
            label={t('caseload.includeClosed')}
            checked={fields.includeClosed}
            onChange={(includeClosed) => setFields({ ...fields, includeClosed })}
          />
        </div>
        <Button type="submit" appearance="secondary-action-button">
          {t('common.search')}
        </Button>
        {filtered ? (
          <Button appearance="subtle-button" onClick={() => setParams(new URLSearchParams())}>
            {t('caseload.clearFilters')}
          </Button>
        ) : null}
      </form>
      {loadError ? <Notice type="error">{loadError}</Notice> : null}
      {data && data.items.length === 0 && data.total === 0 ? (
        <Paragraph>{filtered ? t('caseload.noneFound') : t('caseload.empty')}</Paragraph>
      ) : null}
      {data && data.items.length === 0 && data.total > 0 ? (
        <>
          <Paragraph>{t('caseload.pastLastPage')}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => go({ page: 1 })}>
            {t('caseload.firstPage')}
          </Button>
        </>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <div className="meedoen-table-scroll">
            <Table className="meedoen-caseload">
              <TableCaption className="meedoen-caseload__caption">
                {t(data.total === 1 ? 'caseload.captionOne' : 'caseload.caption', {
                  count: data.total,
                  sort: sortLabel,
                })}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <SortHeader
                    column="name"
                    label={t('caseload.name')}
                    sort={query.sort}
                    onSort={(sort) => go({ sort, page: 1 })}
                  />
                  <TableHeaderCell scope="col">{t('caseload.age')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('caseload.municipality')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('caseload.approach')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('caseload.phase')}</TableHeaderCell>
                  <SortHeader
                    column="phaseSince"
                    label={t('caseload.phaseSince')}
                    sort={query.sort}
                    onSort={(sort) => go({ sort, page: 1 })}
                  />
                  <SortHeader
                    column="referralDate"
                    label={t('caseload.referralDate')}
                    sort={query.sort}
                    onSort={(sort) => go({ sort, page: 1 })}
                  />
                  <TableHeaderCell scope="col">{t('caseload.signals')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      <RouterLink to={`/deelnemers/${p.id}`} className="utrecht-link">
                        {p.familyName}, {p.givenName}
                      </RouterLink>
                      {mixed && p.assignedToMe ? (
                        <span className="meedoen-tag">{t('caseload.assignedToMe')}</span>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      {t('caseload.years', { age: ageOn(p.dateOfBirth) })}
                      <span className="meedoen-cell-note">{formatDate(p.dateOfBirth, lang, 'medium')}</span>
                    </TableCell>
                    <TableCell>{p.municipalityName}</TableCell>
                    <TableCell>
                      {p.trajectory ? (
                        <>
                          {p.trajectory.approachName}
                          <span className="meedoen-cell-note">{p.trajectory.organisationName}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                    <TableCell>{p.trajectory ? t(`phase.${p.trajectory.phase}` as MessageKey) : '—'}</TableCell>
                    <TableCell>{p.trajectory ? formatDate(p.trajectory.phaseSince, lang, 'medium') : '—'}</TableCell>
                    <TableCell>{p.trajectory ? formatDate(p.trajectory.referralDate, lang, 'medium') : '—'}</TableCell>
                    <TableCell>
                      {p.signals.length > 0 ? (
                        <ul className="meedoen-signal-list">
                          {p.signals.map((sg) => (
                            <li key={sg}>
                              <SignalTag signal={sg} />
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="meedoen-visually-hidden">{t('caseload.noSignals')}</span>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => go({ page })} />
        </>
      ) : null}
    </>
  );
}
