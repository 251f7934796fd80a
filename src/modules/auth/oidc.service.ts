/**
 * Login through an organisation's own OpenID Connect provider: authorization code flow with PKCE
 * (S256), state and nonce (openid-client). The provider vouches only for members of its own
 * organisation: a subject is linked to a Meedoen account once, on a verified e-mail address of an
 * active member of that organisation. Every outcome of the callback is audited; a failure never
 * shows an error page from here but sends the browser back to the login page.
 */
import * as client from 'openid-client';
import type { Config } from '../../platform/config/config.js';
import type { RequestContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors/app-error.js';
import { createSession, type SessionState } from '../../platform/auth/sessions.data.js';
import { sha256 } from '../../platform/auth/tokens.js';
import { findUserById } from './auth.data.js';
import { initialSessionState } from './auth.service.js';
import * as data from './oidc.data.js';

export const CALLBACK_PATH = '/api/v1/oidc/callback';
export const FAILURE_LOCATION = '/inloggen?fout=oidc';
const STATE_TTL_MINUTES = 10;
const DISCOVERY_TTL_MS = 10 * 60_000;
const HTTP_TIMEOUT_SECONDS = 10;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Discovered provider configurations, per organisation and provider settings, for a short while. */
export class DiscoveryCache {
  private readonly entries = new Map<string, { config: client.Configuration; expiresAt: number }>();

  constructor(private readonly ttlMs = DISCOVERY_TTL_MS) {}

  async get(provider: data.LoginProviderRow): Promise<client.Configuration> {
    const key = JSON.stringify([provider.organisationId, provider.issuer, provider.clientId, provider.clientSecretEnv]);
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) {
      return hit.config;
    }
    const config = await discover(provider);
    for (const [k, v] of this.entries) {
      if (v.expiresAt <= now) {
        this.entries.delete(k);
      }
    }
    this.entries.set(key, { config, expiresAt: now + this.ttlMs });
    return config;
  }
}

export interface OidcDeps {
  config: Config;
  discovery: DiscoveryCache;
}

/** Plain http is accepted for a provider on this machine only (development and tests). */
function isLocalHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && LOCAL_HOSTS.has(issuer.hostname);
}

async function discover(provider: data.LoginProviderRow): Promise<client.Configuration> {
  const issuer = new URL(provider.issuer);
  const insecure = isLocalHttp(issuer);
  if (issuer.protocol !== 'https:' && !insecure) {
    throw new AppError('oidc-failed', { internal: 'issuer must use https' });
  }
  const discovered = await client.discovery(issuer, provider.clientId, undefined, client.None(), {
    timeout: HTTP_TIMEOUT_SECONDS,
    ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
  });
  const server = discovered.serverMetadata();
  let configuration: client.Configuration;
  if (provider.clientSecretEnv) {
    const secret = process.env[provider.clientSecretEnv];
    if (!secret) {
      throw new AppError('oidc-failed', {
        internal: `client secret environment variable ${provider.clientSecretEnv} is not set`,
      });
    }
    // client_secret_basic is the default when the provider lists no methods (OpenID Connect Discovery §3).
    const methods = server.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    const auth =
      methods.includes('client_secret_basic') || !methods.includes('client_secret_post')
        ? client.ClientSecretBasic(secret)
        : client.ClientSecretPost(secret);
    configuration = new client.Configuration(server, provider.clientId, { client_secret: secret }, auth);
  } else {
    configuration = new client.Configuration(server, provider.clientId, {}, client.None());
  }
  configuration.timeout = HTTP_TIMEOUT_SECONDS;
  if (insecure) {
    client.allowInsecureRequests(configuration);
  }
  return configuration;
}

function redirectUri(config: Config): string {
  return `${config.publicUrl}${CALLBACK_PATH}`;
}

/**
 * Starts a login at the organisation's provider.
 * @returns the provider's authorization URL to send the browser to
 * @throws AppError 404 when the organisation has no enabled provider; 502 when the provider cannot be reached
 */
export async function startLogin(ctx: RequestContext, deps: OidcDeps, organisationSlug: string): Promise<string> {
  const provider = await ctx.data.read((scope) => data.findEnabledProviderBySlug(scope.q, organisationSlug));
  if (!provider) {
    throw new AppError('not-found');
  }
  let configuration: client.Configuration;
  try {
    configuration = await deps.discovery.get(provider);
  } catch (error) {
    if (error instanceof AppError) {
      throw error;
    }
    throw new AppError('oidc-failed', { internal: `discovery failed: ${errorName(error)}` });
  }
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await ctx.data.run((scope) =>
    data.insertLoginState(scope.q, {
      stateHash: sha256(state),
      organisationId: provider.organisationId,
      codeVerifier,
      nonce,
      ttlMinutes: STATE_TTL_MINUTES,
    }),
  );
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(deps.config),
    response_type: 'code',
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return url.href;
}

export interface CallbackQuery {
  code?: string;
  state?: string;
  error?: string;
}

export type CallbackOutcome =
  | { ok: true; location: string; cookieToken: string }
  /** `reason` is for the log only: short, without personal data. */
  | { ok: false; location: string; reason: string };

