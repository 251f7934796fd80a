/**
 * Indicators computed from trajectories, phase events and job episodes (definitions in
 * docs/domain/indicators.md), published only through small-cell suppression.
 *
 * Who sees what (README.md "Access"): an evaluator any population; a programme manager the programmes of
 * their own organisation (any region) and otherwise only their own region — without a region or programme
 * in the request, the figures are narrowed to it.
 *
 * Linked figures: the count of one row of a breakdown (e.g. region AM13 in "reach per region") is also the
 * total of a request filtered on that row (regionCode=AM13). When the row is hidden in the breakdown, the
 * filtered request hides that measure too, so the hidden row cannot be read from it (ADR 0016 "linked
 * tables"). This is checked for every filter on a breakdown value.
 */
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { Db, Queryable } from '../../platform/db/db.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { todayInNl } from '../../shared/dates.js';
import { addMonths, sustainablePlacementDate, DEFAULT_SUSTAINABLE } from '../jobs/jobs.indicators.js';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppression/suppression.js';
import * as data from './monitoring.data.js';
import { publishBreakdown, publishRate, type PublishSettings } from './monitoring.publish.js';
import {
  MEASURES,
  type Cell,
  type Dimension,
  type IndicatorQuery,
  type IndicatorTable,
  type IndicatorSeries,
  type IndicatorSeriesQuery,
  type IpsRateQuery,
  type IpsRateTable,
  type Measure,
} from './monitoring.schemas.js';

export const DEFAULT_SETTINGS: PublishSettings = { threshold: DEFAULT_SUPPRESSION_THRESHOLD, showZeros: true };
export const DEFAULT_DEFINITION: data.SustainableSettings = { ...DEFAULT_SUSTAINABLE };
/** IPS benchmarks (DOMAIN §1.3, 13-state learning collaborative): % working per quarter. */
export const IPS_BENCHMARKS = { minimal: 31, average: 41, excellent: 50 };

export interface Period {
  from: string;
  /** The last day counted: the requested end, or today when that is earlier. */
  to: string;
}

/** Per measure its number, and `workers`: the people behind `hoursWorked` (it is published only with them). */
type MeasureCounts = Record<Measure, number> & { workers: number };
export interface Counts {
  rows: Map<string, MeasureCounts>;
  total: MeasureCounts;
  /** When these counts were read from the tables (ISO time): a snapshot can be older than the request. */
  computedAt: string;
}

const zero = (): MeasureCounts => ({
  reach: 0,
  jobStarts: 0,
  sustainable6: 0,
  sustainable12: 0,
  hoursWorked: 0,
  workers: 0,
});

// ---------------------------------------------------------------------------------------------------------
// Refreshed snapshots (issue 5 "Scale"): at national scale one computation from the raw tables takes
// seconds (docs/benchmarks-monitoring.md), so the counts of a population × breakdown × period × definition
// are kept per database for MONITORING_CACHE_SECONDS (default 300; 0: off). A kept snapshot older than that
// is still served while one recomputation runs in the background (stale-while-revalidate), up to ten times
// the cache time; after that the request waits for a fresh one. Every answer says when its counts were
// computed (`computedAt`), so the reader sees how fresh they are. Only unpublished counts are kept:
// suppression, narrowing to the reader and labels are applied on every request.

let snapshotSeconds = 300;
const MAX_SNAPSHOTS = 500;

/** The snapshot time from the configuration (`MONITORING_CACHE_SECONDS`, validated at boot). */
export function setSnapshotSeconds(seconds: number): void {
  snapshotSeconds = seconds;
}

interface Snapshot {
  at: number;
  counts: Promise<Counts>;
  refreshing: boolean;
}
const snapshots = new WeakMap<object, Map<string, Snapshot>>();

const isDb = (q: Queryable): q is Db => typeof (q as Partial<Db>).tx === 'function';

