/**
 * Instrument applications per placement through the HTTP API: request, grant with an amount in cents,
 * a refusal requested again, every change kept as an event; the granting body from the rule table; access
 * like job episodes (the participant reads, an unrelated coach gets 404); every read audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import { todayInNl } from '../../shared/dates.js';

let t: TestApp;
let coach: Client;
let stranger: Client;
let self: Client;
let participantId: string;
let jobId: string;
let base: string;

interface ApplicationBody {
  id: string;
  status: string;
  grantor: string;
  grantorName: string;
  instrumentName: string;
  decidedOn: string | null;
  amountGrantedCents: number | null;
  events: { fromStatus: string | null; toStatus: string; amountCents: number | null }[];
}

beforeAll(async () => {
  t = await buildTestApp();
  const org = await makeOrg(t.db, { type: 'shelteredWork' });
  const coachUser = await makeUser(t.db, [{ organisationId: org.id, role: 'jobCoach' }]);
  coach = await login(t.app, coachUser.email, PASSWORD);
  const other = await makeUser(t.db, [{ organisationId: (await makeOrg(t.db)).id, role: 'jobCoach' }]);
  stranger = await login(t.app, other.email, PASSWORD);
  const portalUser = await makeUser(t.db, [{ organisationId: org.id, role: 'participant' }]);
  self = await login(t.app, portalUser.email, PASSWORD);
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO participants (organisation_id, user_id, given_name, family_name, date_of_birth, municipality_code)
     VALUES ($1, $2, 'Sanne', $3, '1992-02-02', 'GM0344') RETURNING id`,
    [org.id, portalUser.id, `Test${uid()}`],
  );
  participantId = rows[0]!.id;
  const tr = await t.db.query<{ id: string }>(
    `INSERT INTO trajectories (participant_id, organisation_id, approach_code, phase, referral_date)
     VALUES ($1, $2, 'ips', 'workingWithSupport', '2026-06-01') RETURNING id`,
    [participantId, org.id],
  );
  await t.db.query('INSERT INTO trajectory_assignments (trajectory_id, user_id) VALUES ($1, $2)', [
    tr.rows[0]!.id,
    coachUser.id,
  ]);
  const job = await coach.request('POST', `/api/v1/participants/${participantId}/jobs`, {
    employerName: 'Zorgcentrum De Linde',
    jobTitle: 'Zorghulp',
    startDate: '2026-10-01',
    hoursPerWeek: 24,
    contractType: 'temporary',
    wageForm: 'loonkostensubsidie',
    openToAnyone: true,
  });
  expect(job.statusCode, job.body).toBe(201);
  jobId = job.json<{ id: string }>().id;
  base = `/api/v1/participants/${participantId}/jobs/${jobId}/instrument-applications`;
});
afterAll(async () => {
  await t.close();
});

describe('instrument applications per placement', () => {
  it('records a request with the only possible granting body and keeps it as the first event', async () => {
    const res = await coach.request('POST', base, {
      instrumentCode: 'loonkostensubsidie',
      requestedOn: '2026-10-02',
      amountRequestedCents: 145_000,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<ApplicationBody>()).toMatchObject({
      status: 'requested',
      grantor: 'gemeente',
      grantorName: 'gemeente',
      instrumentName: 'Loonkostensubsidie',
      decidedOn: null,
      events: [{ fromStatus: null, toStatus: 'requested', amountCents: 145_000 }],
    });
  });

  it('asks for the granting body when there are two, and refuses one that does not grant it', async () => {
    const missing = await coach.request('POST', base, { instrumentCode: 'jobcoach', requestedOn: '2026-10-02' });
    expect(expectProblem(missing, 400).errors?.map((e) => e.location.pointer)).toEqual(['/grantor']);
    const wrong = await coach.request('POST', base, {
      instrumentCode: 'loondispensatie',
      grantor: 'gemeente',
      requestedOn: '2026-10-02',
    });
    expect(expectProblem(wrong, 400).errors?.[0]).toMatchObject({
      code: 'not-a-grantor',
      location: { pointer: '/grantor' },
    });
    const future = await coach.request('POST', base, {
      instrumentCode: 'jobcoach',
      grantor: 'uwv',
      requestedOn: '2999-01-01',
    });
    expect(expectProblem(future, 400).errors?.[0]?.location.pointer).toBe('/requestedOn');
  });

  it('grants with an amount and a period; a grant is final', async () => {
    const created = await coach.request('POST', base, {
      instrumentCode: 'jobcoach',
      grantor: 'uwv',
      requestedOn: '2026-10-05',
    });
    const id = created.json<ApplicationBody>().id;
    const granted = await coach.request('POST', `${base}/${id}/status`, {
      status: 'granted',
      occurredOn: '2026-10-20',
      amountCents: 98_050,
      grantedFrom: '2026-11-01',
      grantedUntil: '2027-10-31',
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json<ApplicationBody>()).toMatchObject({
      status: 'granted',
      decidedOn: '2026-10-20',
      amountGrantedCents: 98_050,
      events: [{ toStatus: 'requested' }, { fromStatus: 'requested', toStatus: 'granted', amountCents: 98_050 }],
    });
    const again = await coach.request('POST', `${base}/${id}/status`, { status: 'refused', occurredOn: todayInNl() });
    expect(expectProblem(again, 400).errors?.[0]).toMatchObject({
      code: 'transition-not-allowed',
      location: { pointer: '/status' },
    });
  });

  it('a refusal can be requested again (bezwaar); the history shows every step', async () => {
    const created = await coach.request('POST', base, {
      instrumentCode: 'proefplaatsing',
      grantor: 'gemeente',
      requestedOn: '2026-09-20',
    });
    const id = created.json<ApplicationBody>().id;
    const withAmount = await coach.request('POST', `${base}/${id}/status`, {
      status: 'refused',
      occurredOn: '2026-09-25',
      amountCents: 100,
    });
    expect(expectProblem(withAmount, 400).errors?.[0]?.location.pointer).toBe('/amountCents');
    await coach.request('POST', `${base}/${id}/status`, {
      status: 'refused',
      occurredOn: '2026-09-25',
      note: 'Geen uitkering',
    });
    const reopened = await coach.request('POST', `${base}/${id}/status`, {
      status: 'requested',
      occurredOn: '2026-09-30',
    });
    expect(reopened.json<ApplicationBody>()).toMatchObject({
      status: 'requested',
      decidedOn: null,
      events: [{ toStatus: 'requested' }, { toStatus: 'refused' }, { fromStatus: 'refused', toStatus: 'requested' }],
    });
  });

  it('the participant reads their own applications; a coach without a relationship gets 404; reads are audited', async () => {
    const mine = await self.request('GET', base);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<{ items: ApplicationBody[] }>().items.map((a) => a.status)).toEqual([
      'requested',
      'requested',
      'granted',
    ]);
    expectProblem(await self.request('POST', base, { instrumentCode: 'bbl', requestedOn: '2026-10-01' }), 403);
    expectProblem(await stranger.request('GET', base), 404);
    const { rows } = await t.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_events WHERE participant_id = $1 AND action = 'instrumentApplication.read'`,
      [participantId],
    );
    expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(1);
  });

  it('a job episode of another participant is not found', async () => {
    expectProblem(
      await coach.request('GET', `/api/v1/participants/${participantId}/jobs/${participantId}/instrument-applications`),
      404,
    );
  });
});
