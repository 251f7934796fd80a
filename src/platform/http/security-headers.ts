/**
 * Security headers on every response (NL API Design Rules /core/transport/security-headers, OWASP
 * secure headers). The set is fixed, so it is built once at boot and copied onto each reply.
 *
 * Why not @fastify/helmet: measured in this app, helmet rebuilt its middleware chain and re-parsed the
 * CSP on every request — about 17 % of the CPU of a minimal request (docs/benchmarks.md). The header
 * values below are helmet's, with a stricter CSP.
 */
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export function securityHeaders(options: { hsts: boolean }): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
    ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * An onRequest hook that sets the headers; API answers also get `API-Version` (NL API Design Rules
 * /core/version-header) and `Cache-Control: no-store` (personal data is never cached). Callback-style
 * and synchronous: on the hot path of every request an async hook costs a promise and a microtask.
 */
export function securityHeadersHook(options: { hsts: boolean; apiVersion: string }) {
  const headers = securityHeaders(options);
  const apiHeaders = { ...headers, 'api-version': options.apiVersion, 'cache-control': 'no-store' };
  return function setSecurityHeaders(
    request: FastifyRequest,
    reply: FastifyReply,
    done: HookHandlerDoneFunction,
  ): void {
    reply.headers(request.url.startsWith('/api/') ? apiHeaders : headers);
    done();
  };
}
