/**
 * The dashboard's filters live in the URL (shareable, and the back button works): Dutch query keys in the
 * address bar (`?van=2026-01-01&regio=AM13&per=gemeente`), the API's camelCase keys towards the server.
 * Reading is forgiving: a value that is not valid is left out, never sent on to the API.
 */
import { DIMENSIONS, TARGET_GROUPS, type Dimension } from './types';

export interface DashboardFilters {
  from: string;
  to: string;
  programmeId: string;
  initiativeId: string;
  approachCode: string;
  regionCode: string;
  targetGroup: string;
  by: Dimension;
}

export const EMPTY_FILTERS: DashboardFilters = {
  from: '',
  to: '',
  programmeId: '',
  initiativeId: '',
  approachCode: '',
  regionCode: '',
  targetGroup: '',
  by: 'none',
};

/** Address-bar key of each filter (Dutch, as the rest of the app's paths). */
const URL_KEYS: Record<keyof DashboardFilters, string> = {
  from: 'van',
  to: 'tot',
  programmeId: 'programma',
  initiativeId: 'initiatief',
  approachCode: 'aanpak',
  regionCode: 'regio',
  targetGroup: 'doelgroep',
  by: 'per',
};

/** Address-bar value of each breakdown. */
const BY_WORDS: Record<Dimension, string> = {
  none: 'totaal',
  approach: 'aanpak',
  organisation: 'organisatie',
  region: 'regio',
  municipality: 'gemeente',
  targetGroup: 'doelgroep',
  initiative: 'initiatief',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const APPROACH = /^[a-z][a-zA-Z0-9]{1,39}$/;
const REGION = /^AM[0-9]{2}$/;

/** Whether `s` is a real calendar date written as yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    return false;
  }
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function valid(key: keyof DashboardFilters, value: string): boolean {
  switch (key) {
    case 'from':
    case 'to':
      return isIsoDate(value);
    case 'programmeId':
    case 'initiativeId':
      return UUID.test(value);
    case 'approachCode':
      return APPROACH.test(value);
    case 'regionCode':
      return REGION.test(value);
    case 'targetGroup':
      return (TARGET_GROUPS as readonly string[]).includes(value);
    case 'by':
      return true;
  }
}

/** The filters in an address bar's query string; invalid or unknown values are dropped. */
export function readFilters(params: URLSearchParams): DashboardFilters {
  const out: DashboardFilters = { ...EMPTY_FILTERS };
  for (const key of Object.keys(URL_KEYS) as (keyof DashboardFilters)[]) {
    const raw = params.get(URL_KEYS[key])?.trim() ?? '';
    if (key === 'by') {
      const by = DIMENSIONS.find((d) => BY_WORDS[d] === raw);
      out.by = by ?? 'none';
    } else if (raw && valid(key, raw)) {
      out[key] = raw;
    }
  }
  // An initiative belongs to a programme: without the programme both the filter and the breakdown go.
  if (!out.programmeId) {
    out.initiativeId = '';
    if (out.by === 'initiative') {
      out.by = 'none';
    }
  }
  return out;
}

/** The address-bar query string for these filters: only what is set (the breakdown "total" is the default). */
export function writeFilters(f: DashboardFilters): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of Object.keys(URL_KEYS) as (keyof DashboardFilters)[]) {
    if (key === 'by') {
      if (f.by !== 'none') {
        out.set(URL_KEYS.by, BY_WORDS[f.by]);
      }
    } else if (f[key]) {
      out.set(URL_KEYS[key], f[key]);
    }
  }
  return out;
}

const FILTER_KEYS = ['programmeId', 'initiativeId', 'approachCode', 'regionCode', 'targetGroup'] as const;

/** The query for `GET /monitoring/indicators`. */
export function indicatorApiQuery(f: DashboardFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (f.from) {
    out.set('from', f.from);
  }
  if (f.to) {
    out.set('to', f.to);
  }
  out.set('by', f.by);
  for (const key of FILTER_KEYS) {
    if (f[key]) {
      out.set(key, f[key]);
    }
  }
  return out;
}

/**
 * The query for `GET /monitoring/ips-employment-rate`: the quarters of the year the period ends in (this
 * year without an end date). The approach is not sent: the API counts IPS trajectories only.
 */
export function ipsApiQuery(f: DashboardFilters, today: string): URLSearchParams {
  const out = new URLSearchParams({ year: (f.to || today).slice(0, 4) });
  for (const key of FILTER_KEYS) {
    if (key !== 'approachCode' && f[key]) {
      out.set(key, f[key]);
    }
  }
  return out;
}

/** Today's date in the Netherlands (yyyy-mm-dd): the date a user sees on the wall calendar. */
export function todayInNl(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
