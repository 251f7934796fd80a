/**
 * Monitoring through the HTTP API on a small known dataset: a programme with two initiatives (an IPS team
 * at a GGZ organisation, job coaching at a sheltered-work company), 44 participants built in SQL with
 * their phases and jobs, and people outside the programme. Every indicator is checked exactly, as the
 * programme manager and the evaluator see it; no count below the threshold leaves the API; the SQL forms
 * of "job start" and "competitive" equal the jobs module's definitions.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { isCompetitive, isJobStart, type WageForm } from '../jobs/jobs.indicators.js';
import { parseCsv } from '../../shared/csv.js';
import { readXlsxRows } from '../../platform/spreadsheet/xlsx.js';
import { projectYearEnd } from './goals/projection.js';
import { COMPETITIVE_SQL, JOB_START_SQL, NO_FILTER } from './monitoring.data.js';
import { computeCounts, DEFAULT_DEFINITION } from './monitoring.indicators.service.js';

let t: TestApp;
let gemeente: { id: string };
let ggz: { id: string };
let sw: { id: string };
let otherGgz: { id: string };
let manager: Client;
let evaluator: Client;
let coach: Client;
let programmeId: string;
let ipsInitiativeId: string;

async function as(org: { id: string }, role: RoleName) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

interface JobSpec {
  start: string;
  end?: string;
  hours: number;
  wage?: WageForm;
  open?: boolean;
}

interface PersonSpec {
  org: string;
  approach: string;
  municipality: string;
  targetGroups: string[];
  phases: [string, string][];
  jobs?: JobSpec[];
  participantId?: string;
}

const pending: (PersonSpec & { participantId: string; trajectoryId: string; newParticipant: boolean })[] = [];

/** A participant with one trajectory, its phase events and jobs; written by {@link flush}. */
function person(o: PersonSpec): Promise<string> {
  const participantId = o.participantId ?? randomUUID();
  pending.push({ ...o, participantId, trajectoryId: randomUUID(), newParticipant: !o.participantId });
  return Promise.resolve(participantId);
}

/** Writes the pending people straight into the tables, in a few statements. */
async function flush(): Promise<void> {
  const people = pending.filter((p) => p.newParticipant);
  await t.db.query(
    `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code, target_groups)
     SELECT id, org, 'Test', 'Deelnemer ' || id, '1990-01-01', m, coalesce(string_to_array(nullif(g, ''), ','), '{}')
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS x(id, org, m, g)`,
    [
      people.map((p) => p.participantId),
      people.map((p) => p.org),
      people.map((p) => p.municipality),
      people.map((p) => p.targetGroups.join(',')),
    ],
  );
  const last = (p: PersonSpec) => p.phases[p.phases.length - 1]!;
  await t.db.query(
    `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date, closed_on, closed_reason)
     SELECT id, pid, org, a, ph, r::date, CASE WHEN ph = 'closed' THEN lo::date END, CASE WHEN ph = 'closed' THEN 'other' END
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(id, pid, org, a, ph, r, lo)`,
    [
      pending.map((p) => p.trajectoryId),
      pending.map((p) => p.participantId),
      pending.map((p) => p.org),
      pending.map((p) => p.approach),
      pending.map((p) => last(p)[0]),
      pending.map((p) => p.phases[0]![1]),
      pending.map((p) => last(p)[1]),
    ],
  );
  const events = pending.flatMap((p) =>
    p.phases.map(([phase, on], i) => ({ id: p.trajectoryId, from: i === 0 ? null : p.phases[i - 1]![0], phase, on })),
  );
  await t.db.query(
    `INSERT INTO trajectory_phase_events (trajectory_id, from_phase, to_phase, occurred_on)
     SELECT id, f, ph, o::date FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS x(id, f, ph, o)`,
    [events.map((e) => e.id), events.map((e) => e.from), events.map((e) => e.phase), events.map((e) => e.on)],
  );
  const jobs = pending.flatMap((p) => (p.jobs ?? []).map((j) => ({ p, j, wage: j.wage ?? 'marketWage' })));
  await t.db.query(
    `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, start_date, end_date, end_reason,
       hours_per_week, contract_type, wage_form, open_to_anyone)
     SELECT pid, tid, 'Werkgever', 'Medewerker', s::date, e::date, CASE WHEN e IS NOT NULL THEN 'contractEnded' END, h,
            CASE WHEN w = 'unpaidWorkExperience' THEN 'none' ELSE 'temporary' END, w, o
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::text[], $7::boolean[]) AS x(pid, tid, s, e, h, w, o)`,
    [
      jobs.map((x) => x.p.participantId),
      jobs.map((x) => x.p.trajectoryId),
      jobs.map((x) => x.j.start),
      jobs.map((x) => x.j.end ?? null),
      jobs.map((x) => x.j.hours),
      jobs.map((x) => x.wage),
      jobs.map((x) => x.j.open ?? true),
    ],
  );
  pending.length = 0;
}

const times = async (n: number, fn: (i: number) => Promise<unknown>) => {
  for (let i = 0; i < n; i++) {
    await fn(i);
  }
};

const IPS_PHASES: [string, string][] = [
  ['referral', '2025-06-02'],
  ['intake', '2025-06-16'],
  ['jobSearch', '2025-07-01'],
];
const JC_PHASES: [string, string][] = [
  ['referral', '2025-11-03'],
  ['intake', '2025-11-17'],
];

