/** Liveness and readiness for load balancers and orchestrators. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { migrationsCurrent } from '../../platform/db/migrate.js';
import { buildProblem, sendProblem, type ProblemBody } from '../../platform/http/problem.js';

const Health = Type.Object(
  { status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]) },
  { additionalProperties: false },
);
const Ready = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
    database: Type.Boolean({ description: 'De database is bereikbaar.' }),
    migrations: Type.Boolean({ description: 'Alle migraties zijn uitgevoerd.' }),
  },
  { additionalProperties: false },
);

export async function healthRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['Beheer'], summary: 'Leeft de server?', operationId: 'getHealth', response: { 200: Health } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/health/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Beheer'],
        summary: 'Is de server klaar voor verkeer (database en migraties)?',
        operationId: 'getReadiness',
        response: { 200: Ready },
      },
    },
    async (request, reply) => {
      let database = false;
      let migrations = false;
      try {
        await deps.db.query('SELECT 1');
        database = true;
        migrations = await migrationsCurrent(deps.db);
      } catch {
        database = false;
      }
      if (database && migrations) {
        return reply.send({ status: 'ok' as const, database, migrations });
      }
      // 503 as problem+json, with the two checks as extension members (RFC 9457 §3.2).
      const problem = buildProblem(request.ctx.lang, 'unavailable', 503, '/api/v1/health/ready');
      return sendProblem(request, reply, { ...problem, database, migrations } as ProblemBody);
    },
  );
}
