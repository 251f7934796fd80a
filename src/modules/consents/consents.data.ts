/** SQL for consents: per participant × receiving organisation × data category × purpose, history kept. */
import type { Queryable } from '../../platform/db/db.js';
import type { DataCategory } from '../../platform/access/types.js';
import type { Consent } from './consents.schemas.js';

/** Today in the Netherlands, as consent dates are calendar days there. */
/** Today's date in the Netherlands, as SQL. */
export const TODAY_IN_NL = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
export const ACTIVE_CONSENT = `c.withdrawn_at IS NULL AND c.starts_on <= ${TODAY_IN_NL} AND (c.ends_on IS NULL OR c.ends_on >= ${TODAY_IN_NL})`;

/**
 * What every answer about active consents depends on besides its arguments: the consent generation
 * (migrations/0022: a new one is committed with every change to consents) and today's date in the
 * Netherlands (consents start and end on a date). A kept answer keyed by it is never stale. Read it before
 * the consents, never after: a change that commits in between then only makes the kept answer newer than
 * its key, and the next request reloads.
 */
export async function consentGeneration(q: Queryable): Promise<string> {
  const { rows } = await q.query<{ key: string }>(
    `SELECT generation::text || '@' || ${TODAY_IN_NL}::text AS key FROM consent_state`,
  );
  return rows[0]?.key ?? 'none';
}

/** The relationship `consent`: an active consent for the organisation, category and (when given) purpose. */
export async function hasConsent(
  q: Queryable,
  a: { organisationId: string; participantId: string; category: DataCategory; purpose: string | null },
): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM consents c
      WHERE c.participant_id = $1 AND c.organisation_id = $2 AND c.category = $3
        AND ($4::text IS NULL OR c.purpose = $4) AND ${ACTIVE_CONSENT}
      LIMIT 1`,
    [a.participantId, a.organisationId, a.category, a.purpose],
  );
  return rows.length > 0;
}

type Row = Omit<Consent, 'recordedAt' | 'withdrawnAt'> & { recordedAt: Date; withdrawnAt: Date | null };

const SELECT = `SELECT c.id, c.participant_id AS "participantId", c.organisation_id AS "organisationId", o.name AS "organisationName",
       c.region_code AS "regionCode", rg.name AS "regionName",
       c.category, c.purpose, c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.method, c.note,
       r.name AS "recordedByName", c.recorded_at AS "recordedAt", c.withdrawn_at AS "withdrawnAt", w.name AS "withdrawnByName",
       (${ACTIVE_CONSENT}) AS active
  FROM consents c
  LEFT JOIN organisations o ON o.id = c.organisation_id
  LEFT JOIN regions rg ON rg.code = c.region_code
  LEFT JOIN users r ON r.id = c.recorded_by
  LEFT JOIN users w ON w.id = c.withdrawn_by`;

const toApi = (r: Row): Consent => ({
  ...r,
  recordedAt: r.recordedAt.toISOString(),
  withdrawnAt: r.withdrawnAt ? r.withdrawnAt.toISOString() : null,
});

export async function findConsentsOfParticipant(q: Queryable, participantId: string): Promise<Consent[]> {
  const { rows } = await q.query<Row>(
    `${SELECT} WHERE c.participant_id = $1 ORDER BY (c.withdrawn_at IS NULL) DESC, o.name, c.category, c.recorded_at DESC`,
    [participantId],
  );
  return rows.map(toApi);
}

export async function getConsent(q: Queryable, participantId: string, id: string): Promise<Consent | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE c.id = $1 AND c.participant_id = $2`, [id, participantId]);
  return rows[0] ? toApi(rows[0]) : null;
}

export async function insertConsent(
  q: Queryable,
  c: {
    participantId: string;
    /** Null for an `employerProfile` consent, which names a region instead (ADR 0019). */
    organisationId: string | null;
    regionCode: string | null;
    category: DataCategory;
    purpose: string;
    startsOn: string | null;
    endsOn: string | null;
    method: string;
    note: string | null;
    recordedBy: string | null;
  },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO consents (participant_id, organisation_id, region_code, category, purpose, starts_on, ends_on, method, note, recorded_by)
     VALUES ($1, $2, $3, $4, $5, coalesce($6::date, ${TODAY_IN_NL}), $7, $8, $9, $10) RETURNING id`,
    [
      c.participantId,
      c.organisationId,
      c.regionCode,
      c.category,
      c.purpose,
      c.startsOn,
      c.endsOn,
      c.method,
      c.note,
      c.recordedBy,
    ],
  );
  return rows[0]!.id;
}

/** Whether an equal consent (same organisation, category and purpose) is active or starts later. */
export async function hasOpenConsent(
  q: Queryable,
  c: { participantId: string; organisationId: string | null; category: DataCategory; purpose: string },
): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM consents c WHERE c.participant_id = $1 AND c.organisation_id IS NOT DISTINCT FROM $2 AND c.category = $3
        AND c.purpose = $4 AND c.withdrawn_at IS NULL AND (c.ends_on IS NULL OR c.ends_on >= ${TODAY_IN_NL})`,
    [c.participantId, c.organisationId, c.category, c.purpose],
  );
  return rows.length > 0;
}

export async function withdrawConsent(q: Queryable, id: string, by: string | null): Promise<boolean> {
  const { rowCount } = await q.query(
    'UPDATE consents SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1 AND withdrawn_at IS NULL',
    [id, by],
  );
  return rowCount > 0;
}
