import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Paragraph } from '@utrecht/component-library-react';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { SessionProvider, useSession } from './session';
import { Layout } from '../components/Layout';
import { NotFound } from '../components/NotFound';
import { LoginPage, nextPathFor } from '../features/auth/LoginPage';
import { SecondFactorPage } from '../features/auth/SecondFactorPage';
import { SecondFactorSetupPage } from '../features/auth/SecondFactorSetupPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { TokenPasswordPage } from '../features/auth/TokenPasswordPage';
import { HomePage } from '../features/home/HomePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { OwnAuditPage } from '../features/profile/OwnAuditPage';
import { AdminHomePage } from '../features/admin/AdminHomePage';

// Administration pages are loaded on demand: most people never see them, so they stay out of the
// first download (faster first page on slow connections).
const OrganisationsPage = lazy(() =>
  import('../features/admin/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })),
);
const OrganisationDetailPage = lazy(() =>
  import('../features/admin/OrganisationDetailPage').then((m) => ({ default: m.OrganisationDetailPage })),
);
const UsersPage = lazy(() => import('../features/admin/UsersPage').then((m) => ({ default: m.UsersPage })));
const UserDetailPage = lazy(() =>
  import('../features/admin/UserDetailPage').then((m) => ({ default: m.UserDetailPage })),
);
const InvitePage = lazy(() => import('../features/admin/InvitePage').then((m) => ({ default: m.InvitePage })));
const ApiTokensPage = lazy(() => import('../features/admin/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })));
const AccessPage = lazy(() => import('../features/admin/AccessPage').then((m) => ({ default: m.AccessPage })));
const AuditLogPage = lazy(() => import('../features/admin/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const DevMailPage = lazy(() => import('../features/admin/DevMailPage').then((m) => ({ default: m.DevMailPage })));
// The caseload and the participant portal are loaded on demand too: each is for one kind of user.
const CaseloadPage = lazy(() =>
  import('../features/participants/CaseloadPage').then((m) => ({ default: m.CaseloadPage })),
);
const RegisterParticipantPage = lazy(() =>
  import('../features/participants/RegisterParticipantPage').then((m) => ({ default: m.RegisterParticipantPage })),
);
const ParticipantPage = lazy(() =>
  import('../features/participants/ParticipantPage').then((m) => ({ default: m.ParticipantPage })),
);
const ImportRoutes = lazy(() => import('../features/imports/ImportRoutes').then((m) => ({ default: m.ImportRoutes })));
// The knowledge editorial screens (knowledge editors and contributors), on demand too.
const KnowledgeRoutes = lazy(() =>
  import('../features/knowledge/KnowledgeRoutes').then((m) => ({ default: m.KnowledgeRoutes })),
);
const OwnParticipantPage = lazy(() =>
  import('../features/portal/OwnParticipantPage').then((m) => ({ default: m.OwnParticipantPage })),
);
const OwnConsentsPage = lazy(() =>
  import('../features/portal/OwnConsentsPage').then((m) => ({ default: m.OwnConsentsPage })),
);
const OwnPlanPage = lazy(() => import('../features/portal/OwnPlanPage').then((m) => ({ default: m.OwnPlanPage })));
const OwnWishesPage = lazy(() =>
  import('../features/portal/OwnWishesPage').then((m) => ({ default: m.OwnWishesPage })),
);
const OwnCapacityPage = lazy(() =>
  import('../features/capacity/OwnCapacityPage').then((m) => ({ default: m.OwnCapacityPage })),
);
const OwnAppointmentsPage = lazy(() =>
  import('../features/portal/OwnAppointmentsPage').then((m) => ({ default: m.OwnAppointmentsPage })),
);
const DownloadPage = lazy(() => import('../features/portal/DownloadPage').then((m) => ({ default: m.DownloadPage })));
const OwnDataRequestsPage = lazy(() =>
  import('../features/data-requests/OwnDataRequestsPage').then((m) => ({ default: m.OwnDataRequestsPage })),
);
// Learning routes: coordinator pages, the portal page and the employer's view, on demand.
const LearningRoutesPage = lazy(() =>
  import('../features/learning-routes/LearningRoutesPage').then((m) => ({ default: m.LearningRoutesPage })),
);
const LearningRoutePage = lazy(() =>
  import('../features/learning-routes/LearningRoutePage').then((m) => ({ default: m.LearningRoutePage })),
);
const InflowRetentionPage = lazy(() =>
  import('../features/learning-routes/InflowRetentionPage').then((m) => ({ default: m.InflowRetentionPage })),
);
const EditRoutePage = lazy(() =>
  import('../features/learning-routes/EditRoutePage').then((m) => ({ default: m.EditRoutePage })),
);
const OwnLearningRoutePage = lazy(() =>
  import('../features/learning-routes/OwnLearningRoutePage').then((m) => ({ default: m.OwnLearningRoutePage })),
);
const WorkplaceLearnersPage = lazy(() =>
  import('../features/learning-routes/WorkplaceLearnersPage').then((m) => ({ default: m.WorkplaceLearnersPage })),
);
// The learning network: the event pages are public (no login needed to read them).
const EventsPage = lazy(() =>
  import('../features/learning-network/EventsPage').then((m) => ({ default: m.EventsPage })),
);
const EventPage = lazy(() => import('../features/learning-network/EventPage').then((m) => ({ default: m.EventPage })));
const NewEventPage = lazy(() =>
  import('../features/learning-network/NewEventPage').then((m) => ({ default: m.NewEventPage })),
);
const LearningNetworkRoutes = lazy(() =>
  import('../features/learning-network/LearningNetworkRoutes').then((m) => ({ default: m.LearningNetworkRoutes })),
);
// Monitoring (programmes, indicators, IPS fidelity): programme managers and evaluators, on demand.
const MonitoringRoutes = lazy(() =>
  import('../features/monitoring/MonitoringRoutes').then((m) => ({ default: m.MonitoringRoutes })),
);
// Employer services (issue 4): employers, vacancies, job carving and matching results, on demand.
const EmployersRoutes = lazy(() =>
  import('../features/employers/EmployersRoutes').then((m) => ({ default: m.EmployersRoutes })),
);
/** Employer advisers, job coaches and employers (their own record only); others get "not found". */
function RequireEmployerServices({ children }: { children: ReactNode }) {
  const { hasRole } = useSession();
  if (!hasRole('employerAdviser') && !hasRole('jobCoach') && !hasRole('employer')) {
    return <NotFound />;
  }
  return <>{children}</>;
}
// Anonymised candidate search and introductions (ADR 0019): employer portal and the participant's page.
const CandidateSearchPage = lazy(() =>
  import('../features/employer-portal/CandidateSearchPage').then((m) => ({ default: m.CandidateSearchPage })),
);
const EmployerIntroductionsPage = lazy(() =>
  import('../features/employer-portal/EmployerIntroductionsPage').then((m) => ({
    default: m.EmployerIntroductionsPage,
  })),
);
const OwnIntroductionsPage = lazy(() =>
  import('../features/introductions/OwnIntroductionsPage').then((m) => ({ default: m.OwnIntroductionsPage })),
);
/** Employers and employer advisers; others get "not found". */
function RequireCandidateSearch({ children }: { children: ReactNode }) {
  const { hasRole } = useSession();
  if (!hasRole('employer') && !hasRole('employerAdviser')) {
    return <NotFound />;
  }
  return <>{children}</>;
}
// Employer support requests: the employer's "Hulp vragen" and the advisers' inbox, on demand.
const OwnSupportRequestsPage = lazy(() =>
  import('../features/employer-support-requests/OwnSupportRequestsPage').then((m) => ({
    default: m.OwnSupportRequestsPage,
  })),
);
const SupportInboxPage = lazy(() =>
  import('../features/employer-support-requests/SupportInboxPage').then((m) => ({ default: m.SupportInboxPage })),
);
const SupportRequestPage = lazy(() =>
  import('../features/employer-support-requests/SupportRequestPage').then((m) => ({ default: m.SupportRequestPage })),
);
const DataRequestsAdminPage = lazy(() =>
  import('../features/data-requests/DataRequestsAdminPage').then((m) => ({ default: m.DataRequestsAdminPage })),
);

/** Only for people who completed login; others go to the login page (or the pending second step). */
function RequireSession({ children, requiredRole }: { children: ReactNode; requiredRole?: string }) {
  const { session, loading, hasRole } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (loading) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (!session) {
    return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  }
  if (session.state !== 'active') {
    return <Navigate to={nextPathFor(session)} replace />;
  }
  if (requiredRole && !hasRole(requiredRole)) {
    return <NotFound />;
  }
  return <>{children}</>;
}

/** For the pending second step only. */
function RequirePartial({ children, state }: { children: ReactNode; state: 'secondFactor' | 'secondFactorSetup' }) {
  const { session, loading } = useSession();
  if (loading) {
    return null;
  }
  if (!session) {
    return <Navigate to="/inloggen" replace />;
  }
  if (session.state !== state) {
    return <Navigate to={nextPathFor(session)} replace />;
  }
  return <>{children}</>;
}

function GuestOnly({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  if (loading) {
    return null;
  }
  if (session) {
    return <Navigate to={nextPathFor(session)} replace />;
  }
  return <>{children}</>;
}

function Loading() {
  const { t } = useI18n();
  return <Paragraph>{t('app.loading')}</Paragraph>;
}

/** For job coaches and consultants: the roles that work with participants (others get "not found"). */
function RequireProfessional({ children }: { children: ReactNode }) {
  const { hasRole } = useSession();
  if (!hasRole('jobCoach') && !hasRole('consultant')) {
    return <NotFound />;
  }
  return <>{children}</>;
}

const professional = (page: ReactNode) => (
  <RequireSession>
    <RequireProfessional>
      <Suspense fallback={<Loading />}>{page}</Suspense>
    </RequireProfessional>
  </RequireSession>
);

const participant = (page: ReactNode) => (
  <RequireSession requiredRole="participant">
    <Suspense fallback={<Loading />}>{page}</Suspense>
  </RequireSession>
);

const admin = (page: ReactNode) => (
  <RequireSession requiredRole="administrator">
    <Suspense fallback={<Loading />}>{page}</Suspense>
  </RequireSession>
);

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Layout>
            <Routes>
              <Route
                path="/inloggen"
                element={
                  <GuestOnly>
                    <LoginPage />
                  </GuestOnly>
                }
              />
              <Route
                path="/inloggen/tweede-stap"
                element={
                  <RequirePartial state="secondFactor">
                    <SecondFactorPage />
                  </RequirePartial>
                }
              />
              <Route
                path="/tweede-stap-instellen"
                element={
                  <RequirePartial state="secondFactorSetup">
                    <SecondFactorSetupPage />
                  </RequirePartial>
                }
              />
              <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
              <Route path="/wachtwoord-herstellen" element={<TokenPasswordPage mode="reset" />} />
              <Route path="/uitnodiging" element={<TokenPasswordPage mode="invite" />} />
              <Route
                path="/"
                element={
                  <RequireSession>
                    <HomePage />
                  </RequireSession>
                }
              />
              <Route
                path="/profiel"
                element={
                  <RequireSession>
                    <ProfilePage />
                  </RequireSession>
                }
              />
              <Route
                path="/mijn-logboek"
                element={
                  <RequireSession>
                    <OwnAuditPage />
                  </RequireSession>
                }
              />
              <Route path="/deelnemers" element={professional(<CaseloadPage />)} />
              <Route path="/deelnemers/nieuw" element={professional(<RegisterParticipantPage />)} />
              <Route path="/deelnemers/importeren/*" element={professional(<ImportRoutes />)} />
              <Route path="/deelnemers/:id" element={professional(<ParticipantPage />)} />
              <Route path="/mijn-gegevens" element={participant(<OwnParticipantPage />)} />
              <Route path="/mijn-toestemmingen" element={participant(<OwnConsentsPage />)} />
              <Route path="/mijn-plan" element={participant(<OwnPlanPage />)} />
              <Route path="/wat-ik-wil" element={participant(<OwnWishesPage />)} />
              <Route path="/wat-ik-kan" element={participant(<OwnCapacityPage />)} />
              <Route path="/mijn-afspraken" element={participant(<OwnAppointmentsPage />)} />
              <Route path="/mijn-leerroute" element={participant(<OwnLearningRoutePage />)} />
              <Route
                path="/leernetwerk"
                element={
                  <Suspense fallback={<Loading />}>
                    <EventsPage />
                  </Suspense>
                }
              />
              <Route
                path="/leernetwerk/activiteiten/:id"
                element={
                  <Suspense fallback={<Loading />}>
                    <EventPage />
                  </Suspense>
                }
              />
              <Route
                path="/leernetwerk/netwerken/:networkId/nieuwe-activiteit"
                element={
                  <RequireSession>
                    <Suspense fallback={<Loading />}>
                      <NewEventPage />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/leernetwerk/*"
                element={
                  <RequireSession>
                    <Suspense fallback={<Loading />}>
                      <LearningNetworkRoutes />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/leerroutes"
                element={
                  <RequireSession>
                    <Suspense fallback={<Loading />}>
                      <LearningRoutesPage />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/leerroutes/:id"
                element={
                  <RequireSession>
                    <Suspense fallback={<Loading />}>
                      <LearningRoutePage />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/leerroutes/:id/instroom-en-behoud"
                element={
                  <RequireSession>
                    <Suspense fallback={<Loading />}>
                      <InflowRetentionPage />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/leerroutes/:id/wijzigen"
                element={
                  <RequireSession requiredRole="programmeManager">
                    <Suspense fallback={<Loading />}>
                      <EditRoutePage />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/werkplek-leerlingen"
                element={
                  <RequireSession requiredRole="employer">
                    <Suspense fallback={<Loading />}>
                      <WorkplaceLearnersPage />
                    </Suspense>
                  </RequireSession>
                }
              />
              {/* Candidate search and introductions (ADR 0019) */}
              <Route path="/mijn-kennismakingen" element={participant(<OwnIntroductionsPage />)} />
              <Route
                path="/kandidaten"
                element={
                  <RequireSession>
                    <RequireCandidateSearch>
                      <Suspense fallback={<Loading />}>
                        <CandidateSearchPage />
                      </Suspense>
                    </RequireCandidateSearch>
                  </RequireSession>
                }
              />
              <Route
                path="/kennismakingen"
                element={
                  <RequireSession>
                    <RequireCandidateSearch>
                      <Suspense fallback={<Loading />}>
                        <EmployerIntroductionsPage />
                      </Suspense>
                    </RequireCandidateSearch>
                  </RequireSession>
                }
              />
              {/* Employer support requests */}
              <Route
                path="/hulp-vragen"
                element={
                  <RequireSession requiredRole="employer">
                    <Suspense fallback={<Loading />}>
                      <OwnSupportRequestsPage />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/hulp-vragen/:id"
                element={
                  <RequireSession requiredRole="employer">
                    <Suspense fallback={<Loading />}>
                      <SupportRequestPage side="employer" />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/hulpvragen-werkgevers"
                element={
                  <RequireSession requiredRole="employerAdviser">
                    <Suspense fallback={<Loading />}>
                      <SupportInboxPage />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/hulpvragen-werkgevers/:id"
                element={
                  <RequireSession requiredRole="employerAdviser">
                    <Suspense fallback={<Loading />}>
                      <SupportRequestPage side="adviser" />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route path="/mijn-gegevens/downloaden" element={participant(<DownloadPage />)} />
              <Route path="/mijn-gegevens/verbeteren" element={participant(<OwnDataRequestsPage />)} />
              <Route path="/beheer" element={admin(<AdminHomePage />)} />
              <Route path="/beheer/organisaties" element={admin(<OrganisationsPage />)} />
              <Route path="/beheer/organisaties/:id" element={admin(<OrganisationDetailPage />)} />
              <Route path="/beheer/gebruikers" element={admin(<UsersPage />)} />
              <Route path="/beheer/gebruikers/uitnodigen" element={admin(<InvitePage />)} />
              <Route path="/beheer/gebruikers/:id" element={admin(<UserDetailPage />)} />
              <Route path="/beheer/sleutels" element={admin(<ApiTokensPage />)} />
              <Route path="/beheer/rechten" element={admin(<AccessPage />)} />
              <Route path="/beheer/logboek" element={admin(<AuditLogPage />)} />
              <Route path="/beheer/e-mails" element={admin(<DevMailPage />)} />
              <Route path="/beheer/verzoeken" element={admin(<DataRequestsAdminPage />)} />
              {/* Employer services (issue 4) */}
              <Route
                path="/werkgevers/*"
                element={
                  <RequireSession>
                    <RequireEmployerServices>
                      <Suspense fallback={<Loading />}>
                        <EmployersRoutes />
                      </Suspense>
                    </RequireEmployerServices>
                  </RequireSession>
                }
              />
              <Route
                path="/monitoring/*"
                element={
                  <RequireSession>
                    <Suspense fallback={<Loading />}>
                      <MonitoringRoutes />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route
                path="/redactie/*"
                element={
                  <RequireSession>
                    <Suspense fallback={<Loading />}>
                      <KnowledgeRoutes />
                    </Suspense>
                  </RequireSession>
                }
              />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Layout>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
