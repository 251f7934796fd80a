/**
 * Participants, trajectories and consent through the HTTP API: who sees which participant, what the
 * BSN looks like to whom, consent opening and closing access on the next request, phase events and
 * the participant's own view of who looked at their data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import type { Actor } from '../../platform/access/types.js';
import { listScope } from '../../platform/access/policy.js';
import { findCaseload } from './participants.data.js';

let t: TestApp;
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
let coachA: Client;

async function as(org: { id: string }, role: RoleName): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

/** A valid BSN that no other test uses: eight random digits and the check digit (redrawn when it would be 10). */
function freshBsn(): string {
  for (;;) {
    const first8 = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    const check = first8.reduce((s, d, i) => s + (9 - i) * d, 0) % 11;
    if (check < 10 && first8.some((d) => d > 0)) {
      return [...first8, check].join('');
    }
  }
}

function newParticipant(overrides: Record<string, unknown> = {}) {
  return {
    givenName: 'Fatima',
    familyName: `El Amrani ${uid()}`,
    dateOfBirth: '1994-03-12',
    email: 'fatima@example.nl',
    phone: '06 12345678',
    municipalityCode: 'GM0344', // Utrecht, arbeidsmarktregio Midden-Utrecht
    targetGroups: ['psychologicalVulnerability', 'benefitRecipient'],
    benefitSituation: 'participatiewet',
    doelgroepregister: true,
    approachCode: 'ips',
    referralDate: '2026-10-01',
    ...overrides,
  };
}

async function register(coach: Client, overrides: Record<string, unknown> = {}) {
  const res = await coach.request('POST', '/api/v1/participants', newParticipant(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; hasBsn: boolean; bsn?: string; regionName: string }>();
}

beforeAll(async () => {
  t = await buildTestApp();
  orgA = await makeOrg(t.db, { name: `IPS-team ${uid()}`, type: 'ggz' });
  orgB = await makeOrg(t.db, { name: `Gemeente ${uid()}`, type: 'gemeente' });
  coachA = await as(orgA, 'jobCoach');
});
afterAll(async () => {
  await t.close();
});

describe('registering a participant', () => {
  it('a job coach registers a participant with a first IPS trajectory and becomes its lead', async () => {
    const p = await register(coachA, { bsn: freshBsn() });
    expect(p).toMatchObject({ hasBsn: true, regionName: 'Midden-Utrecht', municipalityName: 'Utrecht' });
    // A job coach may enter a BSN but not read it back.
    expect(p).not.toHaveProperty('bsn');
    const trajectories = await coachA.request('GET', `/api/v1/participants/${p.id}/trajectories`);
    expect(trajectories.statusCode, trajectories.body).toBe(200);
    const [trajectory] = trajectories.json<{ items: Record<string, unknown>[] }>().items;
    expect(trajectory).toMatchObject({
      approachCode: 'ips',
      phase: 'referral',
      referralDate: '2026-10-01',
      organisationId: orgA.id,
      phaseEvents: [{ fromPhase: null, toPhase: 'referral', occurredOn: '2026-10-01' }],
      assignments: [{ userId: coachA.userId, isLead: true }],
    });
    const caseload = await coachA.request('GET', '/api/v1/participants?mine=true&pageSize=200');
    const item = caseload
      .json<{ items: { id: string; assignedToMe: boolean; trajectory: { phase: string } }[] }>()
      .items.find((i) => i.id === p.id);
    expect(item).toMatchObject({ assignedToMe: true, trajectory: { phase: 'referral', approachCode: 'ips' } });
  });

  it('reports every wrong field at once: BSN, gemeente, age, referral date and approach', async () => {
    const res = await coachA.request(
      'POST',
      '/api/v1/participants',
      newParticipant({
        bsn: '123456789',
        municipalityCode: 'GM9999',
        dateOfBirth: '2020-01-01',
        referralDate: '2099-01-01',
        approachCode: 'astrology',
      }),
    );
    const body = expectProblem(res, 400, 'invalid-input');
    expect(body.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/dateOfBirth', 'too-young'],
      ['/municipalityCode', 'municipality-unknown'],
      ['/bsn', 'bsn-invalid'],
      ['/approachCode', 'approach-unknown'],
      ['/referralDate', 'date-in-future'],
    ]);
    expect(body.errors?.find((e) => e.code === 'bsn-invalid')?.detail).toMatch(/geen geldig BSN/);
  });

  it('refuses the same BSN twice within one organisation', async () => {
    const bsn = freshBsn();
    await register(coachA, { bsn });
    const res = await coachA.request(
      'POST',
      '/api/v1/participants',
      newParticipant({ bsn: bsn.replace(/(\d{4})/, '$1.') }),
    );
    expect(expectProblem(res, 400).errors?.[0]).toMatchObject({ location: { pointer: '/bsn' }, code: 'bsn-taken' });
  });

  it('a role without participant access gets 403; another organisation’s job coach gets 404, not 403', async () => {
    const p = await register(coachA);
    const employer = await as(orgA, 'employer');
    expectProblem(await employer.request('GET', '/api/v1/participants'), 403);
    expectProblem(await employer.request('GET', `/api/v1/participants/${p.id}`), 403);
    const otherCoach = await as(orgB, 'jobCoach');
    expectProblem(await otherCoach.request('GET', `/api/v1/participants/${p.id}`), 404);
    expectProblem(await otherCoach.request('PATCH', `/api/v1/participants/${p.id}`, { phone: '0612345678' }), 404);
    expectProblem(await otherCoach.request('GET', `/api/v1/participants/${p.id}/trajectories`), 404);
    const list = await otherCoach.request('GET', '/api/v1/participants?pageSize=200');
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(p.id);
    // A colleague in the same organisation who is not assigned does not see the participant either.
    const colleague = await as(orgA, 'jobCoach');
    expectProblem(await colleague.request('GET', `/api/v1/participants/${p.id}`), 404);
  });
});

