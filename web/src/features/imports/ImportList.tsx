/**
 * Eerdere imports: the imports of the user's organisation(s), newest first, each with its file name
 * (a link to its result), kind, status in words, counts, date and who read it in.
 */
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
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
import type { ImportView, Page } from '../../lib/types';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { ScrollRegion } from './ScrollRegion';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { countsLine, statusText } from './words';

const PAGE_SIZE = 10;

export function ImportList() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const [page, setPage] = useState(1);
  const { data, error } = useApiData<Page<ImportView>>(`/imports?page=${page}&pageSize=${PAGE_SIZE}`);
  const organisations = new Map((session?.user.memberships ?? []).map((m) => [m.organisationId, m.organisationName]));
  const severalOrganisations = new Set(data?.items.map((i) => i.organisationId)).size > 1;

  return (
    <section className="meedoen-section" aria-labelledby="import-earlier">
      <Heading level={2} id="import-earlier">
        {t('import.list.title')}
      </Heading>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.total === 0 ? <Paragraph>{t('import.list.empty')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <>
          <ScrollRegion labelledBy="import-list-caption">
            <Table className="meedoen-import-list meedoen-stack-table">
              <TableCaption id="import-list-caption" className="meedoen-table-caption meedoen-import-errors__caption">
                {t('import.list.caption')}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('import.list.file')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('import.list.kind')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('import.list.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('import.list.counts')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('import.list.when')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell className="meedoen-stack-table__title">
                      <RouterLink to={`/deelnemers/importeren/${i.id}`} className="utrecht-link meedoen-import-file">
                        {i.fileName}
                      </RouterLink>
                    </TableCell>
                    <TableCell data-label={t('import.list.kind')}>
                      {t(`import.kind.${i.kind}` as MessageKey)}
                      {severalOrganisations ? (
                        <span className="meedoen-cell-note">{organisations.get(i.organisationId) ?? ''}</span>
                      ) : null}
                    </TableCell>
                    <TableCell data-label={t('import.list.status')}>{statusText(t, lang, i)}</TableCell>
                    <TableCell data-label={t('import.list.counts')}>{countsLine(t, lang, i)}</TableCell>
                    <TableCell data-label={t('import.list.when')}>
                      {formatDateTime(i.createdAt, lang)}
                      <span className="meedoen-cell-note">{t('common.by', { name: i.createdBy.name })}</span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
          {data.total > data.pageSize ? (
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
