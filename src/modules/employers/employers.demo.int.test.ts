/**
 * The employer demo seen through the API, as the demo users would: the adviser's employers and vacancies
 * in Midden-Utrecht, the employer portal of the bakery, the carved job, and the job coach's week signal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import { todayInNl } from '../../shared/dates.js';
import { DEMO_EMPLOYERS, DEMO_VACANCIES, seedDemoEmployers } from './employers.demo.js';
import { isoWeekOf } from './employers.rules.js';

let t: TestApp;
let adviser: Client;
let coach: Client;
let baker: Client;
// On PostgreSQL the test files share one database: count what was there before this file's demo data.
let before = { employers: 0, bakeryJobs: 0 };

beforeAll(async () => {
  t = await buildTestApp();
  const org = async (type: string) => (await makeOrg(t.db, { type })).id;
  const orgs = {
    gemeente: await org('gemeente'),
    uwv: await org('uwv'),
    ggz: await org('ggz'),
    sw: await org('shelteredWork'),
    bakery: await org('employer'),
    care: await org('employer'),
  };
  const adviserUser = await makeUser(t.db, [{ organisationId: orgs.sw, role: 'employerAdviser' }]);
  const coachUser = await makeUser(t.db, [{ organisationId: orgs.ggz, role: 'jobCoach' }]);
  const swCoach = await makeUser(t.db, [{ organisationId: orgs.sw, role: 'jobCoach' }]);
  const bakerUser = await makeUser(t.db, [{ organisationId: orgs.bakery, role: 'employer' }]);
  const count = async (sql: string) => (await t.db.query<{ n: number }>(sql)).rows[0]!.n;
  before = {
    employers: await count(`SELECT count(*)::int AS n FROM employers WHERE region_code = 'AM13'`),
    bakeryJobs: await count(
      `SELECT count(*)::int AS n FROM job_episodes WHERE employer_name = 'Bakkerij De Korenschoof'`,
    ),
  };
  // A participant's job at the bakery, recorded before the employer record existed.
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO participants (organisation_id, given_name, family_name, date_of_birth, municipality_code)
     VALUES ($1, 'Demo', 'Bakker', '1995-01-01', 'GM0321') RETURNING id`,
    [orgs.ggz],
  );
  await t.db.query(
    `INSERT INTO job_episodes (participant_id, employer_name, job_title, start_date, hours_per_week, contract_type, wage_form, open_to_anyone)
     VALUES ($1, 'Bakkerij De Korenschoof', 'Inpakker', '2026-03-01', 20, 'temporary', 'marketWage', true)`,
    [rows[0]!.id],
  );
  await t.db.tx((tx) =>
    seedDemoEmployers(tx, {
      organisations: orgs,
      adviser: adviserUser.id,
      coaches: { ggz: [coachUser.id], sw: [swCoach.id] },
    }),
  );
  adviser = await login(t.app, adviserUser.email, PASSWORD);
  coach = await login(t.app, coachUser.email, PASSWORD);
  baker = await login(t.app, bakerUser.email, PASSWORD);
}, 240_000);
afterAll(async () => {
  await t.close();
});

describe('employer demo', () => {
  it('the adviser finds the region’s employers and open vacancies', async () => {
    const employers = await adviser.request('GET', '/api/v1/employers?pageSize=100');
    expect(employers.json<{ total: number }>().total).toBeGreaterThanOrEqual(before.employers + DEMO_EMPLOYERS.length);
    if (before.employers === 0) {
      expect(employers.json<{ total: number }>().total).toBe(DEMO_EMPLOYERS.length);
    }
    const vacancies = await adviser.request('GET', '/api/v1/vacancies?status=open&pageSize=100');
    const open = DEMO_VACANCIES.filter((v) => !v.status).length + 1; // and the carved job's vacancy
    const openTotal = vacancies.json<{ total: number }>().total;
    expect(openTotal).toBeGreaterThanOrEqual(open);
    if (before.employers === 0) {
      expect(openTotal).toBe(open);
    }
    expect(open).toBeGreaterThanOrEqual(20);
  });

  it('the bakery sees only itself in the portal, with the placement counted', async () => {
    const list = await baker.request('GET', '/api/v1/employers');
    const items = list.json<{ items: { id: string; name: string }[] }>().items;
    expect(items.map((e) => e.name)).toEqual(['Bakkerij De Korenschoof']);
    const bakery = await baker.request('GET', `/api/v1/employers/${items[0]!.id}`);
    const placements = bakery.json<{ inclusive: { placements: { total: number } } }>().inclusive.placements.total;
    expect(placements).toBeGreaterThanOrEqual(1);
    if (before.bakeryJobs === 0) {
      expect(placements).toBe(1);
    }
    const vacancies = await baker.request('GET', `/api/v1/employers/${items[0]!.id}/vacancies`);
    expect(
      vacancies
        .json<{ items: { title: string }[] }>()
        .items.map((v) => v.title)
        .sort(),
    ).toEqual(['Inpakker', 'Medewerker bakkerij']);
  });

  it('the distribution centre has a carved job of 20 hours that became a vacancy', async () => {
    const list = await adviser.request('GET', '/api/v1/employers?q=Distributiecentrum');
    const dc = list.json<{ items: { id: string }[] }>().items[0]!;
    const carved = await adviser.request('GET', `/api/v1/employers/${dc.id}/carved-jobs`);
    const [job] = carved.json<{
      items: { hoursPerWeek: number; vacancyId: string | null; remaining: { viable: boolean }[] }[];
    }>().items;
    expect(job).toMatchObject({ hoursPerWeek: 20 });
    expect(job!.vacancyId).not.toBeNull();
    expect(job!.remaining.every((r) => r.viable)).toBe(true);
  });

  it('the demo job coach has employer contacts this week, logged before today', async () => {
    const week = await coach.request('GET', '/api/v1/me/employer-contacts/week');
    const body = week.json<{ week: string; total: number; faceToFace: number; items: { contactDate: string }[] }>();
    expect(body.week).toBe(isoWeekOf(todayInNl()).week);
    expect(body.total).toBe(4);
    expect(body.faceToFace).toBe(3);
    expect(body.items.every((i) => i.contactDate <= todayInNl())).toBe(true);
  });
});