function keep(cache: Map<string, Snapshot>, key: string, snapshot: Snapshot): void {
  cache.delete(key);
  cache.set(key, snapshot);
  while (cache.size > MAX_SNAPSHOTS) {
    cache.delete(cache.keys().next().value!);
  }
  snapshot.counts.catch(() => {
    if (cache.get(key) === snapshot) {
      cache.delete(key);
    }
  });
}

/**
 * Counts every measure per row of the breakdown: from the snapshot when there is a fresh one (see above),
 * else from the raw tables. Inside a transaction (not a database handle) always from the raw tables.
 */
export async function computeCounts(
  q: Queryable,
  f: data.PopulationFilter,
  by: Dimension,
  p: Period,
  def: data.SustainableSettings,
): Promise<Counts> {
  const ttl = snapshotSeconds * 1000;
  if (ttl === 0 || !isDb(q)) {
    return countFromTables(q, f, by, p, def);
  }
  let cache = snapshots.get(q);
  if (!cache) {
    cache = new Map();
    snapshots.set(q, cache);
  }
  const key = JSON.stringify([f, by, p.from, p.to, def]);
  const kept = cache.get(key);
  const now = Date.now();
  if (kept && now - kept.at < ttl) {
    return kept.counts;
  }
  if (kept && now - kept.at < 10 * ttl) {
    if (!kept.refreshing) {
      kept.refreshing = true;
      const fresh: Snapshot = { at: Date.now(), counts: countFromTables(q, f, by, p, def), refreshing: false };
      fresh.counts.then(
        () => keep(cache, key, fresh),
        () => {
          kept.refreshing = false;
        },
      );
    }
    return kept.counts;
  }
  const snapshot: Snapshot = { at: now, counts: countFromTables(q, f, by, p, def), refreshing: false };
  keep(cache, key, snapshot);
  return snapshot.counts;
}

/** Counts every measure per row of the breakdown, from the raw tables. */
export async function countFromTables(
  q: Queryable,
  f: data.PopulationFilter,
  by: Dimension,
  p: Period,
  def: data.SustainableSettings,
): Promise<Counts> {
  const computedAt = new Date().toISOString();
  const rows = new Map<string, MeasureCounts>();
  const total = zero();
  const row = (key: string) => {
    let r = rows.get(key);
    if (!r) {
      r = zero();
      rows.set(key, r);
    }
    return r;
  };
  for (const { key, n } of await data.countReach(q, f, by, p.from, p.to)) {
    if (key === null) {
      total.reach = n;
    } else {
      row(key).reach = n;
    }
  }
  for (const { key, n } of await data.countJobStarts(q, f, by, p.from, p.to)) {
    if (key === null) {
      total.jobStarts = n;
    } else {
      row(key).jobStarts = n;
    }
  }
  for (const { key, hours, n } of await data.countHoursWorked(q, f, by, p.from, p.to)) {
    const r = key === null ? total : row(key);
    r.hoursWorked = hours;
    r.workers = n;
  }
  // Sustainable placement: the existing definition (jobs.indicators.ts), per trajectory; a person once per row.
  const placed = { sustainable6: new Map<string, Set<string>>(), sustainable12: new Map<string, Set<string>>() };
  const placedAll = { sustainable6: new Set<string>(), sustainable12: new Set<string>() };
  for (const c of await data.placementCandidates(q, f, by, p.from, p.to)) {
    for (const [measure, months] of [
      ['sustainable6', 6],
      ['sustainable12', 12],
    ] as const) {
      const date = sustainablePlacementDate(c.episodes, { ...def, months }, p.to);
      if (date !== null && date >= p.from && date <= p.to) {
        placedAll[measure].add(c.participantId);
        for (const key of c.keys) {
          const set = placed[measure].get(key) ?? new Set<string>();
          set.add(c.participantId);
          placed[measure].set(key, set);
        }
      }
    }
  }
  for (const measure of ['sustainable6', 'sustainable12'] as const) {
    total[measure] = placedAll[measure].size;
    for (const [key, set] of placed[measure]) {
      row(key)[measure] = set.size;
    }
  }
  return { rows, total, computedAt };
}

