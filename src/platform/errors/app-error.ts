/**
 * Application errors. A module throws `new AppError('participants.not-found')`; the platform error
 * handler turns it into `application/problem+json` (RFC 9457) with a localised `detail`.
 *
 * The code → status map is exhaustive: a new code without a status does not compile.
 */
import type { MessageKey } from '../i18n/i18n.js';

export type ErrorCode =
  | 'invalid-input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'csrf-failed'
  | 'rate-limited'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'login-failed'
  | 'account-locked'
  | 'second-factor-required'
  | 'second-factor-invalid'
  | 'token-invalid'
  | 'oidc-failed'
  | 'unavailable'
  | 'internal';

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'invalid-input':
    case 'second-factor-invalid':
    case 'token-invalid':
      return 400;
    case 'unauthenticated':
    case 'login-failed':
    case 'second-factor-required':
      return 401;
    case 'forbidden':
    case 'csrf-failed':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload-too-large':
      return 413;
    case 'unsupported-media-type':
      return 415;
    case 'account-locked':
    case 'rate-limited':
      return 429;
    case 'oidc-failed':
      return 502;
    case 'internal':
      return 500;
    case 'unavailable':
      return 503;
    default:
      return assertUnreachable(code);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}

export interface FieldError {
  in: 'body' | 'query' | 'path' | 'header';
  /** JSON pointer to the failing field, e.g. `/email`. */
  pointer: string;
  code: string;
  detailKey: MessageKey;
  params?: Record<string, string | number>;
}

export interface AppErrorOptions {
  detailKey?: MessageKey;
  params?: Record<string, string | number>;
  errors?: FieldError[];
  /** Extra headers, e.g. Retry-After. */
  headers?: Record<string, string>;
  /** Internal message for logs only; never sent to the client. */
  internal?: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: AppErrorOptions = {},
  ) {
    super(options.internal ?? code);
    this.name = 'AppError';
    this.status = statusOf(code);
  }
}

/** Shorthand for a 400 with field errors. */
export function invalidInput(errors: FieldError[]): AppError {
  return new AppError('invalid-input', { errors });
}
