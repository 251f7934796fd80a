/** SQL of learning tracks (leergang), intervision groups and quality checks. */
import type { Queryable } from '../../platform/db/db.js';
import type { MaterialRow } from './learning-network.data.js';
import type { ProgressStatus } from './learning-tracks.schemas.js';

// ---------------------------------------------------------------------------------------------------
// Tracks

export interface TrackRow {
  id: string;
  networkId: string;
  networkName: string;
  organisationId: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  municipalityCount: number;
}

const TRACK_SELECT = `SELECT t.id, t.network_id AS "networkId", n.name AS "networkName", n.organisation_id AS "organisationId",
       t.name, t.description, t.starts_on AS "startsOn", t.ends_on AS "endsOn",
       (SELECT count(*)::int FROM learning_track_participants p WHERE p.track_id = t.id) AS "municipalityCount"
  FROM learning_tracks t JOIN learning_networks n ON n.id = t.network_id`;

export async function findTracks(q: Queryable, networkId: string | null): Promise<TrackRow[]> {
  const { rows } = await q.query<TrackRow>(
    `${TRACK_SELECT} WHERE ($1::uuid IS NULL OR t.network_id = $1) ORDER BY t.starts_on DESC, t.name`,
    [networkId],
  );
  return rows;
}

export async function getTrack(q: Queryable, id: string): Promise<TrackRow | null> {
  const { rows } = await q.query<TrackRow>(`${TRACK_SELECT} WHERE t.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertTrack(
  q: Queryable,
  t: { networkId: string; name: string; description: string; startsOn: string; endsOn: string; createdBy: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_tracks (network_id, name, description, starts_on, ends_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [t.networkId, t.name, t.description, t.startsOn, t.endsOn, t.createdBy],
  );
  return rows[0]!.id;
}

/** The organisations among `ids` that are gemeenten. */
export async function gemeenten(q: Queryable, ids: string[]): Promise<Set<string>> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM organisations WHERE id = ANY($1::uuid[]) AND type = 'gemeente'`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}

export async function addParticipants(q: Queryable, trackId: string, organisationIds: string[]): Promise<void> {
  await q.query(
    `INSERT INTO learning_track_participants (track_id, organisation_id)
     SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [trackId, organisationIds],
  );
}

export interface ParticipantRow {
  organisationId: string;
  name: string;
}

export async function findParticipants(q: Queryable, trackId: string): Promise<ParticipantRow[]> {
  const { rows } = await q.query<ParticipantRow>(
    `SELECT p.organisation_id AS "organisationId", o.name FROM learning_track_participants p
       JOIN organisations o ON o.id = p.organisation_id WHERE p.track_id = $1 ORDER BY o.name, o.id`,
    [trackId],
  );
  return rows;
}

export interface ModuleRow {
  id: string;
  position: number;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
}

export async function findModules(q: Queryable, trackId: string): Promise<ModuleRow[]> {
  const { rows } = await q.query<ModuleRow>(
    `SELECT id, position, title, description, starts_on AS "startsOn", ends_on AS "endsOn"
       FROM learning_track_modules WHERE track_id = $1 ORDER BY position`,
    [trackId],
  );
  return rows;
}

export async function insertModule(
  q: Queryable,
  m: { trackId: string; title: string; description: string; startsOn: string; endsOn: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_track_modules (track_id, position, title, description, starts_on, ends_on)
     VALUES ($1, (SELECT COALESCE(max(position), 0) + 1 FROM learning_track_modules WHERE track_id = $1), $2, $3, $4, $5)
     RETURNING id`,
    [m.trackId, m.title, m.description, m.startsOn, m.endsOn],
  );
  return rows[0]!.id;
}

export async function insertAssignment(
  q: Queryable,
  a: { moduleId: string; title: string; description: string; dueOn: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    'INSERT INTO learning_track_assignments (module_id, title, description, due_on) VALUES ($1, $2, $3, $4) RETURNING id',
    [a.moduleId, a.title, a.description, a.dueOn],
  );
  return rows[0]!.id;
}

export interface AssignmentRow {
  id: string;
  moduleId: string;
  title: string;
  description: string;
  dueOn: string;
}

export async function findAssignments(q: Queryable, trackId: string): Promise<AssignmentRow[]> {
  const { rows } = await q.query<AssignmentRow>(
    `SELECT a.id, a.module_id AS "moduleId", a.title, a.description, a.due_on AS "dueOn"
       FROM learning_track_assignments a JOIN learning_track_modules m ON m.id = a.module_id
      WHERE m.track_id = $1 ORDER BY m.position, a.due_on, a.id`,
    [trackId],
  );
  return rows;
}

export interface ProgressRow {
  assignmentId: string;
  organisationId: string;
  status: ProgressStatus;
  note: string;
  updatedAt: Date;
}

export async function findProgress(q: Queryable, trackId: string): Promise<ProgressRow[]> {
  const { rows } = await q.query<ProgressRow>(
    `SELECT p.assignment_id AS "assignmentId", p.organisation_id AS "organisationId", p.status, p.note, p.updated_at AS "updatedAt"
       FROM learning_track_progress p
       JOIN learning_track_assignments a ON a.id = p.assignment_id
       JOIN learning_track_modules m ON m.id = a.module_id
      WHERE m.track_id = $1`,
    [trackId],
  );
  return rows;
}

/** Whether the assignment belongs to the track. */
export async function assignmentInTrack(q: Queryable, trackId: string, assignmentId: string): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM learning_track_assignments a JOIN learning_track_modules m ON m.id = a.module_id
      WHERE a.id = $1 AND m.track_id = $2`,
    [assignmentId, trackId],
  );
  return rows.length > 0;
}

export async function upsertProgress(
  q: Queryable,
  p: { assignmentId: string; organisationId: string; status: ProgressStatus; note: string; updatedBy: string },
): Promise<void> {
  await q.query(
    `INSERT INTO learning_track_progress (assignment_id, organisation_id, status, note, updated_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (assignment_id, organisation_id) DO UPDATE
       SET status = EXCLUDED.status, note = EXCLUDED.note, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [p.assignmentId, p.organisationId, p.status, p.note, p.updatedBy],
  );
}

