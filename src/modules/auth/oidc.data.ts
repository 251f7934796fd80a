/** SQL for OpenID Connect login: enabled providers, login states and linked identities. */
import type { Queryable } from '../../platform/db/db.js';

export interface LoginOptionRow {
  organisationSlug: string;
  organisationName: string;
  displayName: string;
}

export async function findLoginOptions(q: Queryable): Promise<LoginOptionRow[]> {
  const { rows } = await q.query<LoginOptionRow>(
    `SELECT o.slug AS "organisationSlug", o.name AS "organisationName", p.display_name AS "displayName"
       FROM oidc_providers p JOIN organisations o ON o.id = p.organisation_id
      WHERE p.enabled ORDER BY o.name`,
  );
  return rows;
}
