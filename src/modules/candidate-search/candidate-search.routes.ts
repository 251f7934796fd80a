/** Anonymised candidate search for employers and employer advisers (ADR 0019). */
import type { App, ModuleDeps } from '../../app.js';
import * as service from './candidate-search.service.js';
import { CandidateProfilePage, CandidateProfileQuery } from './candidate-search.schemas.js';

export async function candidateSearchRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/candidate-profiles',
    {
      config: { access: 'candidateProfile.search' },
      schema: {
        tags: ['Kandidaten zoeken'],
        summary: 'Profielen zonder naam zoeken van deelnemers in de eigen regio die dat toestonden',
        operationId: 'searchCandidateProfiles',
        querystring: CandidateProfileQuery,
        response: { 200: CandidateProfilePage },
      },
    },
    async (request) => service.searchProfiles(request.ctx, deps.fieldCipher, request.query),
  );
}
