/**
 * Caseload and employer contacts per team on the dashboard, against the IPS norms (at most 20 participants
 * per job coach; 6 face-to-face employer contacts a week). A table only: each team is one row, and the
 * norm is written next to each figure ("boven de norm", "onder de norm"), so nobody needs colour to read it.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { Notice } from '../../components/Notice';
import { ScrollRegion } from '../imports/ScrollRegion';
import { CellValue, DownloadLinks, formatDay, formatNumber } from './common';
import { useQuery } from './useQuery';
import type { TeamNormsTable } from './types';

export function TeamNormsSection({ query }: { query: string }) {
  const { t, lang } = useI18n();
  const params = new URLSearchParams(query);
  params.delete('by');
  params.delete('approachCode');
  const { data, error, loading } = useQuery<TeamNormsTable>(`/monitoring/team-norms?${params.toString()}`);
  return (
    <section className="meedoen-section" aria-labelledby="team-norms-title" aria-busy={loading}>
      <Heading level={2} id="team-norms-title">
        {t('monitoring.teams.title')}
      </Heading>
      {error ? <Notice type="warning">{error}</Notice> : null}
      {loading && !data ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data ? (
        <>
          <Paragraph>
            {t('monitoring.teams.intro', {
              asOf: formatDay(data.asOf, lang),
              from: formatDay(data.from, lang),
              caseloadNorm: data.caseloadNorm,
              contactsNorm: data.contactsNorm,
            })}
          </Paragraph>
          {data.teams.length === 0 ? (
            <Paragraph>{t('monitoring.teams.none')}</Paragraph>
          ) : (
            <ScrollRegion labelledBy="team-norms-caption">
              <table className="utrecht-table meedoen-table">
                <caption className="utrecht-table__caption" id="team-norms-caption">
                  {t('monitoring.teams.caption', { asOf: formatDay(data.asOf, lang) })}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('monitoring.teams.team')}
                    </th>
                    <th className="utrecht-table__header-cell meedoen-num" scope="col">
                      {t('monitoring.teams.participants')}
                    </th>
                    <th className="utrecht-table__header-cell meedoen-num" scope="col">
                      {t('monitoring.teams.coaches')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('monitoring.teams.average', { norm: data.caseloadNorm })}
                    </th>
                    <th className="utrecht-table__header-cell meedoen-num" scope="col">
                      {t('monitoring.teams.above', { norm: data.caseloadNorm })}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('monitoring.teams.perWeek', { norm: data.contactsNorm })}
                    </th>
                    <th className="utrecht-table__header-cell meedoen-num" scope="col">
                      {t('monitoring.teams.contacts')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.teams.map((team) => (
                    <tr key={team.organisationId} className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="row">
                        {team.name}
                      </th>
                      <td className="utrecht-table__cell meedoen-num">
                        <CellValue cell={team.ipsParticipants} />
                      </td>
                      <td className="utrecht-table__cell meedoen-num">{team.ipsCoaches}</td>
                      <td className="utrecht-table__cell">
                        {team.averageCaseload === null
                          ? '—'
                          : `${formatNumber(team.averageCaseload, lang)} (${t(
                              team.averageCaseload > data.caseloadNorm
                                ? 'monitoring.teams.aboveNorm'
                                : 'monitoring.teams.withinNorm',
                            )})`}
                      </td>
                      <td className="utrecht-table__cell meedoen-num">{team.coachesAboveNorm}</td>
                      <td className="utrecht-table__cell">
                        {team.faceToFacePerWeek === null
                          ? '—'
                          : `${formatNumber(team.faceToFacePerWeek, lang)} (${t(
                              team.faceToFacePerWeek >= data.contactsNorm
                                ? 'monitoring.teams.normMet'
                                : 'monitoring.teams.belowNorm',
                            )})`}
                      </td>
                      <td className="utrecht-table__cell meedoen-num">
                        {t('monitoring.teams.contactsValue', {
                          faceToFace: team.faceToFace,
                          all: team.contacts,
                          specialists: team.specialists,
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          {data.teams.length > 0 ? (
            <DownloadLinks
              path={`/monitoring/team-norms/export?${params.toString()}`}
              what={t('monitoring.download.teams')}
            />
          ) : null}
          <Paragraph small>{t('monitoring.teams.note', { threshold: data.threshold })}</Paragraph>
        </>
      ) : null}
    </section>
  );
}
