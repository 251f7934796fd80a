/** Schemas of the process evaluation (routes in monitoring.routes.ts, rules in process.service.ts). */
import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../../shared/schemas.js';
import { DateOnly } from '../../trajectories/trajectories.schemas.js';
import { BuildingBlockSchema } from '../monitoring.schemas.js';

export const QUESTION_KINDS = ['checklist', 'open'] as const;
export const ANSWER_STATUSES = ['yes', 'partly', 'no', 'notApplicable'] as const;

const QuestionKind = Type.Enum(QUESTION_KINDS, {
  description:
    'checklist: ja / deels / nee / niet van toepassing, met toelichting; open: alleen een antwoord in woorden.',
});
const AnswerStatus = Type.Enum(ANSWER_STATUSES);
const OptionalText = (max: number) => Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: max })]));

export const ProcessQuestion = Type.Object(
  {
    id: Uuid,
    position: Type.Integer(),
    text: Type.String(),
    help: Type.Union([Type.Null(), Type.String()]),
    kind: QuestionKind,
    buildingBlock: Type.Union([Type.Null(), BuildingBlockSchema]),
    archived: Type.Boolean({ description: 'Niet meer gevraagd; eerdere antwoorden blijven bewaard.' }),
  },
  { additionalProperties: false },
);
export type ProcessQuestion = Static<typeof ProcessQuestion>;

const ProcessAnswer = Type.Object(
  { questionId: Uuid, status: Type.Union([Type.Null(), AnswerStatus]), note: Type.Union([Type.Null(), Type.String()]) },
  { additionalProperties: false },
);

export const ProcessRound = Type.Object(
  {
    id: Uuid,
    heldOn: DateOnly,
    title: Type.String(),
    participants: Type.Union([Type.Null(), Type.String()]),
    recordedBy: Type.Union([Type.Null(), Type.String()]),
    recordedAt: DateTime,
    answers: Type.Array(ProcessAnswer),
  },
  { additionalProperties: false },
);
export type ProcessRound = Static<typeof ProcessRound>;

export const ProcessEvaluation = Type.Object(
  {
    initiativeId: Uuid,
    initiativeName: Type.String(),
    questions: Type.Array(ProcessQuestion),
    rounds: Type.Array(ProcessRound, { description: 'Nieuwste eerst.' }),
    progress: Type.Object(
      {
        checklistItems: Type.Integer({ description: 'Checklistvragen die nog gesteld worden.' }),
        yes: Type.Integer({ description: 'Daarvan in de laatste ronde waarin ze beantwoord zijn: ja.' }),
        partly: Type.Integer(),
        no: Type.Integer(),
        notAnswered: Type.Integer(),
      },
      { additionalProperties: false },
    ),
    permissions: Type.Object(
      { manageQuestions: Type.Boolean(), recordRound: Type.Boolean() },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type ProcessEvaluation = Static<typeof ProcessEvaluation>;

export const ProcessQuestionBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 500 }),
    help: OptionalText(1000),
    kind: QuestionKind,
    buildingBlock: Type.Optional(Type.Union([Type.Null(), BuildingBlockSchema])),
  },
  { additionalProperties: false },
);
export type ProcessQuestionBody = Static<typeof ProcessQuestionBody>;

export const ProcessQuestionPatchBody = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    help: OptionalText(1000),
    archived: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ProcessQuestionPatchBody = Static<typeof ProcessQuestionPatchBody>;

export const ProcessRoundBody = Type.Object(
  {
    heldOn: DateOnly,
    title: Type.String({ minLength: 1, maxLength: 200, description: 'Bijvoorbeeld "Tussenevaluatie voorjaar".' }),
    participants: OptionalText(1000),
    answers: Type.Array(
      Type.Object(
        {
          questionId: Uuid,
          status: Type.Optional(Type.Union([Type.Null(), AnswerStatus])),
          note: OptionalText(4000),
        },
        { additionalProperties: false },
      ),
      {
        maxItems: 200,
        description: 'Een antwoord per vraag die deze ronde is besproken; overgeslagen vragen laat u weg.',
      },
    ),
  },
  { additionalProperties: false },
);
export type ProcessRoundBody = Static<typeof ProcessRoundBody>;
