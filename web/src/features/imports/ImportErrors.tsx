/**
 * Every bad row of a checked file: row number (as Excel shows it), column, the value found and what is
 * wrong, in pages of 25. The caption says how many; the table scrolls sideways on a narrow screen
 * rather than squeezing the messages.
 */
import { useState } from 'react';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ImportRowError, Page } from '../../lib/types';
import { useApiData } from '../../lib/useApiData';
import { ScrollRegion } from './ScrollRegion';
import { useI18n } from '../../i18n/i18n';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { formatNumber, plural } from './words';

const PAGE_SIZE = 25;

export function ImportErrors({ importId }: { importId: string }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const { data, error } = useApiData<Page<ImportRowError>>(
    `/imports/${importId}/errors?page=${page}&pageSize=${PAGE_SIZE}`,
  );
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (!data || data.items.length === 0) {
    return null;
  }
  return (
    <>
      <ScrollRegion labelledBy="import-errors-caption">
        <Table className="meedoen-import-errors meedoen-stack-table">
          <TableCaption id="import-errors-caption" className="meedoen-table-caption meedoen-import-errors__caption">
            {plural(t, 'import.errors.caption', data.total, { count: formatNumber(data.total, lang) })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('import.errors.row')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('import.errors.column')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('import.errors.value')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('import.errors.message')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((e, i) => (
              <TableRow key={`${e.row}-${e.field ?? ''}-${e.code}-${i}`}>
                <TableCell className="meedoen-import-errors__row" data-label={t('import.errors.row')}>
                  {e.row}
                </TableCell>
                <TableCell data-label={t('import.errors.column')}>
                  {e.column ?? e.fieldLabel ?? t('import.errors.wholeRow')}
                  {e.column && e.fieldLabel && e.fieldLabel !== e.column ? (
                    <span className="meedoen-cell-note">{t('import.errors.readAs', { field: e.fieldLabel })}</span>
                  ) : null}
                </TableCell>
                <TableCell className="meedoen-import-errors__value" data-label={t('import.errors.value')}>
                  {e.value ? e.value : <span className="meedoen-import-errors__empty">{t('import.errors.empty')}</span>}
                </TableCell>
                <TableCell data-label={t('import.errors.message')}>{e.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {data.total > data.pageSize ? (
        <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
      ) : null}
    </>
  );
}
