/**
 * Leerlingen op onze werkplek (employer): the learners of a learning route at the employer's own
 * workplace and their step — only those who gave consent, and their name only when they consented to
 * that too. Nothing about health, target group or why someone stopped.
 */
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../participants/dates';
import type { WorkplaceLearner } from './types';
import './learning-routes.css';

export function WorkplaceLearnersPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('learningRoutes.workplace.title'));
  const { data, error } = useApiData<{ items: WorkplaceLearner[] }>('/workplace-learners');
  return (
    <>
      <Heading level={1}>{t('learningRoutes.workplace.title')}</Heading>
      <Paragraph lead>{t('learningRoutes.workplace.intro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data === null ? <Paragraph>{t('learningRoutes.workplace.notForYou')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('learningRoutes.workplace.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('learningRoutes.workplace.learner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.route')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.workplace')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.workplace.step')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.workplace.wepUntil')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((l) => (
                <TableRow key={l.enrolmentId}>
                  <TableHeaderCell scope="row">{l.name ?? t('learningRoutes.workplace.noName')}</TableHeaderCell>
                  <TableCell>
                    {l.routeName}
                    {l.cohortName ? <span className="meedoen-cell-note">{l.cohortName}</span> : null}
                  </TableCell>
                  <TableCell>{l.workplace ?? '–'}</TableCell>
                  <TableCell>
                    {l.status === 'active' && l.stepName
                      ? t('learningRoutes.workplace.stepSince', {
                          step: l.stepName,
                          date: formatDate(l.stepSince!, lang),
                        })
                      : t(`learningRoutes.status.${l.status}` as MessageKey)}
                  </TableCell>
                  <TableCell>{l.wepLastDay ? formatDate(l.wepLastDay, lang) : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
