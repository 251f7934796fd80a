/**
 * Refreshed snapshots of the dashboard counts (MONITORING_CACHE_SECONDS): a fresh snapshot is served with
 * the time it was computed; a stale one is served while it is recomputed in the background, and the
 * recomputed counts equal a computation from scratch over the raw tables — for every breakdown.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import { DIMENSIONS, type IndicatorTable } from './monitoring.schemas.js';
import {
  computeCounts,
  countFromTables,
  DEFAULT_DEFINITION,
  DEFAULT_SETTINGS,
  publishCounts,
} from './monitoring.indicators.service.js';
import { NO_FILTER } from './monitoring.data.js';

let t: TestApp;
let org: { id: string };
let evaluator: Client;
const mine = () => ({ ...NO_FILTER, organisationId: org.id });

/** `n` IPS participants in Utrecht, in job search since January 2026, half of them with a job from March. */
async function participants(n: number, municipality = 'GM0344'): Promise<void> {
  const ids = Array.from({ length: n }, () => randomUUID());
  const trajectories = ids.map(() => randomUUID());
  await t.db.query(
    `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code)
     SELECT id, $2, 'Test', 'Snapshot', '1990-01-01', $3 FROM unnest($1::uuid[]) AS x(id)`,
    [ids, org.id, municipality],
  );
  await t.db.query(
    `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date)
     SELECT id, pid, $3, 'ips', 'jobSearch', DATE '2026-01-05' FROM unnest($1::uuid[], $2::uuid[]) AS x(id, pid)`,
    [trajectories, ids, org.id],
  );
  await t.db.query(
    `INSERT INTO trajectory_phase_events (trajectory_id, from_phase, to_phase, occurred_on)
     SELECT id, p.f, p.t, p.d::date FROM unnest($1::uuid[]) AS x(id)
      CROSS JOIN (VALUES (NULL, 'referral', '2026-01-05'), ('referral', 'intake', '2026-01-12'),
                         ('intake', 'jobSearch', '2026-01-19')) AS p(f, t, d)`,
    [trajectories],
  );
  await t.db.query(
    `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, start_date, hours_per_week,
       contract_type, wage_form, open_to_anyone)
     SELECT pid, tid, 'Werkgever', 'Medewerker', DATE '2026-03-02', 20, 'temporary', 'marketWage', true
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS x(pid, tid, i) WHERE i % 2 = 0`,
    [ids, trajectories],
  );
}

// Filtered on the test's organisation: PostgreSQL runs share one database with the other test files.
const url = () =>
  `/api/v1/monitoring/indicators?from=2026-01-01&to=2026-06-30&by=municipality&organisationId=${org.id}`;

async function table(): Promise<IndicatorTable> {
  const res = await evaluator.request('GET', url());
  expect(res.statusCode, res.body).toBe(200);
  return res.json<IndicatorTable>();
}

beforeAll(async () => {
  t = await buildTestApp({ MONITORING_CACHE_SECONDS: '60' });
  org = await makeOrg(t.db, { type: 'ggz' });
  evaluator = await login(
    t.app,
    (await makeUser(t.db, [{ organisationId: (await makeOrg(t.db)).id, role: 'evaluator' }])).email,
    PASSWORD,
  );
  await participants(20);
  await participants(12, 'GM0356');
}, 120_000);

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await t?.close();
});

describe('refreshed snapshots of the dashboard counts', () => {
  it('serves a fresh snapshot with the time it was computed, also after a change in the data', async () => {
    const first = await table();
    expect(first.total.reach.value).toBe(32);
    await participants(4);
    const again = await table();
    expect(again.computedAt).toBe(first.computedAt);
    expect(again.total.reach.value).toBe(32); // within the cache time: the snapshot
  });

  it('serves a stale snapshot while it is recomputed, then the recomputed counts', async () => {
    const before = await table();
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    const stale = await table();
    expect(stale.computedAt).toBe(before.computedAt);
    let fresh = stale;
    for (let i = 0; i < 50 && fresh.computedAt === before.computedAt; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      fresh = await table();
    }
    expect(fresh.computedAt > before.computedAt).toBe(true);
    expect(fresh.total.reach.value).toBe(36);
  });

  it('after ten times the cache time a request waits for fresh counts', async () => {
    await participants(2, 'GM0356');
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 61_000 + 601_000);
    const body = await table();
    expect(body.total.reach.value).toBe(38);
  });

  it('equals a computation from scratch over the raw tables, for every breakdown, once refreshed', async () => {
    const p = { from: '2026-01-01', to: '2026-06-30' };
    const dimensions = DIMENSIONS.filter((d) => d !== 'initiative');
    const before = new Map<string, string>();
    for (const by of dimensions) {
      before.set(by, (await computeCounts(t.db, mine(), by, p, DEFAULT_DEFINITION)).computedAt);
    }
    await participants(6, 'GM0356');
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 2 * 61_000 + 601_000);
    for (const by of dimensions) {
      let kept = await computeCounts(t.db, mine(), by, p, DEFAULT_DEFINITION);
      for (let i = 0; i < 50 && kept.computedAt === before.get(by); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        kept = await computeCounts(t.db, mine(), by, p, DEFAULT_DEFINITION);
      }
      const scratch = await countFromTables(t.db, mine(), by, p, DEFAULT_DEFINITION);
      expect(scratch.total.reach, by).toBe(44);
      expect({ ...kept, computedAt: '' }, by).toEqual({ ...scratch, computedAt: '' });
      const published = (c: typeof kept) => ({ ...publishCounts(c, DEFAULT_SETTINGS), computedAt: '' });
      expect(published(kept), by).toEqual(published(scratch));
    }
  });
});
