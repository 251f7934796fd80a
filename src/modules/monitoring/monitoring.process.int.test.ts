/**
 * Process evaluation through the HTTP API: a programme manager starts an initiative's list from the
 * standard questions, adds one of their own, archives one; an evaluator records a round; every rule comes
 * back as a field error at the answer that breaks it; the checklist's standing follows the newest round;
 * another organisation's manager may read but not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';

let t: TestApp;
let manager: Client;
let otherManager: Client;
let evaluator: Client;
let coach: Client;
let initiativeId: string;

async function as(org: { id: string }, role: RoleName) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

interface Evaluation {
  questions: { id: string; text: string; kind: string; buildingBlock: string | null; archived: boolean }[];
  rounds: {
    id: string;
    title: string;
    heldOn: string;
    recordedBy: string | null;
    answers: { questionId: string; status: string | null; note: string | null }[];
  }[];
  progress: { checklistItems: number; yes: number; partly: number; no: number; notAnswered: number };
  permissions: { manageQuestions: boolean; recordRound: boolean };
}

const uid = () => Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  t = await buildTestApp();
  const gemeente = await makeOrg(t.db, { type: 'gemeente' });
  manager = await as(gemeente, 'programmeManager');
  otherManager = await as(await makeOrg(t.db, { type: 'gemeente' }), 'programmeManager');
  evaluator = await as(await makeOrg(t.db, { type: 'knowledgeInstitute' }), 'evaluator');
  coach = await as(gemeente, 'jobCoach');
  const programme = await manager.request('POST', '/api/v1/programmes', {
    name: `Procesevaluatie ${uid()}`,
    startsOn: '2025-01-01',
  });
  expect(programme.statusCode, programme.body).toBe(201);
  const initiative = await manager.request(
    'POST',
    `/api/v1/programmes/${programme.json<{ id: string }>().id}/initiatives`,
    {
      name: 'Werkplekken in de zorg',
      status: 'running',
      startsOn: '2025-03-01',
      buildingBlocks: ['workplaces'],
      parties: [{ kind: 'organisation', organisationId: gemeente.id, perspective: 'Werk en inkomen' }],
    },
  );
  expect(initiative.statusCode, initiative.body).toBe(201);
  initiativeId = initiative.json<{ id: string }>().id;
});
afterAll(async () => {
  await t.close();
});

describe('process evaluation', () => {
  let evaluation: Evaluation;

  it('starts empty; the manager adds the standard questions in their language, once', async () => {
    const empty = await manager.request('GET', `/api/v1/initiatives/${initiativeId}/process-evaluation`);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json<Evaluation>()).toMatchObject({
      questions: [],
      rounds: [],
      permissions: { manageQuestions: true, recordRound: true },
    });
    const res = await manager.request('POST', `/api/v1/initiatives/${initiativeId}/process-questions/standard`);
    expect(res.statusCode, res.body).toBe(201);
    const items = res.json<{ items: Evaluation['questions'] }>().items;
    expect(items).toHaveLength(10);
    expect(items[0]).toMatchObject({
      text: 'Krijgen deelnemers steun die hun zelfvertrouwen en weerbaarheid vergroot?',
      kind: 'checklist',
      buildingBlock: 'resilience',
    });
    expect(new Set(items.map((q) => q.buildingBlock)).size).toBe(5);
    expectProblem(await manager.request('POST', `/api/v1/initiatives/${initiativeId}/process-questions/standard`), 409);
  });

  it('adds an own question at the end and archives one; others may read but not change', async () => {
    const own = await manager.request('POST', `/api/v1/initiatives/${initiativeId}/process-questions`, {
      text: '  Hebben de zorgaanbieders een vast aanspreekpunt?  ',
      kind: 'checklist',
      buildingBlock: 'workplaces',
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ text: 'Hebben de zorgaanbieders een vast aanspreekpunt?', position: 11 });
    const list = (
      await manager.request('GET', `/api/v1/initiatives/${initiativeId}/process-evaluation`)
    ).json<Evaluation>();
    const archivedId = list.questions[1]!.id; // the open question on participants' own voice
    const archived = await manager.request('PATCH', `/api/v1/process-questions/${archivedId}`, { archived: true });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json()).toMatchObject({ archived: true });

    const read = await otherManager.request('GET', `/api/v1/initiatives/${initiativeId}/process-evaluation`);
    expect(read.statusCode).toBe(200);
    expect(read.json<Evaluation>().permissions).toEqual({ manageQuestions: false, recordRound: false });
    expectProblem(
      await otherManager.request('POST', `/api/v1/initiatives/${initiativeId}/process-questions`, {
        text: 'x',
        kind: 'open',
      }),
      403,
    );
    expectProblem(
      await otherManager.request('PATCH', `/api/v1/process-questions/${archivedId}`, { archived: false }),
      403,
    );
    // A job coach has no programme access at all.
    expect((await coach.request('GET', `/api/v1/initiatives/${initiativeId}/process-evaluation`)).statusCode).toBe(403);
  });

  it('refuses a round with each broken rule at its own answer', async () => {
    evaluation = (
      await evaluator.request('GET', `/api/v1/initiatives/${initiativeId}/process-evaluation`)
    ).json<Evaluation>();
    expect(evaluation.permissions).toEqual({ manageQuestions: false, recordRound: true });
    const [checklist, , open] = [evaluation.questions[0]!, evaluation.questions[1]!, evaluation.questions[3]!];
    const openQuestion = evaluation.questions.find((q) => q.kind === 'open' && !q.archived)!;
    const archived = evaluation.questions[1]!;
    const res = await evaluator.request('POST', `/api/v1/initiatives/${initiativeId}/process-rounds`, {
      heldOn: '2099-01-01',
      title: 'Tussenevaluatie',
      answers: [
        { questionId: checklist.id },
        { questionId: archived.id, note: 'oud' },
        { questionId: openQuestion.id, status: 'yes' },
        { questionId: checklist.id, status: 'yes' },
        { questionId: open.id, status: 'partly' },
      ],
    });
    expectProblem(res, 400);
    const pointers = res
      .json<{ errors: { location: { pointer: string }; code: string }[] }>()
      .errors.map((e) => `${e.location.pointer} ${e.code}`);
    expect(pointers).toEqual([
      '/heldOn in-future',
      '/answers/0/status status-required',
      '/answers/1/questionId unknown-question',
      '/answers/2/status no-status-for-open',
      '/answers/3/questionId duplicate-question',
    ]);
    const none = await evaluator.request('POST', `/api/v1/initiatives/${initiativeId}/process-rounds`, {
      heldOn: '2026-01-15',
      title: 'Leeg',
      answers: [],
    });
    expect(none.json<{ errors: { location: { pointer: string } }[] }>().errors[0]!.location.pointer).toBe('/answers');
  });

  it('records two rounds; the checklist stands at each item’s newest answer', async () => {
    const checklist = evaluation.questions.filter((q) => q.kind === 'checklist' && !q.archived);
    const openQuestion = evaluation.questions.find((q) => q.kind === 'open' && !q.archived)!;
    expect(checklist).toHaveLength(7);
    const first = await evaluator.request('POST', `/api/v1/initiatives/${initiativeId}/process-rounds`, {
      heldOn: '2026-03-10',
      title: 'Startbijeenkomst',
      participants: 'Projectleider, twee jobcoaches, onderzoeker',
      answers: [
        { questionId: checklist[0]!.id, status: 'no', note: 'Nog geen aanbod.' },
        { questionId: checklist[1]!.id, status: 'partly' },
        { questionId: openQuestion.id, note: 'Te weinig werkgevers in de zorg.' },
      ],
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await manager.request('POST', `/api/v1/initiatives/${initiativeId}/process-rounds`, {
      heldOn: '2026-09-22',
      title: 'Tussenevaluatie',
      answers: [
        { questionId: checklist[0]!.id, status: 'yes', note: 'Training loopt.' },
        { questionId: checklist[2]!.id, status: 'notApplicable' },
      ],
    });
    expect(second.statusCode, second.body).toBe(201);
    const after = second.json<Evaluation>();
    expect(after.rounds.map((r) => r.title)).toEqual(['Tussenevaluatie', 'Startbijeenkomst']);
    expect(after.rounds[1]!.answers).toHaveLength(3);
    // 7 items: item 0 yes (newest round), item 1 partly (first round), item 2 not applicable, 4 never answered.
    expect(after.progress).toEqual({ checklistItems: 7, yes: 1, partly: 1, no: 0, notAnswered: 4 });
  });
});