function locationFor(state: SessionState, returnTo: string): string {
  if (state === 'secondFactor') {
    return '/inloggen/tweede-stap';
  }
  if (state === 'secondFactorSetup') {
    return '/tweede-stap-instellen';
  }
  // Only a local path, never another site.
  return /^\/(?![/\\])/.test(returnTo) ? returnTo : '/';
}

function errorName(error: unknown): string {
  if (error instanceof client.ResponseBodyError || error instanceof client.AuthorizationResponseError) {
    return `${error.name}: ${error.error}`;
  }
  if (error instanceof Error) {
    return `${error.name}${'code' in error && typeof error.code === 'string' ? ` ${error.code}` : ''}`;
  }
  return 'unknown';
}

class Refused extends Error {
  constructor(
    readonly reason: string,
    readonly userId: string | null = null,
  ) {
    super(reason);
  }
}

/**
 * Completes a login when the provider sends the browser back. Never throws: every failure is
 * audited as a denied `auth.oidcLogin` and answered with a redirect to the login page.
 * @param rawQuery - the callback's query string exactly as received (without `?`)
 */
export async function completeLogin(
  ctx: RequestContext,
  deps: OidcDeps,
  query: CallbackQuery,
  rawQuery: string,
): Promise<CallbackOutcome> {
  try {
    return await completeLoginOrRefuse(ctx, deps, query, rawQuery);
  } catch (error) {
    const refused = error instanceof Refused ? error : new Refused(errorName(error));
    try {
      await ctx.data.run(async (scope) => {
        scope.auditEvent(
          'auth.oidcLogin',
          { type: 'session', id: null, userId: refused.userId },
          'denied',
          refused.userId,
        );
      });
    } catch (auditError) {
      return {
        ok: false,
        location: FAILURE_LOCATION,
        reason: `${refused.reason}; audit failed: ${errorName(auditError)}`,
      };
    }
    return { ok: false, location: FAILURE_LOCATION, reason: refused.reason };
  }
}

async function completeLoginOrRefuse(
  ctx: RequestContext,
  deps: OidcDeps,
  query: CallbackQuery,
  rawQuery: string,
): Promise<CallbackOutcome> {
  if (!query.state) {
    throw new Refused('no state');
  }
  const stateValue = query.state;
  const pending = await ctx.data.run((scope) => data.consumeLoginState(scope.q, sha256(stateValue)));
  if (!pending) {
    throw new Refused('unknown or expired state');
  }
  if (query.error) {
    throw new Refused(`provider answered ${query.error.slice(0, 50)}`);
  }
  const provider = await ctx.data.read((scope) => data.findEnabledProvider(scope.q, pending.organisationId));
  if (!provider) {
    throw new Refused('provider no longer enabled');
  }
  const configuration = await deps.discovery.get(provider);
  const currentUrl = new URL(redirectUri(deps.config));
  currentUrl.search = rawQuery;
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: stateValue,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims || typeof claims.sub !== 'string' || claims.sub.length === 0) {
    throw new Refused('no subject in ID token');
  }
  const subject = claims.sub;
  let email = typeof claims.email === 'string' ? claims.email : null;
  let emailVerified = claims.email_verified === true;
  if (email === null && configuration.serverMetadata().userinfo_endpoint) {
    // Providers that follow OpenID Connect Core §5.4 strictly put scope claims in UserInfo only.
    const info = await client.fetchUserInfo(configuration, tokens.access_token, subject);
    email = typeof info.email === 'string' ? info.email : null;
    emailVerified = info.email_verified === true;
  }

  const outcome = await ctx.data.run(async (scope) => {
    let userId = await data.findLinkedUserId(scope.q, provider.organisationId, subject);
    let link = false;
    if (!userId && email !== null && emailVerified && email.length <= 254) {
      userId = await data.findActiveMemberByEmail(scope.q, provider.organisationId, email);
      link = userId !== null;
    }
    if (!userId) {
      return { ok: false, reason: 'no matching member', userId: null } as const;
    }
    const user = await findUserById(scope.q, userId, true);
    if (!user || user.status !== 'active' || !(await data.isMember(scope.q, provider.organisationId, userId))) {
      return { ok: false, reason: 'user not active or no longer a member', userId } as const;
    }
    if (link) {
      await data.linkIdentity(scope.q, provider.organisationId, subject, userId);
    }
    const state = provider.trustSecondFactor ? 'active' : initialSessionState(deps.config, user, false);
    const session = await createSession(scope.q, {
      userId,
      state,
      authMethod: 'oidc',
      ttlMinutes: deps.config.sessionTtlMinutes,
      clientAddress: ctx.clientAddress,
      userAgent: ctx.userAgent,
    });
    scope.auditEvent('auth.oidcLogin', { type: 'session', id: session.id, userId }, 'allowed', userId);
    return { ok: true, state, token: session.token } as const;
  });
  if (!outcome.ok) {
    throw new Refused(outcome.reason, outcome.userId);
  }
  return { ok: true, location: locationFor(outcome.state, pending.returnTo), cookieToken: outcome.token };
}
