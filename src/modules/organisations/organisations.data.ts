/** SQL for organisations and their OpenID Connect provider configuration. */
import type { Queryable } from '../../platform/db/db.js';
import type { ListScope } from '../../platform/access/types.js';
import type { Organisation, OidcProvider } from './organisations.schemas.js';

const SELECT = `SELECT o.id, o.name, o.type, o.region_code AS "regionCode", r.name AS "regionName",
       o.municipality_code AS "municipalityCode", m.name AS "municipalityName", o.slug,
       EXISTS (SELECT 1 FROM oidc_providers p WHERE p.organisation_id = o.id) AS "hasOidcProvider",
       o.created_at AS "createdAt"
  FROM organisations o
  JOIN regions r ON r.code = o.region_code
  LEFT JOIN municipalities m ON m.code = o.municipality_code`;

type Row = Omit<Organisation, 'createdAt'> & { createdAt: Date };
const toApi = (r: Row): Organisation => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function findOrganisations(
  q: Queryable,
  scope: ListScope,
  filter: { regionCode?: string; type?: string },
): Promise<Organisation[]> {
  const { rows } = await q.query<Row>(
    `${SELECT}
      WHERE ($1::boolean OR o.id = ANY($2::uuid[]))
        AND ($3::text IS NULL OR o.region_code = $3) AND ($4::text IS NULL OR o.type = $4)
      ORDER BY o.name`,
    [scope.all, scope.organisationIds, filter.regionCode ?? null, filter.type ?? null],
  );
  return rows.map(toApi);
}

export async function getOrganisation(q: Queryable, id: string): Promise<Organisation | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE o.id = $1`, [id]);
  return rows[0] ? toApi(rows[0]) : null;
}

export async function getOrganisationBySlug(q: Queryable, slug: string): Promise<Organisation | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE o.slug = $1`, [slug]);
  return rows[0] ? toApi(rows[0]) : null;
}

export async function insertOrganisation(
  q: Queryable,
  o: { name: string; type: string; regionCode: string; municipalityCode: string | null; slug: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO organisations (name, type, region_code, municipality_code, slug) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [o.name, o.type, o.regionCode, o.municipalityCode, o.slug],
  );
  return rows[0]!.id;
}

export async function updateOrganisation(
  q: Queryable,
  id: string,
  o: { name?: string; type?: string; regionCode?: string; municipalityCode?: string | null },
): Promise<void> {
  await q.query(
    `UPDATE organisations SET name = coalesce($2, name), type = coalesce($3, type), region_code = coalesce($4, region_code),
            municipality_code = CASE WHEN $5 THEN $6 ELSE municipality_code END, updated_at = now()
      WHERE id = $1`,
    [
      id,
      o.name ?? null,
      o.type ?? null,
      o.regionCode ?? null,
      o.municipalityCode !== undefined,
      o.municipalityCode ?? null,
    ],
  );
}

export async function isNameTaken(q: Queryable, name: string, exceptId: string | null): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM organisations WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2',
    [name, exceptId],
  );
  return rows.length > 0;
}

export async function isSlugTaken(q: Queryable, slug: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM organisations WHERE slug = $1', [slug]);
  return rows.length > 0;
}

export async function getOidcProvider(q: Queryable, organisationId: string): Promise<OidcProvider | null> {
  const { rows } = await q.query<OidcProvider>(
    `SELECT issuer, client_id AS "clientId", client_secret_env AS "clientSecretEnv", display_name AS "displayName",
            trust_second_factor AS "trustSecondFactor", enabled
       FROM oidc_providers WHERE organisation_id = $1`,
    [organisationId],
  );
  return rows[0] ?? null;
}

export async function upsertOidcProvider(q: Queryable, organisationId: string, p: OidcProvider): Promise<void> {
  await q.query(
    `INSERT INTO oidc_providers (organisation_id, issuer, client_id, client_secret_env, display_name, trust_second_factor, enabled)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (organisation_id) DO UPDATE SET issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
       client_secret_env = EXCLUDED.client_secret_env, display_name = EXCLUDED.display_name,
       trust_second_factor = EXCLUDED.trust_second_factor, enabled = EXCLUDED.enabled, updated_at = now()`,
    [organisationId, p.issuer, p.clientId, p.clientSecretEnv, p.displayName, p.trustSecondFactor, p.enabled],
  );
}

export async function deleteOidcProvider(q: Queryable, organisationId: string): Promise<boolean> {
  const { rowCount } = await q.query('DELETE FROM oidc_providers WHERE organisation_id = $1', [organisationId]);
  return rowCount > 0;
}
