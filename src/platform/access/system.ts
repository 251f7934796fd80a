/**
 * The one named escape hatch: data access for background jobs, retention, seeding and the CLI,
 * outside any user's session. Every use names its reason, which lands in the audit log's purpose
 * column. ESLint forbids importing this file outside `src/platform/**`, `src/cli.ts` and scripts.
 */
import type { Db } from '../db/db.js';
import { randomUUID } from 'node:crypto';
import { DataAccess } from './enforce.js';
import type { RelationshipResolvers } from './types.js';

export function systemData(db: Db, reason: string, resolvers: RelationshipResolvers = {}): DataAccess {
  return new DataAccess(
    db,
    resolvers,
    { kind: 'system', reason },
    { requestId: `system-${randomUUID()}`, clientAddress: null },
  );
}
