/**
 * Matching in the region (ADR 0018): best candidates for a vacancy, best vacancies for a participant, who
 * fits a carved job, and which instruments apply to a participant × vacancy. Loads rows through
 * matches.data.ts (SQL pre-filter, ADR 0015), builds the matching library's `Candidate` / `Vacancy`, ranks,
 * and renders the explanation in the caller's language. Every participant shown is one audit record.
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import { AppError } from '../../platform/errors/app-error.js';
import { translate, type Language } from '../../platform/i18n/i18n.js';
import type { Allowed, ResourceRef } from '../../platform/access/types.js';
import { todayInNl } from '../../shared/dates.js';
import { fmlItem } from '../capacity/fml.js';
import { loadEmployer, visibility } from '../employers/employers.access.js';
import { getParticipant } from '../participants/participants.data.js';
import * as employerData from '../employers/employers.data.js';
import { matchingVacancy } from '../employers/vacancies.service.js';
import {
  ACCOMMODATION_CODES,
  DEFAULT_MIN_REMAINING_PERCENT,
  capacityProfile,
  checkVacancy,
  compileCandidate,
  compileVacancy,
  evaluatePair,
  rankCandidates,
  rankVacancies,
  renderExplanation,
  renderPart,
  splitKindsOfWork,
  whoFits,
  wishesForMatching,
  type AccommodationCode,
  type AssessmentInput,
  type Candidate,
  type CompiledCandidate,
  type CompiledVacancy,
  type Day,
  type LanguageLevel,
  type PairResult,
  type Ranking,
  type StoredWishes,
  type Vacancy,
} from '../matching/index.js';
import { capacityFacts, instrumentsFor, renderSentence, type BenefitSituation } from '../instruments/instruments.js';
import * as data from './matches.data.js';
import { consentGeneration } from '../consents/consents.data.js';
import { gemeenteTravel } from './locations.js';
import type {
  CandidateMatch,
  CandidateRanking,
  CarvedFits,
  InstrumentAdvice,
  VacancyMatch,
  VacancyRanking,
} from './matches.schemas.js';
import { EXCLUSION_CODES } from './matches.schemas.js';

const TRAVEL = gemeenteTravel;
const MIN_REMAINING = DEFAULT_MIN_REMAINING_PERCENT;

/** The caller's relationships for matching, from the list scope of `match.readCandidate`. */
function candidateAccess(scope: Scope): data.CandidateAccess {
  const s = scope.visibleScope('match.readCandidate');
  return {
    all: s.all,
    selfUserId: s.userId,
    assignedUserId: s.assignedUserId,
    assignedIn: s.assignedIn,
    consentIn: s.consentIn,
  };
}

/** A candidate row with the caller's relationships to that person. */
type SeenRow = data.CandidateRow & { assignedOrgs: string[]; consentCategories: string[] };

/** May the caller see this candidate's name (`match.readCandidateName`, category identity)? */
function nameVisible(row: SeenRow, access: data.CandidateAccess): boolean {
  return (
    access.all ||
    row.assignedOrgs.length > 0 ||
    row.consentCategories.includes('identity') ||
    (row.userId !== null && row.userId === access.selfUserId)
  );
}

function toCandidate(row: data.CandidateRow, assessments: readonly data.AssessmentRow[]): Candidate {
  const wishes: StoredWishes = {
    kindsOfWork: row.kindsOfWork,
    sectors: row.sectors,
    hoursMin: row.hoursMin,
    hoursMax: row.hoursMax,
    days: row.days as StoredWishes['days'],
    dayParts: row.dayParts as StoredWishes['dayParts'],
    maxTravelMinutes: row.maxTravelMinutes,
    transport: row.transport as StoredWishes['transport'],
  };
  return {
    id: row.id,
    wishes: wishesForMatching(row.wishesRecorded ? wishes : null),
    assessments: assessments.map((a): AssessmentInput => ({
      kind: a.kind,
      assessedOn: a.assessedOn,
      answers: a.answers,
    })),
    // Recorded with the wishes (migration 0023); none when no wishes are recorded.
    certificates: row.certificates,
    skills: splitKindsOfWork(row.strengths),
    drivingLicences: row.drivingLicences,
    languageLevel: row.languageLevel as LanguageLevel | null,
    place: { municipalityCode: row.municipalityCode },
    availableFrom: null,
  };
}

