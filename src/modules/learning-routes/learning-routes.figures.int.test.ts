/**
 * The figures of a route through the HTTP API on a small known dataset: inflow and retention per route,
 * cohort and target group with small-cell suppression (no count of 1–9 leaves the API), the CSV and XLSX
 * downloads (suppressed, access-controlled and audited, with Dutch file names); and editing a route: steps
 * that participants are or were in stay, keep their kind and their order; a brugbaan's rules hold.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { parseCsv } from '../../shared/csv.js';
import { readXlsxRows } from '../../platform/spreadsheet/xlsx.js';

let t: TestApp;
let gemeente: { id: string };
let sw: { id: string };
let care: { id: string };
let manager: Client;
let coach: Client;

interface RouteBody {
  id: string;
  name: string;
  steps: { id: string; kind: string; name: string; expectedWeeks: number }[];
  cohorts: { id: string; name: string }[];
  stepsInUse: string[];
}
interface CellBody {
  value: number | null;
  display: string;
  status: string;
}
type FlowRowBody = Record<'participants' | 'inflow' | 'known6' | 'retained6' | 'known12' | 'retained12', CellBody> & {
  key: string;
  label: string;
  inflowPercentage: number | null;
  retained6Percentage: number | null;
  retained12Percentage: number | null;
};
interface FlowBody {
  total: FlowRowBody;
  byCohort: FlowRowBody[];
  byTargetGroup: FlowRowBody[];
  suppression: string;
}

async function as(org: { id: string }, role: RoleName) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return { client: await login(t.app, user.email, PASSWORD), user };
}

async function participant(targetGroups: string[]): Promise<string> {
  const res = await coach.request('POST', '/api/v1/participants', {
    givenName: 'Leerling',
    familyName: `Cijfers ${uid()}`,
    dateOfBirth: '1995-04-04',
    municipalityCode: 'GM0344',
    approachCode: 'jobCoaching',
    referralDate: '2026-01-05',
    targetGroups,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const STEPS = [
  { kind: 'orientation', name: 'Kennismaken', expectedWeeks: 2 },
  { kind: 'bblContract', name: 'BBL-contract', expectedWeeks: 52 },
  { kind: 'qualification', name: 'Certificaat', expectedWeeks: 4 },
];

async function createRoute(body: Record<string, unknown> = {}): Promise<RouteBody> {
  const res = await manager.request('POST', '/api/v1/learning-routes', {
    name: `Zorgroute ${uid()}`,
    sector: 'careWelfare',
    level: 'mbo2',
    form: 'bbl',
    targetGroups: ['benefitRecipient', 'statusHolder'],
    partners: [{ kind: 'employer', name: 'Zorggroep Cijfers', organisationId: care.id }],
    steps: STEPS,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RouteBody>();
}

async function addCohort(routeId: string, name: string): Promise<RouteBody> {
  const res = await manager.request('POST', `/api/v1/learning-routes/${routeId}/cohorts`, {
    name,
    startDate: '2026-01-12',
    places: 20,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RouteBody>();
}

async function enrol(participantId: string, routeId: string, cohortId: string | null): Promise<string> {
  const res = await coach.request('POST', `/api/v1/participants/${participantId}/learning-enrolments`, {
    routeId,
    cohortId,
    enrolledOn: '2026-01-12',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function job(participantId: string, endDate: string | null = null): Promise<void> {
  const res = await coach.request('POST', `/api/v1/participants/${participantId}/jobs`, {
    employerName: 'Zorggroep Cijfers',
    jobTitle: 'Helpende',
    startDate: '2026-02-02',
    hoursPerWeek: 24,
    contractType: 'temporary',
    wageForm: 'marketWage',
    openToAnyone: true,
    ...(endDate ? { endDate, endReason: 'contractEnded' } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** Every published cell in a response: none may hold (or print) a count of 1 to 9. */
function expectNoSmallCounts(flow: FlowBody): void {
  const cells = [flow.total, ...flow.byCohort, ...flow.byTargetGroup].flatMap((r) => [
    r.participants,
    r.inflow,
    r.known6,
    r.retained6,
    r.known12,
    r.retained12,
  ]);
  for (const c of cells) {
    expect(c.value === null || c.value === 0 || c.value >= 10, JSON.stringify(c)).toBe(true);
    expect(c.display).toMatch(/^(0|[1-9]\d+|< 10|x)$/);
  }
}

