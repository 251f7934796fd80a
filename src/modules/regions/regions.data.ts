/** Reference data: arbeidsmarktregio's and gemeenten (CBS 2026, CC BY 4.0). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../../platform/db/db.js';
import { parseCsvObjects } from '../../shared/csv.js';

export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../reference-data');

export interface Region {
  code: string;
  name: string;
}
export interface Municipality {
  code: string;
  name: string;
  regionCode: string;
}

/** Loads the CBS files into `regions` and `municipalities` when the table counts differ (idempotent). */
export async function loadReferenceData(q: Queryable): Promise<void> {
  const regions = parseCsvObjects(fs.readFileSync(path.join(REFERENCE_DIR, 'arbeidsmarktregios-2026.csv'), 'utf8'));
  const municipalities = parseCsvObjects(
    fs.readFileSync(path.join(REFERENCE_DIR, 'gemeenten-arbeidsmarktregio-2026.csv'), 'utf8'),
  );
  const { rows } = await q.query<{ r: number; m: number }>(
    'SELECT (SELECT count(*) FROM regions) AS r, (SELECT count(*) FROM municipalities) AS m',
  );
  if (rows[0]?.r === regions.length && rows[0]?.m === municipalities.length) {
    return;
  }
  await q.query(
    `INSERT INTO regions (code, name) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    [regions.map((r) => r.arbeidsmarktregio_code), regions.map((r) => r.arbeidsmarktregio_naam)],
  );
  await q.query(
    `INSERT INTO municipalities (code, name, region_code, province_code, province_name)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code,
       province_code = EXCLUDED.province_code, province_name = EXCLUDED.province_name`,
    [
      municipalities.map((m) => m.gemeentecode),
      municipalities.map((m) => m.gemeentenaam),
      municipalities.map((m) => m.arbeidsmarktregio_code),
      municipalities.map((m) => m.provincie_code),
      municipalities.map((m) => m.provincie_naam),
    ],
  );
}

export async function findRegions(q: Queryable): Promise<Region[]> {
  const { rows } = await q.query<Region>('SELECT code, name FROM regions ORDER BY name');
  return rows;
}

export async function findMunicipalities(q: Queryable, regionCode: string | undefined): Promise<Municipality[]> {
  const { rows } = await q.query<Municipality>(
    `SELECT code, name, region_code AS "regionCode" FROM municipalities
      WHERE ($1::text IS NULL OR region_code = $1) ORDER BY name`,
    [regionCode ?? null],
  );
  return rows;
}

export async function getRegion(q: Queryable, code: string): Promise<Region | null> {
  const { rows } = await q.query<Region>('SELECT code, name FROM regions WHERE code = $1', [code]);
  return rows[0] ?? null;
}

export async function getMunicipality(q: Queryable, code: string): Promise<Municipality | null> {
  const { rows } = await q.query<Municipality>(
    'SELECT code, name, region_code AS "regionCode" FROM municipalities WHERE code = $1',
    [code],
  );
  return rows[0] ?? null;
}
