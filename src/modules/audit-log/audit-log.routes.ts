/** The audit log (NEN 7513) for administrators. */
import { Type, type TSchema } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { DateTime, Page, PageQuery, Uuid } from '../../shared/schemas.js';
import * as service from './audit-log.service.js';

const TAG = ['Logboek'];
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

const AuditEvent = Type.Object(
  {
    chainId: Type.Integer(),
    seq: Type.Integer(),
    occurredAt: DateTime,
    requestId: Type.String(),
    actorType: Type.String(),
    userId: Nullable(Uuid),
    userName: Nullable(Type.String()),
    apiTokenId: Nullable(Uuid),
    role: Nullable(Type.String()),
    organisationId: Nullable(Uuid),
    organisationName: Nullable(Type.String()),
    action: Type.String(),
    resourceType: Type.String(),
    resourceId: Nullable(Type.String()),
    participantId: Nullable(Uuid),
    purpose: Nullable(Type.String()),
    outcome: Type.String(),
    clientAddress: Nullable(Type.String()),
  },
  { $id: 'AuditEvent', additionalProperties: false },
);

const AuditQuery = Type.Object(
  {
    from: Type.Optional(DateTime),
    to: Type.Optional(DateTime),
    userId: Type.Optional(Uuid),
    action: Type.Optional(Type.String({ maxLength: 100 })),
    resourceType: Type.Optional(Type.String({ maxLength: 100 })),
    resourceId: Type.Optional(Type.String({ maxLength: 100 })),
    participantId: Type.Optional(Uuid),
    outcome: Type.Optional(Type.Union([Type.Literal('allowed'), Type.Literal('denied')])),
    ...PageQuery,
  },
  { additionalProperties: false },
);

const Verification = Type.Object(
  {
    ok: Type.Boolean(),
    records: Type.Integer(),
    chains: Type.Integer(),
    broken: Type.Optional(
      Type.Object(
        { chainId: Type.Integer(), seq: Type.Integer(), reason: Type.String(), occurredAt: Nullable(DateTime) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export async function auditLogRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/audit-events',
    {
      config: { access: 'auditLog.read' },
      schema: {
        tags: TAG,
        summary: 'Logboek doorzoeken',
        operationId: 'listAuditEvents',
        querystring: AuditQuery,
        response: { 200: Page(AuditEvent) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return service.searchAuditLog(request.ctx, filter, page ?? 1, pageSize ?? 50);
    },
  );
  app.post(
    '/audit-verifications',
    {
      config: { access: 'auditLog.read' },
      schema: {
        tags: TAG,
        summary: 'De hashketens van het logboek controleren',
        operationId: 'verifyAuditLog',
        response: { 200: Verification },
      },
    },
    async (request) => service.verifyChains(request.ctx),
  );
}
