import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkStatusChange,
  isoWeekOf,
  normaliseKvk,
  normalisePostcode,
  parseIsoWeek,
  sbiSection,
  weekSignal,
} from './employers.rules.js';

describe('KvK number (format only: no public check digit)', () => {
  it('accepts 8 digits, also written with spaces or dots', () => {
    expect(normaliseKvk('30123456')).toBe('30123456');
    expect(normaliseKvk('3012 3456')).toBe('30123456');
    expect(normaliseKvk('30.12.34.56')).toBe('30123456');
    // Any 8 digits: there is no check digit to fail.
    expect(normaliseKvk('00000001')).toBe('00000001');
  });
  it('refuses 7 or 9 digits, letters and a 12-digit vestigingsnummer', () => {
    expect(normaliseKvk('3012345')).toBeNull();
    expect(normaliseKvk('301234567')).toBeNull();
    expect(normaliseKvk('3012345A')).toBeNull();
    expect(normaliseKvk('000012345678')).toBeNull();
    expect(normaliseKvk('')).toBeNull();
  });
});

describe('SBI code', () => {
  it('finds the SBI 2008 section of a code of 2 to 5 digits', () => {
    expect(sbiSection('8710')?.section).toBe('Q'); // verpleeghuizen
    expect(sbiSection('56101')?.nl).toBe('Horeca'); // restaurants
    expect(sbiSection('52')?.section).toBe('H');
    expect(sbiSection('8121')?.section).toBe('N'); // schoonmaak
    expect(sbiSection('6201')?.section).toBe('J');
  });
  it('has no section for a division SBI 2008 does not use, or a bad format', () => {
    expect(sbiSection('04')).toBeNull();
    expect(sbiSection('1')).toBeNull();
    expect(sbiSection('123456')).toBeNull();
  });
});

describe('postcode', () => {
  it('normalises "3511 ab" to "3511AB" and refuses what is not a postcode', () => {
    expect(normalisePostcode('3511 ab')).toBe('3511AB');
    expect(normalisePostcode('0511AB')).toBeNull();
    expect(normalisePostcode('351AB')).toBeNull();
    expect(normalisePostcode('3511 A')).toBeNull();
  });
});

describe('ISO weeks', () => {
  it('numbers weeks as ISO 8601 (Monday first, week 1 holds the first Thursday)', () => {
    expect(isoWeekOf('2026-12-02')).toEqual({ week: '2026-W49', from: '2026-11-30', to: '2026-12-06' });
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    expect(isoWeekOf('2027-01-01')).toEqual({ week: '2026-W53', from: '2026-12-28', to: '2027-01-03' });
    // 29 December 2025 is a Monday in week 1 of 2026.
    expect(isoWeekOf('2025-12-29').week).toBe('2026-W01');
    expect(isoWeekOf('2026-01-04').week).toBe('2026-W01');
    expect(isoWeekOf('2026-01-05').week).toBe('2026-W02');
  });
  it('parses "2026-W49" and refuses weeks that do not exist', () => {
    expect(parseIsoWeek('2026-W49')).toEqual({ week: '2026-W49', from: '2026-11-30', to: '2026-12-06' });
    expect(parseIsoWeek('2026-W53')?.from).toBe('2026-12-28');
    expect(parseIsoWeek('2025-W53')).toBeNull(); // 2025 has 52 weeks
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('2026-49')).toBeNull();
  });
  it('adds days across a year end', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('IPS week signal: six employer contacts a week', () => {
  const week = isoWeekOf('2026-12-02'); // Mon 30 Nov … Sun 6 Dec
  it('counts face-to-face contacts against the norm; phone calls only in the total', () => {
    const s = weekSignal(week, { faceToFace: 6, total: 9 }, '2026-12-03');
    expect(s).toMatchObject({ norm: 6, faceToFace: 6, total: 9, status: 'met' });
  });
  it('on Wednesday (2 working days done) expects ⌈6 × 2 ÷ 5⌉ = 3: on track with 3, behind with 2', () => {
    expect(weekSignal(week, { faceToFace: 2, total: 2 }, '2026-12-02')).toMatchObject({
      expectedSoFar: 3,
      status: 'behind',
    });
    expect(weekSignal(week, { faceToFace: 3, total: 5 }, '2026-12-02')).toMatchObject({
      expectedSoFar: 3,
      status: 'onTrack',
    });
  });
  it('expects nothing yet on Monday and all six from Saturday', () => {
    expect(weekSignal(week, { faceToFace: 0, total: 0 }, '2026-11-30')).toMatchObject({
      expectedSoFar: 0,
      status: 'onTrack',
    });
    expect(weekSignal(week, { faceToFace: 5, total: 5 }, '2026-12-05')).toMatchObject({
      expectedSoFar: 6,
      status: 'behind',
    });
  });
  it('a past week is met or behind, never on track', () => {
    const past = isoWeekOf('2026-11-18');
    expect(weekSignal(past, { faceToFace: 5, total: 12 }, '2026-12-02').status).toBe('behind');
    expect(weekSignal(past, { faceToFace: 7, total: 7 }, '2026-12-02').status).toBe('met');
  });
});

describe('vacancy status changes', () => {
  const open = { status: 'open' as const, openedOn: '2026-10-01', closedOn: null };
  it('an open vacancy is filled or withdrawn, not before it opened', () => {
    expect(checkStatusChange(open, 'filled', '2026-11-01')).toBeNull();
    expect(checkStatusChange(open, 'withdrawn', '2026-10-01')).toBeNull();
    expect(checkStatusChange(open, 'filled', '2026-09-30')).toBe('before-opened');
    expect(checkStatusChange(open, 'open', '2026-11-01')).toBe('same-status');
  });
  it('filled and withdrawn go back to open first, not to each other', () => {
    const filled = { status: 'filled' as const, openedOn: '2026-10-01', closedOn: '2026-11-01' };
    expect(checkStatusChange(filled, 'withdrawn', '2026-11-02')).toBe('not-open');
    expect(checkStatusChange(filled, 'open', '2026-11-02')).toBeNull();
    expect(checkStatusChange(filled, 'open', '2026-10-15')).toBe('before-closed');
  });
});
