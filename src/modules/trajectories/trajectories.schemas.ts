import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';

export const DateOnly = Type.String({ format: 'date', description: 'Datum (JJJJ-MM-DD).' });
/** A date or null, as one schema with `format: date` (the NL API Design Rules linter wants the format on the field itself). */
export const NullableDate = Type.Unsafe<string | null>({
  type: ['string', 'null'],
  format: 'date',
  description: 'Datum (JJJJ-MM-DD) of null.',
});

export const PHASES = ['referral', 'intake', 'jobSearch', 'workingWithSupport', 'followUp', 'closed'] as const;
export type Phase = (typeof PHASES)[number];
export const PhaseSchema = Type.Enum(PHASES, {
  description:
    'Fase: referral (aanmelding), intake, jobSearch (zoeken naar werk), workingWithSupport (aan het werk met steun), followUp (nazorg), closed (afgesloten).',
});
export const CLOSED_REASONS = [
  'sustainableWork',
  'workWithoutSupport',
  'education',
  'movedAway',
  'noLongerWantsSupport',
  'noContact',
  'healthReasons',
  'referredElsewhere',
  'other',
] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];
export const ClosedReasonSchema = Type.Enum(CLOSED_REASONS, { description: 'Reden van afsluiten.' });

export const ApproachCode = Type.String({
  pattern: '^[a-z][a-zA-Z0-9]{1,39}$',
  description: 'Code van de aanpak, bijvoorbeeld ips.',
});
export const Approach = Type.Object(
  { code: ApproachCode, name: Type.String(), active: Type.Boolean() },
  { $id: 'Approach', additionalProperties: false },
);
export type Approach = Static<typeof Approach>;
export const ApproachList = Type.Object({ items: Type.Array(Approach) }, { additionalProperties: false });

export const PhaseEvent = Type.Object(
  {
    id: Uuid,
    fromPhase: Type.Union([PhaseSchema, Type.Null()]),
    toPhase: PhaseSchema,
    occurredOn: DateOnly,
    reason: Type.Union([Type.String(), Type.Null()]),
    recordedByName: Type.Union([Type.String(), Type.Null()]),
    recordedAt: DateTime,
  },
  { additionalProperties: false },
);
export const Assignment = Type.Object(
  {
    id: Uuid,
    userId: Uuid,
    name: Type.String(),
    isLead: Type.Boolean(),
    assignedAt: DateTime,
  },
  { additionalProperties: false },
);
export const Trajectory = Type.Object(
  {
    id: Uuid,
    participantId: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    approachCode: ApproachCode,
    approachName: Type.String(),
    phase: PhaseSchema,
    referralDate: DateOnly,
    closedOn: Type.Union([DateOnly, Type.Null()]),
    closedReason: Type.Union([ClosedReasonSchema, Type.Null()]),
    phaseEvents: Type.Array(PhaseEvent),
    assignments: Type.Array(Assignment),
    createdAt: DateTime,
  },
  { $id: 'Trajectory', additionalProperties: false },
);
export type Trajectory = Static<typeof Trajectory>;
export const TrajectoryList = Type.Object({ items: Type.Array(Trajectory) }, { additionalProperties: false });

export const TrajectoryCreateBody = Type.Object(
  {
    approachCode: ApproachCode,
    referralDate: DateOnly,
  },
  { additionalProperties: false },
);
export type TrajectoryCreateBody = Static<typeof TrajectoryCreateBody>;

export const PhaseChangeBody = Type.Object(
  {
    toPhase: PhaseSchema,
    occurredOn: DateOnly,
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
    closedReason: Type.Optional(ClosedReasonSchema),
  },
  { additionalProperties: false },
);
export type PhaseChangeBody = Static<typeof PhaseChangeBody>;

export const AssignmentBody = Type.Object(
  { userId: Uuid, isLead: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type AssignmentBody = Static<typeof AssignmentBody>;
export const AssignmentParams = Type.Object({ id: Uuid, assignmentId: Uuid }, { additionalProperties: false });
