/**
 * OpenAPI 3.1 document generated from the route schemas (@fastify/swagger), served at
 * /api/v1/openapi.json and committed in docs/api/openapi.json (scripts/openapi-export.ts).
 */
import type { SwaggerOptions } from '@fastify/swagger';

export const API_VERSION = '1.0.0';

export function openApiOptions(): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Meedoen API',
        version: API_VERSION,
        description:
          'API van Meedoen: het regionale platform waarop gemeente, UWV, GGZ, SW-bedrijven, scholen en werkgevers ' +
          'mensen met een arbeidsbeperking naar duurzaam betaald werk begeleiden. Alle fouten zijn application/problem+json (RFC 9457).',
        contact: { name: 'Meedoen', url: 'https://github.com/meedoen/meedoen', email: 'beheer@meedoen.example' },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: 'https://meedoen.example/api/v1', description: 'Voorbeeldinstallatie' }],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'meedoen_session',
            description: 'Sessie na inloggen (webapp). Wijzigingen vereisen de kop X-CSRF-Token.',
          },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'Koppelingssleutel voor systemen (gebonden aan een organisatie en een set acties).',
          },
        },
      },
      tags: [],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  };
}
