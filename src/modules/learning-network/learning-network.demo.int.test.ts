/**
 * The demo learning network: a year of events around the seeding day, a full upcoming event with a
 * waiting list, attendance only in the past, intervision sessions, a learning track for five gemeenten
 * and quality checks — and the public API shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser } from '../../../test/factories.js';
import { seedDemoLearningNetwork } from './learning-network.demo.js';

let t: TestApp;
let networkId: string;
let reviewId: string;
let ggz: string;
const now = new Date();

beforeAll(async () => {
  t = await buildTestApp();
  const org = async (type: string) => (await makeOrg(t.db, { type })).id;
  const organisations = {
    knowledge: await org('knowledgeInstitute'),
    gemeente: await org('gemeente'),
    ggz: await org('ggz'),
    sw: await org('shelteredWork'),
  };
  const coordinator = (await makeUser(t.db, [{ organisationId: organisations.knowledge, role: 'knowledgeEditor' }])).id;
  const professionals: string[] = [];
  for (let i = 0; i < 7; i++) {
    professionals.push((await makeUser(t.db, [{ organisationId: organisations.gemeente, role: 'consultant' }])).id);
  }
  const manager = (await makeUser(t.db, [{ organisationId: organisations.gemeente, role: 'programmeManager' }])).id;
  const resident = (await makeUser(t.db, [{ organisationId: organisations.gemeente, role: 'participant' }])).id;
  // A fidelity review of the GGZ team, as the monitoring demo records before this one runs: 25 scores of 4.
  const review = await t.db.query<{ id: string }>(
    `INSERT INTO fidelity_reviews (organisation_id, team_name, reviewed_on, reviewers)
     VALUES ($1, 'IPS-team De Linde', '2026-03-10', ARRAY['Beoordelaar']) RETURNING id`,
    [organisations.ggz],
  );
  reviewId = review.rows[0]!.id;
  await t.db.query(
    `INSERT INTO fidelity_review_scores (review_id, item_key, score)
     SELECT $1, 'item' || chr(97 + i), 4 FROM generate_series(0, 24) AS i`,
    [reviewId],
  );
  ggz = organisations.ggz;
  networkId = await t.db.tx((tx) =>
    seedDemoLearningNetwork(tx, {
      organisations,
      coordinator,
      professionals,
      policyMakers: [manager],
      residents: [resident],
      recordedBy: manager,
      now,
    }),
  );
});
afterAll(async () => {
  await t.close();
});

describe('demo learning network', () => {
  it('has a year of events: about half behind us with attendance, half ahead', async () => {
    const { rows } = await t.db.query<{
      past: number;
      future: number;
      first: Date;
      last: Date;
      attendedFuture: number;
    }>(
      `SELECT count(*) FILTER (WHERE e.starts_at < $2)::int AS past, count(*) FILTER (WHERE e.starts_at >= $2)::int AS future,
              min(e.starts_at) AS first, max(e.starts_at) AS last,
              (SELECT count(*)::int FROM learning_event_registrations r JOIN learning_events x ON x.id = r.event_id
                WHERE x.network_id = $1 AND x.starts_at >= $2 AND r.attended IS NOT NULL) AS "attendedFuture"
         FROM learning_events e WHERE e.network_id = $1`,
      [networkId, now],
    );
    const r = rows[0]!;
    expect(r.past).toBeGreaterThanOrEqual(12);
    expect(r.future).toBeGreaterThanOrEqual(12);
    const spanDays = (r.last.getTime() - r.first.getTime()) / 86_400_000;
    expect(spanDays).toBeGreaterThan(300);
    expect(spanDays).toBeLessThan(400);
    expect(r.attendedFuture).toBe(0);
  });

  it('one upcoming event is full with a waiting list; the public list shows the network’s events', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/learning-events?networkId=${networkId}&pageSize=200`,
    });
    const items = res.json<{
      items: { placesLeft: number; waitlistCount: number; intervisionGroupId: string | null }[];
    }>().items;
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.filter((e) => e.placesLeft === 0 && e.waitlistCount > 0)).toHaveLength(1);
    // Intervision sessions are not public.
    expect(items.every((e) => e.intervisionGroupId === null)).toBe(true);
  });

  it('has a learning track for five gemeenten with progress, and quality checks', async () => {
    const { rows } = await t.db.query<{ gemeenten: number; modules: number; progress: number }>(
      `SELECT (SELECT count(*)::int FROM learning_track_participants p WHERE p.track_id = t.id) AS gemeenten,
              (SELECT count(*)::int FROM learning_track_modules m WHERE m.track_id = t.id) AS modules,
              (SELECT count(*)::int FROM learning_track_progress p JOIN learning_track_assignments a ON a.id = p.assignment_id
                 JOIN learning_track_modules m ON m.id = a.module_id WHERE m.track_id = t.id) AS progress
         FROM learning_tracks t WHERE t.network_id = $1`,
      [networkId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ gemeenten: 5, modules: 4 });
    expect(rows[0]!.progress).toBeGreaterThan(0);
  });

  it('records the GGZ team’s fidelity review as a quality check linked to it, and plans the next one', async () => {
    const { rows } = await t.db.query<{
      teamName: string;
      performedOn: string | null;
      score: string | null;
      maxScore: string | null;
      fidelityReviewId: string | null;
    }>(
      `SELECT team_name AS "teamName", performed_on AS "performedOn", score, max_score AS "maxScore",
              fidelity_review_id AS "fidelityReviewId"
         FROM learning_quality_checks WHERE organisation_id = $1 AND kind = 'fidelityReview' ORDER BY planned_on`,
      [ggz],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      teamName: 'IPS-team De Linde',
      performedOn: '2026-03-10',
      fidelityReviewId: reviewId,
    });
    expect([Number(rows[0]!.score), Number(rows[0]!.maxScore)]).toEqual([100, 125]);
    expect(rows[1]).toMatchObject({ teamName: 'IPS-team De Linde', performedOn: null, fidelityReviewId: null });
  });
});
