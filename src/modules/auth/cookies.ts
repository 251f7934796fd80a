/** The session cookie: HttpOnly, SameSite=Strict, Secure (and the __Host- prefix) behind TLS. */
import type { FastifyReply } from 'fastify';
import type { Config } from '../../platform/config/config.js';
import { sessionCookieName } from '../../platform/http/authenticate.js';

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    path: '/',
    maxAge: config.sessionTtlMinutes * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
  });
}
