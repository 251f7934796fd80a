/** TypeBox schemas of employer support requests. */
import { Type, type Static, type TSchema } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { INSTRUMENT_CODES } from '../instruments/instruments.js';
import {
  SUPPORT_REQUEST_EVENT_KINDS,
  SUPPORT_REQUEST_KINDS,
  SUPPORT_REQUEST_STATUSES,
  SUPPORT_REQUEST_STEPS,
} from './employer-support-requests.rules.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const Kind = Type.Enum(SUPPORT_REQUEST_KINDS, {
  description: 'jobCoach (een jobcoach vragen), instrument (een vraag over een regeling), other (iets anders).',
});
const Status = Type.Enum(SUPPORT_REQUEST_STATUSES, {
  description:
    'open (nog niet opgepakt), inProgress (opgepakt door een adviseur), answered (beantwoord), resolved (afgesloten: geholpen), declined (afgesloten: afgewezen, met een reden).',
});
const InstrumentCode = Type.Enum(INSTRUMENT_CODES, {
  description: 'De regeling, uit de regelingentabel (src/modules/instruments).',
});

export const SupportRequestCreateBody = Type.Object(
  {
    kind: Kind,
    instrumentCode: Type.Optional(Nullable(InstrumentCode)),
    question: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 2000,
          description:
            'De vraag of de situatie. Verplicht behalve bij een jobcoach. Geen medische gegevens of namen van medewerkers.',
        }),
      ),
    ),
    vacancyId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export type SupportRequestCreateBody = Static<typeof SupportRequestCreateBody>;

export const SupportRequestEventBody = Type.Object(
  {
    kind: Type.Enum(SUPPORT_REQUEST_STEPS, {
      description:
        'taken (oppakken), answered (antwoorden; message verplicht), resolved (afsluiten: geholpen), declined (afsluiten: afwijzen; message is de reden, verplicht).',
    }),
    message: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  },
  { additionalProperties: false },
);
export type SupportRequestEventBody = Static<typeof SupportRequestEventBody>;

export const SupportRequestListQuery = Type.Object(
  {
    filter: Type.Optional(
      Type.Enum(['all', 'open', 'mine', 'closed'], {
        description: 'all (standaard), open (nog niet afgesloten), mine (door mij opgepakt, open), closed.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SupportRequestListQuery = Static<typeof SupportRequestListQuery>;

export const SupportRequestEvent = Type.Object(
  {
    kind: Type.Enum(SUPPORT_REQUEST_EVENT_KINDS),
    message: Nullable(Type.String()),
    recordedByName: Type.String(),
    organisationName: Type.String({ description: 'De organisatie namens welke het gebeurde.' }),
    recordedAt: DateTime,
  },
  { additionalProperties: false },
);

const fields = {
  id: Uuid,
  kind: Kind,
  instrumentCode: Nullable(InstrumentCode),
  instrumentName: Nullable(Type.String({ description: 'De naam van de regeling, in de taal van de vrager.' })),
  question: Nullable(Type.String()),
  vacancyId: Nullable(Uuid),
  vacancyTitle: Nullable(Type.String()),
  status: Status,
  employerId: Uuid,
  employerName: Type.String(),
  organisationId: Uuid,
  organisationName: Type.String({ description: 'De organisatie die de vraag behandelt (accounthouder).' }),
  requestedByName: Type.String(),
  assignedToName: Nullable(Type.String()),
  assignedToMe: Type.Boolean(),
  answer: Nullable(Type.String({ description: 'Het laatste antwoord, of de reden van afwijzen.' })),
  createdAt: DateTime,
  updatedAt: DateTime,
  closedAt: Nullable(DateTime),
  steps: Type.Array(Type.Enum(SUPPORT_REQUEST_STEPS), {
    description: 'Wat u nu met de vraag kunt doen (voor de knoppen).',
  }),
};

export const SupportRequestSummary = Type.Object(fields, {
  $id: 'SupportRequestSummary',
  additionalProperties: false,
});
export type SupportRequestSummary = Static<typeof SupportRequestSummary>;

export const SupportRequest = Type.Object(
  { ...fields, events: Type.Array(SupportRequestEvent, { description: 'De geschiedenis, oudste eerst.' }) },
  { $id: 'SupportRequest', additionalProperties: false },
);
export type SupportRequest = Static<typeof SupportRequest>;

export const SupportRequestList = Type.Object(
  { items: Type.Array(SupportRequestSummary) },
  { additionalProperties: false },
);
export type SupportRequestList = Static<typeof SupportRequestList>;
