/** SQL for the support plan: goals, actions, comments, agreements and the event history. */
import type { Queryable } from '../../platform/db/db.js';

export interface GoalRow {
  id: string;
  participantId: string;
  organisationId: string;
  organisationName: string;
  domain: string;
  title: string;
  description: string | null;
  status: string;
  targetDate: string | null;
  createdByName: string | null;
  createdAt: Date;
}
export interface ActionRow {
  id: string;
  goalId: string;
  title: string;
  owner: string;
  dueDate: string | null;
  doneAt: Date | null;
  doneByName: string | null;
  overdue: boolean;
}
export interface CommentRow {
  id: string;
  actionId: string;
  authorName: string;
  byParticipant: boolean;
  text: string;
  createdAt: Date;
}

const GOALS = `SELECT g.id, g.participant_id AS "participantId", g.organisation_id AS "organisationId", o.name AS "organisationName",
       g.domain, g.title, g.description, g.status, g.target_date AS "targetDate", u.name AS "createdByName", g.created_at AS "createdAt"
  FROM plan_goals g JOIN organisations o ON o.id = g.organisation_id LEFT JOIN users u ON u.id = g.created_by`;

export async function findGoals(q: Queryable, participantId: string): Promise<GoalRow[]> {
  const { rows } = await q.query<GoalRow>(
    `${GOALS} WHERE g.participant_id = $1 ORDER BY (g.status = 'open') DESC, g.created_at`,
    [participantId],
  );
  return rows;
}

export async function getGoal(q: Queryable, participantId: string, goalId: string): Promise<GoalRow | null> {
  const { rows } = await q.query<GoalRow>(`${GOALS} WHERE g.id = $1 AND g.participant_id = $2`, [
    goalId,
    participantId,
  ]);
  return rows[0] ?? null;
}

export async function findActions(q: Queryable, goalIds: string[]): Promise<ActionRow[]> {
  const { rows } = await q.query<ActionRow>(
    `SELECT a.id, a.goal_id AS "goalId", a.title, a.owner, a.due_date AS "dueDate", a.done_at AS "doneAt", u.name AS "doneByName",
            (a.done_at IS NULL AND a.due_date < (now() AT TIME ZONE 'Europe/Amsterdam')::date) AS overdue
       FROM plan_actions a LEFT JOIN users u ON u.id = a.done_by
      WHERE a.goal_id = ANY($1::uuid[]) ORDER BY (a.done_at IS NULL) DESC, a.due_date NULLS LAST, a.created_at`,
    [goalIds],
  );
  return rows;
}

/** An action with the goal (and so the organisation) it belongs to. */
export async function getAction(
  q: Queryable,
  participantId: string,
  actionId: string,
): Promise<(ActionRow & { goal: GoalRow }) | null> {
  const { rows } = await q.query<{ goal_id: string }>(
    `SELECT a.goal_id FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id WHERE a.id = $1 AND g.participant_id = $2`,
    [actionId, participantId],
  );
  const goalId = rows[0]?.goal_id;
  if (!goalId) {
    return null;
  }
  const goal = (await getGoal(q, participantId, goalId))!;
  const action = (await findActions(q, [goalId])).find((a) => a.id === actionId)!;
  return { ...action, goal };
}

export async function findComments(q: Queryable, actionIds: string[]): Promise<CommentRow[]> {
  const { rows } = await q.query<CommentRow>(
    `SELECT c.id, c.action_id AS "actionId", u.name AS "authorName",
            EXISTS (SELECT 1 FROM participants p WHERE p.user_id = c.author_id) AS "byParticipant", c.text, c.created_at AS "createdAt"
       FROM plan_comments c JOIN users u ON u.id = c.author_id WHERE c.action_id = ANY($1::uuid[]) ORDER BY c.created_at`,
    [actionIds],
  );
  return rows;
}