const numbers = (r: FlowRowBody) =>
  (['participants', 'inflow', 'known6', 'retained6', 'known12', 'retained12'] as const).map((m) => r[m].display);

let route: RouteBody;
let cohortA: string;
let cohortB: string;
let movedEnrolment: string;

beforeAll(async () => {
  t = await buildTestApp();
  gemeente = await makeOrg(t.db, { type: 'gemeente' });
  sw = await makeOrg(t.db, { type: 'shelteredWork' });
  care = await makeOrg(t.db, { type: 'employer' });
  manager = (await as(gemeente, 'programmeManager')).client;
  coach = (await as(sw, 'jobCoach')).client;

  // The known dataset. Cohort A: 11 benefit recipients, 10 of them with a care job from 2 February 2026,
  // of which one ended on 1 May 2026. Cohort B: 3 status holders, 1 with a care job from 2 February 2026.
  // On 1 November 2026 the 6-month day (2 August 2026) has passed, the 12-month day not yet.
  route = await createRoute({ name: `Zorgroute cijfers ${uid()}` });
  route = await addCohort(route.id, 'Groep A');
  route = await addCohort(route.id, 'Groep B');
  cohortA = route.cohorts.find((c) => c.name === 'Groep A')!.id;
  cohortB = route.cohorts.find((c) => c.name === 'Groep B')!.id;
  for (let i = 0; i < 11; i++) {
    const p = await participant(['benefitRecipient']);
    const e = await enrol(p, route.id, cohortA);
    if (i === 0) {
      movedEnrolment = e;
    }
    if (i < 10) {
      await job(p, i === 9 ? '2026-05-01' : null);
    }
  }
  for (let i = 0; i < 3; i++) {
    const p = await participant(['statusHolder']);
    await enrol(p, route.id, cohortB);
    if (i === 0) {
      await job(p);
    }
  }
  // One of cohort A to the BBL contract (for the board).
  const moved = await coach.request('POST', `/api/v1/learning-enrolments/${movedEnrolment}/step-changes`, {
    kind: 'step',
    stepId: route.steps[1]!.id,
    occurredOn: '2026-03-02',
  });
  expect(moved.statusCode, moved.body).toBe(201);
}, 240_000);
afterAll(async () => {
  await t.close();
});

describe('inflow and retention', () => {
  it('gives the exact numbers of the known dataset, with small counts suppressed', async () => {
    const res = await manager.request('GET', `/api/v1/learning-routes/${route.id}/inflow-retention?asOf=2026-11-01`);
    expect(res.statusCode, res.body).toBe(200);
    const flow = res.json<FlowBody>();
    // Route: 14 people, 11 with a job in the sector, all 11 known at 6 months, 10 still there; 12 months not
    // yet known. The 11 is hidden: with cohort A's 10 shown as "x" (so at least 10), 11 would pin cohort B's
    // inflow down to exactly 1. The 14 may stay: cohort B then lies between 1 and 4.
    expect(numbers(flow.total)).toEqual(['14', 'x', 'x', '10', '0', '0']);
    // No percentage from a hidden count.
    expect([flow.total.inflowPercentage, flow.total.retained6Percentage, flow.total.retained12Percentage]).toEqual([
      null,
      null,
      null,
    ]);
    // Cohorts 11 | 3: the 3 is "< 10", and the 11 is hidden ("x") or it would give the 3 away (14 − 11).
    expect(flow.byCohort.map((r) => [r.label, ...numbers(r)])).toEqual([
      ['Groep A', 'x', 'x', 'x', '< 10', '0', '0'],
      ['Groep B', '< 10', '< 10', '< 10', '< 10', '0', '0'],
    ]);
    expect(flow.byCohort[0]!.participants).toEqual({ value: null, display: 'x', status: 'secondary' });
    expect(flow.byCohort[1]!.participants).toEqual({ value: null, display: '< 10', status: 'primary' });
    expect(flow.byCohort.every((r) => r.inflowPercentage === null)).toBe(true);
    expect(flow.byTargetGroup.map((r) => [r.key, ...numbers(r)])).toEqual([
      ['benefitRecipient', 'x', 'x', 'x', '< 10', '0', '0'],
      ['statusHolder', '< 10', '< 10', '< 10', '< 10', '0', '0'],
    ]);
    expectNoSmallCounts(flow);
    expect(flow.suppression).toMatch(/Minder dan 10 mensen/);
    // Nothing in the whole response body prints a small count as a cell.
    expect(res.body).not.toMatch(/"value":[1-9][,}]/);
  });

  it('is for the coordinator and the evaluator, not for the job coach', async () => {
    const evaluator = (await as(await makeOrg(t.db, { type: 'uwv' }), 'evaluator')).client;
    expect((await evaluator.request('GET', `/api/v1/learning-routes/${route.id}/inflow-retention`)).statusCode).toBe(
      200,
    );
    expectProblem(await coach.request('GET', `/api/v1/learning-routes/${route.id}/inflow-retention`), 403);
  });
});

