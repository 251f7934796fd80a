import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { DateOnly } from '../trajectories/trajectories.schemas.js';

const ItemId = Type.String({
  pattern: '^(I|II|III|IV|V|VI)\\.[0-9]{1,2}$',
  description: 'FML-onderdeel, bijvoorbeeld IV.13 (tillen).',
});

export const FmlCatalogue = Type.Object(
  {
    sections: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          name: Type.String(),
          items: Type.Array(
            Type.Object(
              {
                id: ItemId,
                key: Type.String(),
                name: Type.String(),
                scale: Type.Enum(['ordinal', 'single', 'multiple'] as const),
                qualifier: Type.Boolean({ description: 'Bij een beperking hoort een toelichting ("namelijk").' }),
                levels: Type.Array(
                  Type.Object({ code: Type.Integer(), label: Type.String() }, { additionalProperties: false }),
                ),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    source: Type.String(),
  },
  { $id: 'FmlCatalogue', additionalProperties: false },
);

export const Answer = Type.Object(
  {
    itemId: ItemId,
    levels: Type.Array(Type.Integer({ minimum: 0, maximum: 20 }), {
      minItems: 1,
      maxItems: 12,
      description: 'Eén niveau; bij een onderdeel waar meer tegelijk kan gelden ("multiple") een of meer.',
    }),
    qualifier: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export const AssessmentKind = Type.Enum(['self', 'professional'] as const, {
  description: 'self (de deelnemer zelf) of professional.',
});
export const AssessmentSource = Type.Enum(['meedoen', 'uwvFml', 'otherReport'] as const, {
  description:
    'meedoen (hier ingevuld), uwvFml (overgenomen uit een FML van UWV), otherReport (uit een ander rapport).',
});

export const Assessment = Type.Object(
  {
    id: Uuid,
    kind: AssessmentKind,
    organisationId: Type.Union([Uuid, Type.Null()]),
    organisationName: Type.Union([Type.String(), Type.Null()]),
    source: AssessmentSource,
    assessor: Type.Union([Type.String(), Type.Null()]),
    assessedOn: DateOnly,
    notes: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    recordedByName: Type.String(),
    recordedAt: DateTime,
    answers: Type.Array(Answer),
  },
  { $id: 'Assessment', additionalProperties: false },
);
export type Assessment = Static<typeof Assessment>;

export const CapacityProfile = Type.Object(
  {
    assessments: Type.Array(Assessment, { description: 'Alle beoordelingen die u mag zien, nieuwste eerst.' }),
    comparison: Type.Array(
      Type.Object(
        {
          itemId: ItemId,
          self: Type.Union([Type.Array(Type.Integer()), Type.Null()]),
          professional: Type.Union([Type.Array(Type.Integer()), Type.Null()]),
          differs: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
      { description: 'De laatste eigen beoordeling naast de laatste professionele, per onderdeel met een beperking.' },
    ),
  },
  { $id: 'CapacityProfile', additionalProperties: false },
);
export type CapacityProfile = Static<typeof CapacityProfile>;

export const AssessmentBody = Type.Object(
  {
    assessedOn: DateOnly,
    source: Type.Optional(AssessmentSource),
    assessor: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    notes: Type.Optional(Type.Union([Type.String({ maxLength: 10000 }), Type.Null()])),
    answers: Type.Array(Answer, { minItems: 1, maxItems: 64 }),
  },
  { additionalProperties: false },
);
export type AssessmentBody = Static<typeof AssessmentBody>;
