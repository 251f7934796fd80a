/** Login through an organisation's own OpenID Connect provider. */
import type { App, ModuleDeps } from '../../app.js';
import { LoginOptions } from './auth.schemas.js';
import { findLoginOptions } from './oidc.data.js';

export async function oidcRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/login-options',
    {
      config: { access: 'public' },
      schema: { tags: ['Inloggen'], summary: 'Organisaties waarmee u kunt inloggen (OpenID Connect)', operationId: 'listLoginOptions', response: { 200: LoginOptions } },
    },
    async () => {
      const rows = await findLoginOptions(deps.db);
      return {
        items: rows.map((r) => ({ ...r, url: `/api/v1/oidc/${r.organisationSlug}/authorization` })),
      };
    },
  );
}
