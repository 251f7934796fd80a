/**
 * The rest of the case file through the HTTP API: wishes (versions, the participant edits their own),
 * job episodes with computed competitive employment and sustainable placement, contacts whose notes
 * are visible per organisation and per consent, and the caseload signals built from them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';

let t: TestApp;
let orgA: { id: string };
let orgB: { id: string };

async function as(org: { id: string }, role: RoleName): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

async function register(coach: Client, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await coach.request('POST', '/api/v1/participants', {
    givenName: 'Bram',
    familyName: `Visser ${uid()}`,
    dateOfBirth: '1989-07-01',
    municipalityCode: 'GM0356',
    approachCode: 'ips',
    referralDate: '2026-01-05',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** A participant with an account of their own, linked to the record. */
async function withAccount(participantId: string): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: orgA.id, role: 'participant' }]);
  await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [user.id, participantId]);
  return login(t.app, user.email, PASSWORD);
}

beforeAll(async () => {
  t = await buildTestApp();
  orgA = await makeOrg(t.db, { type: 'ggz' });
  orgB = await makeOrg(t.db, { type: 'gemeente' });
});
afterAll(async () => {
  await t.close();
});

describe('wishes', () => {
  it('the participant states their own wishes; every save is a version; a coach sees them, a stranger gets 404', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await register(coach);
    const me = await withAccount(id);
    const empty = await coach.request('GET', `/api/v1/participants/${id}/wishes`);
    expect(empty.json()).toEqual({ current: null, history: [] });
    const first = await me.request('PUT', `/api/v1/participants/${id}/wishes`, {
      kindsOfWork: 'Iets met dieren of in de groenvoorziening',
      hoursMin: 12,
      hoursMax: 24,
      days: ['mon', 'tue', 'thu'],
      transport: ['bicycle', 'publicTransport'],
      maxTravelMinutes: 40,
      disclosure: 'askMe',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ current: { hoursMax: 24, byParticipant: true }, history: [] });
    // A partial save keeps the other answers.
    const second = await coach.request('PUT', `/api/v1/participants/${id}/wishes`, {
      strengths: 'Zorgvuldig, houdt van buiten werken',
    });
    expect(second.json()).toMatchObject({
      current: { hoursMin: 12, hoursMax: 24, strengths: 'Zorgvuldig, houdt van buiten werken', byParticipant: false },
      history: [{ byParticipant: true }],
    });
    // Clearing a number stores "no answer", not 0.
    const cleared = await me.request('PUT', `/api/v1/participants/${id}/wishes`, {
      hoursMin: null,
      maxTravelMinutes: null,
    });
    expect(cleared.json()).toMatchObject({ current: { hoursMin: null, maxTravelMinutes: null, hoursMax: 24 } });
    // What they bring to a vacancy: certificates (trimmed, each once whatever the case), licences, Dutch.
    const brings = await coach.request('PUT', `/api/v1/participants/${id}/wishes`, {
      certificates: [' VCA ', 'vca', 'Hygiënecode'],
      drivingLicences: ['B', 'BE'],
      languageLevel: 'B1',
    });
    expect(brings.statusCode, brings.body).toBe(200);
    expect(brings.json()).toMatchObject({
      current: {
        certificates: ['VCA', 'Hygiënecode'],
        drivingLicences: ['B', 'BE'],
        languageLevel: 'B1',
        hoursMax: 24,
      },
    });
    const badLicence = await me.request('PUT', `/api/v1/participants/${id}/wishes`, { drivingLicences: ['Z'] });
    expect(expectProblem(badLicence, 400).errors?.[0]?.location.pointer).toBe('/drivingLicences/0');
    const unknownLevel = await me.request('PUT', `/api/v1/participants/${id}/wishes`, { languageLevel: null });
    expect(unknownLevel.json()).toMatchObject({
      current: { languageLevel: null, certificates: ['VCA', 'Hygiënecode'] },
    });
    const wrong = await me.request('PUT', `/api/v1/participants/${id}/wishes`, { hoursMin: 30 });
    expect(expectProblem(wrong, 400).errors?.[0]).toMatchObject({
      location: { pointer: '/hoursMax' },
      code: 'below-minimum',
    });
    const stranger = await as(orgB, 'jobCoach');
    expectProblem(await stranger.request('GET', `/api/v1/participants/${id}/wishes`), 404);
  });
});

