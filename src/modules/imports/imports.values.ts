/**
 * Reading one spreadsheet cell as a value: dates, numbers, yes/no and choices the way Dutch teams
 * type them in Excel ("3-2-2024", "24,5", "ja", "Psychisch kwetsbaar"). Each parser returns the value
 * or the code of what is wrong; the importer turns codes into a message per row and column.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string> };

export type ValueErrorCode =
  | 'date-format'
  | 'date-invalid'
  | 'number-format'
  | 'number-range'
  | 'boolean-format'
  | 'choice-unknown'
  | 'too-long'
  | 'email-format'
  | 'phone-format'
  | 'bsn-invalid'
  | 'occupation-format';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ValueErrorCode, params?: Record<string, string>): Parsed<T> =>
  params ? { ok: false, code, params } : { ok: false, code };

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) {
    return false;
  }
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date as `YYYY-MM-DD`. Accepts ISO (`2024-02-03`, also with a time part as spreadsheets store it)
 * and the Dutch day-month-year order with `-`, `/` or `.` (`3-2-2024`, `03/02/2024`). Two-digit years
 * are refused: "3-2-24" could be 1924 or 2024.
 */
export function parseDate(text: string): Parsed<string> {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2,4})$/.exec(s);
    if (!m) {
      return fail('date-format');
    }
    if (m[4]!.length !== 4) {
      return fail('date-format');
    }
    [d, mo, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  }
  if (!isRealDate(y, mo, d)) {
    return fail('date-invalid');
  }
  return ok(`${pad(y, 4)}-${pad(mo)}-${pad(d)}`);
}

/**
 * A decimal number written the Dutch way (`24,5`) or the English way (`24.5`). With both marks the
 * last one is the decimal mark and the other groups thousands (`1.234,5`, `1,234.5`); a lone mark
 * followed by exactly three digits after a number other than 0 is ambiguous (`1.234`) and refused.
 */
export function parseDecimal(text: string): Parsed<number> {
  const s = text.trim().replace(/\s/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) {
    return fail('number-format');
  }
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, frac, ...rest] = s.split(decimal);
    if (rest.length > 0 || frac === undefined || frac.includes(group)) {
      return fail('number-format');
    }
    const groups = intPart!.replace(/^[+-]/, '').split(group);
    if (groups[0] === '' || groups.slice(1).some((g) => g.length !== 3) || groups[0]!.length > 3) {
      return fail('number-format');
    }
    normal = `${intPart!.replace(new RegExp(`\\${group}`, 'g'), '')}.${frac}`;
  } else {
    const mark = lastDot !== -1 ? '.' : lastComma !== -1 ? ',' : null;
    if (mark === null) {
      normal = s;
    } else {
      const parts = s.split(mark);
      if (parts.length !== 2 || parts[1] === '' || parts[0]!.replace(/^[+-]/, '') === '') {
        return fail('number-format');
      }
      const whole = parts[0]!.replace(/^[+-]/, '');
      if (parts[1]!.length === 3 && whole !== '0') {
        // "1.234" is a thousand two hundred and thirty-four in Dutch, one point two three four in English.
        return fail('number-format');
      }
      normal = `${parts[0]}.${parts[1]}`;
    }
  }
  const value = Number(normal);
  return Number.isFinite(value) ? ok(value) : fail('number-format');
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x', 'wel']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', 'niet']);

/** Yes or no: ja/nee, j/n, yes/no, 1/0, waar/onwaar, and a cross (x) for yes. */
export function parseBoolean(text: string): Parsed<boolean> {
  const s = text.trim().toLowerCase();
  if (YES.has(s)) {
    return ok(true);
  }
  if (NO.has(s)) {
    return ok(false);
  }
  return fail('boolean-format');
}

const normalised = new Map<string, string>();

/** Text compared without case, accents, punctuation or extra spaces: "Psychisch-kwetsbaar " = "psychisch kwetsbaar". */
export function normaliseLabel(text: string): string {
  // Spreadsheet columns repeat the same few words (gemeenten, choices): remembered, within bounds.
  const known = normalised.get(text);
  if (known !== undefined) {
    return known;
  }
  const result = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (normalised.size >= 10_000) {
    normalised.clear();
  }
  normalised.set(text, result);
  return result;
}

/** The words a choice may be written as: its code and its labels. */
export interface Choice<C extends string> {
  code: C;
  labels: readonly string[];
}

/** Builds a look-up from normalised words to codes. */
export function choiceIndex<C extends string>(choices: readonly Choice<C>[]): Map<string, C> {
  const index = new Map<string, C>();
  for (const c of choices) {
    for (const word of [c.code, ...c.labels]) {
      index.set(normaliseLabel(word), c.code);
    }
  }
  return index;
}

/** One choice by its code or any of its labels. */
export function parseChoice<C extends string>(text: string, index: ReadonlyMap<string, C>): Parsed<C> {
  const code = index.get(normaliseLabel(text));
  return code === undefined ? fail('choice-unknown', { value: text.trim() }) : ok(code);
}

/** Several choices in one cell, separated by `,`, `;`, `|`, `/` or a line break; each only once. */
export function parseChoices<C extends string>(text: string, index: ReadonlyMap<string, C>): Parsed<C[]> {
  const parts = text
    .split(/[,;|/\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const codes: C[] = [];
  for (const part of parts) {
    const code = index.get(normaliseLabel(part));
    if (code === undefined) {
      return fail('choice-unknown', { value: part });
    }
    if (!codes.includes(code)) {
      codes.push(code);
    }
  }
  return ok(codes);
}

/** A plain e-mail address check (the address is verified by sending mail to it, not by a pattern). */
export function parseEmail(text: string): Parsed<string> {
  const s = text.trim();
  return s.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? ok(s) : fail('email-format');
}

/** A phone number: digits with spaces, dashes, dots, brackets and a leading +; 10 to 15 digits. Excel drops a leading 0 ("612345678"): it is put back. */
export function parsePhone(text: string): Parsed<string> {
  const s = text.trim();
  if (!/^\+?[\d\s\-.()]{6,30}$/.test(s)) {
    return fail('phone-format');
  }
  const digits = s.replace(/\D/g, '');
  if (/^[1-9]\d{8}$/.test(digits) && !s.startsWith('+')) {
    return ok(`0${s}`);
  }
  return digits.length >= 10 && digits.length <= 15 ? ok(s) : fail('phone-format');
}
