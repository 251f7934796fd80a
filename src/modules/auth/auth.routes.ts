/** Login, second factor, logout, password reset and invitation acceptance. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import * as service from './auth.service.js';
import { LoginBody, ResetRequestBody, SecondFactorBody, SessionView, TokenPasswordBody } from './auth.schemas.js';
import { clearSessionCookie, setSessionCookie } from './cookies.js';

const TAG = ['Inloggen'];

export async function authRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const authDeps = { config: deps.config, mailQueued: deps.mailQueued };
  const LOGIN_RATE = { max: deps.config.loginRateLimit, timeWindow: '1 minute' };

  app.post(
    '/sessions',
    {
      config: { access: 'public', rateLimit: LOGIN_RATE },
      schema: {
        tags: TAG,
        summary: 'Inloggen met e-mailadres en wachtwoord',
        description:
          'Maakt een sessie (cookie). Bij state=secondFactor volgt de code uit de app; bij secondFactorSetup moet de gebruiker eerst tweestapsverificatie instellen.',
        operationId: 'createSession',
        body: LoginBody,
        response: { 201: SessionView },
      },
    },
    async (request, reply) => {
      const result = await service.login(request.ctx, authDeps, request.body);
      setSessionCookie(reply, deps.config, result.cookieToken);
      return reply.status(201).send(result.view);
    },
  );

  app.get(
    '/sessions/current',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'De huidige sessie',
        operationId: 'getCurrentSession',
        response: { 200: SessionView },
      },
    },
    async (request) => service.currentSession(request.ctx),
  );

  app.post(
    '/sessions/current/second-factor',
    {
      config: { access: 'public', rateLimit: LOGIN_RATE },
      schema: {
        tags: TAG,
        summary: 'Tweede stap: code uit de authenticator-app of een herstelcode',
        operationId: 'completeSecondFactor',
        body: SecondFactorBody,
        response: { 200: SessionView },
      },
    },
    async (request) => service.completeSecondFactor(request.ctx, authDeps, request.body.code),
  );

  app.delete(
    '/sessions/current',
    {
      config: { access: 'public' },
      schema: { tags: TAG, summary: 'Uitloggen', operationId: 'deleteCurrentSession', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await service.logout(request.ctx);
      clearSessionCookie(reply, deps.config);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/password-reset-requests',
    {
      config: {
        access: 'public',
        rateLimit: { max: Math.max(5, Math.ceil(deps.config.loginRateLimit / 4)), timeWindow: '15 minutes' },
      },
      schema: {
        tags: TAG,
        summary: 'Nieuw wachtwoord aanvragen',
        description: 'Stuurt een link als het adres bij een actief account hoort. Het antwoord is altijd hetzelfde.',
        operationId: 'requestPasswordReset',
        body: ResetRequestBody,
        response: { 202: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.requestPasswordReset(request.ctx, authDeps, request.body.email);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/password-resets',
    {
      config: { access: 'public', rateLimit: LOGIN_RATE },
      schema: {
        tags: TAG,
        summary: 'Nieuw wachtwoord instellen met de link uit de e-mail',
        operationId: 'resetPassword',
        body: TokenPasswordBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.resetPassword(request.ctx, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/invitation-acceptances',
    {
      config: { access: 'public', rateLimit: LOGIN_RATE },
      schema: {
        tags: TAG,
        summary: 'Uitnodiging aannemen en een wachtwoord kiezen',
        operationId: 'acceptInvitation',
        body: TokenPasswordBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.acceptInvitation(request.ctx, request.body);
      return reply.status(204).send(null);
    },
  );
}
