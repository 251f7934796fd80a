/** TypeBox schemas of introductions (ADR 0019). */
import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { CandidateProfile, ProfileId } from '../candidate-search/candidate-search.schemas.js';

export const INTRODUCTION_STATUSES = ['requested', 'accepted', 'declined', 'expired'] as const;
export const IntroductionStatus = Type.Enum(INTRODUCTION_STATUSES, {
  description:
    'requested (wacht op antwoord), accepted (de deelnemer zei ja), declined (de deelnemer zei nee), expired (niet beantwoord binnen 14 dagen).',
});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(s: T) => Type.Union([s, Type.Null()]);

export const IntroductionRequestBody = Type.Object(
  {
    profileId: ProfileId,
    message: Type.String({ minLength: 1, maxLength: 2000, description: 'Waarom u kennis wilt maken.' }),
    vacancyId: Type.Optional(
      Type.Union([Uuid, Type.Null()], { description: 'De vacature waarvoor (een open vacature van uw bedrijf).' }),
    ),
  },
  { additionalProperties: false },
);
export type IntroductionRequestBody = Static<typeof IntroductionRequestBody>;

/** What the employer (and employer advisers of the region) see. The candidate only after a yes. */
export const EmployerIntroduction = Type.Object(
  {
    id: Uuid,
    profileId: Type.Union([ProfileId, Type.Null()], {
      description: 'Het profiel-id voor uw organisatie; null voor wie niet de aanvrager is.',
    }),
    employerOrganisationName: Type.String(),
    vacancyId: Nullable(Uuid),
    vacancyTitle: Nullable(Type.String()),
    message: Type.String(),
    requestedByName: Type.String(),
    requestedAt: DateTime,
    expiresAt: DateTime,
    decidedAt: Nullable(DateTime),
    status: IntroductionStatus,
    candidate: Type.Union(
      [Type.Object({ name: Type.String(), contactRoute: Type.String() }, { additionalProperties: false }), Type.Null()],
      {
        description: 'Naam en afgesproken contactweg: alleen voor de aanvrager, en alleen na het ja van de deelnemer.',
      },
    ),
  },
  { $id: 'EmployerIntroduction', additionalProperties: false },
);
export type EmployerIntroduction = Static<typeof EmployerIntroduction>;
export const EmployerIntroductionList = Type.Object(
  { items: Type.Array(EmployerIntroduction) },
  { additionalProperties: false },
);

export const IntroductionEvent = Type.Object(
  {
    status: Type.Enum(['requested', 'accepted', 'declined']),
    onBehalf: Type.Boolean({ description: 'De begeleider legde het besluit van de deelnemer vast.' }),
    note: Nullable(Type.String()),
    recordedByName: Type.String(),
    recordedAt: DateTime,
  },
  { additionalProperties: false },
);

/** What the participant and their job coach see. */
export const ParticipantIntroduction = Type.Object(
  {
    id: Uuid,
    employerName: Type.String(),
    vacancyTitle: Nullable(Type.String()),
    message: Type.String(),
    requestedAt: DateTime,
    expiresAt: DateTime,
    status: IntroductionStatus,
    contactRoute: Nullable(Type.String()),
    events: Type.Array(IntroductionEvent),
  },
  { $id: 'ParticipantIntroduction', additionalProperties: false },
);
export type ParticipantIntroduction = Static<typeof ParticipantIntroduction>;

export const ParticipantIntroductions = Type.Object(
  {
    items: Type.Array(ParticipantIntroduction),
    profileViews: Type.Array(
      Type.Object(
        { organisationName: Type.String(), times: Type.Integer({ minimum: 1 }), lastSeenAt: DateTime },
        { additionalProperties: false },
      ),
      { description: 'Wie het profiel zonder naam zag bij het zoeken (uit het logboek).' },
    ),
    findable: Type.Boolean({ description: 'Of het profiel vandaag door werkgevers te vinden is.' }),
    profile: Type.Union([CandidateProfile, Type.Null()], {
      description: 'Zo ziet een werkgever het profiel (met een voorbeeld-id); null als het niet te vinden is.',
    }),
  },
  { additionalProperties: false },
);
export type ParticipantIntroductions = Static<typeof ParticipantIntroductions>;

export const DecisionBody = Type.Object(
  {
    decision: Type.Enum(['accepted', 'declined']),
    contactRoute: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 500,
        description: 'Bij ja verplicht: hoe de werkgever contact mag opnemen (bv. "via mijn jobcoach, 030-1234567").',
      }),
    ),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;

export const IntroductionParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const ParticipantIntroductionParams = Type.Object(
  { id: Uuid, introductionId: Uuid },
  { additionalProperties: false },
);
