/** SQL of employer services: employers, locations, contacts, history, the contacts log, vacancies and job carving. */
import { sqlState, type Queryable } from '../../platform/db/db.js';

/** A unique index refused the row (two requests with the same KvK number at once). */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

/**
 * Which employers a caller may see: every employer (system), those of these regions (employer advisers and
 * job coaches: the regions of their organisations), or the one linked to these employer organisations.
 */
export interface Visibility {
  all: boolean;
  regions: string[];
  organisationIds: string[];
}

/** `$n` … `$n+2` of a visibility, for an employer aliased `e`. */
const visibleWhere = (n: number) =>
  `($${n}::boolean OR e.region_code = ANY($${n + 1}::text[]) OR e.organisation_id = ANY($${n + 2}::uuid[]))`;
const visibleParams = (v: Visibility) => [v.all, v.regions, v.organisationIds];

// Organisations and people ---------------------------------------------------------------------------

export interface OrganisationRow {
  id: string;
  name: string;
  type: string;
  regionCode: string;
}

export async function organisationsByIds(q: Queryable, ids: readonly string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) {
    return [];
  }
  const { rows } = await q.query<OrganisationRow>(
    'SELECT id, name, type, region_code AS "regionCode" FROM organisations WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return rows;
}

export async function hasMembership(
  q: Queryable,
  userId: string,
  organisationId: string,
  role: string,
): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = $3',
    [userId, organisationId, role],
  );
  return rows.length > 0;
}

export async function municipalities(
  q: Queryable,
  codes: readonly string[],
): Promise<{ code: string; name: string; regionCode: string }[]> {
  const { rows } = await q.query<{ code: string; name: string; regionCode: string }>(
    'SELECT code, name, region_code AS "regionCode" FROM municipalities WHERE code = ANY($1::text[])',
    [codes],
  );
  return rows;
}

// Employers ------------------------------------------------------------------------------------------

export interface EmployerRow {
  id: string;
  regionCode: string;
  regionName: string;
  name: string;
  kvkNumber: string | null;
  sbiCode: string | null;
  sizeClass: string | null;
  website: string | null;
  description: string | null;
  banenafspraakJobs: number | null;
  accommodations: string[];
  accountHolderOrganisationId: string;
  accountHolderOrganisationName: string;
  accountHolderUserId: string | null;
  accountHolderUserName: string | null;
  organisationId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const EMPLOYER_SELECT = `SELECT e.id, e.region_code AS "regionCode", r.name AS "regionName", e.name, e.kvk_number AS "kvkNumber",
       e.sbi_code AS "sbiCode", e.size_class AS "sizeClass", e.website, e.description,
       e.banenafspraak_jobs AS "banenafspraakJobs", e.accommodations,
       e.account_holder_organisation_id AS "accountHolderOrganisationId", o.name AS "accountHolderOrganisationName",
       e.account_holder_user_id AS "accountHolderUserId", u.name AS "accountHolderUserName",
       e.organisation_id AS "organisationId", e.created_at AS "createdAt", e.updated_at AS "updatedAt"
  FROM employers e
  JOIN regions r ON r.code = e.region_code
  JOIN organisations o ON o.id = e.account_holder_organisation_id
  LEFT JOIN users u ON u.id = e.account_holder_user_id`;

/** One employer, or null when it does not exist or is not visible. */
export async function getEmployer(q: Queryable, id: string, v: Visibility): Promise<EmployerRow | null> {
  const { rows } = await q.query<EmployerRow>(`${EMPLOYER_SELECT} WHERE e.id = $1 AND ${visibleWhere(2)}`, [
    id,
    ...visibleParams(v),
  ]);
  return rows[0] ?? null;
}

export interface EmployerSummaryRow {
  id: string;
  regionCode: string;
  name: string;
  kvkNumber: string | null;
  sbiCode: string | null;
  sizeClass: string | null;
  municipalityNames: string[];
  accountHolderOrganisationName: string;
  adviserName: string | null;
  organisationId: string | null;
  openVacancies: number;
  lastContactOn: string | null;
}

export async function listEmployers(
  q: Queryable,
  v: Visibility,
  filter: { q: string | null; municipalityCode: string | null; limit: number; offset: number },
): Promise<{ rows: EmployerSummaryRow[]; total: number }> {
  const where = `${visibleWhere(1)}
     AND ($4::text IS NULL OR e.name ILIKE '%' || $4 || '%' OR e.kvk_number = regexp_replace($4, '[\\s.]', '', 'g'))
     AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM employer_locations l WHERE l.employer_id = e.id AND l.municipality_code = $5))`;
  const params = [...visibleParams(v), filter.q, filter.municipalityCode];
  const { rows } = await q.query<EmployerSummaryRow>(
    `SELECT e.id, e.region_code AS "regionCode", e.name, e.kvk_number AS "kvkNumber", e.sbi_code AS "sbiCode",
            e.size_class AS "sizeClass", o.name AS "accountHolderOrganisationName", u.name AS "adviserName",
            e.organisation_id AS "organisationId",
            COALESCE((SELECT array_agg(DISTINCT m.name ORDER BY m.name) FROM employer_locations l
                        JOIN municipalities m ON m.code = l.municipality_code WHERE l.employer_id = e.id), '{}') AS "municipalityNames",
            (SELECT count(*) FROM vacancies vc WHERE vc.employer_id = e.id AND vc.status = 'open') AS "openVacancies",
            (SELECT max(g.contact_date) FROM employer_contact_log g WHERE g.employer_id = e.id) AS "lastContactOn"
       FROM employers e
       JOIN organisations o ON o.id = e.account_holder_organisation_id
       LEFT JOIN users u ON u.id = e.account_holder_user_id
      WHERE ${where}
      ORDER BY lower(e.name), e.id
      LIMIT $6 OFFSET $7`,
    [...params, filter.limit, filter.offset],
  );
  const { rows: count } = await q.query<{ n: number }>(`SELECT count(*) AS n FROM employers e WHERE ${where}`, params);
  return { rows, total: count[0]?.n ?? 0 };
}

/** Another employer of the region with this KvK number, if any. */
export async function employerWithKvk(
  q: Queryable,
  regionCode: string,
  kvkNumber: string,
  exceptId: string | null,
): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>(
    'SELECT id FROM employers WHERE region_code = $1 AND kvk_number = $2 AND ($3::uuid IS NULL OR id <> $3)',
    [regionCode, kvkNumber, exceptId],
  );
  return rows[0]?.id ?? null;
}

