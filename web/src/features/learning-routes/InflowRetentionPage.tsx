/**
 * Instroom en behoud: for one learning route, how many participants started a job in the sector through
 * it and how many were still in the sector 6 and 12 months later — for the whole route, per cohort and
 * per target group; each breakdown as a chart and the same numbers in a data table. Counts of 1 to 9 are
 * hidden by the API (small-cell suppression); the page says why. Downloads as CSV and Excel.
 */
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
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
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, todayInNl } from '../participants/dates';
import { FlowChart } from './FlowChart';
import { exportUrl, type Cell, type Flow, type FlowRow } from './types';
import '../participants/participants.css';
import './learning-routes.css';

/** A count with its percentage of the whole when both are shown: "11 (79%)". */
function withShare(cell: Cell, percentage: number | null): string {
  return percentage === null ? cell.display : `${cell.display} (${percentage}%)`;
}

function CellText({ cell, percentage = null }: { cell: Cell; percentage?: number | null }) {
  const { t } = useI18n();
  if (cell.status === 'shown') {
    return <>{withShare(cell, percentage)}</>;
  }
  // The sign, with its meaning for a screen reader ("< 10" read aloud is unclear).
  return (
    <>
      <span aria-hidden="true">{cell.display}</span>
      <span className="meedoen-visually-hidden">
        {cell.status === 'primary' ? t('learningRoutes.hiddenSmall') : t('learningRoutes.hiddenOther')}
      </span>
    </>
  );
}

function FlowTable({ caption, rows, rowHeader }: { caption: string; rows: FlowRow[]; rowHeader: string }) {
  const { t } = useI18n();
  return (
    <>
      {/* The caption names the table for assistive technology; the same words stand above the scroll
          area so that they stay readable at 360 px (a caption is as wide as its table). */}
      <Paragraph className="meedoen-table-caption" aria-hidden="true">
        {caption}
      </Paragraph>
      {/* At 360 px the table scrolls sideways: the scroll area must be reachable by keyboard (WCAG 2.1.1,
          axe scrollable-region-focusable), so it is a named, focusable region. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container needs focus */}
      <div className="meedoen-table-scroll meedoen-lr-flow-table" role="region" aria-label={caption} tabIndex={0}>
        <Table>
          <TableCaption className="meedoen-visually-hidden">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{rowHeader}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learningRoutes.participants')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learningRoutes.inflowShare')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learningRoutes.known6')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learningRoutes.retained6Share')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learningRoutes.known12')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learningRoutes.retained12Share')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
                <TableCell>
                  <CellText cell={r.participants} />
                </TableCell>
                <TableCell>
                  <CellText cell={r.inflow} percentage={r.inflowPercentage} />
                </TableCell>
                <TableCell>
                  <CellText cell={r.known6} />
                </TableCell>
                <TableCell>
                  <CellText cell={r.retained6} percentage={r.retained6Percentage} />
                </TableCell>
                <TableCell>
                  <CellText cell={r.known12} />
                </TableCell>
                <TableCell>
                  <CellText cell={r.retained12} percentage={r.retained12Percentage} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function Breakdown({
  id,
  heading,
  rowHeader,
  total,
  rows,
}: {
  id: string;
  heading: string;
  rowHeader: string;
  total: FlowRow;
  rows: FlowRow[];
}) {
  const { t } = useI18n();
  if (rows.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={id} className="meedoen-section">
      <Heading level={2} id={id}>
        {heading}
      </Heading>
      <div className="meedoen-lr-chart-and-table">
        <FlowChart
          id={`${id}-chart`}
          title={t('learningRoutes.chartTitle', { what: heading })}
          rows={[total, ...rows]}
        />
        <FlowTable
          caption={t('learningRoutes.tableCaption', { what: heading })}
          rowHeader={rowHeader}
          rows={[total, ...rows]}
        />
      </div>
    </section>
  );
}

