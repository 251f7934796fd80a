/** Public reference data: the 35 arbeidsmarktregio's and 342 gemeenten of 2026 (CBS, CC BY 4.0). */
import type { App, ModuleDeps } from '../../app.js';
import { MunicipalityList, MunicipalityQuery, RegionList } from './regions.schemas.js';
import { findMunicipalities, findRegions } from './regions.data.js';

export async function regionRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/regions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Referentiegegevens'],
        summary: "Arbeidsmarktregio's (CBS 2026)",
        operationId: 'listRegions',
        response: { 200: RegionList },
      },
    },
    async () => ({ items: await findRegions(deps.db) }),
  );
  app.get(
    '/municipalities',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Referentiegegevens'],
        summary: 'Gemeenten (CBS 2026), eventueel van één arbeidsmarktregio',
        operationId: 'listMunicipalities',
        querystring: MunicipalityQuery,
        response: { 200: MunicipalityList },
      },
    },
    async (request) => ({ items: await findMunicipalities(deps.db, request.query.regionCode) }),
  );
}
