import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalBsn, isValidBsn, maskBsn } from './bsn.js';

/** Builds a valid BSN from eight digits by solving the elfproef for the ninth (skips when it would be 10). */
function withCheckDigit(first8: number[]): string | null {
  const sum = first8.reduce((s, d, i) => s + (9 - i) * d, 0);
  const last = sum % 11;
  return last === 10 ? null : [...first8, last].join('');
}

describe('BSN elfproef', () => {
  it('accepts known valid numbers (worked examples)', () => {
    // 111222333: 9+8+7+12+10+8+9+6−3 = 66 = 6·11.
    expect(isValidBsn('111222333')).toBe(true);
    // 123456782: 9+16+21+24+25+24+21+16−2 = 154 = 14·11.
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('1234.56.782')).toBe(true);
    expect(isValidBsn('123 456 782')).toBe(true);
  });

  it('refuses wrong check digits, wrong lengths, letters and all zeros', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false); // 012345678: 0+8+14+18+20+20+18+14−8 = 104, not a multiple of 11
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('')).toBe(false);
  });

  it('accepts an eight-digit number that is valid with a leading zero, and stores it with nine digits', () => {
    // 010000008: 8·1 − 1·8 = 0, a multiple of 11, and not all zeros.
    expect(isValidBsn('10000008')).toBe(true);
    expect(canonicalBsn('10000008')).toBe('010000008');
  });

  it('property: every number built with the right check digit passes; changing one digit makes it fail', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (first8, position, delta) => {
          const bsn = withCheckDigit(first8);
          fc.pre(bsn !== null && bsn !== '000000000');
          expect(isValidBsn(bsn)).toBe(true);
          // A single changed digit changes the weighted sum by weight·delta, which 11 (a prime) never divides.
          const digits = bsn.split('').map(Number);
          digits[position] = (digits[position]! + delta) % 10;
          expect(isValidBsn(digits.join(''))).toBe(false);
        },
      ),
    );
  });

  it('property: arbitrary strings never throw, and anything accepted is nine digits once canonical', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const ok = isValidBsn(s);
        if (ok) {
          expect(canonicalBsn(s)).toMatch(/^[0-9]{9}$/);
        }
      }),
    );
  });

  it('masks all but the last four digits', () => {
    expect(maskBsn('123456782')).toBe('•••••6782');
  });
});
