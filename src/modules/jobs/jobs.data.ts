/** SQL for job episodes. */
import type { Queryable } from '../../platform/db/db.js';
import type { WageForm } from './jobs.indicators.js';

export interface JobRow {
  id: string;
  participantId: string;
  trajectoryId: string | null;
  employerName: string;
  jobTitle: string;
  occupationCode: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  hoursPerWeek: string;
  contractType: string;
  wageForm: WageForm;
  openToAnyone: boolean;
  recordedByName: string | null;
  recordedAt: Date;
}

const SELECT = `SELECT j.id, j.participant_id AS "participantId", j.trajectory_id AS "trajectoryId", j.employer_name AS "employerName",
       j.job_title AS "jobTitle", j.occupation_code AS "occupationCode", j.start_date AS "startDate", j.end_date AS "endDate",
       j.end_reason AS "endReason", j.hours_per_week AS "hoursPerWeek", j.contract_type AS "contractType", j.wage_form AS "wageForm",
       j.open_to_anyone AS "openToAnyone", u.name AS "recordedByName", j.recorded_at AS "recordedAt"
  FROM job_episodes j LEFT JOIN users u ON u.id = j.recorded_by`;

export async function findJobsOfParticipant(q: Queryable, participantId: string): Promise<JobRow[]> {
  const { rows } = await q.query<JobRow>(
    `${SELECT} WHERE j.participant_id = $1 ORDER BY j.start_date DESC, j.recorded_at DESC`,
    [participantId],
  );
  return rows;
}

export async function getJob(q: Queryable, participantId: string, id: string): Promise<JobRow | null> {
  const { rows } = await q.query<JobRow>(`${SELECT} WHERE j.id = $1 AND j.participant_id = $2`, [id, participantId]);
  return rows[0] ?? null;
}

export interface JobFields {
  employerName: string;
  jobTitle: string;
  occupationCode: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  hoursPerWeek: number;
  contractType: string;
  wageForm: string;
  openToAnyone: boolean;
}

export async function insertJob(
  q: Queryable,
  j: JobFields & { participantId: string; trajectoryId: string | null; recordedBy: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, occupation_code, start_date, end_date,
       end_reason, hours_per_week, contract_type, wage_form, open_to_anyone, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      j.participantId,
      j.trajectoryId,
      j.employerName,
      j.jobTitle,
      j.occupationCode,
      j.startDate,
      j.endDate,
      j.endReason,
      j.hoursPerWeek,
      j.contractType,
      j.wageForm,
      j.openToAnyone,
      j.recordedBy,
    ],
  );
  return rows[0]!.id;
}

export async function updateJob(q: Queryable, id: string, j: JobFields): Promise<void> {
  await q.query(
    `UPDATE job_episodes SET employer_name = $2, job_title = $3, occupation_code = $4, start_date = $5, end_date = $6,
       end_reason = $7, hours_per_week = $8, contract_type = $9, wage_form = $10, open_to_anyone = $11, updated_at = now()
     WHERE id = $1`,
    [
      id,
      j.employerName,
      j.jobTitle,
      j.occupationCode,
      j.startDate,
      j.endDate,
      j.endReason,
      j.hoursPerWeek,
      j.contractType,
      j.wageForm,
      j.openToAnyone,
    ],
  );
}

/** The participant's open trajectory in an organisation (a new job or contact belongs to it), if any. */
export async function openTrajectoryIn(
  q: Queryable,
  participantId: string,
  organisationId: string | null,
): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM trajectories WHERE participant_id = $1 AND ($2::uuid IS NULL OR organisation_id = $2) AND phase <> 'closed'
      ORDER BY referral_date DESC, created_at DESC LIMIT 1`,
    [participantId, organisationId],
  );
  return rows[0]?.id ?? null;
}