export async function insertGoal(
  q: Queryable,
  g: {
    participantId: string;
    organisationId: string;
    domain: string;
    title: string;
    description: string | null;
    targetDate: string | null;
    createdBy: string;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO plan_goals (participant_id, organisation_id, domain, title, description, target_date, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [g.participantId, g.organisationId, g.domain, g.title, g.description, g.targetDate, g.createdBy],
  );
  return rows[0]!.id;
}

export async function updateGoal(
  q: Queryable,
  id: string,
  g: { domain: string; title: string; description: string | null; targetDate: string | null; status: string },
): Promise<void> {
  await q.query(
    `UPDATE plan_goals SET domain = $2, title = $3, description = $4, target_date = $5, status = $6, updated_at = now() WHERE id = $1`,
    [id, g.domain, g.title, g.description, g.targetDate, g.status],
  );
}

export async function insertAction(
  q: Queryable,
  a: { goalId: string; title: string; owner: string; dueDate: string | null; createdBy: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    'INSERT INTO plan_actions (goal_id, title, owner, due_date, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [a.goalId, a.title, a.owner, a.dueDate, a.createdBy],
  );
  return rows[0]!.id;
}

export async function updateAction(
  q: Queryable,
  id: string,
  a: { title: string; owner: string; dueDate: string | null; done: boolean | undefined; by: string },
): Promise<void> {
  await q.query(
    `UPDATE plan_actions SET title = $2, owner = $3, due_date = $4,
       done_at = CASE WHEN $5::boolean IS NULL THEN done_at WHEN $5 THEN coalesce(done_at, now()) ELSE NULL END,
       done_by = CASE WHEN $5::boolean IS NULL THEN done_by WHEN $5 THEN coalesce(done_by, $6) ELSE NULL END,
       updated_at = now()
     WHERE id = $1`,
    [id, a.title, a.owner, a.dueDate, a.done ?? null, a.by],
  );
}

export async function insertComment(q: Queryable, actionId: string, authorId: string, text: string): Promise<void> {
  await q.query('INSERT INTO plan_comments (action_id, author_id, text) VALUES ($1, $2, $3)', [
    actionId,
    authorId,
    text,
  ]);
}

export async function insertEvent(
  q: Queryable,
  e: {
    participantId: string;
    goalId?: string | null;
    actionId?: string | null;
    kind: string;
    detail?: object;
    by: string;
  },
): Promise<void> {
  await q.query(
    'INSERT INTO plan_events (participant_id, goal_id, action_id, kind, detail, by_user) VALUES ($1, $2, $3, $4, $5, $6)',
    [e.participantId, e.goalId ?? null, e.actionId ?? null, e.kind, JSON.stringify(e.detail ?? {}), e.by],
  );
}

export async function insertAgreement(
  q: Queryable,
  a: { participantId: string; method: string; snapshot: object; recordedBy: string },
): Promise<void> {
  await q.query('INSERT INTO plan_agreements (participant_id, method, snapshot, recorded_by) VALUES ($1, $2, $3, $4)', [
    a.participantId,
    a.method,
    JSON.stringify(a.snapshot),
    a.recordedBy,
  ]);
}

export async function lastAgreement(
  q: Queryable,
  participantId: string,
): Promise<{ agreedAt: Date; method: string; recordedByName: string; changedSince: boolean } | null> {
  const { rows } = await q.query<{ agreedAt: Date; method: string; recordedByName: string; changedSince: boolean }>(
    `SELECT a.agreed_at AS "agreedAt", a.method, u.name AS "recordedByName",
            EXISTS (SELECT 1 FROM plan_events e WHERE e.participant_id = a.participant_id AND e.at > a.agreed_at
                      AND e.kind IN ('goalAdded', 'goalChanged', 'actionAdded', 'actionChanged')) AS "changedSince"
       FROM plan_agreements a JOIN users u ON u.id = a.recorded_by
      WHERE a.participant_id = $1 ORDER BY a.agreed_at DESC LIMIT 1`,
    [participantId],
  );
  return rows[0] ?? null;
}

export async function findEvents(
  q: Queryable,
  participantId: string,
): Promise<
  {
    id: string;
    kind: string;
    goalId: string | null;
    goalTitle: string | null;
    actionTitle: string | null;
    detail: Record<string, unknown>;
    byName: string | null;
    at: Date;
  }[]
> {
  const { rows } = await q.query<{
    id: string;
    kind: string;
    goalId: string | null;
    goalTitle: string | null;
    actionTitle: string | null;
    detail: Record<string, unknown>;
    byName: string | null;
    at: Date;
  }>(
    `SELECT e.id, e.kind, coalesce(e.goal_id, a.goal_id) AS "goalId", g.title AS "goalTitle", a.title AS "actionTitle", e.detail,
            u.name AS "byName", e.at
       FROM plan_events e
       LEFT JOIN plan_actions a ON a.id = e.action_id
       LEFT JOIN plan_goals g ON g.id = coalesce(e.goal_id, a.goal_id)
       LEFT JOIN users u ON u.id = e.by_user
      WHERE e.participant_id = $1 ORDER BY e.at DESC LIMIT 500`,
    [participantId],
  );
  return rows;
}
