/** The access catalogue: every action with its plain-language description and who may perform it. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { listAccessActions } from './access-catalogue.service.js';

const AccessAction = Type.Object(
  {
    name: Type.String(),
    description: Type.String(),
    personalData: Type.Boolean(),
    tokenAllowed: Type.Boolean(),
    grants: Type.Array(Type.Object({ role: Type.String(), when: Type.String() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export async function accessCatalogueRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/access-actions',
    {
      config: { access: 'access.read' },
      schema: {
        tags: ['Beheer'],
        summary: 'Welke rol mag wat',
        operationId: 'listAccessActions',
        response: { 200: Type.Object({ items: Type.Array(AccessAction) }, { additionalProperties: false }) },
      },
    },
    async (request) => listAccessActions(request.ctx),
  );
}
