/** The employer screens under /werkgevers, loaded on demand (employer advisers, job coaches, employers). */
import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../components/NotFound';
import { CarvedJobPage } from './CarvedJobPage';
import { CarvingPage } from './CarvingPage';
import { EmployerPage } from './EmployerPage';
import { EmployersPage } from './EmployersPage';
import { NewVacancyPage, VacancyPage } from './VacancyPage';

export function EmployersRoutes() {
  return (
    <Routes>
      <Route index element={<EmployersPage />} />
      <Route path=":id" element={<EmployerPage />} />
      <Route path=":id/vacatures/nieuw" element={<NewVacancyPage />} />
      <Route path=":id/vacatures/:vacancyId" element={<VacancyPage />} />
      <Route path=":id/taken-uitsnijden" element={<CarvingPage />} />
      <Route path=":id/uitgesneden/:carvedId" element={<CarvedJobPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