/** A job seeker as loaded from the database, with the candidate compiled on all their assessments. */
interface PoolEntry {
  row: data.CandidateRow;
  assessments: data.AssessmentRow[];
  full: Candidate;
  compiledFull: CompiledCandidate;
}

async function loadEntries(
  q: Scope['q'],
  f: { regionCode: string | null; participantId: string | null },
): Promise<PoolEntry[]> {
  const rows = await data.findCandidates(q, f);
  const byParticipant = new Map<string, data.AssessmentRow[]>();
  for (const a of await data.findAssessments(
    q,
    rows.map((r) => r.id),
  )) {
    const list = byParticipant.get(a.participantId) ?? [];
    list.push(a);
    byParticipant.set(a.participantId, list);
  }
  return rows.map((row) => {
    const assessments = byParticipant.get(row.id) ?? [];
    const full = toCandidate(row, assessments);
    // Compiled here, so a (background) reload leaves nothing to compile for the next request.
    return { row, assessments, full, compiledFull: compileCandidate(full, TRAVEL) };
  });
}

/**
 * The job seekers of a region, kept in process for at most MATCHING_CACHE_SECONDS (default 30; 0: no
 * cache), per database. Only the facts about the people are kept (wishes, capacity, phase, name): who may
 * see whom — assignments and consents — is read from the database on every request, so a withdrawn
 * consent counts from the next request on; a change of wishes or capacity shows within the cache time.
 */
const pools = new WeakMap<
  object,
  Map<string, { loadedAt: number; entries: Promise<PoolEntry[]>; reloading: boolean }>
>();

let cacheTtlSeconds = 30;

/** The cache time from the configuration (`MATCHING_CACHE_SECONDS`, validated at boot); set when the routes load. */
export function setCacheSeconds(seconds: number): void {
  cacheTtlSeconds = seconds;
}

export function cacheSeconds(): number {
  return cacheTtlSeconds;
}

/**
 * The job seekers of a region from the cache. When the kept copy is older than the cache time it is still
 * served while one reload runs (stale-while-revalidate): a reload of a large region takes seconds and must not
 * stall the requests meanwhile. So the facts are at most the cache time plus one reload old.
 */
function regionEntries(scope: Scope, regionCode: string): Promise<PoolEntry[]> {
  const ttl = cacheSeconds() * 1000;
  if (ttl === 0) {
    return loadEntries(scope.q, { regionCode, participantId: null });
  }
  let byRegion = pools.get(scope.q);
  if (!byRegion) {
    byRegion = new Map();
    pools.set(scope.q, byRegion);
  }
  const regions = byRegion;
  const cached = regions.get(regionCode);
  if (!cached) {
    const entries = loadEntries(scope.q, { regionCode, participantId: null });
    regions.set(regionCode, { loadedAt: Date.now(), entries, reloading: false });
    entries.catch(() => regions.delete(regionCode));
    return entries;
  }
  if (Date.now() - cached.loadedAt >= ttl && !cached.reloading) {
    cached.reloading = true;
    // The reload reads through the database handle (these are facts, not access); the request does not wait.
    void loadEntries(scope.q, { regionCode, participantId: null }).then(
      (entries) =>
        regions.set(regionCode, { loadedAt: Date.now(), entries: Promise.resolve(entries), reloading: false }),
      () => {
        cached.reloading = false;
      },
    );
  }
  return cached.entries;
}

