import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choiceIndex,
  parseBoolean,
  parseChoice,
  parseChoices,
  parseDate,
  parseDecimal,
  parsePhone,
  type Parsed,
} from './imports.values.js';
import { latestBirthDate } from './imports.fields.js';
import { yearsBetween } from '../../shared/dates.js';

const value = <T>(p: Parsed<T>): T | string => (p.ok ? p.value : `!${p.code}`);

const dates = fc
  .record({
    y: fc.integer({ min: 1900, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate());

describe('parseDate', () => {
  it('reads every real date in each way Dutch spreadsheets write it (property)', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom('-', '/', '.'), fc.boolean(), ({ y, m, d }, sep, padded) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const p = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
        expect(value(parseDate(iso))).toBe(iso);
        expect(value(parseDate(`${iso}T00:00`))).toBe(iso);
        expect(value(parseDate(`${p(d)}${sep}${p(m)}${sep}${y}`))).toBe(iso);
        expect(value(parseDate(` ${p(d)}${sep}${p(m)}${sep}${y} `))).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it('never accepts a day that does not exist in its month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(value(parseDate(`${last + 1}-${m}-${y}`))).toBe('!date-invalid');
        expect(value(parseDate(`${last}-${m}-${y}`))).not.toMatch(/^!/);
      }),
    );
  });

  it('knows leap years and refuses two-digit years, month names and mixed separators', () => {
    expect(value(parseDate('29-2-2024'))).toBe('2024-02-29');
    expect(value(parseDate('29-2-2023'))).toBe('!date-invalid');
    expect(value(parseDate('29-2-1900'))).toBe('!date-invalid');
    expect(value(parseDate('3-2-24'))).toBe('!date-format');
    expect(value(parseDate('3 februari 2024'))).toBe('!date-format');
    expect(value(parseDate('3-2/2024'))).toBe('!date-format');
    expect(value(parseDate('2024-13-01'))).toBe('!date-invalid');
    expect(value(parseDate(''))).toBe('!date-format');
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof parseDate(s).ok).toBe('boolean');
      }),
    );
  });
});

describe('parseDecimal', () => {
  const amounts = fc.integer({ min: -99999, max: 99999 }).map((n) => n / 100);

  it('reads numbers written the Dutch and the English way (property)', () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const nl = n.toLocaleString('nl-NL', { useGrouping: false, maximumFractionDigits: 2 });
        const en = n.toLocaleString('en-GB', { useGrouping: false, maximumFractionDigits: 2 });
        expect(value(parseDecimal(nl))).toBeCloseTo(n, 10);
        expect(value(parseDecimal(en))).toBeCloseTo(n, 10);
        // With thousands grouped, and a decimal part so that the marks are unambiguous.
        const nlGrouped = n.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
        const enGrouped = n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
        expect(value(parseDecimal(nlGrouped))).toBeCloseTo(n, 10);
        expect(value(parseDecimal(enGrouped))).toBeCloseTo(n, 10);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what could mean two things or is not a number', () => {
    expect(value(parseDecimal('24,5'))).toBe(24.5);
    expect(value(parseDecimal(' 32 '))).toBe(32);
    expect(value(parseDecimal('0,125'))).toBe(0.125);
    expect(value(parseDecimal('1.234'))).toBe('!number-format');
    expect(value(parseDecimal('1,234'))).toBe('!number-format');
    expect(value(parseDecimal('1.2.3'))).toBe('!number-format');
    expect(value(parseDecimal('12.34,5'))).toBe('!number-format');
    expect(value(parseDecimal('24 uur'))).toBe('!number-format');
    expect(value(parseDecimal(','))).toBe('!number-format');
    expect(value(parseDecimal(''))).toBe('!number-format');
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '0', ',', '.', '-', '+', ' ', 'a') }), (s) => {
        expect(typeof parseDecimal(s).ok).toBe('boolean');
      }),
    );
  });
});

describe('yes/no, choices and phone numbers', () => {
  it('reads yes and no in Dutch and English', () => {
    expect(['ja', 'Ja', 'J', 'x', 'yes', '1', 'WAAR'].map((s) => value(parseBoolean(s)))).toEqual(Array(7).fill(true));
    expect(['nee', 'N', 'no', '0', 'onwaar'].map((s) => value(parseBoolean(s)))).toEqual(Array(5).fill(false));
    expect(value(parseBoolean('misschien'))).toBe('!boolean-format');
  });

  const index = choiceIndex([
    { code: 'psychologicalVulnerability', labels: ['Psychisch kwetsbaar', 'Psychological vulnerability'] },
    { code: 'statusHolder', labels: ['Statushouder'] },
  ]);

  it('matches a choice by code or label regardless of case, accents and punctuation', () => {
    expect(value(parseChoice('psychisch-kwetsbaar', index))).toBe('psychologicalVulnerability');
    expect(value(parseChoice('  STATUSHOUDER ', index))).toBe('statusHolder');
    expect(value(parseChoice('statushouder', index))).toBe('statusHolder');
    expect(value(parseChoice('Psychological vulnerability', index))).toBe('psychologicalVulnerability');
    expect(parseChoice('Statushoudr', index)).toEqual({
      ok: false,
      code: 'choice-unknown',
      params: { value: 'Statushoudr' },
    });
  });

  it('reads several choices in one cell, each once, and names the one it does not know', () => {
    expect(value(parseChoices('Statushouder; psychisch kwetsbaar, statusHolder', index))).toEqual([
      'statusHolder',
      'psychologicalVulnerability',
    ]);
    expect(value(parseChoices('', index))).toEqual([]);
    expect(parseChoices('statushouder / onbekend', index)).toEqual({
      ok: false,
      code: 'choice-unknown',
      params: { value: 'onbekend' },
    });
  });

  it('puts back the leading 0 Excel drops from a mobile number', () => {
    expect(value(parsePhone('612345678'))).toBe('0612345678');
    expect(value(parsePhone('06-12345678'))).toBe('06-12345678');
    expect(value(parsePhone('+31 6 12345678'))).toBe('+31 6 12345678');
    expect(value(parsePhone('12345'))).toBe('!phone-format');
    expect(value(parsePhone('bel mij'))).toBe('!phone-format');
  });
});

describe('the age check of a date of birth', () => {
  const isoDate = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  it('compares with the last date of birth exactly as counting the years does (leap days included)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: 0, max: 120 }), (dob, today, years) => {
        expect(dob > latestBirthDate(today, years)).toBe(yearsBetween(dob, today) < years);
      }),
      { numRuns: 2000 },
    );
    expect(dob29(latestBirthDate('2026-02-28', 14))).toBe(true);
  });
});

function dob29(bound: string): boolean {
  // Born on 29 February 2012: 14 only on 1 March 2026, so still too young on 28 February.
  return '2012-02-29' > bound;
}
