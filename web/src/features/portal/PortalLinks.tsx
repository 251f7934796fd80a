/** The participant's own pages, as large links at the bottom of each portal page (B1, big touch targets). */
import { Link as RouterLink } from 'react-router-dom';
import { Heading } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';

export type PortalPage =
  | 'plan'
  | 'wishes'
  | 'capacity'
  | 'appointments'
  | 'learningRoute'
  | 'details'
  | 'download'
  | 'requests'
  | 'consents'
  | 'introductions'
  | 'log';

export const PORTAL_LINKS: { key: PortalPage; to: string; label: MessageKey; text: MessageKey }[] = [
  { key: 'plan', to: '/mijn-plan', label: 'portal.plan.title', text: 'portal.linkPlanText' },
  { key: 'wishes', to: '/wat-ik-wil', label: 'portal.wishes.title', text: 'portal.linkWishesText' },
  { key: 'capacity', to: '/wat-ik-kan', label: 'capacity.portal.title', text: 'capacity.portal.linkText' },
  {
    key: 'appointments',
    to: '/mijn-afspraken',
    label: 'portal.appointments.title',
    text: 'portal.linkAppointmentsText',
  },
  {
    key: 'learningRoute',
    to: '/mijn-leerroute',
    label: 'learningRoutes.portal.title',
    text: 'portal.linkLearningRouteText',
  },
  { key: 'details', to: '/mijn-gegevens', label: 'portal.detailsTitle', text: 'portal.linkDetailsText' },
  { key: 'consents', to: '/mijn-toestemmingen', label: 'portal.consentsTitle', text: 'portal.linkConsentsText' },
  // Candidate search and introductions (ADR 0019)
  {
    key: 'introductions',
    to: '/mijn-kennismakingen',
    label: 'introductions.own.title',
    text: 'introductions.own.linkText',
  },
  { key: 'download', to: '/mijn-gegevens/downloaden', label: 'portal.export.title', text: 'portal.linkDownloadText' },
  { key: 'requests', to: '/mijn-gegevens/verbeteren', label: 'dataRequest.title', text: 'portal.linkRequestsText' },
  { key: 'log', to: '/mijn-logboek', label: 'nav.ownLog', text: 'portal.linkLogText' },
];

export function PortalLinks({ current }: { current: PortalPage }) {
  const { t } = useI18n();
  return (
    <nav aria-labelledby="portal-links" className="meedoen-section">
      <Heading level={2} id="portal-links">
        {t('portal.moreTitle')}
      </Heading>
      <ul className="meedoen-portal-links">
        {PORTAL_LINKS.filter((l) => l.key !== current).map((l) => (
          <li key={l.key}>
            <RouterLink to={l.to} className="meedoen-portal-link">
              <span className="meedoen-portal-link__label">{t(l.label)}</span>
              <span className="meedoen-portal-link__text">{t(l.text)}</span>
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
