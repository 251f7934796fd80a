/**
 * buildApp(deps): the composition root. Platform plugins first (route guard, security headers,
 * authentication, errors), then the feature modules under /api/v1, then the web app.
 * server.ts owns the process (config, database, listen, shutdown); tests call buildApp directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type HookHandlerDoneFunction,
  type RawServerDefault,
} from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { Config } from './platform/config/config.js';
import type { Db } from './platform/db/db.js';
import type { RelationshipResolvers } from './platform/access/types.js';
import { installRouteGuard, type RegisteredRoute } from './platform/http/route-guard.js';
import { createAuthenticateHook } from './platform/http/authenticate.js';
import { SessionCache } from './platform/auth/session-cache.js';
import { buildProblem, errorHandler, languageOf, pathOf, sendProblem } from './platform/http/problem.js';
import { rejectNulBytes } from './platform/http/input.js';
import { securityHeadersHook } from './platform/http/security-headers.js';
import { AppError } from './platform/errors/app-error.js';
import { API_VERSION, openApiOptions } from './platform/http/openapi.js';
import { createMetrics } from './platform/http/metrics.js';
import './platform/http/context.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { profileRoutes } from './modules/auth/profile.routes.js';
import { organisationRoutes } from './modules/organisations/organisations.routes.js';
import { userRoutes } from './modules/users/users.routes.js';
import { apiTokenRoutes } from './modules/api-tokens/api-tokens.routes.js';
import { regionRoutes } from './modules/regions/regions.routes.js';
import { auditLogRoutes } from './modules/audit-log/audit-log.routes.js';
import { devMailRoutes } from './modules/dev-mail/dev-mail.routes.js';
import { consentRoutes } from './modules/consents/consents.routes.js';
import { contactRoutes } from './modules/contacts/contacts.routes.js';
import { dataRequestRoutes } from './modules/data-requests/data-requests.routes.js';
import { portalRoutes } from './modules/portal/portal.routes.js';
import { planRoutes } from './modules/plans/plans.routes.js';
import { capacityRoutes } from './modules/capacity/capacity.routes.js';
import { jobRoutes } from './modules/jobs/jobs.routes.js';
import { employerRoutes } from './modules/employers/employers.routes.js';
import { importRoutes } from './modules/imports/imports.routes.js';
import { knowledgeRoutes } from './modules/knowledge/knowledge.routes.js';
import { knowledgePages } from './modules/knowledge/knowledge.pages.js';
import { learningRouteRoutes } from './modules/learning-routes/learning-routes.routes.js';
import { learningNetworkRoutes } from './modules/learning-network/learning-network.routes.js';
import { monitoringRoutes } from './modules/monitoring/monitoring.routes.js';
// Anonymised candidate search and introductions (helper B, ADR 0019)
import { candidateSearchRoutes } from './modules/candidate-search/candidate-search.routes.js';
import { introductionRoutes } from './modules/introductions/introductions.routes.js';
// Employer support requests (employer portal, issue 4)
import { employerSupportRequestRoutes } from './modules/employer-support-requests/employer-support-requests.routes.js';
// Matching in the region and instrument applications (helper A)
import { matchRoutes } from './modules/matches/matches.routes.js';
import { instrumentApplicationRoutes } from './modules/instrument-applications/instrument-applications.routes.js';
import { createJobQueue, type JobQueue } from './platform/jobs/queue.js';
import { wishRoutes } from './modules/wishes/wishes.routes.js';
import { hasConsent } from './modules/consents/consents.data.js';
import { participantRoutes } from './modules/participants/participants.routes.js';
import { trajectoryRoutes } from './modules/trajectories/trajectories.routes.js';
import { isAssigned } from './modules/trajectories/trajectories.data.js';
import { FieldCipher, loadFieldKey } from './platform/crypto/field-encryption.js';
import { accessCatalogueRoutes } from './modules/access-catalogue/access-catalogue.routes.js';
import { oidcRoutes } from './modules/auth/oidc.routes.js';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface AppDeps {
  config: Config;
  db: Db;
  /** Relationship facts owned by feature modules (assignment, consent). */
  resolvers?: RelationshipResolvers;
  /** Called after a request enqueued mail, to deliver it promptly. */
  onMailQueued?: () => void;
  /** Background job queue; by default the one that fits the database (queue.ts). */
  jobs?: JobQueue;
  /** Logger options (tests pass `false` or their own stream); default: pino at LOG_LEVEL without personal data. */
  logger?: boolean | object;
}

