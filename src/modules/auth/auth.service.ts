/**
 * Login with e-mail and password, the second factor, logout, password reset and invitation
 * acceptance. Every attempt is audited (NEN 7513 §6), failures included; failed attempts (password
 * and second factor alike) count towards a temporary lockout of the account.
 */
import type { Config } from '../../platform/config/config.js';
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import { translate } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.data.js';
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  setSessionState,
  type SessionState,
} from '../../platform/auth/sessions.data.js';
import type { Scope } from '../../platform/access/enforce.js';
import {
  consumeUserToken,
  createUserToken,
  findMembershipsOfUser,
  findUserByEmail,
  findUserById,
  recordFailedLogin,
  resetFailedLogins,
  setPassword,
  setTotpLastStep,
  useRecoveryCode,
  type AuthUserRow,
} from './auth.data.js';
import { checkPasswordRule, hashPassword, verifyDummy, verifyPassword } from './passwords.js';
import { hashRecoveryCode, verifyTotp } from './totp.js';
import type { SessionView } from './auth.schemas.js';

/**
 * The result of a unit of work that must commit (failed-attempt counters, audit records) even when the
 * request fails: the error is thrown only after the transaction.
 */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = <T = never>(error: AppError): Outcome<T> => ({ ok: false, error });

export interface AuthDeps {
  config: Config;
  mailQueued: () => void;
}

export interface LoginResult {
  view: SessionView;
  cookieToken: string;
}

/** Whether this user must use a second factor (by role, unless a demo user in demo mode). */
export function requiresSecondFactor(config: Config, user: Pick<AuthUserRow, 'roles' | 'is_demo'>): boolean {
  if (user.is_demo && config.demo && !config.demoMfa) {
    return false;
  }
  return user.roles.some((r) => (config.mfaRequiredRoles as string[]).includes(r));
}

/** The state a fresh session starts in after the first factor. */
export function initialSessionState(config: Config, user: AuthUserRow, secondFactorDone: boolean): SessionState {
  if (secondFactorDone) {
    return 'active';
  }
  if (user.totp_secret) {
    return 'secondFactor';
  }
  return requiresSecondFactor(config, user) ? 'secondFactorSetup' : 'active';
}

export async function sessionView(
  scope: Scope,
  userId: string,
  state: SessionState,
  csrfToken: string,
): Promise<SessionView> {
  const user = await findUserById(scope.q, userId);
  if (!user) {
    throw new AppError('unauthenticated');
  }
  const memberships = await findMembershipsOfUser(scope.q, userId);
  return {
    state,
    csrfToken,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      language: user.language,
      secondFactorEnabled: user.totp_secret !== null,
      memberships: memberships as SessionView['user']['memberships'],
    },
  };
}

function lockedError(user: AuthUserRow): AppError {
  const minutes = Math.max(1, Math.ceil(((user.locked_until?.getTime() ?? Date.now()) - Date.now()) / 60_000));
  return new AppError('account-locked', { params: { minutes }, headers: { 'retry-after': String(minutes * 60) } });
}

async function countFailure(scope: Scope, deps: AuthDeps, user: AuthUserRow): Promise<boolean> {
  const { failures, locked } = await recordFailedLogin(
    scope.q,
    user.id,
    deps.config.loginMaxFailures,
    deps.config.loginLockoutMinutes,
  );
  if (locked && failures === deps.config.loginMaxFailures) {
    await enqueueMail(scope.q, {
      to: user.email,
      subject: translate(user.language, 'mail.locked.subject'),
      text: translate(user.language, 'mail.locked.body', {
        name: user.name,
        failures,
        minutes: deps.config.loginLockoutMinutes,
      }),
    });
    deps.mailQueued();
  }
  return locked;
}

/**
 * Checks e-mail and password and opens a session (possibly still waiting for the second factor).
 * Unknown e-mail and wrong password give the same answer in the same time.
 */
export async function login(
  ctx: RequestContext,
  deps: AuthDeps,
  input: { email: string; password: string },
): Promise<LoginResult> {
  const outcome = await ctx.data.run(async (scope) => {
    const user = await findUserByEmail(scope.q, input.email);
    const resource = { type: 'session', id: null, userId: user?.id ?? null };
    if (!user || user.status !== 'active' || user.password_hash === null) {
      await verifyDummy(input.password);
      scope.auditEvent('auth.login', resource, 'denied', user?.id ?? null);
      return fail(new AppError('login-failed'));
    }
    if (user.locked_until && user.locked_until.getTime() > Date.now()) {
      await verifyDummy(input.password);
      scope.auditEvent('auth.login', resource, 'denied', user.id);
      return fail(lockedError(user));
    }
    if (!(await verifyPassword(user.password_hash, input.password))) {
      const locked = await countFailure(scope, deps, user);
      scope.auditEvent('auth.login', resource, 'denied', user.id);
      if (locked) {
        const again = await findUserById(scope.q, user.id);
        return fail(lockedError(again ?? user));
      }
      return fail(new AppError('login-failed'));
    }
    await resetFailedLogins(scope.q, user.id);
    const state = initialSessionState(deps.config, user, false);
    const session = await createSession(scope.q, {
      userId: user.id,
      state,
      authMethod: 'password',
      ttlMinutes: deps.config.sessionTtlMinutes,
      clientAddress: ctx.clientAddress,
      userAgent: ctx.userAgent,
    });
    scope.auditEvent('auth.login', { type: 'session', id: session.id, userId: user.id }, 'allowed', user.id);
    return ok({ view: await sessionView(scope, user.id, state, session.csrfToken), cookieToken: session.token });
  });
  if (!outcome.ok) {
    throw outcome.error;
  }
  return outcome.value;
}

