/**
 * API tokens for system integrations (a gemeente's case system, a BI tool): bound to one
 * organisation and a set of actions, bearer, only a SHA-256 at rest, revocable, expiring (≤ 1 year).
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import { ACTIONS, isActionName } from '../../platform/access/grants.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { organisationExists } from '../users/users.data.js';
import * as data from './api-tokens.data.js';

const YEAR_MS = 366 * 24 * 3600 * 1000;

export async function listApiTokens(ctx: RequestContext) {
  return ctx.data.read(async (scope) => {
    await scope.authorize('apiToken.manage', { type: 'apiToken' });
    return { items: await data.findApiTokens(scope.q) };
  });
}

export async function createApiToken(
  ctx: RequestContext,
  body: { organisationId: string; name: string; actions: string[]; expiresAt: string },
) {
  return ctx.data.run(async (scope) => {
    await scope.authorize('apiToken.manage', { type: 'apiToken', organisationId: body.organisationId });
    const errors: FieldError[] = [];
    if (!(await organisationExists(scope.q, body.organisationId))) {
      errors.push({
        in: 'body',
        pointer: '/organisationId',
        code: 'organisation-unknown',
        detailKey: 'field.organisation-unknown',
      });
    }
    body.actions.forEach((action, i) => {
      if (!isActionName(action)) {
        errors.push({
          in: 'body',
          pointer: `/actions/${i}`,
          code: 'action-unknown',
          detailKey: 'field.action-unknown',
        });
      } else if (!ACTIONS[action].tokenAllowed) {
        errors.push({
          in: 'body',
          pointer: `/actions/${i}`,
          code: 'action-not-for-tokens',
          detailKey: 'field.action-not-for-tokens',
        });
      }
    });
    const expiresAt = new Date(body.expiresAt);
    if (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now()) {
      errors.push({ in: 'body', pointer: '/expiresAt', code: 'expiry-in-past', detailKey: 'field.expiry-in-past' });
    } else if (expiresAt.getTime() - Date.now() > YEAR_MS) {
      errors.push({ in: 'body', pointer: '/expiresAt', code: 'expiry-too-far', detailKey: 'field.expiry-too-far' });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const secret = `mdn_${randomToken(32)}`;
    const id = await data.insertApiToken(scope.q, {
      ...body,
      name: body.name.trim(),
      expiresAt,
      secret,
      createdBy: scope.userId,
    });
    return { ...(await data.getApiToken(scope.q, id))!, secret };
  });
}

export async function revokeApiToken(ctx: RequestContext, id: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    const token = await data.getApiToken(scope.q, id);
    if (!token) {
      throw new AppError('not-found');
    }
    await scope.authorize('apiToken.manage', { type: 'apiToken', id, organisationId: token.organisationId });
    await data.revokeApiToken(scope.q, id);
  });
}