export interface PublishedCounts {
  rows: { key: string; cells: Record<Measure, Cell> }[];
  total: Record<Measure, Cell>;
  /** When the counts were read from the tables (see "Refreshed snapshots"). */
  computedAt: string;
}

/** Publishes every measure of a breakdown as its own list with total. */
export function publishCounts(
  c: Counts,
  s: PublishSettings,
  hidden: ReadonlySet<Measure> = new Set(),
): PublishedCounts {
  const keys = [...c.rows.keys()].sort();
  const out: PublishedCounts = {
    rows: keys.map((key) => ({ key, cells: {} as Record<Measure, Cell> })),
    total: {} as Record<Measure, Cell>,
    computedAt: c.computedAt,
  };
  for (const m of MEASURES) {
    if (m === 'hoursWorked') {
      continue;
    }
    const published = publishBreakdown(
      keys.map((k) => c.rows.get(k)![m]),
      c.total[m],
      s,
      hidden.has(m),
    );
    published.cells.forEach((cell, i) => {
      out.rows[i]!.cells[m] = cell;
    });
    out.total[m] = published.total;
  }
  // Hours are a sum, not a count of people: they are shown exactly where the number of people who worked
  // them is shown (that count is suppressed as a list with its total, like every other measure).
  const workers = publishBreakdown(
    keys.map((k) => c.rows.get(k)!.workers),
    c.total.workers,
    s,
    hidden.has('hoursWorked'),
  );
  const hours = (n: number, people: Cell): Cell =>
    people.status === 'shown' || (people.value === 0 && n === 0)
      ? { value: n, display: String(n), suppressed: false, status: 'shown' }
      : { value: null, display: 'x', suppressed: true, status: 'secondary' };
  workers.cells.forEach((cell, i) => {
    out.rows[i]!.cells.hoursWorked = hours(c.rows.get(keys[i]!)!.hoursWorked, cell);
  });
  out.total.hoursWorked = hours(c.total.hoursWorked, workers.total);
  return out;
}

const LINKS: [keyof data.PopulationFilter, Dimension][] = [
  ['approachCode', 'approach'],
  ['organisationId', 'organisation'],
  ['regionCode', 'region'],
  ['municipalityCode', 'municipality'],
  ['targetGroup', 'targetGroup'],
];

/**
 * The measures to hide as a whole because the filtered population is a row that is hidden in the
 * breakdown it belongs to (see the file comment).
 */
export async function linkedHidden(
  q: Queryable,
  f: data.PopulationFilter,
  p: Period,
  def: data.SustainableSettings,
  s: PublishSettings,
): Promise<Set<Measure>> {
  const hidden = new Set<Measure>();
  const parents: { filter: data.PopulationFilter; by: Dimension; key: string }[] = [];
  for (const [field, by] of LINKS) {
    const value = f[field];
    if (value !== null) {
      parents.push({ filter: { ...f, [field]: null }, by, key: value });
    }
  }
  if (f.initiativeId !== null) {
    const programmeId = await data.initiativeProgramme(q, f.initiativeId);
    if (programmeId !== null) {
      parents.push({ filter: { ...f, initiativeId: null, programmeId }, by: 'initiative', key: f.initiativeId });
    }
  }
  for (const parent of parents) {
    const published = publishCounts(await computeCounts(q, parent.filter, parent.by, p, def), s);
    const row = published.rows.find((r) => r.key === parent.key);
    for (const m of MEASURES) {
      if (row && row.cells[m].status !== 'shown') {
        hidden.add(m);
      }
    }
  }
  return hidden;
}

/** Counts, linked check and suppression in one: what every published indicator goes through. */
export async function protectedCounts(
  q: Queryable,
  f: data.PopulationFilter,
  by: Dimension,
  p: Period,
  def: data.SustainableSettings,
  s: PublishSettings,
): Promise<PublishedCounts> {
  const counts = await computeCounts(q, f, by, p, def);
  return publishCounts(counts, s, await linkedHidden(q, f, p, def, s));
}

