import { Type, type Static } from 'typebox';
import { DateTime, Email, Page, PageQuery, Uuid } from '../../shared/schemas.js';
import { LOCAL_PATTERN } from './time.js';

export const EVENT_TYPES = ['webinar', 'kennisatelier', 'intervisie', 'inspiratiebijeenkomst', 'training'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EventTypeSchema = Type.Enum(EVENT_TYPES, {
  description: 'Soort activiteit: webinar, kennisatelier, intervisie, inspiratiebijeenkomst of training.',
});
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export const EventStatus = Type.Enum(EVENT_STATUSES, {
  description: 'draft (concept, alleen voor coördinatoren), published (gepubliceerd), cancelled (afgelast).',
});
export const MEMBER_KINDS = ['professional', 'resident', 'policyMaker'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const MemberKind = Type.Enum(MEMBER_KINDS, {
  description: 'Rol in het netwerk: professional, resident (inwoner) of policyMaker (beleidsmaker).',
});
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const RegistrationStatus = Type.Enum(REGISTRATION_STATUSES, {
  description: 'registered (aangemeld, heeft een plaats), waitlisted (op de wachtlijst), cancelled (afgemeld).',
});

export const LocalDateTime = Type.String({
  pattern: LOCAL_PATTERN,
  description: 'Datum en tijd zoals op de klok in Nederland (Europe/Amsterdam), JJJJ-MM-DDTUU:MM.',
  examples: ['2026-03-29T10:00'],
});
const Title = Type.String({ minLength: 1, maxLength: 200 });
const Description = Type.String({ maxLength: 10000 });
const OnlineUrl = Type.String({
  maxLength: 500,
  pattern: '^https?://[^\\s]+$',
  description: 'Link om online mee te doen.',
});

export const NetworkParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const MemberParams = Type.Object({ id: Uuid, userId: Uuid }, { additionalProperties: false });

export const Network = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    name: Type.String(),
    description: Type.String(),
    memberCount: Type.Integer({ minimum: 0 }),
    upcomingEventCount: Type.Integer({ minimum: 0 }),
    coordinators: Type.Array(Type.String(), { description: 'Namen van de coördinatoren.' }),
    membership: Type.Union([
      Type.Null(),
      Type.Object({ memberKind: MemberKind, coordinator: Type.Boolean() }, { additionalProperties: false }),
    ]),
    createdAt: DateTime,
  },
  { $id: 'LearningNetwork', additionalProperties: false },
);
export type Network = Static<typeof Network>;
export const NetworkList = Type.Object({ items: Type.Array(Network) }, { additionalProperties: false });

export const NetworkCreateBody = Type.Object(
  { organisationId: Uuid, name: Title, description: Type.Optional(Type.String({ maxLength: 5000 })) },
  { additionalProperties: false },
);
export type NetworkCreateBody = Static<typeof NetworkCreateBody>;
export const NetworkPatchBody = Type.Object(
  { name: Type.Optional(Title), description: Type.Optional(Type.String({ maxLength: 5000 })) },
  { additionalProperties: false, minProperties: 1 },
);
export type NetworkPatchBody = Static<typeof NetworkPatchBody>;

export const JoinBody = Type.Object({ memberKind: MemberKind }, { additionalProperties: false });