/** The employer record an employer organisation is linked to, if any (other than `exceptId`). */
export async function employerOfOrganisation(
  q: Queryable,
  organisationId: string,
  exceptId: string,
): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>('SELECT id FROM employers WHERE organisation_id = $1 AND id <> $2', [
    organisationId,
    exceptId,
  ]);
  return rows[0]?.id ?? null;
}

export interface EmployerFields {
  name: string;
  kvkNumber: string | null;
  sbiCode: string | null;
  sizeClass: string | null;
  website: string | null;
  description: string | null;
  banenafspraakJobs: number | null;
  accommodations: string[];
  accountHolderOrganisationId: string;
  accountHolderUserId: string | null;
  organisationId: string | null;
}

export async function insertEmployer(
  q: Queryable,
  e: EmployerFields & { regionCode: string; createdBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO employers (region_code, name, kvk_number, sbi_code, size_class, website, description, banenafspraak_jobs,
       accommodations, account_holder_organisation_id, account_holder_user_id, organisation_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      e.regionCode,
      e.name,
      e.kvkNumber,
      e.sbiCode,
      e.sizeClass,
      e.website,
      e.description,
      e.banenafspraakJobs,
      e.accommodations,
      e.accountHolderOrganisationId,
      e.accountHolderUserId,
      e.organisationId,
      e.createdBy,
    ],
  );
  return rows[0]!.id;
}

export async function updateEmployer(q: Queryable, id: string, e: EmployerFields): Promise<void> {
  await q.query(
    `UPDATE employers SET name = $2, kvk_number = $3, sbi_code = $4, size_class = $5, website = $6, description = $7,
       banenafspraak_jobs = $8, accommodations = $9, account_holder_organisation_id = $10, account_holder_user_id = $11,
       organisation_id = $12, updated_at = now()
     WHERE id = $1`,
    [
      id,
      e.name,
      e.kvkNumber,
      e.sbiCode,
      e.sizeClass,
      e.website,
      e.description,
      e.banenafspraakJobs,
      e.accommodations,
      e.accountHolderOrganisationId,
      e.accountHolderUserId,
      e.organisationId,
    ],
  );
}

export async function touchEmployer(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE employers SET updated_at = now() WHERE id = $1', [id]);
}

/**
 * Placements at the employer: participants' job episodes linked to this employer record, or to the
 * employer's own organisation. `current`: not ended on `today`.
 */
