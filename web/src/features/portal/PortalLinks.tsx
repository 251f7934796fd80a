/** The participant's own pages, as large links at the bottom of each portal page (B1, big touch targets). */
import { Link as RouterLink } from 'react-router-dom';
import { Heading } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';

const LINKS: { key: 'details' | 'consents' | 'log'; to: string; label: MessageKey; text: MessageKey }[] = [
  { key: 'details', to: '/mijn-gegevens', label: 'portal.detailsTitle', text: 'portal.linkDetailsText' },
  { key: 'consents', to: '/mijn-toestemmingen', label: 'portal.consentsTitle', text: 'portal.linkConsentsText' },
  { key: 'log', to: '/mijn-logboek', label: 'nav.ownLog', text: 'portal.linkLogText' },
];

export function PortalLinks({ current }: { current: 'details' | 'consents' }) {
  const { t } = useI18n();
  return (
    <nav aria-labelledby="portal-links" className="meedoen-section">
      <Heading level={2} id="portal-links">
        {t('portal.moreTitle')}
      </Heading>
      <ul className="meedoen-portal-links">
        {LINKS.filter((l) => l.key !== current).map((l) => (
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
