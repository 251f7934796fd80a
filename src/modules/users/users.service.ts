/** User administration: list, view, block, invite by e-mail, grant and remove roles. */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import { translate } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.data.js';
import { deleteUserSessions } from '../../platform/auth/sessions.data.js';
import type { Config } from '../../platform/config/config.js';
import { createUserToken } from '../auth/auth.data.js';
import * as data from './users.data.js';
import type { InvitationBody, User, UserListQuery } from './users.schemas.js';

const asResource = (u: User) => ({
  type: 'user',
  id: u.id,
  userId: u.id,
  organisationId: u.memberships[0]?.organisationId ?? null,
});

export async function listUsers(ctx: RequestContext, query: UserListQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return ctx.data.read(async (scope) => {
    let total = 0;
    const items = await scope.readMany(
      'user.list',
      async (s) => {
        const result = await data.findUsers(scope.q, s, { ...query, limit: pageSize, offset: (page - 1) * pageSize });
        total = result.total;
        return result.rows;
      },
      asResource,
    );
    return { items, total, page, pageSize };
  });
}

async function load(scope: Scope, id: string, action: 'user.read' | 'user.update'): Promise<User> {
  return scope.readOne(action, () => data.getUser(scope.q, id), asResource);
}

export async function getUser(ctx: RequestContext, id: string): Promise<User> {
  return ctx.data.read((scope) => load(scope, id, 'user.read'));
}

async function guardLastAdministrator(scope: Scope, user: User): Promise<void> {
  const isAdmin = user.memberships.some((m) => m.role === 'administrator');
  if (isAdmin && user.status === 'active' && (await data.countOtherActiveAdministrators(scope.q, user.id)) === 0) {
    throw invalidInput([
      { in: 'body', pointer: '/status', code: 'last-administrator', detailKey: 'field.last-administrator' },
    ]);
  }
}

export async function updateUser(
  ctx: RequestContext,
  id: string,
  body: { name?: string; status?: 'active' | 'disabled' },
): Promise<User> {
  return ctx.data.run(async (scope) => {
    const user = await load(scope, id, 'user.update');
    if (body.status === 'disabled' && user.status !== 'disabled') {
      await guardLastAdministrator(scope, user);
      await deleteUserSessions(scope.q, id);
    }
    // An invited user becomes active by accepting the invitation, not by an administrator.
    const status = body.status === 'active' && user.status === 'invited' ? undefined : body.status;
    await data.updateUser(scope.q, id, {
      ...(body.name ? { name: body.name.trim() } : {}),
      ...(status ? { status } : {}),
    });
    return (await data.getUser(scope.q, id))!;
  });
}

/**
 * Invites someone: creates the account (no password yet) with one role and mails a link that is
 * valid for 7 days. Inviting an existing e-mail address is refused with a field error.
 */
export async function inviteUser(
  ctx: RequestContext,
  deps: { config: Config; mailQueued: () => void },
  body: InvitationBody,
): Promise<User> {
  const user = await ctx.data.run(async (scope) => {
    const organisation = await data.organisationExists(scope.q, body.organisationId);
    const errors = [];
    if (!organisation) {
      errors.push({
        in: 'body' as const,
        pointer: '/organisationId',
        code: 'organisation-unknown',
        detailKey: 'field.organisation-unknown' as const,
      });
    }
    if (await data.findUserIdByEmail(scope.q, body.email)) {
      errors.push({
        in: 'body' as const,
        pointer: '/email',
        code: 'email-taken',
        detailKey: 'field.email-taken' as const,
      });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await scope.authorize('user.invite', { type: 'user', organisationId: body.organisationId });
    const id = await data.insertInvitedUser(scope.q, { email: body.email.trim(), name: body.name.trim() });
    await data.addMembership(scope.q, id, body.organisationId, body.role);
    const token = await createUserToken(scope.q, id, 'invitation', 7 * 24 * 60);
    const inviter = (await data.getUser(scope.q, scope.userId))?.name ?? 'Meedoen';
    await enqueueMail(scope.q, {
      to: body.email,
      subject: translate('nl', 'mail.invite.subject'),
      text: translate('nl', 'mail.invite.body', {
        name: body.name,
        inviter,
        organisation: organisation!.name,
        link: `${deps.config.publicUrl}/uitnodiging#token=${token}`,
      }),
    });
    return (await data.getUser(scope.q, id))!;
  });
  deps.mailQueued();
  return user;
}

export async function addMembership(
  ctx: RequestContext,
  userId: string,
  body: { organisationId: string; role: string },
): Promise<User> {
  return ctx.data.run(async (scope) => {
    await load(scope, userId, 'user.update');
    if (!(await data.organisationExists(scope.q, body.organisationId))) {
      throw invalidInput([
        {
          in: 'body',
          pointer: '/organisationId',
          code: 'organisation-unknown',
          detailKey: 'field.organisation-unknown',
        },
      ]);
    }
    await data.addMembership(scope.q, userId, body.organisationId, body.role);
    return (await data.getUser(scope.q, userId))!;
  });
}

export async function removeMembership(ctx: RequestContext, userId: string, membershipId: string): Promise<User> {
  return ctx.data.run(async (scope) => {
    const user = await load(scope, userId, 'user.update');
    const membership = await data.getMembership(scope.q, userId, membershipId);
    if (!membership) {
      throw new AppError('not-found');
    }
    if (
      membership.role === 'administrator' &&
      user.memberships.filter((m) => m.role === 'administrator').length === 1
    ) {
      await guardLastAdministrator(scope, user);
    }
    await data.deleteMembership(scope.q, membershipId);
    return (await data.getUser(scope.q, userId))!;
  });
}