export async function findTrackMaterials(
  q: Queryable,
  trackId: string,
  publishedOnly: boolean,
): Promise<MaterialRow[]> {
  const { rows } = await q.query<MaterialRow>(
    `SELECT k.id AS "knowledgeItemId", k.slug, k.title, k.type, k.status = 'published' AS published, m.added_at AS "addedAt"
       FROM learning_track_materials m JOIN knowledge_items k ON k.id = m.knowledge_item_id
      WHERE m.track_id = $1 AND (NOT $2 OR k.status = 'published')
      ORDER BY m.position, m.added_at, k.id`,
    [trackId, publishedOnly],
  );
  return rows;
}

export async function replaceTrackMaterials(
  q: Queryable,
  trackId: string,
  ids: string[],
  addedBy: string,
): Promise<void> {
  await q.query(
    'DELETE FROM learning_track_materials WHERE track_id = $1 AND NOT (knowledge_item_id = ANY($2::uuid[]))',
    [trackId, ids],
  );
  await q.query(
    `INSERT INTO learning_track_materials (track_id, knowledge_item_id, position, added_by)
     SELECT $1, x.id, x.ord, $3 FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, ord)
     ON CONFLICT (track_id, knowledge_item_id) DO UPDATE SET position = EXCLUDED.position`,
    [trackId, ids, addedBy],
  );
}

// ---------------------------------------------------------------------------------------------------
// Intervision groups

export interface GroupRow {
  id: string;
  networkId: string;
  name: string;
  method: string;
  description: string;
}

export async function findGroups(q: Queryable, networkId: string): Promise<GroupRow[]> {
  const { rows } = await q.query<GroupRow>(
    `SELECT id, network_id AS "networkId", name, method, description FROM learning_intervision_groups
      WHERE network_id = $1 ORDER BY name, id`,
    [networkId],
  );
  return rows;
}

export async function getGroup(q: Queryable, id: string): Promise<GroupRow | null> {
  const { rows } = await q.query<GroupRow>(
    `SELECT id, network_id AS "networkId", name, method, description FROM learning_intervision_groups WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertGroup(
  q: Queryable,
  g: { networkId: string; name: string; method: string; description: string; memberIds: string[] },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_intervision_groups (network_id, name, method, description) VALUES ($1, $2, $3, $4) RETURNING id`,
    [g.networkId, g.name, g.method, g.description],
  );
  const id = rows[0]!.id;
  await q.query(
    'INSERT INTO learning_intervision_members (group_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
    [id, g.memberIds],
  );
  return id;
}

export async function findGroupMembers(q: Queryable, groupId: string): Promise<{ userId: string; name: string }[]> {
  const { rows } = await q.query<{ userId: string; name: string }>(
    `SELECT m.user_id AS "userId", u.name FROM learning_intervision_members m JOIN users u ON u.id = m.user_id
      WHERE m.group_id = $1 ORDER BY u.name, u.id`,
    [groupId],
  );
  return rows;
}

export async function isGroupMember(q: Queryable, groupId: string, userId: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM learning_intervision_members WHERE group_id = $1 AND user_id = $2', [
    groupId,
    userId,
  ]);
  return rows.length > 0;
}

/** The ids among `ids` that are members of the network. */
export async function networkMembers(q: Queryable, networkId: string, ids: string[]): Promise<Set<string>> {
  const { rows } = await q.query<{ id: string }>(
    'SELECT user_id AS id FROM learning_network_members WHERE network_id = $1 AND user_id = ANY($2::uuid[])',
    [networkId, ids],
  );
  return new Set(rows.map((r) => r.id));
}

