/** The access catalogue: every action with its plain-language description and who may perform it. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { ACTIONS, GRANTS, type ActionName } from '../../platform/access/grants.js';

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
      schema: { tags: ['Beheer'], summary: 'Welke rol mag wat', operationId: 'listAccessActions', response: { 200: Type.Object({ items: Type.Array(AccessAction) }, { additionalProperties: false }) } },
    },
    async (request) =>
      request.ctx.data.read(async (scope) => {
        await scope.authorize('access.read', { type: 'accessCatalogue' });
        return {
          items: (Object.keys(ACTIONS) as ActionName[]).map((name) => ({
            name,
            description: ACTIONS[name].description[request.ctx.lang],
            personalData: ACTIONS[name].personalData,
            tokenAllowed: ACTIONS[name].tokenAllowed,
            grants: GRANTS[name].map((g) => ({ role: g.role, when: g.when })),
          })),
        };
      }),
  );
}
