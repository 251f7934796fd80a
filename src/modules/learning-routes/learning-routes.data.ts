/** SQL for learning routes: routes with partners and steps, cohorts, targets, enrolments and their events. */
import type { Queryable } from '../../platform/db/db.js';
import type { StepKind, StopReason } from './learning-routes.rules.js';
import type { Sector } from './learning-routes.indicators.js';
import type { WageForm } from '../jobs/jobs.indicators.js';

const ISO = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export interface StepRow {
  id: string;
  position: number;
  kind: StepKind;
  name: string;
  expectedWeeks: number;
  maxWeeks: number | null;
}

export interface CohortRow {
  id: string;
  routeId: string;
  name: string;
  startDate: string;
  places: number;
  members: number;
  coaches: { userId: string; name: string }[];
  employers: { name: string; organisationId: string | null }[];
}

export interface TargetRow {
  id: string;
  routeId: string;
  description: string;
  measure: 'enrolled' | 'stepReached' | 'completed' | 'qualification' | 'inflow' | 'retained6';
  stepKind: StepKind | null;
  targetCount: number;
  periodStart: string;
  periodEnd: string;
  /** The monitoring programme this target counts towards (migration 0024), or null. */
  programmeId: string | null;
  programmeName: string | null;
}

export interface RouteRow {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string | null;
  sector: Sector;
  level: 'entree' | 'mbo1' | 'mbo2' | 'mbo3' | 'mbo4';
  form: 'bbl' | 'wep' | 'brugbaan' | 'voortraject';
  targetGroups: string[];
  active: boolean;
  partners: {
    kind: 'employer' | 'school' | 'gemeente' | 'uwv' | 'other';
    name: string;
    organisationId: string | null;
  }[];
  steps: StepRow[];
  cohorts: CohortRow[];
  targets: TargetRow[];
  /** Steps that step events refer to (participants are or were in them). */
  stepsInUse: string[];
}

/** An enrolment that has not stopped counts as a member of its cohort. */
const NOT_STOPPED = `NOT EXISTS (SELECT 1 FROM learning_step_events x WHERE x.enrolment_id = e.id AND x.kind = 'stop')`;

const STEPS_OF = (
  route: string,
) => `coalesce((SELECT json_agg(json_build_object('id', s.id, 'position', s.position, 'kind', s.kind,
          'name', s.name, 'expectedWeeks', s.expected_weeks, 'maxWeeks', s.max_weeks) ORDER BY s.position)
          FROM learning_route_steps s WHERE s.route_id = ${route}), '[]'::json)`;

const ROUTE_SELECT = `SELECT r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.name, r.description, r.sector,
       r.level, r.form, r.target_groups AS "targetGroups", r.active,
       coalesce((SELECT json_agg(json_build_object('kind', p.kind, 'name', p.name, 'organisationId', p.organisation_id) ORDER BY p.position)
                   FROM learning_route_partners p WHERE p.route_id = r.id), '[]'::json) AS partners,
       ${STEPS_OF('r.id')} AS steps,
       coalesce((SELECT json_agg(json_build_object('id', c.id, 'routeId', c.route_id, 'name', c.name, 'startDate', c.start_date,
                   'places', c.places,
                   'members', (SELECT count(*) FROM learning_enrolments e WHERE e.cohort_id = c.id AND ${NOT_STOPPED}),
                   'coaches', coalesce((SELECT json_agg(json_build_object('userId', u.id, 'name', u.name) ORDER BY u.name)
                                          FROM learning_cohort_coaches cc JOIN users u ON u.id = cc.user_id WHERE cc.cohort_id = c.id), '[]'::json),
                   'employers', coalesce((SELECT json_agg(json_build_object('name', ce.name, 'organisationId', ce.organisation_id) ORDER BY ce.name)
                                          FROM learning_cohort_employers ce WHERE ce.cohort_id = c.id), '[]'::json))
                   ORDER BY c.start_date, c.name)
                   FROM learning_cohorts c WHERE c.route_id = r.id), '[]'::json) AS cohorts,
       coalesce((SELECT json_agg(json_build_object('id', t.id, 'routeId', t.route_id, 'description', t.description, 'measure', t.measure,
                   'stepKind', t.step_kind, 'targetCount', t.target_count, 'periodStart', t.period_start, 'periodEnd', t.period_end,
                   'programmeId', t.programme_id, 'programmeName', (SELECT pr.name FROM programmes pr WHERE pr.id = t.programme_id))
                   ORDER BY t.period_start, t.created_at, t.id)
                   FROM learning_route_targets t WHERE t.route_id = r.id), '[]'::json) AS targets,
       coalesce((SELECT json_agg(DISTINCT ev.step_id) FROM learning_step_events ev
                   JOIN learning_enrolments le ON le.id = ev.enrolment_id
                  WHERE le.route_id = r.id AND ev.step_id IS NOT NULL), '[]'::json) AS "stepsInUse"
  FROM learning_routes r JOIN organisations o ON o.id = r.organisation_id`;

