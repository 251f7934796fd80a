/** SQL for introductions: the request, its events, and what each side may see of it. */
import type { Queryable } from '../../platform/db/db.js';

export interface IntroductionRow {
  id: string;
  participantId: string;
  employerOrganisationId: string;
  employerOrganisationName: string;
  employerId: string | null;
  employerName: string | null;
  vacancyId: string | null;
  vacancyTitle: string | null;
  regionCode: string;
  message: string;
  requestedByName: string;
  requestedAt: Date;
  expiresAt: Date;
  /** requested / accepted / declined, or expired: requested and past expires_at. */
  status: 'requested' | 'accepted' | 'declined' | 'expired';
  contactRoute: string | null;
  decidedAt: Date | null;
}

const SELECT = `SELECT i.id, i.participant_id AS "participantId", i.employer_organisation_id AS "employerOrganisationId",
       o.name AS "employerOrganisationName", i.employer_id AS "employerId", e.name AS "employerName",
       i.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", i.region_code AS "regionCode", i.message,
       u.name AS "requestedByName", i.requested_at AS "requestedAt", i.expires_at AS "expiresAt",
       CASE WHEN i.status = 'requested' AND i.expires_at <= now() THEN 'expired' ELSE i.status END AS status,
       i.contact_route AS "contactRoute",
       (SELECT max(ev.recorded_at) FROM introduction_events ev WHERE ev.introduction_id = i.id AND ev.status <> 'requested') AS "decidedAt"
  FROM introductions i
  JOIN organisations o ON o.id = i.employer_organisation_id
  JOIN users u ON u.id = i.requested_by
  LEFT JOIN employers e ON e.id = i.employer_id
  LEFT JOIN vacancies v ON v.id = i.vacancy_id`;

export async function getIntroduction(q: Queryable, id: string): Promise<IntroductionRow | null> {
  const { rows } = await q.query<IntroductionRow>(`${SELECT} WHERE i.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The introductions asked by these (employer) organisations, or of these regions (employer advisers). */
export async function findIntroductions(
  q: Queryable,
  filter: { organisationIds: readonly string[]; regionCodes: readonly string[] },
): Promise<IntroductionRow[]> {
  const { rows } = await q.query<IntroductionRow>(
    `${SELECT} WHERE i.employer_organisation_id = ANY($1::uuid[]) OR i.region_code = ANY($2::text[])
      ORDER BY i.requested_at DESC, i.id LIMIT 500`,
    [filter.organisationIds, filter.regionCodes],
  );
  return rows;
}

export async function findIntroductionsOfParticipant(q: Queryable, participantId: string): Promise<IntroductionRow[]> {
  const { rows } = await q.query<IntroductionRow>(
    `${SELECT} WHERE i.participant_id = $1 ORDER BY i.requested_at DESC, i.id`,
    [participantId],
  );
  return rows;
}

/** An unanswered, unexpired request of this employer organisation for this person. */
export async function hasOpenRequest(q: Queryable, participantId: string, organisationId: string): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM introductions WHERE participant_id = $1 AND employer_organisation_id = $2
        AND status = 'requested' AND expires_at > now() FOR UPDATE`,
    [participantId, organisationId],
  );
  return rows.length > 0;
}

export async function insertIntroduction(
  q: Queryable,
  i: {
    participantId: string;
    employerOrganisationId: string;
    employerId: string | null;
    vacancyId: string | null;
    regionCode: string;
    message: string;
    requestedBy: string;
    expiryDays: number;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO introductions (participant_id, employer_organisation_id, employer_id, vacancy_id, region_code, message,
       requested_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8::int)) RETURNING id`,
    [
      i.participantId,
      i.employerOrganisationId,
      i.employerId,
      i.vacancyId,
      i.regionCode,
      i.message,
      i.requestedBy,
      i.expiryDays,
    ],
  );
  return rows[0]!.id;
}

export async function insertEvent(
  q: Queryable,
  e: {
    introductionId: string;
    status: 'requested' | 'accepted' | 'declined';
    onBehalf: boolean;
    note: string | null;
    recordedBy: string;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO introduction_events (introduction_id, status, on_behalf, note, recorded_by) VALUES ($1, $2, $3, $4, $5)`,
    [e.introductionId, e.status, e.onBehalf, e.note, e.recordedBy],
  );
}

