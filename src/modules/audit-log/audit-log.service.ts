/**
 * Searching the audit log and verifying its hash chains. Reading the log is itself logged: the log
 * holds personal data (who looked at whom), NEN 7513 §8.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { verifyAuditLog } from '../../platform/audit/audit.js';
import { findAuditEvents, type AuditFilter } from './audit-log.data.js';

export async function searchAuditLog(ctx: RequestContext, filter: AuditFilter, page: number, pageSize: number) {
  return ctx.data.read(async (scope) => {
    await scope.authorize('auditLog.read', { type: 'auditLog', id: null, participantId: filter.participantId ?? null });
    const { rows, total } = await findAuditEvents(scope.q, filter, pageSize, (page - 1) * pageSize);
    return { items: rows, total, page, pageSize };
  });
}

export async function verifyChains(ctx: RequestContext) {
  return ctx.data.read(async (scope) => {
    await scope.authorize('auditLog.read', { type: 'auditLog' });
    const result = await verifyAuditLog(scope.q);
    return {
      ok: result.ok,
      records: result.records,
      chains: result.chains,
      ...(result.broken
        ? {
            broken: {
              chainId: result.broken.chainId,
              seq: result.broken.seq,
              reason: result.broken.reason,
              occurredAt: result.broken.occurredAt?.toISOString() ?? null,
            },
          }
        : {}),
    };
  });
}