export async function findRoutes(q: Queryable, filter: { active: boolean | null }): Promise<RouteRow[]> {
  const { rows } = await q.query<RouteRow>(
    `${ROUTE_SELECT} WHERE ($1::boolean IS NULL OR r.active = $1) ORDER BY r.active DESC, r.name`,
    [filter.active],
  );
  return rows;
}

export async function getRoute(q: Queryable, id: string): Promise<RouteRow | null> {
  const { rows } = await q.query<RouteRow>(`${ROUTE_SELECT} WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertRoute(
  q: Queryable,
  r: {
    organisationId: string;
    name: string;
    description: string | null;
    sector: string;
    level: string;
    form: string;
    targetGroups: string[];
    createdBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_routes (organisation_id, name, description, sector, level, form, target_groups, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [r.organisationId, r.name, r.description, r.sector, r.level, r.form, r.targetGroups, r.createdBy],
  );
  return rows[0]!.id;
}

export async function routeNameTaken(q: Queryable, organisationId: string, name: string, exceptId: string | null) {
  const { rows } = await q.query(
    `SELECT 1 FROM learning_routes WHERE organisation_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3)`,
    [organisationId, name, exceptId],
  );
  return rows.length > 0;
}

export async function updateRoute(
  q: Queryable,
  id: string,
  r: {
    name: string;
    description: string | null;
    sector: string;
    level: string;
    form: string;
    targetGroups: string[];
    active: boolean;
  },
): Promise<void> {
  await q.query(
    `UPDATE learning_routes SET name = $2, description = $3, sector = $4, level = $5, form = $6, target_groups = $7,
            active = $8, updated_at = now()
      WHERE id = $1`,
    [id, r.name, r.description, r.sector, r.level, r.form, r.targetGroups, r.active],
  );
}

/**
 * Saves a route's steps in their new order: steps with an id keep it (and the events that refer to
 * them), steps without one are added, and the route's other steps are deleted (the service has checked
 * that nobody is or was in them). Positions move out of the way first (position is unique per route).
 */
export async function saveSteps(
  q: Queryable,
  routeId: string,
  steps: { id: string | null; kind: string; name: string; expectedWeeks: number; maxWeeks: number | null }[],
): Promise<void> {
  const kept = steps.flatMap((s) => (s.id ? [s.id] : []));
  await q.query('DELETE FROM learning_route_steps WHERE route_id = $1 AND NOT (id = ANY($2::uuid[]))', [routeId, kept]);
  await q.query('UPDATE learning_route_steps SET position = position + 1000 WHERE route_id = $1', [routeId]);
  for (const [i, s] of steps.entries()) {
    if (s.id) {
      await q.query(
        `UPDATE learning_route_steps SET position = $3, kind = $4, name = $5, expected_weeks = $6, max_weeks = $7
          WHERE id = $1 AND route_id = $2`,
        [s.id, routeId, i + 1, s.kind, s.name, s.expectedWeeks, s.maxWeeks],
      );
    } else {
      await q.query(
        `INSERT INTO learning_route_steps (route_id, position, kind, name, expected_weeks, max_weeks)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [routeId, i + 1, s.kind, s.name, s.expectedWeeks, s.maxWeeks],
      );
    }
  }
}

export async function replacePartners(
  q: Queryable,
  routeId: string,
  partners: { kind: string; name: string; organisationId: string | null }[],
): Promise<void> {
  await q.query('DELETE FROM learning_route_partners WHERE route_id = $1', [routeId]);
  await q.query(
    `INSERT INTO learning_route_partners (route_id, kind, name, organisation_id, position)
     SELECT $1, x.v->>'kind', x.v->>'name', (x.v->>'organisationId')::uuid, x.ord::int
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(v, ord)`,
    [routeId, JSON.stringify(partners)],
  );
}

