/**
 * SQL of monitoring: the registry (programmes, initiatives, goals, approach descriptions), the indicator
 * counts computed from trajectories, phase events and job episodes, and fidelity reviews.
 *
 * Indicator definitions: docs/domain/indicators.md. Job starts and competitive employment are the
 * predicates of src/modules/jobs/jobs.indicators.ts written as SQL ({@link JOB_START_SQL},
 * {@link COMPETITIVE_SQL}); monitoring.int.test.ts holds both to the TypeScript functions for every wage
 * form. Sustainable placement (runs of work merged over gaps) is not re-implemented here: the episodes are
 * read and `sustainablePlacementDate` decides.
 */
import type { Queryable } from '../../platform/db/db.js';
import type { EpisodeFacts } from '../jobs/jobs.indicators.js';
import type { BuildingBlock, Dimension, Metric } from './monitoring.schemas.js';

// ---------------------------------------------------------------------------------------------------------
// Registry

export interface SustainableSettings {
  minHoursPerWeek: number;
  maxGapDays: number;
  competitiveOnly: boolean;
}

export interface ProgrammeRow {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string | null;
  ambition: string | null;
  startsOn: string;
  endsOn: string | null;
  sustainableDefinition: SustainableSettings;
  suppression: { threshold: number; showZeros: boolean };
}

const PROGRAMME_COLUMNS = `p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.name,
  p.description, p.ambition, to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn",
  json_build_object('minHoursPerWeek', p.sustainable_min_hours::float8, 'maxGapDays', p.sustainable_max_gap_days,
    'competitiveOnly', p.sustainable_competitive_only) AS "sustainableDefinition",
  json_build_object('threshold', p.suppression_threshold, 'showZeros', NOT p.suppress_zeros) AS suppression`;

export async function findProgrammes(q: Queryable): Promise<
  (Pick<ProgrammeRow, 'id' | 'organisationId' | 'organisationName' | 'name' | 'startsOn' | 'endsOn'> & {
    initiatives: number;
    goals: number;
  })[]
> {
  const { rows } = await q.query<
    Pick<ProgrammeRow, 'id' | 'organisationId' | 'organisationName' | 'name' | 'startsOn' | 'endsOn'> & {
      initiatives: number;
      goals: number;
    }
  >(
    `SELECT p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.name,
            to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn",
            (SELECT count(*)::int FROM initiatives i WHERE i.programme_id = p.id) AS initiatives,
            (SELECT count(*)::int FROM programme_goals g WHERE g.programme_id = p.id) AS goals
       FROM programmes p JOIN organisations o ON o.id = p.organisation_id
      ORDER BY p.starts_on DESC, p.name`,
  );
  return rows;
}