async function buildDataset() {
  const ips = (i: number, jobs: JobSpec[] = []) =>
    person({
      org: ggz.id,
      approach: 'ips',
      municipality: 'GM0344',
      targetGroups: ['psychologicalVulnerability'],
      phases: IPS_PHASES,
      jobs,
    });
  // A1–A10: competitive, 20 h, from 1 September 2025 → sustainably placed (6 months) on 1 March 2026.
  await times(10, (i) => ips(i, [{ start: '2025-09-01', hours: 20 }]));
  // A11–A13: loondispensatie from 2 February 2026 → job starts, not competitive.
  await times(3, (i) => ips(i, [{ start: '2026-02-02', hours: 24, wage: 'loondispensatie' }]));
  // A14: 3.5 h competitive in Q1 only → worked in Q1, not a job start.
  await ips(13, [{ start: '2026-03-02', end: '2026-03-31', hours: 3.5 }]);
  // A15–A16: competitive 12 h from 1 April 2026 → job starts.
  await times(2, (i) => ips(i, [{ start: '2026-04-01', hours: 12 }]));
  // A17–A24: no job.
  await times(8, (i) => ips(i));
  // B1–B12: job coaching at the sheltered-work company, living in Nieuwegein (AM13); B1–B8 start a job.
  await times(12, (i) =>
    person({
      org: sw.id,
      approach: 'jobCoaching',
      municipality: 'GM0356',
      targetGroups: ['workDisability'],
      phases: JC_PHASES,
      jobs: i < 8 ? [{ start: '2026-04-01', hours: 16 }] : [],
    }),
  );
  // B13–B15: living in Amsterdam (AM18), no target group recorded; B13 starts a job.
  await times(3, (i) =>
    person({
      org: sw.id,
      approach: 'jobCoaching',
      municipality: 'GM0363',
      targetGroups: [],
      phases: [
        ['referral', '2026-01-05'],
        ['intake', '2026-01-19'],
      ],
      jobs: i === 0 ? [{ start: '2026-05-04', hours: 12 }] : [],
    }),
  );
  // E1: a status holder with two trajectories at once (IPS and job coaching): one person, counted once in totals.
  const e1 = await person({
    org: ggz.id,
    approach: 'ips',
    municipality: 'GM0344',
    targetGroups: ['statusHolder'],
    phases: IPS_PHASES,
  });
  await person({
    org: sw.id,
    approach: 'jobCoaching',
    municipality: 'GM0344',
    targetGroups: [],
    phases: JC_PHASES,
    participantId: e1,
  });
  // D1: referred only (never engaged); D2: closed before 2026 → not reached.
  await person({
    org: ggz.id,
    approach: 'ips',
    municipality: 'GM0344',
    targetGroups: [],
    phases: [['referral', '2026-02-02']],
  });
  await person({
    org: ggz.id,
    approach: 'ips',
    municipality: 'GM0344',
    targetGroups: [],
    phases: [
      ['referral', '2025-05-05'],
      ['intake', '2025-06-16'],
      ['closed', '2025-12-01'],
    ],
  });
  // C1–C2: IPS at another GGZ organisation, not in the programme.
  await times(2, () =>
    person({
      org: otherGgz.id,
      approach: 'ips',
      municipality: 'GM0344',
      targetGroups: [],
      phases: IPS_PHASES,
      jobs: [{ start: '2026-03-02', hours: 20 }],
    }),
  );
  await flush();
}

interface CellBody {
  value: number | null;
  display: string;
  suppressed: boolean;
  status: string;
}
interface TableBody {
  asOf: string;
  regionCode: string | null;
  threshold: number;
  rows: { key: string; label: string; cells: Record<string, CellBody> }[];
  total: Record<string, CellBody>;
}

const shown = (value: number) => ({ value, display: String(value), suppressed: false, status: 'shown' });
const small = { value: null, display: '< 10', suppressed: true, status: 'primary' };
const hidden = { value: null, display: 'x', suppressed: true, status: 'secondary' };
const secret = { value: null, display: 'x', suppressed: true, status: 'secondary' };

/** Every published cell in a response body. */
function cellsIn(body: unknown, out: CellBody[] = []): CellBody[] {
  if (Array.isArray(body)) {
    body.forEach((b) => cellsIn(b, out));
  } else if (body && typeof body === 'object') {
    const o = body as Record<string, unknown>;
    if ('status' in o && 'display' in o && 'suppressed' in o) {
      out.push(o as unknown as CellBody);
    } else {
      Object.values(o).forEach((v) => cellsIn(v, out));
    }
  }
  return out;
}

const H1 = 'from=2026-01-01&to=2026-06-30';

