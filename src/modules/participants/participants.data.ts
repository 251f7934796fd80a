/** SQL for participants and the caseload (werkvoorraad). */
import type { Queryable } from '../../platform/db/db.js';
import type { ListScope } from '../../platform/access/types.js';
import { ACTIVE_CONSENT } from '../consents/consents.data.js';
import type { CaseloadItem, CaseloadQuery, Participant } from './participants.schemas.js';

export interface ParticipantRow extends Omit<Participant, 'createdAt' | 'updatedAt' | 'bsn'> {
  userId: string | null;
  bsnEncrypted: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const SELECT = `SELECT p.id, p.given_name AS "givenName", p.family_name AS "familyName", p.date_of_birth AS "dateOfBirth",
       p.email, p.phone, p.municipality_code AS "municipalityCode", m.name AS "municipalityName",
       r.code AS "regionCode", r.name AS "regionName", p.target_groups AS "targetGroups",
       p.benefit_situation AS "benefitSituation", p.doelgroepregister, (p.bsn_hash IS NOT NULL) AS "hasBsn",
       p.bsn_encrypted AS "bsnEncrypted", (p.user_id IS NOT NULL) AS "hasAccount", p.user_id AS "userId",
       p.organisation_id AS "organisationId", o.name AS "organisationName", p.created_at AS "createdAt", p.updated_at AS "updatedAt"
  FROM participants p
  JOIN municipalities m ON m.code = p.municipality_code
  JOIN regions r ON r.code = m.region_code
  JOIN organisations o ON o.id = p.organisation_id`;

export async function getParticipant(q: Queryable, id: string): Promise<ParticipantRow | null> {
  const { rows } = await q.query<ParticipantRow>(`${SELECT} WHERE p.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The participant record of a portal user, if any. */
export async function findParticipantIdOfUser(q: Queryable, userId: string): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>('SELECT id FROM participants WHERE user_id = $1', [userId]);
  return rows[0]?.id ?? null;
}

export interface ParticipantFields {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  municipalityCode: string;
  targetGroups: string[];
  benefitSituation: string;
  doelgroepregister: boolean;
  bsnEncrypted: string | null;
  bsnHash: string | null;
}

export async function insertParticipant(
  q: Queryable,
  p: ParticipantFields & { id: string; organisationId: string; createdBy: string | null; externalId?: string | null },
): Promise<void> {
  await q.query(
    `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, email, phone, municipality_code,
       target_groups, benefit_situation, doelgroepregister, bsn_encrypted, bsn_hash, created_by, external_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      p.id,
      p.organisationId,
      p.givenName,
      p.familyName,
      p.dateOfBirth,
      p.email,
      p.phone,
      p.municipalityCode,
      p.targetGroups,
      p.benefitSituation,
      p.doelgroepregister,
      p.bsnEncrypted,
      p.bsnHash,
      p.createdBy,
      p.externalId ?? null,
    ],
  );
}

/** Updates the given fields; `bsn` undefined leaves the BSN, null removes it. */
export async function updateParticipant(
  q: Queryable,
  id: string,
  p: Partial<Omit<ParticipantFields, 'bsnEncrypted' | 'bsnHash'>> & {
    bsn?: { encrypted: string; hash: string } | null;
  },
): Promise<void> {
  await q.query(
    `UPDATE participants SET
       given_name = coalesce($2, given_name), family_name = coalesce($3, family_name),
       date_of_birth = coalesce($4, date_of_birth),
       email = CASE WHEN $5 THEN $6 ELSE email END, phone = CASE WHEN $7 THEN $8 ELSE phone END,
       municipality_code = coalesce($9, municipality_code), target_groups = coalesce($10, target_groups),
       benefit_situation = coalesce($11, benefit_situation), doelgroepregister = coalesce($12, doelgroepregister),
       bsn_encrypted = CASE WHEN $13 THEN $14 ELSE bsn_encrypted END, bsn_hash = CASE WHEN $13 THEN $15 ELSE bsn_hash END,
       updated_at = now()
     WHERE id = $1`,
    [
      id,
      p.givenName ?? null,
      p.familyName ?? null,
      p.dateOfBirth ?? null,
      p.email !== undefined,
      p.email ?? null,
      p.phone !== undefined,
      p.phone ?? null,
      p.municipalityCode ?? null,
      p.targetGroups ?? null,
      p.benefitSituation ?? null,
      p.doelgroepregister ?? null,
      p.bsn !== undefined,
      p.bsn?.encrypted ?? null,
      p.bsn?.hash ?? null,
    ],
  );
}

