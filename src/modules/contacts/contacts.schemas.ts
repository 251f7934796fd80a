import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';

export const CONTACT_KINDS = ['faceToFace', 'phone', 'video', 'withEmployer', 'withTreatmentTeam'] as const;
export const ContactKind = Type.Enum(CONTACT_KINDS, {
  description:
    'Soort: faceToFace (gesprek), phone (telefoon), video (beeldbellen), withEmployer (met werkgever), withTreatmentTeam (met behandelteam).',
});
export const CONTACT_STATUSES = ['planned', 'held', 'cancelled', 'noShow'] as const;
export const ContactStatus = Type.Enum(CONTACT_STATUSES, {
  description: 'Stand: planned (gepland), held (gehouden), cancelled (afgezegd), noShow (niet gekomen).',
});

export const Contact = Type.Object(
  {
    id: Uuid,
    participantId: Uuid,
    trajectoryId: Type.Union([Uuid, Type.Null()]),
    organisationId: Uuid,
    organisationName: Type.String(),
    occursAt: DateTime,
    durationMinutes: Type.Union([Type.Null(), Type.Integer()]),
    kind: ContactKind,
    status: ContactStatus,
    location: Type.Union([Type.String(), Type.Null()]),
    present: Type.Union([Type.String(), Type.Null()]),
    hasNote: Type.Boolean(),
    note: Type.Optional(
      Type.Union([Type.String(), Type.Null()], { description: 'Alleen voor wie verslagen mag lezen.' }),
    ),
    recordedByName: Type.Union([Type.String(), Type.Null()]),
    recordedAt: DateTime,
  },
  { $id: 'Contact', additionalProperties: false },
);
export type Contact = Static<typeof Contact>;
export const ContactList = Type.Object({ items: Type.Array(Contact) }, { additionalProperties: false });

export const ContactListQuery = Type.Object(
  {
    status: Type.Optional(ContactStatus),
    upcoming: Type.Optional(Type.Boolean({ description: 'Alleen komende afspraken.' })),
  },
  { additionalProperties: false },
);
export type ContactListQuery = Static<typeof ContactListQuery>;

const fields = {
  occursAt: DateTime,
  durationMinutes: Type.Optional(Type.Union([Type.Null(), Type.Integer({ minimum: 5, maximum: 600 })])),
  kind: ContactKind,
  status: ContactStatus,
  location: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  present: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  note: Type.Optional(Type.Union([Type.String({ maxLength: 10000 }), Type.Null()])),
};
export const ContactCreateBody = Type.Object(fields, { additionalProperties: false });
export type ContactCreateBody = Static<typeof ContactCreateBody>;
export const ContactPatchBody = Type.Object(
  {
    occursAt: Type.Optional(fields.occursAt),
    durationMinutes: fields.durationMinutes,
    kind: Type.Optional(fields.kind),
    status: Type.Optional(fields.status),
    location: fields.location,
    present: fields.present,
    note: fields.note,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ContactPatchBody = Static<typeof ContactPatchBody>;
export const ContactParams = Type.Object({ id: Uuid, contactId: Uuid }, { additionalProperties: false });
