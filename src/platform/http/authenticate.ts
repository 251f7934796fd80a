/**
 * ============================================================================================
 *  SECURITY-CRITICAL — who is calling, and may they call this route at all.
 * ============================================================================================
 * Runs on every request before the body is parsed:
 *  1. builds the request context (language, request id, client address);
 *  2. resolves the actor from a bearer API token (system integrations, stateless) or from the session
 *     cookie (people);
 *  3. applies the route's access declaration: `public` passes; otherwise 401 without an actor and
 *     403 when the actor's roles hold no grant for the action at all (record-level checks follow in
 *     the service through the scoped data handle);
 *  4. CSRF: a cookie-authenticated change must carry the session's `X-CSRF-Token`, and a change from a
 *     foreign `Origin` is refused outright.
 */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config/config.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors/app-error.js';
import { negotiateLanguage, translatorFor } from '../i18n/i18n.js';
import { DataAccess } from '../access/enforce.js';
import { mayEverPerform } from '../access/policy.js';
import { ACTIONS } from '../access/grants.js';
import type { Actor, RelationshipResolvers } from '../access/types.js';
import { findApiToken, findSessionByToken, touchApiToken, touchSession } from '../auth/sessions.data.js';
import { safeEqual, sha256 } from '../auth/tokens.js';
import type { SessionCache } from '../auth/session-cache.js';

export const SESSION_COOKIE = 'meedoen_session';
export const SECURE_SESSION_COOKIE = '__Host-meedoen_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_AFTER_MS = 60_000;

export function sessionCookieName(config: Config): string {
  return config.cookieSecure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function createAuthenticateHook(deps: {
  config: Config;
  db: Db;
  resolvers: RelationshipResolvers;
  sessionCache: SessionCache;
}) {
  const { config, db, resolvers, sessionCache } = deps;
  const publicOrigin = new URL(config.publicUrl).origin;
  const cookieName = sessionCookieName(config);

  return async function authenticate(request: FastifyRequest): Promise<void> {
    const access = request.routeOptions.config.access ?? 'public';
    const lang = negotiateLanguage(request.headers['accept-language']);
    const meta = { requestId: request.id, clientAddress: request.ip ?? null };
    request.ctx = {
      requestId: request.id,
      clientAddress: meta.clientAddress,
      userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
      lang,
      t: translatorFor(lang),
      actor: null,
      session: null,
      data: new DataAccess(db, resolvers, null, meta),
    };
    const ctx = request.ctx;
    let actor: Actor | null = null;
    let viaCookie = false;

    const authorization = request.headers.authorization;
    if (typeof authorization === 'string' && /^bearer\s/i.test(authorization)) {
      const secret = authorization.slice(7).trim();
      if (config.metricsToken && request.routeOptions.url === '/metrics' && safeEqual(secret, config.metricsToken)) {
        actor = {
          kind: 'apiToken',
          tokenId: '00000000-0000-0000-0000-000000000000',
          organisationId: '',
          actions: new Set(['metrics.read']),
        };
      } else {
        const token = secret.length > 0 && secret.length < 200 ? await findApiToken(db, secret) : null;
        if (!token) {
          throw new AppError('unauthenticated', { headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
        }
        actor = {
          kind: 'apiToken',
          tokenId: token.id,
          organisationId: token.organisation_id,
          actions: new Set(token.actions),
        };
        if (!token.last_used_at || Date.now() - token.last_used_at.getTime() > TOUCH_AFTER_MS) {
          await touchApiToken(db, token.id);
        }
      }
    } else {
      const cookie = request.cookies[cookieName];
      if (cookie && cookie.length < 200) {
        const tokenHash = sha256(cookie);
        let session = sessionCache.get(tokenHash);
        if (!session) {
          session = await findSessionByToken(db, cookie, config.sessionIdleMinutes);
          if (session) {
            sessionCache.set(tokenHash, session);
          }
        }
        if (session) {
          viaCookie = true;
          ctx.session = session;
          ctx.lang = session.user_language;
          ctx.t = translatorFor(session.user_language);
          if (session.state === 'active' || request.routeOptions.config.partialSession === true) {
            actor = { kind: 'user', userId: session.user_id, sessionId: session.id, memberships: session.memberships };
          }
          if (Date.now() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
            await touchSession(db, session.id);
            session.last_seen_at = new Date();
          }
        }
      }
    }

    if (!SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      if (typeof origin === 'string' && origin !== 'null' && origin !== publicOrigin && !sameHost(origin, request)) {
        throw new AppError('csrf-failed', { internal: 'foreign origin' });
      }
      if (viaCookie && ctx.session) {
        const header = request.headers['x-csrf-token'];
        if (typeof header !== 'string' || !safeEqual(header, ctx.session.csrf_token)) {
          throw new AppError('csrf-failed', { internal: 'missing or wrong csrf token' });
        }
      }
    }

    if (actor) {
      ctx.actor = actor;
      ctx.data = new DataAccess(db, resolvers, actor, meta);
    }
    if (access === 'public') {
      return;
    }
    if (!actor) {
      if (ctx.session && ctx.session.state !== 'active') {
        throw new AppError('second-factor-required');
      }
      throw new AppError('unauthenticated');
    }
    if (!mayEverPerform(actor, access)) {
      if (ACTIONS[access].personalData) {
        // NEN 7513: refused attempts on personal data are logged too.
        await ctx.data.read(async (scope) => {
          scope.auditEvent(
            access,
            { type: 'route', id: `${request.method} ${request.routeOptions.url ?? ''}` },
            'denied',
          );
        });
      }
      throw new AppError('forbidden');
    }
  };
}

/** Same-origin check for deployments reached under another host name than PUBLIC_URL (tests, local). */
function sameHost(origin: string, request: FastifyRequest): boolean {
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
