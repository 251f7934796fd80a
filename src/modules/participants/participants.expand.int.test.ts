/**
 * `GET /participants/{id}?expand=…` through the HTTP API: each embedded part is the body of its own endpoint,
 * under the same access rules (a part the actor may not see is left out; the participant itself stays a 404),
 * with the same audit records as the separate calls the participant page made before, committed together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';

let t: TestApp;
let orgA: { id: string };
let orgB: { id: string };

const PARTS = ['trajectories', 'contacts', 'jobs', 'consents', 'plan', 'wishes', 'capacity'] as const;
const ALL = `expand=${PARTS.join(',')}`;

async function as(org: { id: string }, role: RoleName): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

/**
 * A participant of `coach` with a held contact with a note, a planned appointment, a job, a goal in the plan, wishes,
 * a professional capacity assessment and, when `consentTo` names categories, a consent to `orgB`.
 */
async function participantWithCaseFile(coach: Client, consentTo: readonly string[] = []): Promise<string> {
  const res = await coach.request('POST', '/api/v1/participants', {
    givenName: 'Sanne',
    familyName: `de Wit ${uid()}`,
    dateOfBirth: '1991-05-20',
    municipalityCode: 'GM0344',
    approachCode: 'ips',
    referralDate: '2026-01-12',
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  const calls: [string, unknown, ('POST' | 'PUT')?][] = [
    [
      'contacts',
      {
        occursAt: '2026-02-03T10:00:00+01:00',
        kind: 'faceToFace',
        status: 'held',
        note: 'Sanne wil graag buiten werken; slaapt slecht.',
      },
    ],
    [
      'contacts',
      {
        occursAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        kind: 'withEmployer',
        status: 'planned',
        location: 'Kwekerij Het Zonnetje',
      },
    ],
    [
      'jobs',
      {
        employerName: 'Kwekerij Het Zonnetje',
        jobTitle: 'Medewerker kas',
        startDate: '2026-03-02',
        hoursPerWeek: 20,
        contractType: 'temporary',
        wageForm: 'marketWage',
        openToAnyone: true,
      },
    ],
    ['plan/goals', { domain: 'work', title: 'Ik werk betaald in een kas', targetDate: '2026-12-31' }],
    ['wishes', { kindsOfWork: 'Buiten, in een kas', hoursMin: 16, hoursMax: 24 }, 'PUT'],
    [
      'capacity/assessments',
      {
        assessedOn: '2026-02-10',
        source: 'uwvFml',
        assessor: 'Verzekeringsarts UWV',
        answers: [{ itemId: 'IV.13', levels: [1] }],
      },
    ],
  ];
  if (consentTo.length > 0) {
    calls.push([
      'consents',
      { organisationId: orgB.id, categories: consentTo, purpose: 'integratedPlan', method: 'paper' },
    ]);
  }
  for (const [part, body, method = 'POST'] of calls) {
    const created = await coach.request(method, `/api/v1/participants/${id}/${part}`, body);
    expect(created.statusCode, created.body).toBe(method === 'PUT' ? 200 : 201);
  }
  return id;
}

interface AuditRow {
  request_id: string;
  action: string;
  outcome: string;
  resource_type: string;
  resource_id: string | null;
  role: string | null;
  organisation_id: string | null;
}

/** The audit records of `userId` written while `fn` ran, grouped by request. */
async function auditedDuring(userId: string, fn: () => Promise<void>): Promise<AuditRow[][]> {
  const query = () =>
    t.db.query<AuditRow>(
      `SELECT request_id, action, outcome, resource_type, resource_id, role, organisation_id::text
         FROM audit_events WHERE user_id = $1`,
      [userId],
    );
  const before = new Set((await query()).rows.map((r) => r.request_id));
  await fn();
  const byRequest = new Map<string, AuditRow[]>();
  for (const row of (await query()).rows.filter((r) => !before.has(r.request_id))) {
    byRequest.set(row.request_id, [...(byRequest.get(row.request_id) ?? []), row]);
  }
  return [...byRequest.values()];
}

/** What a record says, without when and in which request: to compare one expanded call with separate calls. */
const content = (rows: AuditRow[]) =>
  rows.map((r) => [r.action, r.outcome, r.resource_type, r.resource_id, r.role, r.organisation_id].join(' ')).sort();

beforeAll(async () => {
  t = await buildTestApp();
  orgA = await makeOrg(t.db, { name: `IPS-team ${uid()}`, type: 'ggz' });
  orgB = await makeOrg(t.db, { name: `Gemeente ${uid()}`, type: 'gemeente' });
});
afterAll(async () => {
  await t.close();
});

describe('a participant with expand', () => {
  it('for the job coach, every embedded part is exactly the answer of its own endpoint', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await participantWithCaseFile(coach, ['identity']);
    const res = await coach.request('GET', `/api/v1/participants/${id}?${ALL}`);
    expect(res.statusCode, res.body).toBe(200);
    const { _embedded: embedded, ...record } = res.json<{ _embedded: Record<string, unknown> }>();
    expect(record).toEqual((await coach.request('GET', `/api/v1/participants/${id}`)).json());
    expect(Object.keys(embedded).sort()).toEqual([...PARTS].sort());
    for (const part of PARTS) {
      const own = await coach.request('GET', `/api/v1/participants/${id}/${part}`);
      expect(own.statusCode, own.body).toBe(200);
      expect(embedded[part], part).toEqual(own.json());
    }
    // Not trivially equal: the parts hold what was recorded, the note included (the coach's own organisation).
    expect(embedded).toMatchObject({
      trajectories: { items: [{ approachCode: 'ips', organisationId: orgA.id }] },
      contacts: { items: [{}, {}] },
      jobs: { items: [{ jobTitle: 'Medewerker kas', competitive: true }] },
      consents: { items: [{ category: 'identity', organisationId: orgB.id }] },
      plan: { goals: [{ title: 'Ik werk betaald in een kas', organisationId: orgA.id }], hiddenGoals: 0 },
      wishes: { current: { kindsOfWork: 'Buiten, in een kas', hoursMin: 16, hoursMax: 24 }, history: [] },
      capacity: { assessments: [{ kind: 'professional', source: 'uwvFml', organisationId: orgA.id }] },
    });
    const notes = (embedded.contacts as { items: { note?: string | null }[] }).items.map((c) => c.note);
    expect(notes).toContain('Sanne wil graag buiten werken; slaapt slecht.');
  });

  it('without expand the answer is the participant as before, without _embedded; any subset and repeats are fine', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await participantWithCaseFile(coach);
    const plain = await coach.request('GET', `/api/v1/participants/${id}`);
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json()).not.toHaveProperty('_embedded');
    expect(plain.json()).toMatchObject({ id, permissions: { readJobs: true } });
    const some = await coach.request('GET', `/api/v1/participants/${id}?expand=jobs,consents,jobs`);
    expect(some.statusCode, some.body).toBe(200);
    const { _embedded: embedded, ...record } = some.json<{ _embedded: Record<string, unknown> }>();
    expect(record).toEqual(plain.json());
    expect(Object.keys(embedded).sort()).toEqual(['consents', 'jobs']);
  });

  it('an unknown part is a 400 naming the field; so is an empty expand', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await participantWithCaseFile(coach);
    for (const value of ['nonsense', 'jobs,nonsense', 'jobs,,consents', '']) {
      const res = await coach.request('GET', `/api/v1/participants/${id}?expand=${value}`);
      const body = expectProblem(res, 400, 'invalid-input');
      expect(body.errors, value).toEqual([expect.objectContaining({ in: 'query', location: { pointer: '/expand' } })]);
    }
  });

  it('a consultant of another organisation gets only the parts their consent opens, and 404 without consent', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await participantWithCaseFile(coach);
    const consultant = await as(orgB, 'consultant');
    expectProblem(await consultant.request('GET', `/api/v1/participants/${id}?${ALL}`), 404);

    const consent = async (categories: string[]) => {
      const res = await coach.request('POST', `/api/v1/participants/${id}/consents`, {
        organisationId: orgB.id,
        categories,
        purpose: 'integratedPlan',
        method: 'paper',
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    const expanded = async () => {
      const res = await consultant.request('GET', `/api/v1/participants/${id}?${ALL}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ _embedded: Record<string, { items: Record<string, unknown>[] }> }>()._embedded;
    };
    const ownEndpoint = async (part: string) => {
      const res = await consultant.request('GET', `/api/v1/participants/${id}/${part}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<unknown>();
    };

    // Identity only: the participant, nothing embedded (no plan, wishes or capacity profile either).
    await consent(['identity']);
    expect(await expanded()).toEqual({});
    // And the plan: trajectories, appointments with "there is a note" but not the note, and the plan's goals.
    await consent(['plan']);
    const withPlan = await expanded();
    expect(Object.keys(withPlan).sort()).toEqual(['contacts', 'plan', 'trajectories']);
    for (const part of ['trajectories', 'contacts', 'plan'] as const) {
      expect(withPlan[part], part).toEqual(await ownEndpoint(part));
    }
    const held = withPlan.contacts!.items.find((c) => c.status === 'held')!;
    expect(held).toMatchObject({ hasNote: true });
    expect(held).not.toHaveProperty('note');
    expect(withPlan.plan).toMatchObject({ goals: [{ title: 'Ik werk betaald in een kas' }], hiddenGoals: 0 });
    // And the wishes.
    await consent(['wishes']);
    const withWishes = await expanded();
    expect(Object.keys(withWishes).sort()).toEqual(['contacts', 'plan', 'trajectories', 'wishes']);
    expect(withWishes.wishes).toEqual(await ownEndpoint('wishes'));
    expect(withWishes.wishes).toMatchObject({ current: { kindsOfWork: 'Buiten, in een kas' } });
    // And capacities and health: the profile with the coach's organisation's assessment.
    await consent(['capacityHealth']);
    const withCapacity = await expanded();
    expect(Object.keys(withCapacity).sort()).toEqual(['capacity', 'contacts', 'plan', 'trajectories', 'wishes']);
    expect(withCapacity.capacity).toEqual(await ownEndpoint('capacity'));
    expect(withCapacity.capacity).toMatchObject({ assessments: [{ organisationId: orgA.id }] });
    // And jobs, and contact notes. Consents themselves are for the participant's own professionals only.
    await consent(['jobs', 'contactNotes']);
    const withAll = await expanded();
    expect(Object.keys(withAll).sort()).toEqual(['capacity', 'contacts', 'jobs', 'plan', 'trajectories', 'wishes']);
    expect(withAll.contacts!.items.find((c) => c.status === 'held')).toMatchObject({
      note: 'Sanne wil graag buiten werken; slaapt slecht.',
    });
    expectProblem(await consultant.request('GET', `/api/v1/participants/${id}/consents`), 404);
  });

  it('one expanded call writes the audit records of the separate calls, together in one request', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await participantWithCaseFile(coach, ['identity']);
    const separate = await auditedDuring(coach.userId, async () => {
      for (const suffix of ['', ...PARTS.map((p) => `/${p}`)]) {
        expect((await coach.request('GET', `/api/v1/participants/${id}${suffix}`)).statusCode).toBe(200);
      }
    });
    expect(separate).toHaveLength(1 + PARTS.length);
    const expanded = await auditedDuring(coach.userId, async () => {
      expect((await coach.request('GET', `/api/v1/participants/${id}?${ALL}`)).statusCode).toBe(200);
    });
    expect(expanded).toHaveLength(1);
    expect(content(expanded[0]!)).toEqual(content(separate.flat()));
    // participant.read, trajectory.read ×2 (participant, trajectory), contact.read ×3, contact.readNotes, job.read,
    // consent.read, plan.read ×2 (participant, goal), wishes.read, capacity.read ×2 (participant, assessment): each
    // allowed, in the coach's organisation.
    expect(expanded[0]!.map((r) => r.action).sort()).toEqual([
      'capacity.read',
      'capacity.read',
      'consent.read',
      'contact.read',
      'contact.read',
      'contact.read',
      'contact.readNotes',
      'job.read',
      'participant.read',
      'plan.read',
      'plan.read',
      'trajectory.read',
      'trajectory.read',
      'wishes.read',
    ]);
    expect(new Set(expanded[0]!.map((r) => `${r.outcome} ${r.role} ${r.organisation_id}`))).toEqual(
      new Set([`allowed jobCoach ${orgA.id}`]),
    );
  });

  it('a part left out writes no "denied" record: the audit log is that of the calls the page makes', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await participantWithCaseFile(coach, ['identity', 'plan']);
    const consultant = await as(orgB, 'consultant');
    // The page asks only for what `permissions` allow: the record, trajectories, contacts and the plan.
    const page = await auditedDuring(consultant.userId, async () => {
      for (const suffix of ['', '/trajectories', '/contacts', '/plan']) {
        expect((await consultant.request('GET', `/api/v1/participants/${id}${suffix}`)).statusCode).toBe(200);
      }
    });
    const expanded = await auditedDuring(consultant.userId, async () => {
      expect((await consultant.request('GET', `/api/v1/participants/${id}?${ALL}`)).statusCode).toBe(200);
    });
    expect(expanded).toHaveLength(1);
    expect(content(expanded[0]!)).toEqual(content(page.flat()));
    expect(expanded[0]!.filter((r) => r.outcome === 'denied')).toEqual([]);
    // Asked for on their own, the refused parts would each be a refused attempt in the participant's log.
    const refused = await auditedDuring(consultant.userId, async () => {
      for (const suffix of ['/jobs', '/consents', '/wishes', '/capacity']) {
        expectProblem(await consultant.request('GET', `/api/v1/participants/${id}${suffix}`), 404);
      }
    });
    expect(refused.flat().map((r) => `${r.action} ${r.outcome}`)).toEqual(
      expect.arrayContaining(['job.read denied', 'consent.read denied', 'wishes.read denied', 'capacity.read denied']),
    );
  });
});
