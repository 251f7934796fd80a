/** The access catalogue: every action with its description and who may perform it, for the admin screen. */
import type { RequestContext } from '../../platform/http/context.js';
import { ACTIONS, GRANTS, type ActionName } from '../../platform/access/grants.js';

export async function listAccessActions(ctx: RequestContext) {
  return ctx.data.read(async (scope) => {
    await scope.authorize('access.read', { type: 'accessCatalogue' });
    return {
      items: (Object.keys(ACTIONS) as ActionName[]).map((name) => ({
        name,
        description: ACTIONS[name].description[ctx.lang],
        personalData: ACTIONS[name].personalData,
        tokenAllowed: ACTIONS[name].tokenAllowed,
        grants: GRANTS[name].map((g) => ({ role: g.role, when: g.when })),
      })),
    };
  });
}
