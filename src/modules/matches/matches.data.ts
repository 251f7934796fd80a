/**
 * SQL of matching in the region: candidate rows (with the caller's access worked out per row) and open
 * vacancy rows with their tasks. The pre-filter only drops rows the matching library would exclude too
 * (ADR 0015): region, trajectory phase, access, and hours against the most favourable carving.
 */
import type { Queryable } from '../../platform/db/db.js';
import { ACTIVE_CONSENT } from '../consents/consents.data.js';

/** Trajectory phases in which someone counts as looking for work (ADR 0018). */
export const SEEKING_PHASES = ['intake', 'jobSearch'] as const;
/** Consent purpose that lets an organisation see someone in matching results. */
export const MATCHING_PURPOSE = 'matching';

/** The caller's relationships, from the list scope of `match.readCandidate` (all three actions share grants). */
export interface CandidateAccess {
  all: boolean;
  /** The participant themself (their user id), or null. */
  selfUserId: string | null;
  assignedUserId: string | null;
  assignedIn: readonly string[];
  consentIn: readonly string[];
}

export interface CandidateRow {
  id: string;
  userId: string | null;
  givenName: string;
  familyName: string;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  phase: 'referral' | 'intake' | 'jobSearch' | 'workingWithSupport' | 'followUp';
  benefitSituation: string;
  doelgroepregister: boolean;
  targetGroups: string[];
  kindsOfWork: string | null;
  sectors: string[];
  hoursMin: number | null;
  hoursMax: number | null;
  days: string[];
  dayParts: string[];
  maxTravelMinutes: number | null;
  transport: string[];
  strengths: string | null;
  certificates: string[];
  drivingLicences: string[];
  languageLevel: string | null;
  /** Whether the participant has any wishes version; without one, the wish columns above are empty. */
  wishesRecorded: boolean;
}

export interface AssessmentRow {
  participantId: string;
  id: string;
  kind: 'self' | 'professional';
  organisationId: string | null;
  assessedOn: string;
  answers: { itemId: string; levels: number[] }[];
}

/**
 * The job seekers of one region (a trajectory in a job-seeking phase) with their latest wishes; or one
 * participant with any running trajectory. Who may see whom is decided separately ({@link findAccess}).
 */
export async function findCandidates(
  q: Queryable,
  f: { regionCode: string | null; participantId: string | null },
): Promise<CandidateRow[]> {
  const { rows } = await q.query<CandidateRow>(
    `SELECT p.id, p.user_id AS "userId", p.given_name AS "givenName", p.family_name AS "familyName",
            p.municipality_code AS "municipalityCode", m.name AS "municipalityName", m.region_code AS "regionCode",
            tr.phase, p.benefit_situation AS "benefitSituation", p.doelgroepregister, p.target_groups AS "targetGroups",
            w.kinds_of_work AS "kindsOfWork", coalesce(w.sectors, '{}') AS sectors, w.hours_min AS "hoursMin",
            w.hours_max AS "hoursMax", coalesce(w.days, '{}') AS days, coalesce(w.day_parts, '{}') AS "dayParts",
            w.max_travel_minutes AS "maxTravelMinutes", coalesce(w.transport, '{}') AS transport, w.strengths,
            coalesce(w.certificates, '{}') AS certificates, coalesce(w.driving_licences, '{}') AS "drivingLicences",
            w.language_level AS "languageLevel", (w.participant_id IS NOT NULL) AS "wishesRecorded"
       FROM participants p
       JOIN municipalities m ON m.code = p.municipality_code
       JOIN LATERAL (
         SELECT t.phase FROM trajectories t
          WHERE t.participant_id = p.id
            -- In a region list only those looking for work; one participant: any running trajectory.
            AND (CASE WHEN $2::uuid IS NULL THEN t.phase IN ('intake', 'jobSearch') ELSE t.phase <> 'closed' END)
          ORDER BY (t.phase IN ('intake', 'jobSearch')) DESC, t.referral_date DESC, t.created_at DESC LIMIT 1
       ) tr ON true
       LEFT JOIN LATERAL (
         SELECT * FROM participant_wishes pw WHERE pw.participant_id = p.id ORDER BY pw.recorded_at DESC LIMIT 1
       ) w ON true
      WHERE ($2::uuid IS NOT NULL OR p.municipality_code IN (SELECT code FROM municipalities WHERE region_code = $1))
        AND ($2::uuid IS NULL OR p.id = $2)
      ORDER BY p.id`,
    [f.regionCode, f.participantId],
  );
  return rows;
}

/** Per participant: the organisations in which the caller is assigned, and the categories consented for matching. */
export interface AccessFacts {
  assigned: Map<string, string[]>;
  consented: Map<string, string[]>;
}