export function InflowRetentionPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const [asOf, setAsOf] = useState('');
  const [shownAsOf, setShownAsOf] = useState('');
  const query = shownAsOf ? `?asOf=${shownAsOf}` : '';
  const { data, error } = useApiData<Flow>(`/learning-routes/${id}/inflow-retention${query}`);
  usePageTitle(data ? t('learningRoutes.flowPageTitle', { route: data.routeName }) : t('learningRoutes.flow'));
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (data === null) {
    return <NotFound />;
  }
  return (
    <>
      <Paragraph>
        <RouterLink to={`/leerroutes/${id}`}>{t('learningRoutes.backToRoute', { route: data.routeName })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('learningRoutes.flowPageTitle', { route: data.routeName })}</Heading>
      <Paragraph lead>{t('learningRoutes.flowIntro')}</Paragraph>
      <Paragraph>{t('learningRoutes.asOfValue', { date: formatDate(data.asOf, lang) })}</Paragraph>
      <form
        className="meedoen-form meedoen-lr-asof"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setShownAsOf(asOf);
        }}
      >
        <TextField
          id="flow-asOf"
          type="date"
          label={t('learningRoutes.asOf')}
          description={t('learningRoutes.asOfHint')}
          value={asOf || data.asOf}
          onChange={setAsOf}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="secondary-action-button">
            {t('learningRoutes.showAsOf')}
          </Button>
          {shownAsOf && shownAsOf !== todayInNl() ? (
            <Button
              appearance="subtle-button"
              onClick={() => {
                setAsOf('');
                setShownAsOf('');
              }}
            >
              {t('learningRoutes.showToday')}
            </Button>
          ) : null}
        </div>
      </form>

      <section aria-labelledby="verborgen" className="meedoen-section meedoen-lr-why">
        <Heading level={2} id="verborgen">
          {t('learningRoutes.whyHiddenTitle')}
        </Heading>
        <Paragraph>{t('learningRoutes.whyHidden', { threshold: data.threshold })}</Paragraph>
        <ul className="meedoen-plain-list">
          <li>
            <strong>&lt; {data.threshold}</strong>: {t('learningRoutes.signSmall', { threshold: data.threshold })}
          </li>
          <li>
            <strong>x</strong>: {t('learningRoutes.signOther', { threshold: data.threshold })}
          </li>
        </ul>
      </section>

      <section aria-labelledby="hele-route" className="meedoen-section">
        <Heading level={2} id="hele-route">
          {t('learningRoutes.flowTotal')}
        </Heading>
        <FlowTable
          caption={t('learningRoutes.tableCaption', { what: t('learningRoutes.flowTotal') })}
          rowHeader={t('learningRoutes.route')}
          rows={[data.total]}
        />
      </section>
      <Breakdown
        id="per-groep"
        heading={t('learningRoutes.flowByCohort')}
        rowHeader={t('learningRoutes.cohort')}
        total={data.total}
        rows={data.byCohort}
      />
      <Breakdown
        id="per-doelgroep"
        heading={t('learningRoutes.flowByGroup')}
        rowHeader={t('learningRoutes.targetGroup')}
        total={data.total}
        rows={data.byTargetGroup}
      />

      <section aria-labelledby="definities" className="meedoen-section">
        <Heading level={2} id="definities">
          {t('learningRoutes.definitionsTitle')}
        </Heading>
        <Paragraph>{data.definition}</Paragraph>
      </section>

      <section aria-labelledby="downloaden" className="meedoen-section">
        <Heading level={2} id="downloaden">
          {t('learningRoutes.downloadTitle')}
        </Heading>
        <Paragraph>{t('learningRoutes.downloadIntro')}</Paragraph>
        <ul className="meedoen-plain-list">
          <li>
            <a
              className="utrecht-link"
              href={exportUrl(`/learning-routes/${id}/inflow-retention/export`, { format: 'csv', asOf: shownAsOf })}
              download
            >
              {t('learningRoutes.downloadFlowCsv')}
            </a>
          </li>
          <li>
            <a
              className="utrecht-link"
              href={exportUrl(`/learning-routes/${id}/inflow-retention/export`, { format: 'xlsx', asOf: shownAsOf })}
              download
            >
              {t('learningRoutes.downloadFlowXlsx')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