describe('consent', () => {
  it('a consultant of another organisation: 404 before consent, exactly the consented categories after, 404 again after withdrawal', async () => {
    const p = await register(coachA);
    const consultant = await as(orgB, 'consultant');
    expectProblem(await consultant.request('GET', `/api/v1/participants/${p.id}`), 404);

    // The job coach records consent given on paper: identity only, for integrated planning.
    const given = await coachA.request('POST', `/api/v1/participants/${p.id}/consents`, {
      organisationId: orgB.id,
      categories: ['identity'],
      purpose: 'integratedPlan',
      method: 'paper',
    });
    expect(given.statusCode, given.body).toBe(201);
    const [consent] = given.json<{ items: { id: string; active: boolean; method: string }[] }>().items;
    expect(consent).toMatchObject({ active: true, method: 'paper' });

    // Next request: the identity is visible, the plan (trajectories) is not.
    const seen = await consultant.request('GET', `/api/v1/participants/${p.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ id: p.id, givenName: 'Fatima' });
    // The answer says what this consultant may do: read the identity, nothing else.
    expect(seen.json()).toMatchObject({
      permissions: { update: false, readTrajectories: false, readPlan: false, manageConsents: false, invite: false },
    });
    expect((await coachA.request('GET', `/api/v1/participants/${p.id}`)).json()).toMatchObject({
      permissions: { update: true, readTrajectories: true, managePlan: true, manageConsents: true, invite: true },
    });
    expectProblem(await consultant.request('GET', `/api/v1/participants/${p.id}/trajectories`), 404);
    const caseload = await consultant.request('GET', '/api/v1/participants?pageSize=200');
    const row = caseload
      .json<{ items: { id: string; trajectory: unknown; assignedToMe: boolean }[] }>()
      .items.find((i) => i.id === p.id);
    expect(row).toMatchObject({ trajectory: null, assignedToMe: false });
    // Consent does not let them change anything.
    expectProblem(await consultant.request('PATCH', `/api/v1/participants/${p.id}`, { phone: '0612345678' }), 403);

    // Withdrawn: closed on the next request, history kept.
    const withdrawn = await coachA.request('DELETE', `/api/v1/participants/${p.id}/consents/${consent!.id}`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ active: false });
    expect(withdrawn.json<{ withdrawnAt: string | null }>().withdrawnAt).not.toBeNull();
    expectProblem(await consultant.request('GET', `/api/v1/participants/${p.id}`), 404);
    const history = await coachA.request('GET', `/api/v1/participants/${p.id}/consents`);
    expect(history.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([consent!.id]);
    expectProblem(await coachA.request('DELETE', `/api/v1/participants/${p.id}/consents/${consent!.id}`), 409);
  });

  it('plan consent shows the trajectories; a professional must say how consent was given; a duplicate is refused', async () => {
    const p = await register(coachA);
    const consultant = await as(orgB, 'consultant');
    const missingMethod = await coachA.request('POST', `/api/v1/participants/${p.id}/consents`, {
      organisationId: orgB.id,
      categories: ['identity', 'plan'],
      purpose: 'integratedPlan',
    });
    expect(expectProblem(missingMethod, 400).errors?.[0]).toMatchObject({ location: { pointer: '/method' } });
    const ok = await coachA.request('POST', `/api/v1/participants/${p.id}/consents`, {
      organisationId: orgB.id,
      categories: ['identity', 'plan'],
      purpose: 'integratedPlan',
      method: 'verbal',
    });
    expect(ok.json<{ items: unknown[] }>().items).toHaveLength(2);
    const trajectories = await consultant.request('GET', `/api/v1/participants/${p.id}/trajectories`);
    expect(trajectories.statusCode, trajectories.body).toBe(200);
    expect(trajectories.json<{ items: unknown[] }>().items).toHaveLength(1);
    const duplicate = await coachA.request('POST', `/api/v1/participants/${p.id}/consents`, {
      organisationId: orgB.id,
      categories: ['plan'],
      purpose: 'integratedPlan',
      method: 'paper',
    });
    expect(expectProblem(duplicate, 400).errors?.[0]).toMatchObject({
      location: { pointer: '/categories/0' },
      code: 'already-given',
    });
  });
});

describe('BSN and the participant’s own view', () => {
  it('only an assigned consultant and the participant see the BSN; the participant sees every read in their log', async () => {
    const bsn = freshBsn();
    const p = await register(coachA, { bsn });
    // A consultant of the same organisation is assigned by the coach.
    const consultantUser = await makeUser(t.db, [{ organisationId: orgA.id, role: 'consultant' }]);
    const consultant = await login(t.app, consultantUser.email, PASSWORD);
    const [trajectory] = (await coachA.request('GET', `/api/v1/participants/${p.id}/trajectories`)).json<{
      items: { id: string }[];
    }>().items;
    const assigned = await coachA.request('POST', `/api/v1/trajectories/${trajectory!.id}/assignments`, {
      userId: consultantUser.id,
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const seen = await consultant.request('GET', `/api/v1/participants/${p.id}`);
    expect(seen.json()).toMatchObject({ hasBsn: true, bsn });
    // Stored encrypted: the database holds neither the number nor anything containing it.
    const { rows } = await t.db.query<{ bsn_encrypted: string }>(
      'SELECT bsn_encrypted FROM participants WHERE id = $1',
      [p.id],
    );
    expect(rows[0]!.bsn_encrypted).toMatch(/^v1\./);
    expect(rows[0]!.bsn_encrypted).not.toContain(bsn);

    // The participant gets an account linked to their record and looks at their own data.
    const participantUser = await makeUser(t.db, [{ organisationId: orgA.id, role: 'participant' }]);
    await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [participantUser.id, p.id]);
    const me = await login(t.app, participantUser.email, PASSWORD);
    const own = await me.request('GET', '/api/v1/me/participant');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ id: p.id, bsn, hasAccount: true });
    const log = await me.request('GET', '/api/v1/me/audit-events?pageSize=100');
    expect(log.statusCode, log.body).toBe(200);
    const entries = log.json<{
      items: { action: string; actorName: string | null; organisationName: string | null }[];
    }>().items;
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'participant.readBsn', actorName: consultantUser.name }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'participant.create', organisationName: orgA.name }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'participant.read', actorName: consultantUser.name }),
    );
    // Another participant cannot read this one.
    const stranger = await as(orgA, 'participant');
    expectProblem(await stranger.request('GET', `/api/v1/participants/${p.id}`), 404);
    expectProblem(await stranger.request('GET', '/api/v1/me/participant'), 404);
  });

  it('the participant records and withdraws consent in the portal themself', async () => {
    const p = await register(coachA);
    const participantUser = await makeUser(t.db, [{ organisationId: orgA.id, role: 'participant' }]);
    await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [participantUser.id, p.id]);
    const me = await login(t.app, participantUser.email, PASSWORD);
    const res = await me.request('POST', `/api/v1/participants/${p.id}/consents`, {
      organisationId: orgB.id,
      categories: ['wishes'],
      purpose: 'matching',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ items: { method: string }[] }>().items[0]).toMatchObject({ method: 'portal' });
  });
});

describe('trajectory phases', () => {
  it('phase changes are kept as events; closing needs a reason; a closed trajectory stays closed', async () => {
    const p = await register(coachA);
    const [trajectory] = (await coachA.request('GET', `/api/v1/participants/${p.id}/trajectories`)).json<{
      items: { id: string }[];
    }>().items;
    const url = `/api/v1/trajectories/${trajectory!.id}/phase-changes`;
    const intake = await coachA.request('POST', url, { toPhase: 'intake', occurredOn: '2026-10-05' });
    expect(intake.statusCode, intake.body).toBe(201);
    const same = await coachA.request('POST', url, { toPhase: 'intake', occurredOn: '2026-10-06' });
    expect(expectProblem(same, 400).errors?.[0]).toMatchObject({ code: 'same-phase' });
    const earlier = await coachA.request('POST', url, { toPhase: 'jobSearch', occurredOn: '2026-10-02' });
    expect(expectProblem(earlier, 400).errors?.[0]).toMatchObject({ code: 'before-last-change' });
    await coachA.request('POST', url, {
      toPhase: 'jobSearch',
      occurredOn: '2026-10-06',
      reason: 'Wil snel aan de slag',
    });
    const noReason = await coachA.request('POST', url, { toPhase: 'closed', occurredOn: '2026-11-01' });
    expect(expectProblem(noReason, 400).errors?.[0]).toMatchObject({ location: { pointer: '/closedReason' } });
    const closed = await coachA.request('POST', url, {
      toPhase: 'closed',
      occurredOn: '2026-11-01',
      closedReason: 'noLongerWantsSupport',
    });
    expect(closed.statusCode, closed.body).toBe(201);
    expect(closed.json()).toMatchObject({
      phase: 'closed',
      closedOn: '2026-11-01',
      closedReason: 'noLongerWantsSupport',
      phaseEvents: [
        { toPhase: 'referral' },
        { fromPhase: 'referral', toPhase: 'intake' },
        { fromPhase: 'intake', toPhase: 'jobSearch', reason: 'Wil snel aan de slag' },
        { fromPhase: 'jobSearch', toPhase: 'closed' },
      ],
    });
    expectProblem(await coachA.request('POST', url, { toPhase: 'jobSearch', occurredOn: '2026-11-02' }), 409);
    // Closed trajectories leave the caseload unless asked for.
    const caseload = await coachA.request('GET', '/api/v1/participants?pageSize=200');
    expect(caseload.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(p.id);
    const withClosed = await coachA.request('GET', '/api/v1/participants?pageSize=200&phase=closed');
    expect(withClosed.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(p.id);
    // A new trajectory starts afresh.
    const next = await coachA.request('POST', `/api/v1/participants/${p.id}/trajectories`, {
      approachCode: 'jobCoaching',
      referralDate: '2026-11-20',
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ phase: 'referral', organisationId: orgA.id });
  });

  it('the last professional cannot be removed from a trajectory; a non-colleague cannot be assigned', async () => {
    const p = await register(coachA);
    const [trajectory] = (await coachA.request('GET', `/api/v1/participants/${p.id}/trajectories`)).json<{
      items: { id: string; assignments: { id: string }[] }[];
    }>().items;
    expectProblem(
      await coachA.request(
        'DELETE',
        `/api/v1/trajectories/${trajectory!.id}/assignments/${trajectory!.assignments[0]!.id}`,
      ),
      409,
    );
    const outsider = await makeUser(t.db, [{ organisationId: orgB.id, role: 'jobCoach' }]);
    const res = await coachA.request('POST', `/api/v1/trajectories/${trajectory!.id}/assignments`, {
      userId: outsider.id,
    });
    expect(expectProblem(res, 400).errors?.[0]).toMatchObject({ code: 'not-a-colleague' });
  });
});

describe('caseload', () => {
  it('sorts by surname as a Dutch phone book does: the tussenvoegsel does not count', async () => {
    const coach = await as(orgA, 'jobCoach');
    const tag = uid();
    for (const family of [`van den Berg ${tag}`, `de Vries ${tag}`, `Aydın ${tag}`, `El Amrani ${tag}`]) {
      await register(coach, { givenName: 'Kim', familyName: family });
    }
    const res = await coach.request('GET', `/api/v1/participants?q=${tag}`);
    expect(
      res.json<{ items: { familyName: string }[] }>().items.map((i) => i.familyName.replace(` ${tag}`, '')),
    ).toEqual(['El Amrani', 'Aydın', 'van den Berg', 'de Vries']);
  });

  it('searches by name (typed % is literal), filters by phase and pages with a total', async () => {
    const coach = await as(orgA, 'jobCoach');
    const family = `Jansen${uid()}`;
    for (const given of ['Anna', 'Bram', 'Cor']) {
      await register(coach, { givenName: given, familyName: family });
    }
    const found = await coach.request('GET', `/api/v1/participants?q=${family}&pageSize=2&sort=-name`);
    const body = found.json<{ items: { givenName: string }[]; total: number; page: number }>();
    expect(body.total).toBe(3);
    expect(body.items.map((i) => i.givenName)).toEqual(['Cor', 'Bram']);
    const past = await coach.request('GET', `/api/v1/participants?q=${family}&pageSize=2&page=5`);
    expect(past.json()).toMatchObject({ items: [], total: 3, page: 5 });
    const percent = await coach.request('GET', '/api/v1/participants?q=%25');
    expect(percent.json<{ total: number }>().total).toBe(0);
    const intake = await coach.request('GET', '/api/v1/participants?phase=intake');
    expect(intake.json<{ total: number }>().total).toBe(0);
  });

  it('the list as it opens counts who has an open trajectory or none, also right after a trajectory closes or starts', async () => {
    const team = await makeOrg(t.db, { name: `Team ${uid()}`, type: 'ggz' });
    const gemeente = await makeOrg(t.db, { name: `Gemeente ${uid()}`, type: 'gemeente' });
    const coach = await as(team, 'jobCoach');
    const consultantUser = await makeUser(t.db, [{ organisationId: gemeente.id, role: 'consultant' }]);
    const consultant = await login(t.app, consultantUser.email, PASSWORD);
    const anna = await register(coach, { givenName: 'Anna' });
    const bram = await register(coach, { givenName: 'Bram' });
    // The consultant sees both through consent, Anna's trajectories too (plan consent), Bram's not.
    for (const [p, categories] of [
      [anna, ['identity', 'plan']],
      [bram, ['identity']],
    ] as const) {
      const given = await coach.request('POST', `/api/v1/participants/${p.id}/consents`, {
        organisationId: gemeente.id,
        categories,
        purpose: 'integratedPlan',
        method: 'paper',
      });
      expect(given.statusCode, given.body).toBe(201);
    }
    const totals = async () => [
      (await coach.request('GET', '/api/v1/participants')).json<{ total: number }>().total,
      (await consultant.request('GET', '/api/v1/participants')).json<{ total: number }>().total,
    ];
    const trajectoryOf = async (id: string) =>
      (await coach.request('GET', `/api/v1/participants/${id}/trajectories`)).json<{ items: { id: string }[] }>()
        .items[0]!.id;
    const close = async (trajectoryId: string) => {
      const res = await coach.request('POST', `/api/v1/trajectories/${trajectoryId}/phase-changes`, {
        toPhase: 'closed',
        occurredOn: '2026-11-01',
        closedReason: 'movedAway',
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    expect(await totals()).toEqual([2, 2]);
    await close(await trajectoryOf(anna.id));
    // Anna's only trajectory is closed: hidden for both. Bram's closed trajectory stays invisible to the
    // consultant, so Bram is still counted there.
    expect(await totals()).toEqual([1, 1]);
    await close(await trajectoryOf(bram.id));
    expect(await totals()).toEqual([0, 1]);
    const again = await coach.request('POST', `/api/v1/participants/${anna.id}/trajectories`, {
      approachCode: 'jobCoaching',
      referralDate: '2026-11-20',
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(await totals()).toEqual([1, 2]);
    // The fact kept with the participant (migration 0030) follows the trajectories themselves.
    const { rows } = await t.db.query<{ id: string; caseload_closed: boolean }>(
      'SELECT id, caseload_closed FROM participants WHERE id = ANY($1::uuid[]) ORDER BY given_name',
      [[anna.id, bram.id]],
    );
    expect(rows.map((r) => r.caseload_closed)).toEqual([false, true]);
  });
});

describe('caseload: two ways to the page', () => {
  it('walking the names and starting from the candidates give the same rows and total, for every sort, filter and page', async () => {
    const ggz = await makeOrg(t.db, { type: 'ggz' });
    const gemeente = await makeOrg(t.db, { type: 'gemeente' });
    const consultant = await makeUser(t.db, [{ organisationId: gemeente.id, role: 'consultant' }]);
    const coach = await makeUser(t.db, [{ organisationId: ggz.id, role: 'jobCoach' }]);
    const tag = uid();
    // 40 participants: surnames with and without tussenvoegsel, identical names among them, every phase, two
    // approaches, some with an older closed trajectory besides the latest. Consent (identity) for 35 of them
    // to the gemeente, plan consent for the 20 odd ones among those; the job coach is assigned to the open
    // trajectories of 7 and to both closed ones of number 5.
    await t.db.exec(`
      INSERT INTO participants (organisation_id, given_name, family_name, date_of_birth, municipality_code, target_groups, external_id)
        SELECT '${ggz.id}', (ARRAY['Kim','Sem','Eva'])[1 + g % 3],
               (ARRAY['de Vries','Bakker','van Dijk','Aydın'])[1 + g % 4] || ' ${tag}' || (g % 7),
               DATE '1980-01-01' + g, 'GM0344', ARRAY['psychologicalVulnerability'], '${tag}-' || g
          FROM generate_series(1, 40) g;
      INSERT INTO trajectories (participant_id, organisation_id, approach_code, phase, referral_date, closed_on, closed_reason)
        SELECT p.id, p.organisation_id, CASE WHEN g % 3 = 0 THEN 'jobCoaching' ELSE 'ips' END,
               (ARRAY['referral','intake','jobSearch','workingWithSupport','followUp','closed'])[1 + g % 6],
               DATE '2025-01-01' + g, CASE WHEN g % 6 = 5 THEN DATE '2025-06-01' END, CASE WHEN g % 6 = 5 THEN 'movedAway' END
          FROM participants p, LATERAL (SELECT substr(p.external_id, 12)::int AS g) n WHERE p.external_id LIKE '${tag}-%';
      INSERT INTO trajectories (participant_id, organisation_id, approach_code, phase, referral_date, closed_on, closed_reason)
        SELECT p.id, p.organisation_id, 'other', 'closed', DATE '2023-01-01', DATE '2023-06-01', 'education'
          FROM participants p, LATERAL (SELECT substr(p.external_id, 12)::int AS g) n
         WHERE p.external_id LIKE '${tag}-%' AND g % 5 = 0;
      INSERT INTO consents (participant_id, organisation_id, category, purpose, starts_on, method)
        SELECT p.id, '${gemeente.id}', c, 'integratedPlan', DATE '2024-01-01', 'paper'
          FROM participants p, LATERAL (SELECT substr(p.external_id, 12)::int AS g) n, unnest(ARRAY['identity', 'plan']) c
         WHERE p.external_id LIKE '${tag}-%' AND g % 8 <> 0 AND (c = 'identity' OR g % 2 = 1);
      INSERT INTO trajectory_assignments (trajectory_id, user_id, is_lead)
        SELECT t.id, '${coach.id}', true FROM trajectories t JOIN participants p ON p.id = t.participant_id,
               LATERAL (SELECT substr(p.external_id, 12)::int AS g) n
         WHERE p.external_id LIKE '${tag}-%' AND g % 4 = 1 AND t.phase <> 'closed' OR (t.participant_id = p.id AND p.external_id = '${tag}-5');
    `);
    const actors: Actor[] = [
      {
        kind: 'user',
        userId: consultant.id,
        sessionId: null,
        memberships: [{ organisationId: gemeente.id, role: 'consultant' }],
      },
      { kind: 'user', userId: coach.id, sessionId: null, memberships: [{ organisationId: ggz.id, role: 'jobCoach' }] },
    ];
    const totals: number[] = [];
    for (const actor of actors) {
      const scope = listScope(actor, 'participant.list');
      const trajectoryScope = listScope(actor, 'trajectory.read');
      for (const sort of ['name', '-name'] as const) {
        for (const includeClosed of [false, true]) {
          for (const phase of [undefined, 'jobSearch', 'closed'] as const) {
            for (const approachCode of [undefined, 'ips']) {
              for (const mine of [false, true]) {
                for (const page of [1, 2, 3]) {
                  const f = { sort, includeClosed, phase, approachCode, mine, page, pageSize: 7, lang: 'nl' as const };
                  const walked = await findCaseload(t.db, scope, trajectoryScope, { ...f, strategy: 'walk' });
                  const looked = await findCaseload(t.db, scope, trajectoryScope, { ...f, strategy: 'candidates' });
                  const chosen = await findCaseload(t.db, scope, trajectoryScope, f);
                  expect(walked, JSON.stringify(f)).toEqual(looked);
                  expect(chosen, JSON.stringify(f)).toEqual(looked);
                  if (page === 1) {
                    // The total is counted apart from the page: it must be the number of rows the pages hold.
                    const every = await findCaseload(t.db, scope, trajectoryScope, { ...f, pageSize: 100 });
                    expect(every.rows.length, JSON.stringify(f)).toBe(looked.total);
                  }
                  if (page === 1 && phase === undefined && approachCode === undefined && !mine) {
                    totals.push(looked.total);
                  }
                }
              }
            }
          }
        }
      }
    }
    // The consultant sees the 35 consented participants. Plan consent shows the trajectories of 20, and 6 of
    // those are closed; the 15 without plan consent show no trajectory, so they do not count as closed.
    // The job coach sees 8, of whom number 5 only has closed trajectories.
    expect(totals).toEqual([29, 35, 29, 35, 7, 8, 7, 8]);
    // In name order as a phone book: "de Vries" under V, "van Dijk" under D.
    const page = await findCaseload(
      t.db,
      listScope(actors[0]!, 'participant.list'),
      listScope(actors[0]!, 'trajectory.read'),
      {
        includeClosed: true,
        page: 1,
        pageSize: 50,
        lang: 'nl',
        strategy: 'walk',
      },
    );
    const surnames = page.rows.map((r) => r.familyName.split(` ${tag}`)[0]);
    expect(surnames).toHaveLength(35);
    expect([...new Set(surnames)]).toEqual(['Aydın', 'Bakker', 'van Dijk', 'de Vries']);
  });
});
