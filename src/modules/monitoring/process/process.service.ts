/**
 * Process evaluation per initiative (issue 5; seed 000: every initiative gets a process and an effect
 * evaluation). An initiative keeps its own list of questions — checklist items (yes / partly / no / not
 * applicable, with a note) and open questions — and answers them in rounds over time: who took part, when,
 * what was agreed. A question is archived, never deleted, so that old rounds keep their meaning.
 *
 * Access: reading follows the initiative (`programme.read`); the questions belong to the programme's
 * organisation (`programme.manage`); a round is recorded by that organisation's programme managers or by an
 * evaluator (`processEvaluation.record`). No personal data: the participants of a round are professionals
 * named as the round's authors wrote them.
 */
import { AppError, invalidInput, type FieldError } from '../../../platform/errors/app-error.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Scope } from '../../../platform/access/enforce.js';
import type { ResourceRef } from '../../../platform/access/types.js';
import type { MessageKey } from '../../../platform/i18n/i18n.js';
import { todayInNl } from '../../../shared/dates.js';
import * as monitoringData from '../monitoring.data.js';
import type { BuildingBlock } from '../monitoring.schemas.js';
import * as data from './process.data.js';
import type {
  ProcessEvaluation,
  ProcessQuestion,
  ProcessQuestionBody,
  ProcessQuestionPatchBody,
  ProcessRoundBody,
} from './process.schemas.js';

const field = (pointer: string, code: string): FieldError => ({
  in: 'body',
  pointer,
  code,
  detailKey: `monitoring.process.field.${code}` as MessageKey,
});
const clean = (s: string | null | undefined) => s?.trim() || null;

const initiativeResource = (i: { id: string; organisationId: string }): ResourceRef => ({
  type: 'initiative',
  id: i.id,
  organisationId: i.organisationId,
});

async function loadInitiative(
  scope: Scope,
  action: 'programme.read' | 'programme.manage' | 'processEvaluation.record',
  id: string,
) {
  return scope.readOne(action, () => monitoringData.getInitiative(scope.q, id), initiativeResource);
}

/**
 * The standard questions an initiative can start from: two per building block of seed 000, as catalogue
 * keys (the questions are stored in the language of the person who adds them; they are then the
 * initiative's own text and can be changed).
 */
export const STANDARD_QUESTIONS: { key: string; kind: data.QuestionKind; buildingBlock: BuildingBlock }[] = [
  { key: 'resilience.support', kind: 'checklist', buildingBlock: 'resilience' },
  { key: 'resilience.voice', kind: 'open', buildingBlock: 'resilience' },
  { key: 'workplaces.employers', kind: 'checklist', buildingBlock: 'workplaces' },
  { key: 'workplaces.accommodations', kind: 'checklist', buildingBlock: 'workplaces' },
  { key: 'sustainableJobs.followUp', kind: 'checklist', buildingBlock: 'sustainableJobs' },
  { key: 'sustainableJobs.dropOut', kind: 'open', buildingBlock: 'sustainableJobs' },
  { key: 'stakeholderCooperation.agreements', kind: 'checklist', buildingBlock: 'stakeholderCooperation' },
  { key: 'stakeholderCooperation.obstacles', kind: 'open', buildingBlock: 'stakeholderCooperation' },
  { key: 'monitoringEvaluation.registration', kind: 'checklist', buildingBlock: 'monitoringEvaluation' },
  { key: 'monitoringEvaluation.learning', kind: 'open', buildingBlock: 'monitoringEvaluation' },
];

export async function getProcessEvaluation(ctx: RequestContext, initiativeId: string): Promise<ProcessEvaluation> {
  return ctx.data.read(async (scope) => {
    const initiative = await loadInitiative(scope, 'programme.read', initiativeId);
    const [questions, rounds, answers, can] = await Promise.all([
      data.listQuestions(scope.q, initiativeId),
      data.listRounds(scope.q, initiativeId),
      data.listAnswers(scope.q, initiativeId),
      scope.can(['programme.manage', 'processEvaluation.record'], initiativeResource(initiative)),
    ]);
    const byRound = new Map<string, data.AnswerRow[]>();
    for (const a of answers) {
      byRound.set(a.roundId, [...(byRound.get(a.roundId) ?? []), a]);
    }
    return {
      initiativeId,
      initiativeName: initiative.name,
      questions,
      rounds: rounds.map((r) => ({
        id: r.id,
        heldOn: r.heldOn,
        title: r.title,
        participants: r.participants,
        recordedBy: r.recordedBy,
        recordedAt: new Date(r.recordedAt).toISOString(),
        answers: (byRound.get(r.id) ?? []).map((a) => ({ questionId: a.questionId, status: a.status, note: a.note })),
      })),
      progress: checklistProgress(questions, rounds, answers),
      permissions: { manageQuestions: can['programme.manage'], recordRound: can['processEvaluation.record'] },
    };
  });
}

/**
 * Where the checklist stands: for each checklist item still asked, its status in the most recent round that
 * answered it with a status (rounds newest first); items never answered count as not answered.
 */