/**
 * Consent facts kept per database handle, keyed by the consent generation, today's date and the caller's
 * organisations (ADR 0018 §9). An adviser whose organisation holds the matching consents of a whole region
 * would otherwise read and group thousands of consent rows on every request. The key changes with every
 * committed change to consents, so a withdrawal counts on the next request, as when read fresh.
 */
const consentFacts = new WeakMap<object, Map<string, Promise<Map<string, string[]>>>>();
const CONSENT_FACT_SETS = 32;

async function consentedFor(scope: Scope, organisationIds: readonly string[]): Promise<Map<string, string[]>> {
  if (organisationIds.length === 0) {
    return new Map();
  }
  if (cacheSeconds() === 0) {
    return data.findConsented(scope.q, organisationIds);
  }
  const generation = await consentGeneration(scope.q);
  let kept = consentFacts.get(scope.q);
  if (!kept) {
    kept = new Map();
    consentFacts.set(scope.q, kept);
  }
  const sets = kept;
  const key = `${generation}|${[...organisationIds].sort().join(',')}`;
  const hit = sets.get(key);
  if (hit) {
    // Most recently used last: the Map's insertion order is the eviction order.
    sets.delete(key);
    sets.set(key, hit);
    return hit;
  }
  // Answers of an older generation can never be asked for again.
  for (const old of sets.keys()) {
    if (!old.startsWith(`${generation}|`)) {
      sets.delete(old);
    }
  }
  const facts = data.findConsented(scope.q, organisationIds);
  sets.set(key, facts);
  facts.catch(() => sets.delete(key));
  while (sets.size > CONSENT_FACT_SETS) {
    sets.delete(sets.keys().next().value as string);
  }
  return facts;
}

/** The caller's assignments (read on every request: few rows, by the user's index) and consents (kept). */
async function accessFacts(scope: Scope, access: data.CandidateAccess): Promise<data.AccessFacts> {
  const [assigned, consented] = await Promise.all([
    data.findAssigned(scope.q, access),
    consentedFor(scope, access.consentIn),
  ]);
  return { assigned, consented };
}

/**
 * The candidates of a region (or one participant) the caller may see for matching, with the assessments
 * the caller may see, compiled; those whose wished hours stay below `hoursBound` are counted, not returned.
 */
async function loadCandidates(
  scope: Scope,
  f: { regionCode: string | null; participantId: string | null; hoursBound: number | null },
): Promise<{
  access: data.CandidateAccess;
  /** The row of a person kept, with the caller's relationships (made on demand: for those shown). */
  rowOf: (id: string) => SeenRow;
  count: number;
  dropped: number;
  candidates: Candidate[];
  compiled: CompiledCandidate[];
}> {
  const access = candidateAccess(scope);
  const [entries, facts] = await Promise.all([
    f.participantId !== null || f.regionCode === null ? loadEntries(scope.q, f) : regionEntries(scope, f.regionCode),
    access.all
      ? Promise.resolve<data.AccessFacts>({ assigned: new Map(), consented: new Map() })
      : accessFacts(scope, access),
  ]);
  const kept: PoolEntry[] = [];
  const candidates: Candidate[] = [];
  const compiled: CompiledCandidate[] = [];
  const none: string[] = [];
  let dropped = 0;
  // No allocation per person looked at (thousands per request): a SeenRow is made only for those shown.
  for (const e of entries) {
    const id = e.row.id;
    const assignedOrgs = facts.assigned.get(id) ?? none;
    const cats = facts.consented.get(id) ?? none;
    const self = e.row.userId !== null && e.row.userId === access.selfUserId;
    const visible =
      access.all || assignedOrgs.length > 0 || self || (cats.includes('wishes') && cats.includes('capacityHealth'));
    if (!visible) {
      continue;
    }
    if (f.hoursBound !== null && e.row.hoursMax !== null && e.row.hoursMax < f.hoursBound) {
      dropped++;
      continue;
    }
    kept.push(e);
    // The assessments the caller may see, as `match.useCapacity` decides for each (ADR 0018): all of them with
    // consent for capacity & health (or as the participant / system); through an assignment only, the
    // self-assessments and the professional assessments of the organisations assigned in.
    const everything = access.all || self || cats.includes('capacityHealth');
    const assessments = everything
      ? e.assessments
      : e.assessments.filter((a) => a.organisationId === null || assignedOrgs.includes(a.organisationId));
    if (assessments.length === e.assessments.length) {
      candidates.push(e.full);
      compiled.push(e.compiledFull);
    } else {
      const candidate = toCandidate(e.row, assessments);
      candidates.push(candidate);
      compiled.push(compileCandidate(candidate, TRAVEL));
    }
  }
  const byId = new Map<string, PoolEntry>();
  const rowOf = (id: string): SeenRow => {
    if (byId.size === 0) {
      kept.forEach((e) => byId.set(e.row.id, e));
    }
    const e = byId.get(id)!;
    return {
      ...e.row,
      assignedOrgs: facts.assigned.get(id) ?? [],
      consentCategories: facts.consented.get(id) ?? [],
    };
  };
  return { access, rowOf, count: kept.length, dropped, candidates, compiled };
}

