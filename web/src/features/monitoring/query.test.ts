import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api';
import { pointerErrors, pointerKey, parseNumber } from './forms';
import {
  EMPTY_FILTERS,
  indicatorApiQuery,
  ipsApiQuery,
  isIsoDate,
  readFilters,
  todayInNl,
  writeFilters,
  type DashboardFilters,
} from './query';

const PROGRAMME = '0b5c6a1e-3c1f-4b53-9a57-2c2f7d6f1a11';
const INITIATIVE = '8d3f0e2a-6a1b-4c7e-8f3d-1e2a3b4c5d6e';

describe('dashboard filters in the address bar', () => {
  it('turn into a Dutch query string and back into the same filters', () => {
    const f: DashboardFilters = {
      from: '2026-01-01',
      to: '2026-06-30',
      programmeId: PROGRAMME,
      initiativeId: INITIATIVE,
      approachCode: 'ips',
      regionCode: 'AM13',
      targetGroup: 'psychologicalVulnerability',
      by: 'municipality',
    };
    const qs = writeFilters(f).toString();
    expect(qs).toBe(
      `van=2026-01-01&tot=2026-06-30&programma=${PROGRAMME}&initiatief=${INITIATIVE}&aanpak=ips&regio=AM13&doelgroep=psychologicalVulnerability&per=gemeente`,
    );
    expect(readFilters(new URLSearchParams(qs))).toEqual(f);
  });

  it('leave out what is not set: no filters is an empty query string (the total is the default)', () => {
    expect(writeFilters(EMPTY_FILTERS).toString()).toBe('');
    expect(readFilters(new URLSearchParams(''))).toEqual(EMPTY_FILTERS);
  });

  it('drop values that are not valid instead of sending them on', () => {
    const f = readFilters(
      new URLSearchParams(
        'van=2026-02-30&tot=gisteren&regio=Utrecht&doelgroep=iedereen&aanpak=IPS!&per=land&programma=12',
      ),
    );
    expect(f).toEqual(EMPTY_FILTERS);
  });

  it('drop the initiative and the breakdown per initiative without a programme', () => {
    const f = readFilters(new URLSearchParams(`initiatief=${INITIATIVE}&per=initiatief`));
    expect(f.initiativeId).toBe('');
    expect(f.by).toBe('none');
    const withProgramme = readFilters(new URLSearchParams(`programma=${PROGRAMME}&per=initiatief`));
    expect(withProgramme.by).toBe('initiative');
  });

  it('become the API query of the indicators, with the breakdown always said', () => {
    const f = readFilters(new URLSearchParams(`van=2026-01-01&regio=AM13&per=doelgroep`));
    expect(indicatorApiQuery(f).toString()).toBe('from=2026-01-01&by=targetGroup&regionCode=AM13');
    expect(indicatorApiQuery(EMPTY_FILTERS).toString()).toBe('by=none');
  });

  it('become the IPS query: the year the period ends in (or this year), without the approach', () => {
    const f = readFilters(new URLSearchParams(`tot=2025-12-31&aanpak=ips&programma=${PROGRAMME}`));
    expect(ipsApiQuery(f, '2026-12-02').toString()).toBe(`year=2025&programmeId=${PROGRAMME}`);
    expect(ipsApiQuery(EMPTY_FILTERS, '2026-12-02').toString()).toBe('year=2026');
  });
});

describe('helpers', () => {
  it('knows a real calendar date', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
  });
  it("takes today's date in the Netherlands, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1).
    expect(todayInNl(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
  it('puts each field error of the API at its own field, and a list error at the list', () => {
    const problem = new ApiProblem(400, 'invalid-input', 'Ongeldige invoer', '2 velden', [
      { in: 'body', location: { pointer: '/parties/1/name' }, code: 'required', detail: 'Vul de naam in.' },
      { in: 'body', location: { pointer: '/scores/caseloadSize' }, code: 'score-missing', detail: 'Geef een score.' },
      { in: 'body', location: { pointer: '/approachCodes/2' }, code: 'unknown', detail: 'Onbekende aanpak.' },
    ]);
    expect(pointerKey('/parties/1/name')).toBe('parties-1-name');
    expect(pointerErrors(problem, ['approachCodes'])).toEqual({
      'parties-1-name': 'Vul de naam in.',
      'scores-caseloadSize': 'Geef een score.',
      approachCodes: 'Onbekende aanpak.',
    });
    expect(pointerErrors(new Error('x'))).toEqual({});
  });
  it('reads numbers as people type them', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber(' ')).toBeUndefined();
    expect(parseNumber('twaalf')).toBeNaN();
  });
});
