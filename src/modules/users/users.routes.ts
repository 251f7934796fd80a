/** Users, invitations and roles (administrators). */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './users.service.js';
import {
  InvitationBody,
  MembershipBody,
  MembershipParams,
  User,
  UserListQuery,
  UserPage,
  UserPatchBody,
} from './users.schemas.js';

const TAG = ['Gebruikers'];

export async function userRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/users',
    {
      config: { access: 'user.list' },
      schema: {
        tags: TAG,
        summary: 'Gebruikers zoeken',
        operationId: 'listUsers',
        querystring: UserListQuery,
        response: { 200: UserPage },
      },
    },
    async (request) => service.listUsers(request.ctx, request.query),
  );
  app.get(
    '/users/:id',
    {
      config: { access: 'user.read' },
      schema: {
        tags: TAG,
        summary: 'Eén gebruiker',
        operationId: 'getUser',
        params: IdParams,
        response: { 200: User },
      },
    },
    async (request) => service.getUser(request.ctx, request.params.id),
  );
  app.patch(
    '/users/:id',
    {
      config: { access: 'user.update' },
      schema: {
        tags: TAG,
        summary: 'Gebruiker wijzigen of blokkeren',
        operationId: 'updateUser',
        params: IdParams,
        body: UserPatchBody,
        response: { 200: User },
      },
    },
    async (request) => service.updateUser(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/invitations',
    {
      config: { access: 'user.invite' },
      schema: {
        tags: TAG,
        summary: 'Iemand uitnodigen per e-mail, met een rol bij een organisatie',
        operationId: 'inviteUser',
        body: InvitationBody,
        response: { 201: User },
      },
    },
    async (request, reply) => reply.status(201).send(await service.inviteUser(request.ctx, deps, request.body)),
  );
  app.post(
    '/users/:id/memberships',
    {
      config: { access: 'user.update' },
      schema: {
        tags: TAG,
        summary: 'Rol geven',
        operationId: 'addMembership',
        params: IdParams,
        body: MembershipBody,
        response: { 201: User },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addMembership(request.ctx, request.params.id, request.body)),
  );
  app.delete(
    '/users/:id/memberships/:membershipId',
    {
      config: { access: 'user.update' },
      schema: {
        tags: TAG,
        summary: 'Rol afnemen',
        operationId: 'removeMembership',
        params: MembershipParams,
        response: { 200: User },
      },
    },
    async (request) => service.removeMembership(request.ctx, request.params.id, request.params.membershipId),
  );
}
