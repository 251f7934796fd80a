/**
 * Leergangen: the learning tracks per network, with their period and the number of gemeenten. Anyone
 * logged in reads them; a coordinator of a network starts a new track for it from here.
 */
import { Link as RouterLink } from 'react-router-dom';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, todayInNl } from '../participants/dates';
import { LearningNetworkNav } from './LearningNetworkNav';
import { periodState } from './progress';
import type { LearningNetwork, TrackSummary } from './types';
import './learning-network.css';

export function TracksPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('learningNetwork.tracks.title'));
  const tracks = useApiData<{ items: TrackSummary[] }>('/learning-tracks');
  const networks = useApiData<{ items: LearningNetwork[] }>('/learning-networks');
  const error = tracks.error ?? networks.error;
  const today = todayInNl();
  return (
    <div className="meedoen-learning-network">
      <LearningNetworkNav />
      <Heading level={1}>{t('learningNetwork.tracks.title')}</Heading>
      <Paragraph lead>{t('learningNetwork.tracks.intro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {tracks.data === undefined || networks.data === undefined ? (
        error ? null : (
          <Paragraph>{t('app.loading')}</Paragraph>
        )
      ) : (
        <>
          {(networks.data?.items ?? []).every(
            (n) => !n.membership?.coordinator && !tracks.data?.items.some((tr) => tr.networkId === n.id),
          ) ? (
            <Paragraph>{t('learningNetwork.tracks.noneAtAll')}</Paragraph>
          ) : null}
          {networks.data?.items.map((n) => {
            const own = (tracks.data?.items ?? []).filter((tr) => tr.networkId === n.id);
            if (own.length === 0 && !n.membership?.coordinator) {
              return null;
            }
            return (
              <section key={n.id} aria-labelledby={`tracks-${n.id}`}>
                <Heading level={2} id={`tracks-${n.id}`}>
                  {n.name}
                </Heading>
                {n.membership?.coordinator ? (
                  <Paragraph>
                    <RouterLink to={`/leernetwerk/netwerken/${n.id}/nieuwe-leergang`}>
                      {t('learningNetwork.tracks.new')}
                    </RouterLink>
                  </Paragraph>
                ) : null}
                {own.length === 0 ? (
                  <Paragraph>{t('learningNetwork.tracks.none')}</Paragraph>
                ) : (
                  <ul className="meedoen-events">
                    {own.map((tr) => (
                      <li key={tr.id} className="meedoen-card meedoen-event">
                        <Heading level={3}>
                          <RouterLink to={`/leernetwerk/leergangen/${tr.id}`}>{tr.name}</RouterLink>
                        </Heading>
                        <ul className="meedoen-plain-list">
                          <li>
                            {t('learningNetwork.period', {
                              from: formatDate(tr.startsOn, lang),
                              to: formatDate(tr.endsOn, lang),
                            })}
                            {' · '}
                            {t(`learningNetwork.periodState.${periodState(tr.startsOn, tr.endsOn, today)}`)}
                          </li>
                          <li>{t('learningNetwork.tracks.gemeenten', { count: tr.municipalityCount })}</li>
                        </ul>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
