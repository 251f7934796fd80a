import { Type, type Static, type TSchema } from 'typebox';
import { Uuid } from '../../shared/schemas.js';
import { INSTRUMENT_CODES } from '../instruments/instruments.js';
import { DateOnly, NullableDate } from '../trajectories/trajectories.schemas.js';
import { APPLICATION_STATUSES } from './instrument-applications.rules.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const Cents = Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'Bedrag in eurocent (geheel getal).' });
const Grantor = Type.Enum(['gemeente', 'uwv', 'mbo'] as const, { description: 'Wie het instrument toekent.' });
const Status = Type.Enum(APPLICATION_STATUSES, {
  description: 'requested (aangevraagd), granted (toegekend), refused (afgewezen).',
});

export const ApplicationParams = Type.Object({ id: Uuid, jobId: Uuid }, { additionalProperties: false });
export const ApplicationStatusParams = Type.Object(
  { id: Uuid, jobId: Uuid, applicationId: Uuid },
  { additionalProperties: false },
);

export const ApplicationCreateBody = Type.Object(
  {
    instrumentCode: Type.Enum(INSTRUMENT_CODES),
    grantor: Type.Optional(Nullable(Grantor)),
    requestedOn: DateOnly,
    amountRequestedCents: Type.Optional(Nullable(Cents)),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type ApplicationCreateBody = Static<typeof ApplicationCreateBody>;

export const ApplicationStatusBody = Type.Object(
  {
    status: Status,
    occurredOn: DateOnly,
    amountCents: Type.Optional(Nullable(Cents)),
    grantedFrom: Type.Optional(NullableDate),
    grantedUntil: Type.Optional(NullableDate),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type ApplicationStatusBody = Static<typeof ApplicationStatusBody>;

const Event = Type.Object(
  {
    fromStatus: Nullable(Status),
    toStatus: Status,
    occurredOn: DateOnly,
    amountCents: Nullable(Cents),
    note: Nullable(Type.String()),
    recordedByName: Nullable(Type.String()),
    recordedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

export const Application = Type.Object(
  {
    id: Uuid,
    jobId: Uuid,
    instrumentCode: Type.Enum(INSTRUMENT_CODES),
    instrumentName: Type.String(),
    grantor: Grantor,
    grantorName: Type.String(),
    status: Status,
    requestedOn: DateOnly,
    decidedOn: NullableDate,
    amountRequestedCents: Nullable(Cents),
    amountGrantedCents: Nullable(Cents),
    grantedFrom: NullableDate,
    grantedUntil: NullableDate,
    notes: Nullable(Type.String()),
    events: Type.Array(Event, { description: 'Elke statuswijziging, oudste eerst.' }),
  },
  { additionalProperties: false },
);
export type Application = Static<typeof Application>;

export const ApplicationList = Type.Object({ items: Type.Array(Application) }, { additionalProperties: false });
export type ApplicationList = Static<typeof ApplicationList>;
