/**
 * The import pages under `/deelnemers/importeren`: step 1 and the list of earlier imports, and one
 * import (steps 2 and 3) at `/deelnemers/importeren/:id`. One module, so going from the upload to the
 * import's own page loads nothing more and focus can move to step 2 straight away.
 */
import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../components/NotFound';
import { ImportDetailPage } from './ImportDetailPage';
import { ImportPage } from './ImportPage';
import '../participants/participants.css';

export function ImportRoutes() {
  return (
    <Routes>
      <Route index element={<ImportPage />} />
      <Route path=":id" element={<ImportDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
