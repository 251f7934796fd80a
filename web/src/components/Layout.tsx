/**
 * Page frame: skip link (WCAG 2.4.1), header/nav/main/footer landmarks (1.3.1), language switch
 * (3.1.1 via <html lang>), focus moved to the page heading after navigation (2.4.3).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link as RouterLink, NavLink, useLocation } from 'react-router-dom';
import { Button, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { useSession } from '../app/session';
import { api } from '../lib/api';

/** The participant's own pages in the main menu (the portal); the rest is linked from those pages. */
const PORTAL_NAV: { to: string; label: MessageKey }[] = [
  { to: '/mijn-plan', label: 'nav.ownPlan' },
  { to: '/wat-ik-wil', label: 'nav.ownWishes' },
  { to: '/wat-ik-kan', label: 'capacity.portal.title' },
  { to: '/mijn-afspraken', label: 'nav.ownAppointments' },
  { to: '/mijn-leerroute', label: 'learningRoutes.portal.title' },
  { to: '/mijn-gegevens', label: 'nav.ownDetails' },
];

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { session, logout, hasRole } = useSession();
  const location = useLocation();
  // The path whose heading last got focus: focus moves only when the path really changes (not on the
  // first load, and not when React runs the effect twice in development).
  const focusedPath = useRef(location.pathname);
  const active = session?.state === 'active' ? session : null;

  useEffect(() => {
    if (focusedPath.current === location.pathname) {
      return;
    }
    focusedPath.current = location.pathname;
    // Pages that load data show their h1 a moment later, so look for it for up to 3 seconds.
    let tries = 0;
    let timer: number | undefined;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      } else if (tries++ < 30) {
        timer = window.setTimeout(focusHeading, 100);
      }
    };
    focusHeading();
    return () => window.clearTimeout(timer);
  }, [location.pathname]);

  const switchLanguage = () => {
    const next = lang === 'nl' ? 'en' : 'nl';
    setLang(next);
    if (active) {
      void api('PATCH', '/me', { language: next }).catch(() => undefined);
    }
  };

  return (
    <div className="meedoen-page">
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <PageHeader className="meedoen-header">
        <div className="meedoen-header__inner">
          <RouterLink to="/" className="meedoen-brand">
            <span className="meedoen-brand__name">{t('app.name')}</span>
            <span className="meedoen-brand__tagline">{t('app.tagline')}</span>
          </RouterLink>
          <div className="meedoen-header__tools">
            <Button
              appearance="subtle-button"
              lang={lang === 'nl' ? 'en' : 'nl'}
              aria-label={t('app.languageSwitchLabel')}
              onClick={switchLanguage}
            >
              {t('app.languageSwitch')}
            </Button>
            {active ? (
              <>
                <span className="meedoen-header__user">{t('nav.loggedInAs', { name: active.user.name })}</span>
                <Button appearance="secondary-action-button" onClick={() => void logout()}>
                  {t('nav.logout')}
                </Button>
              </>
            ) : null}
          </div>
        </div>
        {active ? (
          <nav aria-label={t('nav.label')} className="meedoen-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              {hasRole('jobCoach') || hasRole('consultant') ? (
                <li>
                  <NavLink to="/deelnemers">{t('nav.caseload')}</NavLink>
                </li>
              ) : null}
              {hasRole('participant')
                ? PORTAL_NAV.map((l) => (
                    <li key={l.to}>
                      <NavLink to={l.to}>{t(l.label)}</NavLink>
                    </li>
                  ))
                : null}
              {hasRole('employerAdviser') || hasRole('jobCoach') ? (
                <li>
                  <NavLink to="/werkgevers">{t('employers.title')}</NavLink>
                </li>
              ) : null}
              {hasRole('programmeManager') || hasRole('evaluator') || hasRole('jobCoach') || hasRole('consultant') ? (
                <li>
                  <NavLink to="/leerroutes">{t('learningRoutes.title')}</NavLink>
                </li>
              ) : null}
              {hasRole('employer') ? (
                <li>
                  <NavLink to="/werkplek-leerlingen">{t('learningRoutes.workplace.title')}</NavLink>
                </li>
              ) : null}
              {/* Candidate search and introductions (ADR 0019) */}
              {hasRole('employer') || hasRole('employerAdviser') ? (
                <>
                  <li>
                    <NavLink to="/kandidaten">{t('employerPortal.nav.search')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/kennismakingen">{t('employerPortal.nav.intros')}</NavLink>
                  </li>
                </>
              ) : null}
              {/* Employer support requests */}
              {hasRole('employer') ? (
                <li>
                  <NavLink to="/hulp-vragen">{t('supportRequests.nav.employer')}</NavLink>
                </li>
              ) : null}
              {hasRole('employerAdviser') ? (
                <li>
                  <NavLink to="/hulpvragen-werkgevers">{t('supportRequests.nav.adviser')}</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/leernetwerk">{t('learningNetwork.title')}</NavLink>
              </li>
              {hasRole('programmeManager') || hasRole('evaluator') ? (
                <li>
                  <NavLink to="/monitoring">{t('monitoring.nav.main')}</NavLink>
                </li>
              ) : null}
              {hasRole('knowledgeEditor') || hasRole('programmeManager') || hasRole('evaluator') ? (
                <li>
                  <NavLink to="/redactie">{t('knowledge.nav.editorial')}</NavLink>
                </li>
              ) : null}
              <li>
                {/* Served by the server (public pages), not by this app: a full page load. */}
                <a href="/kennisbank">{t('knowledge.nav.public')}</a>
              </li>
              <li>
                <NavLink to="/profiel">{t('nav.profile')}</NavLink>
              </li>
              <li>
                <NavLink to="/mijn-logboek">{t('nav.ownLog')}</NavLink>
              </li>
              {hasRole('administrator') ? (
                <li>
                  <NavLink to="/beheer">{t('nav.admin')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </PageHeader>
      <main id="main" tabIndex={-1} className="meedoen-main">
        <PageContent>{children}</PageContent>
      </main>
      <PageFooter className="meedoen-footer">
        <Paragraph small>{t('app.footer')}</Paragraph>
      </PageFooter>
    </div>
  );
}
