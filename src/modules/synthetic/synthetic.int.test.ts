/**
 * `meedoen generate` on the test database (PGlite, and PostgreSQL with DB_DRIVER=pg): a small dataset, checked
 * for what a user would notice — where people live and who guides them, the order of phase dates, job
 * episodes, the same counts for the same seed — and the monitoring dashboard over it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DRIVER, login, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import { todayInNl } from '../../shared/dates.js';
import { generate, GenerateRefused, type GenerateResult } from './synthetic.generate.js';

let t: TestApp;
let first: GenerateResult;
const today = todayInNl();
const options = { participants: 300, seed: 42, batch: 120, force: true };

/** Rows of this run only (the PostgreSQL test database is shared with other test files). */
const RUN = `p.external_id LIKE $1 || '-%'`;

beforeAll(async () => {
  t = await buildTestApp();
  first = await generate(t.db, options, { today });
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('meedoen generate', () => {
  it('writes what it reports: 300 participants with their trajectories, events, contacts and jobs', async () => {
    const { rows } = await t.db.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM participants p WHERE ${RUN}) AS participants,
              (SELECT count(*)::int FROM trajectories tr JOIN participants p ON p.id = tr.participant_id WHERE ${RUN}) AS trajectories,
              (SELECT count(*)::int FROM trajectory_phase_events e JOIN trajectories tr ON tr.id = e.trajectory_id
                 JOIN participants p ON p.id = tr.participant_id WHERE ${RUN}) AS "phaseEvents",
              (SELECT count(*)::int FROM contacts c JOIN participants p ON p.id = c.participant_id WHERE ${RUN}) AS contacts,
              (SELECT count(*)::int FROM job_episodes j JOIN participants p ON p.id = j.participant_id WHERE ${RUN}) AS jobs,
              (SELECT count(*)::int FROM contacts c JOIN participants p ON p.id = c.participant_id
                WHERE ${RUN} AND c.kind = 'withEmployer') AS "employerContacts",
              (SELECT count(*)::int FROM trajectory_assignments a JOIN trajectories tr ON tr.id = a.trajectory_id
                 JOIN participants p ON p.id = tr.participant_id WHERE ${RUN} AND a.is_lead) AS leads`,
      [first.runTag],
    );
    const r = rows[0]!;
    expect(r).toMatchObject({
      participants: 300,
      trajectories: 300,
      phaseEvents: first.phaseEvents,
      contacts: first.contacts,
      jobs: first.jobs,
      leads: 300,
    });
    expect(first.events).toBe(first.phaseEvents + first.contacts + first.jobs);
    expect(first.events / 300).toBeGreaterThan(15);
    expect(r.employerContacts).toBeGreaterThan(0);
    expect(first.organisations).toBeGreaterThan(700); // ~342 gemeenten + 11 per region × 35
  });

  it('marks everything as synthetic', async () => {
    const { rows } = await t.db.query<{ unmarked: number }>(
      `SELECT count(*)::int AS unmarked FROM participants p JOIN organisations o ON o.id = p.organisation_id
        WHERE ${RUN} AND (o.slug NOT LIKE 'synthetisch-%' OR o.name NOT LIKE 'Synthetisch %'
                          OR p.family_name NOT LIKE '%(synthetisch)')`,
      [first.runTag],
    );
    expect(rows[0]!.unmarked).toBe(0);
    const coaches = await t.db.query<{ n: number; withPassword: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE u.password_hash IS NOT NULL)::int AS "withPassword"
         FROM trajectory_assignments a JOIN users u ON u.id = a.user_id JOIN trajectories tr ON tr.id = a.trajectory_id
         JOIN participants p ON p.id = tr.participant_id WHERE ${RUN} AND u.email NOT LIKE '%@%.synthetisch.invalid'`,
      [first.runTag],
    );
    expect(coaches.rows[0]).toEqual({ n: 0, withPassword: 0 });
  });

  it("puts every participant's gemeente in its arbeidsmarktregio, guided in that region by a coach of the organisation", async () => {
    const { rows } = await t.db.query<{ total: number; regions: number; wrong: number; foreignCoach: number }>(
      `SELECT count(*)::int AS total, count(DISTINCT m.region_code)::int AS regions,
              count(*) FILTER (WHERE o.region_code <> m.region_code)::int AS wrong,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM trajectory_assignments a JOIN memberships ms
                 ON ms.user_id = a.user_id AND ms.organisation_id = tr.organisation_id AND ms.role = 'jobCoach'
                 WHERE a.trajectory_id = tr.id))::int AS "foreignCoach"
         FROM participants p JOIN municipalities m ON m.code = p.municipality_code
         JOIN trajectories tr ON tr.participant_id = p.id JOIN organisations o ON o.id = tr.organisation_id
        WHERE ${RUN}`,
      [first.runTag],
    );
    expect(rows[0]).toMatchObject({ total: 300, wrong: 0, foreignCoach: 0 });
    expect(rows[0]!.regions).toBeGreaterThan(20); // 300 people over the 35 regions
  });

  it('orders phase dates (referral ≤ intake ≤ job search ≤ …), matches the current phase and the close', async () => {
    const { rows } = await t.db.query<Record<string, number>>(
      `WITH e AS (
         SELECT tr.id, tr.phase, tr.referral_date, tr.closed_on, e.to_phase, e.from_phase, e.occurred_on,
                lag(e.occurred_on) OVER w AS previous_on, lag(e.to_phase) OVER w AS previous_phase,
                row_number() OVER w AS n, count(*) OVER (PARTITION BY tr.id) AS events
           FROM trajectories tr JOIN participants p ON p.id = tr.participant_id
           JOIN trajectory_phase_events e ON e.trajectory_id = tr.id
          WHERE ${RUN}
         WINDOW w AS (PARTITION BY tr.id ORDER BY e.occurred_on, e.id)
       )
       SELECT count(*) FILTER (WHERE occurred_on < previous_on)::int AS "outOfOrder",
              count(*) FILTER (WHERE n > 1 AND from_phase IS DISTINCT FROM previous_phase)::int AS "brokenChain",
              count(*) FILTER (WHERE n = 1 AND (to_phase <> 'referral' OR occurred_on <> referral_date))::int AS "badStart",
              count(*) FILTER (WHERE n = events AND to_phase <> phase)::int AS "wrongPhase",
              count(*) FILTER (WHERE to_phase = 'closed' AND occurred_on IS DISTINCT FROM closed_on)::int AS "wrongClose",
              count(*) FILTER (WHERE occurred_on > $2::date)::int AS future,
              count(DISTINCT phase)::int AS phases
         FROM e`,
      [first.runTag, today],
    );
    expect(rows[0]).toEqual({
      outOfOrder: 0,
      brokenChain: 0,
      badStart: 0,
      wrongPhase: 0,
      wrongClose: 0,
      future: 0,
      phases: 6,
    });
  });

  it('ends job episodes after they start, some still running, with hours and wage forms', async () => {
    const { rows } = await t.db.query<Record<string, number>>(
      `SELECT count(*)::int AS jobs,
              count(*) FILTER (WHERE j.end_date < j.start_date)::int AS "endBeforeStart",
              count(*) FILTER (WHERE j.start_date < tr.referral_date)::int AS "beforeReferral",
              count(*) FILTER (WHERE j.end_date IS NULL)::int AS running,
              count(*) FILTER (WHERE j.end_date <= j.start_date + 182)::int AS "within6Months",
              count(*) FILTER (WHERE j.start_date > $2::date OR j.end_date > $2::date)::int AS future,
              count(DISTINCT j.wage_form)::int AS "wageForms", min(j.hours_per_week)::float8 AS "minHours"
         FROM job_episodes j JOIN participants p ON p.id = j.participant_id
         JOIN trajectories tr ON tr.participant_id = p.id
        WHERE ${RUN}`,
      [first.runTag, today],
    );
    const r = rows[0]!;
    expect(r.jobs).toBeGreaterThan(50);
    expect(r).toMatchObject({ endBeforeStart: 0, beforeReferral: 0, future: 0 });
    expect(r.running).toBeGreaterThan(0);
    expect(r.within6Months).toBeGreaterThan(0);
    expect(r.wageForms).toBeGreaterThan(2);
    expect(r.minHours).toBeGreaterThan(0);
  });

  it('gives the same counts for the same seed (a second run adds a second copy)', async () => {
    const again = await generate(t.db, options, { today });
    expect(again.runTag).not.toBe(first.runTag);
    const pick = (r: GenerateResult) => [r.participants, r.trajectories, r.phaseEvents, r.contacts, r.jobs];
    expect(pick(again)).toEqual(pick(first));
    expect(again.organisations).toBe(first.organisations); // reused, not duplicated
    const other = await generate(t.db, { ...options, seed: 43, participants: 100 }, { today });
    expect(other.participants).toBe(100);
  }, 120_000);

  it('refuses a database with participants it did not generate, unless --force', async () => {
    const org = await makeOrg(t.db);
    await t.db.query(
      `INSERT INTO participants (organisation_id, given_name, family_name, date_of_birth, municipality_code)
       VALUES ($1, 'Echt', 'Mens', '1990-01-01', 'GM0344')`,
      [org.id],
    );
    await expect(generate(t.db, { ...options, force: false }, { today })).rejects.toThrow(GenerateRefused);
    await expect(generate(t.db, { ...options, force: false }, { today })).rejects.toThrow(/--force/);
  });

  it.runIf(DRIVER === 'pglite')('refuses more than 20,000 participants on PGlite', async () => {
    await expect(generate(t.db, { ...options, participants: 20_001 }, { today })).rejects.toThrow(
      /PGlite.*DATABASE_URL/,
    );
  });

  it('feeds the monitoring dashboard: reach, job starts and placements per region, as an evaluator sees them', async () => {
    const org = await makeOrg(t.db, { type: 'knowledgeInstitute' });
    const user = await makeUser(t.db, [{ organisationId: org.id, role: 'evaluator' }]);
    const evaluator = await login(t.app, user.email, PASSWORD);
    const from = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`;
    const res = await evaluator.request('GET', `/api/v1/monitoring/indicators?by=region&from=${from}&to=${today}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      rows: { key: string; cells: Record<string, { value: number | null }> }[];
      total: Record<string, { value: number | null }>;
    }>();
    // 700 synthetic participants over four years: a good share was active in the last two.
    expect(body.total.reach!.value).toBeGreaterThan(200);
    expect(body.total.jobStarts!.value).toBeGreaterThan(30);
    expect(body.total.sustainable6!.value).toBeGreaterThan(0);
    expect(body.rows.length).toBeGreaterThan(20);
    expect(body.rows.some((r) => (r.cells.reach!.value ?? 0) >= 10)).toBe(true);
  });
});
