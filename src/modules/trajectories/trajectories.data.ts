/** SQL for trajectories, their phase events and assigned professionals, and the approaches list. */
import type { Queryable } from '../../platform/db/db.js';
import type { Approach, ClosedReason, Phase, Trajectory } from './trajectories.schemas.js';

export async function findApproaches(q: Queryable, lang: 'nl' | 'en'): Promise<Approach[]> {
  const { rows } = await q.query<Approach>(
    `SELECT code, CASE WHEN $1 = 'en' THEN name_en ELSE name_nl END AS name, active
       FROM approaches ORDER BY sort_order, code`,
    [lang],
  );
  return rows;
}

export async function isActiveApproach(q: Queryable, code: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM approaches WHERE code = $1 AND active', [code]);
  return rows.length > 0;
}

/** The relationship `assignedParticipant`: an active assignment on a trajectory of the participant in the organisation. */
export async function isAssigned(
  q: Queryable,
  a: { userId: string; organisationId: string; participantId: string },
): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM trajectory_assignments ta JOIN trajectories t ON t.id = ta.trajectory_id
      WHERE ta.user_id = $1 AND ta.ended_at IS NULL AND t.organisation_id = $2 AND t.participant_id = $3
      LIMIT 1`,
    [a.userId, a.organisationId, a.participantId],
  );
  return rows.length > 0;
}

interface TrajectoryRow {
  id: string;
  participantId: string;
  organisationId: string;
  organisationName: string;
  approachCode: string;
  approachName: string;
  phase: Phase;
  referralDate: string;
  closedOn: string | null;
  closedReason: ClosedReason | null;
  phaseEvents: {
    id: string;
    fromPhase: Phase | null;
    toPhase: Phase;
    occurredOn: string;
    reason: string | null;
    recordedByName: string | null;
    recordedAt: string;
  }[];
  assignments: { id: string; userId: string; name: string; isLead: boolean; assignedAt: string }[];
  createdAt: Date;
}

const SELECT = `SELECT t.id, t.participant_id AS "participantId", t.organisation_id AS "organisationId", o.name AS "organisationName",
       t.approach_code AS "approachCode", CASE WHEN $LANG = 'en' THEN a.name_en ELSE a.name_nl END AS "approachName",
       t.phase, t.referral_date AS "referralDate", t.closed_on AS "closedOn", t.closed_reason AS "closedReason",
       coalesce((SELECT json_agg(json_build_object('id', e.id, 'fromPhase', e.from_phase, 'toPhase', e.to_phase,
                   'occurredOn', e.occurred_on, 'reason', e.reason, 'recordedByName', u.name,
                   'recordedAt', to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                   ORDER BY e.occurred_on, e.recorded_at)
                   FROM trajectory_phase_events e LEFT JOIN users u ON u.id = e.recorded_by WHERE e.trajectory_id = t.id), '[]'::json) AS "phaseEvents",
       coalesce((SELECT json_agg(json_build_object('id', ta.id, 'userId', ta.user_id, 'name', u.name, 'isLead', ta.is_lead,
                   'assignedAt', to_char(ta.assigned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                   ORDER BY ta.is_lead DESC, u.name)
                   FROM trajectory_assignments ta JOIN users u ON u.id = ta.user_id
                  WHERE ta.trajectory_id = t.id AND ta.ended_at IS NULL), '[]'::json) AS assignments,
       t.created_at AS "createdAt"
  FROM trajectories t
  JOIN organisations o ON o.id = t.organisation_id
  JOIN approaches a ON a.code = t.approach_code`;

const toApi = (r: TrajectoryRow): Trajectory => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function getTrajectory(q: Queryable, id: string, lang: 'nl' | 'en'): Promise<Trajectory | null> {
  const { rows } = await q.query<TrajectoryRow>(`${SELECT.replace('$LANG', '$2')} WHERE t.id = $1`, [id, lang]);
  return rows[0] ? toApi(rows[0]) : null;
}

export async function findTrajectoriesOfParticipant(
  q: Queryable,
  participantId: string,
  lang: 'nl' | 'en',
): Promise<Trajectory[]> {
  const { rows } = await q.query<TrajectoryRow>(
    `${SELECT.replace('$LANG', '$2')} WHERE t.participant_id = $1 ORDER BY t.referral_date DESC, t.created_at DESC`,
    [participantId, lang],
  );
  return rows.map(toApi);
}

export async function insertTrajectory(
  q: Queryable,
  t: {
    id: string;
    participantId: string;
    organisationId: string;
    approachCode: string;
    referralDate: string;
    createdBy: string | null;
    externalId?: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, referral_date, created_by, external_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [t.id, t.participantId, t.organisationId, t.approachCode, t.referralDate, t.createdBy, t.externalId ?? null],
  );
  await insertPhaseEvent(q, {
    trajectoryId: t.id,
    fromPhase: null,
    toPhase: 'referral',
    occurredOn: t.referralDate,
    reason: null,
    recordedBy: t.createdBy,
  });
}

export async function insertPhaseEvent(
  q: Queryable,
  e: {
    trajectoryId: string;
    fromPhase: Phase | null;
    toPhase: Phase;
    occurredOn: string;
    reason: string | null;
    recordedBy: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO trajectory_phase_events (trajectory_id, from_phase, to_phase, occurred_on, reason, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [e.trajectoryId, e.fromPhase, e.toPhase, e.occurredOn, e.reason, e.recordedBy],
  );
}

export async function setPhase(
  q: Queryable,
  id: string,
  p: { phase: Phase; closedOn: string | null; closedReason: ClosedReason | null },
): Promise<void> {
  await q.query(
    `UPDATE trajectories SET phase = $2, closed_on = $3, closed_reason = $4, updated_at = now() WHERE id = $1`,
    [id, p.phase, p.closedOn, p.closedReason],
  );
}

/** Locks the trajectory row for a phase change, so two changes at once cannot both start from the same phase. */
export async function lockTrajectory(q: Queryable, id: string): Promise<{ phase: Phase; lastEventOn: string } | null> {
  const { rows } = await q.query<{ phase: Phase; lastEventOn: string }>(
    `SELECT t.phase, (SELECT max(e.occurred_on) FROM trajectory_phase_events e WHERE e.trajectory_id = t.id) AS "lastEventOn"
       FROM trajectories t WHERE t.id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertAssignment(
  q: Queryable,
  a: { trajectoryId: string; userId: string; isLead: boolean; assignedBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO trajectory_assignments (trajectory_id, user_id, is_lead, assigned_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [a.trajectoryId, a.userId, a.isLead, a.assignedBy],
  );
  return rows[0]!.id;
}

export async function isActiveAssignment(q: Queryable, trajectoryId: string, userId: string): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM trajectory_assignments WHERE trajectory_id = $1 AND user_id = $2 AND ended_at IS NULL',
    [trajectoryId, userId],
  );
  return rows.length > 0;
}

/** Whether the user holds a professional role in the organisation (only they can be assigned). */
export async function isProfessionalOf(q: Queryable, userId: string, organisationId: string): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.user_id = $1 AND m.organisation_id = $2 AND m.role IN ('jobCoach', 'consultant') AND u.status = 'active'`,
    [userId, organisationId],
  );
  return rows.length > 0;
}

export async function endAssignment(
  q: Queryable,
  trajectoryId: string,
  assignmentId: string,
  endedBy: string | null,
): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE trajectory_assignments SET ended_at = now(), ended_by = $3
      WHERE id = $1 AND trajectory_id = $2 AND ended_at IS NULL`,
    [assignmentId, trajectoryId, endedBy],
  );
  return rowCount > 0;
}

export async function countActiveAssignments(q: Queryable, trajectoryId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*) AS n FROM trajectory_assignments WHERE trajectory_id = $1 AND ended_at IS NULL',
    [trajectoryId],
  );
  return rows[0]?.n ?? 0;
}
