import { Link as RouterLink } from 'react-router-dom';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../components/usePageTitle';
import type { Role } from '../../lib/types';
import { ADMIN_LINKS } from '../admin/AdminHomePage';
import { PORTAL_LINKS } from '../portal/PortalLinks';
import { WeekSignal } from '../employers/WeekSignal';

/** The screens of each role that works with participants, as links on its card. */
const ROLE_LINKS: Partial<Record<Role, { to: string; label: MessageKey; text: MessageKey }[]>> = {
  jobCoach: [
    { to: '/deelnemers', label: 'caseload.title', text: 'home.caseloadText' },
    { to: '/deelnemers/nieuw', label: 'caseload.register', text: 'home.registerText' },
    { to: '/leerroutes', label: 'learningRoutes.title', text: 'home.learningRoutesCoachText' },
    { to: '/werkgevers', label: 'employers.title', text: 'employers.home.coachText' },
  ],
  // Employer services (issue 4)
  employerAdviser: [
    { to: '/werkgevers', label: 'employers.title', text: 'employers.home.adviserText' },
    // Candidate search and introductions (ADR 0019)
    { to: '/kandidaten', label: 'employerPortal.nav.search', text: 'employerPortal.home.searchText' },
    { to: '/kennismakingen', label: 'employerPortal.nav.intros', text: 'employerPortal.home.adviserIntrosText' },
    // Employer support requests
    { to: '/hulpvragen-werkgevers', label: 'supportRequests.nav.adviser', text: 'supportRequests.home.adviserText' },
  ],
  consultant: [
    { to: '/deelnemers', label: 'caseload.title', text: 'home.caseloadText' },
    { to: '/deelnemers/nieuw', label: 'caseload.register', text: 'home.registerText' },
    { to: '/leerroutes', label: 'learningRoutes.title', text: 'home.learningRoutesCoachText' },
  ],
  employer: [
    { to: '/werkplek-leerlingen', label: 'learningRoutes.workplace.title', text: 'home.workplaceLearnersText' },
    { to: '/werkgevers', label: 'employers.home.employerLink', text: 'employers.home.employerText' },
    // Candidate search and introductions (ADR 0019)
    { to: '/kandidaten', label: 'employerPortal.nav.search', text: 'employerPortal.home.searchText' },
    { to: '/kennismakingen', label: 'employerPortal.nav.intros', text: 'employerPortal.home.introsText' },
    // Employer support requests
    { to: '/hulp-vragen', label: 'supportRequests.nav.employer', text: 'supportRequests.home.employerText' },
  ],
  participant: PORTAL_LINKS.filter((l) => l.key !== 'log'),
  knowledgeEditor: [
    { to: '/redactie', label: 'knowledge.nav.editorial', text: 'knowledge.home.editorialTextEditor' },
    { to: '/leernetwerk', label: 'learningNetwork.title', text: 'home.learningNetworkCoordinatorText' },
  ],
  programmeManager: [
    { to: '/monitoring', label: 'monitoring.programmes.title', text: 'monitoring.home.programmesText' },
    { to: '/monitoring/cijfers', label: 'monitoring.dashboard.title', text: 'monitoring.home.dashboardText' },
    { to: '/leerroutes', label: 'learningRoutes.title', text: 'home.learningRoutesText' },
    { to: '/leernetwerk', label: 'learningNetwork.title', text: 'home.learningNetworkCoordinatorText' },
    { to: '/redactie', label: 'knowledge.nav.editorial', text: 'knowledge.home.editorialText' },
  ],
  evaluator: [
    { to: '/monitoring/cijfers', label: 'monitoring.dashboard.title', text: 'monitoring.home.dashboardText' },
    { to: '/monitoring/modelgetrouwheid', label: 'monitoring.fidelity.title', text: 'monitoring.home.fidelityText' },
    { to: '/leerroutes', label: 'learningRoutes.title', text: 'home.learningRoutesText' },
    { to: '/redactie', label: 'knowledge.nav.editorial', text: 'knowledge.home.editorialText' },
  ],
};

export function HomePage() {
  const { t } = useI18n();
  const { session } = useSession();
  usePageTitle(t('nav.home'));
  if (!session) {
    return null;
  }
  const { user } = session;
  const roles = [...new Set(user.memberships.map((m) => m.role))] as Role[];
  return (
    <>
      <Heading level={1}>{t('home.title', { name: user.name })}</Heading>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      {user.memberships.length === 0 ? <Paragraph>{t('home.noRoles')}</Paragraph> : null}
      <div className="meedoen-cards">
        {roles.map((role) => (
          <section key={role} className="meedoen-card" aria-labelledby={`role-${role}`}>
            <Heading level={2} id={`role-${role}`}>
              {t(`role.${role}` as MessageKey)}
            </Heading>
            <Paragraph small>
              {user.memberships
                .filter((m) => m.role === role)
                .map((m) => m.organisationName)
                .join(', ')}
            </Paragraph>
            <Paragraph>{t(`home.role.${role}` as MessageKey)}</Paragraph>
            {ROLE_LINKS[role] ? (
              <ul className="meedoen-link-list">
                {ROLE_LINKS[role].map((l) => (
                  <li key={l.to}>
                    <RouterLink to={l.to} className="utrecht-link">
                      {t(l.label)}
                    </RouterLink>
                    <Paragraph small>{t(l.text)}</Paragraph>
                  </li>
                ))}
              </ul>
            ) : null}
            {role === 'administrator' ? (
              <ul className="meedoen-link-list">
                {ADMIN_LINKS.map((l) => (
                  <li key={l.to}>
                    <RouterLink to={l.to} className="utrecht-link">
                      {t(l.label)}
                    </RouterLink>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
        {/* Employer services (issue 4): the IPS week signal for those who visit employers. */}
        {roles.includes('jobCoach') || roles.includes('employerAdviser') ? <WeekSignal /> : null}
        <section className="meedoen-card" aria-labelledby="home-knowledge">
          <Heading level={2} id="home-knowledge">
            {t('knowledge.home.title')}
          </Heading>
          <ul className="meedoen-link-list">
            <li>
              {/* The public knowledge base is served by the server, not by this app: a full page load. */}
              <a href="/kennisbank" className="utrecht-link">
                {t('knowledge.home.publicLink')}
              </a>
              <Paragraph small>{t('knowledge.home.publicText')}</Paragraph>
            </li>
          </ul>
        </section>
        <section className="meedoen-card" aria-labelledby="home-account">
          <Heading level={2} id="home-account">
            {t('home.yourAccount')}
          </Heading>
          <ul className="meedoen-link-list">
            <li>
              <RouterLink to="/profiel" className="utrecht-link">
                {t('nav.profile')}
              </RouterLink>
              <Paragraph small>{t('home.accountText')}</Paragraph>
            </li>
            <li>
              <RouterLink to="/mijn-logboek" className="utrecht-link">
                {t('nav.ownLog')}
              </RouterLink>
              <Paragraph small>{t('home.ownLogText')}</Paragraph>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
