/** TypeBox schemas of the anonymised candidate search. Every field here is on the allow-list of ADR 0019. */
import { Type, type Static } from 'typebox';
import { Page, PageQuery } from '../../shared/schemas.js';
import { AGE_BAND_CODES } from './candidate-search.rules.js';

export const ProfileId = Type.String({
  pattern: '^[A-Z2-7]{16}$',
  description:
    'Id van een profiel: per zoekende organisatie anders, niet te herleiden tot de deelnemer (HMAC met een sleutel van de installatie).',
});

export const CERTIFICATE_KINDS = ['praktijkverklaring', 'mboCertificate', 'entreeDiploma', 'mbo2Diploma'] as const;

export const CandidateProfile = Type.Object(
  {
    id: ProfileId,
    regionCode: Type.String(),
    regionName: Type.String(),
    municipalityCode: Type.Union([Type.String(), Type.Null()], {
      description:
        'Alleen als er minstens 5 vindbare mensen met dezelfde gemeente en leeftijdsgroep zijn; anders null.',
    }),
    municipalityName: Type.Union([Type.String(), Type.Null()]),
    ageBand: Type.Enum(AGE_BAND_CODES, {
      description:
        'Leeftijdsgroep: to24, 25to34, 35to44, 45to54, 55plus; breder (to34, 35to54, any) waar een groep kleiner dan 5 is.',
    }),
    hours: Type.Union(
      [
        Type.Object(
          { min: Type.Integer({ minimum: 0 }), max: Type.Integer({ minimum: 0 }) },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      { description: 'Uren per week, in blokken van 8 (40 = 40 of meer); null als niet bekend.' },
    ),
    availability: Type.Enum(['now', 'soon'], {
      description: 'now: zoekt nu werk; soon: is zich nog aan het voorbereiden.',
    }),
    kindsOfWork: Type.Array(Type.String(), { description: 'Soort werk, in de eigen woorden van de deelnemer.' }),
    sectors: Type.Array(Type.String()),
    skills: Type.Array(Type.String(), { description: 'Sterke punten, in de eigen woorden van de deelnemer.' }),
    certificates: Type.Array(
      Type.Object(
        {
          kind: Type.Enum(CERTIFICATE_KINDS),
          sector: Type.String(),
          level: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
    capacities: Type.Object(
      {
        basis: Type.Enum(['professional', 'self', 'none'], {
          description: 'Waar de punten op berusten: een beoordeling door een professional, de deelnemer zelf, of geen.',
        }),
        attentionPoints: Type.Array(
          Type.Object({ itemId: Type.String(), label: Type.String() }, { additionalProperties: false }),
          {
            description: 'Onderdelen van de FML waar het werk rekening mee moet houden (zonder niveau of toelichting).',
          },
        ),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'CandidateProfile', additionalProperties: false },
);
export type CandidateProfile = Static<typeof CandidateProfile>;

export const CandidateProfilePage = Page(CandidateProfile);
export type CandidateProfilePage = Static<typeof CandidateProfilePage>;

export const CandidateProfileQuery = Type.Object(
  {
    regionCode: Type.Optional(
      Type.String({ pattern: '^AM[0-9]{2}$', description: 'Arbeidsmarktregio (standaard die van uw organisatie).' }),
    ),
    kindOfWork: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Woord in soort werk, sector of sterke punten.' }),
    ),
    hoursMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    hoursMax: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    availability: Type.Optional(Type.Enum(['now', 'soon'])),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type CandidateProfileQuery = Static<typeof CandidateProfileQuery>;