// ---------------------------------------------------------------------------------------------------------
// Requests

const queryField = (pointer: string, code: string, detailKey: MessageKey): FieldError => ({
  in: 'query',
  pointer,
  code,
  detailKey,
});

export function periodOf(
  from: string | undefined,
  to: string | undefined,
  today = todayInNl(),
): Period & { requestedTo: string } {
  const end = to ?? today;
  const start = from ?? `${end.slice(0, 4)}-01-01`;
  const errors: FieldError[] = [];
  if (start > end) {
    errors.push(queryField('/from', 'from-after-to', 'monitoring.field.from-after-to'));
  } else if (addMonths(start, 60) < end) {
    errors.push(queryField('/to', 'period-too-long', 'monitoring.field.period-too-long'));
  }
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
  return { from: start, to: end < today ? end : today, requestedTo: end };
}

export function filterOf(
  query: Partial<Record<keyof data.PopulationFilter, string | undefined>>,
): data.PopulationFilter {
  return {
    programmeId: query.programmeId ?? null,
    initiativeId: query.initiativeId ?? null,
    approachCode: query.approachCode ?? null,
    organisationId: query.organisationId ?? null,
    regionCode: query.regionCode ?? null,
    municipalityCode: query.municipalityCode ?? null,
    targetGroup: query.targetGroup ?? null,
  };
}

/** Whether the actor reads indicators without the programme manager's narrowing (an evaluator, or the system). */
export function unrestricted(ctx: RequestContext): boolean {
  const actor = ctx.actor;
  return actor === null || actor.kind !== 'user' || actor.memberships.some((m) => m.role === 'evaluator');
}

/**
 * A programme manager sees their own organisation's programmes (any region) and otherwise only their own
 * region: the filter is narrowed to it, or refused.
 */
export async function narrowForActor(
  scope: Scope,
  ctx: RequestContext,
  f: data.PopulationFilter,
): Promise<data.PopulationFilter> {
  if (unrestricted(ctx) || ctx.actor?.kind !== 'user') {
    return f;
  }
  const organisationIds = ctx.actor.memberships
    .filter((m) => m.role === 'programmeManager')
    .map((m) => m.organisationId);
  const reach = await data.managerReach(scope.q, organisationIds);
  const programmeId =
    f.programmeId ?? (f.initiativeId ? await data.initiativeProgramme(scope.q, f.initiativeId) : null);
  if (programmeId !== null && reach.programmes.includes(programmeId)) {
    return f;
  }
  const region =
    f.regionCode ?? (f.municipalityCode ? await data.municipalityRegion(scope.q, f.municipalityCode) : null);
  if (region !== null) {
    if (!reach.regions.includes(region)) {
      throw new AppError('forbidden', { detailKey: 'monitoring.problem.region-not-yours' });
    }
    return f;
  }
  if (reach.regions.length === 1) {
    return { ...f, regionCode: reach.regions[0]! };
  }
  throw new AppError('forbidden', { detailKey: 'monitoring.problem.choose-region' });
}

/** The sustainable definition and suppression settings of the programme in the filter, or the defaults. */
export async function settingsFor(
  q: Queryable,
  f: data.PopulationFilter,
): Promise<{ def: data.SustainableSettings; s: PublishSettings }> {
  const programmeId = f.programmeId ?? (f.initiativeId ? await data.initiativeProgramme(q, f.initiativeId) : null);
  const programme = programmeId ? await data.getProgramme(q, programmeId) : null;
  if (!programme) {
    return { def: DEFAULT_DEFINITION, s: DEFAULT_SETTINGS };
  }
  return { def: programme.sustainableDefinition, s: programme.suppression };
}

