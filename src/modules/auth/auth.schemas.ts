import { Type, type Static } from 'typebox';
import { DateTime, Email, Language, Membership, Name, Page, PageQuery, Password, Uuid } from '../../shared/schemas.js';

export const SessionState = Type.Union(
  [Type.Literal('secondFactor'), Type.Literal('secondFactorSetup'), Type.Literal('active')],
  {
    description:
      'active: ingelogd; secondFactor: code uit de app nodig; secondFactorSetup: tweestapsverificatie moet eerst worden ingesteld.',
  },
);

export const SessionView = Type.Object(
  {
    state: SessionState,
    csrfToken: Type.String({ description: 'Stuur mee als kop X-CSRF-Token bij elke wijziging.' }),
    user: Type.Object(
      {
        id: Uuid,
        name: Type.String(),
        email: Type.String(),
        language: Language,
        secondFactorEnabled: Type.Boolean(),
        memberships: Type.Array(Membership),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'Session', additionalProperties: false },
);
export type SessionView = Static<typeof SessionView>;

export const LoginBody = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export const SecondFactorBody = Type.Object(
  { code: Type.String({ minLength: 6, maxLength: 20, description: '6 cijfers uit de app, of een herstelcode.' }) },
  { additionalProperties: false },
);
export const ResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });
export const TokenPasswordBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100 }), password: Password },
  { additionalProperties: false },
);

export const Profile = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    email: Type.String(),
    language: Language,
    secondFactorEnabled: Type.Boolean(),
    secondFactorRequired: Type.Boolean(),
    recoveryCodesLeft: Type.Integer({ minimum: 0 }),
    memberships: Type.Array(Membership),
  },
  { $id: 'Profile', additionalProperties: false },
);
export const ProfilePatch = Type.Object(
  { name: Type.Optional(Name), language: Type.Optional(Language) },
  { additionalProperties: false, minProperties: 1 },
);
export const PasswordChangeBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Password },
  { additionalProperties: false },
);

export const SecondFactorSetup = Type.Object(
  { secret: Type.String(), otpauthUri: Type.String(), qrSvg: Type.String({ description: 'QR-code als SVG.' }) },
  { additionalProperties: false },
);
export const SecondFactorCodeBody = Type.Object(
  { code: Type.String({ minLength: 6, maxLength: 20 }) },
  { additionalProperties: false },
);
export const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String()) }, { additionalProperties: false });

export const OwnSession = Type.Object(
  {
    id: Uuid,
    createdAt: DateTime,
    lastSeenAt: DateTime,
    clientAddress: Type.Union([Type.String(), Type.Null()]),
    userAgent: Type.Union([Type.String(), Type.Null()]),
    authMethod: Type.String(),
    current: Type.Boolean(),
  },
  { additionalProperties: false },
);
export const OwnSessionList = Type.Object({ items: Type.Array(OwnSession) }, { additionalProperties: false });

export const OwnAuditEvent = Type.Object(
  {
    occurredAt: DateTime,
    action: Type.String(),
    actionDescription: Type.String(),
    resourceType: Type.String(),
    actorType: Type.String(),
    actorName: Type.Union([Type.String(), Type.Null()]),
    byThemself: Type.Boolean({ description: 'De persoon zelf deed dit.' }),
    role: Type.Union([Type.String(), Type.Null()]),
    organisationName: Type.Union([Type.String(), Type.Null()]),
    outcome: Type.String(),
  },
  { additionalProperties: false },
);
export const OwnAuditPage = Page(OwnAuditEvent);
export const OwnAuditQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

export const LoginOptions = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          organisationSlug: Type.String(),
          organisationName: Type.String(),
          displayName: Type.String(),
          url: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
