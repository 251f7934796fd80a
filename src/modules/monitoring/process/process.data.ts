/** SQL of the process evaluation: an initiative's questions and the rounds in which they were answered. */
import type { Queryable } from '../../../platform/db/db.js';
import type { BuildingBlock } from '../monitoring.schemas.js';

export type QuestionKind = 'checklist' | 'open';
export type AnswerStatus = 'yes' | 'partly' | 'no' | 'notApplicable';

export interface QuestionRow {
  id: string;
  initiativeId: string;
  position: number;
  text: string;
  help: string | null;
  kind: QuestionKind;
  buildingBlock: BuildingBlock | null;
  archived: boolean;
}

export interface RoundRow {
  id: string;
  initiativeId: string;
  heldOn: string;
  title: string;
  participants: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface AnswerRow {
  roundId: string;
  questionId: string;
  status: AnswerStatus | null;
  note: string | null;
}

const QUESTION = `q.id, q.initiative_id AS "initiativeId", q.position, q.text, q.help, q.kind,
  q.building_block AS "buildingBlock", (q.archived_at IS NOT NULL) AS archived`;

export async function listQuestions(q: Queryable, initiativeId: string): Promise<QuestionRow[]> {
  const { rows } = await q.query<QuestionRow>(
    `SELECT ${QUESTION} FROM process_questions q WHERE q.initiative_id = $1 ORDER BY q.position, q.created_at`,
    [initiativeId],
  );
  return rows;
}

export async function getQuestion(q: Queryable, id: string): Promise<QuestionRow | null> {
  const { rows } = await q.query<QuestionRow>(`SELECT ${QUESTION} FROM process_questions q WHERE q.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertQuestions(
  q: Queryable,
  initiativeId: string,
  questions: { text: string; help: string | null; kind: QuestionKind; buildingBlock: BuildingBlock | null }[],
  userId: string | null,
): Promise<string[]> {
  // Positions continue after the last one; one statement for the whole list (the standard set is 15 rows).
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO process_questions (initiative_id, position, text, help, kind, building_block, created_by)
     SELECT $1, coalesce((SELECT max(position) FROM process_questions WHERE initiative_id = $1), 0) + n.ord,
            n.text, n.help, n.kind, n.building_block, $6::uuid
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS n(text, help, kind, building_block, ord)
     RETURNING id`,
    [
      initiativeId,
      questions.map((x) => x.text),
      questions.map((x) => x.help),
      questions.map((x) => x.kind),
      questions.map((x) => x.buildingBlock),
      userId,
    ],
  );
  return rows.map((r) => r.id);
}

export async function updateQuestion(
  q: Queryable,
  id: string,
  change: { text: string; help: string | null; archived: boolean },
): Promise<void> {
  await q.query(
    `UPDATE process_questions SET text = $2, help = $3,
            archived_at = CASE WHEN $4 THEN coalesce(archived_at, now()) ELSE NULL END
      WHERE id = $1`,
    [id, change.text, change.help, change.archived],
  );
}

export async function listRounds(q: Queryable, initiativeId: string): Promise<RoundRow[]> {
  const { rows } = await q.query<RoundRow>(
    `SELECT r.id, r.initiative_id AS "initiativeId", to_char(r.held_on, 'YYYY-MM-DD') AS "heldOn", r.title,
            r.participants, u.name AS "recordedBy", r.recorded_at AS "recordedAt"
       FROM process_rounds r LEFT JOIN users u ON u.id = r.recorded_by
      WHERE r.initiative_id = $1 ORDER BY r.held_on DESC, r.recorded_at DESC`,
    [initiativeId],
  );
  return rows;
}

export async function listAnswers(q: Queryable, initiativeId: string): Promise<AnswerRow[]> {
  const { rows } = await q.query<AnswerRow>(
    `SELECT a.round_id AS "roundId", a.question_id AS "questionId", a.status, a.note
       FROM process_answers a JOIN process_rounds r ON r.id = a.round_id WHERE r.initiative_id = $1`,
    [initiativeId],
  );
  return rows;
}

export async function insertRound(
  q: Queryable,
  round: { initiativeId: string; heldOn: string; title: string; participants: string | null; userId: string | null },
  answers: { questionId: string; status: AnswerStatus | null; note: string | null }[],
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO process_rounds (initiative_id, held_on, title, participants, recorded_by)
     VALUES ($1, $2, $3, $4, $5::uuid) RETURNING id`,
    [round.initiativeId, round.heldOn, round.title, round.participants, round.userId],
  );
  const id = rows[0]!.id;
  await q.query(
    `INSERT INTO process_answers (round_id, question_id, status, note)
     SELECT $1, a.question_id, a.status, a.note
       FROM unnest($2::uuid[], $3::text[], $4::text[]) AS a(question_id, status, note)`,
    [id, answers.map((a) => a.questionId), answers.map((a) => a.status), answers.map((a) => a.note)],
  );
  return id;
}