export async function placementCounts(
  q: Queryable,
  employerId: string,
  organisationId: string | null,
  today: string,
): Promise<{ total: number; current: number }> {
  const { rows } = await q.query<{ total: number; current: number }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE j.start_date <= $3 AND (j.end_date IS NULL OR j.end_date >= $3)) AS current
       FROM job_episodes j
      WHERE j.employer_id = $1 OR ($2::uuid IS NOT NULL AND j.employer_organisation_id = $2)`,
    [employerId, organisationId, today],
  );
  return { total: rows[0]?.total ?? 0, current: rows[0]?.current ?? 0 };
}

export async function openVacancyCount(q: Queryable, employerId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*) AS n FROM vacancies WHERE employer_id = $1 AND status = 'open'`,
    [employerId],
  );
  return rows[0]?.n ?? 0;
}

// History --------------------------------------------------------------------------------------------

export async function insertEvent(
  q: Queryable,
  e: {
    employerId: string;
    userId: string | null;
    organisationId: string | null;
    kind: string;
    subjectId?: string | null;
    fields?: string[];
  },
): Promise<void> {
  await q.query(
    `INSERT INTO employer_events (employer_id, user_id, organisation_id, kind, subject_id, fields) VALUES ($1, $2, $3, $4, $5, $6)`,
    [e.employerId, e.userId, e.organisationId, e.kind, e.subjectId ?? null, e.fields ?? []],
  );
}

export interface EventRow {
  id: string;
  occurredAt: Date;
  kind: string;
  userName: string | null;
  organisationName: string | null;
  subjectId: string | null;
  fields: string[];
}

export async function listEvents(q: Queryable, employerId: string): Promise<EventRow[]> {
  const { rows } = await q.query<EventRow>(
    `SELECT ev.id, ev.occurred_at AS "occurredAt", ev.kind, u.name AS "userName", o.name AS "organisationName",
            ev.subject_id AS "subjectId", ev.fields
       FROM employer_events ev LEFT JOIN users u ON u.id = ev.user_id LEFT JOIN organisations o ON o.id = ev.organisation_id
      WHERE ev.employer_id = $1 ORDER BY ev.occurred_at DESC, ev.id LIMIT 500`,
    [employerId],
  );
  return rows;
}

// Locations ------------------------------------------------------------------------------------------

export interface LocationRow {
  id: string;
  employerId: string;
  name: string | null;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  isMain: boolean;
}

const LOCATION_SELECT = `SELECT l.id, l.employer_id AS "employerId", l.name, l.street, l.house_number AS "houseNumber", l.postcode,
       l.city, l.municipality_code AS "municipalityCode", m.name AS "municipalityName", m.region_code AS "regionCode",
       l.is_main AS "isMain"
  FROM employer_locations l JOIN municipalities m ON m.code = l.municipality_code`;

export async function listLocations(q: Queryable, employerId: string): Promise<LocationRow[]> {
  const { rows } = await q.query<LocationRow>(
    `${LOCATION_SELECT} WHERE l.employer_id = $1 ORDER BY l.is_main DESC, l.created_at, l.id`,
    [employerId],
  );
  return rows;
}

export async function getLocation(q: Queryable, employerId: string, id: string): Promise<LocationRow | null> {
  const { rows } = await q.query<LocationRow>(`${LOCATION_SELECT} WHERE l.id = $1 AND l.employer_id = $2`, [
    id,
    employerId,
  ]);
  return rows[0] ?? null;
}

export interface LocationFields {
  name: string | null;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
  municipalityCode: string;
  isMain: boolean;
}

export async function insertLocation(q: Queryable, employerId: string, l: LocationFields): Promise<string> {
  if (l.isMain) {
    await q.query('UPDATE employer_locations SET is_main = false WHERE employer_id = $1', [employerId]);
  }
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO employer_locations (employer_id, name, street, house_number, postcode, city, municipality_code, is_main)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [employerId, l.name, l.street, l.houseNumber, l.postcode, l.city, l.municipalityCode, l.isMain],
  );
  return rows[0]!.id;
}

export async function updateLocation(q: Queryable, employerId: string, id: string, l: LocationFields): Promise<void> {
  if (l.isMain) {
    await q.query('UPDATE employer_locations SET is_main = false WHERE employer_id = $1 AND id <> $2', [
      employerId,
      id,
    ]);
  }
  await q.query(
    `UPDATE employer_locations SET name = $3, street = $4, house_number = $5, postcode = $6, city = $7,
       municipality_code = $8, is_main = $9, updated_at = now()
     WHERE id = $1 AND employer_id = $2`,
    [id, employerId, l.name, l.street, l.houseNumber, l.postcode, l.city, l.municipalityCode, l.isMain],
  );
}

// Contacts -------------------------------------------------------------------------------------------

