/**
 * The funders' report of an initiative through the HTTP API, read back with unpdf: a programme with one
 * IPS initiative at a GGZ team, 12 participants of whom 3 started a job (a count below the threshold),
 * two goals, a fidelity review and a process-evaluation round. The report holds what the screens show this
 * reader — the small count only as "< 10" — and refuses a role without access with a problem.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../../test/factories.js';
import type { RoleName } from '../../../platform/config/config.js';
import { todayInNl } from '../../../shared/dates.js';
import { FIDELITY_ITEMS } from '../fidelity/fidelity-scale.js';

let t: TestApp;
let ggz: { id: string };
let manager: Client;
let evaluator: Client;
let programmeName: string;
let programmeId: string;
let initiativeId: string;

async function as(org: { id: string }, role: RoleName) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

/** 12 IPS participants at `org` in Zeist (AM13), reached in 2026; the first `jobs` start a job on 2 March. */
async function participants(org: string, n: number, jobs: number) {
  const people = Array.from({ length: n }, () => ({ id: randomUUID(), trajectory: randomUUID() }));
  await t.db.query(
    `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code, target_groups)
     SELECT id, $2, 'Test', 'Deelnemer ' || id, '1990-01-01', 'GM0355', '{psychologicalVulnerability}' FROM unnest($1::uuid[]) AS id`,
    [people.map((p) => p.id), org],
  );
  await t.db.query(
    `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date)
     SELECT tid, pid, $3, 'ips', 'jobSearch', '2026-01-05' FROM unnest($1::uuid[], $2::uuid[]) AS x(tid, pid)`,
    [people.map((p) => p.trajectory), people.map((p) => p.id), org],
  );
  await t.db.query(
    `INSERT INTO trajectory_phase_events (trajectory_id, from_phase, to_phase, occurred_on)
     SELECT tid, f, ph, o::date FROM unnest($1::uuid[]) AS tid,
       (VALUES (NULL, 'referral', '2026-01-05'), ('referral', 'intake', '2026-01-19'), ('intake', 'jobSearch', '2026-02-02')) AS e(f, ph, o)`,
    [people.map((p) => p.trajectory)],
  );
  await t.db.query(
    `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, start_date, hours_per_week,
       contract_type, wage_form, open_to_anyone)
     SELECT pid, tid, 'Werkgever', 'Medewerker', '2026-03-02', 20, 'temporary', 'marketWage', true
       FROM unnest($1::uuid[], $2::uuid[]) AS x(pid, tid)`,
    [people.slice(0, jobs).map((p) => p.id), people.slice(0, jobs).map((p) => p.trajectory)],
  );
}

async function reportText(client: Client, id = initiativeId) {
  const res = await client.request('GET', `/api/v1/initiatives/${id}/report?asOf=2026-06-30`);
  expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
  const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload), { verbosity: 0 });
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { res, text: text.replace(/\s+/g, ' '), totalPages };
}

