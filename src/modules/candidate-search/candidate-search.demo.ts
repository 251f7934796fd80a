/**
 * Demo data for the anonymised candidate search (ADR 0019): fourteen demo participants in job search
 * (never Sanne, the demo participant, who decides for herself in the portal) get a version of their
 * wishes and the employerProfile consent, recorded by the demo job coach as given aloud. Deterministic:
 * the same people (by name and birth date) and the same wishes on every seed.
 */
import type { Queryable } from '../../platform/db/db.js';

/** With what some bring to a vacancy's requirements: certificates, driving licences, level of Dutch. */
const WISHES: {
  kinds: string;
  strengths: string;
  min: number;
  max: number;
  certificates?: string[];
  licences?: string[];
  dutch?: string;
}[] = [
  {
    kinds: 'schoonmaak, magazijn',
    strengths: 'zorgvuldig, op tijd',
    min: 16,
    max: 24,
    certificates: ['VCA'],
    dutch: 'A2',
  },
  { kinds: 'horeca, keuken', strengths: 'snel, vrolijk', min: 12, max: 20, certificates: ['Hygiënecode'], dutch: 'B1' },
  {
    kinds: 'zorg, welzijn',
    strengths: 'geduldig, luistert goed',
    min: 20,
    max: 32,
    certificates: ['BHV'],
    dutch: 'B2',
  },
  {
    kinds: 'groenvoorziening',
    strengths: 'werkt graag buiten',
    min: 24,
    max: 36,
    certificates: ['VCA'],
    licences: ['B', 'T'],
  },
  { kinds: 'administratie', strengths: 'precies, rustig', min: 16, max: 24, dutch: 'C1' },
  { kinds: 'winkel, vakkenvullen', strengths: 'netjes, behulpzaam', min: 12, max: 24 },
  { kinds: 'techniek, fietsenmaker', strengths: 'handig met gereedschap', min: 24, max: 32, licences: ['B'] },
  { kinds: 'bakkerij, productie', strengths: 'vroeg op, nauwkeurig', min: 16, max: 28, certificates: ['Hygiënecode'] },
];
const FINDABLE = 14;

export async function seedDemoCandidateSearch(q: Queryable, cast: { recordedBy: string }): Promise<number> {
  const { rows } = await q.query<{ id: string; hasWishes: boolean; regionCode: string }>(
    `SELECT p.id, EXISTS (SELECT 1 FROM participant_wishes w WHERE w.participant_id = p.id) AS "hasWishes",
            m.region_code AS "regionCode"
       FROM participants p JOIN municipalities m ON m.code = p.municipality_code
      WHERE p.user_id IS NULL
        AND EXISTS (SELECT 1 FROM trajectories t WHERE t.participant_id = p.id AND t.phase = 'jobSearch')
      ORDER BY p.family_name, p.given_name, p.date_of_birth
      LIMIT $1`,
    [FINDABLE],
  );
  for (const [i, p] of rows.entries()) {
    const w = WISHES[i % WISHES.length]!;
    if (!p.hasWishes) {
      await q.query(
        `INSERT INTO participant_wishes (participant_id, kinds_of_work, hours_min, hours_max, strengths, certificates,
           driving_licences, language_level, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          p.id,
          w.kinds,
          w.min,
          w.max,
          w.strengths,
          w.certificates ?? [],
          w.licences ?? [],
          w.dutch ?? null,
          cast.recordedBy,
        ],
      );
    }
    await q.query(
      `INSERT INTO consents (participant_id, organisation_id, region_code, category, purpose, starts_on, method, recorded_by)
       VALUES ($1, NULL, $2, 'employerProfile', 'matching', (now() AT TIME ZONE 'Europe/Amsterdam')::date, 'verbal', $3)`,
      [p.id, p.regionCode, cast.recordedBy],
    );
  }
  return rows.length;
}
