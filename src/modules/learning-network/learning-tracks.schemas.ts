/** Schemas of learning tracks (leergang), intervision groups and quality checks. */
import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { DateOnly, NullableDate } from '../trajectories/trajectories.schemas.js';
import { Material } from './learning-network.schemas.js';

const Title = Type.String({ minLength: 1, maxLength: 200 });
const Text = (max: number) => Type.String({ maxLength: max });

export const PROGRESS_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export const ProgressStatus = Type.Enum(PROGRESS_STATUSES, {
  description: 'notStarted (nog niet begonnen), inProgress (bezig), done (klaar).',
});
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const TrackParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const ModuleParams = Type.Object({ id: Uuid, moduleId: Uuid }, { additionalProperties: false });
export const ProgressParams = Type.Object(
  { id: Uuid, assignmentId: Uuid, organisationId: Uuid },
  { additionalProperties: false },
);

export const TrackSummary = Type.Object(
  {
    id: Uuid,
    networkId: Uuid,
    networkName: Type.String(),
    name: Type.String(),
    description: Type.String(),
    startsOn: DateOnly,
    endsOn: DateOnly,
    municipalityCount: Type.Integer({ minimum: 0 }),
  },
  { $id: 'LearningTrackSummary', additionalProperties: false },
);
export const TrackList = Type.Object({ items: Type.Array(TrackSummary) }, { additionalProperties: false });

const ProgressCell = Type.Object(
  {
    organisationId: Uuid,
    status: ProgressStatus,
    note: Type.String(),
    updatedAt: Type.Union([Type.Null(), DateTime]),
  },
  { additionalProperties: false },
);

