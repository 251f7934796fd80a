/**
 * The demo learning routes look like real ones: the three routes of seed 003 with their targets, cohorts
 * over two years and one about to start short of people, histories that obey the step rules, and
 * progress figures the coordinator can read through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import { todayInNl } from '../../shared/dates.js';
import { seedDemoLearningRoutes } from './learning-routes.demo.js';
import {
  checkRouteForm,
  checkStepChange,
  checkSteps,
  stateOf,
  type StepEventFacts,
  type StepFacts,
} from './learning-routes.rules.js';
import * as data from './learning-routes.data.js';

let t: TestApp;
let coordinator: Client;
let gemeente: string;

beforeAll(async () => {
  t = await buildTestApp();
  const org = async (type: string) => (await makeOrg(t.db, { type })).id;
  gemeente = await org('gemeente');
  const orgs = {
    gemeente,
    uwv: await org('uwv'),
    ggz: await org('ggz'),
    sw: await org('shelteredWork'),
    care: await org('employer'),
    bakery: await org('employer'),
  };
  const user = async (o: string, role: 'jobCoach' | 'consultant' | 'programmeManager' | 'participant') =>
    makeUser(t.db, [{ organisationId: o, role }]);
  const manager = await user(gemeente, 'programmeManager');
  // The demo participant with a portal account, as the demo seed has her.
  const sanneUser = await user(orgs.ggz, 'participant');
  await t.db.query(
    `INSERT INTO participants (organisation_id, user_id, given_name, family_name, date_of_birth, municipality_code, target_groups)
     VALUES ($1, $2, 'Sanne', 'de Vries', '1990-01-01', 'GM0344', '{psychologicalVulnerability,benefitRecipient}')`,
    [orgs.ggz, sanneUser.id],
  );
  const professionals = {
    gemeente: [(await user(gemeente, 'consultant')).id],
    ggz: [(await user(orgs.ggz, 'jobCoach')).id],
    sw: [(await user(orgs.sw, 'jobCoach')).id],
  };
  await t.db.tx((tx) =>
    seedDemoLearningRoutes(tx, {
      organisations: orgs,
      coordinator: manager.id,
      professionals,
      participantUserId: sanneUser.id,
    }),
  );
  coordinator = await login(t.app, manager.email, PASSWORD);
  // Seeding about a hundred learners with their histories takes a while on a busy machine.
}, 240_000);
afterAll(async () => {
  await t.close();
});

describe('demo learning routes', () => {
  it('the four routes of seed 003 with their targets and cohorts over two years', async () => {
    const res = await coordinator.request('GET', '/api/v1/learning-routes');
    const routes = res
      .json<{
        items: {
          name: string;
          organisationId: string;
          cohorts: { startDate: string; belowPlannedSize: unknown }[];
          targets: { targetCount: number }[];
        }[];
      }>()
      .items.filter((r) => r.organisationId === gemeente);
    expect(routes.map((r) => r.name).sort()).toEqual([
      'Brugbanen Zorg',
      'Taakbrigades thuiszorg (mbo 1 en 2)',
      'Voortraject Zorg',
      'WEP-trein',
    ]);
    expect(routes.map((r) => r.targets[0]!.targetCount).sort((a, b) => a - b)).toEqual([10, 12, 20, 30]);
    const today = todayInNl();
    for (const r of routes) {
      expect(r.cohorts).toHaveLength(5);
      expect(r.cohorts.filter((c) => c.startDate > today)).toHaveLength(1);
      // The cohort about to start is short of people: signalled.
      expect(r.cohorts.filter((c) => c.belowPlannedSize !== null)).toHaveLength(1);
    }
  });

  it('every route obeys the rules of its form and steps; the Brugbaan is a paid job for pro/vso pupils', async () => {
    const routes = (await data.findRoutes(t.db, { active: true })).filter((r) => r.organisationId === gemeente);
    for (const r of routes) {
      expect(
        checkRouteForm({ form: r.form, targetGroups: r.targetGroups, stepKinds: r.steps.map((s) => s.kind) }),
      ).toEqual([]);
      expect(checkSteps(r.steps)).toEqual([]);
    }
    const brugbaan = routes.find((r) => r.form === 'brugbaan')!;
    expect(brugbaan.name).toBe('Brugbanen Zorg');
    expect(brugbaan.targetGroups).toEqual(['praktijkVsoPupil']);
    const learners = await data.findEnrolmentsOfRoute(t.db, brugbaan.id);
    expect(learners.length).toBeGreaterThan(20);
    expect(learners.every((e) => e.targetGroups.includes('praktijkVsoPupil') && e.cohortId !== null)).toBe(true);
    // Learners in the job step have a paid job at the partner employer (the brugbaan itself).
    const jobs = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM job_episodes j JOIN learning_enrolments e ON e.participant_id = j.participant_id
        WHERE e.route_id = $1 AND j.hours_per_week >= 4 AND j.wage_form <> 'unpaidWorkExperience'`,
      [brugbaan.id],
    );
    expect(jobs.rows[0]!.n).toBeGreaterThan(5);
  });

  it('every history obeys the step rules', async () => {
    const routes = await data.findRoutes(t.db, { active: true });
    let checked = 0;
    for (const r of routes.filter((x) => x.organisationId === gemeente)) {
      for (const e of await data.findEnrolmentsOfRoute(t.db, r.id)) {
        const steps: StepFacts[] = e.steps;
        const done: StepEventFacts[] = [];
        for (const ev of e.events) {
          const change =
            ev.kind === 'step'
              ? { kind: 'step' as const, stepId: ev.stepId!, occurredOn: ev.occurredOn }
              : ev.kind === 'stop'
                ? { kind: 'stop' as const, stopReason: ev.stopReason, occurredOn: ev.occurredOn }
                : { kind: 'complete' as const, occurredOn: ev.occurredOn };
          if (done.length > 0) {
            expect(checkStepChange(steps, stateOf(steps, done), change)).toEqual([]);
          }
          done.push(ev);
        }
        expect(e.events[0]?.occurredOn).toBe(e.enrolledOn);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('the coordinator sees progress on the targets, inflow into care and the board', async () => {
    const routes = (await data.findRoutes(t.db, { active: true })).filter((r) => r.organisationId === gemeente);
    let inflow = 0;
    for (const r of routes) {
      const res = await coordinator.request('GET', `/api/v1/learning-routes/${r.id}/progress`);
      expect(res.statusCode, res.body).toBe(200);
      const p = res.json<{
        targets: { achieved: number }[];
        board: { columns: { count: number }[] }[];
      }>();
      expect(p.targets[0]!.achieved).toBeGreaterThan(0);
      expect(p.board.flatMap((b) => b.columns).reduce((s, c) => s + c.count, 0)).toBeGreaterThan(20);
      const flow = await coordinator.request('GET', `/api/v1/learning-routes/${r.id}/inflow-retention`);
      expect(flow.statusCode, flow.body).toBe(200);
      const f = flow.json<{ total: { participants: { value: number | null }; inflow: { value: number | null } } }>();
      expect(f.total.participants.value).toBeGreaterThan(20);
      inflow += f.total.inflow.value ?? 0;
    }
    expect(inflow).toBeGreaterThan(0);
  });
});
