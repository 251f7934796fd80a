/**
 * Redactie kennisbank (`/redactie`): the items this person may edit, last changed first. Links per
 * status with their counts (the current one marked with aria-current), a text filter and pages; all
 * three live in the URL (?stand=, ?zoek=, ?pagina=), so the list survives a reload and the back button.
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
import { formatDateTime } from '../../lib/format';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/usePageTitle';
import { StatusTag } from './ItemPage';
import {
  apiListQuery,
  KNOWLEDGE_STATUSES,
  readListQuery,
  writeListQuery,
  type EditorialPage,
  type KnowledgeStatus,
} from './knowledge';

const PAGE_SIZE = 25;

export function EditorialListPage() {
  const { t, lang } = useI18n();
  const { hasRole } = useSession();
  usePageTitle(t('knowledge.list.title'));
  const [params, setParams] = useSearchParams();
  const query = readListQuery(params);
  const queryKey = writeListQuery(query).toString();
  const [text, setText] = useState(query.q);
  const [data, setData] = useState<EditorialPage | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const q = readListQuery(new URLSearchParams(queryKey));
    setText(q.q);
    setLoadError(null);
    let current = true;
    api<EditorialPage>('GET', `/editorial/knowledge-items?${apiListQuery(q, PAGE_SIZE)}`)
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
  }, [queryKey]);

  const hrefFor = (next: Partial<typeof query>) =>
    `/redactie?${writeListQuery({ ...query, page: 1, ...next }).toString()}`;
  const counts = data?.counts ?? {};
  const all = KNOWLEDGE_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const tabs: { status: KnowledgeStatus | ''; label: string; count: number }[] = [
    { status: '', label: t('knowledge.list.all'), count: all },
    ...KNOWLEDGE_STATUSES.map((s) => ({
      status: s,
      label: t(`knowledge.status.${s}` as MessageKey),
      count: counts[s] ?? 0,
    })),
  ];
  const editor = hasRole('knowledgeEditor');

  return (
    <>
      <Heading level={1}>{t('knowledge.list.title')}</Heading>
      <Paragraph>{t(editor ? 'knowledge.list.introEditor' : 'knowledge.list.introContributor')}</Paragraph>
      <p className="meedoen-actions">
        <RouterLink
          to="/redactie/nieuw"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {t('knowledge.list.new')}
        </RouterLink>
        <a className="utrecht-link" href="/kennisbank">
          {t('knowledge.list.publicLink')}
        </a>
      </p>

      {editor && (counts.inReview ?? 0) > 0 && query.status !== 'inReview' ? (
        <Paragraph>
          <RouterLink to={hrefFor({ status: 'inReview', q: '' })} className="utrecht-link">
            {counts.inReview === 1
              ? t('knowledge.list.waitingOne')
              : t('knowledge.list.waiting', { count: counts.inReview ?? 0 })}
          </RouterLink>
        </Paragraph>
      ) : null}
      <nav aria-label={t('knowledge.list.statusNav')} className="meedoen-knowledge-tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.status || 'all'}>
              <RouterLink
                to={hrefFor({ status: tab.status })}
                className="utrecht-link"
                aria-current={query.status === tab.status ? 'page' : undefined}
              >
                {data ? t('knowledge.list.tab', { label: tab.label, count: tab.count }) : tab.label}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>

      <form
        role="search"
        aria-label={t('knowledge.list.filters')}
        className="meedoen-form meedoen-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(writeListQuery({ ...query, q: text, page: 1 }));
        }}
      >
        <TextField
          id="knowledge-list-q"
          label={t('knowledge.list.search')}
          type="search"
          value={text}
          onChange={setText}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('common.search')}
        </Button>
        {query.q ? (
          <Button appearance="subtle-button" onClick={() => setParams(writeListQuery({ ...query, q: '', page: 1 }))}>
            {t('knowledge.list.clear')}
          </Button>
        ) : null}
      </form>

      {loadError ? <Notice type="error">{loadError}</Notice> : null}
      {data === null && !loadError ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.total === 0 ? (
        <Paragraph>
          {query.q
            ? t('knowledge.list.noneFound', { text: query.q })
            : query.status
              ? t('knowledge.list.emptyStatus', { status: t(`knowledge.status.${query.status}` as MessageKey) })
              : t('knowledge.list.empty')}
        </Paragraph>
      ) : null}
      {data && data.items.length === 0 && data.total > 0 ? (
        <>
          <Paragraph>{t('knowledge.list.pastLastPage')}</Paragraph>
          <RouterLink to={hrefFor({})} className="utrecht-link">
            {t('knowledge.list.firstPage')}
          </RouterLink>
        </>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <div className="meedoen-table-scroll">
            <Table className="meedoen-knowledge-list">
              <TableCaption className="meedoen-table-caption">
                {data.total === 1 ? t('knowledge.list.captionOne') : t('knowledge.list.caption', { count: data.total })}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('knowledge.list.colTitle')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('knowledge.list.colType')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('knowledge.list.colStatus')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('knowledge.list.colOrganisation')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('knowledge.list.colUpdated')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell>
                      <RouterLink to={`/redactie/${i.id}`} className="utrecht-link">
                        {i.title}
                      </RouterLink>
                    </TableCell>
                    <TableCell>{t(`knowledge.type.${i.type}` as MessageKey)}</TableCell>
                    <TableCell>
                      <StatusTag status={i.status} />
                    </TableCell>
                    <TableCell>{i.organisationName ?? '—'}</TableCell>
                    <TableCell>
                      {formatDateTime(i.updatedAt, lang)}
                      {i.updatedByName ? (
                        <span className="meedoen-cell-note">{t('common.by', { name: i.updatedByName })}</span>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {data.total > data.pageSize ? (
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onPage={(page) => setParams(writeListQuery({ ...query, page }))}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