export interface ContactRow {
  id: string;
  employerId: string;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  isPrimary: boolean;
}
const CONTACT_SELECT = `SELECT id, employer_id AS "employerId", name, job_role AS role, phone, email, is_primary AS "isPrimary"
  FROM employer_contacts`;

export async function listContacts(q: Queryable, employerId: string): Promise<ContactRow[]> {
  const { rows } = await q.query<ContactRow>(
    `${CONTACT_SELECT} WHERE employer_id = $1 ORDER BY is_primary DESC, lower(name), id`,
    [employerId],
  );
  return rows;
}

export async function getContact(q: Queryable, employerId: string, id: string): Promise<ContactRow | null> {
  const { rows } = await q.query<ContactRow>(`${CONTACT_SELECT} WHERE id = $1 AND employer_id = $2`, [id, employerId]);
  return rows[0] ?? null;
}

export interface ContactFields {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  isPrimary: boolean;
}

export async function insertContact(q: Queryable, employerId: string, c: ContactFields): Promise<string> {
  if (c.isPrimary) {
    await q.query('UPDATE employer_contacts SET is_primary = false WHERE employer_id = $1', [employerId]);
  }
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO employer_contacts (employer_id, name, job_role, phone, email, is_primary) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [employerId, c.name, c.role, c.phone, c.email, c.isPrimary],
  );
  return rows[0]!.id;
}

export async function updateContact(q: Queryable, employerId: string, id: string, c: ContactFields): Promise<void> {
  if (c.isPrimary) {
    await q.query('UPDATE employer_contacts SET is_primary = false WHERE employer_id = $1 AND id <> $2', [
      employerId,
      id,
    ]);
  }
  await q.query(
    `UPDATE employer_contacts SET name = $3, job_role = $4, phone = $5, email = $6, is_primary = $7, updated_at = now()
      WHERE id = $1 AND employer_id = $2`,
    [id, employerId, c.name, c.role, c.phone, c.email, c.isPrimary],
  );
}

export async function deleteContact(q: Queryable, employerId: string, id: string): Promise<void> {
  await q.query('DELETE FROM employer_contacts WHERE id = $1 AND employer_id = $2', [id, employerId]);
}

// Contacts log ---------------------------------------------------------------------------------------

export interface LogRow {
  id: string;
  employerId: string;
  employerName: string;
  organisationId: string;
  organisationName: string;
  professionalUserId: string;
  professionalName: string;
  contactDate: string;
  kind: string;
  purpose: string;
  contactId: string | null;
  contactName: string | null;
  outcome: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  recordedAt: Date;
}

const LOG_SELECT = `SELECT g.id, g.employer_id AS "employerId", e.name AS "employerName", g.organisation_id AS "organisationId",
       o.name AS "organisationName", g.professional_user_id AS "professionalUserId", u.name AS "professionalName",
       g.contact_date AS "contactDate", g.kind, g.purpose, g.contact_id AS "contactId", c.name AS "contactName",
       g.outcome, g.next_step AS "nextStep", g.next_step_on AS "nextStepOn", g.recorded_at AS "recordedAt"
  FROM employer_contact_log g
  JOIN employers e ON e.id = g.employer_id
  JOIN organisations o ON o.id = g.organisation_id
  JOIN users u ON u.id = g.professional_user_id
  LEFT JOIN employer_contacts c ON c.id = g.contact_id`;

export async function listLog(q: Queryable, employerId: string): Promise<LogRow[]> {
  const { rows } = await q.query<LogRow>(
    `${LOG_SELECT} WHERE g.employer_id = $1 ORDER BY g.contact_date DESC, g.recorded_at DESC LIMIT 500`,
    [employerId],
  );
  return rows;
}

export async function getLogEntry(q: Queryable, employerId: string, id: string): Promise<LogRow | null> {
  const { rows } = await q.query<LogRow>(`${LOG_SELECT} WHERE g.id = $1 AND g.employer_id = $2`, [id, employerId]);
  return rows[0] ?? null;
}

/** A professional's own log entries between two dates (inclusive). */
export async function logOfProfessional(q: Queryable, userId: string, from: string, to: string): Promise<LogRow[]> {
  const { rows } = await q.query<LogRow>(
    `${LOG_SELECT} WHERE g.professional_user_id = $1 AND g.contact_date BETWEEN $2 AND $3
      ORDER BY g.contact_date, g.recorded_at`,
    [userId, from, to],
  );
  return rows;
}

export interface LogFields {
  contactDate: string;
  kind: string;
  purpose: string;
  contactId: string | null;
  outcome: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
}

