/**
 * Durations per approach through the HTTP API on a small known dataset, worked out by hand. Period:
 * January–February 2025.
 *
 * IPS (30 people referred 15 January 2025):
 * - 0–19: a held contact with an employer on day 10; a job on day 60; the jobs of 0–9 end 90 days later;
 * - 20–24: a job on day 60 that lasts, no employer contact;
 * - 25–28: closed on 1 March (day 45) without a job; an employer contact on 1 April, after closing (not
 *   counted);
 * - 29: an employer contact on day 5 that was planned, not held (not counted).
 *
 * Job coaching: 6 people referred 10 February 2025, each with a job: below the threshold of 10.
 * Work experience: one person referred 15 March 2025: outside the period.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import type { DurationsTable } from './monitoring.schemas.js';
import { parseCsv } from '../../shared/csv.js';

let t: TestApp;
let ipsOrg: { id: string };
let evaluator: Client;

async function as(org: { id: string }, role: RoleName): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

interface Spec {
  org: string;
  approach: string;
  referral: string;
  closedOn?: string;
  job?: { start: string; end?: string };
  /** An employer contact at 10:00 Amsterdam time on this date. */
  contact?: { on: string; status: 'held' | 'planned' };
}

async function write(specs: Spec[]): Promise<void> {
  const participants = specs.map(() => randomUUID());
  const trajectories = specs.map(() => randomUUID());
  await t.db.query(
    `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code)
     SELECT id, org, 'Test', 'Duur', '1990-01-01', 'GM0344' FROM unnest($1::uuid[], $2::uuid[]) AS x(id, org)`,
    [participants, specs.map((s) => s.org)],
  );
  await t.db.query(
    `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date, closed_on, closed_reason)
     SELECT id, pid, org, a, CASE WHEN c IS NULL THEN 'jobSearch' ELSE 'closed' END, r::date, c::date,
            CASE WHEN c IS NULL THEN NULL ELSE 'other' END
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[]) AS x(id, pid, org, a, r, c)`,
    [
      trajectories,
      participants,
      specs.map((s) => s.org),
      specs.map((s) => s.approach),
      specs.map((s) => s.referral),
      specs.map((s) => s.closedOn ?? null),
    ],
  );
  const jobs = specs.flatMap((s, i) => (s.job ? [{ i, job: s.job }] : []));
  await t.db.query(
    `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, start_date, end_date, end_reason,
       hours_per_week, contract_type, wage_form, open_to_anyone)
     SELECT pid, tid, 'Werkgever', 'Medewerker', s::date, e::date, CASE WHEN e IS NOT NULL THEN 'contractEnded' END, 20,
            'temporary', 'marketWage', true
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS x(pid, tid, s, e)`,
    [
      jobs.map((j) => participants[j.i]),
      jobs.map((j) => trajectories[j.i]),
      jobs.map((j) => j.job.start),
      jobs.map((j) => j.job.end ?? null),
    ],
  );
  const contacts = specs.flatMap((s, i) => (s.contact ? [{ i, s, contact: s.contact }] : []));
  await t.db.query(
    `INSERT INTO contacts (participant_id, trajectory_id, organisation_id, occurs_at, kind, status)
     SELECT pid, tid, org, (d::date + time '10:00') AT TIME ZONE 'Europe/Amsterdam', 'withEmployer', st
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS x(pid, tid, org, d, st)`,
    [
      contacts.map((c) => participants[c.i]),
      contacts.map((c) => trajectories[c.i]),
      contacts.map((c) => c.s.org),
      contacts.map((c) => c.contact.on),
      contacts.map((c) => c.contact.status),
    ],
  );
}