/** Per participant, the organisations of the caller in which the caller is assigned (through the user's index). */
export async function findAssigned(
  q: Queryable,
  a: Pick<CandidateAccess, 'assignedUserId' | 'assignedIn'>,
): Promise<Map<string, string[]>> {
  const assigned = new Map<string, string[]>();
  if (a.assignedUserId !== null && a.assignedIn.length > 0) {
    const { rows } = await q.query<{ id: string; orgs: string[] }>(
      `SELECT t.participant_id AS id, array_agg(DISTINCT t.organisation_id::text) AS orgs
         FROM trajectory_assignments ta JOIN trajectories t ON t.id = ta.trajectory_id
        WHERE ta.user_id = $1 AND ta.ended_at IS NULL AND t.organisation_id = ANY($2::uuid[])
        GROUP BY t.participant_id`,
      [a.assignedUserId, a.assignedIn],
    );
    rows.forEach((r) => assigned.set(r.id, r.orgs));
  }
  return assigned;
}

/**
 * Per participant, the categories consented for matching to any of these organisations, today (through the
 * organisation index). With a whole region consented this is thousands of rows: the service keeps the answer
 * per consent generation (`consentGeneration` in consents.data.ts).
 */
export async function findConsented(q: Queryable, organisationIds: readonly string[]): Promise<Map<string, string[]>> {
  const consented = new Map<string, string[]>();
  if (organisationIds.length > 0) {
    const { rows } = await q.query<{ id: string; cats: string[] }>(
      `SELECT c.participant_id AS id, array_agg(DISTINCT c.category) AS cats
         FROM consents c
        WHERE c.organisation_id = ANY($1::uuid[]) AND c.category IN ('wishes', 'capacityHealth', 'identity')
          AND c.purpose = '${MATCHING_PURPOSE}' AND ${ACTIVE_CONSENT}
        GROUP BY c.participant_id`,
      [organisationIds],
    );
    rows.forEach((r) => consented.set(r.id, r.cats));
  }
  return consented;
}