export const Track = Type.Object(
  {
    id: Uuid,
    networkId: Uuid,
    networkName: Type.String(),
    name: Type.String(),
    description: Type.String(),
    startsOn: DateOnly,
    endsOn: DateOnly,
    municipalities: Type.Array(
      Type.Object(
        {
          organisationId: Uuid,
          name: Type.String(),
          done: Type.Integer({ minimum: 0, description: 'Aantal opdrachten klaar.' }),
          total: Type.Integer({ minimum: 0, description: 'Aantal opdrachten in de leergang.' }),
          mayReport: Type.Boolean({ description: 'U kunt de voortgang van deze gemeente bijhouden.' }),
        },
        { additionalProperties: false },
      ),
    ),
    modules: Type.Array(
      Type.Object(
        {
          id: Uuid,
          position: Type.Integer({ minimum: 1 }),
          title: Type.String(),
          description: Type.String(),
          startsOn: DateOnly,
          endsOn: DateOnly,
          assignments: Type.Array(
            Type.Object(
              {
                id: Uuid,
                title: Type.String(),
                description: Type.String(),
                dueOn: DateOnly,
                progress: Type.Array(ProgressCell, {
                  description: 'Per gemeente van de leergang, in dezelfde volgorde.',
                }),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    materials: Type.Array(Material),
    permissions: Type.Object({ manage: Type.Boolean() }, { additionalProperties: false }),
  },
  { $id: 'LearningTrack', additionalProperties: false },
);
export type Track = Static<typeof Track>;

export const TrackCreateBody = Type.Object(
  {
    name: Title,
    description: Type.Optional(Text(5000)),
    startsOn: DateOnly,
    endsOn: DateOnly,
    organisationIds: Type.Array(Uuid, {
      minItems: 1,
      maxItems: 50,
      uniqueItems: true,
      description: 'De gemeenten (organisaties van het soort gemeente) van de leergang.',
    }),
  },
  { additionalProperties: false },
);
export type TrackCreateBody = Static<typeof TrackCreateBody>;

export const ModuleBody = Type.Object(
  {
    title: Title,
    description: Type.Optional(Text(5000)),
    startsOn: DateOnly,
    endsOn: DateOnly,
    assignments: Type.Optional(
      Type.Array(
        Type.Object(
          { title: Title, description: Type.Optional(Text(5000)), dueOn: DateOnly },
          { additionalProperties: false },
        ),
        { maxItems: 30 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ModuleBody = Static<typeof ModuleBody>;

export const ProgressBody = Type.Object(
  { status: ProgressStatus, note: Type.Optional(Text(2000)) },
  { additionalProperties: false },
);
export type ProgressBody = Static<typeof ProgressBody>;

export const TrackMaterialsBody = Type.Object(
  { knowledgeItemIds: Type.Array(Uuid, { maxItems: 100, uniqueItems: true }) },
  { additionalProperties: false },
);
export type TrackMaterialsBody = Static<typeof TrackMaterialsBody>;

// --- Intervision groups ------------------------------------------------------------------------------

export const GroupParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const IntervisionGroup = Type.Object(
  {
    id: Uuid,
    networkId: Uuid,
    name: Type.String(),
    method: Type.String({ description: 'Werkwijze, bijvoorbeeld de incidentmethode.' }),
    description: Type.String(),
    members: Type.Array(Type.Object({ userId: Uuid, name: Type.String() }, { additionalProperties: false })),
    sessions: Type.Array(
      Type.Object(
        { eventId: Uuid, title: Type.String(), startsAt: DateTime, endsAt: DateTime, status: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'LearningIntervisionGroup', additionalProperties: false },
);
export const IntervisionGroupList = Type.Object(
  { items: Type.Array(IntervisionGroup) },
  { additionalProperties: false },
);
export const GroupCreateBody = Type.Object(
  {
    name: Title,
    method: Type.Optional(Text(200)),
    description: Type.Optional(Text(5000)),
    memberIds: Type.Array(Uuid, {
      maxItems: 20,
      uniqueItems: true,
      description: 'Leden: mensen die lid zijn van het netwerk.',
    }),
  },
  { additionalProperties: false },
);
export type GroupCreateBody = Static<typeof GroupCreateBody>;

// --- Quality checks -----------------------------------------------------------------------------------

export const CHECK_KINDS = ['fidelityReview', 'practiceCheck', 'caseReview', 'other'] as const;
export const CheckKind = Type.Enum(CHECK_KINDS, {
  description:
    'fidelityReview (modelgetrouwheid, bijv. IPS-fidelityschaal), practiceCheck (praktijktoets), caseReview (dossiertoets), other.',
});
export const OUTCOMES = ['sufficient', 'partlySufficient', 'insufficient'] as const;
export const Outcome = Type.Enum(OUTCOMES, {
  description: 'sufficient (voldoende), partlySufficient (deels voldoende), insufficient (onvoldoende).',
});

export const QualityCheck = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    teamName: Type.String(),
    kind: CheckKind,
    approachCode: Type.Union([Type.Null(), Type.String()]),
    plannedOn: DateOnly,
    performedOn: NullableDate,
    reviewer: Type.String(),
    outcome: Type.Union([Type.Null(), Outcome]),
    score: Type.Union([Type.Null(), Type.Number()]),
    maxScore: Type.Union([Type.Null(), Type.Number()]),
    findings: Type.String(),
    followUp: Type.String(),
    overdue: Type.Boolean({ description: 'Gepland in het verleden en nog niet gedaan.' }),
    fidelityReview: Type.Union(
      [
        Type.Null(),
        Type.Object(
          { id: Uuid, reviewedOn: DateOnly, teamName: Type.Union([Type.Null(), Type.String()]) },
          { additionalProperties: false },
        ),
      ],
      { description: 'De meting van de modelgetrouwheid (monitoring) die deze check was, als die er is.' },
    ),
    updatedAt: DateTime,
  },
  { $id: 'LearningQualityCheck', additionalProperties: false },
);
export const QualityCheckList = Type.Object(
  {
    items: Type.Array(QualityCheck),
    permissions: Type.Object(
      { manage: Type.Boolean({ description: 'U kunt checks van deze organisatie plannen en vastleggen.' }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export const QualityCheckQuery = Type.Object({ organisationId: Uuid }, { additionalProperties: false });
export const QualityCheckCreateBody = Type.Object(
  {
    organisationId: Uuid,
    teamName: Title,
    kind: CheckKind,
    approachCode: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 40 })])),
    plannedOn: DateOnly,
    reviewer: Type.Optional(Text(200)),
  },
  { additionalProperties: false },
);
export type QualityCheckCreateBody = Static<typeof QualityCheckCreateBody>;
export const QualityCheckRecordBody = Type.Object(
  {
    performedOn: DateOnly,
    outcome: Outcome,
    reviewer: Type.Optional(Text(200)),
    score: Type.Optional(Type.Union([Type.Null(), Type.Number({ minimum: 0, maximum: 10000 })])),
    maxScore: Type.Optional(Type.Union([Type.Null(), Type.Number({ exclusiveMinimum: 0, maximum: 10000 })])),
    findings: Type.Optional(Text(10000)),
    followUp: Type.Optional(Text(5000)),
    fidelityReviewId: Type.Optional(
      Type.Union([Type.Null(), Uuid], {
        description: 'De meting van de modelgetrouwheid van dezelfde organisatie (alleen bij soort fidelityReview).',
      }),
    ),
  },
  { additionalProperties: false },
);
export type QualityCheckRecordBody = Static<typeof QualityCheckRecordBody>;