export async function getProgramme(q: Queryable, id: string): Promise<ProgrammeRow | null> {
  const { rows } = await q.query<ProgrammeRow>(
    `SELECT ${PROGRAMME_COLUMNS} FROM programmes p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function programmeNameTaken(q: Queryable, name: string, exceptId: string | null): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM programmes WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2)',
    [name, exceptId],
  );
  return rows.length > 0;
}

export interface ProgrammeWrite {
  name: string;
  description: string | null;
  ambition: string | null;
  startsOn: string;
  endsOn: string | null;
  sustainableDefinition: SustainableSettings;
  suppression: { threshold: number; showZeros: boolean };
}

export async function insertProgramme(
  q: Queryable,
  p: ProgrammeWrite & { organisationId: string; createdBy: string | null; id?: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO programmes (id, organisation_id, name, description, ambition, starts_on, ends_on, sustainable_min_hours,
       sustainable_max_gap_days, sustainable_competitive_only, suppression_threshold, suppress_zeros, created_by)
     VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      p.id ?? null,
      p.organisationId,
      p.name,
      p.description,
      p.ambition,
      p.startsOn,
      p.endsOn,
      p.sustainableDefinition.minHoursPerWeek,
      p.sustainableDefinition.maxGapDays,
      p.sustainableDefinition.competitiveOnly,
      p.suppression.threshold,
      !p.suppression.showZeros,
      p.createdBy,
    ],
  );
  return rows[0]!.id;
}

export async function updateProgramme(q: Queryable, id: string, p: ProgrammeWrite): Promise<void> {
  await q.query(
    `UPDATE programmes SET name = $2, description = $3, ambition = $4, starts_on = $5, ends_on = $6,
       sustainable_min_hours = $7, sustainable_max_gap_days = $8, sustainable_competitive_only = $9,
       suppression_threshold = $10, suppress_zeros = $11, updated_at = now()
     WHERE id = $1`,
    [
      id,
      p.name,
      p.description,
      p.ambition,
      p.startsOn,
      p.endsOn,
      p.sustainableDefinition.minHoursPerWeek,
      p.sustainableDefinition.maxGapDays,
      p.sustainableDefinition.competitiveOnly,
      p.suppression.threshold,
      !p.suppression.showZeros,
    ],
  );
}

export interface InitiativeRow {
  id: string;
  programmeId: string;
  name: string;
  description: string | null;
  status: 'preparing' | 'running' | 'followUp' | 'ended';
  startsOn: string;
  endsOn: string | null;
  buildingBlocks: BuildingBlock[];
  parties: {
    kind: 'organisation' | 'company' | 'network';
    organisationId: string | null;
    name: string;
    perspective: string;
  }[];
  approachCodes: string[];
  followUpOf: string | null;
}

const INITIATIVE_COLUMNS = `i.id, i.programme_id AS "programmeId", i.name, i.description, i.status,
  to_char(i.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(i.ends_on, 'YYYY-MM-DD') AS "endsOn",
  i.building_blocks AS "buildingBlocks", i.follow_up_of AS "followUpOf",
  coalesce((SELECT json_agg(json_build_object('kind', ip.kind, 'organisationId', ip.organisation_id, 'name', ip.name,
    'perspective', ip.perspective) ORDER BY ip.position) FROM initiative_parties ip WHERE ip.initiative_id = i.id), '[]'::json) AS parties,
  array(SELECT ia.approach_code FROM initiative_approaches ia WHERE ia.initiative_id = i.id ORDER BY ia.approach_code) AS "approachCodes"`;

export async function findInitiatives(q: Queryable, programmeId: string): Promise<InitiativeRow[]> {
  const { rows } = await q.query<InitiativeRow>(
    `SELECT ${INITIATIVE_COLUMNS} FROM initiatives i WHERE i.programme_id = $1 ORDER BY i.starts_on, i.name`,
    [programmeId],
  );
  return rows;
}

export async function getInitiative(
  q: Queryable,
  id: string,
): Promise<(InitiativeRow & { organisationId: string }) | null> {
  const { rows } = await q.query<InitiativeRow & { organisationId: string }>(
    `SELECT ${INITIATIVE_COLUMNS}, p.organisation_id AS "organisationId"
       FROM initiatives i JOIN programmes p ON p.id = i.programme_id WHERE i.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function initiativeNameTaken(
  q: Queryable,
  programmeId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM initiatives WHERE programme_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3)',
    [programmeId, name, exceptId],
  );
  return rows.length > 0;
}

export interface InitiativeWrite {
  name: string;
  description: string | null;
  status: InitiativeRow['status'];
  startsOn: string;
  endsOn: string | null;
  buildingBlocks: BuildingBlock[];
  followUpOf: string | null;
  parties: InitiativeRow['parties'];
  approachCodes: string[];
}

export async function insertInitiative(
  q: Queryable,
  i: InitiativeWrite & { programmeId: string; createdBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO initiatives (programme_id, name, description, status, starts_on, ends_on, building_blocks, follow_up_of, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [i.programmeId, i.name, i.description, i.status, i.startsOn, i.endsOn, i.buildingBlocks, i.followUpOf, i.createdBy],
  );
  const id = rows[0]!.id;
  await replaceInitiativeParts(q, id, i);
  return id;
}

export async function updateInitiative(q: Queryable, id: string, i: InitiativeWrite): Promise<void> {
  await q.query(
    `UPDATE initiatives SET name = $2, description = $3, status = $4, starts_on = $5, ends_on = $6, building_blocks = $7,
       follow_up_of = $8, updated_at = now() WHERE id = $1`,
    [id, i.name, i.description, i.status, i.startsOn, i.endsOn, i.buildingBlocks, i.followUpOf],
  );
  await replaceInitiativeParts(q, id, i);
}

async function replaceInitiativeParts(
  q: Queryable,
  id: string,
  i: Pick<InitiativeWrite, 'parties' | 'approachCodes'>,
): Promise<void> {
  await q.query('DELETE FROM initiative_parties WHERE initiative_id = $1', [id]);
  await q.query('DELETE FROM initiative_approaches WHERE initiative_id = $1', [id]);
  for (const [position, p] of i.parties.entries()) {
    await q.query(
      `INSERT INTO initiative_parties (initiative_id, position, kind, organisation_id, name, perspective)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, position, p.kind, p.organisationId, p.name, p.perspective],
    );
  }
  for (const code of i.approachCodes) {
    await q.query('INSERT INTO initiative_approaches (initiative_id, approach_code) VALUES ($1, $2)', [id, code]);
  }
}

export async function organisationNames(q: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const { rows } = await q.query<{ id: string; name: string }>(
    'SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function existingApproaches(q: Queryable): Promise<Set<string>> {
  const { rows } = await q.query<{ code: string }>('SELECT code FROM approaches');
  return new Set(rows.map((r) => r.code));
}

export async function existingRegions(q: Queryable): Promise<Map<string, string>> {
  const { rows } = await q.query<{ code: string; name: string }>('SELECT code, name FROM regions ORDER BY code');
  return new Map(rows.map((r) => [r.code, r.name]));
}

export interface GoalRow {
  id: string;
  programmeId: string;
  description: string;
  metric: Metric;
  scope: 'programme' | 'region' | 'approach';
  regionCode: string | null;
  approachCode: string | null;
  targetGroup: string | null;
  population: 'programme' | 'everyone';
  periodStart: string;
  periodEnd: string;
  baseline: number | null;
  baselineNote: string | null;
  target: number;
  approachMinReach: number | null;
}

const GOAL_COLUMNS = `g.id, g.programme_id AS "programmeId", g.description, g.metric, g.scope, g.region_code AS "regionCode",
  g.approach_code AS "approachCode", g.target_group AS "targetGroup", g.population,
  to_char(g.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(g.period_end, 'YYYY-MM-DD') AS "periodEnd",
  g.baseline::float8 AS baseline, g.baseline_note AS "baselineNote", g.target::float8 AS target,
  g.approach_min_reach AS "approachMinReach"`;

export async function findGoals(q: Queryable, programmeId: string): Promise<GoalRow[]> {
  const { rows } = await q.query<GoalRow>(
    `SELECT ${GOAL_COLUMNS} FROM programme_goals g WHERE g.programme_id = $1 ORDER BY g.period_start, g.created_at, g.id`,
    [programmeId],
  );
  return rows;
}

export async function getGoal(q: Queryable, id: string): Promise<(GoalRow & { organisationId: string }) | null> {
  const { rows } = await q.query<GoalRow & { organisationId: string }>(
    `SELECT ${GOAL_COLUMNS}, p.organisation_id AS "organisationId"
       FROM programme_goals g JOIN programmes p ON p.id = g.programme_id WHERE g.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export type GoalWrite = Omit<GoalRow, 'id' | 'programmeId'>;

export async function insertGoal(
  q: Queryable,
  g: GoalWrite & { programmeId: string; createdBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO programme_goals (programme_id, description, metric, scope, region_code, approach_code, target_group,
       population, period_start, period_end, baseline, baseline_note, target, approach_min_reach, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, clock_timestamp()) RETURNING id`,
    [
      g.programmeId,
      g.description,
      g.metric,
      g.scope,
      g.regionCode,
      g.approachCode,
      g.targetGroup,
      g.population,
      g.periodStart,
      g.periodEnd,
      g.baseline,
      g.baselineNote,
      g.target,
      g.approachMinReach,
      g.createdBy,
    ],
  );
  return rows[0]!.id;
}

export async function updateGoal(q: Queryable, id: string, g: GoalWrite): Promise<void> {
  await q.query(
    `UPDATE programme_goals SET description = $2, metric = $3, scope = $4, region_code = $5, approach_code = $6,
       target_group = $7, population = $8, period_start = $9, period_end = $10, baseline = $11, baseline_note = $12,
       target = $13, approach_min_reach = $14, updated_at = now()
     WHERE id = $1`,
    [
      id,
      g.description,
      g.metric,
      g.scope,
      g.regionCode,
      g.approachCode,
      g.targetGroup,
      g.population,
      g.periodStart,
      g.periodEnd,
      g.baseline,
      g.baselineNote,
      g.target,
      g.approachMinReach,
    ],
  );
}

export interface ApproachRow {
  code: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string | null;
  descriptionEn: string | null;
  active: boolean;
  knowledgeItems: { id: string; slug: string; title: string; evidenceLevel: string }[];
}

export async function findApproachDetails(q: Queryable, code: string | null): Promise<ApproachRow[]> {
  const { rows } = await q.query<ApproachRow>(
    `SELECT a.code, a.name_nl AS "nameNl", a.name_en AS "nameEn", a.description_nl AS "descriptionNl",
            a.description_en AS "descriptionEn", a.active,
            coalesce((SELECT json_agg(json_build_object('id', k.id, 'slug', k.slug, 'title', k.title,
                'evidenceLevel', k.evidence_level) ORDER BY k.title)
               FROM knowledge_item_approaches ka JOIN knowledge_items k ON k.id = ka.item_id
              WHERE ka.approach_code = a.code AND k.status = 'published'), '[]'::json) AS "knowledgeItems"
       FROM approaches a WHERE ($1::text IS NULL OR a.code = $1) ORDER BY a.sort_order, a.code`,
    [code],
  );
  return rows;
}

export async function updateApproachDescription(
  q: Queryable,
  code: string,
  d: { descriptionNl: string | null; descriptionEn: string | null },
): Promise<void> {
  await q.query('UPDATE approaches SET description_nl = $2, description_en = $3 WHERE code = $1', [
    code,
    d.descriptionNl,
    d.descriptionEn,
  ]);
}

/** Regions (arbeidsmarktregio) and programmes of the organisations a programme manager works in. */
export async function managerReach(
  q: Queryable,
  organisationIds: string[],
): Promise<{ regions: string[]; programmes: string[] }> {
  const { rows } = await q.query<{ regions: string[]; programmes: string[] }>(
    `SELECT array(SELECT DISTINCT o.region_code FROM organisations o WHERE o.id = ANY($1::uuid[]) ORDER BY 1) AS regions,
            array(SELECT p.id::text FROM programmes p WHERE p.organisation_id = ANY($1::uuid[])) AS programmes`,
    [organisationIds],
  );
  return rows[0]!;
}

export async function municipalityRegion(q: Queryable, code: string): Promise<string | null> {
  const { rows } = await q.query<{ regionCode: string }>(
    'SELECT region_code AS "regionCode" FROM municipalities WHERE code = $1',
    [code],
  );
  return rows[0]?.regionCode ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Indicators

/** Which trajectories count: all filters are optional (null = no restriction). */
export interface PopulationFilter {
  programmeId: string | null;
  initiativeId: string | null;
  approachCode: string | null;
  organisationId: string | null;
  regionCode: string | null;
  municipalityCode: string | null;
  targetGroup: string | null;
}

export const NO_FILTER: PopulationFilter = {
  programmeId: null,
  initiativeId: null,
  approachCode: null,
  organisationId: null,
  regionCode: null,
  municipalityCode: null,
  targetGroup: null,
};

/** Paid work of at least 4 hours a week: `isJobStart` of jobs.indicators.ts. */
export const JOB_START_SQL = `(j.wage_form <> 'unpaidWorkExperience' AND j.hours_per_week >= 4)`;
/** Open to anyone and at least the minimum wage: `isCompetitive` of jobs.indicators.ts. */
export const COMPETITIVE_SQL = `(j.open_to_anyone AND j.wage_form IN ('marketWage', 'loonkostensubsidie'))`;

/** A trajectory `t` counts for initiative `i` (a party organisation, and one of its approaches when it lists any). */
const IN_INITIATIVE = (
  t: string,
) => `EXISTS (SELECT 1 FROM initiative_parties ip WHERE ip.initiative_id = i.id AND ip.organisation_id = ${t}.organisation_id)
  AND (NOT EXISTS (SELECT 1 FROM initiative_approaches ia WHERE ia.initiative_id = i.id)
       OR EXISTS (SELECT 1 FROM initiative_approaches ia WHERE ia.initiative_id = i.id AND ia.approach_code = ${t}.approach_code))`;

/** The parameters of one query, numbered in the order they are first used. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The trajectories in the population, with where the participant lives (gemeente → arbeidsmarktregio)
 * and their target groups. Only the filters that are set become conditions, so the planner can start from
 * an index (a programme's or initiative's party organisations, an organisation) instead of testing every
 * trajectory against every optional filter. The organisation lists narrow first; the EXISTS checks keep the
 * exact rule of {@link IN_INITIATIVE}.
 */
function scoped(f: PopulationFilter, p: Params): { cte: string; programme: string | null } {
  const where: string[] = [];
  const programme = f.programmeId ? p.add(f.programmeId) : null;
  if (programme) {
    where.push(
      `t.organisation_id IN (SELECT ip.organisation_id FROM initiatives i JOIN initiative_parties ip ON ip.initiative_id = i.id
                              WHERE i.programme_id = ${programme}::uuid AND ip.organisation_id IS NOT NULL)`,
      `EXISTS (SELECT 1 FROM initiatives i WHERE i.programme_id = ${programme}::uuid AND ${IN_INITIATIVE('t')})`,
    );
  }
  if (f.initiativeId) {
    const initiative = p.add(f.initiativeId);
    where.push(
      `t.organisation_id IN (SELECT ip.organisation_id FROM initiative_parties ip
                              WHERE ip.initiative_id = ${initiative}::uuid AND ip.organisation_id IS NOT NULL)`,
      `EXISTS (SELECT 1 FROM initiatives i WHERE i.id = ${initiative}::uuid AND ${IN_INITIATIVE('t')})`,
    );
  }
  if (f.approachCode) {
    where.push(`t.approach_code = ${p.add(f.approachCode)}::text`);
  }
  if (f.organisationId) {
    where.push(`t.organisation_id = ${p.add(f.organisationId)}::uuid`);
  }
  if (f.regionCode) {
    where.push(`m.region_code = ${p.add(f.regionCode)}::text`);
  }
  if (f.municipalityCode) {
    where.push(`p.municipality_code = ${p.add(f.municipalityCode)}::text`);
  }
  if (f.targetGroup) {
    where.push(`${p.add(f.targetGroup)}::text = ANY (p.target_groups)`);
  }
  const cte = `scoped AS (
  SELECT t.id, t.participant_id, t.organisation_id, t.approach_code, t.referral_date, t.closed_on, p.municipality_code,
         m.region_code, p.target_groups
    FROM trajectories t
    JOIN participants p ON p.id = t.participant_id
    JOIN municipalities m ON m.code = p.municipality_code
   ${where.length > 0 ? `WHERE ${where.join('\n     AND ')}` : ''}
)`;
  return { cte, programme };
}

/** The row key(s) of a scoped trajectory `s` per breakdown (a participant may be in several target groups). */
function keys(by: Dimension, programme: string | null): string {
  switch (by) {
    case 'none':
      return `SELECT 'all'::text AS key`;
    case 'approach':
      return `SELECT s.approach_code AS key`;
    case 'organisation':
      return `SELECT s.organisation_id::text AS key`;
    case 'region':
      return `SELECT s.region_code AS key`;
    case 'municipality':
      return `SELECT s.municipality_code AS key`;
    case 'targetGroup':
      return `SELECT g AS key FROM unnest(CASE WHEN cardinality(s.target_groups) = 0 THEN ARRAY['unknown']::text[]
    ELSE s.target_groups END) g`;
    case 'initiative':
      if (!programme) {
        throw new Error('a breakdown by initiative needs a programme'); // the service refuses it first (400)
      }
      return `SELECT i.id::text AS key FROM initiatives i WHERE i.programme_id = ${programme}::uuid AND ${IN_INITIATIVE('s')}`;
  }
}

/**
 * Active (engaged) on some day of [from, to]: in a phase from intake up to follow-up. Phase spans come from
 * the phase events (a phase lasts from its event to the next one's day).
 */
function active(from: string, to: string): string {
  return `spans AS (
  SELECT e.trajectory_id, e.to_phase AS phase, e.occurred_on AS start_on,
         lead(e.occurred_on) OVER (PARTITION BY e.trajectory_id ORDER BY e.occurred_on, e.recorded_at, e.id) AS end_on
    FROM trajectory_phase_events e JOIN scoped s ON s.id = e.trajectory_id
), active AS (
  SELECT DISTINCT trajectory_id FROM spans
   WHERE phase IN ('intake', 'jobSearch', 'workingWithSupport', 'followUp')
     AND start_on <= ${to}::date AND (end_on IS NULL OR end_on > greatest(${from}::date, start_on))
)`;
}

export interface KeyCount {
  key: string | null;
  n: number;
}

/** Reach: unique participants with an active trajectory in the period, per key; key null = all (distinct). */
export async function countReach(
  q: Queryable,
  f: PopulationFilter,
  by: Dimension,
  from: string,
  to: string,
): Promise<KeyCount[]> {
  const p = new Params();
  const { cte, programme } = scoped(f, p);
  const { rows } = await q.query<KeyCount>(
    `WITH ${cte}, ${active(p.add(from), p.add(to))}
     SELECT k.key, count(DISTINCT s.participant_id)::int AS n
       FROM scoped s JOIN active a ON a.trajectory_id = s.id CROSS JOIN LATERAL (${keys(by, programme)}) k
      GROUP BY k.key
     UNION ALL
     SELECT NULL, count(DISTINCT s.participant_id)::int FROM scoped s JOIN active a ON a.trajectory_id = s.id`,
    p.values,
  );
  return rows;
}

/**
 * Job starts in the period, per key; a job counts for the trajectory it is linked to, or else for the
 * participant's latest trajectory referred on or before the job's start.
 */
export async function countJobStarts(
  q: Queryable,
  f: PopulationFilter,
  by: Dimension,
  from: string,
  to: string,
): Promise<KeyCount[]> {
  const p = new Params();
  const { cte, programme } = scoped(f, p);
  const { rows } = await q.query<KeyCount>(
    `WITH ${cte}, starts AS (
       SELECT j.id, coalesce(j.trajectory_id, (SELECT t2.id FROM trajectories t2 WHERE t2.participant_id = j.participant_id
                AND t2.referral_date <= j.start_date ORDER BY t2.referral_date DESC, t2.created_at DESC LIMIT 1)) AS trajectory_id
         FROM job_episodes j
        WHERE j.start_date BETWEEN ${p.add(from)}::date AND ${p.add(to)}::date AND ${JOB_START_SQL}
          AND j.participant_id IN (SELECT participant_id FROM scoped)
     )
     SELECT k.key, count(DISTINCT st.id)::int AS n
       FROM starts st JOIN scoped s ON s.id = st.trajectory_id CROSS JOIN LATERAL (${keys(by, programme)}) k
      GROUP BY k.key
     UNION ALL
     SELECT NULL, count(*)::int FROM starts st JOIN scoped s ON s.id = st.trajectory_id`,
    p.values,
  );
  return rows;
}

export interface KeyHours {
  key: string | null;
  /** Contract hours worked in the period, rounded to whole hours. */
  hours: number;
  /** Distinct participants with those hours. */
  n: number;
}

/**
 * Hours worked in the period per key: for each paid job (`isPaid`) that ran in the period, its hours per
 * week × the days it ran within the period ÷ 7. A job counts for the trajectory it is linked to, or else for
 * the participant's latest trajectory referred on or before the job's start (as the job starts).
 */
export async function countHoursWorked(
  q: Queryable,
  f: PopulationFilter,
  by: Dimension,
  from: string,
  to: string,
): Promise<KeyHours[]> {
  const p = new Params();
  const { cte, programme } = scoped(f, p);
  const fromP = p.add(from);
  const toP = p.add(to);
  const { rows } = await q.query<KeyHours>(
    `WITH ${cte}, worked AS (
       SELECT j.id, j.participant_id,
              coalesce(j.trajectory_id, (SELECT t2.id FROM trajectories t2 WHERE t2.participant_id = j.participant_id
                AND t2.referral_date <= j.start_date ORDER BY t2.referral_date DESC, t2.created_at DESC LIMIT 1)) AS trajectory_id,
              j.hours_per_week * (least(coalesce(j.end_date, ${toP}::date), ${toP}::date)
                                  - greatest(j.start_date, ${fromP}::date) + 1) / 7.0 AS hours
         FROM job_episodes j
        WHERE j.start_date <= ${toP}::date AND (j.end_date IS NULL OR j.end_date >= ${fromP}::date)
          AND j.wage_form <> 'unpaidWorkExperience'
          AND j.participant_id IN (SELECT participant_id FROM scoped)
     )
     SELECT k.key, round(coalesce(sum(w.hours), 0))::int AS hours, count(DISTINCT w.participant_id)::int AS n
       FROM worked w JOIN scoped s ON s.id = w.trajectory_id CROSS JOIN LATERAL (${keys(by, programme)}) k
      GROUP BY k.key
     UNION ALL
     SELECT NULL, round(coalesce(sum(w.hours), 0))::int, count(DISTINCT w.participant_id)::int
       FROM worked w JOIN scoped s ON s.id = w.trajectory_id`,
    p.values,
  );
  return rows;
}

export interface PlacementCandidate {
  trajectoryId: string;
  participantId: string;
  keys: string[];
  episodes: EpisodeFacts[];
}

/**
 * Trajectories in the population referred on or before `asOf`, with the participant's job episodes that
 * started on or after the referral (and by `asOf`): what `sustainablePlacementDate` needs.
 */
export async function placementCandidates(
  q: Queryable,
  f: PopulationFilter,
  by: Dimension,
  from: string,
  asOf: string,
): Promise<PlacementCandidate[]> {
  const p = new Params();
  const { cte, programme } = scoped(f, p);
  const fromParam = p.add(from);
  const asOfParam = p.add(asOf);
  const { rows } = await q.query<PlacementCandidate>(
    `WITH ${cte}
     SELECT s.id AS "trajectoryId", s.participant_id AS "participantId",
            array(${keys(by, programme)}) AS keys,
            (SELECT json_agg(json_build_object('startDate', j.start_date, 'endDate', j.end_date,
                 'hoursPerWeek', j.hours_per_week::float8, 'wageForm', j.wage_form, 'openToAnyone', j.open_to_anyone)
                 ORDER BY j.start_date)
               FROM job_episodes j
              WHERE j.participant_id = s.participant_id AND j.start_date >= s.referral_date AND j.start_date <= ${asOfParam}::date
                AND j.wage_form <> 'unpaidWorkExperience') AS episodes
       FROM scoped s
      WHERE s.referral_date <= ${asOfParam}::date
        AND EXISTS (SELECT 1 FROM job_episodes j WHERE j.participant_id = s.participant_id AND j.start_date >= s.referral_date
              AND j.start_date <= ${asOfParam}::date AND j.wage_form <> 'unpaidWorkExperience' AND ${fromParam}::date <= ${asOfParam}::date)`,
    p.values,
  );
  return rows;
}

/** Of the participants active in the period (IPS caseload when the filter has approach ips): those who worked in a competitive job during it. */
export async function countWorkedCompetitive(
  q: Queryable,
  f: PopulationFilter,
  from: string,
  to: string,
): Promise<number> {
  const p = new Params();
  const { cte } = scoped(f, p);
  const fromParam = p.add(from);
  const toParam = p.add(to);
  const { rows } = await q.query<{ n: number }>(
    `WITH ${cte}, ${active(fromParam, toParam)}
     SELECT count(DISTINCT s.participant_id)::int AS n
       FROM scoped s JOIN active a ON a.trajectory_id = s.id
      WHERE EXISTS (SELECT 1 FROM job_episodes j WHERE j.participant_id = s.participant_id AND ${COMPETITIVE_SQL}
              AND j.start_date <= ${toParam}::date AND (j.end_date IS NULL OR j.end_date >= ${fromParam}::date))`,
    p.values,
  );
  return rows[0]!.n;
}

/** The regions (where participants live) in which each approach had active trajectories in the period. */
export async function approachRegions(
  q: Queryable,
  f: PopulationFilter,
  from: string,
  to: string,
): Promise<{ approachCode: string; regionCode: string }[]> {
  const p = new Params();
  const { cte } = scoped(f, p);
  const { rows } = await q.query<{ approachCode: string; regionCode: string }>(
    `WITH ${cte}, ${active(p.add(from), p.add(to))}
     SELECT DISTINCT s.approach_code AS "approachCode", s.region_code AS "regionCode"
       FROM scoped s JOIN active a ON a.trajectory_id = s.id ORDER BY 1, 2`,
    p.values,
  );
  return rows;
}

export interface EffectCohortRow {
  participantId: string;
  referralDate: string;
  closedOn: string | null;
  jobStart: string | null;
  jobEnd: string | null;
}

/**
 * A cohort for effect evaluation: per participant their first trajectory in the population referred in
 * [from, to], and the first job start (`isJobStart`) on or after that referral.
 */
export async function effectCohort(
  q: Queryable,
  f: PopulationFilter,
  from: string,
  to: string,
): Promise<EffectCohortRow[]> {
  const p = new Params();
  const { cte } = scoped(f, p);
  const { rows } = await q.query<EffectCohortRow>(
    `WITH ${cte}, firsts AS (
       SELECT DISTINCT ON (s.participant_id) s.participant_id, s.referral_date, s.closed_on
         FROM scoped s
        WHERE s.referral_date BETWEEN ${p.add(from)}::date AND ${p.add(to)}::date
        ORDER BY s.participant_id, s.referral_date, s.id
     )
     SELECT f.participant_id AS "participantId", to_char(f.referral_date, 'YYYY-MM-DD') AS "referralDate",
            to_char(f.closed_on, 'YYYY-MM-DD') AS "closedOn",
            to_char(j.start_date, 'YYYY-MM-DD') AS "jobStart", to_char(j.end_date, 'YYYY-MM-DD') AS "jobEnd"
       FROM firsts f
       LEFT JOIN LATERAL (
         SELECT j.start_date, j.end_date FROM job_episodes j
          WHERE j.participant_id = f.participant_id AND j.start_date >= f.referral_date AND ${JOB_START_SQL}
          ORDER BY j.start_date, j.id LIMIT 1
       ) j ON true`,
    p.values,
  );
  return rows;
}

export interface DurationCohortRow extends EffectCohortRow {
  approachCode: string;
  /** The first held contact with an employer for this participant on or after the referral, if any. */
  firstEmployerContact: string | null;
}

/**
 * The cohorts of the durations per approach: per approach and participant their first trajectory in the
 * population referred in [from, to] with that approach, its first job start (`isJobStart`) on or after the
 * referral, and the first held contact with an employer from the referral until the trajectory closed (a
 * date in Europe/Amsterdam). A participant with trajectories of two approaches is in both cohorts.
 */
export async function durationCohorts(
  q: Queryable,
  f: PopulationFilter,
  from: string,
  to: string,
): Promise<DurationCohortRow[]> {
  const p = new Params();
  const { cte } = scoped(f, p);
  const { rows } = await q.query<DurationCohortRow>(
    `WITH ${cte}, firsts AS (
       SELECT DISTINCT ON (s.approach_code, s.participant_id) s.approach_code, s.participant_id, s.referral_date, s.closed_on
         FROM scoped s
        WHERE s.referral_date BETWEEN ${p.add(from)}::date AND ${p.add(to)}::date
        ORDER BY s.approach_code, s.participant_id, s.referral_date, s.id
     )
     SELECT f.approach_code AS "approachCode", f.participant_id AS "participantId",
            to_char(f.referral_date, 'YYYY-MM-DD') AS "referralDate", to_char(f.closed_on, 'YYYY-MM-DD') AS "closedOn",
            to_char(j.start_date, 'YYYY-MM-DD') AS "jobStart", to_char(j.end_date, 'YYYY-MM-DD') AS "jobEnd",
            to_char(c.first_on, 'YYYY-MM-DD') AS "firstEmployerContact"
       FROM firsts f
       LEFT JOIN LATERAL (
         SELECT j.start_date, j.end_date FROM job_episodes j
          WHERE j.participant_id = f.participant_id AND j.start_date >= f.referral_date AND ${JOB_START_SQL}
          ORDER BY j.start_date, j.id LIMIT 1
       ) j ON true
       LEFT JOIN LATERAL (
         SELECT (min(c.occurs_at) AT TIME ZONE 'Europe/Amsterdam')::date AS first_on FROM contacts c
          WHERE c.participant_id = f.participant_id AND c.kind = 'withEmployer' AND c.status = 'held'
            AND c.occurs_at >= (f.referral_date::timestamp AT TIME ZONE 'Europe/Amsterdam')
            AND (f.closed_on IS NULL OR c.occurs_at < ((f.closed_on + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))
       ) c ON true`,
    p.values,
  );
  return rows;
}

export interface TeamNormRow {
  organisationId: string;
  name: string;
  /** Participants with an open IPS trajectory of the team on the as-of date. */
  ipsParticipants: number;
  /** Job coaches of the team with at least one open IPS trajectory assigned to them on the as-of date. */
  ipsCoaches: number;
  /** Open IPS trajectories assigned to those coaches (a trajectory with two coaches counts for both). */
  ipsAssignments: number;
  /** Of those coaches, how many have more than `norm` open IPS trajectories. */
  coachesAboveNorm: number;
  /** Active job coaches and employer advisers of the team (who log employer contacts). */
  specialists: number;
  /** Employer contacts the team logged in the period: face-to-face (`faceToFaceKinds`) and all. */
  faceToFace: number;
  contacts: number;
}

/**
 * Caseload and employer-contact figures per team (organisation) for the teams with a trajectory in the
 * population that was open at some time in [from, to]. The caseload is the team's whole IPS caseload on
 * `asOf` (a coach's norm is about all their clients, not only those who match the filters); the employer
 * contacts are those the team logged with a contact date in [from, asOf].
 */
export async function teamNorms(
  q: Queryable,
  f: PopulationFilter,
  from: string,
  asOf: string,
  norm: number,
  faceToFaceKinds: readonly string[],
): Promise<TeamNormRow[]> {
  const p = new Params();
  const { cte } = scoped(f, p);
  const fromP = p.add(from);
  const asOfP = p.add(asOf);
  const dayAfter = `((${asOfP}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
  const openOn = (t: string) =>
    `${t}.approach_code = 'ips' AND ${t}.referral_date <= ${asOfP}::date AND (${t}.closed_on IS NULL OR ${t}.closed_on > ${asOfP}::date)`;
  const { rows } = await q.query<TeamNormRow>(
    `WITH ${cte}, teams AS (
       SELECT DISTINCT s.organisation_id AS id FROM scoped s
        WHERE s.referral_date <= ${asOfP}::date AND (s.closed_on IS NULL OR s.closed_on >= ${fromP}::date)
     ), per_coach AS (
       SELECT t.organisation_id, a.user_id, count(DISTINCT t.id) AS n
         FROM trajectories t
         JOIN trajectory_assignments a ON a.trajectory_id = t.id
         JOIN memberships m ON m.user_id = a.user_id AND m.organisation_id = t.organisation_id AND m.role = 'jobCoach'
        WHERE t.organisation_id IN (SELECT id FROM teams) AND ${openOn('t')}
          AND a.assigned_at < ${dayAfter} AND (a.ended_at IS NULL OR a.ended_at >= ${dayAfter})
        GROUP BY t.organisation_id, a.user_id
     ), caseload AS (
       SELECT organisation_id, count(*) AS coaches, sum(n) AS assignments,
              count(*) FILTER (WHERE n > ${p.add(norm)}::int) AS above
         FROM per_coach GROUP BY organisation_id
     ), participants AS (
       SELECT t.organisation_id, count(DISTINCT t.participant_id) AS n FROM trajectories t
        WHERE t.organisation_id IN (SELECT id FROM teams) AND ${openOn('t')}
        GROUP BY t.organisation_id
     ), specialists AS (
       SELECT m.organisation_id, count(DISTINCT m.user_id) AS n FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id IN (SELECT id FROM teams) AND m.role IN ('jobCoach', 'employerAdviser')
          AND u.status = 'active'
        GROUP BY m.organisation_id
     ), contacts AS (
       SELECT g.organisation_id, count(*) FILTER (WHERE g.kind = ANY(${p.add(faceToFaceKinds)}::text[])) AS f2f,
              count(*) AS n
         FROM employer_contact_log g
        WHERE g.organisation_id IN (SELECT id FROM teams) AND g.contact_date BETWEEN ${fromP}::date AND ${asOfP}::date
        GROUP BY g.organisation_id
     )
     SELECT o.id AS "organisationId", o.name,
            coalesce(pa.n, 0)::int AS "ipsParticipants", coalesce(c.coaches, 0)::int AS "ipsCoaches",
            coalesce(c.assignments, 0)::int AS "ipsAssignments", coalesce(c.above, 0)::int AS "coachesAboveNorm",
            coalesce(sp.n, 0)::int AS specialists, coalesce(ct.f2f, 0)::int AS "faceToFace",
            coalesce(ct.n, 0)::int AS contacts
       FROM teams tm
       JOIN organisations o ON o.id = tm.id
       LEFT JOIN caseload c ON c.organisation_id = o.id
       LEFT JOIN participants pa ON pa.organisation_id = o.id
       LEFT JOIN specialists sp ON sp.organisation_id = o.id
       LEFT JOIN contacts ct ON ct.organisation_id = o.id
      ORDER BY lower(o.name), o.id`,
    p.values,
  );
  return rows;
}

export interface ResearchTrajectoryRow {
  id: string;
  participantId: string;
  organisationId: string;
  organisationType: string;
  approachCode: string;
  referralDate: string;
  closedOn: string | null;
  closedReason: string | null;
  phase: string;
  dateOfBirth: string;
  regionCode: string;
  targetGroups: string[];
  benefitSituation: string;
  doelgroepregister: boolean;
}

export interface ResearchPhaseRow {
  trajectoryId: string;
  fromPhase: string | null;
  toPhase: string;
  occurredOn: string;
}

export interface ResearchJobRow {
  participantId: string;
  trajectoryId: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  hoursPerWeek: number;
  contractType: string;
  wageForm: string;
  openToAnyone: boolean;
}

/**
 * The microdata of a research export: the population's trajectories referred in [from, to] with the
 * participant's quasi-identifiers (coarsened by the caller), their phase events, and the participants'
 * job episodes that started on or after the earliest such referral. No names, contact details, BSN,
 * employer names, job titles or free text are selected.
 */
export async function researchRows(
  q: Queryable,
  f: PopulationFilter,
  from: string,
  to: string,
): Promise<{ trajectories: ResearchTrajectoryRow[]; phases: ResearchPhaseRow[]; jobs: ResearchJobRow[] }> {
  const p = new Params();
  const { cte } = scoped(f, p);
  const { rows: trajectories } = await q.query<ResearchTrajectoryRow>(
    `WITH ${cte}
     SELECT t.id, t.participant_id AS "participantId", t.organisation_id AS "organisationId", o.type AS "organisationType",
            t.approach_code AS "approachCode", to_char(t.referral_date, 'YYYY-MM-DD') AS "referralDate",
            to_char(t.closed_on, 'YYYY-MM-DD') AS "closedOn", t.closed_reason AS "closedReason", t.phase,
            to_char(pa.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", s.region_code AS "regionCode",
            pa.target_groups AS "targetGroups", pa.benefit_situation AS "benefitSituation", pa.doelgroepregister
       FROM scoped s
       JOIN trajectories t ON t.id = s.id
       JOIN participants pa ON pa.id = s.participant_id
       JOIN organisations o ON o.id = t.organisation_id
      WHERE s.referral_date BETWEEN ${p.add(from)}::date AND ${p.add(to)}::date
      ORDER BY t.participant_id, t.referral_date, t.id`,
    p.values,
  );
  if (trajectories.length === 0) {
    return { trajectories, phases: [], jobs: [] };
  }
  const { rows: phases } = await q.query<ResearchPhaseRow>(
    `SELECT e.trajectory_id AS "trajectoryId", e.from_phase AS "fromPhase", e.to_phase AS "toPhase",
            to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn"
       FROM trajectory_phase_events e
      WHERE e.trajectory_id = ANY ($1::uuid[])
      ORDER BY e.trajectory_id, e.occurred_on, e.recorded_at, e.id`,
    [trajectories.map((t) => t.id)],
  );
  const firstReferral = new Map<string, string>();
  for (const t of trajectories) {
    const known = firstReferral.get(t.participantId);
    if (!known || t.referralDate < known) {
      firstReferral.set(t.participantId, t.referralDate);
    }
  }
  const { rows: jobs } = await q.query<ResearchJobRow>(
    `SELECT j.participant_id AS "participantId", j.trajectory_id AS "trajectoryId",
            to_char(j.start_date, 'YYYY-MM-DD') AS "startDate", to_char(j.end_date, 'YYYY-MM-DD') AS "endDate",
            j.end_reason AS "endReason", j.hours_per_week::float8 AS "hoursPerWeek", j.contract_type AS "contractType",
            j.wage_form AS "wageForm", j.open_to_anyone AS "openToAnyone"
       FROM job_episodes j
       JOIN unnest($1::uuid[], $2::date[]) AS x(pid, since) ON x.pid = j.participant_id
      WHERE j.start_date >= x.since
      ORDER BY j.participant_id, j.start_date, j.id`,
    [[...firstReferral.keys()], [...firstReferral.values()]],
  );
  return { trajectories, phases, jobs };
}

/** Labels of row keys: approach, organisation, region, municipality or initiative names. */
export async function keyLabels(
  q: Queryable,
  by: Dimension,
  keys: string[],
  lang: 'nl' | 'en',
): Promise<Map<string, string>> {
  const sql: Partial<Record<Dimension, string>> = {
    approach: `SELECT code AS key, CASE WHEN $2 = 'en' THEN name_en ELSE name_nl END AS label FROM approaches WHERE code = ANY($1::text[])`,
    organisation: `SELECT id::text AS key, name AS label FROM organisations WHERE id::text = ANY($1::text[]) AND $2 <> ''`,
    region: `SELECT code AS key, name AS label FROM regions WHERE code = ANY($1::text[]) AND $2 <> ''`,
    municipality: `SELECT code AS key, name AS label FROM municipalities WHERE code = ANY($1::text[]) AND $2 <> ''`,
    initiative: `SELECT id::text AS key, name AS label FROM initiatives WHERE id::text = ANY($1::text[]) AND $2 <> ''`,
  };
  const query = sql[by];
  if (!query || keys.length === 0) {
    return new Map();
  }
  const { rows } = await q.query<{ key: string; label: string }>(query, [keys, lang]);
  return new Map(rows.map((r) => [r.key, r.label]));
}

/** The approaches with these codes in the list's own order, with their names in `lang`. */
export async function approachesInOrder(
  q: Queryable,
  codes: string[],
  lang: 'nl' | 'en',
): Promise<{ code: string; label: string }[]> {
  const { rows } = await q.query<{ code: string; label: string }>(
    `SELECT code, CASE WHEN $2 = 'en' THEN name_en ELSE name_nl END AS label
       FROM approaches WHERE code = ANY($1::text[]) ORDER BY sort_order, code`,
    [codes, lang],
  );
  return rows;
}

export async function initiativeProgramme(q: Queryable, initiativeId: string): Promise<string | null> {
  const { rows } = await q.query<{ programmeId: string }>(
    'SELECT programme_id AS "programmeId" FROM initiatives WHERE id = $1',
    [initiativeId],
  );
  return rows[0]?.programmeId ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Fidelity reviews

export interface FidelityReviewRow {
  id: string;
  organisationId: string;
  organisationName: string;
  teamName: string | null;
  reviewedOn: string;
  reviewers: string[];
  summary: string | null;
  scores: Record<string, number>;
  notes: Record<string, string>;
  openActionPoints: number;
  recordedAt: Date;
}

const REVIEW_COLUMNS = `r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.team_name AS "teamName",
  to_char(r.reviewed_on, 'YYYY-MM-DD') AS "reviewedOn", r.reviewers, r.summary, r.recorded_at AS "recordedAt",
  coalesce((SELECT json_object_agg(s.item_key, s.score) FROM fidelity_review_scores s WHERE s.review_id = r.id), '{}'::json) AS scores,
  coalesce((SELECT json_object_agg(s.item_key, s.note) FROM fidelity_review_scores s WHERE s.review_id = r.id AND s.note IS NOT NULL), '{}'::json) AS notes,
  (SELECT count(*)::int FROM fidelity_action_points a WHERE a.review_id = r.id AND a.status = 'open') AS "openActionPoints"`;

/** Reviews, oldest first per team; `organisationIds` null = all teams. */
export async function findReviews(
  q: Queryable,
  organisationIds: string[] | null,
  organisationId: string | null,
): Promise<FidelityReviewRow[]> {
  const { rows } = await q.query<FidelityReviewRow>(
    `SELECT ${REVIEW_COLUMNS} FROM fidelity_reviews r JOIN organisations o ON o.id = r.organisation_id
      WHERE ($1::uuid[] IS NULL OR r.organisation_id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR r.organisation_id = $2)
      ORDER BY o.name, r.organisation_id, coalesce(r.team_name, ''), r.reviewed_on, r.recorded_at`,
    [organisationIds, organisationId],
  );
  return rows;
}

export async function getReview(q: Queryable, id: string): Promise<FidelityReviewRow | null> {
  const { rows } = await q.query<FidelityReviewRow>(
    `SELECT ${REVIEW_COLUMNS} FROM fidelity_reviews r JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** The review of the same team just before this one (by review date). */
export async function previousReview(q: Queryable, r: FidelityReviewRow): Promise<FidelityReviewRow | null> {
  const { rows } = await q.query<FidelityReviewRow>(
    `SELECT ${REVIEW_COLUMNS} FROM fidelity_reviews r JOIN organisations o ON o.id = r.organisation_id
      WHERE r.organisation_id = $1 AND coalesce(r.team_name, '') = coalesce($2, '') AND r.id <> $3
        AND (r.reviewed_on < $4::date OR (r.reviewed_on = $4::date AND r.recorded_at < $5))
      ORDER BY r.reviewed_on DESC, r.recorded_at DESC LIMIT 1`,
    [r.organisationId, r.teamName, r.id, r.reviewedOn, r.recordedAt],
  );
  return rows[0] ?? null;
}

export async function insertReview(
  q: Queryable,
  r: {
    organisationId: string;
    teamName: string | null;
    reviewedOn: string;
    reviewers: string[];
    summary: string | null;
    scores: Record<string, number>;
    notes: Record<string, string>;
    recordedBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO fidelity_reviews (organisation_id, team_name, reviewed_on, reviewers, summary, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [r.organisationId, r.teamName, r.reviewedOn, r.reviewers, r.summary, r.recordedBy],
  );
  const id = rows[0]!.id;
  const keys = Object.keys(r.scores);
  await q.query(
    `INSERT INTO fidelity_review_scores (review_id, item_key, score, note)
     SELECT $1, k, s, n FROM unnest($2::text[], $3::smallint[], $4::text[]) AS x(k, s, n)`,
    [id, keys, keys.map((k) => r.scores[k]!), keys.map((k) => r.notes[k] ?? null)],
  );
  return id;
}

export interface ActionPointRow {
  id: string;
  reviewId: string;
  itemKey: string | null;
  description: string;
  owner: string | null;
  dueOn: string | null;
  status: 'open' | 'done';
  doneOn: string | null;
}

const ACTION_COLUMNS = `a.id, a.review_id AS "reviewId", a.item_key AS "itemKey", a.description, a.owner,
  to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", a.status, to_char(a.done_on, 'YYYY-MM-DD') AS "doneOn"`;

export async function findActionPoints(q: Queryable, reviewId: string): Promise<ActionPointRow[]> {
  const { rows } = await q.query<ActionPointRow>(
    `SELECT ${ACTION_COLUMNS} FROM fidelity_action_points a WHERE a.review_id = $1 ORDER BY a.created_at, a.id`,
    [reviewId],
  );
  return rows;
}

export async function getActionPoint(
  q: Queryable,
  id: string,
): Promise<(ActionPointRow & { organisationId: string }) | null> {
  const { rows } = await q.query<ActionPointRow & { organisationId: string }>(
    `SELECT ${ACTION_COLUMNS}, r.organisation_id AS "organisationId"
       FROM fidelity_action_points a JOIN fidelity_reviews r ON r.id = a.review_id WHERE a.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertActionPoint(
  q: Queryable,
  a: Omit<ActionPointRow, 'id' | 'status' | 'doneOn'> & { createdBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO fidelity_action_points (review_id, item_key, description, owner, due_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [a.reviewId, a.itemKey, a.description, a.owner, a.dueOn, a.createdBy],
  );
  return rows[0]!.id;
}

export async function updateActionPoint(
  q: Queryable,
  id: string,
  a: Pick<ActionPointRow, 'description' | 'owner' | 'dueOn' | 'status' | 'doneOn'>,
): Promise<void> {
  await q.query(
    `UPDATE fidelity_action_points SET description = $2, owner = $3, due_on = $4, status = $5, done_on = $6, updated_at = now()
      WHERE id = $1`,
    [id, a.description, a.owner, a.dueOn, a.status, a.doneOn],
  );
}

// ---------------------------------------------------------------------------------------------------------
// Research studies and exports

export interface ResearchStudyRow {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  purpose: string;
  legalBasis: string;
  startsOn: string;
  endsOn: string;
  createdAt: Date;
}

const STUDY_COLUMNS = `s.id, s.organisation_id AS "organisationId", o.name AS "organisationName", s.name, s.purpose,
  s.legal_basis AS "legalBasis", to_char(s.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(s.ends_on, 'YYYY-MM-DD') AS "endsOn",
  s.created_at AS "createdAt"`;

/** Studies of the given organisations (or all when `organisationIds` is null), newest first. */
export async function findStudies(q: Queryable, organisationIds: string[] | null): Promise<ResearchStudyRow[]> {
  const { rows } = await q.query<ResearchStudyRow>(
    `SELECT ${STUDY_COLUMNS} FROM research_studies s JOIN organisations o ON o.id = s.organisation_id
      WHERE $1::uuid[] IS NULL OR s.organisation_id = ANY ($1::uuid[])
      ORDER BY s.starts_on DESC, s.name`,
    [organisationIds],
  );
  return rows;
}

export async function getStudy(q: Queryable, id: string): Promise<ResearchStudyRow | null> {
  const { rows } = await q.query<ResearchStudyRow>(
    `SELECT ${STUDY_COLUMNS} FROM research_studies s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function studyNameTaken(q: Queryable, organisationId: string, name: string): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM research_studies WHERE organisation_id = $1 AND lower(name) = lower($2)',
    [organisationId, name],
  );
  return rows.length > 0;
}

export async function insertStudy(
  q: Queryable,
  s: {
    organisationId: string;
    name: string;
    purpose: string;
    legalBasis: string;
    startsOn: string;
    endsOn: string;
    createdBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO research_studies (organisation_id, name, purpose, legal_basis, starts_on, ends_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [s.organisationId, s.name, s.purpose, s.legalBasis, s.startsOn, s.endsOn, s.createdBy],
  );
  return rows[0]!.id;
}

export interface ResearchExportRow {
  id: string;
  studyId: string;
  requestedAt: Date;
  requestedBy: string | null;
  format: 'xlsx' | 'csv';
  participants: number;
  trajectories: number;
  sha256: string;
  population: Record<string, string | null>;
}

export async function findExports(q: Queryable, studyIds: string[]): Promise<ResearchExportRow[]> {
  const { rows } = await q.query<ResearchExportRow>(
    `SELECT e.id, e.study_id AS "studyId", e.requested_at AS "requestedAt", u.name AS "requestedBy", e.format,
            e.participants, e.trajectories, e.sha256, e.population
       FROM research_exports e LEFT JOIN users u ON u.id = e.requested_by
      WHERE e.study_id = ANY ($1::uuid[])
      ORDER BY e.requested_at DESC, e.id`,
    [studyIds],
  );
  return rows;
}

export async function insertExport(
  q: Queryable,
  e: Omit<ResearchExportRow, 'id' | 'requestedAt' | 'requestedBy'> & { requestedBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO research_exports (study_id, requested_by, population, format, participants, trajectories, sha256)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7) RETURNING id`,
    [e.studyId, e.requestedBy, JSON.stringify(e.population), e.format, e.participants, e.trajectories, e.sha256],
  );
  return rows[0]!.id;
}
