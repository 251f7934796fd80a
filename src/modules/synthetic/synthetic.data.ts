/**
 * SQL of the synthetic-data generator: the guard against real data, the organisations and job coaches it
 * creates (idempotent: a second run reuses them), and one batch of participants with everything under them,
 * each batch in one transaction. All values are parameters (arrays through `unnest`); contacts are expanded
 * with `generate_series` from one outline row per trajectory (synthetic.plan.ts).
 */
import type { Db, Queryable } from '../../platform/db/db.js';
import {
  EMAIL_DOMAIN,
  SLUG_PREFIX,
  type Batch,
  type MunicipalityRef,
  type Org,
  type OrgSpec,
  type RegionRef,
} from './synthetic.plan.js';

/**
 * A time-ordered UUID in SQL (PostgreSQL 15 has no uuidv7()): the current millisecond in the first six bytes
 * of a random UUID, so rows inserted together sit together in the primary-key index.
 */
const TIME_ORDERED_ID = `encode(overlay(uuid_send(gen_random_uuid()) PLACING
  substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3 FOR 6) FROM 1 FOR 6), 'hex')::uuid`;

/** Participants registered by an organisation the generator did not create (real people, or the demo region). */
export async function countOtherParticipants(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM participants p JOIN organisations o ON o.id = p.organisation_id
      WHERE o.slug NOT LIKE $1`,
    [`${SLUG_PREFIX}%`],
  );
  return rows[0]!.n;
}

export async function loadGeography(
  q: Queryable,
): Promise<{ regions: RegionRef[]; municipalities: MunicipalityRef[] }> {
  const regions = await q.query<RegionRef>('SELECT code, name FROM regions ORDER BY code');
  const municipalities = await q.query<MunicipalityRef>(
    'SELECT code, name, region_code AS "regionCode" FROM municipalities ORDER BY code',
  );
  return { regions: regions.rows, municipalities: municipalities.rows };
}

/** Creates the organisations that do not exist yet (by slug) and returns all generated ones. */
export async function ensureOrganisations(q: Queryable, specs: OrgSpec[]): Promise<Org[]> {
  await q.query(
    `INSERT INTO organisations (slug, name, type, region_code, municipality_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (slug) DO NOTHING`,
    [
      specs.map((s) => s.slug),
      specs.map((s) => s.name),
      specs.map((s) => s.type),
      specs.map((s) => s.regionCode),
      specs.map((s) => s.municipalityCode),
    ],
  );
  const { rows } = await q.query<Org>(
    `SELECT id, slug, name, type, region_code AS "regionCode", municipality_code AS "municipalityCode"
       FROM organisations WHERE slug LIKE $1 ORDER BY slug`,
    [`${SLUG_PREFIX}%`],
  );
  return rows;
}

/**
 * At least `targets.get(slug)` job coaches per organisation (users without a password, so nobody can log
 * in as one); returns the coaches' ids per organisation id.
 */
export async function ensureCoaches(
  q: Queryable,
  orgs: Org[],
  targets: Map<string, number>,
): Promise<Map<string, string[]>> {
  const emails: string[] = [];
  const names: string[] = [];
  const orgIds: string[] = [];
  for (const o of orgs) {
    const n = targets.get(o.slug) ?? 0;
    for (let i = 1; i <= n; i++) {
      emails.push(`jobcoach-${i}@${o.slug.slice(SLUG_PREFIX.length)}.${EMAIL_DOMAIN}`);
      names.push(`Jobcoach ${i} (synthetisch)`);
      orgIds.push(o.id);
    }
  }
  await q.query(
    `INSERT INTO users (email, name, status) SELECT e, n, 'active' FROM unnest($1::text[], $2::text[]) AS x(e, n)
     ON CONFLICT DO NOTHING`,
    [emails, names],
  );
  await q.query(
    `INSERT INTO memberships (user_id, organisation_id, role)
     SELECT u.id, x.o, 'jobCoach' FROM unnest($1::text[], $2::uuid[]) AS x(e, o) JOIN users u ON lower(u.email) = lower(x.e)
     ON CONFLICT DO NOTHING`,
    [emails, orgIds],
  );
  const { rows } = await q.query<{ organisationId: string; coaches: string[] }>(
    `SELECT m.organisation_id AS "organisationId", array_agg(m.user_id::text ORDER BY u.email) AS coaches
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.role = 'jobCoach' AND u.email LIKE $1 AND m.organisation_id = ANY($2::uuid[])
      GROUP BY m.organisation_id`,
    [`%@%.${EMAIL_DOMAIN}`, orgs.map((o) => o.id)],
  );
  return new Map(rows.map((r) => [r.organisationId, r.coaches]));
}

/** One batch in one transaction: participants, trajectories, phase events, assignments, jobs, contacts. */
export async function insertBatch(db: Db, b: Batch): Promise<void> {
  await db.tx(async (q) => {
    const p = b.participants;
    await q.query(
      `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code,
         target_groups, benefit_situation, doelgroepregister, external_id)
       SELECT id, org, given, family, dob, gm, CASE WHEN tg = '' THEN '{}'::text[] ELSE string_to_array(tg, ',') END,
              benefit, dgr, ext
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[],
                     $9::boolean[], $10::text[]) AS x(id, org, given, family, dob, gm, tg, benefit, dgr, ext)`,
      [
        p.id,
        p.organisationId,
        p.givenName,
        p.familyName,
        p.dateOfBirth,
        p.municipalityCode,
        p.targetGroups,
        p.benefitSituation,
        p.doelgroepregister,
        p.externalId,
      ],
    );
    const t = b.trajectories;
    await q.query(
      `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date, closed_on,
         closed_reason, created_at)
       SELECT id, pid, org, approach, phase, referral, closed, reason, referral::timestamp AT TIME ZONE 'Europe/Amsterdam'
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[])
              AS x(id, pid, org, approach, phase, referral, closed, reason)`,
      [t.id, t.participantId, t.organisationId, t.approachCode, t.phase, t.referralDate, t.closedOn, t.closedReason],
    );
    await q.query(
      `INSERT INTO trajectory_assignments (id, trajectory_id, user_id, is_lead, assigned_at)
       SELECT ${TIME_ORDERED_ID}, tid, coach, true, referral::timestamp AT TIME ZONE 'Europe/Amsterdam'
         FROM unnest($1::uuid[], $2::uuid[], $3::date[]) AS x(tid, coach, referral)`,
      [t.id, t.coachId, t.referralDate],
    );
    const e = b.phaseEvents;
    await q.query(
      `INSERT INTO trajectory_phase_events (id, trajectory_id, from_phase, to_phase, occurred_on, recorded_by)
       SELECT ${TIME_ORDERED_ID}, * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::uuid[])`,
      [e.trajectoryId, e.fromPhase, e.toPhase, e.occurredOn, e.recordedBy],
    );
    const j = b.jobs;
    if (j.participantId.length > 0) {
      await q.query(
        `INSERT INTO job_episodes (id, participant_id, trajectory_id, employer_name, employer_organisation_id, job_title,
           occupation_code, start_date, end_date, end_reason, hours_per_week, contract_type, wage_form, open_to_anyone)
         SELECT ${TIME_ORDERED_ID}, * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::date[],
                              $8::date[], $9::text[], $10::numeric[], $11::text[], $12::text[], $13::boolean[])`,
        [
          j.participantId,
          j.trajectoryId,
          j.employerName,
          j.employerOrganisationId,
          j.jobTitle,
          j.occupationCode,
          j.startDate,
          j.endDate,
          j.endReason,
          j.hoursPerWeek,
          j.contractType,
          j.wageForm,
          j.openToAnyone,
        ],
      );
    }
    const c = b.contacts;
    await q.query(
      `INSERT INTO contacts (id, participant_id, trajectory_id, organisation_id, occurs_at, duration_minutes, kind, status,
         recorded_by)
       SELECT ${TIME_ORDERED_ID}, c.pid, c.tid, c.org, x.at,
              (ARRAY[30, 45, 60, 60, 90])[1 + (c.salt + k * 7) % 5],
              CASE WHEN (c.salt + k * 37) % 100 < c.employer THEN 'withEmployer'
                   ELSE (ARRAY['faceToFace', 'faceToFace', 'phone', 'video', 'withTreatmentTeam'])[1 + (c.salt + k * 13) % 5] END,
              CASE WHEN x.at > now() THEN 'planned'
                   WHEN (c.salt + k * 53) % 100 < 6 THEN 'noShow'
                   WHEN (c.salt + k * 53) % 100 < 10 THEN 'cancelled'
                   ELSE 'held' END,
              c.coach
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::date[], $6::int[], $7::int[], $8::int[], $9::int[])
              AS c(tid, pid, org, coach, start_on, span, n, employer, salt)
        CROSS JOIN LATERAL generate_series(1, c.n) k
        CROSS JOIN LATERAL (SELECT ((c.start_on + (c.span * k) / (c.n + 1)) + make_interval(hours => 8 + (c.salt + k) % 9))
                                   AT TIME ZONE 'Europe/Amsterdam' AS at) x`,
      [
        c.trajectoryId,
        c.participantId,
        c.organisationId,
        c.coachId,
        c.startDate,
        c.spanDays,
        c.count,
        c.employerPercent,
        c.salt,
      ],
    );
  });
}

/** Fresh planner statistics after a large load (PostgreSQL's autovacuum would get there later). */
export async function analyse(db: Db): Promise<void> {
  await db.exec(
    'ANALYZE participants; ANALYZE trajectories; ANALYZE trajectory_phase_events; ANALYZE trajectory_assignments; ANALYZE job_episodes; ANALYZE contacts; ANALYZE organisations; ANALYZE users; ANALYZE memberships;',
  );
}
