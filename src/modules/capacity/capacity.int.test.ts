/**
 * The capacity profile (FML): the participant's own view and a professional assessment side by side,
 * every answer checked against the FML catalogue, and health data visible only by assignment in the
 * assessing organisation or by consent for capacity & health.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';

let t: TestApp;
let ggz: { id: string };
let gemeente: { id: string };

async function as(org: { id: string }, role: 'jobCoach' | 'consultant' | 'participant') {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return { client: await login(t.app, user.email, PASSWORD), user };
}

interface Profile {
  assessments: {
    kind: string;
    source: string;
    notes?: string | null;
    answers: { itemId: string; levels: number[] }[];
  }[];
  comparison: { itemId: string; self: number[] | null; professional: number[] | null; differs: boolean }[];
}

beforeAll(async () => {
  t = await buildTestApp();
  ggz = await makeOrg(t.db, { type: 'ggz' });
  gemeente = await makeOrg(t.db, { type: 'gemeente' });
});
afterAll(async () => {
  await t.close();
});

describe('capacity profile (FML)', () => {
  it('serves the catalogue: six sections, 64 items, in the caller’s language', async () => {
    const { client } = await as(ggz, 'jobCoach');
    const res = await client.request('GET', '/api/v1/fml-sections', undefined, { 'accept-language': 'en' });
    const body = res.json<{ sections: { id: string; items: { id: string }[] }[] }>();
    expect(body.sections.map((s) => s.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(body.sections.flatMap((s) => s.items)).toHaveLength(64);
  });

  it('self-assessment and professional assessment side by side; consent opens it to another organisation', async () => {
    const coach = (await as(ggz, 'jobCoach')).client;
    const created = await coach.request('POST', '/api/v1/participants', {
      givenName: 'Joost',
      familyName: `Prins ${uid()}`,
      dateOfBirth: '1985-05-05',
      municipalityCode: 'GM0344',
      approachCode: 'ips',
      referralDate: '2026-09-01',
    });
    const id = created.json<{ id: string }>().id;
    const participant = await makeUser(t.db, [{ organisationId: ggz.id, role: 'participant' }]);
    await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [participant.id, id]);
    const me = await login(t.app, participant.email, PASSWORD);

    const mine = await me.request('POST', `/api/v1/participants/${id}/capacity/assessments`, {
      assessedOn: '2026-09-10',
      answers: [
        { itemId: 'IV.13', levels: [2] },
        { itemId: 'VI.3', levels: [3] },
      ],
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json<Profile>().assessments[0]).toMatchObject({ kind: 'self', source: 'meedoen' });

    const theirs = await coach.request('POST', `/api/v1/participants/${id}/capacity/assessments`, {
      assessedOn: '2026-09-15',
      source: 'uwvFml',
      assessor: 'Verzekeringsarts UWV',
      notes: 'Rugklachten; tillen tot ongeveer 10 kilo.',
      answers: [
        { itemId: 'IV.13', levels: [1] },
        { itemId: 'VI.3', levels: [3] },
      ],
    });
    expect(theirs.statusCode, theirs.body).toBe(201);
    const profile = theirs.json<Profile>();
    expect(profile.comparison).toEqual([
      { itemId: 'IV.13', self: [2], professional: [1], differs: true },
      { itemId: 'VI.3', self: [3], professional: [3], differs: false },
    ]);

    // A consultant of the gemeente: nothing without consent; with consent for capacity & health, both assessments.
    const consultant = (await as(gemeente, 'consultant')).client;
    expectProblem(await consultant.request('GET', `/api/v1/participants/${id}/capacity`), 404);
    await me.request('POST', `/api/v1/participants/${id}/consents`, {
      organisationId: gemeente.id,
      categories: ['identity', 'capacityHealth'],
      purpose: 'incomeSupport',
    });
    const seen = await consultant.request('GET', `/api/v1/participants/${id}/capacity`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<Profile>().assessments.map((a) => a.kind)).toEqual(['professional', 'self']);
    expect(seen.json<Profile>().assessments[0]!.notes).toMatch(/Rugklachten/);

    // A job coach assigned at a third organisation (no consent there) sees the participant's own
    // assessment, not the GGZ's assessment with its health notes.
    const sw = await makeOrg(t.db, { type: 'shelteredWork' });
    const swCoach = await as(sw, 'jobCoach');
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO trajectories (participant_id, organisation_id, approach_code, referral_date) VALUES ($1, $2, 'jobCoaching', '2026-09-20') RETURNING id`,
      [id, sw.id],
    );
    await t.db.query('INSERT INTO trajectory_assignments (trajectory_id, user_id) VALUES ($1, $2)', [
      rows[0]!.id,
      swCoach.user.id,
    ]);
    const partial = await swCoach.client.request('GET', `/api/v1/participants/${id}/capacity`);
    expect(partial.json<Profile>().assessments.map((a) => a.kind)).toEqual(['self']);
  });

  it('checks every answer against the catalogue and reports them all at once', async () => {
    const coach = (await as(ggz, 'jobCoach')).client;
    const created = await coach.request('POST', '/api/v1/participants', {
      givenName: 'Vera',
      familyName: `Blom ${uid()}`,
      dateOfBirth: '1990-05-05',
      municipalityCode: 'GM0344',
      approachCode: 'ips',
      referralDate: '2026-09-01',
    });
    const id = created.json<{ id: string }>().id;
    const res = await coach.request('POST', `/api/v1/participants/${id}/capacity/assessments`, {
      assessedOn: '2026-09-15',
      answers: [
        { itemId: 'IV.99', levels: [1] },
        { itemId: 'IV.13', levels: [9] },
        { itemId: 'II.1', levels: [1] },
        { itemId: 'IV.13', levels: [1] },
      ],
    });
    const body = expectProblem(res, 400, 'invalid-input');
    expect(body.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/answers/0/itemId', 'unknown-item'],
      ['/answers/1/levels', 'unknown-level'],
      ['/answers/2/qualifier', 'qualifier-required'],
      ['/answers/3/itemId', 'duplicate-item'],
    ]);
  });
});
