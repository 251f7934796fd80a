/** SQL for the participant's wishes: every save is a version; the latest is current. */
import type { Queryable } from '../../platform/db/db.js';
import type { Wishes } from './wishes.schemas.js';

type Row = Omit<Wishes, 'recordedAt'> & { recordedAt: Date };

const SELECT = `SELECT w.id, w.kinds_of_work AS "kindsOfWork", w.sectors, w.hours_min AS "hoursMin", w.hours_max AS "hoursMax",
       w.days, w.day_parts AS "dayParts", w.max_travel_minutes AS "maxTravelMinutes", w.transport, w.strengths,
       w.wants_to_learn AS "wantsToLearn", w.disclosure, w.certificates,
       w.driving_licences AS "drivingLicences", w.language_level AS "languageLevel", u.name AS "recordedByName", w.recorded_at AS "recordedAt",
       (p.user_id IS NOT NULL AND p.user_id = w.recorded_by) AS "byParticipant"
  FROM participant_wishes w JOIN participants p ON p.id = w.participant_id LEFT JOIN users u ON u.id = w.recorded_by`;

export async function findWishVersions(q: Queryable, participantId: string): Promise<Wishes[]> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE w.participant_id = $1 ORDER BY w.recorded_at DESC, w.id`, [
    participantId,
  ]);
  return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
}

export async function insertWishes(
  q: Queryable,
  participantId: string,
  w: Omit<Wishes, 'id' | 'recordedByName' | 'recordedAt' | 'byParticipant'>,
  recordedBy: string | null,
): Promise<void> {
  await q.query(
    `INSERT INTO participant_wishes (participant_id, kinds_of_work, sectors, hours_min, hours_max, days, day_parts,
       max_travel_minutes, transport, strengths, wants_to_learn, disclosure, certificates, driving_licences,
       language_level, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      participantId,
      w.kindsOfWork,
      w.sectors,
      w.hoursMin,
      w.hoursMax,
      w.days,
      w.dayParts,
      w.maxTravelMinutes,
      w.transport,
      w.strengths,
      w.wantsToLearn,
      w.disclosure,
      w.certificates,
      w.drivingLicences,
      w.languageLevel,
      recordedBy,
    ],
  );
}
