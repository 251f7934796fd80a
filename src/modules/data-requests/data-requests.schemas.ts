import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';

export const DataRequestKind = Type.Enum(['correction', 'erasure'] as const, {
  description: 'correction (gegevens verbeteren, AVG art. 16) of erasure (gegevens wissen, AVG art. 17).',
});
export const DataRequestStatus = Type.Enum(['open', 'done', 'rejected'] as const, {
  description: 'open, done (uitgevoerd) of rejected (afgewezen, met uitleg).',
});

export const DataRequest = Type.Object(
  {
    id: Uuid,
    participantId: Uuid,
    participantName: Type.String(),
    kind: DataRequestKind,
    message: Type.String(),
    status: DataRequestStatus,
    response: Type.Union([Type.String(), Type.Null()]),
    handledByName: Type.Union([Type.String(), Type.Null()]),
    handledAt: Type.Union([DateTime, Type.Null()]),
    createdAt: DateTime,
  },
  { $id: 'DataRequest', additionalProperties: false },
);
export type DataRequest = Static<typeof DataRequest>;
export const DataRequestList = Type.Object({ items: Type.Array(DataRequest) }, { additionalProperties: false });
export const DataRequestListQuery = Type.Object(
  { status: Type.Optional(DataRequestStatus) },
  { additionalProperties: false },
);

export const DataRequestBody = Type.Object(
  { kind: DataRequestKind, message: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
export type DataRequestBody = Static<typeof DataRequestBody>;
export const DataRequestHandleBody = Type.Object(
  {
    status: Type.Enum(['done', 'rejected'] as const, { description: 'done (uitgevoerd) of rejected (afgewezen).' }),
    response: Type.Optional(
      Type.String({ maxLength: 4000, description: 'Antwoord aan de deelnemer; verplicht bij afwijzen.' }),
    ),
  },
  { additionalProperties: false },
);
export type DataRequestHandleBody = Static<typeof DataRequestHandleBody>;
