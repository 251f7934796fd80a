/** The generator's pure parts: the tenure sampler, argument parsing (and the CLI's exit code 2), one planned batch. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli.js';
import { GENERATE_DEFAULTS, parseGenerateArgs } from './synthetic.args.js';
import { progressLine } from './synthetic.generate.js';
import {
  buildWorld,
  coachTargets,
  dayOf,
  drawTimeline,
  FAMILY_SUFFIX,
  municipalityWeights,
  organisationSpecs,
  planBatch,
  timeOrderedUuid,
  type Org,
} from './synthetic.plan.js';
import { createRng, sampleTenureDays, TENURE } from './synthetic.random.js';

describe('job tenure sampler', () => {
  const draws = (seed: number, n: number) => {
    const rng = createRng(seed);
    return Array.from({ length: n }, () => sampleTenureDays(rng)).sort((a, b) => a - b);
  };

  it('ends a little over half of the jobs within 6 months, with a long right tail (seed 2026)', () => {
    const d = draws(2026, 20_000);
    const within6Months = d.filter((x) => x <= 182).length / d.length;
    // log-normal, median 160 days, sigma 1.05: P(T <= 182) = Phi(ln(182/160)/1.05) = 0.549
    expect(within6Months).toBeGreaterThan(0.52);
    expect(within6Months).toBeLessThan(0.58);
    const median = d[d.length / 2]!;
    expect(median).toBeGreaterThan(150);
    expect(median).toBeLessThan(170);
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    expect(mean).toBeGreaterThan(240); // 160 * exp(1.05^2 / 2) = 278, somewhat less after the cap
    expect(mean).toBeLessThan(300);
    const beyond2Years = d.filter((x) => x > 730).length / d.length;
    expect(beyond2Years).toBeGreaterThan(0.05);
    expect(beyond2Years).toBeLessThan(0.15);
  });

  it('stays within its bounds and repeats for the same seed', () => {
    const d = draws(7, 5_000);
    expect(d[0]).toBeGreaterThanOrEqual(TENURE.minDays);
    expect(d[d.length - 1]).toBeLessThanOrEqual(TENURE.maxDays);
    expect(draws(7, 100)).toEqual(draws(7, 100));
    expect(draws(8, 100)).not.toEqual(draws(7, 100));
  });
});

describe('meedoen generate arguments', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has defaults and takes whole numbers (with thousands separators)', () => {
    expect(parseGenerateArgs([])).toEqual({
      ok: true,
      options: { ...GENERATE_DEFAULTS, force: false, quiet: false },
    });
    expect(parseGenerateArgs(['--participants', '500_000', '--seed', '0', '--batch=2000', '--force'])).toEqual({
      ok: true,
      options: { participants: 500_000, seed: 0, batch: 2000, force: true, quiet: false },
    });
  });

  it.each([
    [['--participants', 'many'], '--participants must be a whole number from 1 to 5,000,000, got "many".'],
    [['--participants', '0'], '--participants must be a whole number'],
    [['--participants', '2.5'], '--participants must be a whole number'],
    [['--seed=-1'], '--seed must be a whole number from 0 to'],
    [['--batch', '10'], '--batch must be a whole number from 100 to 50,000'],
    [['--participant', '5'], "Unknown option '--participant'"],
    [['extra'], 'extra'],
  ])('refuses %j with a clear message', (args, message) => {
    const parsed = parseGenerateArgs(args);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
    expect(!parsed.ok && parsed.message).toContain('Usage: meedoen generate');
  });

  it('the CLI answers a bad value with the message and exit code 2, before reading the configuration', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    expect(await main(['generate', '--participants', 'lots'])).toBe(2);
    expect(written.join('')).toContain('--participants must be a whole number from 1 to 5,000,000, got "lots".');
  });

  it('draws a progress bar', () => {
    expect(progressLine(225_000, 500_000, 18.3, 20)).toBe(
      '[#########           ]  45% 225,000/500,000 participants, 12,295/s',
    );
  });
});

describe('a planned batch', () => {
  const regions = [
    { code: 'AM01', name: 'Groningen' },
    { code: 'AM13', name: 'Midden-Utrecht' },
  ];
  const municipalities = [
    { code: 'GM0014', name: 'Groningen', regionCode: 'AM01' },
    { code: 'GM0037', name: 'Stadskanaal', regionCode: 'AM01' },
    { code: 'GM0344', name: 'Utrecht', regionCode: 'AM13' },
    { code: 'GM0356', name: 'Nieuwegein', regionCode: 'AM13' },
  ];
  const world = () => {
    const specs = organisationSpecs(regions, municipalities);
    const orgs: Org[] = specs.map((s, i) => ({ ...s, id: `org-${i}` }));
    const targets = coachTargets(specs, municipalityWeights(municipalities, 1), 1000);
    const coaches = new Map(orgs.map((o) => [o.id, [`coach-of-${o.id}`]]));
    return { orgs, targets, w: buildWorld(regions, municipalities, orgs, coaches, 1) };
  };
  const plan = (seed: number) =>
    planBatch(createRng(seed), { world: world().w, runTag: 'run', today: '2026-06-30', inflowDays: 1460 }, 0, 500);

  it('lays out the organisations per region, every generated name and slug marked', () => {
    const { orgs, targets } = world();
    expect(orgs.filter((o) => o.type === 'gemeente')).toHaveLength(4);
    expect(orgs.filter((o) => o.type === 'ggz' && o.regionCode === 'AM13')).toHaveLength(3);
    expect(orgs.every((o) => o.slug.startsWith('synthetisch-') && o.name.startsWith('Synthetisch '))).toBe(true);
    expect(orgs.every((o) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.slug))).toBe(true);
    expect([...targets.values()].every((n) => n >= 1)).toBe(true);
  });

  it('is the same for the same seed and keeps every participant in their own region', () => {
    const a = plan(11);
    const b = plan(11);
    expect(b.counts).toEqual(a.counts);
    expect(b.participants.givenName).toEqual(a.participants.givenName);
    expect(b.jobs.startDate).toEqual(a.jobs.startDate);
    expect(plan(12).counts).not.toEqual(a.counts);
    const { orgs } = world();
    const regionOf = new Map(municipalities.map((m) => [m.code, m.regionCode]));
    a.participants.organisationId.forEach((orgId, i) => {
      expect(orgs.find((o) => o.id === orgId)!.regionCode).toBe(regionOf.get(a.participants.municipalityCode[i]!));
    });
    expect(a.participants.familyName.every((n) => n.endsWith(FAMILY_SUFFIX))).toBe(true);
  });

  it('gives about 20 events a participant, none after today', () => {
    const b = plan(3);
    const perParticipant = (b.counts.phaseEvents + b.counts.contacts + b.counts.jobs) / b.counts.participants;
    expect(perParticipant).toBeGreaterThan(15);
    expect(perParticipant).toBeLessThan(30);
    expect(b.phaseEvents.occurredOn.every((d) => d <= '2026-06-30')).toBe(true);
    expect(b.jobs.startDate.every((d) => d <= '2026-06-30')).toBe(true);
    expect(b.jobs.endDate.every((d) => d === null || d <= '2026-06-30')).toBe(true);
    expect(b.jobs.endDate.some((d) => d === null)).toBe(true);
    expect(new Set(b.trajectories.phase)).toEqual(
      new Set(['referral', 'intake', 'jobSearch', 'workingWithSupport', 'followUp', 'closed']),
    );
  });

  it('orders a timeline: referral ≤ intake ≤ job search ≤ work ≤ follow-up ≤ closed, jobs end after they start', () => {
    const rng = createRng(5);
    for (let i = 0; i < 2000; i++) {
      const t = drawTimeline(rng, i % 2 === 0 ? 'ips' : 'workExperience', dayOf('2024-01-01'));
      const days = t.events.map(([, d]) => d);
      expect(days).toEqual([...days].sort((x, y) => x - y));
      expect(t.events[0]![0]).toBe('referral');
      expect(t.closed?.day ?? null).toBe(t.events.at(-1)![0] === 'closed' ? t.events.at(-1)![1] : null);
      for (const job of t.jobs) {
        expect(job.end).toBeGreaterThan(job.start);
      }
    }
  });

  it('makes time-ordered version 7 UUIDs', () => {
    const ids = Array.from({ length: 5000 }, () => timeOrderedUuid(1_800_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect([...ids].sort()).toEqual(ids);
  });
});