export async function labelsFor(
  q: Queryable,
  ctx: RequestContext,
  by: Dimension,
  keys: string[],
): Promise<Map<string, string>> {
  if (by === 'none') {
    return new Map([['all', ctx.t('monitoring.row.all')]]);
  }
  if (by === 'targetGroup') {
    return new Map(keys.map((k) => [k, ctx.t(`monitoring.targetGroup.${k}` as MessageKey)]));
  }
  return data.keyLabels(q, by, keys, ctx.lang);
}

export function measureColumns(ctx: RequestContext, def: data.SustainableSettings): IndicatorTable['columns'] {
  const params = {
    hours: new Intl.NumberFormat(ctx.lang === 'en' ? 'en-GB' : 'nl-NL').format(def.minHoursPerWeek),
    competitive: def.competitiveOnly ? ctx.t('monitoring.measure.competitive-only') : '',
  };
  return MEASURES.map((key) => ({
    key,
    label: ctx.t(`monitoring.measure.${key}` as MessageKey),
    definition: ctx.t(`monitoring.measure.${key}.definition` as MessageKey, params),
  }));
}

export async function indicatorTable(ctx: RequestContext, query: IndicatorQuery): Promise<IndicatorTable> {
  const period = periodOf(query.from, query.to);
  const by = query.by ?? 'none';
  if (by === 'initiative' && !query.programmeId) {
    throw invalidInput([
      queryField('/by', 'by-initiative-needs-programme', 'monitoring.field.by-initiative-needs-programme'),
    ]);
  }
  return ctx.data.read(async (scope) => {
    scope.listScope('indicator.read');
    const filter = await narrowForActor(scope, ctx, filterOf(query));
    const { def, s } = await settingsFor(scope.q, filter);
    const published = await protectedCounts(scope.q, filter, by, period, def, s);
    const labels = await labelsFor(
      scope.q,
      ctx,
      by,
      published.rows.map((r) => r.key),
    );
    return {
      from: period.from,
      to: period.requestedTo,
      asOf: period.to,
      by,
      regionCode: filter.regionCode,
      threshold: s.threshold,
      showZeros: s.showZeros,
      sustainableDefinition: def,
      columns: measureColumns(ctx, def),
      rows: published.rows
        .map((r) => ({ key: r.key, label: labels.get(r.key) ?? r.key, cells: r.cells }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
      total: published.total,
      computedAt: published.computedAt,
    };
  });
}

/**
 * The months (or, for a period longer than two years, the quarters) of a period, the first and last
 * clipped to it: the points of the figures over time.
 */
export function intervalsOf(
  from: string,
  to: string,
  interval: 'month' | 'quarter',
): { key: string; from: string; to: string }[] {
  const out: { key: string; from: string; to: string }[] = [];
  const step = interval === 'month' ? 1 : 3;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  if (interval === 'quarter') {
    month = Math.floor((month - 1) / 3) * 3 + 1;
  }
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > to) {
      break;
    }
    const nextMonth = month + step;
    const next =
      nextMonth > 12
        ? `${year + 1}-${String(nextMonth - 12).padStart(2, '0')}-01`
        : `${year}-${String(nextMonth).padStart(2, '0')}-01`;
    const endDate = new Date(`${next}T00:00:00Z`);
    endDate.setUTCDate(endDate.getUTCDate() - 1);
    const end = endDate.toISOString().slice(0, 10);
    out.push({
      key: interval === 'month' ? start.slice(0, 7) : `${year}-Q${Math.floor((month - 1) / 3) + 1}`,
      from: start < from ? from : start,
      to: end > to ? to : end,
    });
    year = nextMonth > 12 ? year + 1 : year;
    month = nextMonth > 12 ? nextMonth - 12 : nextMonth;
  }
  return out;
}

/**
 * Every measure per month (or quarter) of the period, each point computed as the table for that month
 * alone would be, and published per measure as one list with the whole period's figure as its total (so a
 * hidden month cannot be read back from the period and the other months).
 */
