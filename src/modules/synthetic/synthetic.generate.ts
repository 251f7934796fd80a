/**
 * `meedoen generate`: a synthetic national dataset — the 35 arbeidsmarktregio's with their gemeenten from the
 * reference data, some 760 organisations, job coaches, and per participant a trajectory with its phase
 * events, contacts and job episodes (about 20 events a participant). Written in batches, one transaction
 * each, with a progress bar on standard error. Everything it creates is recognisable: organisations are
 * named "Synthetisch …" (slug `synthetisch-…`), participants' family names end in "(synthetisch)", job
 * coaches have addresses at synthetisch.invalid and no password. README.md in this folder.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../platform/db/db.js';
import { todayInNl } from '../../shared/dates.js';
import { PGLITE_MAX_PARTICIPANTS, type GenerateOptions } from './synthetic.args.js';
import * as data from './synthetic.data.js';
import { buildWorld, coachTargets, municipalityWeights, organisationSpecs, planBatch } from './synthetic.plan.js';
import { createRng } from './synthetic.random.js';

/** The generator will not run (real data present, too large for PGlite, no reference data). */
export class GenerateRefused extends Error {}

export interface GenerateResult {
  participants: number;
  trajectories: number;
  phaseEvents: number;
  contacts: number;
  jobs: number;
  /** Phase events + contacts + job episodes. */
  events: number;
  organisations: number;
  coaches: number;
  seconds: number;
  /** Seconds spent writing participants and their events (organisations and ANALYZE excluded). */
  writeSeconds: number;
  runTag: string;
}

export interface GenerateIo {
  /** Called after every batch. */
  progress?: (done: number, total: number, elapsedSeconds: number) => void;
  /** The day the data is generated up to (default: today in the Netherlands). */
  today?: string;
}

/** Referrals are spread over the four years before today. */
const INFLOW_DAYS = 4 * 365;

export async function generate(
  db: Db,
  o: Omit<GenerateOptions, 'quiet'>,
  io: GenerateIo = {},
): Promise<GenerateResult> {
  const started = performance.now();
  if (db.kind === 'pglite' && o.participants > PGLITE_MAX_PARTICIPANTS) {
    throw new GenerateRefused(
      `The embedded database (PGlite) takes at most ${PGLITE_MAX_PARTICIPANTS.toLocaleString('en')} synthetic participants; ` +
        'set DATABASE_URL to a PostgreSQL database for more.',
    );
  }
  const others = await data.countOtherParticipants(db);
  if (others > 0 && !o.force) {
    throw new GenerateRefused(
      `This database holds ${others.toLocaleString('en')} participants that were not generated (real people or the demo region). ` +
        'Generate into an empty database, or pass --force to add synthetic data next to them.',
    );
  }
  const { regions, municipalities } = await data.loadGeography(db);
  if (regions.length === 0 || municipalities.length === 0) {
    throw new GenerateRefused('The reference data (regions, gemeenten) is not loaded.');
  }
  const specs = organisationSpecs(regions, municipalities);
  const targets = coachTargets(specs, municipalityWeights(municipalities, o.seed), o.participants);
  const { orgs, coaches } = await db.tx(async (q) => {
    const created = await data.ensureOrganisations(q, specs);
    return { orgs: created, coaches: await data.ensureCoaches(q, created, targets) };
  });
  const world = buildWorld(regions, municipalities, orgs, coaches, o.seed);
  const rng = createRng(o.seed);
  const ctx = {
    world,
    runTag: `synthetisch-${o.seed}-${randomBytes(3).toString('hex')}`,
    today: io.today ?? todayInNl(),
    inflowDays: INFLOW_DAYS,
  };
  const result: GenerateResult = {
    participants: 0,
    trajectories: 0,
    phaseEvents: 0,
    contacts: 0,
    jobs: 0,
    events: 0,
    organisations: orgs.length,
    coaches: [...coaches.values()].reduce((n, list) => n + list.length, 0),
    seconds: 0,
    writeSeconds: 0,
    runTag: ctx.runTag,
  };
  const writeStart = performance.now();
  // On PostgreSQL two batches are written at once (two backends; the next batch is drawn meanwhile).
  const parallel = db.kind === 'pg' ? 2 : 1;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  for (let first = 0; first < o.participants && failure === null; first += o.batch) {
    const batch = planBatch(rng, ctx, first, Math.min(o.batch, o.participants - first));
    const write: Promise<void> = data.insertBatch(db, batch).then(
      () => {
        inFlight.delete(write);
        result.participants += batch.counts.participants;
        result.trajectories += batch.counts.trajectories;
        result.phaseEvents += batch.counts.phaseEvents;
        result.contacts += batch.counts.contacts;
        result.jobs += batch.counts.jobs;
        io.progress?.(result.participants, o.participants, (performance.now() - writeStart) / 1000);
      },
      (error: unknown) => {
        inFlight.delete(write);
        failure ??= error;
      },
    );
    inFlight.add(write);
    if (inFlight.size >= parallel) {
      await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
  if (failure !== null) {
    throw new Error(
      `${(failure as Error).message} (${result.participants.toLocaleString('en')} participants were written before this batch; each batch is its own transaction)`,
    );
  }
  result.writeSeconds = (performance.now() - writeStart) / 1000;
  await data.analyse(db);
  result.events = result.phaseEvents + result.contacts + result.jobs;
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** `[#########           ] 45% 225,000/500,000 participants, 12,300/s` */
export function progressLine(done: number, total: number, elapsedSeconds: number, width = 30): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${fmt(done)}/${fmt(total)} participants, ${fmt(rate)}/s`;
}

export function summaryLine(r: GenerateResult): string {
  return (
    `Generated ${fmt(r.participants)} synthetic participants with ${fmt(r.events)} events ` +
    `(${fmt(r.phaseEvents)} phase events, ${fmt(r.contacts)} contacts, ${fmt(r.jobs)} job episodes), ` +
    `${fmt(r.organisations)} organisations and ${fmt(r.coaches)} job coaches in ${r.seconds.toFixed(1)} s: ` +
    `${fmt(r.participants / r.writeSeconds)} participants/s, ${fmt(r.events / r.writeSeconds)} events/s (run ${r.runTag}).`
  );
}