describe('jobs', () => {
  it('competitive employment and sustainable placement are computed from the jobs, never typed in', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await register(coach);
    const unpaid = await coach.request('POST', `/api/v1/participants/${id}/jobs`, {
      employerName: 'Kinderboerderij De Haar',
      jobTitle: 'Medewerker dierverzorging',
      startDate: '2025-01-06',
      endDate: '2025-03-31',
      endReason: 'contractEnded',
      hoursPerWeek: 16,
      contractType: 'none',
      wageForm: 'unpaidWorkExperience',
      openToAnyone: false,
    });
    expect(unpaid.statusCode, unpaid.body).toBe(201);
    expect(unpaid.json()).toMatchObject({ competitive: false, jobStart: false });
    const paid = await coach.request('POST', `/api/v1/participants/${id}/jobs`, {
      employerName: 'Hoveniersbedrijf Groen',
      jobTitle: 'Hovenier',
      occupationCode: '6113',
      startDate: '2025-04-14',
      hoursPerWeek: 24,
      contractType: 'temporary',
      wageForm: 'loonkostensubsidie',
      openToAnyone: true,
    });
    expect(paid.json()).toMatchObject({ competitive: true, jobStart: true, hoursPerWeek: 24 });
    const overview = await coach.request('GET', `/api/v1/participants/${id}/jobs`);
    // The unpaid place does not count: the run starts on 14 April 2025.
    expect(overview.json()).toMatchObject({
      sustainablePlacement: { at6Months: '2025-10-14', at12Months: '2026-04-14' },
    });
    expect(overview.json<{ sustainablePlacement: { definition: string } }>().sustainablePlacement.definition).toMatch(
      /minstens 12 uur per week/,
    );
    // Ending the job needs a reason; the end date cannot lie before the start.
    const jobId = paid.json<{ id: string }>().id;
    const noReason = await coach.request('PATCH', `/api/v1/participants/${id}/jobs/${jobId}`, {
      endDate: '2025-09-30',
    });
    expect(expectProblem(noReason, 400).errors?.[0]).toMatchObject({ location: { pointer: '/endReason' } });
    const before = await coach.request('PATCH', `/api/v1/participants/${id}/jobs/${jobId}`, {
      endDate: '2025-01-01',
      endReason: 'quit',
    });
    expect(expectProblem(before, 400).errors?.[0]).toMatchObject({ location: { pointer: '/endDate' } });
    const ended = await coach.request('PATCH', `/api/v1/participants/${id}/jobs/${jobId}`, {
      endDate: '2025-09-30',
      endReason: 'health',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const after = await coach.request('GET', `/api/v1/participants/${id}/jobs`);
    expect(after.json()).toMatchObject({ sustainablePlacement: { at6Months: null, at12Months: null } });
    // An unpaid place with an employment contract is refused.
    const contract = await coach.request('POST', `/api/v1/participants/${id}/jobs`, {
      employerName: 'X',
      jobTitle: 'Y',
      startDate: '2025-01-06',
      hoursPerWeek: 16,
      contractType: 'temporary',
      wageForm: 'unpaidWorkExperience',
      openToAnyone: false,
    });
    expect(expectProblem(contract, 400).errors?.[0]).toMatchObject({ code: 'unpaid-no-contract' });
  });
});

describe('contacts', () => {
  it('notes are seen within the organisation that wrote them; another organisation only with consent for notes', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await register(coach);
    const held = await coach.request('POST', `/api/v1/participants/${id}/contacts`, {
      occursAt: '2026-02-02T09:30:00+01:00',
      kind: 'faceToFace',
      status: 'held',
      present: 'Bram, jobcoach',
      note: 'Bram vertelt dat hij slecht slaapt sinds de nieuwe medicatie.',
    });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({ hasNote: true });
    expect(held.json<{ note: string }>().note).toContain('medicatie');
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const planned = await coach.request('POST', `/api/v1/participants/${id}/contacts`, {
      occursAt: future,
      kind: 'withEmployer',
      status: 'planned',
      location: 'Hoveniersbedrijf Groen',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const wrong = await coach.request('POST', `/api/v1/participants/${id}/contacts`, {
      occursAt: future,
      kind: 'phone',
      status: 'held',
    });
    expect(expectProblem(wrong, 400).errors?.[0]).toMatchObject({ code: 'held-in-future' });

    // A consultant of organisation B with consent for identity and plan sees the appointments, not the notes.
    const consultant = await as(orgB, 'consultant');
    await coach.request('POST', `/api/v1/participants/${id}/consents`, {
      organisationId: orgB.id,
      categories: ['identity', 'plan'],
      purpose: 'integratedPlan',
      method: 'paper',
    });
    const seen = await consultant.request('GET', `/api/v1/participants/${id}/contacts`);
    expect(seen.statusCode, seen.body).toBe(200);
    const items = seen.json<{ items: { kind: string; hasNote: boolean; note?: string }[] }>().items;
    expect(items).toHaveLength(2);
    const visit = items.find((c) => c.kind === 'faceToFace')!;
    expect(visit.hasNote).toBe(true);
    expect(visit).not.toHaveProperty('note');
    // With consent for contact notes too, the note becomes visible on the next request.
    await coach.request('POST', `/api/v1/participants/${id}/consents`, {
      organisationId: orgB.id,
      categories: ['contactNotes'],
      purpose: 'integratedPlan',
      method: 'paper',
    });
    const withNotes = await consultant.request('GET', `/api/v1/participants/${id}/contacts?status=held`);
    expect(withNotes.json<{ items: { note?: string }[] }>().items[0]!.note).toMatch(/medicatie/);
    // The consultant cannot change the coach's contact; the participant sees their own upcoming appointment.
    const contactId = held.json<{ id: string }>().id;
    expectProblem(
      await consultant.request('PATCH', `/api/v1/participants/${id}/contacts/${contactId}`, { note: 'x' }),
      403,
    );
    const me = await withAccount(id);
    const upcoming = await me.request('GET', `/api/v1/participants/${id}/contacts?upcoming=true`);
    expect(upcoming.json<{ items: { kind: string; location: string }[] }>().items).toEqual([
      expect.objectContaining({ kind: 'withEmployer', location: 'Hoveniersbedrijf Groen' }),
    ]);
  });

  it('a second job coach organisation sees neither the other organisation’s contacts nor their notes without consent', async () => {
    const coachA = await as(orgA, 'jobCoach');
    const id = await register(coachA);
    await coachA.request('POST', `/api/v1/participants/${id}/contacts`, {
      occursAt: '2026-02-02T09:30:00Z',
      kind: 'phone',
      status: 'held',
      note: 'Geheim',
    });
    // A coach of organisation B gets a trajectory of their own with the participant (assigned in B).
    const coachBUser = await makeUser(t.db, [{ organisationId: orgB.id, role: 'jobCoach' }]);
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO trajectories (participant_id, organisation_id, approach_code, referral_date) VALUES ($1, $2, 'jobCoaching', '2026-01-10') RETURNING id`,
      [id, orgB.id],
    );
    await t.db.query('INSERT INTO trajectory_assignments (trajectory_id, user_id) VALUES ($1, $2)', [
      rows[0]!.id,
      coachBUser.id,
    ]);
    const coachB = await login(t.app, coachBUser.email, PASSWORD);
    const list = await coachB.request('GET', `/api/v1/participants/${id}/contacts`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe('caseload signals', () => {
  it('job search for 30+ days without an employer contact is flagged, until a held employer contact', async () => {
    const coach = await as(orgA, 'jobCoach');
    const id = await register(coach, { referralDate: '2026-01-05' });
    const [trajectory] = (await coach.request('GET', `/api/v1/participants/${id}/trajectories`)).json<{
      items: { id: string }[];
    }>().items;
    await coach.request('POST', `/api/v1/trajectories/${trajectory!.id}/phase-changes`, {
      toPhase: 'jobSearch',
      occurredOn: '2026-01-12',
    });
    const row = async () =>
      (await coach.request('GET', '/api/v1/participants?pageSize=200'))
        .json<{ items: { id: string; signals: string[] }[] }>()
        .items.find((i) => i.id === id)!;
    expect((await row()).signals).toEqual(['noEmployerContact30']);
    const flagged = await coach.request('GET', '/api/v1/participants?signal=noEmployerContact30');
    expect(flagged.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(id);
    const summary = await coach.request('GET', '/api/v1/caseload-summary');
    expect(summary.json()).toMatchObject({
      active: 1,
      byPhase: { jobSearch: 1 },
      ipsActive: 1,
      ipsNorm: 20,
      aboveIpsNorm: false,
      noEmployerContact30: 1,
    });
    await coach.request('POST', `/api/v1/participants/${id}/contacts`, {
      occursAt: new Date(Date.now() - 86_400_000).toISOString(),
      kind: 'withEmployer',
      status: 'held',
    });
    expect((await row()).signals).toEqual([]);
  });
});