export async function isBsnTaken(
  q: Queryable,
  organisationId: string,
  bsnHash: string,
  exceptId: string | null,
): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM participants WHERE organisation_id = $1 AND bsn_hash = $2 AND id IS DISTINCT FROM $3',
    [organisationId, bsnHash, exceptId],
  );
  return rows.length > 0;
}

/**
 * Dutch alphabetical order by surname: "de Vries" under V and "van den Berg" under B, as in a Dutch
 * phone book (the tussenvoegsel does not count), then the given name — the stored column `sort_name`
 * (migration 0007).
 */
const PAGE_SORTS: Record<NonNullable<CaseloadQuery['sort']>, string> = {
  name: 'f.sort_name, f.id',
  '-name': 'f.sort_name DESC, f.id DESC',
  referralDate: 'f.referral_date NULLS LAST, f.sort_name, f.id',
  '-referralDate': 'f.referral_date DESC NULLS LAST, f.sort_name, f.id',
  phaseSince: 'f.phase_since NULLS LAST, f.sort_name, f.id',
  '-phaseSince': 'f.phase_since DESC NULLS LAST, f.sort_name, f.id',
};

/**
 * Caseload signals (live, never a block), for the row's visible trajectory `tr`:
 * - noEmployerContact30: in job search for 30 days or more without a held contact with an employer in the last 30 days;
 * - noSupportContact30: working with support for 30 days or more without any held contact in the last 30 days.
 */
const THIRTY_DAYS_AGO = `((now() AT TIME ZONE 'Europe/Amsterdam')::date - 30)`;
/** The signals of a trajectory, given the SQL expressions of its id, phase and phase date. */
const signalsOf = (id: string, phase: string, since: string) => `array_remove(ARRAY[
    CASE WHEN ${phase} = 'jobSearch' AND ${since} <= ${THIRTY_DAYS_AGO} AND NOT EXISTS (
      SELECT 1 FROM contacts c WHERE c.trajectory_id = ${id} AND c.status = 'held' AND c.kind = 'withEmployer'
         AND c.occurs_at >= now() - interval '30 days') THEN 'noEmployerContact30' END,
    CASE WHEN ${phase} = 'workingWithSupport' AND ${since} <= ${THIRTY_DAYS_AGO} AND NOT EXISTS (
      SELECT 1 FROM contacts c WHERE c.trajectory_id = ${id} AND c.status = 'held'
         AND c.occurs_at >= now() - interval '30 days') THEN 'noSupportContact30' END
  ], NULL)`;

/** `%` and `_` typed by a user are literal characters in a name search. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The phase date of a trajectory `tr`: the day of its latest phase event. */
const PHASE_SINCE = `(SELECT max(e.occurred_on) FROM trajectory_phase_events e WHERE e.trajectory_id = tr.id)`;

/**
 * Whether the actor sees trajectory `t` of participant `pid` through an assignment: `t` belongs to an
 * organisation of the trajectory scope (`$9`) in which the actor (`$10`) is assigned to one of the
 * participant's trajectories.
 */
const visibleThroughAssignment = (pid: string) => `(t.organisation_id = ANY($9::uuid[]) AND EXISTS (
                       SELECT 1 FROM trajectory_assignments ta JOIN trajectories t2 ON t2.id = ta.trajectory_id
                        WHERE t2.participant_id = ${pid} AND t2.organisation_id = t.organisation_id AND ta.user_id = $10
                          AND ta.ended_at IS NULL))`;

/**
 * The latest trajectory of participant `pid` that the actor may see (`tr`; open ones first, then by referral
 * date), from the index that holds it first (migration 0028). `userId` is the SQL of the participant's
 * portal account, or null when the actor is no participant and it cannot matter. Plan consent is looked up
 * in the hashed set `plan_consent` when many participants are tested (`planConsent: 'set'`), or per
 * participant in its index when only a page of them is (`'probe'`).
 */
