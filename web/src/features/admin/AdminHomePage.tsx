import { Link as RouterLink } from 'react-router-dom';
import { Heading } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { usePageTitle } from '../../components/usePageTitle';

export const ADMIN_LINKS: { to: string; label: MessageKey }[] = [
  { to: '/beheer/organisaties', label: 'admin.organisations' },
  { to: '/beheer/gebruikers', label: 'admin.users' },
  { to: '/beheer/gebruikers/uitnodigen', label: 'admin.invite' },
  { to: '/beheer/sleutels', label: 'admin.apiTokens' },
  { to: '/beheer/rechten', label: 'admin.access' },
  { to: '/beheer/verzoeken', label: 'admin.dataRequests' },
  { to: '/beheer/logboek', label: 'admin.auditLog' },
  { to: '/beheer/e-mails', label: 'admin.devMail' },
];

export function AdminHomePage() {
  const { t } = useI18n();
  usePageTitle(t('admin.title'));
  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      <ul className="meedoen-link-list">
        {ADMIN_LINKS.map((l) => (
          <li key={l.to}>
            <RouterLink to={l.to} className="utrecht-link">
              {t(l.label)}
            </RouterLink>
          </li>
        ))}
      </ul>
    </>
  );
}
