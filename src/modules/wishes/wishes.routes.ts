/** The participant's wishes for work. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './wishes.service.js';
import { WishesBody, WishesOverview } from './wishes.schemas.js';

const TAG = ['Wensen'];

export async function wishRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/participants/:id/wishes',
    {
      config: { access: 'wishes.read' },
      schema: {
        tags: TAG,
        summary: 'Wensen voor werk (huidige versie en eerdere versies)',
        operationId: 'getWishes',
        params: IdParams,
        response: { 200: WishesOverview },
      },
    },
    async (request) => service.getWishes(request.ctx, request.params.id),
  );
  app.put(
    '/participants/:id/wishes',
    {
      config: { access: 'wishes.update' },
      schema: {
        tags: TAG,
        summary: 'Wensen voor werk opslaan (een nieuwe versie)',
        operationId: 'saveWishes',
        params: IdParams,
        body: WishesBody,
        response: { 200: WishesOverview },
      },
    },
    async (request) => service.saveWishes(request.ctx, request.params.id, request.body),
  );
}
