/**
 * The per-request context every handler passes to its service: who is acting, in which language,
 * and the scoped data handle (the only door to personal data).
 */
import type { Actor } from '../access/types.js';
import type { ActionName } from '../access/grants.js';
import type { DataAccess } from '../access/enforce.js';
import type { Language, Translator } from '../i18n/i18n.js';
import type { SessionRow } from '../auth/sessions.data.js';

/** A route's access declaration: public, or the action it performs (checked before the handler runs). */
export type AccessDeclaration = 'public' | ActionName;

export interface RequestContext {
  requestId: string;
  clientAddress: string | null;
  userAgent: string | null;
  lang: Language;
  t: Translator;
  /** The acting user or API token; null when not (fully) logged in. */
  actor: Actor | null;
  /** The session behind a user actor, or a partially authenticated session (second factor pending). */
  session: SessionRow | null;
  data: DataAccess;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: see route-guard.ts. */
    access?: AccessDeclaration;
    /** Allow a session whose second factor is still pending or being set up. */
    partialSession?: boolean;
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
}
