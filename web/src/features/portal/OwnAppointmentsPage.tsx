/**
 * Mijn afspraken: the participant's upcoming appointments in plain words (B1): the day and the time
 * (Dutch time), what kind of appointment, where, with which organisation and about how long.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { Contact } from '../../lib/types';
import '../participants/participants.css';
import './portal.css';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { dayAndTimeOf } from '../participants/dates';
import { PortalLinks } from './PortalLinks';
import { ReadAloud } from './ReadAloud';
import { useOwnParticipant } from './useOwnParticipant';

function Appointment({ contact }: { contact: Contact }) {
  const { t, lang } = useI18n();
  const { day, time } = dayAndTimeOf(contact.occursAt, lang);
  const titleId = `appointment-${contact.id.slice(0, 8)}`;
  return (
    <li className="meedoen-card meedoen-portal-card meedoen-appointment">
      <Heading level={2} id={titleId} className="meedoen-appointment__when">
        {t('portal.appointments.when', { day, time })}
      </Heading>
      <ul className="meedoen-plain-list">
        <li>{t(`portal.appointments.kind.${contact.kind}` as MessageKey)}</li>
        {contact.location ? <li>{t('portal.appointments.where', { location: contact.location })}</li> : null}
        <li>{t('portal.appointments.with', { organisation: contact.organisationName })}</li>
        {contact.durationMinutes ? (
          <li>{t('portal.appointments.duration', { minutes: contact.durationMinutes })}</li>
        ) : null}
      </ul>
    </li>
  );
}

export function OwnAppointmentsPage() {
  const { t } = useI18n();
  usePageTitle(t('portal.appointments.title'));
  const { participant, missing, loadError } = useOwnParticipant();
  const { data, error } = useApiData<{ items: Contact[] }>(
    participant?.permissions.readContacts ? `/participants/${participant.id}/contacts?upcoming=true` : null,
  );
  const items = data ? [...data.items].sort((a, b) => a.occursAt.localeCompare(b.occursAt)) : [];
  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('portal.appointments.title')}</Heading>
      <ReadAloud />
      <Paragraph lead>{t('portal.appointments.intro')}</Paragraph>
      {loadError || error ? <Notice type="error">{loadError ?? error}</Notice> : null}
      {missing ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {!missing && !loadError && !error && (data === undefined || !participant) ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : null}
      {data && items.length === 0 ? <Paragraph>{t('portal.appointments.none')}</Paragraph> : null}
      {items.length > 0 ? (
        <ul className="meedoen-appointments">
          {items.map((c) => (
            <Appointment key={c.id} contact={c} />
          ))}
        </ul>
      ) : null}
      {data ? <Paragraph>{t('portal.appointments.cannotCome')}</Paragraph> : null}
      <PortalLinks current="appointments" />
    </div>
  );
}