/** Records the decision on a request that is still open; false when it was answered or expired meanwhile. */
export async function decide(
  q: Queryable,
  id: string,
  status: 'accepted' | 'declined',
  contactRoute: string | null,
): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE introductions SET status = $2, contact_route = $3
      WHERE id = $1 AND status = 'requested' AND expires_at > now()`,
    [id, status, contactRoute],
  );
  return rowCount > 0;
}

export interface EventRow {
  introductionId: string;
  status: 'requested' | 'accepted' | 'declined';
  onBehalf: boolean;
  note: string | null;
  recordedByName: string;
  recordedAt: Date;
}

export async function findEvents(q: Queryable, introductionIds: readonly string[]): Promise<EventRow[]> {
  if (introductionIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<EventRow>(
    `SELECT ev.introduction_id AS "introductionId", ev.status, ev.on_behalf AS "onBehalf", ev.note,
            u.name AS "recordedByName", ev.recorded_at AS "recordedAt"
       FROM introduction_events ev JOIN users u ON u.id = ev.recorded_by
      WHERE ev.introduction_id = ANY($1::uuid[]) ORDER BY ev.recorded_at, ev.id`,
    [introductionIds],
  );
  return rows;
}

/** The participant's name, shown to the employer only after their yes. */
export async function participantName(q: Queryable, participantId: string): Promise<string | null> {
  const { rows } = await q.query<{ name: string }>(
    `SELECT given_name || ' ' || family_name AS name FROM participants WHERE id = $1`,
    [participantId],
  );
  return rows[0]?.name ?? null;
}

/** The participant's portal user and the professionals assigned to their open trajectories (to be told). */
export async function peopleToTell(
  q: Queryable,
  participantId: string,
): Promise<{ coaches: { email: string; language: 'nl' | 'en' }[] }> {
  const { rows } = await q.query<{ email: string; language: 'nl' | 'en' }>(
    `SELECT DISTINCT u.email, u.language
       FROM trajectory_assignments a
       JOIN trajectories t ON t.id = a.trajectory_id
       JOIN users u ON u.id = a.user_id
      WHERE t.participant_id = $1 AND t.phase <> 'closed' AND a.ended_at IS NULL AND u.status = 'active'
      ORDER BY u.email`,
    [participantId],
  );
  return { coaches: rows };
}

/** The employer record linked to an employer organisation, if any. */
export async function employerOfOrganisation(q: Queryable, organisationId: string): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>('SELECT id FROM employers WHERE organisation_id = $1', [
    organisationId,
  ]);
  return rows[0]?.id ?? null;
}

/** Whether the vacancy belongs to this employer record and is open. */
export async function isOpenVacancyOf(q: Queryable, vacancyId: string, employerId: string | null): Promise<boolean> {
  const { rows } = await q.query(`SELECT 1 FROM vacancies WHERE id = $1 AND employer_id = $2 AND status = 'open'`, [
    vacancyId,
    employerId,
  ]);
  return rows.length > 0;
}

/** Who saw the participant's anonymised profile, per organisation (from the audit log). */
export async function profileViews(
  q: Queryable,
  participantId: string,
): Promise<{ organisationName: string; times: number; lastSeenAt: Date }[]> {
  const { rows } = await q.query<{ organisationName: string; times: number; lastSeenAt: Date }>(
    `SELECT coalesce(o.name, '') AS "organisationName", count(*)::int AS times, max(a.occurred_at) AS "lastSeenAt"
       FROM audit_events a LEFT JOIN organisations o ON o.id = a.organisation_id
      WHERE a.participant_id = $1 AND a.action = 'candidateProfile.search' AND a.outcome = 'allowed'
      GROUP BY o.name ORDER BY max(a.occurred_at) DESC LIMIT 50`,
    [participantId],
  );
  return rows;
}

/** The user who asked for the introduction, to tell them there is an answer. */
export async function requester(q: Queryable, id: string): Promise<{ email: string; language: 'nl' | 'en' } | null> {
  const { rows } = await q.query<{ email: string; language: 'nl' | 'en' }>(
    `SELECT u.email, u.language FROM introductions i JOIN users u ON u.id = i.requested_by
      WHERE i.id = $1 AND u.status = 'active'`,
    [id],
  );
  return rows[0] ?? null;
}
