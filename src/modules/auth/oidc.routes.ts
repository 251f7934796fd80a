/** Login through an organisation's own OpenID Connect provider. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { LoginOptions } from './auth.schemas.js';
import { setSessionCookie } from './cookies.js';
import { findLoginOptions } from './oidc.data.js';
import * as service from './oidc.service.js';

const TAG = ['Inloggen'];

const AuthorizationParams = Type.Object(
  {
    organisationSlug: Type.String({
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      maxLength: 100,
      description: 'Korte naam (slug) van de organisatie.',
    }),
  },
  { additionalProperties: false },
);

/**
 * What a provider may send back (OpenID Connect Core §3.1.2.5–6, RFC 9207). `error_description` and
 * `session_state` may come too: they are accepted (additionalProperties) but not listed, because the
 * NL API Design Rules want camelCase query keys and Meedoen does not use them.
 */
const CallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 4096, description: 'Autorisatiecode van de provider.' })),
    state: Type.Optional(
      Type.String({ maxLength: 512, description: 'De state uit de doorverwijzing naar de provider.' }),
    ),
    iss: Type.Optional(Type.String({ maxLength: 2048, description: 'Issuer van de provider (RFC 9207).' })),
    error: Type.Optional(
      Type.String({ maxLength: 512, description: 'Foutcode van de provider, bijvoorbeeld access_denied.' }),
    ),
  },
  { additionalProperties: true },
);

const Redirect = (description: string, location: string) =>
  Type.Null({
    description: `${description} De browser volgt de \`Location\`-header.`,
    headers: { Location: { type: 'string', description: location } },
  });

export async function oidcRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const oidcDeps: service.OidcDeps = { config: deps.config, discovery: new service.DiscoveryCache() };

  app.get(
    '/login-options',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Organisaties waarmee u kunt inloggen (OpenID Connect)',
        operationId: 'listLoginOptions',
        response: { 200: LoginOptions },
      },
    },
    async () => {
      const rows = await findLoginOptions(deps.db);
      return {
        items: rows.map((r) => ({ ...r, url: `/api/v1/oidc/${r.organisationSlug}/authorization` })),
      };
    },
  );

  app.get(
    '/oidc/:organisationSlug/authorization',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: TAG,
        summary: 'Inloggen via de eigen organisatie starten (OpenID Connect)',
        description:
          'Stuurt de browser door naar de inlogpagina van de organisatie (authorization code flow met PKCE). Na het inloggen komt de browser terug op /api/v1/oidc/callback.',
        operationId: 'startOidcLogin',
        params: AuthorizationParams,
        response: {
          302: Redirect(
            'Doorverwijzing naar de inlogpagina van de organisatie.',
            'Autorisatie-URL van de OpenID Connect-provider.',
          ),
        },
      },
    },
    async (request, reply) => {
      const location = await service.startLogin(request.ctx, oidcDeps, request.params.organisationSlug);
      return reply.redirect(location, 302);
    },
  );

  app.get(
    '/oidc/callback',
    {
      config: { access: 'public', rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: TAG,
        summary: 'Terugkeer van de inlogpagina van de organisatie (OpenID Connect)',
        description:
          'Maakt een sessie (cookie) en stuurt door naar / (of naar de tweede stap). Lukt het inloggen niet, dan volgt een doorverwijzing naar /inloggen?fout=oidc.',
        operationId: 'completeOidcLogin',
        querystring: CallbackQuery,
        response: {
          302: Redirect(
            'Doorverwijzing naar Meedoen: de startpagina, de tweede stap of de inlogpagina met een foutmelding.',
            '/, /inloggen/tweede-stap, /tweede-stap-instellen of /inloggen?fout=oidc.',
          ),
        },
      },
    },
    async (request, reply) => {
      const rawQuery = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const outcome = await service.completeLogin(request.ctx, oidcDeps, request.query, rawQuery);
      if (outcome.ok) {
        setSessionCookie(reply, deps.config, outcome.cookieToken);
      } else {
        request.log.info({ reason: outcome.reason }, 'oidc login refused');
      }
      return reply.redirect(outcome.location, 302);
    },
  );
}
