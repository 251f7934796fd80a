/**
 * The monitoring screens under `/monitoring` (issue 5), one lazily loaded module: programmes and their goals,
 * the indicator dashboard (`/cijfers`), the effect evaluation (`/effecten`), research studies with their pseudonymised files (`/onderzoek`, evaluators) and IPS fidelity reviews (`/modelgetrouwheid`). Programme managers
 * and evaluators use all of it; job coaches read their own team's fidelity reviews. Others get "not found".
 */
import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../components/NotFound';
import { useMonitoringAccess } from './common';
import { ApproachesPage } from './ApproachesPage';
import { DashboardPage } from './DashboardPage';
import { EffectEvaluationPage } from './EffectEvaluationPage';
import { FidelityReviewPage } from './FidelityReviewPage';
import { FidelityReviewsPage } from './FidelityReviewsPage';
import { NewFidelityReviewPage } from './NewFidelityReviewPage';
import { ProgrammePage } from './ProgrammePage';
import { ProcessEvaluationPage } from './ProcessEvaluationPage';
import { ProgrammesPage } from './ProgrammesPage';
import { ResearchStudiesPage } from './ResearchStudiesPage';
import { ResearchStudyPage } from './ResearchStudyPage';
import '../participants/participants.css';
import './monitoring.css';

export function MonitoringRoutes() {
  const access = useMonitoringAccess();
  if (!access.fidelity) {
    return <NotFound />;
  }
  return (
    <div className="meedoen-monitoring">
      <Routes>
        {access.monitoring ? (
          <>
            <Route index element={<ProgrammesPage />} />
            <Route path="programmas/:id" element={<ProgrammePage />} />
            <Route path="initiatieven/:id/procesevaluatie" element={<ProcessEvaluationPage />} />
            <Route path="cijfers" element={<DashboardPage />} />
            <Route path="effecten" element={<EffectEvaluationPage />} />
            <Route path="aanpakken" element={<ApproachesPage />} />
            {access.evaluator ? (
              <>
                <Route path="onderzoek" element={<ResearchStudiesPage />} />
                <Route path="onderzoek/:id" element={<ResearchStudyPage />} />
              </>
            ) : null}
          </>
        ) : null}
        <Route path="modelgetrouwheid" element={<FidelityReviewsPage />} />
        <Route path="modelgetrouwheid/nieuw" element={<NewFidelityReviewPage />} />
        <Route path="modelgetrouwheid/:id" element={<FidelityReviewPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}
