/**
 * The logged-in user's own account: profile, language, password, second factor, recovery codes,
 * sessions ("logout everywhere") and the log of who looked at their data.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import { deleteOtherSessions, deleteUserSessions, setSessionState } from '../../platform/auth/sessions.data.js';
import type { Scope } from '../../platform/access/enforce.js';
import { ACTIONS, isActionName } from '../../platform/access/grants.js';
import type { Config } from '../../platform/config/config.js';
import {
  activateTotp,
  disableTotp,
  findAuditAboutUser,
  findProfile,
  findSessionsOfUser,
  findUserById,
  replaceRecoveryCodes,
  setPassword,
  setPendingTotp,
  updateProfile,
  useRecoveryCode,
  type AuthUserRow,
} from './auth.data.js';
import { requiresSecondFactor } from './auth.service.js';
import { checkPasswordRule, hashPassword, verifyPassword } from './passwords.js';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpQrSvg, totpUri, verifyTotp } from './totp.js';

const self = (userId: string) => ({ type: 'user', id: userId, userId });

async function me(
  scope: Scope,
  action: 'profile.read' | 'profile.update' | 'secondFactor.manage' | 'session.manage',
): Promise<AuthUserRow> {
  const userId = scope.userId;
  return scope.readOne(
    action,
    () => findUserById(scope.q, userId, action !== 'profile.read'),
    (u) => self(u.id),
  );
}

export async function getProfile(ctx: RequestContext, config: Config) {
  return ctx.data.read(async (scope) => {
    const userId = scope.userId;
    const user = await scope.readOne(
      'profile.read',
      () => findProfile(scope.q, userId),
      (u) => self(u.id),
    );
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      language: user.language,
      secondFactorEnabled: user.second_factor_enabled,
      secondFactorRequired: requiresSecondFactor(config, user),
      recoveryCodesLeft: user.second_factor_enabled ? user.recovery_codes_left : 0,
      memberships: user.memberships as never,
    };
  });
}

export async function patchProfile(
  ctx: RequestContext,
  config: Config,
  changes: { name?: string; language?: 'nl' | 'en' },
) {
  await ctx.data.run(async (scope) => {
    const user = await me(scope, 'profile.update');
    await updateProfile(scope.q, user.id, { ...changes, ...(changes.name ? { name: changes.name.trim() } : {}) });
  });
  return getProfile(ctx, config);
}

export async function changePassword(
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  await ctx.data.run(async (scope) => {
    const user = await me(scope, 'profile.update');
    if (!user.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw invalidInput([
        { in: 'body', pointer: '/currentPassword', code: 'wrong-password', detailKey: 'problem.login-failed.detail' },
      ]);
    }
    const errors = checkPasswordRule(input.newPassword, user.email, '/newPassword');
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await setPassword(scope.q, user.id, await hashPassword(input.newPassword), false);
    // Other sessions end; this one stays.
    await deleteOtherSessions(scope.q, user.id, ctx.session?.id ?? null);
  });
}

export async function startSecondFactorSetup(ctx: RequestContext) {
  return ctx.data.run(async (scope) => {
    const user = await me(scope, 'secondFactor.manage');
    const secret = newTotpSecret();
    await setPendingTotp(scope.q, user.id, secret);
    const uri = totpUri(secret, user.email);
    return { secret, otpauthUri: uri, qrSvg: await totpQrSvg(uri) };
  });
}

/** Activates the pending secret after a correct code; returns fresh recovery codes (shown once). */
export async function activateSecondFactor(ctx: RequestContext, code: string) {
  return ctx.data.run(async (scope) => {
    const user = await me(scope, 'secondFactor.manage');
    if (!user.totp_pending_secret) {
      throw new AppError('conflict', { internal: 'no pending secret' });
    }
    const step = await verifyTotp(user.totp_pending_secret, code.replace(/\s/g, ''), null);
    if (step === null) {
      throw invalidInput([
        {
          in: 'body',
          pointer: '/code',
          code: 'second-factor-invalid',
          detailKey: 'problem.second-factor-invalid.detail',
        },
      ]);
    }
    await activateTotp(scope.q, user.id, step);
    const codes = newRecoveryCodes();
    await replaceRecoveryCodes(scope.q, user.id, codes.map(hashRecoveryCode));
    if (ctx.session && ctx.session.state === 'secondFactorSetup') {
      await setSessionState(scope.q, ctx.session.id, 'active');
    }
    return { recoveryCodes: codes };
  });
}

