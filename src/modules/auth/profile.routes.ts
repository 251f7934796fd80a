/** The logged-in user's own account (`/me`). */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import * as service from './profile.service.js';
import {
  OwnAuditPage,
  OwnAuditQuery,
  OwnSessionList,
  PasswordChangeBody,
  Profile,
  ProfilePatch,
  RecoveryCodes,
  SecondFactorCodeBody,
  SecondFactorSetup,
} from './auth.schemas.js';
import { clearSessionCookie } from './cookies.js';

const TAG = ['Mijn account'];

export async function profileRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const { config } = deps;
  app.get(
    '/me',
    {
      config: { access: 'profile.read' },
      schema: { tags: TAG, summary: 'Mijn accountgegevens', operationId: 'getProfile', response: { 200: Profile } },
    },
    async (request) => service.getProfile(request.ctx, config),
  );
  app.patch(
    '/me',
    {
      config: { access: 'profile.update' },
      schema: {
        tags: TAG,
        summary: 'Naam of taal wijzigen',
        operationId: 'updateProfile',
        body: ProfilePatch,
        response: { 200: Profile },
      },
    },
    async (request) => service.patchProfile(request.ctx, config, request.body),
  );
  app.put(
    '/me/password',
    {
      config: { access: 'profile.update' },
      schema: {
        tags: TAG,
        summary: 'Wachtwoord wijzigen (andere sessies eindigen)',
        operationId: 'changePassword',
        body: PasswordChangeBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.changePassword(request.ctx, request.body);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/me/second-factor',
    {
      config: { access: 'secondFactor.manage', partialSession: true },
      schema: {
        tags: TAG,
        summary: 'Tweestapsverificatie instellen: nieuw geheim en QR-code',
        operationId: 'startSecondFactorSetup',
        response: { 201: SecondFactorSetup },
      },
    },
    async (request, reply) => reply.status(201).send(await service.startSecondFactorSetup(request.ctx)),
  );
  app.put(
    '/me/second-factor',
    {
      config: { access: 'secondFactor.manage', partialSession: true },
      schema: {
        tags: TAG,
        summary: 'Tweestapsverificatie aanzetten met een code uit de app',
        operationId: 'activateSecondFactor',
        body: SecondFactorCodeBody,
        response: { 200: RecoveryCodes },
      },
    },
    async (request) => service.activateSecondFactor(request.ctx, request.body.code),
  );
  app.delete(
    '/me/second-factor',
    {
      config: { access: 'secondFactor.manage' },
      schema: {
        tags: TAG,
        summary: 'Tweestapsverificatie uitzetten (niet voor rollen die het verplicht hebben)',
        operationId: 'disableSecondFactor',
        body: SecondFactorCodeBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.disableSecondFactor(request.ctx, config, request.body.code);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/me/recovery-codes',
    {
      config: { access: 'secondFactor.manage' },
      schema: {
        tags: TAG,
        summary: 'Nieuwe herstelcodes (de oude vervallen)',
        operationId: 'regenerateRecoveryCodes',
        response: { 201: RecoveryCodes },
      },
    },
    async (request, reply) => reply.status(201).send(await service.regenerateRecoveryCodes(request.ctx)),
  );
  app.get(
    '/me/sessions',
    {
      config: { access: 'session.manage' },
      schema: {
        tags: TAG,
        summary: 'Mijn inlogsessies',
        operationId: 'listOwnSessions',
        response: { 200: OwnSessionList },
      },
    },
    async (request) => service.listOwnSessions(request.ctx, config),
  );
  app.delete(
    '/me/sessions',
    {
      config: { access: 'session.manage' },
      schema: {
        tags: TAG,
        summary: 'Overal uitloggen',
        operationId: 'logoutEverywhere',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.logoutEverywhere(request.ctx);
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/me/audit-events',
    {
      config: { access: 'auditLog.readOwn' },
      schema: {
        tags: TAG,
        summary: 'Wie heeft mijn gegevens bekeken of gewijzigd (NEN 7513)',
        operationId: 'listOwnAuditEvents',
        querystring: OwnAuditQuery,
        response: { 200: OwnAuditPage },
      },
    },
    async (request) => service.ownAuditLog(request.ctx, request.query.page ?? 1, request.query.pageSize ?? 50),
  );
}
