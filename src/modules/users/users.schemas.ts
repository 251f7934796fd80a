import { Type, type Static } from 'typebox';
import { DateTime, Email, Membership, Name, Page, PageQuery, Role, Uuid } from '../../shared/schemas.js';

export const UserStatus = Type.Union([Type.Literal('invited'), Type.Literal('active'), Type.Literal('disabled')], {
  description: 'invited: uitgenodigd, nog geen wachtwoord; active: actief; disabled: geblokkeerd.',
});

export const User = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    email: Type.String(),
    status: UserStatus,
    secondFactorEnabled: Type.Boolean(),
    memberships: Type.Array(Membership),
    createdAt: DateTime,
  },
  { $id: 'User', additionalProperties: false },
);
export type User = Static<typeof User>;
export const UserPage = Page(User);

export const UserListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Zoek op naam of e-mailadres.' })),
    organisationId: Type.Optional(Uuid),
    role: Type.Optional(Role),
    status: Type.Optional(UserStatus),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type UserListQuery = Static<typeof UserListQuery>;

export const UserPatchBody = Type.Object(
  { name: Type.Optional(Name), status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])) },
  { additionalProperties: false, minProperties: 1 },
);

export const InvitationBody = Type.Object(
  { email: Email, name: Name, organisationId: Uuid, role: Role },
  { additionalProperties: false },
);
export type InvitationBody = Static<typeof InvitationBody>;

export const MembershipBody = Type.Object({ organisationId: Uuid, role: Role }, { additionalProperties: false });
export const MembershipParams = Type.Object({ id: Uuid, membershipId: Uuid }, { additionalProperties: false });