const visibleLatestTrajectory = (
  pid: string,
  userId: string | null,
  planConsent: 'set' | 'probe',
) => `LEFT JOIN LATERAL (
         SELECT t.id, t.phase, t.approach_code, t.referral_date, t.organisation_id
           FROM trajectories t
          WHERE t.participant_id = ${pid}
            AND ($7::boolean ${userId ? `OR ${userId} = $8` : ''}
                 OR ${
                   planConsent === 'set'
                     ? `${pid} IN (SELECT id FROM plan_consent)`
                     : `EXISTS (SELECT 1 FROM consents c WHERE c.participant_id = ${pid} AND c.organisation_id = ANY($11::uuid[])
                                 AND c.category = 'plan' AND ${ACTIVE_CONSENT})`
                 }
                 OR ${visibleThroughAssignment(pid)})
          ORDER BY (t.phase = 'closed'), t.referral_date DESC, t.created_at DESC
          LIMIT 1
       ) tr ON true`;

/**
 * The caseload's filters on participant `pid` (its row `p` when `names`) and, when `trajectory`, on its
 * visible trajectory `tr`.
 */
const caseloadFilters = (pid: string, names: boolean, phaseSince: string, trajectory = true) =>
  [
    `(NOT $15::boolean OR ${pid} IN (SELECT id FROM assigned))`,
    ...(names ? [`($14::text IS NULL OR (p.given_name || ' ' || p.family_name) ILIKE $14)`] : []),
    ...(trajectory
      ? [
          `($12::text IS NULL OR tr.phase = $12)`,
          `($13::text IS NULL OR tr.approach_code = $13)`,
          `($17::boolean OR $12::text = 'closed' OR tr.phase IS DISTINCT FROM 'closed')`,
          `($20::text IS NULL OR $20 = ANY(${signalsOf('tr.id', 'tr.phase', phaseSince)}))`,
        ]
      : []),
  ].join('\n          AND ');

/**
 * Every parameter of the caseload's two statements, typed once: each statement uses only some of them, and
 * PostgreSQL must know the type of every parameter it is sent. The CTE is never read, so never run.
 */
const CASELOAD_ARGS = `args AS (SELECT $1::boolean, $2::uuid, $3::uuid, $4::uuid[], $5::uuid[], $6::text, $7::boolean,
       $8::uuid, $9::uuid[], $10::uuid, $11::uuid[], $12::text, $13::text, $14::text, $15::boolean, $16::text,
       $17::boolean, $18::int, $19::int, $20::text)`;

/** The participants the actor has an assignment with (in the organisations the list scope names). */
const ASSIGNED = `assigned AS (
       SELECT DISTINCT t.participant_id AS id FROM trajectory_assignments ta JOIN trajectories t ON t.id = ta.trajectory_id
        WHERE ta.user_id = $3 AND ta.ended_at IS NULL AND t.organisation_id = ANY($4::uuid[])
     )`;

/**
 * The candidates: every participant the actor may list, each found through its own index (assignments by
 * user, consents by organisation), never by testing every participant.
 */
const CANDIDATES = `candidates AS (
       SELECT id FROM assigned
       UNION SELECT c.participant_id FROM consents c
        WHERE c.organisation_id = ANY($5::uuid[]) AND c.category = $6 AND ${ACTIVE_CONSENT}
       UNION SELECT p.id FROM participants p WHERE p.user_id = $2
       UNION SELECT p.id FROM participants p WHERE $1::boolean
     )`;

/**
 * The participants with a trajectory in an organisation of the trajectory scope (`$9`) that the actor is
 * assigned to: the only ones of whom the actor may see some trajectories and not others.
 */
const TRAJECTORY_ASSIGNED = `trajectory_assigned AS (
       SELECT DISTINCT t.participant_id AS id FROM trajectory_assignments ta JOIN trajectories t ON t.id = ta.trajectory_id
        WHERE ta.user_id = $10 AND ta.ended_at IS NULL AND t.organisation_id = ANY($9::uuid[])
     )`;

