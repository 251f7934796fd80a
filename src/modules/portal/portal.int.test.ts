/**
 * The participant's own account and data: invited by their job coach, they activate the account by the
 * e-mail link, download everything about them, and ask for a correction that an administrator handles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';

let t: TestApp;
let org: { id: string; name: string };
let coach: Client;

beforeAll(async () => {
  t = await buildTestApp();
  org = await makeOrg(t.db, { type: 'ggz' });
  coach = await login(t.app, (await makeUser(t.db, [{ organisationId: org.id, role: 'jobCoach' }])).email, PASSWORD);
});
afterAll(async () => {
  await t.close();
});

async function registerAndActivate(): Promise<{ id: string; me: Client; email: string }> {
  const email = `deelnemer-${uid()}@example.nl`;
  const created = await coach.request('POST', '/api/v1/participants', {
    givenName: 'Noor',
    familyName: `Bakker ${uid()}`,
    dateOfBirth: '1997-04-03',
    email,
    municipalityCode: 'GM0344',
    approachCode: 'ips',
    referralDate: '2026-09-01',
  });
  const id = created.json<{ id: string }>().id;
  const invited = await coach.request('POST', `/api/v1/participants/${id}/invitation`, {});
  expect(invited.statusCode, invited.body).toBe(201);
  expect(invited.json()).toMatchObject({ hasAccount: true });
  const mail = (await t.mails()).find((m) => m.to === email);
  expect(mail?.subject).toBe('Uw eigen account in Meedoen');
  expect(mail?.text).toMatch(/wie uw gegevens mag zien/);
  const token = /#token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
  const accepted = await t.app.inject({
    method: 'POST',
    url: '/api/v1/invitation-acceptances',
    payload: { token, password: 'een lang en sterk wachtwoord' },
  });
  expect(accepted.statusCode, accepted.body).toBeLessThan(300);
  const me = await login(t.app, email, 'een lang en sterk wachtwoord');
  return { id, me, email };
}

describe('participant portal', () => {
  it('the job coach invites the participant, who activates the account by the mail link and sees their own record', async () => {
    const { id, me } = await registerAndActivate();
    const own = await me.request('GET', '/api/v1/me/participant');
    expect(own.json()).toMatchObject({ id, hasAccount: true });
    // A second invitation is refused: the account exists.
    expectProblem(await coach.request('POST', `/api/v1/participants/${id}/invitation`, {}), 409);
  });

  it('without a known e-mail address the coach must give one', async () => {
    const created = await coach.request('POST', '/api/v1/participants', {
      givenName: 'Tim',
      familyName: `Kok ${uid()}`,
      dateOfBirth: '1990-01-01',
      municipalityCode: 'GM0344',
      approachCode: 'ips',
      referralDate: '2026-09-01',
    });
    const id = created.json<{ id: string }>().id;
    const res = await coach.request('POST', `/api/v1/participants/${id}/invitation`, {});
    expect(expectProblem(res, 400).errors?.[0]).toMatchObject({ location: { pointer: '/email' }, code: 'required' });
  });

  it('download my data: everything about me in one file, including who looked; the download itself is logged', async () => {
    const { id, me } = await registerAndActivate();
    await coach.request('POST', `/api/v1/participants/${id}/contacts`, {
      occursAt: '2026-09-03T10:00:00Z',
      kind: 'faceToFace',
      status: 'held',
      note: 'Kennismaking',
    });
    await me.request('PUT', `/api/v1/participants/${id}/wishes`, { kindsOfWork: 'In een bibliotheek' });
    await coach.request('POST', `/api/v1/participants/${id}/plan/goals`, {
      domain: 'work',
      title: 'Ik werk in een bibliotheek',
    });
    const assessed = await me.request('POST', `/api/v1/participants/${id}/capacity/assessments`, {
      assessedOn: '2026-09-10',
      answers: [{ itemId: 'IV.13', levels: [2] }],
    });
    expect(assessed.statusCode, assessed.body).toBe(201);
    const res = await me.request('GET', '/api/v1/me/participant/export');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="mijn-gegevens-meedoen-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const file = res.json<{
      participant: { id: string };
      trajectories: unknown[];
      wishes: { kindsOfWork: string }[];
      contacts: { note: string }[];
      accessLog: { action: string }[];
      plan: { goals: { title: string }[] };
      planHistory: { kind: string }[];
      capacity: { assessments: { kind: string; answers: { itemId: string; levels: number[] }[] }[] };
    }>();
    expect(file.capacity.assessments.map((a) => [a.kind, a.answers])).toEqual([
      ['self', [expect.objectContaining({ itemId: 'IV.13', levels: [2] })]],
    ]);
    expect(file.plan.goals.map((g) => g.title)).toEqual(['Ik werk in een bibliotheek']);
    expect(file.planHistory.map((e) => e.kind)).toContain('goalAdded');
    expect(file.participant).not.toHaveProperty('permissions');
    expect(file.participant.id).toBe(id);
    expect(file.trajectories).toHaveLength(1);
    expect(file.wishes[0]!.kindsOfWork).toBe('In een bibliotheek');
    expect(file.contacts[0]!.note).toBe('Kennismaking');
    expect(file.accessLog.map((e) => e.action)).toEqual(
      expect.arrayContaining(['participant.create', 'contact.manage']),
    );
    const log = await me.request('GET', '/api/v1/me/audit-events?pageSize=200');
    expect(log.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toContain('participant.export');
    // A job coach has no export of someone else's data.
    expectProblem(await coach.request('GET', '/api/v1/me/participant/export'), 403);
  });

  it('a request to correct data is handled by an administrator; a rejection needs an explanation', async () => {
    const { me } = await registerAndActivate();
    const asked = await me.request('POST', '/api/v1/me/data-requests', {
      kind: 'correction',
      message: 'Mijn telefoonnummer klopt niet meer.',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const requestId = asked.json<{ id: string }>().id;
    const admin = await login(
      t.app,
      (await makeUser(t.db, [{ organisationId: org.id, role: 'administrator' }])).email,
      PASSWORD,
    );
    const open = await admin.request('GET', '/api/v1/data-requests?status=open');
    expect(open.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toContain(requestId);
    const noReason = await admin.request('PATCH', `/api/v1/data-requests/${requestId}`, { status: 'rejected' });
    expect(expectProblem(noReason, 400).errors?.[0]).toMatchObject({ location: { pointer: '/response' } });
    const done = await admin.request('PATCH', `/api/v1/data-requests/${requestId}`, {
      status: 'done',
      response: 'Aangepast naar het nieuwe nummer.',
    });
    expect(done.json()).toMatchObject({ status: 'done', response: 'Aangepast naar het nieuwe nummer.' });
    expectProblem(await admin.request('PATCH', `/api/v1/data-requests/${requestId}`, { status: 'done' }), 409);
    const mine = await me.request('GET', '/api/v1/me/data-requests');
    expect(mine.json<{ items: { status: string; handledByName: string }[] }>().items[0]).toMatchObject({
      status: 'done',
    });
    expectProblem(await coach.request('GET', '/api/v1/data-requests'), 403);
  });
});
