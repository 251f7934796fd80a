/**
 * The indicator table: a real data table (caption, column and row headers, numbers right-aligned, the total
 * as the last row) with what each measure counts in a list under it, and — when a number is hidden — a note
 * in plain words saying why (the API has already replaced small numbers by "< 10" and "x").
 */
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ScrollRegion } from '../imports/ScrollRegion';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { CellValue } from './common';
import { MEASURES, type IndicatorTable } from './types';

export function IndicatorTableView({ table, caption }: { table: IndicatorTable; caption: string }) {
  const { t } = useI18n();
  const cells = [...table.rows.flatMap((r) => MEASURES.map((m) => r.cells[m])), ...MEASURES.map((m) => table.total[m])];
  const anyPrimary = cells.some((c) => c.status === 'primary');
  const anySecondary = cells.some((c) => c.status === 'secondary');
  const byLabel = t(`monitoring.by.${table.by}` as MessageKey);
  return (
    <>
      <p className="meedoen-monitoring-caption" aria-hidden="true">
        {caption}
      </p>
      <ScrollRegion labelledBy="indicator-table-caption">
        <Table className="meedoen-monitoring-table">
          <TableCaption className="meedoen-visually-hidden" id="indicator-table-caption">
            {caption}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{byLabel}</TableHeaderCell>
              {table.columns.map((c) => (
                <TableHeaderCell key={c.key} scope="col" className="meedoen-num">
                  {c.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          {table.by !== 'none' ? (
            <TableBody>
              {table.rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={table.columns.length + 1}>{t('monitoring.dashboard.noRows')}</TableCell>
                </TableRow>
              ) : null}
              {table.rows.map((r) => (
                <TableRow key={r.key}>
                  <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
                  {table.columns.map((c) => (
                    <TableCell key={c.key} className="meedoen-num">
                      <CellValue cell={r.cells[c.key]} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          ) : null}
          <TableFooter>
            <TableRow className="meedoen-monitoring-table__total">
              <TableHeaderCell scope="row">{t('monitoring.dashboard.total')}</TableHeaderCell>
              {table.columns.map((c) => (
                <TableCell key={c.key} className="meedoen-num">
                  <CellValue cell={table.total[c.key]} />
                </TableCell>
              ))}
            </TableRow>
          </TableFooter>
        </Table>
      </ScrollRegion>
      {anyPrimary || anySecondary ? (
        <div className="meedoen-monitoring-note" id="hidden-numbers-note">
          <Paragraph>
            <strong>{t('monitoring.hidden.title')}</strong>
          </Paragraph>
          {anyPrimary ? <Paragraph>{t('monitoring.hidden.primary', { threshold: table.threshold })}</Paragraph> : null}
          {anySecondary ? <Paragraph>{t('monitoring.hidden.secondary')}</Paragraph> : null}
          <Paragraph>{t('monitoring.hidden.why')}</Paragraph>
        </div>
      ) : null}
      {table.by !== 'none' ? <Paragraph small>{t('monitoring.dashboard.totalNote')}</Paragraph> : null}
      <details className="meedoen-monitoring-definitions">
        <summary>{t('monitoring.dashboard.definitions')}</summary>
        <dl>
          {table.columns.map((c) => (
            <div key={c.key}>
              <dt>{c.label}</dt>
              <dd>{c.definition}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}
