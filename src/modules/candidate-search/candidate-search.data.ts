/** SQL for the anonymised candidate search: who is findable in a region, and what their profile is made of. */
import type { Queryable } from '../../platform/db/db.js';
import { ACTIVE_CONSENT } from '../consents/consents.data.js';
import { LOOKING_PHASES } from './candidate-search.rules.js';

export interface FindableRow {
  participantId: string;
  birthDate: string;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  regionName: string;
  phases: string[];
  kindsOfWork: string | null;
  sectors: string[];
  hoursMin: number | null;
  hoursMax: number | null;
  strengths: string | null;
}

/**
 * Everyone findable in `regionCode` today: an active `employerProfile` consent for their current region
 * and a trajectory in a phase of looking for work; with their latest wishes. The consent is read on every
 * request, so a withdrawal counts from the next request on.
 */
export async function findFindable(q: Queryable, regionCode: string): Promise<FindableRow[]> {
  const { rows } = await q.query<FindableRow>(
    `SELECT p.id AS "participantId", p.date_of_birth::text AS "birthDate", p.municipality_code AS "municipalityCode",
            m.name AS "municipalityName", m.region_code AS "regionCode", r.name AS "regionName",
            (SELECT array_agg(DISTINCT t.phase) FROM trajectories t WHERE t.participant_id = p.id AND t.phase = ANY($2)) AS phases,
            w.kinds_of_work AS "kindsOfWork", coalesce(w.sectors, '{}') AS sectors, w.hours_min AS "hoursMin",
            w.hours_max AS "hoursMax", w.strengths
       FROM participants p
       JOIN municipalities m ON m.code = p.municipality_code
       JOIN regions r ON r.code = m.region_code
       LEFT JOIN LATERAL (
         SELECT * FROM participant_wishes pw WHERE pw.participant_id = p.id ORDER BY pw.recorded_at DESC, pw.id LIMIT 1
       ) w ON true
      WHERE m.region_code = $1
        AND EXISTS (SELECT 1 FROM consents c WHERE c.participant_id = p.id AND c.category = 'employerProfile'
                      AND c.region_code = m.region_code AND ${ACTIVE_CONSENT})
        AND EXISTS (SELECT 1 FROM trajectories t WHERE t.participant_id = p.id AND t.phase = ANY($2))
      ORDER BY p.id`,
    [regionCode, [...LOOKING_PHASES]],
  );
  return rows;
}

export interface AnswerRow {
  participantId: string;
  kind: 'self' | 'professional';
  assessedOn: string;
  assessmentId: string;
  itemId: string | null;
  levels: number[] | null;
}

/** The capacity assessments (answers without qualifiers or notes) of these participants. */
export async function findAssessments(q: Queryable, participantIds: readonly string[]): Promise<AnswerRow[]> {
  if (participantIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<AnswerRow>(
    `SELECT a.participant_id AS "participantId", a.kind, a.assessed_on::text AS "assessedOn", a.id AS "assessmentId",
            x.item_id AS "itemId", x.levels
       FROM capacity_assessments a LEFT JOIN capacity_answers x ON x.assessment_id = a.id
      WHERE a.participant_id = ANY($1::uuid[])
      ORDER BY a.participant_id, a.assessed_on DESC, a.recorded_at DESC`,
    [participantIds],
  );
  return rows;
}

export interface CertificateRow {
  participantId: string;
  kind: string;
  sector: string;
  level: string;
}

/** Certificates and diplomas from learning routes (kind, the route's sector and level; no dates, no school). */
export async function findCertificates(q: Queryable, participantIds: readonly string[]): Promise<CertificateRow[]> {
  if (participantIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<CertificateRow>(
    `SELECT DISTINCT e.participant_id AS "participantId", o.kind, r.sector, r.level
       FROM learning_outcomes o
       JOIN learning_enrolments e ON e.id = o.enrolment_id
       JOIN learning_routes r ON r.id = e.route_id
      WHERE e.participant_id = ANY($1::uuid[]) AND o.kind <> 'jobStart'
      ORDER BY 1, 2, 3, 4`,
    [participantIds],
  );
  return rows;
}

/** The regions of these organisations. */
export async function regionsOfOrganisations(
  q: Queryable,
  organisationIds: readonly string[],
): Promise<{ id: string; name: string; regionCode: string }[]> {
  const { rows } = await q.query<{ id: string; name: string; regionCode: string }>(
    `SELECT id, name, region_code AS "regionCode" FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY name, id`,
    [organisationIds],
  );
  return rows;
}
