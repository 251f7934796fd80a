/**
 * Caseload and employer-contact norms per team through the HTTP API, on a known dataset. Period: 1–28
 * January 2026 (exactly 4 weeks; the as-of date is 28 January).
 *
 * Team Noord (GGZ):
 * - coach 1 has 22 open IPS trajectories, coach 2 has 3 (one of them shared with coach 1) and 1 closed
 *   on 10 January; a trajectory assigned only from 1 February is in the team's caseload (25 participants)
 *   but not in a coach's → 25 assignments over 2 coaches: 12.5 on average, 1 coach above the norm of 20;
 * - an open job-coaching trajectory: not IPS, not in the caseload, but it makes the team show up;
 * - employer contacts in January: coach 1 24 visits, coach 2 6 phone calls, the employer adviser 12 events;
 *   one visit on 29 January is after the as-of date → 36 face-to-face of 42, by 3 specialists (a disabled
 *   job coach does not count): 36 / 3 / 4 = 3.0 a week.
 *
 * Team Zuid (sheltered work): 5 IPS participants → "< 10", no mean.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import type { TeamNormsTable } from './monitoring.schemas.js';
import { parseCsv } from '../../shared/csv.js';

let t: TestApp;
let noord: { id: string };
let zuid: { id: string };
let evaluator: Client;

async function trajectories(
  org: string,
  n: number,
  opts: { approach?: string; closedOn?: string; coaches: { id: string; assignedAt?: string }[] },
): Promise<void> {
  const participants = Array.from({ length: n }, () => randomUUID());
  const ids = participants.map(() => randomUUID());
  await t.db.query(
    `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code)
     SELECT id, $2, 'Test', 'Team', '1990-01-01', 'GM0344' FROM unnest($1::uuid[]) AS x(id)`,
    [participants, org],
  );
  await t.db.query(
    `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date, closed_on, closed_reason)
     SELECT id, pid, $3, $4, CASE WHEN $5::date IS NULL THEN 'jobSearch' ELSE 'closed' END, DATE '2025-12-01', $5::date,
            CASE WHEN $5::date IS NULL THEN NULL ELSE 'other' END
       FROM unnest($1::uuid[], $2::uuid[]) AS x(id, pid)`,
    [ids, participants, org, opts.approach ?? 'ips', opts.closedOn ?? null],
  );
  for (const coach of opts.coaches) {
    await t.db.query(
      `INSERT INTO trajectory_assignments (trajectory_id, user_id, is_lead, assigned_at)
       SELECT id, $2, true, $3::timestamptz FROM unnest($1::uuid[]) AS x(id)`,
      [ids, coach.id, coach.assignedAt ?? '2025-12-01T09:00:00+01:00'],
    );
  }
}

async function shared(org: string, coaches: string[]): Promise<void> {
  const participant = randomUUID();
  const id = randomUUID();
  await t.db.query(
    `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code)
     VALUES ($1, $2, 'Test', 'Gedeeld', '1990-01-01', 'GM0344')`,
    [participant, org],
  );
  await t.db.query(
    `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date)
     VALUES ($1, $2, $3, 'ips', 'jobSearch', DATE '2025-12-01')`,
    [id, participant, org],
  );
  for (const coach of coaches) {
    await t.db.query(
      `INSERT INTO trajectory_assignments (trajectory_id, user_id, assigned_at) VALUES ($1, $2, '2025-12-01T09:00:00+01:00')`,
      [id, coach],
    );
  }
}

async function contacts(employer: string, org: string, user: string, kind: string, dates: string[]): Promise<void> {
  await t.db.query(
    `INSERT INTO employer_contact_log (employer_id, organisation_id, professional_user_id, contact_date, kind, purpose)
     SELECT $1, $2, $3, d::date, $4, 'learnBusiness' FROM unnest($5::text[]) AS x(d)`,
    [employer, org, user, kind, dates],
  );
}

const january = (n: number) => Array.from({ length: n }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')}`);

beforeAll(async () => {
  t = await buildTestApp();
  noord = await makeOrg(t.db, { type: 'ggz', name: 'Team Noord' });
  zuid = await makeOrg(t.db, { type: 'shelteredWork', name: 'Team Zuid' });
  evaluator = await login(
    t.app,
    (await makeUser(t.db, [{ organisationId: (await makeOrg(t.db)).id, role: 'evaluator' }])).email,
    PASSWORD,
  );
  const coach1 = await makeUser(t.db, [{ organisationId: noord.id, role: 'jobCoach' }]);
  const coach2 = await makeUser(t.db, [{ organisationId: noord.id, role: 'jobCoach' }]);
  const adviser = await makeUser(t.db, [{ organisationId: noord.id, role: 'employerAdviser' }]);
  await makeUser(t.db, [{ organisationId: noord.id, role: 'jobCoach' }], { status: 'disabled' });
  const coachZuid = await makeUser(t.db, [{ organisationId: zuid.id, role: 'jobCoach' }]);

  await trajectories(noord.id, 21, { coaches: [{ id: coach1.id }] });
  await shared(noord.id, [coach1.id, coach2.id]);
  await trajectories(noord.id, 2, { coaches: [{ id: coach2.id }] });
  await trajectories(noord.id, 1, { closedOn: '2026-01-10', coaches: [{ id: coach2.id }] });
  await trajectories(noord.id, 1, { coaches: [{ id: coach2.id, assignedAt: '2026-02-01T09:00:00+01:00' }] });
  await trajectories(noord.id, 1, { approach: 'jobCoaching', coaches: [{ id: coach2.id }] });
  await trajectories(zuid.id, 5, { coaches: [{ id: coachZuid.id }] });

  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO employers (region_code, name, account_holder_organisation_id) VALUES ('AM13', 'Bakkerij De Korenaar', $1)
     RETURNING id`,
    [noord.id],
  );
  const employer = rows[0]!.id;
  await contacts(employer, noord.id, coach1.id, 'visit', january(24));
  await contacts(employer, noord.id, coach1.id, 'visit', ['2026-01-29']);
  await contacts(employer, noord.id, coach2.id, 'phone', january(6));
  await contacts(employer, noord.id, adviser.id, 'event', january(12));
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('caseload and employer-contact norms per team', () => {
  it('counts each team’s IPS caseload on the as-of date and its employer contacts per specialist per week', async () => {
    const res = await evaluator.request('GET', '/api/v1/monitoring/team-norms?from=2026-01-01&to=2026-01-28');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<TeamNormsTable>();
    expect(body).toMatchObject({ asOf: '2026-01-28', weeks: 4, caseloadNorm: 20, contactsNorm: 6, threshold: 10 });
    const team = body.teams.find((x) => x.organisationId === noord.id)!;
    expect(team).toMatchObject({
      name: 'Team Noord',
      ipsParticipants: { value: 25, display: '25' },
      ipsCoaches: 2,
      averageCaseload: 12.5,
      coachesAboveNorm: 1,
      specialists: 3,
      faceToFace: 36,
      contacts: 42,
      faceToFacePerWeek: 3,
    });
    const small = body.teams.find((x) => x.organisationId === zuid.id)!;
    expect(small).toMatchObject({ ipsParticipants: { value: null, display: '< 10' }, averageCaseload: null });
    expect(small.faceToFacePerWeek).toBe(0);
  });

  it('as a file: the same figures, the participants hidden where the API hides them', async () => {
    const res = await evaluator.request(
      'GET',
      '/api/v1/monitoring/team-norms/export?from=2026-01-01&to=2026-01-28&format=csv',
    );
    expect(res.statusCode, res.body).toBe(200);
    const lines = parseCsv(res.body.slice(1), ';');
    const header = lines.findIndex((l) => l[0] === 'Team');
    expect(lines[header]).toHaveLength(9);
    expect(lines.find((l) => l[0] === 'Team Noord')).toEqual([
      'Team Noord',
      '25',
      '2',
      '12,5',
      '1',
      '3',
      '36',
      '42',
      '3',
    ]);
    expect(lines.find((l) => l[0] === 'Team Zuid')!.slice(0, 2)).toEqual(['Team Zuid', '< 10']);
  });

  it('lists only the teams of the filtered population', async () => {
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/team-norms?from=2026-01-01&to=2026-01-28&organisationId=${zuid.id}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TeamNormsTable>().teams.map((x) => x.name)).toEqual(['Team Zuid']);
  });

  it('refuses a job coach (no indicator access) and a period that ends before it starts', async () => {
    const coach = await login(
      t.app,
      (await makeUser(t.db, [{ organisationId: noord.id, role: 'jobCoach' }])).email,
      PASSWORD,
    );
    expectProblem(await coach.request('GET', '/api/v1/monitoring/team-norms'), 403);
    const problem = expectProblem(
      await evaluator.request('GET', '/api/v1/monitoring/team-norms?from=2026-02-01&to=2026-01-01'),
      400,
    );
    expect(problem.errors!.map((e) => e.location.pointer)).toEqual(['/from']);
  });
});
