/**
 * Programma's (`/monitoring`): every programme a programme manager or evaluator may read, with its
 * organisation, period and how many initiatives and goals it has. A programme manager can add a programme
 * of their own organisation (the API decides which; others do not see the button).
 */
import { Link as RouterLink, useNavigate } from 'react-router-dom';
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
import { ScrollRegion } from '../imports/ScrollRegion';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { Notice } from '../../components/Notice';
import { Expander } from '../../components/Expander';
import { formatPeriod, MonitoringNav, useMonitoringAccess } from './common';
import { ProgrammeForm } from './ProgrammeForm';
import type { ProgrammeSummary } from './types';

export function ProgrammesPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const access = useMonitoringAccess();
  usePageTitle(t('monitoring.programmes.title'));
  const { data, error } = useApiData<{ items: ProgrammeSummary[] }>('/programmes');
  return (
    <>
      <Heading level={1}>{t('monitoring.programmes.title')}</Heading>
      <MonitoringNav />
      <Paragraph>{t('monitoring.programmes.intro')}</Paragraph>
      {access.manager ? (
        <Expander id="programme-new" label={t('monitoring.programme.add')}>
          {(close) => (
            <ProgrammeForm onCancel={close} onSaved={(p) => void navigate(`/monitoring/programmas/${p.id}`)} />
          )}
        </Expander>
      ) : null}
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('monitoring.programmes.empty')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <>
          <p className="meedoen-monitoring-caption" aria-hidden="true">
            {t('monitoring.programmes.caption', { count: data.items.length })}
          </p>
          <ScrollRegion labelledBy="programmes-caption">
            <Table>
              <TableCaption className="meedoen-visually-hidden" id="programmes-caption">
                {t('monitoring.programmes.caption', { count: data.items.length })}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('monitoring.programme.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('monitoring.programme.organisation')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('monitoring.programme.period')}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="meedoen-num">
                    {t('monitoring.programme.initiatives')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="meedoen-num">
                    {t('monitoring.programme.goals')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      <RouterLink to={`/monitoring/programmas/${p.id}`} className="utrecht-link">
                        {p.name}
                      </RouterLink>
                    </TableCell>
                    <TableCell>{p.organisationName}</TableCell>
                    <TableCell>{formatPeriod(p.startsOn, p.endsOn, lang, t)}</TableCell>
                    <TableCell className="meedoen-num">{p.initiatives}</TableCell>
                    <TableCell className="meedoen-num">{p.goals}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        </>
      ) : null}
    </>
  );
}