export async function insertLogEntry(
  q: Queryable,
  g: LogFields & { employerId: string; organisationId: string; professionalUserId: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO employer_contact_log (employer_id, organisation_id, professional_user_id, contact_date, kind, purpose, contact_id,
       outcome, next_step, next_step_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      g.employerId,
      g.organisationId,
      g.professionalUserId,
      g.contactDate,
      g.kind,
      g.purpose,
      g.contactId,
      g.outcome,
      g.nextStep,
      g.nextStepOn,
    ],
  );
  return rows[0]!.id;
}

export async function updateLogEntry(q: Queryable, id: string, g: LogFields): Promise<void> {
  await q.query(
    `UPDATE employer_contact_log SET contact_date = $2, kind = $3, purpose = $4, contact_id = $5, outcome = $6, next_step = $7,
       next_step_on = $8, updated_at = now()
     WHERE id = $1`,
    [id, g.contactDate, g.kind, g.purpose, g.contactId, g.outcome, g.nextStep, g.nextStepOn],
  );
}

/**
 * Per job coach and employer adviser of an organisation: their contacts logged for that organisation
 * between two dates, face-to-face (the kinds given) and in total. Members without contacts count 0.
 */
export async function teamCounts(
  q: Queryable,
  organisationId: string,
  from: string,
  to: string,
  faceToFaceKinds: readonly string[],
): Promise<{ userId: string; name: string; faceToFace: number; total: number }[]> {
  const { rows } = await q.query<{ userId: string; name: string; faceToFace: number; total: number }>(
    `SELECT u.id AS "userId", u.name,
            count(g.id) FILTER (WHERE g.kind = ANY($4::text[])) AS "faceToFace", count(g.id) AS total
       FROM users u
       JOIN (SELECT DISTINCT user_id FROM memberships WHERE organisation_id = $1 AND role IN ('jobCoach', 'employerAdviser')) m
         ON m.user_id = u.id
       LEFT JOIN employer_contact_log g
         ON g.professional_user_id = u.id AND g.organisation_id = $1 AND g.contact_date BETWEEN $2 AND $3
      WHERE u.status = 'active'
      GROUP BY u.id, u.name
      ORDER BY lower(u.name), u.id`,
    [organisationId, from, to, faceToFaceKinds],
  );
  return rows;
}

// Tasks (of jobs and vacancies) ----------------------------------------------------------------------

export interface TaskRow {
  id: string;
  ownerId: string;
  position: number;
  name: string;
  sharePercent: string;
  carvable: boolean;
  demands: { itemId: string; levels: number[] }[];
}

export interface TaskFields {
  id: string | null;
  name: string;
  sharePercent: number;
  carvable: boolean;
  demands: readonly { itemId: string; levels: readonly number[] }[];
}

type TaskTable = 'vacancy_tasks' | 'employer_job_tasks';
const OWNER: Record<TaskTable, string> = { vacancy_tasks: 'vacancy_id', employer_job_tasks: 'job_id' };