export async function replaceSteps(
  q: Queryable,
  routeId: string,
  steps: { kind: string; name: string; expectedWeeks: number; maxWeeks: number | null }[],
): Promise<void> {
  await q.query('DELETE FROM learning_route_steps WHERE route_id = $1', [routeId]);
  await q.query(
    `INSERT INTO learning_route_steps (route_id, position, kind, name, expected_weeks, max_weeks)
     SELECT $1, x.ord::int, x.v->>'kind', x.v->>'name', (x.v->>'expectedWeeks')::int, (x.v->>'maxWeeks')::int
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(v, ord)`,
    [routeId, JSON.stringify(steps)],
  );
}

export async function countEnrolmentsOfRoute(q: Queryable, routeId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*) AS n FROM learning_enrolments WHERE route_id = $1', [
    routeId,
  ]);
  return Number(rows[0]?.n ?? 0);
}

/** The organisations among `ids` that exist (partners, employers). */
export async function existingOrganisations(q: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const { rows } = await q.query<{ id: string }>('SELECT id FROM organisations WHERE id = ANY($1::uuid[])', [ids]);
  return new Set(rows.map((r) => r.id));
}

/** The users among `ids` who are professionals (job coach or consultant) somewhere. */
export async function professionals(q: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const { rows } = await q.query<{ id: string }>(
    `SELECT DISTINCT u.id FROM users u JOIN memberships m ON m.user_id = u.id
      WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND m.role IN ('jobCoach', 'consultant')`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}

export async function insertCohort(
  q: Queryable,
  c: {
    routeId: string;
    name: string;
    startDate: string;
    places: number;
    coachIds: string[];
    employers: { name: string; organisationId: string | null }[];
    createdBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_cohorts (route_id, name, start_date, places, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [c.routeId, c.name, c.startDate, c.places, c.createdBy],
  );
  const id = rows[0]!.id;
  if (c.coachIds.length > 0) {
    await q.query('INSERT INTO learning_cohort_coaches (cohort_id, user_id) SELECT $1, unnest($2::uuid[])', [
      id,
      c.coachIds,
    ]);
  }
  if (c.employers.length > 0) {
    await q.query(
      `INSERT INTO learning_cohort_employers (cohort_id, name, organisation_id)
       SELECT $1, x.name, x."organisationId" FROM jsonb_to_recordset($2::jsonb) AS x(name text, "organisationId" uuid)`,
      [id, JSON.stringify(c.employers)],
    );
  }
  return id;
}

export async function cohortNameTaken(q: Queryable, routeId: string, name: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM learning_cohorts WHERE route_id = $1 AND lower(name) = lower($2)', [
    routeId,
    name,
  ]);
  return rows.length > 0;
}

export async function insertTarget(
  q: Queryable,
  t: Omit<TargetRow, 'id' | 'programmeName'> & { createdBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_route_targets (route_id, description, measure, step_kind, target_count, period_start, period_end,
       programme_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      t.routeId,
      t.description,
      t.measure,
      t.stepKind,
      t.targetCount,
      t.periodStart,
      t.periodEnd,
      t.programmeId,
      t.createdBy,
    ],
  );
  return rows[0]!.id;
}

/** Whether a monitoring programme with this id exists (a target may count towards it). */
export async function programmeExists(q: Queryable, programmeId: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM programmes WHERE id = $1', [programmeId]);
  return rows.length > 0;
}

