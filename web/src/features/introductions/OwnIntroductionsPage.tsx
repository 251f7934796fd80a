/**
 * Wie wil kennismaken (portal, B1): the employers who asked to meet the participant, with yes/no; who
 * saw their profile without a name; and how that profile looks to an employer (ADR 0019).
 */
import { Link as RouterLink } from 'react-router-dom';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import type { Participant } from '../../lib/types';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDayOf } from '../participants/dates';
import { PortalLinks } from '../portal/PortalLinks';
import { ReadAloud } from '../portal/ReadAloud';
import { ProfileCard } from '../employer-portal/ProfileCard';
import { IntroductionItem } from './IntroductionItem';
import type { ParticipantIntroductions } from './types';
import '../portal/portal.css';

function Introductions({ participant }: { participant: Participant }) {
  const { t, lang } = useI18n();
  const { data, error, reload } = useApiData<ParticipantIntroductions>(`/participants/${participant.id}/introductions`);
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (data === null) {
    return <Paragraph>{t('portal.noRecord')}</Paragraph>;
  }
  return (
    <>
      {data.items.length === 0 ? <Paragraph>{t('introductions.own.none')}</Paragraph> : null}
      {data.items.map((i) => (
        <IntroductionItem key={i.id} participantId={participant.id} introduction={i} onDecided={reload} />
      ))}
      <section aria-labelledby="views-title" className="meedoen-section">
        <Heading level={2} id="views-title">
          {t('introductions.views.title')}
        </Heading>
        {data.profileViews.length === 0 ? <Paragraph>{t('introductions.views.none')}</Paragraph> : null}
        <ul className="meedoen-plain-list" hidden={data.profileViews.length === 0}>
          {data.profileViews.map((v) => (
            <li key={v.organisationName}>
              {t('introductions.views.item', {
                organisation: v.organisationName,
                times: v.times,
                date: formatDayOf(v.lastSeenAt, lang),
              })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="preview-title" className="meedoen-section">
        <Heading level={2} id="preview-title">
          {t('introductions.preview.title')}
        </Heading>
        {data.profile ? (
          <ProfileCard profile={data.profile} headingLevel={3} title={t('introductions.preview.cardTitle')} />
        ) : (
          <Paragraph>{t('introductions.preview.notFindable')}</Paragraph>
        )}
        <Paragraph>
          <RouterLink to="/mijn-toestemmingen">{t('introductions.preview.consentLink')}</RouterLink>
        </Paragraph>
      </section>
    </>
  );
}

export function OwnIntroductionsPage() {
  const { t } = useI18n();
  usePageTitle(t('introductions.own.title'));
  const { data: participant, error } = useApiData<Participant>('/me/participant');
  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('introductions.own.title')}</Heading>
      <ReadAloud />
      <Paragraph lead>{t('introductions.own.intro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {participant === null ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {participant === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {participant ? <Introductions participant={participant} /> : null}
      <PortalLinks current="introductions" />
    </div>
  );
}
