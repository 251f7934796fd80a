/**
 * Anonymised candidate search and introductions through the HTTP API (ADR 0019): the employerProfile
 * consent, profiles that carry only allow-listed fields, the k rule, pseudonymous ids per employer,
 * withdrawal counting from the next request, introductions that reveal the name only after a yes, and
 * an audit record for every step. The region AM27 is used by no other test file; the tests still do not
 * assume it is empty (on PostgreSQL all files share one database): each test looks for its own words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';

let t: TestApp;
let ggz: { id: string; name: string };
let bakery: { id: string; name: string };
let garage: { id: string; name: string };
let elsewhere: { id: string; name: string };
let coach: Client;

const REGION = 'AM27';
/** A word of letters only (profiles drop phrases with digits). */
const letters = () => uid().replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!);

async function as(org: { id: string }, role: RoleName): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

interface Person {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
}

/** A participant looking for work (phase jobSearch) with wishes that carry the test's own word. */
async function person(word: string, overrides: Partial<{ municipalityCode: string; dateOfBirth: string }> = {}) {
  const p = {
    givenName: `Noor${uid()}`,
    familyName: `Jansen${uid()}`,
    dateOfBirth: overrides.dateOfBirth ?? '1994-03-15',
    email: `noor-${uid()}@test.example`,
    phone: '0612345678',
  };
  const res = await coach.request('POST', '/api/v1/participants', {
    ...p,
    municipalityCode: overrides.municipalityCode ?? 'GM0796',
    approachCode: 'ips',
    referralDate: '2026-01-05',
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  await t.db.query(`UPDATE trajectories SET phase = 'jobSearch' WHERE participant_id = $1`, [id]);
  const wishes = await coach.request('PUT', `/api/v1/participants/${id}/wishes`, {
    kindsOfWork: `${word}, magazijn`,
    hoursMin: 12,
    hoursMax: 20,
    strengths: `Zorgvuldig en ${p.givenName}`,
  });
  expect(wishes.statusCode, wishes.body).toBe(200);
  return { id, ...p } satisfies Person;
}

async function findable(id: string): Promise<string> {
  const res = await coach.request('POST', `/api/v1/participants/${id}/consents`, {
    categories: ['employerProfile'],
    purpose: 'matching',
    method: 'verbal',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ items: { id: string }[] }>().items[0]!.id;
}

async function withAccount(participantId: string): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: ggz.id, role: 'participant' }]);
  await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [user.id, participantId]);
  return login(t.app, user.email, PASSWORD);
}

