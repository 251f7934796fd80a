/**
 * Matching in the region through the HTTP API: a hard limit excludes (a task asks more lifting than
 * someone can), an offered accommodation re-admits and is named, a participant without consent for the
 * adviser's organisation is not listed, the employer role gets 403, one audit record per participant
 * shown; vacancies for a participant, who fits a carved job, and instruments for a pair.
 * Setup of participants goes straight into the tables (factories style); everything asserted goes
 * through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { setCacheSeconds } from './matches.service.js';

// Participants are created between requests here: no candidate cache (one test turns it on).

let t: TestApp;
let coach: Client;
let coachUserId: string;
let adviser: Client;
let otherAdviser: Client;
let employerUser: Client;
let employerId: string;
let heavyVacancy: string;
let aidedVacancy: string;
let consenting: string;
let notConsenting: string;
let strong: string;
let wspId: string;
let adviserOrgId: string;
let fewHours: string;

async function as(org: { id: string }, role: RoleName): Promise<{ client: Client; userId: string }> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return { client: await login(t.app, user.email, PASSWORD), userId: user.id };
}

/** A participant in Utrecht with a job-seeking trajectory at the sheltered-work company, assigned to the coach. */
async function participant(f: {
  name: string;
  lifting: number;
  kindsOfWork: string;
  hoursMax: number;
  phase?: string;
  municipalityCode?: string;
  /** No wishes version at all (as after an import). */
  noWishes?: boolean;
}): Promise<string> {
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO participants (organisation_id, given_name, family_name, date_of_birth, municipality_code, benefit_situation)
     VALUES ($1, $2, $3, '1990-04-01', $4, 'participatiewet') RETURNING id`,
    [wspId, f.name, `Test${uid()}`, f.municipalityCode ?? 'GM0344'],
  );
  const id = rows[0]!.id;
  const tr = await t.db.query<{ id: string }>(
    `INSERT INTO trajectories (participant_id, organisation_id, approach_code, phase, referral_date)
     VALUES ($1, $2, 'ips', $3, '2026-09-01') RETURNING id`,
    [id, wspId, f.phase ?? 'jobSearch'],
  );
  await t.db.query('INSERT INTO trajectory_assignments (trajectory_id, user_id, is_lead) VALUES ($1, $2, true)', [
    tr.rows[0]!.id,
    coachUserId,
  ]);
  if (!f.noWishes) {
    await t.db.query(
      `INSERT INTO participant_wishes (participant_id, kinds_of_work, hours_min, hours_max, days, transport)
       VALUES ($1, $2, least(16, $3::int), $3, '{}', '{bicycle}')`,
      [id, f.kindsOfWork, f.hoursMax],
    );
  }
  const a = await t.db.query<{ id: string }>(
    `INSERT INTO capacity_assessments (participant_id, kind, organisation_id, source, assessed_on, recorded_by)
     VALUES ($1, 'professional', $2, 'uwvFml', '2026-10-01', $3) RETURNING id`,
    [id, wspId, coachUserId],
  );
  await t.db.query(`INSERT INTO capacity_answers (assessment_id, item_id, levels) VALUES ($1, 'IV.13', $2)`, [
    a.rows[0]!.id,
    [f.lifting],
  ]);
  return id;
}

async function consent(participantId: string, organisationId: string, categories: string[], purpose = 'matching') {
  for (const category of categories) {
    await t.db.query(
      `INSERT INTO consents (participant_id, organisation_id, category, purpose, starts_on, method)
       VALUES ($1, $2, $3, $4, '2026-01-01', 'paper')`,
      [participantId, organisationId, category, purpose],
    );
  }
}

const careTasks = [
  // Asks lifting up to ~10 kg (level 1 tolerated), not carvable.
  { name: 'Bewoners helpen bij wassen', sharePercent: 60, demands: [{ itemId: 'IV.13', levels: [1] }] },
  { name: 'Koffie schenken', sharePercent: 40, demands: [] },
];

async function vacancy(title: string, accommodations: string[]): Promise<string> {
  const res = await adviser.request('POST', `/api/v1/employers/${employerId}/vacancies`, {
    title,
    contractType: 'temporary',
    wageForm: 'marketWage',
    hoursMin: 20,
    hoursMax: 24,
    tasks: careTasks,
    accommodations,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

interface Ranking {
  considered: number;
  admitted: number;
  excludedBy: Record<string, number>;
  items: {
    participant: { id: string; name: string | null };
    score: number;
    factors: { code: string; points: number }[];
    explanation: { text: string; cautions: string[] };
    accommodations: { code: string; name: string }[];
  }[];
}

async function auditCount(userId: string, participantId: string): Promise<number> {
  const { rows } = await t.db.query<{ n: string }>(
    `SELECT count(*) AS n FROM audit_events WHERE user_id = $1 AND participant_id = $2 AND action = 'match.readCandidate'`,
    [userId, participantId],
  );
  return Number(rows[0]!.n);
}

let adviserUserId: string;

beforeAll(async () => {
  t = await buildTestApp({ MATCHING_CACHE_SECONDS: '0' });
  const wsp = await makeOrg(t.db, { type: 'shelteredWork', regionCode: 'AM13' });
  wspId = wsp.id;
  const gemeente = await makeOrg(t.db, { type: 'gemeente', regionCode: 'AM13' });
  adviserOrgId = gemeente.id;
  const c = await as(wsp, 'jobCoach');
  coach = c.client;
  coachUserId = c.userId;
  const a = await as(gemeente, 'employerAdviser');
  adviser = a.client;
  adviserUserId = a.userId;
  otherAdviser = (await as(await makeOrg(t.db, { type: 'gemeente', regionCode: 'AM13' }), 'employerAdviser')).client;
  const employerOrg = await makeOrg(t.db, { type: 'employer', regionCode: 'AM13' });
  employerUser = (await as(employerOrg, 'employer')).client;

  const e = await adviser.request('POST', '/api/v1/employers', {
    name: `Zorgcentrum ${uid()}`,
    sbiCode: '8710',
    accommodations: ['liftingAid'],
    locations: [{ name: 'De Linde', municipalityCode: 'GM0344' }],
  });
  expect(e.statusCode, e.body).toBe(201);
  employerId = e.json<{ id: string }>().id;
  heavyVacancy = await vacancy('Zorghulp', []);
  aidedVacancy = await vacancy('Zorghulp met tilhulp', ['liftingAid']);

  // Can lift ~5 kg (level 2): above what the task tolerates (level 1).
  consenting = await participant({ name: 'Anna', lifting: 2, kindsOfWork: 'zorg', hoursMax: 24 });
  await consent(consenting, adviserOrgId, ['wishes', 'capacityHealth']);
  // Can lift ~10 kg (level 1): fits; consented only for another purpose, so not for matching.
  notConsenting = await participant({ name: 'Bram', lifting: 1, kindsOfWork: 'zorg', hoursMax: 24 });
  await consent(notConsenting, adviserOrgId, ['wishes', 'capacityHealth'], 'workGuidance');
  // Fits and consented including identity.
  strong = await participant({ name: 'Cem', lifting: 0, kindsOfWork: 'zorg', hoursMax: 32 });
  await consent(strong, adviserOrgId, ['wishes', 'capacityHealth', 'identity']);
  // Wants at most 8 hours: dropped by the hours pre-filter.
  fewHours = await participant({ name: 'Dirk', lifting: 0, kindsOfWork: 'zorg', hoursMax: 8 });
  // Not looking for work yet (referral): never a candidate.
  await participant({ name: 'Eva', lifting: 0, kindsOfWork: 'zorg', hoursMax: 24, phase: 'referral' });
});
afterAll(async () => {
  await t.close();
});

describe('best candidates for a vacancy', () => {
  it('a task asking more lifting than someone can excludes them; the counts say why', async () => {
    const res = await coach.request('GET', `/api/v1/employers/${employerId}/vacancies/${heavyVacancy}/candidates`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Ranking>();
    const ids = body.items.map((i) => i.participant.id);
    expect(ids).toContain(strong);
    expect(ids).toContain(notConsenting);
    expect(ids).not.toContain(consenting);
    expect(body.excludedBy.taskDemand).toBe(1);
    expect(body.excludedBy.hours).toBe(1);
    // Referral phase is not counted at all; the four job seekers are.
    expect(body.considered).toBe(4);
    expect(body.admitted).toBe(2);
    for (const item of body.items) {
      const sum = item.factors.reduce((s, f) => s + f.points, 0);
      expect(Math.round(sum * 10) / 10).toBe(item.score);
      expect(item.explanation.text).toMatch(/^past: /);
    }
    // The coach is assigned: names shown.
    expect(body.items.find((i) => i.participant.id === strong)?.participant.name).toMatch(/^Cem /);
  });

  it('an accommodation the employer offers re-admits them, and the result names it', async () => {
    const res = await coach.request('GET', `/api/v1/employers/${employerId}/vacancies/${aidedVacancy}/candidates`);
    const body = res.json<Ranking>();
    const anna = body.items.find((i) => i.participant.id === consenting);
    expect(anna, res.body).toBeDefined();
    expect(anna!.accommodations).toEqual([{ code: 'liftingAid', name: 'tilhulp' }]);
    expect(anna!.explanation.cautions.join(' ')).toContain('tilhulp');
    expect(body.excludedBy.taskDemand).toBe(0);
  });

  it("renders the explanation in the reader's language", async () => {
    const reader = await makeUser(t.db, [{ organisationId: wspId, role: 'jobCoach' }]);
    await t.db.query(`UPDATE users SET language = 'en' WHERE id = $1`, [reader.id]);
    await t.db.query(
      `INSERT INTO trajectory_assignments (trajectory_id, user_id)
       SELECT id, $2 FROM trajectories WHERE participant_id = $1`,
      [consenting, reader.id],
    );
    const english = await login(t.app, reader.email, PASSWORD);
    const res = await english.request('GET', `/api/v1/employers/${employerId}/vacancies/${aidedVacancy}/candidates`);
    const anna = res.json<Ranking>().items.find((i) => i.participant.id === consenting)!;
    expect(anna.explanation.text).toMatch(/^fits: /);
    expect(anna.accommodations[0]!.name).not.toBe('tilhulp');
  });

  it('an adviser sees only participants who consented to their organisation for matching; names only with identity consent', async () => {
    const before = await auditCount(adviserUserId, strong);
    const res = await adviser.request('GET', `/api/v1/employers/${employerId}/vacancies/${aidedVacancy}/candidates`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Ranking>();
    const ids = body.items.map((i) => i.participant.id);
    expect(ids.sort()).toEqual([consenting, strong].sort());
    expect(ids).not.toContain(notConsenting);
    expect(body.items.find((i) => i.participant.id === strong)!.participant.name).toMatch(/^Cem /);
    expect(body.items.find((i) => i.participant.id === consenting)!.participant.name).toBeNull();
    // One audit record per participant shown, none for those not shown.
    expect(await auditCount(adviserUserId, strong)).toBe(before + 1);
    expect(await auditCount(adviserUserId, notConsenting)).toBe(0);
  });

  it('an adviser of another organisation without any consent sees nobody', async () => {
    const res = await otherAdviser.request(
      'GET',
      `/api/v1/employers/${employerId}/vacancies/${heavyVacancy}/candidates`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Ranking>().items).toEqual([]);
  });

  it('the employer role gets 403 on every matching route', async () => {
    expectProblem(
      await employerUser.request('GET', `/api/v1/employers/${employerId}/vacancies/${heavyVacancy}/candidates`),
      403,
    );
    expectProblem(await employerUser.request('GET', `/api/v1/participants/${strong}/vacancy-matches`), 403);
    expectProblem(
      await employerUser.request('GET', `/api/v1/participants/${strong}/vacancies/${heavyVacancy}/instruments`),
      403,
    );
  });

  it('withdrawing the consent removes the participant on the next request', async () => {
    const p = await participant({ name: 'Fenna', lifting: 0, kindsOfWork: 'zorg', hoursMax: 24 });
    await consent(p, adviserOrgId, ['wishes', 'capacityHealth']);
    const url = `/api/v1/employers/${employerId}/vacancies/${heavyVacancy}/candidates`;
    expect((await adviser.request('GET', url)).json<Ranking>().items.map((i) => i.participant.id)).toContain(p);
    await t.db.query(`UPDATE consents SET withdrawn_at = now() WHERE participant_id = $1 AND category = 'wishes'`, [p]);
    expect((await adviser.request('GET', url)).json<Ranking>().items.map((i) => i.participant.id)).not.toContain(p);
  });
});

describe('the candidate cache', () => {
  it('keeps the people of a region for a while, but a withdrawn consent counts on the next request', async () => {
    const p = await participant({ name: 'Gijs', lifting: 0, kindsOfWork: 'zorg', hoursMax: 24 });
    await consent(p, adviserOrgId, ['wishes', 'capacityHealth']);
    setCacheSeconds(300);
    try {
      const url = `/api/v1/employers/${employerId}/vacancies/${heavyVacancy}/candidates?limit=100`;
      const ids = async () => (await adviser.request('GET', url)).json<Ranking>().items.map((i) => i.participant.id);
      expect(await ids()).toContain(p);
      await t.db.query(`UPDATE consents SET withdrawn_at = now() WHERE participant_id = $1`, [p]);
      expect(await ids()).not.toContain(p);
      // The coach, assigned, still sees them (from the same cached region).
      const coachIds = (await coach.request('GET', url)).json<Ranking>().items.map((i) => i.participant.id);
      expect(coachIds).toContain(p);
      // The adviser's consent facts are kept too, but every change to consents makes them new:
      // a consent given again counts at once, and so does one whose end date is moved into the past.
      await consent(p, adviserOrgId, ['wishes', 'capacityHealth']);
      expect(await ids()).toContain(p);
      await t.db.query(
        `UPDATE consents SET starts_on = current_date - 10, ends_on = current_date - 1
          WHERE participant_id = $1 AND withdrawn_at IS NULL`,
        [p],
      );
      expect(await ids()).not.toContain(p);
    } finally {
      setCacheSeconds(0);
    }
  });
});

describe('best vacancies for a participant', () => {
  it('lists the open vacancies of the region that fit, best first, with the same explanation', async () => {
    const res = await coach.request('GET', `/api/v1/participants/${consenting}/vacancy-matches?limit=50`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      items: { vacancy: { id: string; employerName: string }; accommodations: { code: string }[] }[];
    }>();
    const ids = body.items.map((i) => i.vacancy.id);
    expect(ids).toContain(aidedVacancy);
    expect(ids).not.toContain(heavyVacancy);
    expect(body.items.find((i) => i.vacancy.id === aidedVacancy)!.accommodations.map((a) => a.code)).toEqual([
      'liftingAid',
    ]);
  });

  it('an adviser without matching consent gets 404 (the participant is not disclosed)', async () => {
    expectProblem(await adviser.request('GET', `/api/v1/participants/${notConsenting}/vacancy-matches`), 404);
    const ok = await adviser.request('GET', `/api/v1/participants/${consenting}/vacancy-matches`);
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('rejects a limit outside 1–100 with the field named', async () => {
    const res = await coach.request('GET', `/api/v1/participants/${consenting}/vacancy-matches?limit=500`);
    expect(expectProblem(res, 400).errors?.[0]?.location.pointer).toBe('/limit');
  });
});

describe('instruments for a participant × vacancy', () => {
  it('says per instrument whether it applies and why, in one sentence; werkplekaanpassing when the match relies on a tilhulp', async () => {
    const res = await coach.request('GET', `/api/v1/participants/${consenting}/vacancies/${aidedVacancy}/instruments`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      accommodationsNeeded: { code: string }[];
      items: { code: string; applies: string; grantor: string | null; reason: string }[];
    }>();
    expect(body.accommodationsNeeded.map((a) => a.code)).toEqual(['liftingAid']);
    expect(body.items).toHaveLength(13);
    const lks = body.items.find((i) => i.code === 'loonkostensubsidie')!;
    // Participatiewet, loonwaarde not measured: maybe, granted by the gemeente.
    expect(lks).toMatchObject({ applies: 'maybe', grantor: 'gemeente' });
    const adaptation = body.items.find((i) => i.code === 'werkplekaanpassing')!;
    expect(adaptation.applies).not.toBe('no');
    for (const item of body.items) {
      expect(item.reason).toMatch(/^[^.]+\.$|^[^.]*\.[^ ]/);
    }
  });
});

describe('who fits a carved job', () => {
  it('lists who fits and which task blocks whom, with counts per task', async () => {
    // An employer that offers no accommodations, so the laundry's lifting cannot be helped.
    const e = await adviser.request('POST', '/api/v1/employers', {
      name: `Wasserij ${uid()}`,
      locations: [{ municipalityCode: 'GM0344' }],
    });
    const plainEmployer = e.json<{ id: string }>().id;
    const job = await adviser.request('POST', `/api/v1/employers/${plainEmployer}/jobs`, {
      title: 'Verzorgende',
      hoursPerWeek: 32,
      tasks: [
        { name: 'Zorg', sharePercent: 50, demands: [{ itemId: 'IV.13', levels: [1] }] },
        // Lifting heavy laundry bags: the full norm (level 0).
        { name: 'Was rondbrengen', sharePercent: 25, carvable: true, demands: [{ itemId: 'IV.13', levels: [0] }] },
        { name: 'Koffie', sharePercent: 25, carvable: true, demands: [] },
      ],
    });
    expect(job.statusCode, job.body).toBe(201);
    const j = job.json<{ id: string; tasks: { id: string }[] }>();
    const carved = await adviser.request('POST', `/api/v1/employers/${plainEmployer}/carved-jobs`, {
      title: 'Facilitair',
      parts: [{ jobId: j.id, taskIds: [j.tasks[1]!.id, j.tasks[2]!.id] }],
    });
    expect(carved.statusCode, carved.body).toBe(201);
    const carvedId = carved.json<{ id: string }>().id;
    const res = await coach.request('GET', `/api/v1/employers/${plainEmployer}/carved-jobs/${carvedId}/fits?limit=100`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      candidates: {
        participant: { id: string };
        fits: boolean;
        blocking: { taskName: string; itemId: string; text: string }[];
        otherReasons: string[];
      }[];
      blocksPerTask: { taskName: string; blocks: number }[];
    }>();
    const byId = new Map(body.candidates.map((c) => [c.participant.id, c]));
    // Cem lifts the norm: fits. Anna (~5 kg) and Bram (~10 kg) are blocked by the laundry (the full norm).
    expect(byId.get(strong)).toMatchObject({ fits: true, blocking: [] });
    for (const id of [consenting, notConsenting]) {
      expect(byId.get(id)?.fits).toBe(false);
      expect(byId.get(id)?.blocking.map((b) => `${b.taskName} ${b.itemId}`)).toEqual(['Was rondbrengen IV.13']);
    }
    expect(byId.get(consenting)!.blocking[0]!.text).toMatch(/^Tillen: Beperkt/);
    // The carved job is 16 hours; Dirk wants at most 8.
    expect(byId.get(fewHours)?.otherReasons).toEqual(['hours']);
    expect(body.blocksPerTask.map((b) => [b.taskName, b.blocks])).toEqual([
      ['Was rondbrengen', 2],
      ['Koffie', 0],
    ]);
    // Fitting people first.
    expect(body.candidates[0]!.fits).toBe(true);
  });
});

describe('certificates, driving licences and Dutch from the wishes', () => {
  it('a vacancy asking VCA and licence B admits who recorded them (a lorry licence covers B), and names what is missing', async () => {
    const res = await adviser.request('POST', `/api/v1/employers/${employerId}/vacancies`, {
      title: 'Medewerker buitendienst',
      contractType: 'temporary',
      wageForm: 'marketWage',
      hoursMin: 20,
      hoursMax: 24,
      tasks: [{ name: 'Rondrit langs locaties', sharePercent: 100, demands: [] }],
      requirements: { certificates: ['VCA'], drivingLicence: 'B', languageLevel: 'B1' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const vacancyId = res.json<{ id: string }>().id;
    const hanna = await participant({ name: 'Hanna', lifting: 0, kindsOfWork: 'zorg', hoursMax: 24 });
    const ivo = await participant({ name: 'Ivo', lifting: 0, kindsOfWork: 'zorg', hoursMax: 24 });
    const saved = await coach.request('PUT', `/api/v1/participants/${hanna}/wishes`, {
      certificates: ['vca'],
      drivingLicences: ['CE'],
      languageLevel: 'B2',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (await coach.request('PUT', `/api/v1/participants/${ivo}/wishes`, { drivingLicences: ['A'] })).statusCode,
    ).toBe(200);

    const ranking = await coach.request(
      'GET',
      `/api/v1/employers/${employerId}/vacancies/${vacancyId}/candidates?limit=100`,
    );
    expect(ranking.statusCode, ranking.body).toBe(200);
    const body = ranking.json<Ranking>();
    const ids = body.items.map((i) => i.participant.id);
    expect(ids).toContain(hanna);
    expect(ids).not.toContain(ivo);
    expect(body.excludedBy.certificate).toBeGreaterThanOrEqual(1);
    expect(body.excludedBy.drivingLicence).toBeGreaterThanOrEqual(1);
    // Ivo's own list says why, in Dutch.
    const own = await coach.request('GET', `/api/v1/participants/${ivo}/vacancy-matches?limit=100`);
    const forIvo = own.json<{ items: { vacancy: { id: string } }[] }>().items.map((i) => i.vacancy.id);
    expect(forIvo).not.toContain(vacancyId);
    const forHanna = (await coach.request('GET', `/api/v1/participants/${hanna}/vacancy-matches?limit=100`)).json<{
      items: { vacancy: { id: string }; explanation: { text: string } }[];
    }>();
    expect(forHanna.items.find((i) => i.vacancy.id === vacancyId)?.explanation.text).toMatch(/^past: /);
  });
});

describe('travel between gemeenten', () => {
  it('someone in Wijk bij Duurstede who cycles at most 45 minutes does not fit a job in Utrecht; by car they do', async () => {
    const joris = await participant({
      name: 'Joris',
      lifting: 0,
      kindsOfWork: 'zorg',
      hoursMax: 24,
      municipalityCode: 'GM0352',
    });
    const put = (body: Record<string, unknown>) => coach.request('PUT', `/api/v1/participants/${joris}/wishes`, body);
    expect((await put({ maxTravelMinutes: 45, transport: ['bicycle'] })).statusCode).toBe(200);
    const url = `/api/v1/employers/${employerId}/vacancies/${aidedVacancy}/candidates?limit=100`;
    const ranking = async () => (await coach.request('GET', url)).json<Ranking>();
    // Wijk bij Duurstede – Utrecht: 19.8 km straight, × 1.3 = 25.8 km; by bicycle 103 + 2 = 105 minutes.
    const byBike = await ranking();
    expect(byBike.items.map((i) => i.participant.id)).not.toContain(joris);
    expect(byBike.excludedBy.travel).toBeGreaterThanOrEqual(1);
    // By car 34.4 + 5 = 39 minutes: within the 45.
    expect((await put({ transport: ['bicycle', 'car'] })).statusCode).toBe(200);
    const byCar = (await ranking()).items.find((i) => i.participant.id === joris);
    expect(byCar?.explanation.text).toMatch(/39 min/);
  });
});

describe('a participant without wishes', () => {
  it('the explanation says first that no wishes are recorded, until the job coach records them', async () => {
    const kees = await participant({ name: 'Kees', lifting: 0, kindsOfWork: '', hoursMax: 0, noWishes: true });
    const explanation = async () => {
      const res = await coach.request('GET', `/api/v1/participants/${kees}/vacancy-matches?limit=100`);
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json<{ items: { vacancy: { id: string }; explanation: { text: string } }[] }>().items;
      return items.find((i) => i.vacancy.id === aidedVacancy)?.explanation.text;
    };
    // The hours and travel "fit" only because nothing limits them.
    expect(await explanation()).toMatch(
      /^past: .*24 uur.*; let op: nog geen wensen vastgelegd — bespreek soort werk, uren en reistijd/,
    );
    const saved = await coach.request('PUT', `/api/v1/participants/${kees}/wishes`, {
      kindsOfWork: 'zorg',
      hoursMax: 24,
      transport: ['bicycle'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await explanation();
    expect(after).toMatch(/^past: wil dit werk doen \(zorg\)/);
    expect(after).not.toContain('wensen');
  });
});