/** The membership an audit record names for a list read. */
function viaFor(scope: Scope, row: SeenRow): Allowed {
  const actor = scope.actor;
  if (actor?.kind !== 'user') {
    return { allowed: true, role: null, organisationId: null };
  }
  const m =
    actor.memberships.find((x) => row.assignedOrgs.includes(x.organisationId)) ??
    actor.memberships.find((x) => x.role === 'jobCoach' || x.role === 'employerAdviser') ??
    actor.memberships[0];
  return { allowed: true, role: m?.role ?? null, organisationId: m?.organisationId ?? null };
}

const participantRef = (row: { id: string; userId: string | null }): ResourceRef => ({
  type: 'participant',
  id: row.id,
  participantId: row.id,
  userId: row.userId,
  organisationId: null,
  purpose: data.MATCHING_PURPOSE,
});

/** One audit record per participant shown (NEN 7513: a result that shows personal data is a read). */
function auditShown(scope: Scope, rows: readonly SeenRow[]): void {
  for (const row of rows) {
    scope.auditEvent('match.readCandidate', participantRef(row), 'allowed', undefined, viaFor(scope, row));
  }
}

function pairFields(lang: Language, r: PairResult) {
  const render = (parts: PairResult['explanation']['fits']) => parts.map((p) => renderPart(lang, p));
  return {
    score: r.score ?? 0,
    factors: r.factors.map((f) => ({ code: f.code, weight: f.weight, points: f.points })),
    explanation: {
      text: renderExplanation(lang, r),
      fits: render(r.explanation.fits),
      cautions: render(r.explanation.cautions),
      excluded: render(r.explanation.excluded),
    },
    accommodations: r.accommodations.map((code) => accommodation(lang, code)),
    carvedTasks: r.carvedTasks.map((t) => ({ ...t })),
    remainingPercent: r.remainingPercent,
    hours: { ...r.hours },
    travel: { ...r.travel },
    capacityBasis: r.capacityBasis,
  };
}

const accommodation = (lang: Language, code: AccommodationCode) => ({
  code,
  name: translate(lang, `matching.accommodation.${code}`),
});

function excludedBy(ranking: Pick<Ranking, 'excludedBy'>, droppedForHours: number) {
  const counts = Object.fromEntries(EXCLUSION_CODES.map((c) => [c, ranking.excludedBy[c] ?? 0])) as Record<
    (typeof EXCLUSION_CODES)[number],
    number
  >;
  counts.hours += droppedForHours;
  return counts;
}

function candidateSummary(row: SeenRow, access: data.CandidateAccess) {
  return {
    id: row.id,
    name: nameVisible(row, access) ? `${row.givenName} ${row.familyName}` : null,
    municipalityName: row.municipalityName,
    trajectoryPhase: row.phase,
  };
}