export async function listTasks(q: Queryable, table: TaskTable, ownerIds: readonly string[]): Promise<TaskRow[]> {
  if (ownerIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<TaskRow>(
    `SELECT id, ${OWNER[table]} AS "ownerId", position, name, share_percent AS "sharePercent", carvable, demands
       FROM ${table} WHERE ${OWNER[table]} = ANY($1::uuid[]) ORDER BY ${OWNER[table]}, position`,
    [ownerIds],
  );
  return rows;
}

/**
 * Stores the tasks of a job or vacancy in this order: a task with the id of an existing task of the same
 * owner is updated in place (carved jobs keep their link to it), others are inserted, the rest deleted.
 */
export async function replaceTasks(
  q: Queryable,
  table: TaskTable,
  ownerId: string,
  tasks: readonly TaskFields[],
): Promise<void> {
  const owner = OWNER[table];
  const keep = tasks.map((t) => t.id).filter((id): id is string => id !== null);
  await q.query(`DELETE FROM ${table} WHERE ${owner} = $1 AND NOT (id = ANY($2::uuid[]))`, [ownerId, keep]);
  // Positions are unique per owner at commit (a deferred constraint), so rows can swap places one by one.
  for (const [i, t] of tasks.entries()) {
    if (t.id !== null) {
      await q.query(
        `UPDATE ${table} SET position = $3, name = $4, share_percent = $5, carvable = $6, demands = $7 WHERE id = $1 AND ${owner} = $2`,
        [t.id, ownerId, i + 1, t.name, t.sharePercent, t.carvable, JSON.stringify(t.demands)],
      );
    } else {
      await q.query(
        `INSERT INTO ${table} (${owner}, position, name, share_percent, carvable, demands) VALUES ($1, $2, $3, $4, $5, $6)`,
        [ownerId, i + 1, t.name, t.sharePercent, t.carvable, JSON.stringify(t.demands)],
      );
    }
  }
}

// Vacancies ------------------------------------------------------------------------------------------

export interface VacancyRow {
  id: string;
  employerId: string;
  employerName: string;
  regionCode: string;
  locationId: string | null;
  title: string;
  occupationCode: string | null;
  description: string | null;
  hoursMin: string;
  hoursMax: string;
  hoursPerDay: string | null;
  days: string[];
  evenings: boolean;
  nights: boolean;
  contractType: string;
  wageForm: string;
  startDate: string | null;
  diploma: string | null;
  certificates: string[];
  drivingLicence: string | null;
  languageLevel: string | null;
  accommodations: string[];
  forBanenafspraak: boolean;
  status: 'open' | 'filled' | 'withdrawn';
  openedOn: string;
  filledOn: string | null;
  withdrawnOn: string | null;
  carvedJobId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const VACANCY_SELECT = `SELECT v.id, v.employer_id AS "employerId", e.name AS "employerName", e.region_code AS "regionCode",
       v.location_id AS "locationId", v.title, v.occupation_code AS "occupationCode", v.description,
       v.hours_min AS "hoursMin", v.hours_max AS "hoursMax", v.hours_per_day AS "hoursPerDay", v.days, v.evenings, v.nights,
       v.contract_type AS "contractType", v.wage_form AS "wageForm", v.start_date AS "startDate", v.diploma, v.certificates,
       v.driving_licence AS "drivingLicence", v.language_level AS "languageLevel", v.accommodations,
       v.for_banenafspraak AS "forBanenafspraak", v.status, v.opened_on AS "openedOn", v.filled_on AS "filledOn",
       v.withdrawn_on AS "withdrawnOn", (SELECT c.id FROM carved_jobs c WHERE c.vacancy_id = v.id) AS "carvedJobId",
       v.created_at AS "createdAt", v.updated_at AS "updatedAt"
  FROM vacancies v JOIN employers e ON e.id = v.employer_id`;

export async function getVacancy(q: Queryable, employerId: string, id: string): Promise<VacancyRow | null> {
  const { rows } = await q.query<VacancyRow>(`${VACANCY_SELECT} WHERE v.id = $1 AND v.employer_id = $2`, [
    id,
    employerId,
  ]);
  return rows[0] ?? null;
}

export async function listVacanciesOf(q: Queryable, employerId: string): Promise<VacancyRow[]> {
  const { rows } = await q.query<VacancyRow>(
    `${VACANCY_SELECT} WHERE v.employer_id = $1 ORDER BY (v.status = 'open') DESC, v.opened_on DESC, v.id`,
    [employerId],
  );
  return rows;
}

export interface VacancySummaryRow {
  id: string;
  employerId: string;
  employerName: string;
  organisationId: string | null;
  title: string;
  occupationCode: string | null;
  municipalityName: string | null;
  hoursMin: string;
  hoursMax: string;
  contractType: string;
  wageForm: string;
  status: 'open' | 'filled' | 'withdrawn';
  openedOn: string;
  taskCount: number;
}

export async function listVacancies(
  q: Queryable,
  v: Visibility,
  filter: {
    status: string | null;
    employerId: string | null;
    municipalityCode: string | null;
    q: string | null;
    limit: number;
    offset: number;
  },
): Promise<{ rows: VacancySummaryRow[]; total: number }> {
  const where = `${visibleWhere(1)}
     AND ($4::text IS NULL OR vc.status = $4)
     AND ($5::uuid IS NULL OR vc.employer_id = $5)
     AND ($6::text IS NULL OR l.municipality_code = $6)
     AND ($7::text IS NULL OR vc.title ILIKE '%' || $7 || '%' OR e.name ILIKE '%' || $7 || '%')`;
  const from = `FROM vacancies vc JOIN employers e ON e.id = vc.employer_id
       LEFT JOIN employer_locations l ON l.id = vc.location_id
       LEFT JOIN municipalities m ON m.code = l.municipality_code`;
  const params = [...visibleParams(v), filter.status, filter.employerId, filter.municipalityCode, filter.q];
  const { rows } = await q.query<VacancySummaryRow>(
    `SELECT vc.id, vc.employer_id AS "employerId", e.name AS "employerName", e.organisation_id AS "organisationId", vc.title,
            vc.occupation_code AS "occupationCode", m.name AS "municipalityName", vc.hours_min AS "hoursMin",
            vc.hours_max AS "hoursMax", vc.contract_type AS "contractType", vc.wage_form AS "wageForm", vc.status,
            vc.opened_on AS "openedOn", (SELECT count(*) FROM vacancy_tasks t WHERE t.vacancy_id = vc.id) AS "taskCount"
       ${from}
      WHERE ${where}
      ORDER BY vc.opened_on DESC, vc.id
      LIMIT $8 OFFSET $9`,
    [...params, filter.limit, filter.offset],
  );
  const { rows: count } = await q.query<{ n: number }>(`SELECT count(*) AS n ${from} WHERE ${where}`, params);
  return { rows, total: count[0]?.n ?? 0 };
}

export interface VacancyFields {
  locationId: string | null;
  title: string;
  occupationCode: string | null;
  description: string | null;
  hoursMin: number;
  hoursMax: number;
  hoursPerDay: number | null;
  days: string[];
  evenings: boolean;
  nights: boolean;
  contractType: string;
  wageForm: string;
  startDate: string | null;
  diploma: string | null;
  certificates: string[];
  drivingLicence: string | null;
  languageLevel: string | null;
  accommodations: string[];
  forBanenafspraak: boolean;
}

const vacancyValues = (v: VacancyFields) => [
  v.locationId,
  v.title,
  v.occupationCode,
  v.description,
  v.hoursMin,
  v.hoursMax,
  v.hoursPerDay,
  v.days,
  v.evenings,
  v.nights,
  v.contractType,
  v.wageForm,
  v.startDate,
  v.diploma,
  v.certificates,
  v.drivingLicence,
  v.languageLevel,
  v.accommodations,
  v.forBanenafspraak,
];

export async function insertVacancy(
  q: Queryable,
  employerId: string,
  v: VacancyFields & { openedOn: string; createdBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO vacancies (location_id, title, occupation_code, description, hours_min, hours_max, hours_per_day, days, evenings,
       nights, contract_type, wage_form, start_date, diploma, certificates, driving_licence, language_level, accommodations,
       for_banenafspraak, employer_id, opened_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) RETURNING id`,
    [...vacancyValues(v), employerId, v.openedOn, v.createdBy],
  );
  return rows[0]!.id;
}

export async function updateVacancy(q: Queryable, id: string, v: VacancyFields): Promise<void> {
  await q.query(
    `UPDATE vacancies SET location_id = $1, title = $2, occupation_code = $3, description = $4, hours_min = $5, hours_max = $6,
       hours_per_day = $7, days = $8, evenings = $9, nights = $10, contract_type = $11, wage_form = $12, start_date = $13,
       diploma = $14, certificates = $15, driving_licence = $16, language_level = $17, accommodations = $18,
       for_banenafspraak = $19, updated_at = now()
     WHERE id = $20`,
    [...vacancyValues(v), id],
  );
}

export async function setVacancyStatus(
  q: Queryable,
  id: string,
  status: 'open' | 'filled' | 'withdrawn',
  on: string,
): Promise<void> {
  await q.query(
    `UPDATE vacancies SET status = $2,
       opened_on = CASE WHEN $2 = 'open' THEN $3::date ELSE opened_on END,
       filled_on = CASE WHEN $2 = 'filled' THEN $3::date ELSE NULL END,
       withdrawn_on = CASE WHEN $2 = 'withdrawn' THEN $3::date ELSE NULL END,
       updated_at = now()
     WHERE id = $1`,
    [id, status, on],
  );
}

// Jobs and carving -----------------------------------------------------------------------------------

export interface JobRow {
  id: string;
  employerId: string;
  title: string;
  occupationCode: string | null;
  locationId: string | null;
  description: string | null;
  hoursPerWeek: string;
  updatedAt: Date;
}
const JOB_SELECT = `SELECT id, employer_id AS "employerId", title, occupation_code AS "occupationCode", location_id AS "locationId",
       description, hours_per_week AS "hoursPerWeek", updated_at AS "updatedAt" FROM employer_jobs`;

export async function listJobs(q: Queryable, employerId: string): Promise<JobRow[]> {
  const { rows } = await q.query<JobRow>(`${JOB_SELECT} WHERE employer_id = $1 ORDER BY lower(title), id`, [
    employerId,
  ]);
  return rows;
}

export async function getJobs(q: Queryable, employerId: string, ids: readonly string[]): Promise<JobRow[]> {
  const { rows } = await q.query<JobRow>(`${JOB_SELECT} WHERE employer_id = $1 AND id = ANY($2::uuid[])`, [
    employerId,
    ids,
  ]);
  return rows;
}

export interface JobFields {
  title: string;
  occupationCode: string | null;
  locationId: string | null;
  description: string | null;
  hoursPerWeek: number;
}

export async function insertJob(
  q: Queryable,
  employerId: string,
  j: JobFields & { createdBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO employer_jobs (employer_id, title, occupation_code, location_id, description, hours_per_week, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [employerId, j.title, j.occupationCode, j.locationId, j.description, j.hoursPerWeek, j.createdBy],
  );
  return rows[0]!.id;
}

export async function updateJob(q: Queryable, id: string, j: JobFields): Promise<void> {
  await q.query(
    `UPDATE employer_jobs SET title = $2, occupation_code = $3, location_id = $4, description = $5, hours_per_week = $6,
       updated_at = now() WHERE id = $1`,
    [id, j.title, j.occupationCode, j.locationId, j.description, j.hoursPerWeek],
  );
}

export interface CarvedRow {
  id: string;
  employerId: string;
  title: string;
  hoursPerWeek: string;
  combinedDemands: { itemId: string; levels: number[] }[];
  vacancyId: string | null;
  createdAt: Date;
}
export interface CarvedTaskRow {
  carvedJobId: string;
  position: number;
  sourceJobId: string | null;
  sourceJobTitle: string | null;
  sourceTaskId: string | null;
  name: string;
  hoursPerWeek: string;
  sharePercent: string;
  demands: { itemId: string; levels: number[] }[];
}

const CARVED_SELECT = `SELECT id, employer_id AS "employerId", title, hours_per_week AS "hoursPerWeek",
       combined_demands AS "combinedDemands", vacancy_id AS "vacancyId", created_at AS "createdAt" FROM carved_jobs`;

export async function listCarved(q: Queryable, employerId: string, id: string | null): Promise<CarvedRow[]> {
  const { rows } = await q.query<CarvedRow>(
    `${CARVED_SELECT} WHERE employer_id = $1 AND ($2::uuid IS NULL OR id = $2) ORDER BY created_at DESC, id`,
    [employerId, id],
  );
  return rows;
}

export async function listCarvedTasks(q: Queryable, carvedIds: readonly string[]): Promise<CarvedTaskRow[]> {
  if (carvedIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<CarvedTaskRow>(
    `SELECT t.carved_job_id AS "carvedJobId", t.position, t.source_job_id AS "sourceJobId", j.title AS "sourceJobTitle",
            t.source_task_id AS "sourceTaskId", t.name, t.hours_per_week AS "hoursPerWeek", t.share_percent AS "sharePercent",
            t.demands
       FROM carved_job_tasks t LEFT JOIN employer_jobs j ON j.id = t.source_job_id
      WHERE t.carved_job_id = ANY($1::uuid[]) ORDER BY t.carved_job_id, t.position`,
    [carvedIds],
  );
  return rows;
}

export async function insertCarved(
  q: Queryable,
  c: {
    employerId: string;
    title: string;
    hoursPerWeek: number;
    combinedDemands: unknown;
    createdBy: string | null;
    tasks: {
      sourceJobId: string;
      sourceTaskId: string;
      name: string;
      hoursPerWeek: number;
      sharePercent: number;
      demands: unknown;
    }[];
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO carved_jobs (employer_id, title, hours_per_week, combined_demands, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [c.employerId, c.title, c.hoursPerWeek, JSON.stringify(c.combinedDemands), c.createdBy],
  );
  const id = rows[0]!.id;
  for (const [i, t] of c.tasks.entries()) {
    await q.query(
      `INSERT INTO carved_job_tasks (carved_job_id, position, source_job_id, source_task_id, name, hours_per_week, share_percent, demands)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, i + 1, t.sourceJobId, t.sourceTaskId, t.name, t.hoursPerWeek, t.sharePercent, JSON.stringify(t.demands)],
    );
  }
  return id;
}

export async function setCarvedVacancy(q: Queryable, carvedId: string, vacancyId: string): Promise<void> {
  await q.query('UPDATE carved_jobs SET vacancy_id = $2 WHERE id = $1', [carvedId, vacancyId]);
}

/** Demo seed only: links participants' job episodes that name this employer (and have no link yet). */
export async function linkJobEpisodesByName(q: Queryable, employerId: string, name: string): Promise<void> {
  await q.query('UPDATE job_episodes SET employer_id = $1 WHERE employer_id IS NULL AND employer_name = $2', [
    employerId,
    name,
  ]);
}