interface Profile {
  id: string;
  [key: string]: unknown;
}
const search = async (client: Client, word: string, extra = '') => {
  const res = await client.request('GET', `/api/v1/candidate-profiles?kindOfWork=${word}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return res;
};

/** Every field an employer may ever see of a profile (ADR 0019), nested objects included. */
const PROFILE_FIELDS = [
  'id',
  'regionCode',
  'regionName',
  'municipalityCode',
  'municipalityName',
  'ageBand',
  'hours',
  'availability',
  'kindsOfWork',
  'sectors',
  'skills',
  'certificates',
  'capacities',
];
const NESTED: Record<string, string[]> = {
  hours: ['min', 'max'],
  capacities: ['basis', 'attentionPoints'],
  attentionPoints: ['itemId', 'label'],
  certificates: ['kind', 'sector', 'level'],
};

function expectOnlyAllowed(profile: Record<string, unknown>) {
  expect(Object.keys(profile).sort()).toEqual([...PROFILE_FIELDS].sort());
  for (const [key, value] of Object.entries(profile)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (item && typeof item === 'object') {
        expect(NESTED[key], `unexpected object in ${key}`).toBeDefined();
        for (const [inner, innerValue] of Object.entries(item as Record<string, unknown>)) {
          expect(NESTED[key]).toContain(inner);
          for (const x of Array.isArray(innerValue) ? innerValue : [innerValue]) {
            if (x && typeof x === 'object') {
              expect(Object.keys(x as object).every((k) => NESTED[inner]?.includes(k))).toBe(true);
            }
          }
        }
      }
    }
  }
}

function expectNoIdentity(body: string, people: Person[]) {
  for (const p of people) {
    for (const value of [p.id, p.givenName, p.familyName, p.dateOfBirth, p.email, p.phone]) {
      expect(body.toLowerCase()).not.toContain(value.toLowerCase());
    }
  }
}

beforeAll(async () => {
  t = await buildTestApp();
  ggz = await makeOrg(t.db, { type: 'ggz', regionCode: REGION });
  bakery = await makeOrg(t.db, { type: 'employer', regionCode: REGION, name: `Bakkerij Test ${uid()}` });
  garage = await makeOrg(t.db, { type: 'employer', regionCode: REGION, name: `Garage Test ${uid()}` });
  elsewhere = await makeOrg(t.db, { type: 'employer', regionCode: 'AM01' });
  coach = await as(ggz, 'jobCoach');
});
afterAll(async () => {
  await t.close();
});

describe('candidate search', () => {
  it('shows nobody until five people share place and age band; then only allow-listed fields, no identity', async () => {
    const word = `bakker${letters()}`;
    const people: Person[] = [];
    for (let i = 0; i < 5; i++) {
      people.push(await person(word));
    }
    // A sixth person looks for the same work but gave no consent: never shown.
    people.push(await person(word));
    const employer = await as(bakery, 'employer');
    for (const p of people.slice(0, 4)) {
      await findable(p.id);
    }
    expect((await search(employer, word)).json<{ total: number }>().total).toBe(0);
    await findable(people[4]!.id);
    const res = await search(employer, word);
    const page = res.json<{ items: Profile[]; total: number }>();
    expect(page.total).toBe(5);
    for (const profile of page.items) {
      expectOnlyAllowed(profile);
      expect(profile).toMatchObject({
        regionCode: REGION,
        municipalityName: "'s-Hertogenbosch",
        ageBand: '25to34',
        hours: { min: 8, max: 24 },
        availability: 'now',
        kindsOfWork: [word.toLowerCase(), 'magazijn'],
        skills: ['zorgvuldig'],
      });
      expect(profile.id).toMatch(/^[A-Z2-7]{16}$/);
    }
    expectNoIdentity(res.body, people);

    // Another employer gets other ids for the same people; an employer elsewhere cannot search this region.
    const other = await search(await as(garage, 'employer'), word);
    const otherIds = other.json<{ items: Profile[] }>().items.map((p) => p.id);
    expect(otherIds).toHaveLength(5);
    expect(otherIds.filter((id) => page.items.some((p) => p.id === id))).toEqual([]);
    const far = await as(elsewhere, 'employer');
    expect((await search(far, word)).json<{ total: number }>().total).toBe(0);
    const wrongRegion = await far.request('GET', `/api/v1/candidate-profiles?regionCode=${REGION}`);
    expect(expectProblem(wrongRegion, 400).errors?.[0]?.location.pointer).toBe('/regionCode');
    // A job coach is not an employer: no search at all.
    expectProblem(await coach.request('GET', '/api/v1/candidate-profiles'), 403);
  });

  it('the employerProfile consent names the region, not an organisation, and is given on its own for matching', async () => {
    const p = await person(`word${uid()}`, { municipalityCode: 'GM0757', dateOfBirth: '1960-01-01' });
    const mixed = await coach.request('POST', `/api/v1/participants/${p.id}/consents`, {
      categories: ['wishes', 'employerProfile'],
      purpose: 'workGuidance',
      organisationId: ggz.id,
      method: 'verbal',
    });
    const problem = expectProblem(mixed, 400, 'invalid-input');
    expect(problem.errors?.map((e) => e.location.pointer).sort()).toEqual([
      '/categories/1',
      '/organisationId',
      '/purpose',
    ]);
    const consentId = await findable(p.id);
    const list = await coach.request('GET', `/api/v1/participants/${p.id}/consents`);
    expect(list.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        category: 'employerProfile',
        organisationId: null,
        organisationName: null,
        regionCode: REGION,
        regionName: 'Noordoost-Brabant',
        purpose: 'matching',
        active: true,
      }),
    ]);
    // Withdrawn again, so this person does not take part in the next tests' groups.
    expect((await coach.request('DELETE', `/api/v1/participants/${p.id}/consents/${consentId}`)).statusCode).toBe(200);
  });

  it('widens place and age for a small group, and the withdrawal of consent counts from the next request', async () => {
    const word = `hovenier${letters()}`;
    // Four in Boxtel aged 32, two in Oss aged 50 (the five of the first test are a group of their own in
    // 's-Hertogenbosch): no municipality or band holds five of them, so they are shown as the region, any age.
    const boxtel = { municipalityCode: 'GM0757' };
    const people = [
      await person(word, boxtel),
      await person(word, boxtel),
      await person(word, boxtel),
      await person(word, { municipalityCode: 'GM0828', dateOfBirth: '1975-05-01' }),
      await person(word, { municipalityCode: 'GM0828', dateOfBirth: '1976-05-01' }),
      await person(word, boxtel),
    ];
    const consents: string[] = [];
    for (const p of people) {
      consents.push(await findable(p.id));
    }
    const employer = await as(bakery, 'employer');
    const before = (await search(employer, word)).json<{ items: Profile[] }>().items;
    expect(before).toHaveLength(6);
    expect(new Set(before.map((p) => `${String(p.municipalityCode)} ${String(p.ageBand)}`))).toEqual(
      new Set(['null any']),
    );
    // The last person withdraws in the portal: five remain, on the very next request.
    const me = await withAccount(people[5]!.id);
    const withdrawn = await me.request('DELETE', `/api/v1/participants/${people[5]!.id}/consents/${consents[5]}`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = (await search(employer, word)).json<{ items: Profile[] }>().items;
    expect(after).toHaveLength(5);
    const mine = await me.request('GET', `/api/v1/participants/${people[5]!.id}/introductions`);
    expect(mine.json()).toMatchObject({ findable: false, profile: null });
  });
});

describe('introductions', () => {
  it('reveal the name only after the yes, to the requesting employer only, with an audit record for every step', async () => {
    const word = `kok${letters()}`;
    const people: Person[] = [];
    for (let i = 0; i < 5; i++) {
      people.push(await person(word));
      await findable(people[i]!.id);
    }
    const employerUser = await makeUser(t.db, [{ organisationId: bakery.id, role: 'employer' }]);
    const employer = await login(t.app, employerUser.email, PASSWORD);
    const found = (await search(employer, word)).json<{ items: Profile[] }>().items;
    expect(found).toHaveLength(5);

    // Which person is behind the first profile is known only to the server; find them through the portal preview.
    const requested = await employer.request('POST', '/api/v1/introductions', {
      profileId: found[0]!.id,
      message: 'Wij zoeken een hulpkok voor 16 uur. Wilt u kennismaken?',
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const intro = requested.json<{ id: string; status: string; candidate: unknown; profileId: string }>();
    expect(intro).toMatchObject({ status: 'requested', candidate: null, profileId: found[0]!.id });
    expectNoIdentity(requested.body, people);
    const again = await employer.request('POST', '/api/v1/introductions', {
      profileId: found[0]!.id,
      message: 'Nog eens',
    });
    expectProblem(again, 409);

    const { rows } = await t.db.query<{ participantId: string }>(
      'SELECT participant_id AS "participantId" FROM introductions WHERE id = $1',
      [intro.id],
    );
    const target = people.find((p) => p.id === rows[0]!.participantId)!;

    // The coach is told by mail (without the name) and sees the request on the participant page.
    const mails = await t.mails();
    const toCoach = mails.find((m) => m.subject.includes('kennismaken') && m.text.includes(bakery.name));
    expect(toCoach).toBeDefined();
    expect(toCoach!.text).not.toContain(target.familyName);
    const seenByCoach = await coach.request('GET', `/api/v1/participants/${target.id}/introductions`);
    expect(seenByCoach.json()).toMatchObject({
      items: [{ id: intro.id, employerName: bakery.name, status: 'requested', contactRoute: null }],
      findable: true,
    });

    // Another employer neither sees the request in its list nor on its own (404).
    const garageClient = await as(garage, 'employer');
    expectProblem(await garageClient.request('GET', `/api/v1/introductions/${intro.id}`), 404);
    const garageList = await garageClient.request('GET', '/api/v1/introductions');
    expect(garageList.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(intro.id);
    // Nor does another employer decide, or see the participant's page.
    expectProblem(await garageClient.request('GET', `/api/v1/participants/${target.id}/introductions`), 403);

    // Before the yes: no name for the employer.
    const waiting = await employer.request('GET', `/api/v1/introductions/${intro.id}`);
    expect(waiting.json()).toMatchObject({ status: 'requested', candidate: null });
    expectNoIdentity(waiting.body, people);

    // The participant decides in the portal; a yes needs a contact route.
    const me = await withAccount(target.id);
    const portal = await me.request('GET', `/api/v1/participants/${target.id}/introductions`);
    expect(portal.json()).toMatchObject({
      items: [{ id: intro.id, message: expect.stringContaining('hulpkok') as unknown }],
      profileViews: [expect.objectContaining({ organisationName: bakery.name })],
      profile: { ageBand: '25to34', kindsOfWork: [word.toLowerCase(), 'magazijn'] },
    });
    const noRoute = await me.request('POST', `/api/v1/participants/${target.id}/introductions/${intro.id}/decision`, {
      decision: 'accepted',
    });
    expect(expectProblem(noRoute, 400).errors?.[0]?.location.pointer).toBe('/contactRoute');
    const yes = await me.request('POST', `/api/v1/participants/${target.id}/introductions/${intro.id}/decision`, {
      decision: 'accepted',
      contactRoute: 'Bel mijn jobcoach, 073-1234567',
    });
    expect(yes.statusCode, yes.body).toBe(200);
    expect(yes.json()).toMatchObject({
      status: 'accepted',
      events: [{ status: 'requested' }, { status: 'accepted', onBehalf: false }],
    });
    const twice = await me.request('POST', `/api/v1/participants/${target.id}/introductions/${intro.id}/decision`, {
      decision: 'declined',
    });
    expectProblem(twice, 409);

    // Now the requesting employer sees the name and the agreed contact route; an adviser of the region does not.
    const revealed = await employer.request('GET', `/api/v1/introductions/${intro.id}`);
    expect(revealed.json()).toMatchObject({
      status: 'accepted',
      candidate: { name: `${target.givenName} ${target.familyName}`, contactRoute: 'Bel mijn jobcoach, 073-1234567' },
    });
    const adviser = await as(ggz, 'employerAdviser');
    const adviserList = await adviser.request('GET', '/api/v1/introductions');
    const adviserView = adviserList.json<{ items: { id: string; candidate: unknown; profileId: unknown }[] }>().items;
    expect(adviserView.find((i) => i.id === intro.id)).toMatchObject({ candidate: null, profileId: null });
    expectNoIdentity(adviserList.body, people);

    // Every step is in the audit log, and the participant sees it in their own log.
    const audit = await t.db.query<{ action: string; userId: string }>(
      `SELECT action, user_id AS "userId" FROM audit_events WHERE participant_id = $1 AND outcome = 'allowed'`,
      [target.id],
    );
    const actions = new Set(audit.rows.map((r) => r.action));
    for (const action of [
      'candidateProfile.search',
      'introduction.request',
      'introduction.readForParticipant',
      'introduction.decide',
      'introduction.read',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(audit.rows.some((r) => r.action === 'introduction.read' && r.userId === employerUser.id)).toBe(true);
  });

  it('the coach records a no on behalf of the participant; an unanswered request expires', async () => {
    const word = `monteur${letters()}`;
    const people: Person[] = [];
    for (let i = 0; i < 5; i++) {
      people.push(await person(word));
      await findable(people[i]!.id);
    }
    const employer = await as(garage, 'employer');
    const found = (await search(employer, word)).json<{ items: Profile[] }>().items;
    const first = await employer.request('POST', '/api/v1/introductions', {
      profileId: found[0]!.id,
      message: 'Kennismaken?',
    });
    const second = await employer.request('POST', '/api/v1/introductions', {
      profileId: found[1]!.id,
      message: 'Ook u?',
    });
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const ids = [first.json<{ id: string }>().id, second.json<{ id: string }>().id];
    const { rows } = await t.db.query<{ id: string; participantId: string }>(
      'SELECT id, participant_id AS "participantId" FROM introductions WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const of = (id: string) => rows.find((r) => r.id === id)!.participantId;

    const no = await coach.request('POST', `/api/v1/participants/${of(ids[0]!)}/introductions/${ids[0]}/decision`, {
      decision: 'declined',
      note: 'Besproken in ons gesprek van dinsdag; zij wil liever in de zorg werken.',
    });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json()).toMatchObject({ status: 'declined', events: [{}, { status: 'declined', onBehalf: true }] });
    expect((await employer.request('GET', `/api/v1/introductions/${ids[0]}`)).json()).toMatchObject({
      status: 'declined',
      candidate: null,
    });

    // Fifteen days without an answer: expired, and no longer to be answered.
    await t.db.query(
      `UPDATE introductions SET requested_at = now() - interval '15 days', expires_at = now() - interval '1 day' WHERE id = $1`,
      [ids[1]],
    );
    expect((await employer.request('GET', `/api/v1/introductions/${ids[1]}`)).json()).toMatchObject({
      status: 'expired',
    });
    const late = await coach.request('POST', `/api/v1/participants/${of(ids[1]!)}/introductions/${ids[1]}/decision`, {
      decision: 'accepted',
      contactRoute: 'via de jobcoach',
    });
    expectProblem(late, 409);
    // After expiry the employer may ask again.
    const anew = await employer.request('POST', '/api/v1/introductions', {
      profileId: found[1]!.id,
      message: 'Nog steeds?',
    });
    expect(anew.statusCode, anew.body).toBe(201);
  });
});
