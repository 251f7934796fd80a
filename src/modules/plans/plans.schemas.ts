import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { NullableDate } from '../trajectories/trajectories.schemas.js';

export const DOMAINS = ['work', 'income', 'debts', 'care', 'housing', 'youth', 'wmo'] as const;
export const Domain = Type.Enum(DOMAINS, {
  description:
    'Leefgebied: work (werk), income (inkomen), debts (schulden), care (zorg), housing (wonen), youth (jeugd), wmo.',
});
export const GoalStatus = Type.Enum(['open', 'achieved', 'stopped'] as const, {
  description: 'open, achieved (gehaald) of stopped (gestopt).',
});
export const ActionOwner = Type.Enum(['participant', 'professional', 'together'] as const, {
  description: 'Wie doet het: participant (de deelnemer), professional (de begeleider), together (samen).',
});
export const AgreementMethod = Type.Enum(['portal', 'paper', 'verbal'] as const, {
  description: 'Hoe afgesproken: portal (in Meedoen), paper (op papier), verbal (mondeling).',
});

export const PlanComment = Type.Object(
  { id: Uuid, authorName: Type.String(), byParticipant: Type.Boolean(), text: Type.String(), createdAt: DateTime },
  { additionalProperties: false },
);
export const PlanAction = Type.Object(
  {
    id: Uuid,
    goalId: Uuid,
    title: Type.String(),
    owner: ActionOwner,
    dueDate: NullableDate,
    done: Type.Boolean(),
    doneAt: Type.Union([DateTime, Type.Null()]),
    doneByName: Type.Union([Type.String(), Type.Null()]),
    overdue: Type.Boolean({ description: 'Niet gedaan en de datum is voorbij.' }),
    comments: Type.Array(PlanComment),
  },
  { additionalProperties: false },
);
export const PlanGoal = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    domain: Domain,
    title: Type.String(),
    description: Type.Union([Type.String(), Type.Null()]),
    status: GoalStatus,
    targetDate: NullableDate,
    createdByName: Type.Union([Type.String(), Type.Null()]),
    createdAt: DateTime,
    actions: Type.Array(PlanAction),
  },
  { $id: 'PlanGoal', additionalProperties: false },
);
export type PlanGoal = Static<typeof PlanGoal>;
export const Plan = Type.Object(
  {
    goals: Type.Array(PlanGoal, { description: 'De doelen die u mag zien (per organisatie en toestemming).' }),
    hiddenGoals: Type.Integer({ description: 'Doelen van andere organisaties die u zonder toestemming niet ziet.' }),
    lastAgreement: Type.Union([
      Type.Object(
        { agreedAt: DateTime, method: AgreementMethod, recordedByName: Type.String() },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    changedSinceAgreement: Type.Boolean({ description: 'Het plan is veranderd sinds de deelnemer het afsprak.' }),
  },
  { $id: 'Plan', additionalProperties: false },
);
export type Plan = Static<typeof Plan>;

export const PlanEvent = Type.Object(
  {
    id: Uuid,
    kind: Type.Enum([
      'goalAdded',
      'goalChanged',
      'actionAdded',
      'actionChanged',
      'actionDone',
      'actionReopened',
      'commentAdded',
      'agreed',
    ] as const),
    goalTitle: Type.Union([Type.String(), Type.Null()]),
    actionTitle: Type.Union([Type.String(), Type.Null()]),
    detail: Type.Record(Type.String(), Type.Unknown()),
    byName: Type.Union([Type.String(), Type.Null()]),
    at: DateTime,
  },
  { additionalProperties: false },
);
export const PlanHistory = Type.Object({ items: Type.Array(PlanEvent) }, { additionalProperties: false });

export const GoalBody = Type.Object(
  {
    domain: Domain,
    title: Type.String({ minLength: 1, maxLength: 200, description: 'Het doel in eenvoudige woorden (B1).' }),
    description: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
    targetDate: Type.Optional(NullableDate),
  },
  { additionalProperties: false },
);
export type GoalBody = Static<typeof GoalBody>;
export const GoalPatchBody = Type.Object(
  {
    domain: Type.Optional(Domain),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    description: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
    targetDate: Type.Optional(NullableDate),
    status: Type.Optional(GoalStatus),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type GoalPatchBody = Static<typeof GoalPatchBody>;
export const ActionBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200, description: 'Wat er gebeurt, in eenvoudige woorden (B1).' }),
    owner: ActionOwner,
    dueDate: Type.Optional(NullableDate),
  },
  { additionalProperties: false },
);
export type ActionBody = Static<typeof ActionBody>;
export const ActionPatchBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    owner: Type.Optional(ActionOwner),
    dueDate: Type.Optional(NullableDate),
    done: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ActionPatchBody = Static<typeof ActionPatchBody>;
export const CommentBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export const AgreementBody = Type.Object(
  { method: Type.Optional(AgreementMethod) },
  {
    additionalProperties: false,
    description: 'Een deelnemer spreekt af in Meedoen; een begeleider legt papier of mondeling vast.',
  },
);
export const GoalParams = Type.Object({ id: Uuid, goalId: Uuid }, { additionalProperties: false });
export const ActionParams = Type.Object({ id: Uuid, actionId: Uuid }, { additionalProperties: false });