export async function indicatorSeries(ctx: RequestContext, query: IndicatorSeriesQuery): Promise<IndicatorSeries> {
  const period = periodOf(query.from, query.to);
  const interval = query.interval ?? (addMonths(period.from, 24) < period.to ? 'quarter' : 'month');
  const points = intervalsOf(period.from, period.to, interval);
  return ctx.data.read(async (scope) => {
    scope.listScope('indicator.read');
    const filter = await narrowForActor(scope, ctx, filterOf(query));
    const { def, s } = await settingsFor(scope.q, filter);
    const whole = await computeCounts(scope.q, filter, 'none', period, def);
    const rows = new Map<string, Counts['total']>();
    let computedAt = whole.computedAt;
    for (const point of points) {
      const counts = await computeCounts(scope.q, filter, 'none', point, def);
      rows.set(point.key, counts.total);
      computedAt = counts.computedAt < computedAt ? counts.computedAt : computedAt;
    }
    const published = publishCounts(
      { rows, total: whole.total, computedAt },
      s,
      await linkedHidden(scope.q, filter, period, def, s),
    );
    const cells = new Map(published.rows.map((r) => [r.key, r.cells]));
    return {
      from: period.from,
      to: period.requestedTo,
      asOf: period.to,
      interval,
      regionCode: filter.regionCode,
      threshold: s.threshold,
      columns: measureColumns(ctx, def),
      points: points.map((p) => ({ key: p.key, from: p.from, to: p.to, cells: cells.get(p.key)! })),
      total: published.total,
      computedAt,
    };
  });
}

const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'];
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** The quarters of `year` that have started by `today`, each up to its end or today. */
export function quartersOf(
  year: number,
  today: string,
): { quarter: number; from: string; to: string; partial: boolean }[] {
  return [0, 1, 2, 3]
    .map((i) => ({ quarter: i + 1, from: `${year}-${QUARTER_START[i]}`, end: `${year}-${QUARTER_END[i]}` }))
    .filter((x) => x.from <= today)
    .map((x) => ({ quarter: x.quarter, from: x.from, to: x.end < today ? x.end : today, partial: x.end > today }));
}

/** IPS employment rate per quarter of one population (approach forced to IPS). */
export async function ipsQuarters(
  q: Queryable,
  f: data.PopulationFilter,
  year: number,
  today: string,
  def: data.SustainableSettings,
  s: PublishSettings,
): Promise<IpsRateTable['quarters']> {
  const ips = { ...f, approachCode: 'ips' };
  const out: IpsRateTable['quarters'] = [];
  for (const quarter of quartersOf(year, today)) {
    const p = { from: quarter.from, to: quarter.to };
    // The caseload is the IPS reach of the quarter: the same protected figure as in the indicator table.
    const published = await protectedCounts(q, ips, 'none', p, def, s);
    const caseload = published.total.reach;
    const counts = await data.countReach(q, ips, 'none', p.from, p.to);
    const caseloadValue = counts.find((c) => c.key === null)?.n ?? 0;
    const worked = await data.countWorkedCompetitive(q, ips, p.from, p.to);
    out.push({ ...quarter, caseload, ...publishRate(caseload, caseloadValue, worked, s) });
  }
  return out;
}

export async function ipsRateTable(ctx: RequestContext, query: IpsRateQuery): Promise<IpsRateTable> {
  const today = todayInNl();
  const year = query.year ?? Number(today.slice(0, 4));
  return ctx.data.read(async (scope) => {
    scope.listScope('indicator.read');
    const filter = await narrowForActor(scope, ctx, { ...filterOf(query), approachCode: null });
    const { def, s } = await settingsFor(scope.q, filter);
    return {
      year,
      regionCode: filter.regionCode,
      threshold: s.threshold,
      definition: ctx.t('monitoring.ips.definition'),
      benchmarks: IPS_BENCHMARKS,
      quarters: await ipsQuarters(scope.q, filter, year, today, def, s),
    };
  });
}