/**
 * For the count of the list as it opens (closed trajectories hidden, no other filter on them): true unless the
 * trajectories of participant `pid` that the actor may see are all closed (and there is one). Whoever sees all
 * of them (any access, the participant themself, plan consent) reads it from `participants.caseload_closed`,
 * joined as `closed` from its index of the participants it is true for (migration 0030): no look-up per
 * participant. Only for those of whom the actor sees some trajectories, through an assignment, is the latest
 * visible one looked up; for everyone else no trajectory is visible, so nothing is hidden.
 */
const notAllClosed = (pid: string, userId: string | null) => `CASE
          WHEN $7::boolean ${userId ? `OR ${userId} = $8` : ''} OR ${pid} IN (SELECT id FROM plan_consent) THEN closed.id IS NULL
          WHEN ${pid} IN (SELECT id FROM trajectory_assigned) THEN (
            SELECT t.phase = 'closed' FROM trajectories t
             WHERE t.participant_id = ${pid} AND ${visibleThroughAssignment(pid)}
             ORDER BY (t.phase = 'closed') LIMIT 1) IS NOT TRUE
          ELSE true END`;

/**
 * The caseload: the participants the actor may list (`scope`, from participant.list), each with the
 * latest trajectory the actor may see (`trajectoryScope`, from trajectory.read; closed ones last).
 *
 * Built for national scale, as two statements sent at once (PostgreSQL runs them side by side, each on a
 * connection of its own; the embedded database one after the other), so each can take its cheapest way:
 * - the page. With many candidates and sorted by name it walks the participants in name order, testing each
 *   against the list scope in its indexes, and stops at the end of the page: for a consultant who may see
 *   5,000 of 100,000 participants that is about a thousand index entries for the first 50, not a sort of
 *   5,000 rows. Otherwise (few candidates, another sort, a name search, a signal) it starts from the
 *   candidates, looks each up by key and sorts them;
 * - the total counts the candidates that pass the filters, looking at their trajectories only when a filter
 *   needs them and at their names only when searching by name. The default (closed ones hidden, nothing else
 *   asked) needs one fact per participant, kept with the participant ({@link notAllClosed}).
 * The two read from their own snapshots: a change committed between them can make the total differ by that
 * change from the page, until the next request. The phase date and the signals are computed only for the
 * rows that need them.
 */