beforeAll(async () => {
  t = await buildTestApp();
  const gemeente = await makeOrg(t.db, { type: 'gemeente' });
  ggz = await makeOrg(t.db, { type: 'ggz', name: `GGZ Zeist ${uid()}` });
  manager = await as(gemeente, 'programmeManager');
  evaluator = await as(await makeOrg(t.db, { type: 'knowledgeInstitute' }), 'evaluator');
  await participants(ggz.id, 12, 3);

  programmeName = `Sterk door Werk ${uid()}`;
  const programme = await manager.request('POST', '/api/v1/programmes', {
    name: programmeName,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
  });
  expect(programme.statusCode, programme.body).toBe(201);
  programmeId = programme.json<{ id: string }>().id;
  const initiative = await manager.request('POST', `/api/v1/programmes/${programmeId}/initiatives`, {
    name: 'IPS in Zeist: coördinatie',
    status: 'running',
    startsOn: '2026-01-01',
    buildingBlocks: ['sustainableJobs'],
    parties: [
      { kind: 'organisation', organisationId: ggz.id, perspective: 'Behandeling en IPS-begeleiding' },
      { kind: 'network', name: 'Werkgeversnetwerk Heuvelrug', perspective: 'Werkgevers en hun vragen' },
    ],
    approachCodes: ['ips'],
  });
  expect(initiative.statusCode, initiative.body).toBe(201);
  initiativeId = initiative.json<{ id: string }>().id;
  for (const goal of [
    { description: 'Honderd mensen bereikt', metric: 'reach', target: 100 },
    { description: 'Dertig baanstarts', metric: 'jobStarts', target: 30 },
  ]) {
    const res = await manager.request('POST', `/api/v1/programmes/${programmeId}/goals`, {
      ...goal,
      scope: 'programme',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const review = await evaluator.request('POST', '/api/v1/fidelity-reviews', {
    organisationId: ggz.id,
    teamName: 'IPS-team Zeist',
    reviewedOn: '2026-03-10',
    reviewers: ['Beoordelaar'],
    scores: Object.fromEntries(FIDELITY_ITEMS.map((i) => [i.key, 4])),
  });
  expect(review.statusCode, review.body).toBe(201);
  const standard = await manager.request('POST', `/api/v1/initiatives/${initiativeId}/process-questions/standard`);
  expect(standard.statusCode, standard.body).toBe(201);
  const questions = standard.json<{ items: { id: string; kind: string }[] }>().items;
  const round = await manager.request('POST', `/api/v1/initiatives/${initiativeId}/process-rounds`, {
    heldOn: '2026-05-12',
    title: 'Tussenevaluatie voorjaar',
    answers: [{ questionId: questions.find((q) => q.kind === 'checklist')!.id, status: 'yes', note: 'Elke week.' }],
  });
  expect(round.statusCode, round.body).toBe(201);
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('the funders’ report of an initiative', () => {
  it('is a PDF attachment named after the initiative and the day', async () => {
    const { res, totalPages } = await reportText(manager);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="rapport-ips-in-zeist-coordinatie-${todayInNl()}.pdf"`,
    );
    expect(totalPages).toBeGreaterThanOrEqual(2);
  });

  it('holds the initiative, the goal sentences, the figures, the fidelity review and the process evaluation', async () => {
    const { text } = await reportText(manager);
    expect(text).toContain('Rapport voor financiers');
    expect(text).toContain('IPS in Zeist: coördinatie');
    expect(text).toContain(programmeName);
    expect(text).toContain('Werkgeversnetwerk Heuvelrug (netwerk): Werkgevers en hun vragen');
    expect(text).toContain('Duurzame banen');
    expect(text).toContain('Aantallen kleiner dan 10 tonen we niet');
    // Goal progress, as the goal-progress service words it (reach has no year-end projection).
    expect(text).toContain(`${programmeName}: 12 van 100`);
    // Indicators of the initiative: 12 reached (table and chart).
    expect(text).toMatch(/Bereik 12 /);
    expect(text).toMatch(/periode\. 12 /);
    // Fidelity: 25 items × 4.
    expect(text).toContain('IPS-team Zeist');
    expect(text).toContain('100 van 125');
    expect(text).toContain('Goede modelgetrouwheid');
    // Process evaluation: the standard questions, the answer given, the checklist standing.
    expect(text).toContain('Krijgen deelnemers steun die hun zelfvertrouwen en weerbaarheid vergroot?');
    expect(text).toContain('Ja: Elke week.');
    expect(text).toContain('Ronde: Tussenevaluatie voorjaar (12 mei 2026)');
    expect(text).toMatch(/Checklist: 1 ja, 0 deels, 0 nee en 5 nog niet beantwoord \(van 6 punten\)/);
  });

  it('shows the 3 job starts only as "< 10": in the table, the chart and the goal sentence', async () => {
    const { text } = await reportText(evaluator);
    expect(text).toContain(`${programmeName}: < 10 van 30`);
    expect(text).toMatch(/Baanstarts < 10 /);
    expect(text).not.toMatch(/Baanstarts 3\b/);
    expect(text).not.toMatch(/\b3 van 30\b/);
    expect(text).not.toMatch(/periode\. 3 /);
  });

  it('for another region’s programme manager: no goal progress, figures narrowed to their own region', async () => {
    const stranger = await as(await makeOrg(t.db, { type: 'gemeente', regionCode: 'AM18' }), 'programmeManager');
    const { text } = await reportText(stranger);
    expect(text).toContain('IPS in Zeist: coördinatie');
    expect(text).toContain('Doelen van het programma U ziet alleen cijfers van de regio van uw organisatie');
    expect(text).toContain('Honderd mensen bereikt');
    expect(text).not.toContain('12 van 100');
    expect(text).toContain('Beperkt tot arbeidsmarktregio AM18');
    expect(text).not.toMatch(/Bereik 12 /);
  });

  it('refuses a role without access with a problem, and an unknown initiative with 404', async () => {
    const coach = await as(ggz, 'jobCoach');
    expectProblem(await coach.request('GET', `/api/v1/initiatives/${initiativeId}/report`), 403, 'forbidden');
    const editor = await as(ggz, 'knowledgeEditor');
    expectProblem(await editor.request('GET', `/api/v1/initiatives/${initiativeId}/report`), 403);
    expectProblem(await manager.request('GET', `/api/v1/initiatives/${randomUUID()}/report`), 404);
  });

  it('is written in the reader’s language', async () => {
    const me = await evaluator.request('PATCH', '/api/v1/me', { language: 'en' });
    expect(me.statusCode, me.body).toBe(200);
    const { res, text } = await reportText(evaluator);
    expect(res.headers['content-disposition']).toContain('filename="report-ips-in-zeist-coordinatie-');
    expect(text).toContain('Report for funders');
    expect(text).toContain('Model fidelity (IPS)');
    expect(text).toContain('Page 1 of');
    expect(text).toMatch(/Job starts < 10 /);
  });
});
