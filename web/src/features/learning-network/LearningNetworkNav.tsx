/**
 * The parts of the learning network, as a small menu on each of its pages: events (public), learning
 * tracks and intervision (anyone logged in), quality checks (staff of an organisation whose checks they
 * may see). The current part is marked with aria-current.
 */
import { NavLink } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import type { Membership } from '../../lib/types';

/** Roles that see the quality checks of their own organisation (grants: qualityCheck.read). */
export const QUALITY_CHECK_ROLES = ['programmeManager', 'knowledgeEditor', 'jobCoach', 'consultant', 'employerAdviser'];

/** The organisations whose quality checks the user may see, once each, by name. */
export function qualityCheckOrganisations(memberships: Membership[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of memberships) {
    if (QUALITY_CHECK_ROLES.includes(m.role) && !seen.has(m.organisationId)) {
      seen.set(m.organisationId, m.organisationName);
    }
  }
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function LearningNetworkNav() {
  const { t } = useI18n();
  const { session } = useSession();
  if (session?.state !== 'active') {
    return null;
  }
  const links = [
    { to: '/leernetwerk', label: t('learningNetwork.nav.events'), end: true },
    { to: '/leernetwerk/leergangen', label: t('learningNetwork.nav.tracks'), end: false },
    { to: '/leernetwerk/intervisie', label: t('learningNetwork.nav.intervision'), end: false },
    ...(qualityCheckOrganisations(session.user.memberships).length > 0
      ? [{ to: '/leernetwerk/kwaliteit', label: t('learningNetwork.nav.quality'), end: false }]
      : []),
  ];
  return (
    <nav className="meedoen-ln-nav" aria-label={t('learningNetwork.nav.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
