import { Type } from 'typebox';
import { DateTime, IdParams, Uuid } from '../../shared/schemas.js';

export const ApiToken = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    name: Type.String(),
    actions: Type.Array(Type.String()),
    expiresAt: DateTime,
    revokedAt: Type.Union([DateTime, Type.Null()]),
    lastUsedAt: Type.Union([DateTime, Type.Null()]),
    createdAt: DateTime,
  },
  { $id: 'ApiToken', additionalProperties: false },
);
export const ApiTokenCreated = Type.Object(
  {
    ...ApiToken.properties,
    secret: Type.String({
      description: 'De sleutel zelf. Wordt maar één keer getoond; Meedoen bewaart alleen een hash.',
    }),
  },
  { additionalProperties: false },
);
export const ApiTokenList = Type.Object({ items: Type.Array(ApiToken) }, { additionalProperties: false });
export const ApiTokenCreateBody = Type.Object(
  {
    organisationId: Uuid,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    actions: Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 50, uniqueItems: true }),
    expiresAt: Type.String({ format: 'date-time', description: 'Uiterlijk 1 jaar vooruit.' }),
  },
  { additionalProperties: false },
);
export { IdParams };