/** The fewest hours a week the vacancy could shrink to by carving (the hours pre-filter, ADR 0015). */
function hoursBound(v: Vacancy): number {
  const carvable = v.tasks.filter((t) => t.carvable).reduce((sum, t) => sum + t.sharePercent, 0);
  return (v.hoursMin * Math.max(MIN_REMAINING, 100 - carvable)) / 100 - 1e-6;
}

async function loadVacancy(scope: Scope, employerId: string, vacancyId: string) {
  const employer = await loadEmployer(scope, 'vacancy.read', employerId, 'vacancy');
  const row = await employerData.getVacancy(scope.q, employer.id, vacancyId);
  if (!row) {
    throw new AppError('not-found');
  }
  const vacancy = await matchingVacancy(scope, row);
  if (checkVacancy(vacancy).length > 0) {
    // Stored under older task rules (ADR 0017): say so instead of failing with a 500.
    throw new AppError('conflict', { detailKey: 'matches.problem.vacancy-invalid' });
  }
  return { employer, row, vacancy };
}

/** Best candidates of the vacancy's region for one vacancy. */
export async function candidatesForVacancy(
  ctx: RequestContext,
  employerId: string,
  vacancyId: string,
  limit: number,
): Promise<CandidateRanking> {
  return ctx.data.read(async (scope) => {
    const { employer, vacancy } = await loadVacancy(scope, employerId, vacancyId);
    const asOf = todayInNl();
    const { access, rowOf, dropped, compiled } = await loadCandidates(scope, {
      regionCode: employer.regionCode,
      participantId: null,
      hoursBound: hoursBound(vacancy),
    });
    const ranking = rankCandidates(compileVacancy(vacancy, TRAVEL), compiled, { travel: TRAVEL, asOf, limit });
    const shown = ranking.results.map((r) => rowOf(r.candidateId));
    auditShown(scope, shown);
    const items: CandidateMatch[] = ranking.results.map((r, i) => ({
      participant: candidateSummary(shown[i]!, access),
      ...pairFields(ctx.lang, r),
    }));
    return {
      vacancyId,
      asOf,
      considered: ranking.considered + dropped,
      admitted: ranking.admitted,
      excludedBy: excludedBy(ranking, dropped),
      items,
    };
  });
}

/** The `Vacancy` of the matching library from a vacancy row and its tasks (as `matchingVacancy` does, in bulk). */
function toVacancy(row: data.VacancyMatchRow, tasks: readonly data.VacancyTaskRow[]): Vacancy {
  return {
    id: row.id,
    title: row.title,
    occupationCode: row.occupationCode,
    sector: row.sbiCode,
    keywords: [],
    tasks: tasks.map((t) => ({
      id: t.id,
      name: t.name,
      sharePercent: Number(t.sharePercent),
      carvable: t.carvable,
      demands: t.demands,
    })),
    hoursMin: Number(row.hoursMin),
    hoursMax: Number(row.hoursMax),
    hoursPerDay: row.hoursPerDay === null ? null : Number(row.hoursPerDay),
    days: row.days as Day[],
    evenings: row.evenings,
    nights: row.nights,
    place: { municipalityCode: row.municipalityCode ?? 'GM0000', postcode: row.postcode },
    requirements: {
      certificates: row.certificates,
      drivingLicence: row.drivingLicence,
      languageLevel: row.languageLevel as LanguageLevel | null,
    },
    accommodations: row.accommodations as AccommodationCode[],
    startDate: row.startDate,
  };
}

/**
 * Loads one participant as a candidate: 404 without any relationship, 403 when the caller may see the
 * participant for matching but not their capacity, 409 without a running trajectory.
 */
