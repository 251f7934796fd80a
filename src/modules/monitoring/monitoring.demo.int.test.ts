/**
 * The demo monitoring data through the API: the Sterk door Werk programme with its two initiatives and
 * this year's goals, whose progress the gemeente's programme manager can read; two fidelity reviews of the
 * GGZ team a year apart (fair, then good) with their action points.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import { seedDemoMonitoring } from './monitoring.demo.js';

let t: TestApp;
let manager: Client;
let evaluator: Client;
let ggz: string;

beforeAll(async () => {
  t = await buildTestApp();
  const org = async (type: string) => (await makeOrg(t.db, { type })).id;
  const orgs = {
    gemeente: await org('gemeente'),
    uwv: await org('uwv'),
    ggz: await org('ggz'),
    sw: await org('shelteredWork'),
    bakery: await org('employer'),
  };
  ggz = orgs.ggz;
  const managerUser = await makeUser(t.db, [{ organisationId: orgs.gemeente, role: 'programmeManager' }]);
  const evaluatorUser = await makeUser(t.db, [{ organisationId: await org('knowledgeInstitute'), role: 'evaluator' }]);
  // A learning route of the gemeente with a target, as the learning-routes demo seeds before this one.
  const route = await t.db.query<{ id: string }>(
    `INSERT INTO learning_routes (organisation_id, name, sector, level, form, target_groups)
     VALUES ($1, 'Voortraject Zorg', 'careWelfare', 'mbo2', 'voortraject', '{benefitRecipient}') RETURNING id`,
    [orgs.gemeente],
  );
  await t.db.query(
    `INSERT INTO learning_route_targets (route_id, description, measure, target_count, period_start, period_end)
     VALUES ($1, '30 personen in een BBL-traject', 'enrolled', 30, '2026-01-01', '2027-12-31')`,
    [route.rows[0]!.id],
  );
  await t.db.tx((tx) =>
    seedDemoMonitoring(tx, {
      organisations: orgs,
      regionCode: 'AM13',
      manager: managerUser.id,
      evaluator: evaluatorUser.id,
    }),
  );
  manager = await login(t.app, managerUser.email, PASSWORD);
  evaluator = await login(t.app, evaluatorUser.email, PASSWORD);
});
afterAll(async () => {
  await t.close();
});

describe('demo monitoring data', () => {
  it('a programme with two initiatives and goals for this year; its progress reads as sentences', async () => {
    const list = await manager.request('GET', '/api/v1/programmes');
    const item = list
      .json<{ items: { id: string; name: string; initiatives: number; goals: number }[] }>()
      .items.find((p) => p.name === 'Sterk door Werk Midden-Utrecht (demo)')!;
    expect(item).toMatchObject({ initiatives: 2, goals: 4 });
    const programme = await manager.request('GET', `/api/v1/programmes/${item.id}`);
    const body = programme.json<{ initiatives: { status: string; buildingBlocks: string[]; parties: unknown[] }[] }>();
    expect(body.initiatives.map((i) => [i.status, i.parties.length])).toEqual([
      ['running', 4],
      ['followUp', 2],
    ]);
    const progress = await manager.request('GET', `/api/v1/programmes/${item.id}/goal-progress`);
    expect(progress.statusCode, progress.body).toBe(200);
    const goals = progress.json<{ goals: { rows: { sentence: string }[]; note: string | null }[] }>().goals;
    expect(goals).toHaveLength(4);
    expect(goals[0]!.rows[0]!.sentence).toMatch(/^Midden-Utrecht: (0|< 10|\d+) van 100/);
    // The targets of the gemeente's learning routes count towards the programme, with their progress
    // (nobody enrolled here: a real 0, which the programme shows).
    const routeTargets = progress.json<{ routeTargets: { sentence: string }[] }>().routeTargets;
    expect(routeTargets.map((r) => r.sentence)).toEqual(['Voortraject Zorg: 0 van 30']);
  });

  it('two fidelity reviews of the GGZ team a year apart: fair, then good, with action points', async () => {
    const res = await evaluator.request('GET', `/api/v1/fidelity-reviews?organisationId=${ggz}`);
    const items = res.json<{
      items: { id: string; total: number; band: string; totalChange: number | null; openActionPoints: number }[];
    }>().items;
    expect(items.map((r) => [r.total, r.band, r.totalChange, r.openActionPoints])).toEqual([
      [91, 'fair', null, 0],
      [102, 'good', 11, 1],
    ]);
    const first = await evaluator.request('GET', `/api/v1/fidelity-reviews/${items[0]!.id}`);
    expect(first.json<{ actionPoints: { status: string }[] }>().actionPoints.map((a) => a.status)).toEqual([
      'done',
      'done',
    ]);
  });
});
