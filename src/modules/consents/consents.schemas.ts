import { Type, type Static } from 'typebox';
import { DATA_CATEGORIES } from '../../platform/access/types.js';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { DateOnly } from '../trajectories/trajectories.schemas.js';

export const DataCategorySchema = Type.Enum(DATA_CATEGORIES, {
  description:
    'Soort gegevens: identity (persoonsgegevens), wishes (wensen), capacityHealth (mogelijkheden en gezondheid), plan, contactNotes (gespreksverslagen), jobs (banen), employerProfile (profiel zonder naam dat werkgevers in de regio kunnen vinden; noemt een regio in plaats van een organisatie).',
});
export const PURPOSES = ['workGuidance', 'integratedPlan', 'incomeSupport', 'care', 'matching'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const PurposeSchema = Type.Enum(PURPOSES, {
  description:
    'Doel: workGuidance (begeleiding naar werk), integratedPlan (samenhangend plan), incomeSupport (inkomen en uitkering), care (zorg), matching (koppeling aan werk).',
});
export const CONSENT_METHODS = ['paper', 'portal', 'verbal'] as const;
export const ConsentMethod = Type.Enum(CONSENT_METHODS, {
  description:
    'Hoe gegeven: paper (op papier), portal (in Meedoen), verbal (mondeling, vastgelegd door de begeleider).',
});

export const Consent = Type.Object(
  {
    id: Uuid,
    participantId: Uuid,
    organisationId: Type.Union([Uuid, Type.Null()], {
      description: 'De organisatie die de gegevens mag zien; null bij employerProfile (dan geldt regionCode).',
    }),
    organisationName: Type.Union([Type.String(), Type.Null()]),
    regionCode: Type.Union([Type.String(), Type.Null()], {
      description: 'Bij employerProfile: de arbeidsmarktregio waarvan de werkgevers het profiel mogen vinden.',
    }),
    regionName: Type.Union([Type.String(), Type.Null()]),
    category: DataCategorySchema,
    purpose: PurposeSchema,
    startsOn: DateOnly,
    endsOn: Type.Union([DateOnly, Type.Null()]),
    method: ConsentMethod,
    note: Type.Union([Type.String(), Type.Null()]),
    recordedByName: Type.Union([Type.String(), Type.Null()]),
    recordedAt: DateTime,
    withdrawnAt: Type.Union([DateTime, Type.Null()]),
    withdrawnByName: Type.Union([Type.String(), Type.Null()]),
    active: Type.Boolean({ description: 'Geldt vandaag: begonnen, niet verlopen en niet ingetrokken.' }),
  },
  { $id: 'Consent', additionalProperties: false },
);
export type Consent = Static<typeof Consent>;
export const ConsentList = Type.Object({ items: Type.Array(Consent) }, { additionalProperties: false });

export const ConsentCreateBody = Type.Object(
  {
    /** Required, except for employerProfile (which names no organisation). */
    organisationId: Type.Optional(Uuid),
    regionCode: Type.Optional(
      Type.String({
        pattern: '^AM[0-9]{2}$',
        description: 'Alleen bij employerProfile: de eigen arbeidsmarktregio van de deelnemer (standaard die regio).',
      }),
    ),
    categories: Type.Array(DataCategorySchema, { minItems: 1, maxItems: DATA_CATEGORIES.length, uniqueItems: true }),
    purpose: PurposeSchema,
    startsOn: Type.Optional(DateOnly),
    endsOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
    method: Type.Optional(ConsentMethod),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type ConsentCreateBody = Static<typeof ConsentCreateBody>;
export const ConsentParams = Type.Object({ id: Uuid, consentId: Uuid }, { additionalProperties: false });