async function loadOneCandidate(scope: Scope, participantId: string) {
  const p = await scope.readOne('match.readCandidate', () => getParticipant(scope.q, participantId), participantRef);
  await scope.authorize('match.useCapacity', participantRef(p));
  const { access, rowOf, candidates, compiled } = await loadCandidates(scope, {
    regionCode: null,
    participantId,
    hoursBound: null,
  });
  const candidate = candidates[0];
  const row = candidate ? rowOf(candidate.id) : undefined;
  const compiledCandidate = compiled[0];
  if (!row || !candidate || !compiledCandidate) {
    throw new AppError('conflict', { detailKey: 'matches.problem.no-trajectory' });
  }
  return { access, row, candidate, compiled: compiledCandidate };
}

interface VacancyEntry {
  row: data.VacancyMatchRow;
  compiled: CompiledVacancy;
  /** The fewest hours a week the job can shrink to by carving. */
  minHours: number;
}

/**
 * The open vacancies of a region, compiled, kept in process per database while nothing of them changes
 * (`vacancySignature`: count and latest change of the vacancies and their employers). A vacancy whose tasks
 * no longer pass `checkVacancy` (ADR 0017) is left out, not a crash.
 */
const vacancyPools = new WeakMap<object, Map<string, Promise<{ signature: string; entries: VacancyEntry[] }>>>();

async function loadVacancyEntries(scope: Scope, regionCode: string): Promise<VacancyEntry[]> {
  const rows = await data.findVacancies(scope.q, {
    regionCode,
    vacancyId: null,
    hoursLimit: null,
    minRemainingPercent: MIN_REMAINING,
  });
  const byVacancy = new Map<string, data.VacancyTaskRow[]>();
  for (const t of await data.findVacancyTasks(
    scope.q,
    rows.map((v) => v.id),
  )) {
    const list = byVacancy.get(t.vacancyId) ?? [];
    list.push(t);
    byVacancy.set(t.vacancyId, list);
  }
  const entries: VacancyEntry[] = [];
  for (const row of rows) {
    const vacancy = toVacancy(row, byVacancy.get(row.id) ?? []);
    if (checkVacancy(vacancy).length === 0) {
      entries.push({ row, compiled: compileVacancy(vacancy, TRAVEL), minHours: hoursBound(vacancy) });
    }
  }
  return entries;
}

async function regionVacancies(scope: Scope, regionCode: string): Promise<VacancyEntry[]> {
  const signature = await data.vacancySignature(scope.q, regionCode);
  let byRegion = vacancyPools.get(scope.q);
  if (!byRegion) {
    byRegion = new Map();
    vacancyPools.set(scope.q, byRegion);
  }
  const cached = byRegion.get(regionCode);
  if (cached) {
    const pool = await cached.catch(() => null);
    if (pool && pool.signature === signature) {
      return pool.entries;
    }
  }
  const loading = loadVacancyEntries(scope, regionCode).then((entries) => ({ signature, entries }));
  byRegion.set(regionCode, loading);
  loading.catch(() => byRegion.delete(regionCode));
  return (await loading).entries;
}

