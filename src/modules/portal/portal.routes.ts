/** The participant portal's own-data download. */
import type { App, ModuleDeps } from '../../app.js';
import * as service from './portal.service.js';
import { OwnDataExport } from './portal.schemas.js';

export async function portalRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/me/participant/export',
    {
      config: { access: 'participant.export' },
      schema: {
        tags: ['Deelnemers'],
        summary: 'Al mijn gegevens downloaden (JSON)',
        description:
          'Alles wat Meedoen over de deelnemer bewaart, ook wie in de gegevens keek. Als bestand (Content-Disposition: attachment).',
        operationId: 'exportOwnData',
        response: { 200: OwnDataExport },
      },
    },
    async (request, reply) => {
      const data = await service.exportOwnData(request.ctx, deps.fieldCipher);
      const day = data.exportedAt.slice(0, 10);
      return reply.header('content-disposition', `attachment; filename="mijn-gegevens-meedoen-${day}.json"`).send(data);
    },
  );
}
