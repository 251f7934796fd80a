/**
 * The logged-in parts of the learning network under /leernetwerk: learning tracks, intervision groups
 * and quality checks. (The events at /leernetwerk and /leernetwerk/activiteiten/… are routes of their own,
 * public.) Anything else under /leernetwerk is not found.
 */
import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../components/NotFound';
import { IntervisionGroupPage } from './IntervisionGroupPage';
import { IntervisionPage } from './IntervisionPage';
import { NewTrackPage } from './NewTrackPage';
import { QualityChecksPage } from './QualityChecksPage';
import { TrackPage } from './TrackPage';
import { TracksPage } from './TracksPage';

export function LearningNetworkRoutes() {
  return (
    <Routes>
      <Route path="leergangen" element={<TracksPage />} />
      <Route path="leergangen/:id" element={<TrackPage />} />
      <Route path="netwerken/:networkId/nieuwe-leergang" element={<NewTrackPage />} />
      <Route path="intervisie" element={<IntervisionPage />} />
      <Route path="netwerken/:networkId/intervisie/:groupId" element={<IntervisionGroupPage />} />
      <Route path="kwaliteit" element={<QualityChecksPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
