/**
 * Modelgetrouwheid IPS (`/monitoring/modelgetrouwheid`): the fidelity reviews per team, oldest first, each
 * with its total (of 125), band and the change since the team's previous review. An evaluator records a
 * new review from here. The bands and their score ranges come from the API (`/fidelity-items`).
 */
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
import { ScrollRegion } from '../imports/ScrollRegion';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { Notice } from '../../components/Notice';
import { formatDay, MonitoringNav, useMonitoringAccess } from './common';
import type { FidelityCatalogue, FidelityReviewSummary } from './types';

/** The reviews grouped per team (organisation + team name), in the API's order (oldest first). */
export function byTeam(
  items: FidelityReviewSummary[],
): { key: string; title: string; reviews: FidelityReviewSummary[] }[] {
  const out = new Map<string, { key: string; title: string; reviews: FidelityReviewSummary[] }>();
  for (const r of items) {
    const key = `${r.organisationId}/${r.teamName ?? ''}`;
    const group = out.get(key) ?? {
      key,
      title: r.teamName ? `${r.teamName} (${r.organisationName})` : r.organisationName,
      reviews: [],
    };
    group.reviews.push(r);
    out.set(key, group);
  }
  return [...out.values()];
}

export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

export function FidelityReviewsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('monitoring.fidelity.title'));
  const access = useMonitoringAccess();
  const { data, error } = useApiData<{ items: FidelityReviewSummary[] }>('/fidelity-reviews');
  const catalogue = useApiData<FidelityCatalogue>('/fidelity-items').data;
  return (
    <>
      <Heading level={1}>{t('monitoring.fidelity.title')}</Heading>
      <MonitoringNav />
      <Paragraph>{t('monitoring.fidelity.intro')}</Paragraph>
      {access.evaluator ? (
        <p className="meedoen-actions">
          <RouterLink
            to="/monitoring/modelgetrouwheid/nieuw"
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          >
            {t('monitoring.fidelity.new')}
          </RouterLink>
        </p>
      ) : null}
      {catalogue ? (
        <details className="meedoen-monitoring-definitions">
          <summary>{t('monitoring.fidelity.bandsTitle')}</summary>
          <ul>
            {catalogue.bands.map((b) => (
              <li key={b.band}>{t('monitoring.fidelity.bandRange', { name: b.name, min: b.min, max: b.max })}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('monitoring.fidelity.empty')}</Paragraph> : null}
      {data
        ? byTeam(data.items).map((team, n) => (
            <section key={team.key} className="meedoen-section" aria-labelledby={`team-${n}`}>
              <Heading level={2} id={`team-${n}`}>
                {team.title}
              </Heading>
              <p className="meedoen-monitoring-caption" aria-hidden="true">
                {t('monitoring.fidelity.historyCaption', { team: team.title })}
              </p>
              <ScrollRegion labelledBy={`team-${n}-caption`}>
                <Table>
                  <TableCaption className="meedoen-visually-hidden" id={`team-${n}-caption`}>
                    {t('monitoring.fidelity.historyCaption', { team: team.title })}
                  </TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('monitoring.fidelity.date')}</TableHeaderCell>
                      <TableHeaderCell scope="col" className="meedoen-num">
                        {t('monitoring.fidelity.total')}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col">{t('monitoring.fidelity.band')}</TableHeaderCell>
                      <TableHeaderCell scope="col" className="meedoen-num">
                        {t('monitoring.fidelity.change')}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col" className="meedoen-num">
                        {t('monitoring.fidelity.openPoints')}
                      </TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {team.reviews.map((r) => (
                      <TableRow key={r.id}>
                        <TableHeaderCell scope="row">
                          <RouterLink to={`/monitoring/modelgetrouwheid/${r.id}`} className="utrecht-link">
                            {formatDay(r.reviewedOn, lang)}
                          </RouterLink>
                        </TableHeaderCell>
                        <TableCell className="meedoen-num">
                          {t('monitoring.fidelity.totalOf', { total: r.total, max: r.max })}
                        </TableCell>
                        <TableCell>{r.bandName}</TableCell>
                        <TableCell className="meedoen-num">
                          {r.totalChange === null ? '—' : signed(r.totalChange)}
                        </TableCell>
                        <TableCell className="meedoen-num">{r.openActionPoints}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </ScrollRegion>
            </section>
          ))
        : null}
    </>
  );
}