/** The targets that count towards a programme, with their route's name, oldest period first. */
export async function findTargetsOfProgramme(
  q: Queryable,
  programmeId: string,
): Promise<(TargetRow & { routeName: string })[]> {
  const { rows } = await q.query<TargetRow & { routeName: string }>(
    `SELECT t.id, t.route_id AS "routeId", r.name AS "routeName", t.description, t.measure, t.step_kind AS "stepKind",
            t.target_count AS "targetCount", to_char(t.period_start, 'YYYY-MM-DD') AS "periodStart",
            to_char(t.period_end, 'YYYY-MM-DD') AS "periodEnd", t.programme_id AS "programmeId", NULL AS "programmeName"
       FROM learning_route_targets t JOIN learning_routes r ON r.id = t.route_id
      WHERE t.programme_id = $1
      ORDER BY t.period_start, r.name, t.created_at, t.id`,
    [programmeId],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Enrolments

export interface EnrolmentRow {
  id: string;
  routeId: string;
  routeName: string;
  routeOrganisationId: string;
  sector: Sector;
  level: RouteRow['level'];
  form: RouteRow['form'];
  steps: StepRow[];
  cohortId: string | null;
  cohortName: string | null;
  cohortStartDate: string | null;
  trajectoryId: string;
  participantId: string;
  participantUserId: string | null;
  participantName: string;
  organisationId: string;
  enrolledOn: string;
  targetGroups: string[];
  employerOrganisationId: string | null;
  employerName: string | null;
  workplace: string | null;
  schoolName: string | null;
  programmeName: string | null;
  creboCode: string | null;
  events: {
    id: string;
    kind: 'step' | 'stop' | 'complete';
    stepId: string | null;
    occurredOn: string;
    stopReason: StopReason | null;
    note: string | null;
    recordedByName: string | null;
    recordedAt: string;
  }[];
  notes: {
    id: string;
    notedOn: string;
    attendance: 'present' | 'absent' | 'excused' | null;
    text: string;
    recordedByName: string | null;
    recordedAt: string;
  }[];
  outcomes: {
    id: string;
    kind: 'praktijkverklaring' | 'mboCertificate' | 'entreeDiploma' | 'mbo2Diploma' | 'jobStart';
    achievedOn: string;
    jobEpisodeId: string | null;
    note: string | null;
    recordedByName: string | null;
    recordedAt: string;
  }[];
  /** Employer names of the route's partners and the enrolment's cohort: jobs there count as in the sector. */
  sectorEmployers: string[];
}

const ENROLMENT_SELECT = `SELECT e.id, e.route_id AS "routeId", r.name AS "routeName", r.organisation_id AS "routeOrganisationId",
       r.sector, r.level, r.form, ${STEPS_OF('r.id')} AS steps,
       e.cohort_id AS "cohortId", c.name AS "cohortName", c.start_date AS "cohortStartDate",
       e.trajectory_id AS "trajectoryId", e.participant_id AS "participantId", p.user_id AS "participantUserId",
       p.given_name || ' ' || p.family_name AS "participantName", e.organisation_id AS "organisationId",
       e.enrolled_on AS "enrolledOn", e.target_groups AS "targetGroups",
       e.employer_organisation_id AS "employerOrganisationId", e.employer_name AS "employerName", e.workplace,
       e.school_name AS "schoolName", e.programme_name AS "programmeName", e.crebo_code AS "creboCode",
       coalesce((SELECT json_agg(json_build_object('id', ev.id, 'kind', ev.kind, 'stepId', ev.step_id, 'occurredOn', ev.occurred_on,
                   'stopReason', ev.stop_reason, 'note', ev.note, 'recordedByName', u.name, 'recordedAt', ${ISO('ev.recorded_at')})
                   ORDER BY ev.occurred_on, ev.recorded_at)
                   FROM learning_step_events ev LEFT JOIN users u ON u.id = ev.recorded_by WHERE ev.enrolment_id = e.id), '[]'::json) AS events,
       coalesce((SELECT json_agg(json_build_object('id', n.id, 'notedOn', n.noted_on, 'attendance', n.attendance, 'text', n.text,
                   'recordedByName', u.name, 'recordedAt', ${ISO('n.recorded_at')}) ORDER BY n.noted_on DESC, n.recorded_at DESC)
                   FROM learning_progress_notes n LEFT JOIN users u ON u.id = n.recorded_by WHERE n.enrolment_id = e.id), '[]'::json) AS notes,
       coalesce((SELECT json_agg(json_build_object('id', x.id, 'kind', x.kind, 'achievedOn', x.achieved_on, 'jobEpisodeId', x.job_episode_id,
                   'note', x.note, 'recordedByName', u.name, 'recordedAt', ${ISO('x.recorded_at')}) ORDER BY x.achieved_on, x.recorded_at)
                   FROM learning_outcomes x LEFT JOIN users u ON u.id = x.recorded_by WHERE x.enrolment_id = e.id), '[]'::json) AS outcomes,
       ARRAY(SELECT p2.name FROM learning_route_partners p2 WHERE p2.route_id = r.id AND p2.kind = 'employer'
             UNION SELECT ce.name FROM learning_cohort_employers ce WHERE ce.cohort_id = e.cohort_id
             UNION SELECT e.employer_name WHERE e.employer_name IS NOT NULL) AS "sectorEmployers"
  FROM learning_enrolments e
  JOIN learning_routes r ON r.id = e.route_id
  JOIN participants p ON p.id = e.participant_id
  LEFT JOIN learning_cohorts c ON c.id = e.cohort_id`;

export async function getEnrolment(q: Queryable, id: string): Promise<EnrolmentRow | null> {
  const { rows } = await q.query<EnrolmentRow>(`${ENROLMENT_SELECT} WHERE e.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findEnrolmentsOfParticipant(q: Queryable, participantId: string): Promise<EnrolmentRow[]> {
  const { rows } = await q.query<EnrolmentRow>(
    `${ENROLMENT_SELECT} WHERE e.participant_id = $1 ORDER BY e.enrolled_on DESC, e.created_at DESC`,
    [participantId],
  );
  return rows;
}

export async function findEnrolmentsOfRoute(q: Queryable, routeId: string): Promise<EnrolmentRow[]> {
  const { rows } = await q.query<EnrolmentRow>(
    `${ENROLMENT_SELECT} WHERE e.route_id = $1 ORDER BY e.enrolled_on, e.id`,
    [routeId],
  );
  return rows;
}

export async function findEnrolmentsAtEmployers(q: Queryable, organisationIds: string[]): Promise<EnrolmentRow[]> {
  const { rows } = await q.query<EnrolmentRow>(
    `${ENROLMENT_SELECT} WHERE e.employer_organisation_id = ANY($1::uuid[]) ORDER BY r.name, e.enrolled_on, e.id`,
    [organisationIds],
  );
  return rows;
}

/** Locks the enrolment for a change, so two step changes at once cannot both start from the same step. */
export async function lockEnrolment(q: Queryable, id: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM learning_enrolments WHERE id = $1 FOR UPDATE', [id]);
  return rows.length > 0;
}

/** Locks the cohort row, so two enrolments at once cannot both take its last place. */
export async function lockCohort(q: Queryable, id: string): Promise<void> {
  await q.query('SELECT 1 FROM learning_cohorts WHERE id = $1 FOR UPDATE', [id]);
}

export async function hasOpenEnrolment(q: Queryable, participantId: string, routeId: string): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM learning_enrolments e WHERE e.participant_id = $1 AND e.route_id = $2
        AND NOT EXISTS (SELECT 1 FROM learning_step_events x WHERE x.enrolment_id = e.id AND x.kind IN ('stop', 'complete'))`,
    [participantId, routeId],
  );
  return rows.length > 0;
}

export async function insertEnrolment(
  q: Queryable,
  e: {
    routeId: string;
    cohortId: string | null;
    trajectoryId: string;
    participantId: string;
    organisationId: string;
    enrolledOn: string;
    targetGroups: string[];
    employerOrganisationId: string | null;
    employerName: string | null;
    workplace: string | null;
    schoolName: string | null;
    programmeName: string | null;
    creboCode: string | null;
    createdBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_enrolments (route_id, cohort_id, trajectory_id, participant_id, organisation_id, enrolled_on, target_groups,
       employer_organisation_id, employer_name, workplace, school_name, programme_name, crebo_code, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      e.routeId,
      e.cohortId,
      e.trajectoryId,
      e.participantId,
      e.organisationId,
      e.enrolledOn,
      e.targetGroups,
      e.employerOrganisationId,
      e.employerName,
      e.workplace,
      e.schoolName,
      e.programmeName,
      e.creboCode,
      e.createdBy,
    ],
  );
  return rows[0]!.id;
}

export async function updateEnrolment(
  q: Queryable,
  id: string,
  e: {
    cohortId: string | null;
    employerOrganisationId: string | null;
    employerName: string | null;
    workplace: string | null;
    schoolName: string | null;
    programmeName: string | null;
    creboCode: string | null;
  },
): Promise<void> {
  await q.query(
    `UPDATE learning_enrolments SET cohort_id = $2, employer_organisation_id = $3, employer_name = $4, workplace = $5,
       school_name = $6, programme_name = $7, crebo_code = $8, updated_at = now() WHERE id = $1`,
    [id, e.cohortId, e.employerOrganisationId, e.employerName, e.workplace, e.schoolName, e.programmeName, e.creboCode],
  );
}

export async function insertStepEvent(
  q: Queryable,
  e: {
    enrolmentId: string;
    kind: 'step' | 'stop' | 'complete';
    stepId: string | null;
    occurredOn: string;
    stopReason: string | null;
    note: string | null;
    recordedBy: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO learning_step_events (enrolment_id, kind, step_id, occurred_on, stop_reason, note, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.enrolmentId, e.kind, e.stepId, e.occurredOn, e.stopReason, e.note, e.recordedBy],
  );
}

export async function insertNote(
  q: Queryable,
  n: { enrolmentId: string; notedOn: string; attendance: string | null; text: string; recordedBy: string | null },
): Promise<void> {
  await q.query(
    `INSERT INTO learning_progress_notes (enrolment_id, noted_on, attendance, text, recorded_by) VALUES ($1, $2, $3, $4, $5)`,
    [n.enrolmentId, n.notedOn, n.attendance, n.text, n.recordedBy],
  );
}

export async function insertOutcome(
  q: Queryable,
  o: {
    enrolmentId: string;
    kind: string;
    achievedOn: string;
    jobEpisodeId: string | null;
    note: string | null;
    recordedBy: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO learning_outcomes (enrolment_id, kind, achieved_on, job_episode_id, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [o.enrolmentId, o.kind, o.achievedOn, o.jobEpisodeId, o.note, o.recordedBy],
  );
}

export async function outcomeExists(q: Queryable, enrolmentId: string, kind: string, jobEpisodeId: string | null) {
  const { rows } = await q.query(
    `SELECT 1 FROM learning_outcomes WHERE enrolment_id = $1 AND kind = $2 AND ($3::uuid IS NULL OR job_episode_id = $3)`,
    [enrolmentId, kind, jobEpisodeId],
  );
  return rows.length > 0;
}

/** The participant's open trajectory with approach learningRoute in the organisation, if any. */
export async function openLearningRouteTrajectory(
  q: Queryable,
  participantId: string,
  organisationId: string,
): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM trajectories WHERE participant_id = $1 AND organisation_id = $2 AND approach_code = 'learningRoute'
        AND phase <> 'closed' ORDER BY referral_date DESC, created_at DESC LIMIT 1`,
    [participantId, organisationId],
  );
  return rows[0]?.id ?? null;
}

export async function trajectoryFacts(
  q: Queryable,
  id: string,
): Promise<{ id: string; participantId: string; organisationId: string; approachCode: string; phase: string } | null> {
  const { rows } = await q.query<{
    id: string;
    participantId: string;
    organisationId: string;
    approachCode: string;
    phase: string;
  }>(
    `SELECT id, participant_id AS "participantId", organisation_id AS "organisationId", approach_code AS "approachCode", phase
       FROM trajectories WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export interface ParticipantJobRow {
  id: string;
  participantId: string;
  employerName: string;
  occupationCode: string | null;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: string | number;
  wageForm: WageForm;
  openToAnyone: boolean;
}

/** Job episodes of these participants (for inflow and retention). */
export async function jobsOfParticipants(q: Queryable, participantIds: string[]): Promise<ParticipantJobRow[]> {
  if (participantIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<ParticipantJobRow>(
    `SELECT id, participant_id AS "participantId", employer_name AS "employerName", occupation_code AS "occupationCode",
            start_date AS "startDate", end_date AS "endDate", hours_per_week AS "hoursPerWeek", wage_form AS "wageForm",
            open_to_anyone AS "openToAnyone"
       FROM job_episodes WHERE participant_id = ANY($1::uuid[])`,
    [participantIds],
  );
  return rows;
}

export async function jobBelongsTo(q: Queryable, jobId: string, participantId: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM job_episodes WHERE id = $1 AND participant_id = $2', [
    jobId,
    participantId,
  ]);
  return rows.length > 0;
}
