/**
 * Effect evaluation through the HTTP API on a small known dataset, worked out by hand:
 *
 * - Cohort A (an IPS team, referred 15 January 2025): 30 people; 18 start a job 60 days after referral
 *   (10 of those jobs end 90 days later, 8 last); 12 find none.
 * - Cohort B (job coaching, referred 10 February 2025): 40 people plus one of A's people with a second
 *   trajectory (counted in A only); 12 start a job 150 days after referral; 10 close without one on
 *   1 August 2025; 18 are still searching.
 *
 * Job within 12 months: A 18/30 = 60 %, B 12/40 = 30 %: difference 30 points, RR 2.0, OR 18·28/(12·12) = 3.5.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { compareBinary } from './stats/binary-outcome.js';
import type { EffectEvaluation } from './monitoring.schemas.js';

let t: TestApp;
let ipsOrg: { id: string };
let jcOrg: { id: string };
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
  participantId?: string;
  org: string;
  approach: string;
  referral: string;
  closedOn?: string;
  job?: { start: string; end?: string };
}

async function write(specs: Spec[]): Promise<void> {
  const fresh = specs.filter((s) => !s.participantId);
  fresh.forEach((s) => {
    s.participantId = randomUUID();
  });
  await t.db.query(
    `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code)
     SELECT id, org, 'Test', 'Effect', '1990-01-01', 'GM0344' FROM unnest($1::uuid[], $2::uuid[]) AS x(id, org)`,
    [fresh.map((s) => s.participantId), fresh.map((s) => s.org)],
  );
  const ids = specs.map(() => randomUUID());
  await t.db.query(
    `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date, closed_on, closed_reason)
     SELECT id, pid, org, a, CASE WHEN c IS NULL THEN 'jobSearch' ELSE 'closed' END, r::date, c::date,
            CASE WHEN c IS NULL THEN NULL ELSE 'other' END
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[]) AS x(id, pid, org, a, r, c)`,
    [
      ids,
      specs.map((s) => s.participantId),
      specs.map((s) => s.org),
      specs.map((s) => s.approach),
      specs.map((s) => s.referral),
      specs.map((s) => s.closedOn ?? null),
    ],
  );
  const jobs = specs.flatMap((s, i) => (s.job ? [{ s, id: ids[i]!, job: s.job }] : []));
  await t.db.query(
    `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, start_date, end_date, end_reason,
       hours_per_week, contract_type, wage_form, open_to_anyone)
     SELECT pid, tid, 'Werkgever', 'Medewerker', s::date, e::date, CASE WHEN e IS NOT NULL THEN 'contractEnded' END, 20,
            'temporary', 'marketWage', true
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS x(pid, tid, s, e)`,
    [
      jobs.map((j) => j.s.participantId),
      jobs.map((j) => j.id),
      jobs.map((j) => j.job.start),
      jobs.map((j) => j.job.end ?? null),
    ],
  );
}

beforeAll(async () => {
  t = await buildTestApp();
  ipsOrg = await makeOrg(t.db, { type: 'ggz' });
  jcOrg = await makeOrg(t.db, { type: 'shelteredWork' });
  evaluator = await as(await makeOrg(t.db, { type: 'gemeente' }), 'evaluator');
  const a: Spec[] = Array.from({ length: 30 }, (_, i) => {
    const referral = '2025-01-15';
    const start = addDays(referral, 60);
    return {
      org: ipsOrg.id,
      approach: 'ips',
      referral,
      job: i < 18 ? { start, end: i < 10 ? addDays(start, 90) : undefined } : undefined,
    };
  });
  await write(a);
  const b: Spec[] = Array.from({ length: 40 }, (_, i) => ({
    org: jcOrg.id,
    approach: 'jobCoaching',
    referral: '2025-02-10',
    closedOn: i >= 12 && i < 22 ? '2025-08-01' : undefined,
    job: i < 12 ? { start: addDays('2025-02-10', 150) } : undefined,
  }));
  // One of A's people (without a job) is in B too: they count in A only.
  b.push({ participantId: a[29]!.participantId, org: jcOrg.id, approach: 'jobCoaching', referral: '2025-02-10' });
  await write(b);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const url = (outcome: string, extra = '') =>
  `/api/v1/monitoring/effect-evaluation?outcome=${outcome}&from=2025-01-01&to=2025-02-28&organisationIdA=${ipsOrg.id}&organisationIdB=${jcOrg.id}${extra}`;

describe('effect evaluation', () => {
  it('job within 12 months: 60 % against 30 %, with the textbook ratios and the overlap counted once', async () => {
    const res = await evaluator.request('GET', url('jobWithin'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<EffectEvaluation>();
    expect(body.cohorts.a.n.value).toBe(30);
    expect(body.cohorts.a.events.value).toBe(18);
    expect(body.cohorts.b.n.value).toBe(40);
    expect(body.cohorts.b.events.value).toBe(12);
    expect(body.overlap.display).toBe('< 10');
    expect(body.withheld).toBeNull();
    const expected = compareBinary({ events: 18, total: 30 }, { events: 12, total: 40 });
    expect(body.binary).toMatchObject({
      proportionA: { estimate: 60 },
      proportionB: { estimate: 30 },
      riskDifference: { estimate: 30 },
      relativeRisk: { estimate: 2 },
      oddsRatio: { estimate: 3.5 },
    });
    expect(body.binary!.fisherP).toBeCloseTo(expected.fisher.pValue, 4);
    expect(body.binary!.riskDifference.lower).toBeCloseTo(100 * expected.riskDifference.newcombe.lower, 1);
    expect(body.cohorts.a.label).toContain(' ');
    expect(body.summary).toMatch(
      /^Groep A \(.+\): 60 % had binnen 12 maanden werk \(18 van 30\)\. Groep B \(.+\): 30 % \(12 van 40\)\. Verschil: 30 procentpunt/,
    );
  });

  it('time to the first job: A’s median is 2 months (60 days), B’s is not reached; the curves show what 10 or more people did', async () => {
    const res = await evaluator.request('GET', url('timeToFirstJob'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<EffectEvaluation>();
    const { a, b } = body.survival!;
    // S = 0.4 on day 60 with no later events: the upper limit (about 0.57) never falls to 0.5.
    expect(a.median).toEqual({ estimate: 2, lower: 2, upper: null, withheld: false });
    expect(b.median.estimate).toBeNull();
    expect(b.median.withheld).toBe(false);
    expect(a.points.slice(0, 3)).toEqual([
      expect.objectContaining({ month: 0, survival: 1, atRisk: 30 }),
      expect.objectContaining({ month: 1, survival: 1, atRisk: 30 }),
      expect.objectContaining({ month: 2, survival: 0.4, atRisk: 12 }),
    ]);
    // B: 12 jobs on day 150 (month 5 is day 152), the 10 closures on day 172 leave 18 at risk.
    expect(b.points[5]).toMatchObject({ survival: 0.7, atRisk: 28 });
    expect(b.points[6]).toMatchObject({ survival: 0.7, atRisk: 18 });
    expect(body.survival!.logRank.pValue).toBeLessThan(0.05);
    expect(body.summary).toMatch(
      /Groep A \(.+\): 2 maanden\. Groep B \(.+\): niet bereikt\. Log-ranktoets p = 0,0\d+\.$/,
    );
  });

  it('job tenure: 10 of 18 jobs ended and 8 last, so those counts are hidden and the curve stops before fewer than 10 are followed', async () => {
    const res = await evaluator.request('GET', url('jobTenure'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<EffectEvaluation>();
    expect(body.cohorts.a.n.value).toBe(18);
    expect(body.cohorts.a.events.value).toBeNull();
    const a = body.survival!.a;
    expect(a.truncatedAtMonth).toBe(3); // day 91: the 8 lasting jobs
    expect(a.points.every((p) => p.survival === 1)).toBe(true);
    expect(a.median).toEqual({ estimate: 3, lower: 3, upper: null, withheld: false }); // day 90: 18 at risk
    expect(res.body).not.toMatch(/"value":[1-9][,}]/);
  });

  it('a before/after comparison of one team with its own periods; a cohort below 10 gives no statistics', async () => {
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/effect-evaluation?outcome=jobWithin&from=2025-01-01&to=2025-01-31&fromB=2025-02-01&toB=2025-02-28&organisationIdA=${ipsOrg.id}&organisationIdB=${ipsOrg.id}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<EffectEvaluation>();
    expect(body.cohorts.a.n.value).toBe(30);
    expect(body.cohorts.b.n.value).toBe(0);
    expect(body.withheld).toBe('small-cohort');
    expect(body.binary).toBeNull();
    expect(body.summary).toMatch(/minder dan 10 mensen/);
  });

  it('refuses periods that are not whole months, and anyone who may not read indicators', async () => {
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/effect-evaluation?outcome=jobWithin&from=2025-01-02&to=2025-02-27`,
    );
    const problem = expectProblem(res, 400);
    expect(problem.errors!.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/from', 'month-start'],
      ['/to', 'month-end'],
    ]);
    const coach = await as(ipsOrg, 'jobCoach');
    expectProblem(await coach.request('GET', url('jobWithin')), 403);
  });
});
