import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { DRIVING_LICENCES } from '../matching/licences.js';
import { LANGUAGE_LEVELS } from '../matching/types.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
export const TRANSPORT = ['onFoot', 'bicycle', 'moped', 'car', 'publicTransport'] as const;
export const DISCLOSURE = ['open', 'askMe', 'notDisclosed'] as const;

const Day = Type.Enum(DAYS, { description: 'Dag: mon … sun.' });
const DayPart = Type.Enum(DAY_PARTS, { description: 'Dagdeel: morning, afternoon, evening, night.' });
const Transport = Type.Enum(TRANSPORT, {
  description: 'Vervoer: onFoot (lopen), bicycle (fiets), moped (brommer), car (auto), publicTransport (ov).',
});
export const Disclosure = Type.Enum(DISCLOSURE, {
  description:
    'Mag een werkgever weten van de beperking: open (ja), askMe (alleen als ik dat per werkgever goedvind), notDisclosed (nee).',
});

// Null comes first in nullable numbers: with type coercion on, ajv would otherwise turn null into 0.
const fields = {
  kindsOfWork: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], {
    description: 'Wat voor werk wil ik doen.',
  }),
  sectors: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20, uniqueItems: true }),
  hoursMin: Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 60 })]),
  hoursMax: Type.Union([Type.Null(), Type.Integer({ minimum: 1, maximum: 60 })]),
  days: Type.Array(Day, { uniqueItems: true, maxItems: 7 }),
  dayParts: Type.Array(DayPart, { uniqueItems: true, maxItems: 4 }),
  maxTravelMinutes: Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 240 })]),
  transport: Type.Array(Transport, { uniqueItems: true, maxItems: 5 }),
  strengths: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], { description: 'Waar ben ik goed in.' }),
  wantsToLearn: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], { description: 'Wat wil ik leren.' }),
  disclosure: Disclosure,
  certificates: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
    maxItems: 20,
    uniqueItems: true,
    description: "Certificaten en diploma's, met de namen die vacatures gebruiken: vca, bhv, hygiënecode, mbo 2 …",
  }),
  drivingLicences: Type.Array(Type.Enum(DRIVING_LICENCES), {
    maxItems: DRIVING_LICENCES.length,
    uniqueItems: true,
    description: 'Rijbewijzen (categorieën): AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE, T.',
  }),
  languageLevel: Type.Union([Type.Null(), Type.Enum(LANGUAGE_LEVELS)], {
    description: 'Taalniveau Nederlands (ERK): A1 … C2, of null als het niet bekend is.',
  }),
};

export const Wishes = Type.Object(
  {
    ...fields,
    id: Uuid,
    recordedByName: Type.Union([Type.String(), Type.Null()]),
    recordedAt: DateTime,
    byParticipant: Type.Boolean(),
  },
  { $id: 'Wishes', additionalProperties: false },
);
export type Wishes = Static<typeof Wishes>;
export const WishesOverview = Type.Object(
  {
    current: Type.Union([Wishes, Type.Null()]),
    history: Type.Array(
      Type.Object(
        {
          id: Uuid,
          recordedByName: Type.Union([Type.String(), Type.Null()]),
          recordedAt: DateTime,
          byParticipant: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
      { description: 'Eerdere versies (nieuwste eerst), zonder inhoud.' },
    ),
  },
  { $id: 'WishesOverview', additionalProperties: false },
);
export type WishesOverview = Static<typeof WishesOverview>;

export const WishesBody = Type.Object(
  {
    kindsOfWork: Type.Optional(fields.kindsOfWork),
    sectors: Type.Optional(fields.sectors),
    hoursMin: Type.Optional(fields.hoursMin),
    hoursMax: Type.Optional(fields.hoursMax),
    days: Type.Optional(fields.days),
    dayParts: Type.Optional(fields.dayParts),
    maxTravelMinutes: Type.Optional(fields.maxTravelMinutes),
    transport: Type.Optional(fields.transport),
    strengths: Type.Optional(fields.strengths),
    wantsToLearn: Type.Optional(fields.wantsToLearn),
    disclosure: Type.Optional(fields.disclosure),
    certificates: Type.Optional(fields.certificates),
    drivingLicences: Type.Optional(fields.drivingLicences),
    languageLevel: Type.Optional(fields.languageLevel),
  },
  { additionalProperties: false },
);
export type WishesBody = Static<typeof WishesBody>;