export async function findGroupSessions(
  q: Queryable,
  groupId: string,
): Promise<{ eventId: string; title: string; startsAt: Date; endsAt: Date; status: string }[]> {
  const { rows } = await q.query<{ eventId: string; title: string; startsAt: Date; endsAt: Date; status: string }>(
    `SELECT id AS "eventId", title, starts_at AS "startsAt", ends_at AS "endsAt", status FROM learning_events
      WHERE intervision_group_id = $1 ORDER BY starts_at, id`,
    [groupId],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Quality checks

export interface QualityCheckRow {
  id: string;
  organisationId: string;
  organisationName: string;
  teamName: string;
  kind: 'fidelityReview' | 'practiceCheck' | 'caseReview' | 'other';
  approachCode: string | null;
  plannedOn: string;
  performedOn: string | null;
  reviewer: string;
  outcome: 'sufficient' | 'partlySufficient' | 'insufficient' | null;
  score: string | null;
  maxScore: string | null;
  findings: string;
  followUp: string;
  fidelityReviewId: string | null;
  fidelityReviewedOn: string | null;
  fidelityTeamName: string | null;
  updatedAt: Date;
}

const CHECK_SELECT = `SELECT c.id, c.organisation_id AS "organisationId", o.name AS "organisationName", c.team_name AS "teamName",
       c.kind, c.approach_code AS "approachCode", c.planned_on AS "plannedOn", c.performed_on AS "performedOn", c.reviewer,
       c.outcome, c.score, c.max_score AS "maxScore", c.findings, c.follow_up AS "followUp", c.updated_at AS "updatedAt",
       c.fidelity_review_id AS "fidelityReviewId", r.reviewed_on AS "fidelityReviewedOn", r.team_name AS "fidelityTeamName"
  FROM learning_quality_checks c JOIN organisations o ON o.id = c.organisation_id
  LEFT JOIN fidelity_reviews r ON r.id = c.fidelity_review_id`;

export async function findQualityChecks(q: Queryable, organisationId: string): Promise<QualityCheckRow[]> {
  const { rows } = await q.query<QualityCheckRow>(
    `${CHECK_SELECT} WHERE c.organisation_id = $1 ORDER BY c.team_name, c.planned_on DESC, c.id`,
    [organisationId],
  );
  return rows;
}

export async function getQualityCheck(q: Queryable, id: string): Promise<QualityCheckRow | null> {
  const { rows } = await q.query<QualityCheckRow>(`${CHECK_SELECT} WHERE c.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The organisation of a fidelity review (monitoring), or null when there is no such review. */
export async function fidelityReviewOrganisation(q: Queryable, id: string): Promise<string | null> {
  const { rows } = await q.query<{ organisationId: string }>(
    'SELECT organisation_id AS "organisationId" FROM fidelity_reviews WHERE id = $1',
    [id],
  );
  return rows[0]?.organisationId ?? null;
}

/** The fidelity reviews of an organisation (monitoring) with their total and highest score, oldest first: for the demo. */
export async function demoFidelityReviews(
  q: Queryable,
  organisationId: string,
): Promise<{ id: string; teamName: string | null; reviewedOn: string; total: number; max: number }[]> {
  const { rows } = await q.query<{
    id: string;
    teamName: string | null;
    reviewedOn: string;
    total: number;
    max: number;
  }>(
    `SELECT r.id, r.team_name AS "teamName", r.reviewed_on AS "reviewedOn",
            COALESCE(sum(s.score), 0)::int AS total, (count(s.score) * 5)::int AS max
       FROM fidelity_reviews r LEFT JOIN fidelity_review_scores s ON s.review_id = r.id
      WHERE r.organisation_id = $1 GROUP BY r.id ORDER BY r.reviewed_on, r.id`,
    [organisationId],
  );
  return rows.filter((r) => r.max > 0);
}

export async function approachExists(q: Queryable, code: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM approaches WHERE code = $1', [code]);
  return rows.length > 0;
}

export async function insertQualityCheck(
  q: Queryable,
  c: {
    organisationId: string;
    teamName: string;
    kind: string;
    approachCode: string | null;
    plannedOn: string;
    reviewer: string;
    createdBy: string;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_quality_checks (organisation_id, team_name, kind, approach_code, planned_on, reviewer, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [c.organisationId, c.teamName, c.kind, c.approachCode, c.plannedOn, c.reviewer, c.createdBy],
  );
  return rows[0]!.id;
}

export async function recordQualityCheck(
  q: Queryable,
  id: string,
  r: {
    performedOn: string;
    outcome: string;
    reviewer: string;
    score: number | null;
    maxScore: number | null;
    findings: string;
    followUp: string;
    fidelityReviewId?: string | null;
  },
): Promise<void> {
  await q.query(
    `UPDATE learning_quality_checks SET performed_on = $2, outcome = $3, reviewer = $4, score = $5, max_score = $6,
            findings = $7, follow_up = $8, fidelity_review_id = $9, updated_at = now()
      WHERE id = $1`,
    [id, r.performedOn, r.outcome, r.reviewer, r.score, r.maxScore, r.findings, r.followUp, r.fidelityReviewId ?? null],
  );
}
