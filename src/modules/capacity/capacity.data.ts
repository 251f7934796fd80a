/** SQL for capacity assessments (FML) and their answers. */
import type { Queryable } from '../../platform/db/db.js';

export interface AssessmentRow {
  id: string;
  participantId: string;
  kind: 'self' | 'professional';
  organisationId: string | null;
  organisationName: string | null;
  source: 'meedoen' | 'uwvFml' | 'otherReport';
  assessor: string | null;
  assessedOn: string;
  notes: string | null;
  recordedByName: string;
  recordedAt: Date;
  answers: { itemId: string; levels: number[]; qualifier: string | null }[];
}

export async function findAssessments(q: Queryable, participantId: string): Promise<AssessmentRow[]> {
  const { rows } = await q.query<AssessmentRow>(
    `SELECT a.id, a.participant_id AS "participantId", a.kind, a.organisation_id AS "organisationId", o.name AS "organisationName",
            a.source, a.assessor, a.assessed_on AS "assessedOn", a.notes, u.name AS "recordedByName", a.recorded_at AS "recordedAt",
            coalesce((SELECT json_agg(json_build_object('itemId', x.item_id, 'levels', x.levels, 'qualifier', x.qualifier) ORDER BY x.item_id)
                        FROM capacity_answers x WHERE x.assessment_id = a.id), '[]'::json) AS answers
       FROM capacity_assessments a LEFT JOIN organisations o ON o.id = a.organisation_id JOIN users u ON u.id = a.recorded_by
      WHERE a.participant_id = $1 ORDER BY a.assessed_on DESC, a.recorded_at DESC`,
    [participantId],
  );
  return rows;
}

export async function insertAssessment(
  q: Queryable,
  a: {
    participantId: string;
    kind: 'self' | 'professional';
    organisationId: string | null;
    source: string;
    assessor: string | null;
    assessedOn: string;
    notes: string | null;
    recordedBy: string;
    answers: { itemId: string; levels: number[]; qualifier: string | null }[];
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO capacity_assessments (participant_id, kind, organisation_id, source, assessor, assessed_on, notes, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [a.participantId, a.kind, a.organisationId, a.source, a.assessor, a.assessedOn, a.notes, a.recordedBy],
  );
  const id = rows[0]!.id;
  await q.query(
    `INSERT INTO capacity_answers (assessment_id, item_id, levels, qualifier)
     SELECT $1, x."itemId", ARRAY(SELECT jsonb_array_elements_text(x.levels)::smallint), x.qualifier
       FROM jsonb_to_recordset($2::jsonb) AS x("itemId" text, levels jsonb, qualifier text)`,
    [id, JSON.stringify(a.answers)],
  );
  return id;
}
