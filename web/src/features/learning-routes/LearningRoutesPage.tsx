/**
 * Leerroutes: the routes in the region with their form, level, sector and steps; a programme manager
 * creates a route of their own organisation here (steps in order, each with an expected duration, a
 * maximum for a work-experience place; the target groups it admits; its partners).
 */
import { Link as RouterLink, useNavigate } from 'react-router-dom';
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
import { useSession } from '../../app/session';
import { Expander } from '../../components/Expander';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { RouteForm } from './RouteForm';
import type { LearningRoute } from './types';
import './learning-routes.css';

export function LearningRoutesPage() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  usePageTitle(t('learningRoutes.title'));
  const { data, error } = useApiData<{ items: LearningRoute[] }>('/learning-routes');
  return (
    <>
      <Heading level={1}>{t('learningRoutes.title')}</Heading>
      <Paragraph lead>{t('learningRoutes.intro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('learningRoutes.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('learningRoutes.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.form')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.level')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.sector')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.steps')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.cohorts')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.coordinator')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <RouterLink to={`/leerroutes/${r.id}`}>{r.name}</RouterLink>
                    {r.active ? null : <span className="meedoen-cell-note">{t('learningRoutes.inactive')}</span>}
                  </TableCell>
                  <TableCell>{t(`learningRoutes.form.${r.form}` as MessageKey)}</TableCell>
                  <TableCell>{t(`learningRoutes.level.${r.level}` as MessageKey)}</TableCell>
                  <TableCell>{t(`learningRoutes.sector.${r.sector}` as MessageKey)}</TableCell>
                  <TableCell>{r.steps.map((s) => s.name).join(' → ')}</TableCell>
                  <TableCell>{r.cohorts.length}</TableCell>
                  <TableCell>{r.organisationName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {hasRole('programmeManager') ? (
        <section aria-labelledby="nieuwe-route" className="meedoen-section">
          <Heading level={2} id="nieuwe-route">
            {t('learningRoutes.newTitle')}
          </Heading>
          <Expander id="new-route" label={t('learningRoutes.new')}>
            {(close) => <RouteForm onCancel={close} onSaved={(route) => void navigate(`/leerroutes/${route.id}`)} />}
          </Expander>
        </section>
      ) : null}
    </>
  );
}