/** Every capacity assessment of these participants with its answers, newest first. */
export async function findAssessments(q: Queryable, participantIds: readonly string[]): Promise<AssessmentRow[]> {
  if (participantIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<AssessmentRow>(
    `SELECT a.participant_id AS "participantId", a.id, a.kind, a.organisation_id AS "organisationId",
            to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedOn",
            coalesce(json_agg(json_build_object('itemId', x.item_id, 'levels', x.levels) ORDER BY x.item_id)
                       FILTER (WHERE x.item_id IS NOT NULL), '[]') AS answers
       FROM capacity_assessments a
       LEFT JOIN capacity_answers x ON x.assessment_id = a.id
      WHERE a.participant_id = ANY($1::uuid[])
      GROUP BY a.id
      ORDER BY a.participant_id, a.assessed_on DESC, a.recorded_at DESC`,
    [participantIds],
  );
  return rows;
}

export interface VacancyMatchRow {
  id: string;
  employerId: string;
  employerName: string;
  sbiCode: string | null;
  employerAccommodations: string[];
  title: string;
  occupationCode: string | null;
  hoursMin: string;
  hoursMax: string;
  hoursPerDay: string | null;
  days: string[];
  evenings: boolean;
  nights: boolean;
  startDate: string | null;
  certificates: string[];
  drivingLicence: string | null;
  languageLevel: string | null;
  accommodations: string[];
  contractType: string;
  wageForm: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  postcode: string | null;
  /** False when the vacancy needs more hours than `hoursLimit` even after the most carving. */
  passesHours: boolean;
}

export interface VacancyTaskRow {
  vacancyId: string;
  id: string;
  name: string;
  sharePercent: string;
  carvable: boolean;
  demands: { itemId: string; levels: number[] }[];
}

/**
 * Open vacancies of employers in a region (or one vacancy), with their place (the vacancy's location, else
 * the employer's main one). `hoursLimit`: the most hours the person can work (null: no filter);
 * `minRemainingPercent`: the viability rule of carving.
 */
export async function findVacancies(
  q: Queryable,
  f: { regionCode: string | null; vacancyId: string | null; hoursLimit: number | null; minRemainingPercent: number },
): Promise<VacancyMatchRow[]> {
  const { rows } = await q.query<VacancyMatchRow>(
    `SELECT v.id, v.employer_id AS "employerId", e.name AS "employerName", e.sbi_code AS "sbiCode",
            e.accommodations AS "employerAccommodations", v.title, v.occupation_code AS "occupationCode",
            v.hours_min AS "hoursMin", v.hours_max AS "hoursMax", v.hours_per_day AS "hoursPerDay", v.days,
            v.evenings, v.nights, to_char(v.start_date, 'YYYY-MM-DD') AS "startDate", v.certificates,
            v.driving_licence AS "drivingLicence", v.language_level AS "languageLevel", v.accommodations,
            v.contract_type AS "contractType", v.wage_form AS "wageForm",
            l.municipality_code AS "municipalityCode", m.name AS "municipalityName", l.postcode,
            ($3::numeric IS NULL OR v.hours_min * greatest($4::numeric, 100 - coalesce(
               (SELECT sum(t.share_percent) FROM vacancy_tasks t WHERE t.vacancy_id = v.id AND t.carvable), 0)) / 100
               <= $3::numeric + 0.000001) AS "passesHours"
       FROM vacancies v
       JOIN employers e ON e.id = v.employer_id
       LEFT JOIN LATERAL (
         SELECT el.municipality_code, el.postcode FROM employer_locations el
          WHERE el.employer_id = v.employer_id
          ORDER BY (el.id = v.location_id) DESC, el.is_main DESC, el.created_at, el.id LIMIT 1
       ) l ON true
       LEFT JOIN municipalities m ON m.code = l.municipality_code
      WHERE v.status = 'open'
        AND ($1::text IS NULL OR e.region_code = $1)
        AND ($2::uuid IS NULL OR v.id = $2)
      ORDER BY v.id`,
    [f.regionCode, f.vacancyId, f.hoursLimit, f.minRemainingPercent],
  );
  return rows;
}

/** The tasks of these vacancies, in order. */
export async function findVacancyTasks(q: Queryable, vacancyIds: readonly string[]): Promise<VacancyTaskRow[]> {
  if (vacancyIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<VacancyTaskRow>(
    `SELECT vacancy_id AS "vacancyId", id, name, share_percent AS "sharePercent", carvable, demands
       FROM vacancy_tasks WHERE vacancy_id = ANY($1::uuid[]) ORDER BY vacancy_id, position`,
    [vacancyIds],
  );
  return rows;
}

/** The carvable share of a vacancy's hours, in percent (for the hours pre-filter). */
export async function carvableShare(q: Queryable, vacancyId: string): Promise<number> {
  const { rows } = await q.query<{ share: string | null }>(
    'SELECT sum(share_percent) FILTER (WHERE carvable) AS share FROM vacancy_tasks WHERE vacancy_id = $1',
    [vacancyId],
  );
  return Number(rows[0]?.share ?? 0);
}

/**
 * Benchmark baseline (bench/matching.ts): the bare indexed filter over the same rows — job seekers of the
 * region whose wished hours reach the bound, first 20 by id. No access filter, no capacity, no scoring.
 */
export async function bareCandidateFilter(q: Queryable, regionCode: string, hoursBound: number): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT p.id FROM participants p JOIN municipalities m ON m.code = p.municipality_code
      WHERE m.region_code = $1
        AND EXISTS (SELECT 1 FROM trajectories t WHERE t.participant_id = p.id AND t.phase IN ('intake', 'jobSearch'))
        AND coalesce((SELECT w.hours_max FROM participant_wishes w WHERE w.participant_id = p.id
                       ORDER BY w.recorded_at DESC LIMIT 1), 60) >= $2
      ORDER BY p.id LIMIT 20`,
    [regionCode, hoursBound],
  );
  return rows.map((r) => r.id);
}

/** Benchmark baseline: open vacancies of the region within the hours limit, first 20 by id. */
export async function bareVacancyFilter(q: Queryable, regionCode: string, hoursLimit: number): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT v.id FROM vacancies v JOIN employers e ON e.id = v.employer_id
      WHERE e.region_code = $1 AND v.status = 'open' AND v.hours_min * 0.5 <= $2
      ORDER BY v.id LIMIT 20`,
    [regionCode, hoursLimit],
  );
  return rows.map((r) => r.id);
}

/**
 * What changes when an open vacancy of the region is added, changed, closed or its employer changes (the
 * vacancy and employer services set `updated_at` on every change): the key of the in-process vacancy cache.
 */
export async function vacancySignature(q: Queryable, regionCode: string): Promise<string> {
  const { rows } = await q.query<{ n: number; v: string | null; e: string | null }>(
    `SELECT count(*)::int AS n, max(v.updated_at)::text AS v, max(e.updated_at)::text AS e
       FROM vacancies v JOIN employers e ON e.id = v.employer_id
      WHERE e.region_code = $1 AND v.status = 'open'`,
    [regionCode],
  );
  const r = rows[0];
  return `${r?.n ?? 0}|${r?.v ?? ''}|${r?.e ?? ''}`;
}
