/**
 * TOTP second factor (RFC 6238, 30 s, 6 digits, SHA-1 — what every authenticator app supports) with
 * replay protection (a code's time step can be used once) and one step of clock drift either way.
 * Recovery codes: ten random codes of 10 characters, stored as SHA-256, each usable once.
 */
import { generateSecret, generateURI, verify, generate } from 'otplib';
import QRCode from 'qrcode';
import { randomInt } from 'node:crypto';
import { sha256 } from '../../platform/auth/tokens.js';

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: 'Meedoen', label: email, secret });
}

export async function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * Verifies a 6-digit code.
 * @param afterStep - the last time step already used (replay protection)
 * @returns the time step of the accepted code, or null
 */
export async function verifyTotp(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) {
    return null;
  }
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Current code for a secret (tests and the demo seed only). */
export function currentTotp(secret: string, epochSeconds?: number): Promise<string> {
  return generate({ secret, ...(epochSeconds !== undefined ? { epoch: epochSeconds } : {}) });
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten recovery codes like `k7mq-x2pf-9t`. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const raw = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  });
}

/** Normalises what a user typed (spaces, capitals, missing dashes) and hashes it. */
export function hashRecoveryCode(code: string): string {
  return sha256(code.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