/** Completes login with a TOTP code or a recovery code. */
export async function completeSecondFactor(ctx: RequestContext, deps: AuthDeps, code: string): Promise<SessionView> {
  const session = ctx.session;
  if (!session) {
    throw new AppError('unauthenticated');
  }
  if (session.state !== 'secondFactor') {
    throw new AppError('conflict', { internal: `session is ${session.state}` });
  }
  const outcome = await ctx.data.run(async (scope) => {
    const user = await findUserById(scope.q, session.user_id, true);
    if (!user || !user.totp_secret) {
      return fail(new AppError('unauthenticated'));
    }
    const resource = { type: 'session', id: session.id, userId: user.id };
    if (user.locked_until && user.locked_until.getTime() > Date.now()) {
      scope.auditEvent('auth.secondFactor', resource, 'denied', user.id);
      return fail(lockedError(user));
    }
    const trimmed = code.replace(/\s/g, '');
    const step = await verifyTotp(user.totp_secret, trimmed, user.totp_last_step);
    let accepted = step !== null;
    if (step !== null) {
      await setTotpLastStep(scope.q, user.id, step);
    } else if (!/^\d{6}$/.test(trimmed)) {
      accepted = await useRecoveryCode(scope.q, user.id, hashRecoveryCode(trimmed));
    }
    if (!accepted) {
      const locked = await countFailure(scope, deps, user);
      scope.auditEvent('auth.secondFactor', resource, 'denied', user.id);
      return fail(
        locked ? lockedError((await findUserById(scope.q, user.id)) ?? user) : new AppError('second-factor-invalid'),
      );
    }
    await resetFailedLogins(scope.q, user.id);
    await setSessionState(scope.q, session.id, 'active');
    scope.auditEvent('auth.secondFactor', resource, 'allowed', user.id);
    return ok(await sessionView(scope, user.id, 'active', session.csrf_token));
  });
  if (!outcome.ok) {
    throw outcome.error;
  }
  return outcome.value;
}

export async function currentSession(ctx: RequestContext): Promise<SessionView> {
  const session = ctx.session;
  if (!session) {
    throw new AppError('unauthenticated');
  }
  return ctx.data.read((scope) => sessionView(scope, session.user_id, session.state, session.csrf_token));
}

export async function logout(ctx: RequestContext): Promise<void> {
  const session = ctx.session;
  if (!session) {
    return;
  }
  await ctx.data.run(async (scope) => {
    await deleteSession(scope.q, session.id);
    scope.auditEvent(
      'auth.logout',
      { type: 'session', id: session.id, userId: session.user_id },
      'allowed',
      session.user_id,
    );
  });
}

/** Mails a reset link when the address belongs to an active account; answers the same either way. */
export async function requestPasswordReset(ctx: RequestContext, deps: AuthDeps, email: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    const user = await findUserByEmail(scope.q, email);
    if (!user || user.status !== 'active') {
      return;
    }
    const token = await createUserToken(scope.q, user.id, 'passwordReset', 60);
    await enqueueMail(scope.q, {
      to: user.email,
      subject: translate(user.language, 'mail.reset.subject'),
      text: translate(user.language, 'mail.reset.body', {
        name: user.name,
        link: `${deps.config.publicUrl}/wachtwoord-herstellen#token=${token}`,
      }),
    });
    scope.auditEvent('auth.passwordResetRequested', { type: 'user', id: user.id, userId: user.id }, 'allowed', user.id);
  });
  deps.mailQueued();
}

async function setPasswordWithToken(
  ctx: RequestContext,
  input: { token: string; password: string },
  purpose: 'passwordReset' | 'invitation',
): Promise<void> {
  const outcome = await ctx.data.run(async (scope) => {
    const userId = await consumeUserToken(scope.q, input.token, purpose);
    if (!userId) {
      scope.auditEvent(
        purpose === 'invitation' ? 'auth.invitationAccepted' : 'auth.passwordReset',
        { type: 'user' },
        'denied',
      );
      return fail(new AppError('token-invalid'));
    }
    const user = await findUserById(scope.q, userId, true);
    if (!user || user.status === 'disabled') {
      return fail(new AppError('token-invalid'));
    }
    const errors = checkPasswordRule(input.password, user.email, '/password');
    if (errors.length > 0) {
      // Throwing rolls back the token use, so the link keeps working for a better password.
      throw invalidInput(errors);
    }
    await setPassword(scope.q, userId, await hashPassword(input.password), purpose === 'invitation');
    // A new password ends every existing session (someone else may have had the old one).
    await deleteUserSessions(scope.q, userId);
    scope.auditEvent(
      purpose === 'invitation' ? 'auth.invitationAccepted' : 'auth.passwordReset',
      { type: 'user', id: userId, userId },
      'allowed',
      userId,
    );
    return ok(true);
  });
  if (!outcome.ok) {
    throw outcome.error;
  }
}

export function resetPassword(ctx: RequestContext, input: { token: string; password: string }): Promise<void> {
  return setPasswordWithToken(ctx, input, 'passwordReset');
}

export function acceptInvitation(ctx: RequestContext, input: { token: string; password: string }): Promise<void> {
  return setPasswordWithToken(ctx, input, 'invitation');
}
