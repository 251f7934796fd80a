/**
 * Leernetwerk: the coming events of the learning networks (public, no login needed), filtered by kind;
 * per network a link to subscribe to its calendar; coordinators plan a new event from here.
 */
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { useSession } from '../../app/session';
import { Notice } from '../../components/Notice';
import { SelectField } from '../../components/Fields';
import { usePageTitle } from '../../components/usePageTitle';
import { EVENT_TYPES, type LearningEvent, type LearningNetwork } from './types';
import { eventWhen } from './when';
import { LearningNetworkNav } from './LearningNetworkNav';
import './learning-network.css';

export function EventSummary({ event }: { event: LearningEvent }) {
  const { t, lang } = useI18n();
  const mine = event.myRegistration;
  return (
    <li className="meedoen-card meedoen-event">
      <Heading level={3}>
        <RouterLink to={`/leernetwerk/activiteiten/${event.id}`}>{event.title}</RouterLink>
      </Heading>
      <ul className="meedoen-plain-list">
        <li>
          <strong>{t(`learningNetwork.type.${event.type}` as MessageKey)}</strong>
          {event.status === 'draft' ? ` · ${t('learningNetwork.status.draft')}` : ''}
          {event.status === 'cancelled' ? ` · ${t('learningNetwork.status.cancelled')}` : ''}
        </li>
        <li>{eventWhen(event.startsAt, event.endsAt, lang)}</li>
        <li>{event.location ?? t('learningNetwork.online')}</li>
        <li>
          {event.placesLeft > 0
            ? t('learningNetwork.placesLeft', { count: event.placesLeft })
            : t('learningNetwork.full', { count: event.waitlistCount })}
        </li>
        {mine && mine.status !== 'cancelled' ? (
          <li>
            {mine.status === 'registered'
              ? t('learningNetwork.youAreRegistered')
              : t('learningNetwork.youWait', { position: mine.waitingListPosition ?? '' })}
          </li>
        ) : null}
      </ul>
    </li>
  );
}

export function EventsPage() {
  const { t } = useI18n();
  usePageTitle(t('learningNetwork.title'));
  const [type, setType] = useState('');
  const events = useApiData<{ items: LearningEvent[]; total: number }>(
    `/learning-events?pageSize=100${type ? `&type=${type}` : ''}`,
  );
  const networks = useApiData<{ items: LearningNetwork[] }>('/learning-networks');
  const { session } = useSession();
  const mine = useApiData<{ items: LearningEvent[] }>(session?.state === 'active' ? '/learning-events/mine' : null);
  const error = events.error ?? networks.error;
  return (
    <div className="meedoen-learning-network">
      <LearningNetworkNav />
      <Heading level={1}>{t('learningNetwork.title')}</Heading>
      <Paragraph lead>{t('learningNetwork.intro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}

      {mine.data && mine.data.items.length > 0 ? (
        <section aria-labelledby="mine-heading">
          <Heading level={2} id="mine-heading">
            {t('learningNetwork.mine')}
          </Heading>
          <ul className="meedoen-events">
            {mine.data.items.map((e) => (
              <EventSummary key={e.id} event={e} />
            ))}
          </ul>
        </section>
      ) : null}

      {networks.data?.items.map((n) => (
        <section key={n.id} className="meedoen-card" aria-labelledby={`network-${n.id}`}>
          <Heading level={2} id={`network-${n.id}`}>
            {n.name}
          </Heading>
          {n.description ? <Paragraph>{n.description}</Paragraph> : null}
          <ul className="meedoen-plain-list">
            <li>{t('learningNetwork.network.by', { organisation: n.organisationName })}</li>
            {n.coordinators.length > 0 ? (
              <li>{t('learningNetwork.network.coordinators', { names: n.coordinators.join(', ') })}</li>
            ) : null}
            <li>
              <a href={`/api/v1/learning-networks/${n.id}/calendar.ics`}>{t('learningNetwork.network.subscribe')}</a>
            </li>
            {n.membership?.coordinator ? (
              <li>
                <RouterLink to={`/leernetwerk/netwerken/${n.id}/nieuwe-activiteit`}>
                  {t('learningNetwork.newEvent')}
                </RouterLink>
              </li>
            ) : null}
          </ul>
        </section>
      ))}

      <Heading level={2}>{t('learningNetwork.upcoming')}</Heading>
      <SelectField
        id="event-type"
        label={t('learningNetwork.filter.type')}
        value={type}
        onChange={setType}
        options={[
          { value: '', label: t('learningNetwork.filter.all') },
          ...EVENT_TYPES.map((k) => ({ value: k, label: t(`learningNetwork.type.${k}` as MessageKey) })),
        ]}
      />
      {events.data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {events.data && events.data.items.length === 0 ? <Paragraph>{t('learningNetwork.none')}</Paragraph> : null}
      {events.data && events.data.items.length > 0 ? (
        <ul className="meedoen-events" aria-live="polite">
          {events.data.items.map((e) => (
            <EventSummary key={e.id} event={e} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