export async function findCaseload(
  q: Queryable,
  scope: ListScope,
  trajectoryScope: ListScope,
  f: CaseloadQuery & {
    page: number;
    pageSize: number;
    lang: 'nl' | 'en';
    /** For tests: one way to the page instead of the cheapest (both give the same rows). */
    strategy?: 'walk' | 'candidates';
  },
): Promise<{ rows: CaseloadItem[]; total: number }> {
  const sort = f.sort ?? 'name';
  const phaseSince = sort.endsWith('phaseSince') || f.signal !== undefined ? PHASE_SINCE : 'NULL::date';
  const participantActor = trajectoryScope.userId !== null;
  const byName = Boolean(f.q?.trim());
  // Whether the total depends on the trajectories: not when closed ones are included and nothing else is asked.
  const byTrajectory =
    !f.includeClosed || f.phase !== undefined || f.approachCode !== undefined || f.signal !== undefined;
  // The list as it opens: only the participants whose visible trajectories are all closed are left out.
  const onlyClosedHidden =
    !f.includeClosed && f.phase === undefined && f.approachCode === undefined && f.signal === undefined;
  const rowOf = (from: string) => `SELECT f.* FROM (
         SELECT p.id, p.given_name, p.family_name, p.sort_name, p.date_of_birth, p.municipality_code, p.user_id,
                (p.id IN (SELECT id FROM assigned)) AS assigned, tr.id AS tid, tr.phase, tr.approach_code,
                tr.referral_date, tr.organisation_id AS torg, ${phaseSince} AS phase_since
           ${from}
           ${visibleLatestTrajectory('p.id', 'p.user_id', 'probe')}
          WHERE ${caseloadFilters('p.id', true, phaseSince)}
       ) f`;
  const cut = `ORDER BY ${PAGE_SORTS[sort]} LIMIT $18 OFFSET $19`;
  // From the candidates: each looked up by key (OFFSET 0 keeps it a look-up), then sorted.
  const fromCandidates = rowOf(`FROM candidates c
           CROSS JOIN LATERAL (SELECT * FROM participants p WHERE p.id = c.id OFFSET 0) p`);
  // Walking the participants in name order (participants_sort_name_idx), each tested against the list scope:
  // its assignments (a small hashed set), its consent (a look-up in consents_lookup_idx), its own record. It
  // reads about (offset + page size) × participants / candidates index entries, each at a fraction of the
  // cost of a look-up by key, so it is chosen when 13 × candidates² passes that. The candidates are counted
  // from the consents' index alone for this (their validity dates are not read: an estimate suffices).
  const walk = `${rowOf('FROM participants p')}
       WHERE (f.id IN (SELECT id FROM assigned)
              OR EXISTS (SELECT 1 FROM consents c WHERE c.participant_id = f.id AND c.organisation_id = ANY($5::uuid[])
                            AND c.category = $6 AND ${ACTIVE_CONSENT})
              OR f.user_id = $2 OR $1::boolean)`;
  // Decided once per statement (a CTE read twice is computed once), read by both branches.
  const walkChoice = `walk_choice AS (
       SELECT 13 * power((SELECT count(*) FROM assigned)
                + (SELECT count(*) FROM consents c WHERE c.organisation_id = ANY($5::uuid[]) AND c.category = $6
                      AND c.withdrawn_at IS NULL)
                + CASE WHEN $1::boolean THEN e.participants ELSE 0 END, 2) > ($18::int + $19::int) * e.participants AS walk
         FROM (SELECT greatest(reltuples, 0) AS participants FROM pg_class WHERE oid = 'participants'::regclass) e
     )`;
  const WALK_WHEN = '(SELECT walk FROM walk_choice)';
  const walkable = (sort === 'name' || sort === '-name') && !byName && f.signal === undefined;
  const strategy = walkable ? (f.strategy ?? 'cheapest') : 'candidates';
  const pageSelect = {
    cheapest: `(${walk} AND ${WALK_WHEN} ${cut}) UNION ALL (${fromCandidates} WHERE NOT ${WALK_WHEN} ${cut})`,
    walk: `${walk} ${cut}`,
    candidates: `${fromCandidates} ${cut}`,
  }[strategy];
  const params = [
    scope.all,
    scope.userId,
    scope.assignedUserId,
    scope.assignedIn,
    scope.consentIn,
    scope.consentCategory,
    trajectoryScope.all,
    trajectoryScope.userId,
    trajectoryScope.assignedIn,
    trajectoryScope.assignedUserId,
    trajectoryScope.consentIn,
    f.phase ?? null,
    f.approachCode ?? null,
    f.q ? likePattern(f.q.trim()) : null,
    f.mine ?? false,
    f.lang,
    f.includeClosed ?? false,
    f.pageSize,
    (f.page - 1) * f.pageSize,
    f.signal ?? null,
  ];
  const page = q.query<CaseloadItem>(
    `WITH ${CASELOAD_ARGS}, ${ASSIGNED}, ${CANDIDATES}, ${walkChoice}, page AS (
       ${pageSelect}
     )
     SELECT pg.id, pg.given_name AS "givenName", pg.family_name AS "familyName", pg.date_of_birth AS "dateOfBirth",
            m.name AS "municipalityName", pg.assigned AS "assignedToMe",
            CASE WHEN tr.id IS NULL THEN NULL ELSE json_build_object('id', tr.id, 'organisationId', tr.organisation_id,
              'organisationName', o.name, 'approachCode', tr.approach_code,
              'approachName', CASE WHEN $16 = 'en' THEN a.name_en ELSE a.name_nl END,
              'phase', tr.phase, 'referralDate', tr.referral_date, 'phaseSince', tr."phaseSince") END AS trajectory,
            CASE WHEN tr.id IS NULL THEN ARRAY[]::text[] ELSE ${signalsOf('tr.id', 'tr.phase', 'tr."phaseSince"')} END AS signals
       FROM page pg
       JOIN municipalities m ON m.code = pg.municipality_code
       LEFT JOIN LATERAL (
         SELECT t.id, t.organisation_id, t.approach_code, t.phase, t.referral_date,
                coalesce(pg.phase_since, (SELECT max(e.occurred_on) FROM trajectory_phase_events e WHERE e.trajectory_id = t.id)) AS "phaseSince"
           FROM trajectories t WHERE t.id = pg.tid
       ) tr ON true
       LEFT JOIN organisations o ON o.id = tr.organisation_id
       LEFT JOIN approaches a ON a.code = tr.approach_code
      ORDER BY ${PAGE_SORTS[sort].replace(/\bf\./g, 'pg.')}`,
    params,
  );
  const planConsent = `plan_consent AS (
       SELECT DISTINCT c.participant_id AS id FROM consents c
        WHERE c.organisation_id = ANY($11::uuid[]) AND c.category = 'plan' AND ${ACTIVE_CONSENT}
     )`;
  const total = q.query<{ total: number }>(
    onlyClosedHidden
      ? `WITH ${CASELOAD_ARGS}, ${ASSIGNED}, ${CANDIDATES}, ${planConsent}, ${TRAJECTORY_ASSIGNED}
     SELECT count(*) AS total FROM candidates x
       ${participantActor || byName ? 'JOIN participants p ON p.id = x.id' : ''}
       LEFT JOIN participants closed ON closed.id = x.id AND closed.caseload_closed
      WHERE ${caseloadFilters('x.id', byName, phaseSince, false)}
        AND ${notAllClosed('x.id', participantActor ? 'p.user_id' : null)}`
      : `WITH ${CASELOAD_ARGS}, ${ASSIGNED}, ${CANDIDATES}, ${planConsent}
     SELECT count(*) AS total FROM candidates x
       ${(participantActor && byTrajectory) || byName ? 'JOIN participants p ON p.id = x.id' : ''}
       ${byTrajectory ? visibleLatestTrajectory('x.id', participantActor ? 'p.user_id' : null, 'set') : ''}
      WHERE ${caseloadFilters('x.id', byName, phaseSince, byTrajectory)}`,
    params,
  );
  const [rows, counted] = await Promise.all([page, total]);
  return { rows: rows.rows, total: counted.rows[0]?.total ?? 0 };
}