/** Services' dependencies, passed to every module's routes. */
export interface ModuleDeps {
  config: Config;
  db: Db;
  mailQueued: () => void;
  /** Encryption of fields at rest (BSN), with the installation's key. */
  fieldCipher: FieldCipher;
  /** Relationship facts for access decisions of background jobs (no request of their own). */
  resolvers: RelationshipResolvers;
  /** Background jobs: pg-boss on PostgreSQL, in-process on the embedded database. */
  jobs: JobQueue;
}

/** The relationship facts of the feature modules: assignments (trajectories) and consents. */
export const MODULE_RESOLVERS: RelationshipResolvers = { isAssigned, hasConsent };

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

/** A route's hooks of one kind as an array (Fastify accepts one function or a list). */
function hooksOf<T>(hooks: T | T[] | undefined): T[] {
  return hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];
}

export async function buildApp(deps: AppDeps): Promise<App & { routeRegistry: RegisteredRoute[]; jobs: JobQueue }> {
  const { config, db } = deps;
  const app = Fastify({
    logger: deps.logger ?? {
      level: config.logLevel,
      redact: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      serializers: {
        // No personal data in logs: the query string (searches by name) is dropped.
        req: (req: { method: string; url: string; id: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
          id: req.id,
        }),
      },
    },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimit,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    // Errors the router raises before any hook runs (bad URL encoding, overlong path parameters).
    frameworkErrors: (error, request, reply) => {
      void sendProblem(
        request,
        reply,
        buildProblem(languageOf(request), 'invalid-input', 400, pathOf(request).slice(0, 200), {
          errors: [
            {
              in: 'path',
              pointer: '',
              code: error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'too-long' : 'bad-url',
              detailKey: 'field.format',
            },
          ],
        }),
      );
    },
    ajv: {
      customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const registry: RegisteredRoute[] = [];
  installRouteGuard(app, registry);

  await app.register(cookie);
  app.addHook('onRequest', securityHeadersHook({ hsts: config.cookieSecure, apiVersion: API_VERSION }));
  await app.register(rateLimit, { global: false });
  await app.register(swagger, openApiOptions());

  const metrics = createMetrics();
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observe(request, reply);
    done();
  });

  app.decorateRequest('ctx', null as never);
  const resolvers = deps.resolvers ?? MODULE_RESOLVERS;
  const sessionCache = new SessionCache(config.sessionCacheMs);
  app.addHook('onRequest', createAuthenticateHook({ config, db, resolvers, sessionCache }));
  // Hooks that only some routes need are attached to those routes (a global hook costs every request):
  // - any change made through this instance may end or change sessions: forget cached look-ups before
  //   the change is made and again when it is done (a concurrent read may have cached the old state);
  // - text with a NUL byte is refused wherever a route takes input (params, query or body).
  const clearSessionCache = (_request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    sessionCache.clear();
    done();
  };
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const changes = methods.some((m) => m !== 'GET' && m !== 'HEAD');
    if (changes) {
      route.onRequest = [...hooksOf(route.onRequest), clearSessionCache];
      route.onResponse = [...hooksOf(route.onResponse), clearSessionCache];
    }
    const schema = route.schema;
    if (changes || schema?.body || schema?.querystring || schema?.params) {
      route.preValidation = [...hooksOf(route.preValidation), rejectNulBytes];
    }
  });
  app.setErrorHandler(errorHandler);

  const moduleDeps: ModuleDeps = {
    config,
    db,
    mailQueued: deps.onMailQueued ?? (() => undefined),
    fieldCipher: new FieldCipher(loadFieldKey(config.fieldEncryptionKey, config.dataDir)),
    resolvers,
    jobs: deps.jobs ?? createJobQueue(db, app.log),
  };
  // Jobs still running finish before the database closes (server.ts closes the app first).
  app.addHook('onClose', async () => {
    await moduleDeps.jobs.stop();
  });
  await app.register(
    async (api) => {
      const a = api as unknown as App;
      await healthRoutes(a, moduleDeps);
      await authRoutes(a, moduleDeps);
      await profileRoutes(a, moduleDeps);
      await oidcRoutes(a, moduleDeps);
      await organisationRoutes(a, moduleDeps);
      await userRoutes(a, moduleDeps);
      await apiTokenRoutes(a, moduleDeps);
      await regionRoutes(a, moduleDeps);
      await auditLogRoutes(a, moduleDeps);
      await devMailRoutes(a, moduleDeps);
      await accessCatalogueRoutes(a, moduleDeps);
      await participantRoutes(a, moduleDeps);
      await trajectoryRoutes(a, moduleDeps);
      await consentRoutes(a, moduleDeps);
      await wishRoutes(a, moduleDeps);
      await jobRoutes(a, moduleDeps);
      await contactRoutes(a, moduleDeps);
      await dataRequestRoutes(a, moduleDeps);
      await portalRoutes(a, moduleDeps);
      await planRoutes(a, moduleDeps);
      await capacityRoutes(a, moduleDeps);
      await employerRoutes(a, moduleDeps);
      await importRoutes(a, moduleDeps);
      await knowledgeRoutes(a, moduleDeps);
      await learningRouteRoutes(a, moduleDeps);
      await learningNetworkRoutes(a, moduleDeps);
      await monitoringRoutes(a, moduleDeps);
      // Anonymised candidate search and introductions (helper B, ADR 0019)
      await candidateSearchRoutes(a, moduleDeps);
      await introductionRoutes(a, moduleDeps);
      // Employer support requests (employer portal, issue 4)
      await employerSupportRequestRoutes(a, moduleDeps);
      // Matching in the region and instrument applications (helper A)
      await matchRoutes(a, moduleDeps);
      await instrumentApplicationRoutes(a, moduleDeps);
      a.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
        return reply.header('access-control-allow-origin', '*').send(app.swagger());
      });
    },
    { prefix: '/api/v1' },
  );

  app.get('/metrics', { config: { access: 'metrics.read' }, schema: { hide: true } }, async (_request, reply) => {
    return reply.type(metrics.contentType).send(await metrics.render());
  });

  // Public knowledge pages, server-rendered (indexable, no JavaScript needed).
  await knowledgePages(app, moduleDeps);

  // The web app: static files, and index.html for every other non-API path (client-side routes).
  const hasWeb = config.serveWeb && fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: WEB_DIST, serve: false });
  }
  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(request, reply, buildProblem(languageOf(request), 'not-found', 404, pathOf(request)));
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(pathOf(request));
    } catch {
      return notFound(request, reply);
    }
    if (!hasWeb || urlPath.startsWith('/api/') || urlPath.includes('\0')) {
      return notFound(request, reply);
    }
    const file = path.normalize(urlPath).replace(/^(\.\.[/\\])+/, '');
    const full = path.join(WEB_DIST, file);
    if (file !== '/' && full.startsWith(WEB_DIST) && fs.existsSync(full) && fs.statSync(full).isFile()) {
      const immutable = file.startsWith('/assets/');
      return reply
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .sendFile(file);
    }
    if (path.extname(file) !== '') {
      return notFound(request, reply);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  app.setNotFoundHandler({ preHandler: app.rateLimit({ max: 300, timeWindow: '1 minute' }) }, async (request, reply) =>
    notFound(request, reply),
  );

  await app.ready();
  if (!app.hasRoute({ method: 'GET', url: '/api/v1/health' })) {
    throw new AppError('internal', { internal: 'health route missing' });
  }
  return Object.assign(app as unknown as App, { routeRegistry: registry, jobs: moduleDeps.jobs });
}