beforeAll(async () => {
  t = await buildTestApp();
  ipsOrg = await makeOrg(t.db, { type: 'ggz' });
  // One organisation for all three approaches: the requests filter on it, so the data of other test files in
  // the same database (PostgreSQL runs share one) does not count.
  const jcOrg = ipsOrg;
  evaluator = await as(await makeOrg(t.db, { type: 'gemeente' }), 'evaluator');
  const referral = '2025-01-15';
  const jobStart = addDays(referral, 60);
  const ips: Spec[] = Array.from({ length: 30 }, (_, i) => {
    const spec: Spec = { org: ipsOrg.id, approach: 'ips', referral };
    if (i < 25) {
      spec.job = { start: jobStart, end: i < 10 ? addDays(jobStart, 90) : undefined };
    }
    if (i < 20) {
      spec.contact = { on: addDays(referral, 10), status: 'held' };
    } else if (i >= 25 && i < 29) {
      spec.closedOn = '2025-03-01';
      spec.contact = { on: '2025-04-01', status: 'held' };
    } else if (i === 29) {
      spec.contact = { on: addDays(referral, 5), status: 'planned' };
    }
    return spec;
  });
  await write([
    ...ips,
    ...Array.from({ length: 6 }, () => ({
      org: jcOrg.id,
      approach: 'jobCoaching',
      referral: '2025-02-10',
      job: { start: '2025-03-10' },
    })),
    { org: jcOrg.id, approach: 'workExperience', referral: '2025-03-15', job: { start: '2025-04-01' } },
  ]);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const url = (outcome: string, period = 'from=2025-01-01&to=2025-02-28') =>
  `/api/v1/monitoring/durations?outcome=${outcome}&${period}&organisationId=${ipsOrg.id}`;

async function durations(outcome: string): Promise<DurationsTable> {
  const res = await evaluator.request('GET', url(outcome));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DurationsTable>();
}

describe('durations per approach', () => {
  it('job tenure: IPS 25 jobs of which 10 ended after 90 days (60 % still working at month 3); job coaching too small for a curve', async () => {
    const body = await durations('jobTenure');
    expect(body.approaches.map((a) => a.code)).toEqual(['ips', 'jobCoaching']); // work experience: outside the period
    const [ips, jc] = body.approaches;
    expect(ips!.label).toBe('IPS (Individuele Plaatsing en Steun)');
    expect(ips!.n.value).toBe(25);
    expect(ips!.events.value).toBe(10);
    expect(ips!.curve!.points.slice(0, 4)).toEqual([
      expect.objectContaining({ month: 0, survival: 1, atRisk: 25 }),
      expect.objectContaining({ month: 1, survival: 1, atRisk: 25 }),
      expect.objectContaining({ month: 2, survival: 1, atRisk: 25 }),
      expect.objectContaining({ month: 3, survival: 0.6, atRisk: 15 }), // day 91: the 10 ended on day 90
    ]);
    expect(ips!.curve!.median.estimate).toBeNull(); // 60 % never falls to half
    expect(jc).toMatchObject({ code: 'jobCoaching', curve: null, n: { value: null, display: '< 10' } });
    expect(jc!.events.display).toBe('0'); // no job ended: zeros are shown
  });

  it('time to the first employer contact: only held contacts before closing count; two thirds within the first month', async () => {
    const body = await durations('timeToFirstEmployerContact');
    const ips = body.approaches.find((a) => a.code === 'ips')!;
    expect(ips.n.value).toBe(30);
    expect(ips.events.value).toBe(20);
    const points = ips.curve!.points;
    expect(points[0]).toMatchObject({ month: 0, survival: 1, atRisk: 30 });
    expect(points[1]).toMatchObject({ month: 1, atRisk: 10 });
    expect(points[1]!.survival).toBeCloseTo(10 / 30, 4);
    // Day 61: only the 6 without a contact and still open are followed: fewer than 10, so the curve stops.
    expect(ips.curve!.truncatedAtMonth).toBe(2);
    expect(ips.curve!.median).toMatchObject({ estimate: 0.3, withheld: false }); // day 10
  });

  it('time to the first job: a median of 2 months (day 60), after the 4 closures on day 45', async () => {
    const body = await durations('timeToFirstJob');
    const ips = body.approaches.find((a) => a.code === 'ips')!;
    expect(ips.n.value).toBe(30);
    // 25 with a job and 5 without: the 5 would follow from 30 − 25, so the 25 are hidden too.
    expect(ips.events).toMatchObject({ value: null, display: 'x' });
    expect(ips.curve!.median).toMatchObject({ estimate: 2, withheld: false });
    expect(ips.curve!.truncatedAtMonth).toBe(2); // day 61: 1 person still followed
    expect(body.threshold).toBe(10);
    expect(body.regionCode).toBeNull();
  });

  it('as a file: per approach the median, then the curves per month, with the signs of the API', async () => {
    const res = await evaluator.request(
      'GET',
      `${url('jobTenure')}`.replace('/durations?', '/durations/export?') + '&format=csv',
    );
    expect(res.statusCode, res.body).toBe(200);
    const lines = parseCsv(res.body.slice(1), ';');
    expect(lines.find((l) => l[0] === 'IPS (Individuele Plaatsing en Steun)')).toEqual([
      'IPS (Individuele Plaatsing en Steun)',
      '25',
      '10',
      'x', // not reached: 60 % still work
      '3', // the lower limit does reach half, at day 90
      'x',
    ]);
    expect(lines.find((l) => l[0] === 'Jobcoaching')!.slice(0, 2)).toEqual(['Jobcoaching', '< 10']);
    const curves = lines.findIndex((l) => l[0]!.startsWith('Maand'));
    expect(lines[curves + 4]).toEqual(['3', '60']);
  });

  it('refuses a period that is not whole months, and anyone who may not read indicators', async () => {
    const problem = expectProblem(
      await evaluator.request('GET', url('jobTenure', 'from=2025-01-02&to=2025-02-27')),
      400,
    );
    expect(problem.errors!.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/from', 'month-start'],
      ['/to', 'month-end'],
    ]);
    expectProblem(await evaluator.request('GET', url('anything')), 400);
    const coach = await as(ipsOrg, 'jobCoach');
    expectProblem(await coach.request('GET', url('jobTenure')), 403);
  });
});
