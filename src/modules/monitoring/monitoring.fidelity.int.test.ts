/**
 * IPS fidelity reviews through the HTTP API: an evaluator records two reviews of a team a year apart; every
 * bad score comes back as a field error at /scores/<item>; total, band and the change per item are the
 * library's; the team and programme managers follow up the action points; other teams see nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { FIDELITY_ITEMS } from './fidelity/fidelity-scale.js';

let t: TestApp;
let team: { id: string };
let evaluator: Client;
let teamCoach: Client;
let teamManager: Client;
let otherCoach: Client;

async function as(org: { id: string }, role: RoleName) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

const allScores = (score: number, overrides: Record<string, unknown> = {}) => ({
  ...Object.fromEntries(FIDELITY_ITEMS.map((i) => [i.key, score])),
  ...overrides,
});

interface ReviewBody {
  id: string;
  total: number;
  band: string;
  bandName: string;
  totalChange: number | null;
  previousReviewId: string | null;
  sections: { section: string; total: number }[];
  profile: { key: string; score: number; note: string | null; change: number | null }[];
  weakest: string[];
  actionPoints: { id: string; status: string; itemKey: string | null }[];
  openActionPoints: number;
  permissions: { manageActionPoints: boolean };
}

beforeAll(async () => {
  t = await buildTestApp();
  team = await makeOrg(t.db, { type: 'ggz' });
  evaluator = await as(await makeOrg(t.db, { type: 'knowledgeInstitute' }), 'evaluator');
  teamCoach = await as(team, 'jobCoach');
  teamManager = await as(team, 'programmeManager');
  otherCoach = await as(await makeOrg(t.db, { type: 'ggz' }), 'jobCoach');
});
afterAll(async () => {
  await t.close();
});

describe('IPS fidelity reviews', () => {
  let first: ReviewBody;

  it('serves the 25 items and the four bands', async () => {
    const res = await evaluator.request('GET', '/api/v1/fidelity-items');
    const body = res.json<{
      items: { key: string; name: string }[];
      bands: { band: string; min: number; max: number }[];
    }>();
    expect(body.items).toHaveLength(25);
    expect(body.items[0]).toMatchObject({ key: 'caseloadSize', name: 'Omvang van de caseload' });
    expect(body.bands.map((b) => [b.band, b.min, b.max])).toEqual([
      ['exemplary', 115, 125],
      ['good', 100, 114],
      ['fair', 74, 99],
      ['notIps', 25, 73],
    ]);
  });

  it('reports every missing, invalid and unknown score at once with a pointer /scores/<item>', async () => {
    const scores: Record<string, unknown> = allScores(3, { caseloadSize: 6, vocationalGeneralists: 2.5, madeUp: 3 });
    delete scores.disclosure;
    const res = await evaluator.request(
      'POST',
      '/api/v1/fidelity-reviews',
      {
        organisationId: team.id,
        reviewedOn: '2099-01-01',
        reviewers: ['A. Reviewer'],
        scores,
        notes: { nothing: 'x' },
      },
      { 'accept-language': 'nl' },
    );
    const body = expectProblem(res, 400, 'invalid-input');
    expect(body.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/reviewedOn', 'date-in-future'],
      ['/scores/madeUp', 'fidelity.item-unknown'],
      ['/scores/caseloadSize', 'fidelity.score-invalid'],
      ['/scores/vocationalGeneralists', 'fidelity.score-invalid'],
      ['/scores/disclosure', 'fidelity.score-missing'],
      ['/notes/nothing', 'fidelity.item-unknown'],
    ]);
    expect(body.errors?.find((e) => e.location.pointer === '/scores/caseloadSize')!.detail).toBe(
      'Een score is een heel getal van 1 tot en met 5.',
    );
    const en = await evaluator.request('POST', '/api/v1/fidelity-reviews', {}, { 'accept-language': 'en' });
    expectProblem(en, 400);
  });

  it('records a review: total and band from the scores, notes per item, the weakest items first', async () => {
    const res = await evaluator.request('POST', '/api/v1/fidelity-reviews', {
      organisationId: team.id,
      teamName: 'IPS-team Noord',
      reviewedOn: '2025-11-10',
      reviewers: ['Phrenos-beoordelaar', 'IPS-docent'],
      summary: 'Eerste meting na de start.',
      // 23 items 4, caseload 2, rapid job search 1: 92 + 2 + 1 = 95 → fair.
      scores: allScores(4, { caseloadSize: 2, rapidJobSearch: 1 }),
      notes: { caseloadSize: '32 cliënten per specialist.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    first = res.json<ReviewBody>();
    expect(first).toMatchObject({ total: 95, band: 'fair', bandName: 'Redelijke modelgetrouwheid', totalChange: null });
    expect(first.weakest).toEqual(['rapidJobSearch', 'caseloadSize']);
    expect(first.sections.map((s) => [s.section, s.total])).toEqual([
      ['staffing', 10],
      ['organization', 32],
      ['services', 53],
    ]);
    expect(first.profile[0]).toMatchObject({
      key: 'caseloadSize',
      score: 2,
      note: '32 cliënten per specialist.',
      change: null,
    });
    expect(first.permissions.manageActionPoints).toBe(true);
  });

  it('a year later: the change per item and in total against the previous review; the history per team', async () => {
    const res = await evaluator.request('POST', '/api/v1/fidelity-reviews', {
      organisationId: team.id,
      teamName: 'IPS-team Noord',
      reviewedOn: '2026-11-09',
      reviewers: ['Phrenos-beoordelaar'],
      scores: allScores(4, { caseloadSize: 5, rapidJobSearch: 4, zeroExclusion: 5 }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const second = res.json<ReviewBody>();
    expect(second).toMatchObject({ total: 102, band: 'good', totalChange: 7, previousReviewId: first.id });
    expect(second.profile.find((p) => p.key === 'caseloadSize')!.change).toBe(3);
    expect(second.profile.find((p) => p.key === 'rapidJobSearch')!.change).toBe(3);
    expect(second.profile.find((p) => p.key === 'disclosure')!.change).toBe(0);

    const history = await teamCoach.request('GET', `/api/v1/fidelity-reviews?organisationId=${team.id}`);
    expect(history.statusCode).toBe(200);
    expect(
      history
        .json<{ items: { reviewedOn: string; total: number; totalChange: number | null }[] }>()
        .items.map((r) => [r.reviewedOn, r.total, r.totalChange]),
    ).toEqual([
      ['2025-11-10', 95, null],
      ['2026-11-09', 102, 7],
    ]);
  });

  it('action points: the team’s programme manager adds and completes them; a date is needed when done', async () => {
    const add = await teamManager.request('POST', `/api/v1/fidelity-reviews/${first.id}/action-points`, {
      itemKey: 'rapidJobSearch',
      description: 'Binnen 30 dagen na aanmelding het eerste werkgeverscontact.',
      owner: 'Teamleider',
      dueOn: '2026-03-01',
    });
    expect(add.statusCode, add.body).toBe(201);
    const point = add.json<ReviewBody>().actionPoints[0]!;
    expect(point).toMatchObject({ itemKey: 'rapidJobSearch', status: 'open' });
    expectProblem(
      await teamManager.request('POST', `/api/v1/fidelity-reviews/${first.id}/action-points`, {
        itemKey: 'madeUp',
        description: 'x',
      }),
      400,
    );
    const noDate = await teamManager.request('PATCH', `/api/v1/fidelity-action-points/${point.id}`, { status: 'done' });
    expect(expectProblem(noDate, 400).errors?.map((e) => e.location.pointer)).toEqual(['/doneOn']);
    const done = await teamManager.request('PATCH', `/api/v1/fidelity-action-points/${point.id}`, {
      status: 'done',
      doneOn: '2026-02-20',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<ReviewBody>()).toMatchObject({ openActionPoints: 0, actionPoints: [{ status: 'done' }] });
  });

  it('the team sees its own reviews; another team gets 404; only evaluators record reviews', async () => {
    expect((await teamCoach.request('GET', `/api/v1/fidelity-reviews/${first.id}`)).statusCode).toBe(200);
    expectProblem(await otherCoach.request('GET', `/api/v1/fidelity-reviews/${first.id}`), 404);
    const list = await otherCoach.request('GET', '/api/v1/fidelity-reviews');
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
    expectProblem(
      await teamCoach.request('POST', `/api/v1/fidelity-reviews/${first.id}/action-points`, { description: 'x' }),
      403,
    );
    expectProblem(await teamManager.request('POST', '/api/v1/fidelity-reviews', {}), 403);
  });
});
