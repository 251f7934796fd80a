/**
 * The Dutch citizen service number (BSN, burgerservicenummer): nine digits that pass the
 * "elfproef" — 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not zero). Old numbers of
 * eight digits are written with a leading zero. Source: Logius, "Burgerservicenummer (BSN)",
 * Wet algemene bepalingen burgerservicenummer; the −1 weight on the last digit distinguishes the
 * BSN test from the bank-account elfproef.
 */

/** Digits only: spaces, dots and dashes people type between groups are removed. */
export function normaliseBsn(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** Whether `input` (after {@link normaliseBsn}) is a valid BSN. */
export function isValidBsn(input: string): boolean {
  const digits = normaliseBsn(input);
  const padded = digits.length === 8 ? `0${digits}` : digits;
  if (!/^[0-9]{9}$/.test(padded) || padded === '000000000') {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += (9 - i) * Number(padded[i]);
  }
  sum -= Number(padded[8]);
  return sum % 11 === 0;
}

/** The BSN as stored: nine digits. Call only after {@link isValidBsn}. */
export function canonicalBsn(input: string): string {
  return normaliseBsn(input).padStart(9, '0');
}

/** "•••••6782": the last four digits, for screens that only confirm a BSN is on file. */
export function maskBsn(bsn: string): string {
  return `•••••${bsn.slice(-4)}`;
}
