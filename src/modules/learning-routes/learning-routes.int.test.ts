/**
 * Learning routes through the HTTP API: the programme manager sets up a route with steps, a cohort and
 * targets; job coaches enrol the participants they work with (only target groups the route admits),
 * move them forward or stop them (errors name the field); the progress figures follow; an employer sees
 * the learners at its workplace only as far as the consent goes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';

let t: TestApp;
let gemeente: { id: string };
let sw: { id: string };
let care: { id: string };
let manager: Client;
let coach: Client;

interface RouteBody {
  id: string;
  name: string;
  steps: { id: string; kind: string; name: string }[];
  cohorts: { id: string; name: string; places: number; members: number }[];
  targets: { id: string }[];
  permissions: { manage: boolean; readProgress: boolean };
}
interface EnrolmentBody {
  id: string;
  trajectoryId: string;
  status: string;
  currentStepId: string | null;
  nextStepId: string | null;
  events: { kind: string; stepName: string | null; occurredOn: string }[];
  outcomes: { kind: string }[];
  inflow: { inflowDate: string | null };
}

async function as(org: { id: string }, role: RoleName) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return { client: await login(t.app, user.email, PASSWORD), user };
}

async function participant(targetGroups: string[], client: Client = coach): Promise<string> {
  const res = await client.request('POST', '/api/v1/participants', {
    givenName: 'Leerling',
    familyName: `Test ${uid()}`,
    dateOfBirth: '1995-04-04',
    municipalityCode: 'GM0344',
    approachCode: 'jobCoaching',
    referralDate: '2026-01-05',
    targetGroups,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const steps = [
  { kind: 'orientation', name: 'Oriëntatie', expectedWeeks: 2 },
  { kind: 'workExperience', name: 'Werkervaringsplaats', expectedWeeks: 12, maxWeeks: 26 },
  { kind: 'bblContract', name: 'BBL-contract', expectedWeeks: 52 },
  { kind: 'qualification', name: 'Diploma', expectedWeeks: 4 },
];

async function createRoute(targetGroups: string[], name = `Taakbrigade ${uid()}`): Promise<RouteBody> {
  const res = await manager.request('POST', '/api/v1/learning-routes', {
    name,
    sector: 'careWelfare',
    level: 'mbo2',
    form: 'bbl',
    targetGroups,
    partners: [
      { kind: 'employer', name: 'Zorggroep Test', organisationId: care.id },
      { kind: 'school', name: 'ROC Midden Nederland' },
    ],
    steps,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RouteBody>();
}

async function addCohort(routeId: string, places: number, startDate = '2026-02-02'): Promise<RouteBody> {
  const res = await manager.request('POST', `/api/v1/learning-routes/${routeId}/cohorts`, {
    name: `Groep ${uid()}`,
    startDate,
    places,
    employers: [{ name: 'Zorggroep Test', organisationId: care.id }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RouteBody>();
}

async function enrol(participantId: string, body: Record<string, unknown>) {
  return coach.request('POST', `/api/v1/participants/${participantId}/learning-enrolments`, body);
}

beforeAll(async () => {
  t = await buildTestApp();
  gemeente = await makeOrg(t.db, { type: 'gemeente' });
  sw = await makeOrg(t.db, { type: 'shelteredWork' });
  care = await makeOrg(t.db, { type: 'employer' });
  manager = (await as(gemeente, 'programmeManager')).client;
  coach = (await as(sw, 'jobCoach')).client;
});
afterAll(async () => {
  await t.close();
});

describe('routes, cohorts and targets', () => {
  it('the programme manager creates a route with ordered steps; a job coach may read it but not change it', async () => {
    const route = await createRoute(['statusHolder']);
    expect(route.steps.map((s) => s.kind)).toEqual(['orientation', 'workExperience', 'bblContract', 'qualification']);
    expect(route.permissions).toEqual({ manage: true, readProgress: true });
    const seen = await coach.request('GET', `/api/v1/learning-routes/${route.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<RouteBody>().permissions).toEqual({ manage: false, readProgress: false });
    expectProblem(await coach.request('POST', '/api/v1/learning-routes', {}), 403);
    expectProblem(await coach.request('PATCH', `/api/v1/learning-routes/${route.id}`, { active: false }), 403);
    expectProblem(await coach.request('GET', `/api/v1/learning-routes/${route.id}/progress`), 403);
    // A programme manager of another organisation sees the route but cannot change it.
    const other = (await as(sw, 'programmeManager')).client;
    expectProblem(await other.request('PATCH', `/api/v1/learning-routes/${route.id}`, { active: false }), 403);
  });

  it('reports every problem in the steps and targets with a pointer', async () => {
    const res = await manager.request('POST', '/api/v1/learning-routes', {
      name: `Fout ${uid()}`,
      sector: 'careWelfare',
      level: 'mbo1',
      form: 'wep',
      targetGroups: ['nugger'],
      steps: [
        { kind: 'orientation', name: 'Start', expectedWeeks: 2, maxWeeks: 4 },
        { kind: 'workExperience', name: 'WEP', expectedWeeks: 12, maxWeeks: 8 },
      ],
    });
    const body = expectProblem(res, 400, 'invalid-input');
    expect(body.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/steps/0/maxWeeks', 'max-only-for-work-experience'],
      ['/steps/1/maxWeeks', 'max-below-expected'],
    ]);
    const route = await createRoute(['nugger']);
    const target = await manager.request('POST', `/api/v1/learning-routes/${route.id}/targets`, {
      description: 'In een BBL-traject',
      measure: 'stepReached',
      targetCount: 30,
      periodStart: '2026-01-01',
      periodEnd: '2025-12-31',
    });
    expect(expectProblem(target, 400).errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/stepKind', 'required'],
      ['/periodEnd', 'before-start'],
    ]);
  });
});

describe('enrolment', () => {
  it('admits only the target groups of the route, and links the enrolment to a learning-route trajectory', async () => {
    const route = await createRoute(['statusHolder', 'benefitRecipient']);
    const wrong = await participant(['workDisability']);
    const refused = expectProblem(await enrol(wrong, { routeId: route.id, enrolledOn: '2026-02-02' }), 400);
    expect(refused.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/routeId', 'target-group-not-admitted'],
    ]);
    expect(refused.errors?.[0]?.detail).toMatch(/doelgroep/);
    const none = await participant([]);
    expect(
      expectProblem(await enrol(none, { routeId: route.id, enrolledOn: '2026-02-02' }), 400).errors?.[0]?.code,
    ).toBe('no-target-group');

    const right = await participant(['benefitRecipient', 'workDisability']);
    const res = await enrol(right, {
      routeId: route.id,
      enrolledOn: '2026-02-02',
      schoolName: 'ROC Midden Nederland',
      programmeName: 'Helpende Zorg en Welzijn',
      creboCode: '25498',
    });
    expect(res.statusCode, res.body).toBe(201);
    const enrolment = res.json<EnrolmentBody>();
    expect(enrolment.status).toBe('active');
    expect(enrolment.currentStepId).toBe(route.steps[0]!.id);
    expect(enrolment.nextStepId).toBe(route.steps[1]!.id);
    const trajectory = await coach.request('GET', `/api/v1/trajectories/${enrolment.trajectoryId}`);
    expect(trajectory.json<{ approachCode: string }>().approachCode).toBe('learningRoute');
    // Twice in the same route: refused.
    expect(
      expectProblem(await enrol(right, { routeId: route.id, enrolledOn: '2026-02-03' }), 400).errors?.[0]?.code,
    ).toBe('already-enrolled');
    // The participant page shows it.
    const list = await coach.request('GET', `/api/v1/participants/${right}/learning-enrolments`);
    expect(list.json<{ items: EnrolmentBody[] }>().items.map((e) => e.id)).toEqual([enrolment.id]);
    // A coach of another organisation without an assignment or consent: not found.
    const stranger = (await as(await makeOrg(t.db, { type: 'ggz' }), 'jobCoach')).client;
    expectProblem(await stranger.request('GET', `/api/v1/learning-enrolments/${enrolment.id}`), 404);
    expectProblem(
      await stranger.request('POST', `/api/v1/participants/${right}/learning-enrolments`, {
        routeId: route.id,
        enrolledOn: '2026-02-02',
      }),
      404,
    );
  });

  it('a full cohort takes no one more; a bad crebo code is refused by the schema', async () => {
    const route = await addCohort((await createRoute(['nugger'])).id, 1);
    const cohortId = route.cohorts[0]!.id;
    const a = await participant(['nugger']);
    const b = await participant(['nugger']);
    expect((await enrol(a, { routeId: route.id, cohortId, enrolledOn: '2026-02-02' })).statusCode).toBe(201);
    const full = expectProblem(await enrol(b, { routeId: route.id, cohortId, enrolledOn: '2026-02-02' }), 400);
    expect(full.errors?.map((e) => [e.location.pointer, e.code])).toEqual([['/cohortId', 'cohort-full']]);
    const crebo = expectProblem(await enrol(b, { routeId: route.id, enrolledOn: '2026-02-02', creboCode: '123' }), 400);
    expect(crebo.errors?.[0]?.location.pointer).toBe('/creboCode');
  });
});

describe('step changes', () => {
  it('only forward or to a stop with a reason, never before the previous change; events stay', async () => {
    const route = await createRoute(['careerSwitcher']);
    const [orient, wep, bbl, diploma] = route.steps;
    const p = await participant(['careerSwitcher']);
    const id = (await enrol(p, { routeId: route.id, enrolledOn: '2026-03-02' })).json<EnrolmentBody>().id;
    const change = (body: Record<string, unknown>) =>
      coach.request('POST', `/api/v1/learning-enrolments/${id}/step-changes`, body);

    const moved = await change({ kind: 'step', stepId: wep!.id, occurredOn: '2026-03-16' });
    expect(moved.statusCode, moved.body).toBe(201);

    const pointers = async (body: Record<string, unknown>) =>
      expectProblem(await change(body), 400, 'invalid-input').errors?.map((e) => [e.location.pointer, e.code]);
    expect(await pointers({ kind: 'step', stepId: orient!.id, occurredOn: '2026-04-01' })).toEqual([
      ['/stepId', 'not-forward'],
    ]);
    expect(await pointers({ kind: 'step', stepId: bbl!.id, occurredOn: '2026-03-10' })).toEqual([
      ['/occurredOn', 'before-previous-step'],
    ]);
    expect(await pointers({ kind: 'stop', occurredOn: '2026-04-01' })).toEqual([
      ['/stopReason', 'stop-reason-required'],
    ]);
    expect(await pointers({ kind: 'complete', occurredOn: '2026-04-01' })).toEqual([['/kind', 'not-at-last-step']]);
    expect(await pointers({ kind: 'step', stepId: route.id, occurredOn: '2026-04-01' })).toEqual([
      ['/stepId', 'unknown-step'],
    ]);
    // The message says which date.
    const before = expectProblem(
      await change({ kind: 'step', stepId: bbl!.id, occurredOn: '2026-03-10' }),
      400,
      'invalid-input',
    );
    expect(before.errors?.[0]?.detail).toContain('2026-03-16');

    expect((await change({ kind: 'step', stepId: diploma!.id, occurredOn: '2026-06-01' })).statusCode).toBe(201);
    const done = await change({ kind: 'complete', occurredOn: '2026-06-15' });
    expect(done.statusCode, done.body).toBe(201);
    const body = done.json<EnrolmentBody>();
    expect(body.status).toBe('completed');
    expect(body.events.map((e) => [e.kind, e.stepName, e.occurredOn])).toEqual([
      ['step', 'Oriëntatie', '2026-03-02'],
      ['step', 'Werkervaringsplaats', '2026-03-16'],
      ['step', 'Diploma', '2026-06-01'],
      ['complete', null, '2026-06-15'],
    ]);
    expectProblem(await change({ kind: 'stop', stopReason: 'health', occurredOn: '2026-07-01' }), 409);
    // Events cannot be changed, not even directly in the database.
    await expect(
      t.db.query(`UPDATE learning_step_events SET occurred_on = '2026-01-01' WHERE enrolment_id = $1`, [id]),
    ).rejects.toThrow(/never changed/);
  });

  it('an outcome needs a date on or after the enrolment; a job start names a job of the participant', async () => {
    const route = await createRoute(['statusHolder']);
    const p = await participant(['statusHolder']);
    const id = (await enrol(p, { routeId: route.id, enrolledOn: '2026-03-02' })).json<EnrolmentBody>().id;
    const outcome = (body: Record<string, unknown>) =>
      coach.request('POST', `/api/v1/learning-enrolments/${id}/outcomes`, body);
    expect(
      expectProblem(await outcome({ kind: 'praktijkverklaring', achievedOn: '2026-02-01' }), 400).errors?.[0]?.code,
    ).toBe('before-enrolment');
    expect(
      expectProblem(await outcome({ kind: 'jobStart', achievedOn: '2026-05-01' }), 400).errors?.[0]?.location.pointer,
    ).toBe('/jobEpisodeId');
    const ok = await outcome({ kind: 'praktijkverklaring', achievedOn: '2026-05-01' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<EnrolmentBody>().outcomes.map((o) => o.kind)).toEqual(['praktijkverklaring']);
    expect(
      expectProblem(await outcome({ kind: 'praktijkverklaring', achievedOn: '2026-05-02' }), 400).errors?.[0]?.code,
    ).toBe('duplicate');
  });
});

describe('progress on a small known dataset', () => {
  it('board by step, target progress, inflow and retention', async () => {
    let route = await createRoute(['benefitRecipient']);
    route = await addCohort(route.id, 10, '2026-01-12');
    const cohortId = route.cohorts[0]!.id;
    const [, wep, bbl] = route.steps;
    for (const target of [
      { description: 'Ingeschreven in 2026', measure: 'enrolled', targetCount: 10 },
      { description: 'In een BBL-traject', measure: 'stepReached', stepKind: 'bblContract', targetCount: 4 },
      { description: 'Met een praktijkverklaring of diploma', measure: 'qualification', targetCount: 2 },
      { description: 'Aan het werk in de zorg', measure: 'inflow', targetCount: 3 },
    ]) {
      const res = await manager.request('POST', `/api/v1/learning-routes/${route.id}/targets`, {
        ...target,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const people = [
      await participant(['benefitRecipient']),
      await participant(['benefitRecipient']),
      await participant(['benefitRecipient']),
    ];
    const ids: string[] = [];
    for (const p of people) {
      const res = await enrol(p, { routeId: route.id, cohortId, enrolledOn: '2026-01-12' });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json<EnrolmentBody>().id);
    }
    const step = (id: string, body: Record<string, unknown>) =>
      coach.request('POST', `/api/v1/learning-enrolments/${id}/step-changes`, body);
    // Person 1: WEP, then a BBL contract, a praktijkverklaring and a care job at the partner employer.
    expect((await step(ids[0]!, { kind: 'step', stepId: wep!.id, occurredOn: '2026-01-26' })).statusCode).toBe(201);
    expect((await step(ids[0]!, { kind: 'step', stepId: bbl!.id, occurredOn: '2026-04-06' })).statusCode).toBe(201);
    expect(
      (
        await coach.request('POST', `/api/v1/learning-enrolments/${ids[0]}/outcomes`, {
          kind: 'praktijkverklaring',
          achievedOn: '2026-03-30',
        })
      ).statusCode,
    ).toBe(201);
    const job = await coach.request('POST', `/api/v1/participants/${people[0]}/jobs`, {
      employerName: 'Zorggroep Test',
      jobTitle: 'Helpende',
      startDate: '2026-04-06',
      hoursPerWeek: 24,
      contractType: 'temporary',
      wageForm: 'marketWage',
      openToAnyone: true,
    });
    expect(job.statusCode, job.body).toBe(201);
    // Person 2: WEP, then stopped.
    expect((await step(ids[1]!, { kind: 'step', stepId: wep!.id, occurredOn: '2026-01-26' })).statusCode).toBe(201);
    expect((await step(ids[1]!, { kind: 'stop', stopReason: 'health', occurredOn: '2026-02-20' })).statusCode).toBe(
      201,
    );
    // Person 3: still in orientation.

    const res = await manager.request('GET', `/api/v1/learning-routes/${route.id}/progress?asOf=2026-11-01`);
    expect(res.statusCode, res.body).toBe(200);
    const progress = res.json<{
      board: { cohortId: string | null; columns: { label: string; count: number }[] }[];
      targets: { target: { description: string }; achieved: number; percentage: number }[];
    }>();
    expect(progress.board).toHaveLength(1);
    expect(progress.board[0]!.columns.map((c) => [c.label, c.count])).toEqual([
      ['Oriëntatie', 1],
      ['Werkervaringsplaats', 0],
      ['BBL-contract', 1],
      ['Diploma', 0],
      ['Afgerond', 0],
      ['Gestopt', 1],
    ]);
    expect(progress.targets.map((x) => [x.target.description, x.achieved, x.percentage])).toEqual([
      ['Ingeschreven in 2026', 3, 30],
      ['In een BBL-traject', 1, 25],
      ['Met een praktijkverklaring of diploma', 1, 50],
      ['Aan het werk in de zorg', 1, 33],
    ]);
    // Three participants, one with inflow: fewer than 10, so not shown outside the case team (the exact
    // numbers on a larger dataset are in learning-routes.figures.int.test.ts).
    const flow = await manager.request('GET', `/api/v1/learning-routes/${route.id}/inflow-retention?asOf=2026-11-01`);
    expect(flow.statusCode, flow.body).toBe(200);
    const f = flow.json<{
      total: { participants: { display: string }; inflow: { display: string } };
      byTargetGroup: { key: string; participants: { value: number | null; display: string } }[];
    }>();
    expect([f.total.participants.display, f.total.inflow.display]).toEqual(['< 10', '< 10']);
    expect(f.byTargetGroup).toEqual([
      expect.objectContaining({
        key: 'benefitRecipient',
        participants: { value: null, display: '< 10', status: 'primary' },
      }),
    ]);
    const enrolment = await coach.request('GET', `/api/v1/learning-enrolments/${ids[0]}`);
    expect(enrolment.json<EnrolmentBody>().inflow.inflowDate).toBe('2026-04-06');

    // The same figures as a spreadsheet for the coordinator; not for the job coach.
    const file = await manager.request('GET', `/api/v1/learning-routes/${route.id}/progress-export?asOf=2026-11-01`);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toMatch(/spreadsheetml/);
    expect(file.headers['content-disposition']).toMatch(
      /^attachment; filename="Voortgang Taakbrigade [^"]+ 2026-11-01\.xlsx"/,
    );
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expectProblem(await coach.request('GET', `/api/v1/learning-routes/${route.id}/progress-export`), 403);

    // A target can count towards a monitoring programme: the programme's goal progress then lists it,
    // with the same count published through the programme's small-cell suppression.
    const programme = await manager.request('POST', '/api/v1/programmes', {
      name: `Iedereen doet mee ${uid()}`,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    expect(programme.statusCode, programme.body).toBe(201);
    const programmeId = programme.json<{ id: string }>().id;
    const unknown = await manager.request('POST', `/api/v1/learning-routes/${route.id}/targets`, {
      description: 'Telt mee voor een programma dat er niet is',
      measure: 'enrolled',
      targetCount: 10,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      programmeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(expectProblem(unknown, 400).errors?.[0]).toMatchObject({
      location: { pointer: '/programmeId' },
      code: 'not-found',
    });
    const linked = await manager.request('POST', `/api/v1/learning-routes/${route.id}/targets`, {
      description: 'Ingeschreven voor het programma',
      measure: 'enrolled',
      targetCount: 12,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      programmeId,
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(
      linked
        .json<{ targets: { description: string; programmeId: string | null }[] }>()
        .targets.find((x) => x.description === 'Ingeschreven voor het programma')?.programmeId,
    ).toBe(programmeId);
    const goals = await manager.request('GET', `/api/v1/programmes/${programmeId}/goal-progress?asOf=2026-11-01`);
    expect(goals.statusCode, goals.body).toBe(200);
    const listed = goals.json<{
      routeTargets: {
        target: { routeId: string; description: string; targetCount: number };
        achieved: { value: number | null; display: string };
        percentage: number | null;
        sentence: string;
      }[];
    }>().routeTargets;
    // Only the linked target; three enrolled is below the threshold of 10, so "< 10" and no percentage.
    expect(listed).toHaveLength(1);
    expect(listed[0]!.target).toMatchObject({
      routeId: route.id,
      description: 'Ingeschreven voor het programma',
      targetCount: 12,
    });
    expect(listed[0]!.achieved).toEqual({ value: null, display: '< 10', suppressed: true, status: 'primary' });
    expect(listed[0]!.percentage).toBeNull();
    expect(listed[0]!.sentence).toBe(`${route.name}: < 10 van 12`);
  });
});

describe('employer view', () => {
  it('shows the learners at the workplace only with consent: the step with consent for jobs, the name with identity too', async () => {
    const route = await createRoute(['nugger']);
    const p = await participant(['nugger']);
    const res = await enrol(p, {
      routeId: route.id,
      enrolledOn: '2026-03-02',
      employerOrganisationId: care.id,
      employerName: 'Zorggroep Test',
      workplace: 'Afdeling thuiszorg',
    });
    expect(res.statusCode, res.body).toBe(201);
    const employer = (await as(care, 'employer')).client;
    const learners = async () =>
      (await employer.request('GET', '/api/v1/workplace-learners')).json<{
        items: { name: string | null; stepName: string | null; workplace: string | null }[];
      }>().items;
    expect(await learners()).toEqual([]);
    // The employer cannot read the enrolment itself.
    expectProblem(await employer.request('GET', `/api/v1/learning-enrolments/${res.json<EnrolmentBody>().id}`), 403);

    const consent = async (categories: string[]) => {
      const c = await coach.request('POST', `/api/v1/participants/${p}/consents`, {
        organisationId: care.id,
        categories,
        purpose: 'workGuidance',
        method: 'paper',
      });
      expect(c.statusCode, c.body).toBe(201);
    };
    await consent(['jobs']);
    expect(await learners()).toEqual([
      expect.objectContaining({ name: null, stepName: 'Oriëntatie', workplace: 'Afdeling thuiszorg' }),
    ]);
    await consent(['identity']);
    expect((await learners())[0]!.name).toMatch(/^Leerling Test /);
    // Other roles have no employer view.
    expectProblem(await coach.request('GET', '/api/v1/workplace-learners'), 403);
  });
});