/** Best open vacancies of the participant's region for one participant. */
export async function vacanciesForParticipant(
  ctx: RequestContext,
  participantId: string,
  limit: number,
): Promise<VacancyRanking> {
  return ctx.data.read(async (scope) => {
    const { row, compiled } = await loadOneCandidate(scope, participantId);
    const asOf = todayInNl();
    // Vacancies of the participant's region; a professional sees them only within their own regions (ADR 0017).
    const own = row.userId !== null && scope.actor?.kind === 'user' && scope.actor.userId === row.userId;
    const reach = own ? null : await visibility(scope, 'vacancy.read');
    const inReach = reach === null || reach.all || reach.regions.includes(row.regionCode);
    const pool = inReach ? await regionVacancies(scope, row.regionCode) : [];
    // Hours pre-filter (ADR 0015): a vacancy that needs more hours than the person can work even after the
    // most carving is counted, not ranked.
    const kept = pool.filter((e) => e.minHours <= compiled.hoursLimit + 1e-6);
    const ranking = rankVacancies(
      compiled,
      kept.map((e) => e.compiled),
      { travel: TRAVEL, asOf, limit },
    );
    const vacancyRows = kept.map((e) => e.row);
    const all = pool;
    const rowById = new Map(vacancyRows.map((v) => [v.id, v]));
    const items: VacancyMatch[] = ranking.results.map((r) => {
      const v = rowById.get(r.vacancyId)!;
      return {
        vacancy: {
          id: v.id,
          employerId: v.employerId,
          employerName: v.employerName,
          title: v.title,
          municipalityName: v.municipalityName,
          hoursMin: Number(v.hoursMin),
          hoursMax: Number(v.hoursMax),
        },
        ...pairFields(ctx.lang, r),
      };
    });
    const dropped = all.length - vacancyRows.length;
    return {
      participantId,
      asOf,
      considered: ranking.considered + dropped,
      admitted: ranking.admitted,
      excludedBy: excludedBy(ranking, dropped),
      items,
    };
  });
}

function blockingText(lang: Language, itemId: string, capacity: readonly number[]): string {
  const item = fmlItem(itemId);
  if (!item) {
    return itemId;
  }
  const levels = capacity.map((code) => item.levels.find((l) => l.code === code)?.[lang] ?? String(code));
  return `${item[lang]}: ${levels.join(', ')}`;
}

/** Which participants of the region would fit a carved job, and which task blocks whom. */
export async function carvedJobFits(
  ctx: RequestContext,
  employerId: string,
  carvedId: string,
  limit: number,
): Promise<CarvedFits> {
  return ctx.data.read(async (scope) => {
    const employer = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    const [carved] = await employerData.listCarved(scope.q, employer.id, carvedId);
    if (!carved) {
      throw new AppError('not-found');
    }
    const tasks = await employerData.listCarvedTasks(scope.q, [carved.id]);
    const locations = await employerData.listLocations(scope.q, employer.id);
    const place = locations.find((l) => l.isMain) ?? locations[0];
    const hours = Number(carved.hoursPerWeek);
    const known = new Set<string>(ACCOMMODATION_CODES);
    const vacancy: Vacancy = {
      id: carved.id,
      title: carved.title,
      occupationCode: null,
      sector: employer.sbiCode,
      keywords: [],
      // A carved job is the work to be done: none of its tasks is carved out again.
      tasks: tasks.map((t) => ({
        id: `${t.position}`,
        name: t.name,
        sharePercent: Number(t.sharePercent),
        carvable: false,
        demands: t.demands,
      })),
      hoursMin: hours,
      hoursMax: hours,
      hoursPerDay: null,
      days: [],
      evenings: false,
      nights: false,
      place: { municipalityCode: place?.municipalityCode ?? 'GM0000', postcode: place?.postcode ?? null },
      requirements: { certificates: [], drivingLicence: null, languageLevel: null },
      // The accommodations the employer offers (inclusive-employer facts); a carved job has none of its own.
      accommodations: employer.accommodations.filter((a): a is AccommodationCode => known.has(a)),
      startDate: null,
    };
    const asOf = todayInNl();
    const { access, rowOf, compiled } = await loadCandidates(scope, {
      regionCode: employer.regionCode,
      participantId: null,
      hoursBound: null,
    });
    const overview = whoFits(compileVacancy(vacancy, TRAVEL), compiled, { travel: TRAVEL, asOf });
    const shownReports = overview.candidates.slice(0, limit);
    const shown = shownReports.map((r) => rowOf(r.candidateId));
    auditShown(scope, shown);
    const compiledVacancy = compileVacancy(vacancy, TRAVEL);
    const compiledById = new Map(compiled.map((c) => [c.id, c]));
    return {
      carvedJobId: carved.id,
      asOf,
      considered: overview.candidates.length,
      fitting: overview.candidates.filter((c) => c.fits).length,
      candidates: shownReports.map((report, i) => {
        const pair = evaluatePair(compiledVacancy, compiledById.get(report.candidateId)!, {
          travel: TRAVEL,
          asOf,
        });
        const render = (parts: PairResult['explanation']['fits']) => parts.map((p) => renderPart(ctx.lang, p));
        return {
          participant: candidateSummary(shown[i]!, access),
          fits: report.fits,
          blocking: report.blocking.map((b) => ({
            taskId: b.taskId,
            taskName: b.taskName,
            itemId: b.itemId,
            text: blockingText(ctx.lang, b.itemId, b.capacity),
          })),
          otherReasons: report.otherReasons,
          explanation: {
            text: renderExplanation(ctx.lang, pair),
            fits: render(pair.explanation.fits),
            cautions: render(pair.explanation.cautions),
            excluded: render(pair.explanation.excluded),
          },
        };
      }),
      blocksPerTask: overview.blocksPerTask,
    };
  });
}

