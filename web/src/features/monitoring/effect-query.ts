/**
 * The effect evaluation's question lives in the address bar, like the dashboard's filters (query.ts): Dutch
 * keys (`?uitkomst=werkBinnen&maanden=12&van=…&aanpakA=ips&aanpakB=jobcoaching`), the API's keys towards
 * the server. Reading is forgiving: what is not valid is left out; without both dates there is no question.
 */
import { isIsoDate } from './query';
import { TARGET_GROUPS } from './types';

export const OUTCOMES = ['jobWithin', 'timeToFirstJob', 'jobTenure'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface CohortFilters {
  programmeId: string;
  approachCode: string;
  regionCode: string;
  targetGroup: string;
}

export interface EffectForm {
  outcome: Outcome;
  months: string;
  from: string;
  to: string;
  /** A before/after design: group B has its own period. */
  beforeAfter: boolean;
  fromB: string;
  toB: string;
  a: CohortFilters;
  b: CohortFilters;
}

const EMPTY_COHORT: CohortFilters = { programmeId: '', approachCode: '', regionCode: '', targetGroup: '' };

export const EMPTY_EFFECT_FORM: EffectForm = {
  outcome: 'jobWithin',
  months: '12',
  from: '',
  to: '',
  beforeAfter: false,
  fromB: '',
  toB: '',
  a: EMPTY_COHORT,
  b: EMPTY_COHORT,
};

const OUTCOME_WORDS: Record<Outcome, string> = {
  jobWithin: 'werkBinnen',
  timeToFirstJob: 'tijdTotWerk',
  jobTenure: 'duurWerk',
};
const COHORT_KEYS: Record<keyof CohortFilters, string> = {
  programmeId: 'programma',
  approachCode: 'aanpak',
  regionCode: 'regio',
  targetGroup: 'doelgroep',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHECKS: Record<keyof CohortFilters, (v: string) => boolean> = {
  programmeId: (v) => UUID.test(v),
  approachCode: (v) => /^[a-z][a-zA-Z0-9]{1,39}$/.test(v),
  regionCode: (v) => /^AM[0-9]{2}$/.test(v),
  targetGroup: (v) => (TARGET_GROUPS as readonly string[]).includes(v),
};

function readCohort(params: URLSearchParams, suffix: 'A' | 'B'): CohortFilters {
  const out = { ...EMPTY_COHORT };
  for (const key of Object.keys(COHORT_KEYS) as (keyof CohortFilters)[]) {
    const raw = params.get(`${COHORT_KEYS[key]}${suffix}`)?.trim() ?? '';
    if (raw && CHECKS[key](raw)) {
      out[key] = raw;
    }
  }
  return out;
}

export function readEffectForm(params: URLSearchParams): EffectForm {
  const outcome = OUTCOMES.find((o) => OUTCOME_WORDS[o] === params.get('uitkomst')) ?? 'jobWithin';
  const months = params.get('maanden') ?? '';
  const date = (key: string) => {
    const v = params.get(key)?.trim() ?? '';
    return isIsoDate(v) ? v : '';
  };
  const fromB = date('vanB');
  const toB = date('totB');
  return {
    outcome,
    months: /^\d{1,2}$/.test(months) && Number(months) >= 1 && Number(months) <= 36 ? String(Number(months)) : '12',
    from: date('van'),
    to: date('tot'),
    beforeAfter: Boolean(fromB && toB),
    fromB,
    toB,
    a: readCohort(params, 'A'),
    b: readCohort(params, 'B'),
  };
}

export function writeEffectForm(f: EffectForm): URLSearchParams {
  const out = new URLSearchParams({ uitkomst: OUTCOME_WORDS[f.outcome] });
  if (f.outcome === 'jobWithin' && f.months && f.months !== '12') {
    out.set('maanden', f.months);
  }
  if (f.from) {
    out.set('van', f.from);
  }
  if (f.to) {
    out.set('tot', f.to);
  }
  if (f.beforeAfter && f.fromB && f.toB) {
    out.set('vanB', f.fromB);
    out.set('totB', f.toB);
  }
  for (const [suffix, cohort] of [
    ['A', f.a],
    ['B', f.b],
  ] as const) {
    for (const key of Object.keys(COHORT_KEYS) as (keyof CohortFilters)[]) {
      if (cohort[key]) {
        out.set(`${COHORT_KEYS[key]}${suffix}`, cohort[key]);
      }
    }
  }
  return out;
}

/** The API query, or null while the question is not complete (both dates of period A are needed). */
export function effectApiQuery(f: EffectForm): URLSearchParams | null {
  if (!f.from || !f.to) {
    return null;
  }
  const out = new URLSearchParams({ outcome: f.outcome, from: f.from, to: f.to });
  if (f.outcome === 'jobWithin') {
    out.set('months', f.months || '12');
  }
  if (f.beforeAfter && f.fromB && f.toB) {
    out.set('fromB', f.fromB);
    out.set('toB', f.toB);
  }
  for (const [suffix, cohort] of [
    ['A', f.a],
    ['B', f.b],
  ] as const) {
    for (const key of Object.keys(COHORT_KEYS) as (keyof CohortFilters)[]) {
      if (cohort[key]) {
        out.set(`${key}${suffix}`, cohort[key]);
      }
    }
  }
  return out;
}