export async function disableSecondFactor(ctx: RequestContext, config: Config, code: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    const user = await me(scope, 'secondFactor.manage');
    if (requiresSecondFactor(config, user)) {
      throw new AppError('forbidden', { internal: 'second factor required for role' });
    }
    if (!user.totp_secret) {
      return;
    }
    const trimmed = code.replace(/\s/g, '');
    const ok =
      (await verifyTotp(user.totp_secret, trimmed, user.totp_last_step)) !== null ||
      (await useRecoveryCode(scope.q, user.id, hashRecoveryCode(trimmed)));
    if (!ok) {
      throw invalidInput([
        {
          in: 'body',
          pointer: '/code',
          code: 'second-factor-invalid',
          detailKey: 'problem.second-factor-invalid.detail',
        },
      ]);
    }
    await disableTotp(scope.q, user.id);
  });
}

export async function regenerateRecoveryCodes(ctx: RequestContext) {
  return ctx.data.run(async (scope) => {
    const user = await me(scope, 'secondFactor.manage');
    if (!user.totp_secret) {
      throw new AppError('conflict', { internal: 'second factor not enabled' });
    }
    const codes = newRecoveryCodes();
    await replaceRecoveryCodes(scope.q, user.id, codes.map(hashRecoveryCode));
    return { recoveryCodes: codes };
  });
}

export async function listOwnSessions(ctx: RequestContext, config: Config) {
  return ctx.data.run(async (scope) => {
    const user = await me(scope, 'session.manage');
    const rows = await findSessionsOfUser(scope.q, user.id, config.sessionIdleMinutes);
    return {
      items: rows.map((r) => ({
        ...r,
        createdAt: r.createdAt.toISOString(),
        lastSeenAt: r.lastSeenAt.toISOString(),
        current: r.id === ctx.session?.id,
      })),
    };
  });
}

/** Logout everywhere: ends every session of the user, this one included. */
export async function logoutEverywhere(ctx: RequestContext): Promise<number> {
  return ctx.data.read(async (scope) => {
    const user = await me(scope, 'session.manage');
    const n = await deleteUserSessions(scope.q, user.id);
    scope.auditEvent('auth.logoutEverywhere', self(user.id), 'allowed');
    return n;
  });
}

export async function ownAuditLog(ctx: RequestContext, page: number, pageSize: number) {
  return ctx.data.read(async (scope) => {
    const userId = scope.userId;
    await scope.authorize('auditLog.readOwn', self(userId));
    const { rows, total } = await findAuditAboutUser(scope.q, userId, pageSize, (page - 1) * pageSize);
    return {
      items: rows.map((r) => ({
        ...r,
        occurredAt: r.occurredAt.toISOString(),
        actionDescription: describeAction(r.action, ctx.lang),
      })),
      total,
      page,
      pageSize,
    };
  });
}

const EVENT_DESCRIPTIONS: Record<string, { nl: string; en: string }> = {
  'auth.login': { nl: 'Inloggen', en: 'Login' },
  'auth.secondFactor': { nl: 'Tweede stap bij inloggen', en: 'Second login step' },
  'auth.logout': { nl: 'Uitloggen', en: 'Logout' },
  'auth.logoutEverywhere': { nl: 'Overal uitloggen', en: 'Logout everywhere' },
  'auth.passwordResetRequested': { nl: 'Nieuw wachtwoord aangevraagd', en: 'New password requested' },
  'auth.passwordReset': { nl: 'Nieuw wachtwoord ingesteld', en: 'New password set' },
  'auth.invitationAccepted': { nl: 'Uitnodiging aangenomen', en: 'Invitation accepted' },
  'auth.oidcLogin': { nl: 'Inloggen via de eigen organisatie', en: 'Login through own organisation' },
  'demo.seedUser': { nl: 'Account aangemaakt (demo)', en: 'Account created (demo)' },
  'admin.created': { nl: 'Beheerdersaccount aangemaakt', en: 'Administrator account created' },
};

/** Plain-language description of an audited action or event. */
export function describeAction(action: string, lang: 'nl' | 'en'): string {
  if (isActionName(action)) {
    return ACTIONS[action].logText[lang];
  }
  return EVENT_DESCRIPTIONS[action]?.[lang] ?? action;
}