beforeAll(async () => {
  t = await buildTestApp();
  gemeente = await makeOrg(t.db, { type: 'gemeente' });
  ggz = await makeOrg(t.db, { type: 'ggz' });
  sw = await makeOrg(t.db, { type: 'shelteredWork' });
  otherGgz = await makeOrg(t.db, { type: 'ggz' });
  manager = await as(gemeente, 'programmeManager');
  evaluator = await as(await makeOrg(t.db, { type: 'knowledgeInstitute' }), 'evaluator');
  coach = await as(ggz, 'jobCoach');
  await buildDataset();
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('registry', () => {
  it('a programme manager registers a programme with two initiatives; others may read but not change it', async () => {
    const res = await manager.request('POST', '/api/v1/programmes', {
      name: `Sterk door Werk ${uid()}`,
      ambition: 'Minstens 100 mensen per arbeidsmarktregio per jaar duurzaam aan het werk.',
      startsOn: '2025-01-01',
      endsOn: '2027-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const programme = res.json<{ id: string; suppression: { threshold: number }; permissions: { manage: boolean } }>();
    programmeId = programme.id;
    expect(programme.suppression.threshold).toBe(10);
    expect(programme.permissions.manage).toBe(true);

    const ipsRes = await manager.request('POST', `/api/v1/programmes/${programmeId}/initiatives`, {
      name: 'IPS in de ggz',
      status: 'running',
      startsOn: '2025-06-01',
      buildingBlocks: ['resilience', 'sustainableJobs'],
      parties: [
        { kind: 'organisation', organisationId: ggz.id, perspective: 'Behandeling en IPS-begeleiding' },
        { kind: 'organisation', organisationId: gemeente.id, perspective: 'Werk en inkomen' },
        { kind: 'network', name: 'Werkgeversnetwerk Utrecht', perspective: 'Werkgevers' },
      ],
      approachCodes: ['ips'],
    });
    expect(ipsRes.statusCode, ipsRes.body).toBe(201);
    ipsInitiativeId = ipsRes.json<{ id: string }>().id;
    const jc = await manager.request('POST', `/api/v1/programmes/${programmeId}/initiatives`, {
      name: 'Jobcoaching bij het werkbedrijf',
      status: 'preparing',
      startsOn: '2025-11-01',
      buildingBlocks: ['workplaces'],
      parties: [{ kind: 'organisation', organisationId: sw.id, perspective: 'Werkplekken en jobcoaching' }],
    });
    expect(jc.statusCode, jc.body).toBe(201);
    const patched = await manager.request('PATCH', `/api/v1/initiatives/${jc.json<{ id: string }>().id}`, {
      status: 'running',
    });
    expect(patched.json<{ status: string; parties: unknown[] }>()).toMatchObject({ status: 'running', parties: [{}] });

    const read = await evaluator.request('GET', `/api/v1/programmes/${programmeId}`);
    expect(read.statusCode).toBe(200);
    const body = read.json<{ initiatives: { name: string; parties: { name: string }[] }[]; permissions: unknown }>();
    expect(body.initiatives.map((i) => i.name)).toEqual(['IPS in de ggz', 'Jobcoaching bij het werkbedrijf']);
    expect(body.initiatives[0]!.parties.map((p) => p.name)[2]).toBe('Werkgeversnetwerk Utrecht');
    expect(body.permissions).toEqual({ manage: false, readIndicators: true });
    expectProblem(await evaluator.request('PATCH', `/api/v1/programmes/${programmeId}`, { name: 'Anders' }), 403);
    const otherManager = await as(sw, 'programmeManager');
    expectProblem(await otherManager.request('PATCH', `/api/v1/programmes/${programmeId}`, { name: 'Anders' }), 403);
    expectProblem(await coach.request('GET', `/api/v1/programmes/${programmeId}`), 403);
  });

  it('reports every problem in an initiative and a goal with a pointer', async () => {
    const bad = await manager.request('POST', `/api/v1/programmes/${programmeId}/initiatives`, {
      name: 'IPS in de ggz',
      status: 'running',
      startsOn: '2026-01-01',
      endsOn: '2025-01-01',
      buildingBlocks: [],
      parties: [
        { kind: 'organisation', perspective: 'x' },
        { kind: 'company', perspective: 'y' },
        { kind: 'organisation', organisationId: '00000000-0000-4000-8000-000000000000', perspective: 'z' },
      ],
      approachCodes: ['nope'],
    });
    const body = expectProblem(bad, 400, 'invalid-input');
    expect(body.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/name', 'name-taken'],
      ['/endsOn', 'end-before-start'],
      ['/parties/0/organisationId', 'required'],
      ['/parties/1/name', 'required'],
      ['/parties/2/organisationId', 'unknown-organisation'],
      ['/approachCodes/0', 'unknown-approach'],
    ]);
    const goal = await manager.request('POST', `/api/v1/programmes/${programmeId}/goals`, {
      description: 'Fout doel',
      metric: 'ipsEmploymentRate',
      scope: 'approach',
      regionCode: 'AM13',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      target: 141,
      approachMinReach: 100,
    });
    expect(expectProblem(goal, 400).errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/regionCode', 'region-only-with-region-scope'],
      ['/approachMinReach', 'min-reach-only-national'],
      ['/scope', 'rate-needs-one-scope'],
      ['/target', 'rate-target-max'],
    ]);
  });
});

describe('indicators on the known dataset', () => {
  it('counts exactly from the raw tables (before suppression)', async () => {
    const filter = { ...NO_FILTER, programmeId };
    const p = { from: '2026-01-01', to: '2026-06-30' };
    const byApproach = await computeCounts(t.db, filter, 'approach', p, DEFAULT_DEFINITION);
    // Hours (181 days): A1–A10 20 h × 181/7, A11–A13 24 h × 149/7, A14 3.5 h × 30/7, A15–A16 12 h × 91/7 → 7,031;
    // B1–B8 16 h × 91/7, B13 12 h × 58/7 → 1,763.4; the total 8,794.4 is rounded once.
    expect(byApproach.total).toEqual({
      reach: 40,
      jobStarts: 14,
      sustainable6: 10,
      sustainable12: 0,
      hoursWorked: 8794,
      workers: 25,
    });
    expect(Object.fromEntries(byApproach.rows)).toEqual({
      ips: { reach: 25, jobStarts: 5, sustainable6: 10, sustainable12: 0, hoursWorked: 7031, workers: 16 },
      jobCoaching: { reach: 16, jobStarts: 9, sustainable6: 0, sustainable12: 0, hoursWorked: 1763, workers: 9 },
    });
    const byRegion = await computeCounts(t.db, filter, 'region', p, DEFAULT_DEFINITION);
    expect(Object.fromEntries([...byRegion.rows].map(([k, v]) => [k, v.reach]))).toEqual({ AM13: 37, AM18: 3 });
    // January–November: the jobs of February–May reach 6 months too (A11–A13, A15–A16, B1–B8, B13), and A1–A10 12 months.
    const year = await computeCounts(
      t.db,
      filter,
      'none',
      { from: '2026-01-01', to: '2026-11-30' },
      DEFAULT_DEFINITION,
    );
    // Hours over 334 days: 9,542.9 + 3,106.3 + 15 + 836.6 + 4,461.7 + 361.7 = 18,324.1.
    expect(year.total).toEqual({
      reach: 40,
      jobStarts: 14,
      sustainable6: 24,
      sustainable12: 10,
      hoursWorked: 18324,
      workers: 25,
    });
    // Without the programme filter, the IPS team outside the programme counts too.
    const all = await computeCounts(t.db, { ...NO_FILTER, organisationId: otherGgz.id }, 'none', p, DEFAULT_DEFINITION);
    // C1–C2: 20 h from 2 March, 121 days → 691.4.
    expect(all.total).toEqual({
      reach: 2,
      jobStarts: 2,
      sustainable6: 0,
      sustainable12: 0,
      hoursWorked: 691,
      workers: 2,
    });
  });

  it('per approach: distinct total, small counts hidden as one list', async () => {
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/indicators?${H1}&by=approach&programmeId=${programmeId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<TableBody>();
    expect(body.rows.map((r) => r.key)).toEqual(['ips', 'jobCoaching']);
    // Hours follow the people who worked them: 9 in job coaching ("< 10"), so its hours are hidden, and the
    // IPS hours too (total − IPS would give them back); the total of 25 people shows its 8,794 hours.
    expect(body.rows[0]!.cells).toEqual({
      reach: shown(25),
      jobStarts: small,
      sustainable6: shown(10),
      sustainable12: shown(0),
      hoursWorked: hidden,
    });
    expect(body.rows[1]!.cells).toEqual({
      reach: shown(16),
      jobStarts: small,
      sustainable6: shown(0),
      sustainable12: shown(0),
      hoursWorked: hidden,
    });
    // 25 + 16 > 40: the person with two trajectories counts once in the total.
    expect(body.total).toEqual({
      reach: shown(40),
      jobStarts: shown(14),
      sustainable6: shown(10),
      sustainable12: shown(0),
      hoursWorked: shown(8794),
    });
  });

  it('over time: each month as its own table would be, hidden months protected by the half year’s total', async () => {
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/indicators/over-time?${H1}&programmeId=${programmeId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<
      TableBody & { interval: string; points: { key: string; from: string; to: string; cells: TableBody['total'] }[] }
    >();
    expect(body.interval).toBe('month');
    expect(body.points.map((p) => [p.key, p.from, p.to])).toEqual([
      ['2026-01', '2026-01-01', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-31'],
      ['2026-04', '2026-04-01', '2026-04-30'],
      ['2026-05', '2026-05-01', '2026-05-31'],
      ['2026-06', '2026-06-01', '2026-06-30'],
    ]);
    // Job starts: February A11–A13 (3), April A15–A16 and B1–B8 (10), May B13 (1); A14's 3.5 h is no job start.
    expect(body.points.map((p) => p.cells.jobStarts!.display)).toEqual(['0', '< 10', '0', '10', '< 10', '0']);
    expect(body.total.jobStarts).toEqual(shown(14));
    // A1–A10 reach 6 months on 1 March.
    expect(body.points[2]!.cells.sustainable6).toEqual(shown(10));
    // January: only A1–A10 work, 20 h × 31/7 each → 886 hours by 10 people.
    expect(body.points[0]!.cells.hoursWorked).toEqual(shown(886));
    // The same month as a table of its own gives the same figure.
    const january = await evaluator.request(
      'GET',
      `/api/v1/monitoring/indicators?from=2026-01-01&to=2026-01-31&programmeId=${programmeId}`,
    );
    expect(january.json<TableBody>().total.hoursWorked).toEqual(shown(886));
    expectProblem(await evaluator.request('GET', `/api/v1/monitoring/indicators/over-time?${H1}&interval=week`), 400);
  });

  it('per region: the small region is "< 10" and the other one "x", so the total does not give it away', async () => {
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/indicators?${H1}&by=region&programmeId=${programmeId}`,
    );
    const body = res.json<TableBody>();
    expect(body.rows.map((r) => [r.key, r.label])).toEqual([
      ['AM18', 'Groot Amsterdam'],
      ['AM13', 'Midden-Utrecht'],
    ]);
    expect(body.rows.find((r) => r.key === 'AM18')!.cells.reach).toEqual(small);
    expect(body.rows.find((r) => r.key === 'AM13')!.cells.reach).toEqual(secret);
    expect(body.total.reach).toEqual(shown(40));
    expect(body.rows.find((r) => r.key === 'AM13')!.cells.sustainable6).toEqual(shown(10));
  });

  it('a filter on a hidden row hides that figure too (linked tables)', async () => {
    // AM13's reach (37) is an "x" in the table per region: asking for AM13 alone must not reveal it.
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/indicators?${H1}&programmeId=${programmeId}&regionCode=AM13`,
    );
    const body = res.json<TableBody>();
    expect(body.total.reach).toEqual(secret);
    expect(body.total.sustainable6).toEqual(shown(10));
    // The IPS initiative's reach is shown in the breakdown per initiative, so it is shown on its own too.
    const one = await evaluator.request('GET', `/api/v1/monitoring/indicators?${H1}&initiativeId=${ipsInitiativeId}`);
    expect(one.json<TableBody>().total.reach).toEqual(shown(25));
  });

  it('per target group: people with several groups, and no group recorded', async () => {
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/indicators?${H1}&by=targetGroup&programmeId=${programmeId}`,
    );
    const body = res.json<TableBody>();
    expect(Object.fromEntries(body.rows.map((r) => [r.key, r.cells.reach!.display]))).toEqual({
      psychologicalVulnerability: '24',
      workDisability: '12',
      statusHolder: '< 10',
      unknown: '< 10',
    });
    expect(body.rows.find((r) => r.key === 'unknown')!.label).toBe('Geen doelgroep vastgelegd');
  });

  it('IPS employment rate per quarter: caseload, worked in a competitive job, percentage', async () => {
    const res = await evaluator.request(
      'GET',
      `/api/v1/monitoring/ips-employment-rate?year=2026&programmeId=${programmeId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      benchmarks: { average: number };
      quarters: { quarter: number; caseload: CellBody; worked: CellBody; rate: number | null; partial: boolean }[];
    }>();
    expect(body.benchmarks.average).toBe(41);
    expect(body.quarters.slice(0, 3)).toEqual([
      expect.objectContaining({ quarter: 1, caseload: shown(25), worked: shown(11), rate: 44, partial: false }),
      expect.objectContaining({ quarter: 2, caseload: shown(25), worked: shown(12), rate: 48 }),
      expect.objectContaining({ quarter: 3, caseload: shown(25), worked: shown(12), rate: 48 }),
    ]);
    // The other GGZ team alone: 2 people — nothing but "< 10".
    const other = await evaluator.request(
      'GET',
      `/api/v1/monitoring/ips-employment-rate?year=2026&organisationId=${otherGgz.id}`,
    );
    const q1 = other.json<{ quarters: { caseload: CellBody; worked: CellBody; rate: number | null }[] }>().quarters[0]!;
    expect([q1.caseload, q1.worked, q1.rate]).toEqual([small, small, null]);
  });

  it('the SQL forms of job start and competitive employment equal the jobs module for every wage form', async () => {
    const forms: WageForm[] = [
      'marketWage',
      'loonkostensubsidie',
      'loondispensatie',
      'unpaidWorkExperience',
      'beschutWerk',
      'other',
    ];
    const cases = forms.flatMap((wageForm) =>
      [3.5, 4, 12].flatMap((hoursPerWeek) =>
        [true, false].map((openToAnyone) => ({ wageForm, hoursPerWeek, openToAnyone })),
      ),
    );
    const { rows } = await t.db.query<{ start: boolean; competitive: boolean }>(
      `SELECT ${JOB_START_SQL} AS start, ${COMPETITIVE_SQL} AS competitive
         FROM unnest($1::text[], $2::numeric[], $3::boolean[]) WITH ORDINALITY AS j(wage_form, hours_per_week, open_to_anyone, n)
        ORDER BY n`,
      [cases.map((c) => c.wageForm), cases.map((c) => c.hoursPerWeek), cases.map((c) => c.openToAnyone)],
    );
    const facts = (c: (typeof cases)[number]) => ({ ...c, startDate: '2026-01-01', endDate: null });
    expect(rows.map((r) => r.start)).toEqual(cases.map((c) => isJobStart(facts(c))));
    expect(rows.map((r) => r.competitive)).toEqual(cases.map((c) => isCompetitive(facts(c))));
  });
});

describe('approaches', () => {
  it('shows each approach with its description and computed scope; a knowledge editor reads, a programme manager edits', async () => {
    const editor = await as(await makeOrg(t.db, { type: 'knowledgeInstitute' }), 'knowledgeEditor');
    const res = await editor.request('GET', `/api/v1/monitoring/approaches?${H1}&programmeId=${programmeId}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      nationalMinRegions: number;
      items: { code: string; description: string | null; scope: string; regions: { code: string }[] }[];
    }>();
    expect(body.nationalMinRegions).toBe(3);
    const byCode = Object.fromEntries(body.items.map((a) => [a.code, a]));
    expect([byCode.ips!.scope, byCode.ips!.regions.map((r) => r.code)]).toEqual(['regional', ['AM13']]);
    expect([byCode.jobCoaching!.scope, byCode.jobCoaching!.regions.map((r) => r.code)]).toEqual([
      'regional',
      ['AM13', 'AM18'],
    ]);
    expect(byCode.learningRoute!.scope).toBe('notRunning');
    expect(byCode.ips!.description).toMatch(/^Begeleiding naar betaald werk/);
    expectProblem(await editor.request('PATCH', '/api/v1/monitoring/approaches/ips', { descriptionNl: 'Anders' }), 403);
    const patched = await manager.request('PATCH', '/api/v1/monitoring/approaches/other', {
      descriptionNl: 'Een aanpak die niet in de lijst staat.',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<{ description: string }>().description).toBe('Een aanpak die niet in de lijst staat.');
    expectProblem(
      await manager.request('PATCH', '/api/v1/monitoring/approaches/noSuchThing', { descriptionNl: 'x' }),
      404,
    );
  });
});

describe('goals and their progress', () => {
  it('computes each goal: counts with a year-end projection and its sentence, the IPS rate, national approaches', async () => {
    const goal = async (body: Record<string, unknown>) => {
      const res = await manager.request('POST', `/api/v1/programmes/${programmeId}/goals`, {
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        ...body,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await goal({
      description: '100 duurzaam per regio',
      metric: 'sustainable6',
      scope: 'region',
      target: 100,
      baseline: 60,
    });
    await goal({ description: 'IPS 41 %', metric: 'ipsEmploymentRate', scope: 'programme', target: 41 });
    await goal({ description: 'Baanstarts', metric: 'jobStarts', scope: 'programme', target: 30 });
    await goal({ description: 'Bereik per aanpak', metric: 'reach', scope: 'approach', target: 100 });
    await goal({
      description: 'Twee landelijke aanpakken',
      metric: 'nationalApproaches',
      scope: 'programme',
      target: 2,
      approachMinReach: 10,
    });

    const res = await manager.request('GET', `/api/v1/programmes/${programmeId}/goal-progress?asOf=2026-06-30`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      goals: {
        goal: { description: string };
        note: string | null;
        rows: {
          key: string;
          count: CellBody;
          rate: number | null;
          projection: Record<string, unknown> | null;
          sentence: string;
        }[];
      }[];
    }>();
    const [sustainable, rate, starts, reach, national] = body.goals;
    const expected = projectYearEnd({ count: 10, target: 100, year: 2026, asOf: '2026-06-30' });
    const am13 = sustainable!.rows.find((r) => r.key === 'AM13')!;
    expect(am13.count).toEqual(shown(10));
    expect(am13.projection).toEqual({
      year: 2026,
      projected: 20,
      low: expected.low,
      high: expected.high,
      outlook: expected.outlook,
      early: false,
    });
    expect(am13.sentence).toBe(`Midden-Utrecht: 10 van 100; verwacht eind 2026: ${expected.low}–${expected.high}`);
    expect(sustainable!.rows.find((r) => r.key === 'AM18')!.count).toEqual(shown(0));

    expect(rate!.rows.map((r) => [r.key, r.rate, r.sentence])).toEqual([
      ['2026-Q1', 44, 'Kwartaal 1 2026: 44 % aan het werk (doel: 41 %)'],
      ['2026-Q2', 48, 'Kwartaal 2 2026: 48 % aan het werk (doel: 41 %)'],
    ]);
    const startsExpected = projectYearEnd({ count: 14, target: 30, year: 2026, asOf: '2026-06-30' });
    expect(starts!.rows[0]).toMatchObject({
      count: shown(14),
      projection: { projected: 28, low: startsExpected.low, high: startsExpected.high },
    });
    expect(reach!.rows.map((r) => [r.key, r.count.display, r.projection])).toEqual([
      ['ips', '25', null],
      ['jobCoaching', '16', null],
    ]);
    expect(reach!.note).toMatch(/geen verwachting/);
    expect(national!.rows[0]!.sentence).toBe('0 van 2 landelijke aanpakken bereiken minstens 10 mensen');
    expect(national!.rows.find((r) => r.key === 'jobCoaching')!.sentence).toBe(
      "Jobcoaching: 16 bereikt, in 2 regio's (regionaal)",
    );
  });
});

describe('who sees which figures', () => {
  it('a programme manager without a region or programme sees their own region; another region is refused', async () => {
    const res = await manager.request('GET', `/api/v1/monitoring/indicators?${H1}&by=approach`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<TableBody>();
    expect(body.regionCode).toBe('AM13');
    expect(body.rows.map((r) => r.key)).toContain('ips');
    const other = await manager.request('GET', `/api/v1/monitoring/indicators?${H1}&regionCode=AM18`);
    expectProblem(other, 403);
    // Their own programme counts in every region.
    const own = await manager.request(
      'GET',
      `/api/v1/monitoring/indicators?${H1}&by=region&programmeId=${programmeId}`,
    );
    expect(own.json<TableBody>().rows).toHaveLength(2);
    // The goal progress of another organisation's programme is not theirs.
    const stranger = await as(await makeOrg(t.db, { type: 'gemeente' }), 'programmeManager');
    expectProblem(await stranger.request('GET', `/api/v1/programmes/${programmeId}/goal-progress`), 403);
    expectProblem(await coach.request('GET', `/api/v1/monitoring/indicators?${H1}`), 403);
  });

  it('a goal over everyone in another region: the evaluator sees its figures, the programme manager does not', async () => {
    const res = await manager.request('POST', `/api/v1/programmes/${programmeId}/goals`, {
      description: 'Bereik in Groot Amsterdam (iedereen)',
      metric: 'reach',
      scope: 'region',
      regionCode: 'AM18',
      population: 'everyone',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      target: 50,
    });
    expect(res.statusCode, res.body).toBe(201);
    type Progress = { goals: { rows: unknown[]; note: string | null }[] };
    const last = (body: Progress) => body.goals[body.goals.length - 1]!;
    const forManager = await manager.request('GET', `/api/v1/programmes/${programmeId}/goal-progress?asOf=2026-06-30`);
    const managerGoal = last(forManager.json<Progress>());
    expect(managerGoal.rows).toEqual([]);
    expect(managerGoal.note).toMatch(/regio van uw organisatie/);
    const forEvaluator = await evaluator.request(
      'GET',
      `/api/v1/programmes/${programmeId}/goal-progress?asOf=2026-06-30`,
    );
    expect(last(forEvaluator.json()).rows).toHaveLength(1);
  });

  it('no count below the threshold appears in any response', async () => {
    const urls = [
      ...['none', 'approach', 'organisation', 'region', 'municipality', 'targetGroup', 'initiative'].map(
        (by) => `/api/v1/monitoring/indicators?${H1}&by=${by}&programmeId=${programmeId}`,
      ),
      `/api/v1/monitoring/indicators?from=2026-01-01&to=2026-11-30&by=municipality&programmeId=${programmeId}`,
      `/api/v1/monitoring/indicators?${H1}&by=region&organisationId=${otherGgz.id}`,
      `/api/v1/monitoring/ips-employment-rate?year=2026&programmeId=${programmeId}`,
      `/api/v1/monitoring/ips-employment-rate?year=2026&organisationId=${otherGgz.id}`,
      `/api/v1/programmes/${programmeId}/goal-progress?asOf=2026-06-30`,
      `/api/v1/programmes/${programmeId}/goal-progress?asOf=2026-03-15`,
    ];
    let checked = 0;
    for (const url of urls) {
      const res = await evaluator.request('GET', url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      for (const cell of cellsIn(res.json())) {
        checked += 1;
        if (cell.status === 'shown') {
          expect(cell.value === 0 || (cell.value ?? 0) >= 10, `${url}: ${JSON.stringify(cell)}`).toBe(true);
        } else {
          expect(cell.value).toBeNull();
          expect(['< 10', 'x']).toContain(cell.display);
        }
      }
      // Nor in a sentence: every number in it is a shown count, a target, a year or a band.
      expect(res.body).not.toMatch(/"display":"[1-9]"/);
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('dashboard tables as files', () => {
  it('the figures per month and the IPS rate per quarter as files hold the same signs as the API', async () => {
    const query = `${H1}&programmeId=${programmeId}`;
    const csv = await evaluator.request('GET', `/api/v1/monitoring/indicators/over-time/export?${query}&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="cijfers-month-2026-01-01-2026-06-30.csv"');
    const lines = parseCsv(csv.body.slice(1), ';');
    const at = lines.findIndex((l) => l[0] === 'Maand');
    expect(lines[at]).toEqual([
      'Maand',
      'Bereik',
      'Baanstarts',
      'Duurzaam geplaatst (6 maanden)',
      'Duurzaam geplaatst (12 maanden)',
      'Gewerkte uren',
    ]);
    // Job starts per month: 0, < 10, 0, 10, < 10, 0 (as the API), and the half year's 14.
    expect(lines.slice(at + 1, at + 7).map((l) => [l[0], l[2]])).toEqual([
      ['2026-01', '0'],
      ['2026-02', '< 10'],
      ['2026-03', '0'],
      ['2026-04', '10'],
      ['2026-05', '< 10'],
      ['2026-06', '0'],
    ]);
    expect(lines[at + 7]!.slice(0, 3)).toEqual(['Hele periode', '40', '14']);
    const xlsx = await evaluator.request('GET', `/api/v1/monitoring/indicators/over-time/export?${query}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');

    const ips = await evaluator.request(
      'GET',
      `/api/v1/monitoring/ips-employment-rate/export?year=2026&programmeId=${programmeId}&format=csv`,
    );
    expect(ips.statusCode, ips.body).toBe(200);
    const rows = parseCsv(ips.body.slice(1), ';');
    expect(rows.find((l) => l[0] === 'Kwartaal')).toEqual([
      'Kwartaal',
      'Deelnemers in IPS',
      'Aan het werk in regulier werk',
      'Percentage',
    ]);
    expect(rows.some((l) => l[0] === '2026-Q1')).toBe(true);
    expectProblem(await evaluator.request('GET', `/api/v1/monitoring/team-norms/export?format=pdf`), 400);
  });

  it('the goal progress as a file holds each goal’s rows with the same signs, targets and ranges as the API', async () => {
    const api = (
      await evaluator.request('GET', `/api/v1/programmes/${programmeId}/goal-progress?asOf=2026-06-30`)
    ).json<{
      goals: {
        goal: { description: string; target: number };
        note: string | null;
        rows: {
          label: string;
          count: CellBody;
          target: number;
          projection: { low: number; high: number; early: boolean } | null;
        }[];
      }[];
    }>();
    const res = await evaluator.request(
      'GET',
      `/api/v1/programmes/${programmeId}/goal-progress/export?asOf=2026-06-30&format=csv`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="doelen-2026-06-30.csv"');
    const lines = parseCsv(res.body.slice(1), ';');
    expect(lines.some((l) => l[0] === 'Stand op 2026-06-30')).toBe(true);
    const at = lines.findIndex((l) => l[0] === 'Doel');
    expect(lines[at]!.slice(0, 5)).toEqual(['Doel', 'Wat telt', 'Periode', 'Voor', 'Nu']);
    const body = lines.slice(at + 1).filter((l) => api.goals.some((g) => g.goal.description === l[0]));
    const expected = api.goals.flatMap((g) =>
      g.rows.length === 0
        ? [[g.goal.description, g.note ?? 'Nog geen cijfers', '', String(g.goal.target), '']]
        : g.rows.map((r) => [
            g.goal.description,
            r.label,
            r.count.display,
            String(r.target),
            r.projection && !r.projection.early && r.count.status === 'shown' ? String(r.projection.low) : '',
          ]),
    );
    expect(body.map((l) => [l[0], l[3], l[4], l[6], l[7]])).toEqual(expected);
    // The per-region goal is there with a row per region, Midden-Utrecht with its range.
    expect(body.some((l) => l[3] === 'Midden-Utrecht' && l[7] !== '')).toBe(true);
    expect(lines.some((l) => l[0]!.startsWith('"< 10": minder dan 10 mensen.'))).toBe(true);
    // No count below the threshold: "now" is 0, 10 or more, or a sign (targets and ranges may be small).
    for (const l of body) {
      expect(l[4] === '' || l[4] === '0' || l[4] === '< 10' || l[4] === 'x' || Number(l[4]) >= 10, l.join(';')).toBe(
        true,
      );
    }
    const xlsx = await evaluator.request(
      'GET',
      `/api/v1/programmes/${programmeId}/goal-progress/export?asOf=2026-06-30&format=xlsx`,
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const stranger = await as(await makeOrg(t.db, { type: 'gemeente' }), 'programmeManager');
    expectProblem(
      await stranger.request('GET', `/api/v1/programmes/${programmeId}/goal-progress/export?format=csv`),
      403,
    );
  });

  it('the CSV holds exactly the API table — the same signs, the total, the definitions — and the XLSX the same rows', async () => {
    const query = `${H1}&by=approach&programmeId=${programmeId}`;
    const table = (await evaluator.request('GET', `/api/v1/monitoring/indicators?${query}`)).json<{
      rows: { label: string; cells: Record<string, { display: string }> }[];
      total: Record<string, { display: string }>;
    }>();
    const res = await evaluator.request('GET', `/api/v1/monitoring/indicators/export?${query}&format=csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="cijfers-approach-2026-01-01-2026-06-30.csv"',
    );
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = parseCsv(res.body.slice(1), ';');
    const at = lines.findIndex((l) => l[0] === 'Aanpak');
    expect(lines[at]).toEqual([
      'Aanpak',
      'Bereik',
      'Baanstarts',
      'Duurzaam geplaatst (6 maanden)',
      'Duurzaam geplaatst (12 maanden)',
      'Gewerkte uren',
    ]);
    const measures = ['reach', 'jobStarts', 'sustainable6', 'sustainable12', 'hoursWorked'];
    table.rows.forEach((row, i) => {
      expect(lines[at + 1 + i]).toEqual([row.label, ...measures.map((m) => row.cells[m]!.display)]);
    });
    expect(lines[at + 1 + table.rows.length]).toEqual([
      'Totaal (unieke personen)',
      ...measures.map((m) => table.total[m]!.display),
    ]);
    expect(lines.some((l) => l[0]!.startsWith('"< 10": minder dan 10 mensen. "x": afgeschermd'))).toBe(true);
    expect(lines.flat().some((c) => /^[1-9]$/.test(c))).toBe(false);

    const xlsx = await evaluator.request('GET', `/api/v1/monitoring/indicators/export?${query}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const dir = await mkdtemp(join(tmpdir(), 'indicators-'));
    try {
      const file = join(dir, 'cijfers.xlsx');
      await writeFile(file, xlsx.rawPayload);
      const rows: string[][] = [];
      for await (const row of readXlsxRows(file)) {
        rows.push(row.cells);
      }
      const start = rows.findIndex((r) => r[0] === 'Aanpak');
      expect(rows.slice(start, start + table.rows.length + 2)).toEqual(lines.slice(at, at + table.rows.length + 2));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expectProblem(await evaluator.request('GET', `/api/v1/monitoring/indicators/export?${query}&format=pdf`), 400);
  });
});