export const Member = Type.Object(
  {
    userId: Uuid,
    name: Type.String(),
    email: Type.String(),
    memberKind: MemberKind,
    coordinator: Type.Boolean(),
    joinedAt: DateTime,
  },
  { $id: 'LearningNetworkMember', additionalProperties: false },
);
export const MemberList = Type.Object({ items: Type.Array(Member) }, { additionalProperties: false });
export const MemberAddBody = Type.Object(
  { email: Email, memberKind: MemberKind, coordinator: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);
export type MemberAddBody = Static<typeof MemberAddBody>;
export const MemberPatchBody = Type.Object(
  { memberKind: Type.Optional(MemberKind), coordinator: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type MemberPatchBody = Static<typeof MemberPatchBody>;

export const MyRegistration = Type.Object(
  {
    status: RegistrationStatus,
    /** 1 = first on the waiting list. */
    waitingListPosition: Type.Union([Type.Null(), Type.Integer({ minimum: 1 })], {
      description: 'Plaats op de wachtlijst (1 = de eerste), of null.',
    }),
    attended: Type.Union([Type.Null(), Type.Boolean()]),
  },
  { additionalProperties: false },
);
export type MyRegistration = Static<typeof MyRegistration>;

export const Material = Type.Object(
  {
    knowledgeItemId: Uuid,
    slug: Type.String({ description: 'Korte naam van het kennisitem, voor de link naar de kennisbank.' }),
    title: Type.String(),
    type: Type.String({ description: 'Soort kennisitem (zie de kennisbank).' }),
    published: Type.Boolean({ description: 'Gepubliceerd (alleen coördinatoren zien ook andere).' }),
    addedAt: DateTime,
  },
  { additionalProperties: false },
);
export const MaterialsBody = Type.Object(
  { knowledgeItemIds: Type.Array(Uuid, { maxItems: 50, uniqueItems: true }) },
  { additionalProperties: false },
);
export type MaterialsBody = Static<typeof MaterialsBody>;

export const Event = Type.Object(
  {
    id: Uuid,
    networkId: Uuid,
    networkName: Type.String(),
    type: EventTypeSchema,
    title: Type.String(),
    description: Type.String(),
    startsAt: DateTime,
    endsAt: DateTime,
    startsLocal: LocalDateTime,
    endsLocal: LocalDateTime,
    location: Type.Union([Type.Null(), Type.String()]),
    onlineUrl: Type.Union([Type.Null(), Type.String()], {
      description: 'Link om online mee te doen: alleen voor wie een plaats heeft en voor coördinatoren.',
    }),
    online: Type.Boolean({ description: 'Online mee te doen.' }),
    capacity: Type.Integer({ minimum: 1 }),
    status: EventStatus,
    intervisionGroupId: Type.Union([Type.Null(), Uuid]),
    registeredCount: Type.Integer({ minimum: 0 }),
    waitlistCount: Type.Integer({ minimum: 0 }),
    placesLeft: Type.Integer({ minimum: 0 }),
    myRegistration: Type.Union([Type.Null(), MyRegistration]),
    materials: Type.Array(Material),
    permissions: Type.Object({ manage: Type.Boolean() }, { additionalProperties: false }),
    updatedAt: DateTime,
  },
  { $id: 'LearningEvent', additionalProperties: false },
);
export type Event = Static<typeof Event>;
export const EventPage = Page(Event);

export const EventQuery = Type.Object(
  {
    networkId: Type.Optional(Uuid),
    type: Type.Optional(EventTypeSchema),
    from: Type.Optional(
      Type.String({ format: 'date', description: 'Vanaf deze datum (standaard vandaag), JJJJ-MM-DD.' }),
    ),
    to: Type.Optional(Type.String({ format: 'date', description: 'Tot en met deze datum, JJJJ-MM-DD.' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type EventQuery = Static<typeof EventQuery>;

export const EventCreateBody = Type.Object(
  {
    type: EventTypeSchema,
    title: Title,
    description: Type.Optional(Description),
    startsAt: LocalDateTime,
    endsAt: LocalDateTime,
    location: Type.Optional(Type.Union([Type.Null(), Type.String({ minLength: 1, maxLength: 300 })])),
    onlineUrl: Type.Optional(Type.Union([Type.Null(), OnlineUrl])),
    capacity: Type.Integer({ minimum: 1, maximum: 10000 }),
    status: Type.Optional(Type.Enum(['draft', 'published'] as const, { default: 'draft' })),
    intervisionGroupId: Type.Optional(
      Type.Union([Type.Null(), Uuid], {
        description: 'Een bijeenkomst van deze intervisiegroep (soort intervisie): alleen voor de leden.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type EventCreateBody = Static<typeof EventCreateBody>;

export const EventPatchBody = Type.Object(
  {
    type: Type.Optional(EventTypeSchema),
    title: Type.Optional(Title),
    description: Type.Optional(Description),
    startsAt: Type.Optional(LocalDateTime),
    endsAt: Type.Optional(LocalDateTime),
    location: Type.Optional(Type.Union([Type.Null(), Type.String({ minLength: 1, maxLength: 300 })])),
    onlineUrl: Type.Optional(Type.Union([Type.Null(), OnlineUrl])),
    capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
    status: Type.Optional(EventStatus),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type EventPatchBody = Static<typeof EventPatchBody>;

export const Registration = Type.Object(
  {
    userId: Uuid,
    name: Type.String(),
    email: Type.String(),
    status: RegistrationStatus,
    waitingListPosition: Type.Union([Type.Null(), Type.Integer({ minimum: 1 })]),
    requestedAt: DateTime,
    placedAt: Type.Union([Type.Null(), DateTime]),
    cancelledAt: Type.Union([Type.Null(), DateTime]),
    attended: Type.Union([Type.Null(), Type.Boolean()]),
  },
  { $id: 'LearningEventRegistration', additionalProperties: false },
);
export const RegistrationList = Type.Object({ items: Type.Array(Registration) }, { additionalProperties: false });

export const AttendanceBody = Type.Object(
  {
    entries: Type.Array(Type.Object({ userId: Uuid, attended: Type.Boolean() }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 10000,
    }),
  },
  { additionalProperties: false },
);
export type AttendanceBody = Static<typeof AttendanceBody>;

export const MyEventList = Type.Object({ items: Type.Array(Event) }, { additionalProperties: false });