const PLACEMENT_KIND = {
  unpaidWorkExperience: 'workExperience',
  beschutWerk: 'beschutWerk',
} as const;

/** Which instruments apply to this participant in this vacancy, and why (the rule table of src/modules/instruments). */
export async function instrumentsForPair(
  ctx: RequestContext,
  participantId: string,
  vacancyId: string,
): Promise<InstrumentAdvice> {
  return ctx.data.read(async (scope) => {
    const { row, candidate, compiled } = await loadOneCandidate(scope, participantId);
    const [v] = await data.findVacancies(scope.q, {
      regionCode: row.regionCode,
      vacancyId,
      hoursLimit: null,
      minRemainingPercent: MIN_REMAINING,
    });
    if (!v) {
      // Not an open vacancy in the participant's region.
      throw new AppError('not-found');
    }
    const tasks = await data.findVacancyTasks(scope.q, [v.id]);
    const vacancy = toVacancy(v, tasks);
    if (checkVacancy(vacancy).length > 0) {
      throw new AppError('conflict', { detailKey: 'matches.problem.vacancy-invalid' });
    }
    const asOf = todayInNl();
    const pair = evaluatePair(compileVacancy(vacancy, TRAVEL), compiled, {
      travel: TRAVEL,
      asOf,
    });
    const profile = capacityProfile(candidate.assessments);
    const outcomes = instrumentsFor(
      {
        benefit: row.benefitSituation as BenefitSituation,
        doelgroepregister: row.doelgroepregister,
        targetGroups: row.targetGroups as never,
        // Not recorded in Meedoen yet: unknown (the rules answer "maybe" where it matters).
        loonwaardePercent: null,
        ...capacityFacts(profile),
        hasStartkwalificatie: null,
        beschutWerkAdvice: 'none',
        participatieplaatsMonths: 0,
      },
      {
        kind: PLACEMENT_KIND[v.wageForm as keyof typeof PLACEMENT_KIND] ?? 'paidJob',
        contractMonths: null,
        previouslyEmployedHere: false,
        erkendLeerbedrijf: false,
        offersBbl: false,
        accommodationsNeeded: pair.accommodations,
      },
    );
    return {
      participantId,
      vacancyId,
      accommodationsNeeded: pair.accommodations.map((code) => accommodation(ctx.lang, code)),
      items: outcomes.map((o) => ({
        code: o.code,
        name: renderSentence(ctx.lang, o.name),
        applies: o.applies,
        grantor: o.grantor,
        grantorName: o.grantorName ? renderSentence(ctx.lang, o.grantorName) : null,
        reason: renderSentence(ctx.lang, o.reason),
        employerMustDo: o.employerMustDo ? renderSentence(ctx.lang, o.employerMustDo) : null,
        unverifiedFacts: o.facts.filter((f) => f.status === 'U').length,
      })),
    };
  });
}
