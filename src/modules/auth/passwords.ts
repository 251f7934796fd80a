/**
 * Password hashing with argon2id (OWASP parameters: m=19 MiB, t=2, p=1) and the password rule:
 * at least 12 characters, at most 200, not the e-mail address (NCSC: length over complexity).
 */
import { hash, verify } from '@node-rs/argon2';
import type { FieldError } from '../../platform/errors/app-error.js';

/** algorithm 2 = Argon2id (a const enum in the package's types). */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;
/** Spends the same time as a real verification, so a login for an unknown e-mail is not faster. */
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/** Checks the password rule; returns the field errors (empty when fine). */
export function checkPasswordRule(password: string, email: string | null, pointer: string): FieldError[] {
  if ([...password].length < PASSWORD_MIN) {
    return [{ in: 'body', pointer, code: 'password-weak', detailKey: 'field.password-weak' }];
  }
  if (email !== null && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return [{ in: 'body', pointer, code: 'password-same-as-email', detailKey: 'field.password-same-as-email' }];
  }
  return [];
}