describe('exports', () => {
  it('CSV of the inflow table: BOM, ";", suppressed as on screen, a Dutch file name, audited', async () => {
    const res = await manager.request(
      'GET',
      `/api/v1/learning-routes/${route.id}/inflow-retention/export?format=csv&asOf=2026-11-01`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Instroom en behoud Zorgroute cijfers [^"]+ 2026-11-01\.csv"; filename\*=UTF-8''Instroom%20en%20behoud%20/,
    );
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(res.body.replace(/^\uFEFF/, ''), ';');
    expect(rows[0]).toEqual([
      'Groep of doelgroep',
      'Soort rij',
      'Deelnemers',
      'Baan in de sector',
      'Bekend na 6 maanden',
      'Na 6 maanden nog in de sector',
      'Bekend na 12 maanden',
      'Na 12 maanden nog in de sector',
    ]);
    expect(rows.slice(1, 6).map((r) => r.slice(1))).toEqual([
      ['Route', '14', 'x', 'x', '10', '0', '0'],
      ['Groep', 'x', 'x', 'x', '< 10', '0', '0'],
      ['Groep', '< 10', '< 10', '< 10', '< 10', '0', '0'],
      ['Doelgroep', 'x', 'x', 'x', '< 10', '0', '0'],
      ['Doelgroep', '< 10', '< 10', '< 10', '< 10', '0', '0'],
    ]);
    // No count 1–9 anywhere in the table part.
    expect(
      rows
        .slice(1, 6)
        .flat()
        .filter((c) => /^[1-9]$/.test(c)),
    ).toEqual([]);
    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'learningRoute.exportProgress' AND resource_id = $1
          AND outcome = 'allowed'`,
      [route.id],
    );
    expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('XLSX of a cohort board: small counts hidden, the total kept; CSV the same', async () => {
    const xlsx = await manager.request(
      'GET',
      `/api/v1/learning-routes/${route.id}/cohorts/${cohortA}/board/export?format=xlsx&asOf=2026-11-01`,
    );
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.headers['content-disposition']).toContain('filename="Voortgang per stap Groep A 2026-11-01.xlsx"');
    const sheet: string[][] = [];
    for await (const r of readXlsxRows(Readable.from([xlsx.rawPayload]))) {
      sheet.push(r.cells.map((c) => String(c ?? '')));
    }
    // Cohort A: 10 in Kennismaken, 1 in the BBL contract → the 1 is "< 10", the 10 is hidden with it, and
    // so is the total (11 minus "at least 10" would give the 1 away).
    expect(sheet.slice(0, 7)).toEqual([
      ['Stap', 'Deelnemers'],
      ['Kennismaken', 'x'],
      ['BBL-contract', '< 10'],
      ['Certificaat', '0'],
      ['Afgerond', '0'],
      ['Gestopt', '0'],
      ['Totaal', 'x'],
    ]);
    const csv = await manager.request(
      'GET',
      `/api/v1/learning-routes/${route.id}/cohorts/${cohortB}/board/export?format=csv&asOf=2026-11-01`,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(parseCsv(csv.body.replace(/^\uFEFF/, ''), ';').slice(0, 7)).toEqual([
      ['Stap', 'Deelnemers'],
      ['Kennismaken', '< 10'],
      ['BBL-contract', '0'],
      ['Certificaat', '0'],
      ['Afgerond', '0'],
      ['Gestopt', '0'],
      ['Totaal', '< 10'],
    ]);
  });

  it('refuses a job coach, another route’s cohort and an unknown format', async () => {
    expectProblem(
      await coach.request('GET', `/api/v1/learning-routes/${route.id}/inflow-retention/export?format=csv`),
      403,
    );
    const other = await createRoute();
    expectProblem(
      await manager.request('GET', `/api/v1/learning-routes/${other.id}/cohorts/${cohortA}/board/export?format=csv`),
      404,
    );
    expectProblem(
      await manager.request('GET', `/api/v1/learning-routes/${route.id}/inflow-retention/export?format=pdf`),
      400,
    );
  });

  it('the full workbook hides small counts too', async () => {
    const res = await manager.request('GET', `/api/v1/learning-routes/${route.id}/progress-export?asOf=2026-11-01`);
    expect(res.statusCode, res.body).toBe(200);
    const flow: string[][] = [];
    for await (const r of readXlsxRows(Readable.from([res.rawPayload]), { sheet: 2 })) {
      flow.push(r.cells.map((c) => String(c ?? '')));
    }
    expect(flow[1]!.slice(1)).toEqual(['Route', '14', 'x', 'x', '10', '0', '0']);
    expect(
      flow
        .slice(1, 6)
        .flat()
        .filter((c) => /^[1-9]$/.test(c)),
    ).toEqual([]);
  });
});

describe('editing a route', () => {
  it('keeps the steps participants are or were in: not removed, same kind, same order; the rest may change', async () => {
    let r = await createRoute();
    r = await addCohort(r.id, 'Groep');
    const [intro, bbl, cert] = r.steps;
    const p = await participant(['statusHolder']);
    const e = await enrol(p, r.id, r.cohorts[0]!.id);
    const moved = await coach.request('POST', `/api/v1/learning-enrolments/${e}/step-changes`, {
      kind: 'step',
      stepId: bbl!.id,
      occurredOn: '2026-02-02',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const got = await manager.request('GET', `/api/v1/learning-routes/${r.id}`);
    expect(got.json<RouteBody>().stepsInUse.sort()).toEqual([intro!.id, bbl!.id].sort());

    const patch = (steps: unknown[]) => manager.request('PATCH', `/api/v1/learning-routes/${r.id}`, { steps });
    const step = (s: { id: string; kind: string; name: string; expectedWeeks: number }, change = {}) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      expectedWeeks: s.expectedWeeks,
      ...change,
    });
    // Removing a step someone is in: refused, with the step's name.
    const removed = expectProblem(await patch([step(bbl!), step(cert!)]), 400, 'invalid-input');
    expect(removed.errors?.map((x) => [x.location.pointer, x.code])).toEqual([['/steps', 'step-in-use']]);
    expect(removed.errors?.[0]?.detail).toContain('Kennismaken');
    // Changing its kind, or putting it before an earlier step in use: refused at the field.
    const kind = expectProblem(
      await patch([step(intro!, { kind: 'preparation' }), step(bbl!), step(cert!)]),
      400,
      'invalid-input',
    );
    expect(kind.errors?.map((x) => [x.location.pointer, x.code])).toEqual([['/steps/0/kind', 'step-kind-in-use']]);
    const order = expectProblem(await patch([step(bbl!), step(intro!), step(cert!)]), 400, 'invalid-input');
    expect(order.errors?.map((x) => [x.location.pointer, x.code])).toEqual([['/steps/1/id', 'step-order-in-use']]);
    const unknown = expectProblem(await patch([step(intro!), { ...step(bbl!), id: r.id }]), 400, 'invalid-input');
    // (and the BBL step it replaced is then missing, which is refused too)
    expect(unknown.errors?.map((x) => [x.location.pointer, x.code])).toEqual([
      ['/steps/1/id', 'unknown-step'],
      ['/steps', 'step-in-use'],
    ]);

    // Renaming, a new step in between, the unused certificate moved to the end and a job added: fine.
    const ok = await manager.request('PATCH', `/api/v1/learning-routes/${r.id}`, {
      name: `${r.name} (nieuw)`,
      sector: 'technology',
      level: 'mbo1',
      targetGroups: ['statusHolder', 'careerSwitcher'],
      partners: [{ kind: 'school', name: 'ROC Techniek' }],
      steps: [
        step(intro!, { name: 'Kennismaken en meelopen', expectedWeeks: 3 }),
        { kind: 'preparation', name: 'Taal en rekenen', expectedWeeks: 8 },
        step(bbl!),
        { kind: 'job', name: 'Baan', expectedWeeks: 26 },
        step(cert!),
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = ok.json<RouteBody & { sector: string; level: string; targetGroups: string[] }>();
    expect(after.steps.map((s) => [s.name, s.kind, s.expectedWeeks])).toEqual([
      ['Kennismaken en meelopen', 'orientation', 3],
      ['Taal en rekenen', 'preparation', 8],
      ['BBL-contract', 'bblContract', 52],
      ['Baan', 'job', 26],
      ['Certificaat', 'qualification', 4],
    ]);
    expect([after.steps[0]!.id, after.steps[2]!.id, after.steps[4]!.id]).toEqual([intro!.id, bbl!.id, cert!.id]);
    expect([after.sector, after.level, after.targetGroups]).toEqual([
      'technology',
      'mbo1',
      ['statusHolder', 'careerSwitcher'],
    ]);
    // The participant's history follows the renamed step; the current step is unchanged.
    const enrolment = await coach.request('GET', `/api/v1/learning-enrolments/${e}`);
    const body = enrolment.json<{ currentStepId: string; events: { stepName: string | null }[] }>();
    expect(body.currentStepId).toBe(bbl!.id);
    expect(body.events.map((x) => x.stepName)).toEqual(['Kennismaken en meelopen', 'BBL-contract']);
    // Now an unused step may go.
    const fewer = await patch([step(after.steps[0]!), step(after.steps[2]!)]);
    expect(fewer.statusCode, fewer.body).toBe(200);
    expect(fewer.json<RouteBody>().steps.map((s) => s.name)).toEqual(['Kennismaken en meelopen', 'BBL-contract']);
  });

  it('a brugbaan is a paid job for pro/vso pupils only', async () => {
    const wrong = await manager.request('POST', '/api/v1/learning-routes', {
      name: `Brugbaan ${uid()}`,
      sector: 'careWelfare',
      level: 'entree',
      form: 'brugbaan',
      targetGroups: ['praktijkVsoPupil', 'nugger'],
      steps: [{ kind: 'orientation', name: 'Meelopen', expectedWeeks: 4 }],
    });
    const problems = expectProblem(wrong, 400, 'invalid-input');
    expect(problems.errors?.map((x) => [x.location.pointer, x.code])).toEqual([
      ['/targetGroups', 'brugbaan-target-group'],
      ['/steps', 'brugbaan-needs-paid-step'],
    ]);
    const brugbaan = await createRoute({
      form: 'brugbaan',
      level: 'entree',
      targetGroups: ['praktijkVsoPupil'],
      steps: [
        { kind: 'orientation', name: 'Meelopen', expectedWeeks: 4 },
        { kind: 'job', name: 'Betaalde brugbaan', expectedWeeks: 40 },
      ],
    });
    // Only a pupil may enrol.
    const adult = await participant(['benefitRecipient']);
    const refused = await coach.request('POST', `/api/v1/participants/${adult}/learning-enrolments`, {
      routeId: brugbaan.id,
      enrolledOn: '2026-02-02',
    });
    expect(expectProblem(refused, 400).errors?.[0]?.code).toBe('target-group-not-admitted');
    const pupil = await participant(['praktijkVsoPupil']);
    expect(await enrol(pupil, brugbaan.id, null)).toBeTruthy();
    // Turning an ordinary route into a brugbaan checks the same rules.
    const bbl = await createRoute();
    const turned = expectProblem(
      await manager.request('PATCH', `/api/v1/learning-routes/${bbl.id}`, { form: 'brugbaan' }),
      400,
      'invalid-input',
    );
    expect(turned.errors?.map((x) => [x.location.pointer, x.code])).toEqual([
      ['/targetGroups', 'brugbaan-target-group'],
    ]);
  });
});