export function checklistProgress(
  questions: readonly Pick<data.QuestionRow, 'id' | 'kind' | 'archived'>[],
  roundsNewestFirst: readonly Pick<data.RoundRow, 'id'>[],
  answers: readonly data.AnswerRow[],
): ProcessEvaluation['progress'] {
  const order = new Map(roundsNewestFirst.map((r, i) => [r.id, i]));
  const latest = new Map<string, { rank: number; status: data.AnswerStatus }>();
  for (const a of answers) {
    const rank = order.get(a.roundId);
    if (a.status === null || rank === undefined) {
      continue;
    }
    const seen = latest.get(a.questionId);
    if (!seen || rank < seen.rank) {
      latest.set(a.questionId, { rank, status: a.status });
    }
  }
  const out = { checklistItems: 0, yes: 0, partly: 0, no: 0, notAnswered: 0 };
  for (const q of questions) {
    if (q.kind !== 'checklist' || q.archived) {
      continue;
    }
    out.checklistItems += 1;
    const status = latest.get(q.id)?.status;
    if (status === 'yes' || status === 'partly' || status === 'no') {
      out[status] += 1;
    } else if (status === undefined) {
      out.notAnswered += 1;
    }
    // notApplicable: counted as an item, in none of the four groups.
  }
  return out;
}

export async function addQuestion(
  ctx: RequestContext,
  initiativeId: string,
  body: ProcessQuestionBody,
): Promise<ProcessQuestion> {
  const id = await ctx.data.run(async (scope) => {
    await loadInitiative(scope, 'programme.manage', initiativeId);
    const text = body.text.trim();
    if (!text) {
      throw invalidInput([field('/text', 'required')]);
    }
    const [created] = await data.insertQuestions(
      scope.q,
      initiativeId,
      [{ text, help: clean(body.help), kind: body.kind, buildingBlock: body.buildingBlock ?? null }],
      scope.userId,
    );
    return created!;
  });
  return (await getQuestionOrThrow(ctx, id))!;
}

/** Adds the standard questions (in the caller's language) to an initiative that has none yet. */
export async function addStandardQuestions(ctx: RequestContext, initiativeId: string): Promise<ProcessQuestion[]> {
  await ctx.data.run(async (scope) => {
    await loadInitiative(scope, 'programme.manage', initiativeId);
    if ((await data.listQuestions(scope.q, initiativeId)).length > 0) {
      throw new AppError('conflict', { detailKey: 'monitoring.process.questions-exist' });
    }
    await data.insertQuestions(
      scope.q,
      initiativeId,
      STANDARD_QUESTIONS.map((s) => ({
        text: ctx.t(`monitoring.process.standard.${s.key}` as MessageKey),
        help: null,
        kind: s.kind,
        buildingBlock: s.buildingBlock,
      })),
      scope.userId,
    );
  });
  return (await getProcessEvaluation(ctx, initiativeId)).questions;
}

async function getQuestionOrThrow(ctx: RequestContext, id: string): Promise<ProcessQuestion | null> {
  return ctx.data.read(async (scope) => {
    const question = await data.getQuestion(scope.q, id);
    if (!question) {
      return null;
    }
    await loadInitiative(scope, 'programme.read', question.initiativeId);
    const { initiativeId: _ignored, ...rest } = question;
    return rest;
  });
}

export async function updateQuestion(
  ctx: RequestContext,
  id: string,
  body: ProcessQuestionPatchBody,
): Promise<ProcessQuestion> {
  await ctx.data.run(async (scope) => {
    const question = await data.getQuestion(scope.q, id);
    if (!question) {
      throw new AppError('not-found');
    }
    await loadInitiative(scope, 'programme.manage', question.initiativeId);
    const text = body.text === undefined ? question.text : body.text.trim();
    if (!text) {
      throw invalidInput([field('/text', 'required')]);
    }
    await data.updateQuestion(scope.q, id, {
      text,
      help: body.help === undefined ? question.help : clean(body.help),
      archived: body.archived ?? question.archived,
    });
  });
  return (await getQuestionOrThrow(ctx, id))!;
}

/** The rules for one round's answers; field errors point at the answer that breaks them. */
export function checkRound(
  body: ProcessRoundBody,
  questions: readonly Pick<data.QuestionRow, 'id' | 'kind' | 'archived'>[],
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (body.heldOn > today) {
    errors.push(field('/heldOn', 'in-future'));
  }
  if (!body.title.trim()) {
    errors.push(field('/title', 'required'));
  }
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  let answered = 0;
  body.answers.forEach((a, i) => {
    const q = byId.get(a.questionId);
    const note = clean(a.note);
    const status = a.status ?? null;
    if (!q || q.archived) {
      errors.push(field(`/answers/${i}/questionId`, 'unknown-question'));
      return;
    }
    if (seen.has(a.questionId)) {
      errors.push(field(`/answers/${i}/questionId`, 'duplicate-question'));
      return;
    }
    seen.add(a.questionId);
    if (q.kind === 'open' && status !== null) {
      errors.push(field(`/answers/${i}/status`, 'no-status-for-open'));
    } else if (q.kind === 'open' && note === null) {
      errors.push(field(`/answers/${i}/note`, 'answer-required'));
    } else if (q.kind === 'checklist' && status === null) {
      errors.push(field(`/answers/${i}/status`, 'status-required'));
    }
    if (status !== null || note !== null) {
      answered += 1;
    }
  });
  if (errors.length === 0 && answered === 0) {
    errors.push(field('/answers', 'one-answer'));
  }
  return errors;
}

export async function recordRound(
  ctx: RequestContext,
  initiativeId: string,
  body: ProcessRoundBody,
): Promise<ProcessEvaluation> {
  await ctx.data.run(async (scope) => {
    await loadInitiative(scope, 'processEvaluation.record', initiativeId);
    const questions = await data.listQuestions(scope.q, initiativeId);
    const errors = checkRound(body, questions, todayInNl());
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertRound(
      scope.q,
      {
        initiativeId,
        heldOn: body.heldOn,
        title: body.title.trim(),
        participants: clean(body.participants),
        userId: scope.userId,
      },
      body.answers.map((a) => ({ questionId: a.questionId, status: a.status ?? null, note: clean(a.note) })),
    );
  });
  return getProcessEvaluation(ctx, initiativeId);
}
