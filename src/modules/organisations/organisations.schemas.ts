import { Type, type Static } from 'typebox';
import { DateTime, Name, Uuid } from '../../shared/schemas.js';
import { MunicipalityCode, RegionCode } from '../regions/regions.schemas.js';

export const ORGANISATION_TYPES = [
  'gemeente',
  'uwv',
  'ggz',
  'shelteredWork',
  'school',
  'employer',
  'knowledgeInstitute',
  'funder',
] as const;
export const OrganisationType = Type.Union(
  ORGANISATION_TYPES.map((t) => Type.Literal(t)),
  {
    description:
      'gemeente, uwv, ggz, shelteredWork (SW-bedrijf), school, employer (werkgever), knowledgeInstitute (kennisinstituut), funder (financier).',
  },
);

export const Slug = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  minLength: 2,
  maxLength: 60,
  description: 'Korte naam voor in links, bijvoorbeeld gemeente-utrecht.',
});

export const Organisation = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    type: OrganisationType,
    regionCode: RegionCode,
    regionName: Type.String(),
    municipalityCode: Type.Union([MunicipalityCode, Type.Null()]),
    municipalityName: Type.Union([Type.String(), Type.Null()]),
    slug: Slug,
    hasOidcProvider: Type.Boolean(),
    createdAt: DateTime,
  },
  { $id: 'Organisation', additionalProperties: false },
);
export type Organisation = Static<typeof Organisation>;

export const OrganisationList = Type.Object({ items: Type.Array(Organisation) }, { additionalProperties: false });
export const OrganisationListQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), type: Type.Optional(OrganisationType) },
  { additionalProperties: false },
);
export const OrganisationCreateBody = Type.Object(
  {
    name: Name,
    type: OrganisationType,
    regionCode: RegionCode,
    municipalityCode: Type.Optional(Type.Union([MunicipalityCode, Type.Null()])),
    slug: Type.Optional(Slug),
  },
  { additionalProperties: false },
);
export type OrganisationCreateBody = Static<typeof OrganisationCreateBody>;
export const OrganisationPatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    type: Type.Optional(OrganisationType),
    regionCode: Type.Optional(RegionCode),
    municipalityCode: Type.Optional(Type.Union([MunicipalityCode, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type OrganisationPatchBody = Static<typeof OrganisationPatchBody>;

export const OidcProvider = Type.Object(
  {
    issuer: Type.String({
      format: 'uri',
      maxLength: 500,
      description: 'Issuer-URL van de OpenID Connect-provider van de organisatie.',
    }),
    clientId: Type.String({ minLength: 1, maxLength: 200 }),
    clientSecretEnv: Type.Union([Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', maxLength: 100 }), Type.Null()], {
      description: 'Naam van de omgevingsvariabele met het client secret; null voor een publieke client (alleen PKCE).',
    }),
    displayName: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Tekst op de knop, bijvoorbeeld "Inloggen met Gemeente-account".',
    }),
    trustSecondFactor: Type.Boolean({
      description: 'De provider doet zelf tweestapsverificatie; Meedoen vraagt dan geen code meer.',
    }),
    enabled: Type.Boolean(),
  },
  { $id: 'OidcProvider', additionalProperties: false },
);
export type OidcProvider = Static<typeof OidcProvider>;