/** The actor's own caseload in numbers: active trajectories they are assigned to, by phase and signal. */
export async function caseloadSummary(
  q: Queryable,
  userId: string,
): Promise<{
  byPhase: Record<string, number>;
  ipsActive: number;
  noEmployerContact30: number;
  noSupportContact30: number;
}> {
  const { rows } = await q.query<{ phase: string; n: number; ips: number; no_employer: number; no_support: number }>(
    `WITH mine AS (
       SELECT DISTINCT t.id, t.phase, t.approach_code,
              (SELECT max(e.occurred_on) FROM trajectory_phase_events e WHERE e.trajectory_id = t.id) AS "phaseSince"
         FROM trajectory_assignments a JOIN trajectories t ON t.id = a.trajectory_id
        WHERE a.user_id = $1 AND a.ended_at IS NULL AND t.phase <> 'closed'
     ), flagged AS (SELECT tr.*, ${signalsOf('tr.id', 'tr.phase', 'tr."phaseSince"')} AS signals FROM mine tr)
     SELECT phase, count(*) AS n, count(*) FILTER (WHERE approach_code = 'ips') AS ips,
            count(*) FILTER (WHERE 'noEmployerContact30' = ANY(signals)) AS no_employer,
            count(*) FILTER (WHERE 'noSupportContact30' = ANY(signals)) AS no_support
       FROM flagged GROUP BY phase`,
    [userId],
  );
  return {
    byPhase: Object.fromEntries(rows.map((r) => [r.phase, r.n])),
    ipsActive: rows.reduce((n, r) => n + r.ips, 0),
    noEmployerContact30: rows.reduce((n, r) => n + r.no_employer, 0),
    noSupportContact30: rows.reduce((n, r) => n + r.no_support, 0),
  };
}

/** Links the portal account; a newly given e-mail address also becomes the participant's contact address. */
export async function linkAccount(q: Queryable, id: string, userId: string, email: string | null): Promise<void> {
  await q.query('UPDATE participants SET user_id = $2, email = coalesce($3, email), updated_at = now() WHERE id = $1', [
    id,
    userId,
    email,
  ]);
}
