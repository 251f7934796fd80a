/** Rules of the monitoring service layer that need no database: publishing, periods, quarters, approach scope. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hiddenCell, publishBreakdown, publishRate } from './monitoring.publish.js';
import { periodOf, quartersOf } from './monitoring.indicators.service.js';
import { approachScope } from './monitoring.programmes.service.js';
import type { AppError } from '../../platform/errors/app-error.js';

const s = { threshold: 10, showZeros: true };
const shown = (value: number) => ({ value, display: String(value), suppressed: false, status: 'shown' as const });

describe('publishing a breakdown', () => {
  it('hides a small row and a complement, and keeps the total (reach 37 and 3 of 40)', () => {
    const { cells, total } = publishBreakdown([37, 3], 40, s);
    expect(cells.map((c) => c.display)).toEqual(['x', '< 10']);
    expect(total).toEqual(shown(40));
  });

  it('the total is the number of distinct people, even when rows overlap (25 + 16 > 40)', () => {
    const { cells, total } = publishBreakdown([25, 16], 40, s);
    expect(cells).toEqual([shown(25), shown(16)]);
    expect(total).toEqual(shown(40));
  });

  it('a small distinct total is "< 10" even when the rows add up to more', () => {
    expect(publishBreakdown([6, 6], 8, s).total.display).toBe('< 10');
  });

  it('true zeros are shown, unless the programme hides them', () => {
    expect(publishBreakdown([0, 12], 12, s).cells[0]).toEqual(shown(0));
    expect(publishBreakdown([0, 12], 12, { threshold: 10, showZeros: false }).cells[0]!.display).toBe('< 10');
  });

  it('a figure hidden as a whole: "< 10" for small counts, "x" for others, 0 stays 0', () => {
    expect(publishBreakdown([37, 3, 0], 40, s, true).cells.map((c) => c.display)).toEqual(['x', '< 10', '0']);
    expect(hiddenCell(40, s)).toEqual({ value: null, display: 'x', suppressed: true, status: 'secondary' });
  });

  it('property: no shown count lies between 1 and the threshold, and a single hidden row is never alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }), (values) => {
        const total = values.reduce((a, b) => a + b, 0);
        const { cells, total: t } = publishBreakdown(values, total, s);
        for (const c of [...cells, t]) {
          if (c.status === 'shown') {
            expect(c.value === 0 || c.value! >= 10).toBe(true);
          }
        }
        if (t.status === 'shown') {
          expect(cells.filter((c) => c.suppressed).length).not.toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('IPS employment rate', () => {
  it('11 of 25 worked → 44 %; 12 of 25 → 48 %', () => {
    expect(publishRate(shown(25), 25, 11, s)).toEqual({ worked: shown(11), rate: 44 });
    expect(publishRate(shown(25), 25, 12, s).rate).toBe(48);
  });

  it('no percentage when few worked, or few did not work (the 1 who did not work in 20 is protected)', () => {
    expect(publishRate(shown(25), 25, 5, s)).toEqual({
      worked: { value: null, display: '< 10', suppressed: true, status: 'primary' },
      rate: null,
    });
    const almostAll = publishRate(shown(20), 20, 19, s);
    expect(almostAll.rate).toBeNull();
    expect(almostAll.worked.display).toBe('x');
  });

  it('a hidden caseload hides the number who worked too', () => {
    const hidden = { value: null, display: 'x', suppressed: true, status: 'secondary' as const };
    expect(publishRate(hidden, 37, 20, s)).toEqual({ worked: hiddenCell(20, s), rate: null });
  });
});

describe('periods and quarters', () => {
  it('defaults to 1 January of the end year until today, and never counts past today', () => {
    expect(periodOf(undefined, undefined, '2026-08-22')).toEqual({
      from: '2026-01-01',
      to: '2026-08-22',
      requestedTo: '2026-08-22',
    });
    expect(periodOf('2026-01-01', '2026-12-31', '2026-08-22').to).toBe('2026-08-22');
  });

  it('refuses a start after the end and periods over 5 years, pointing at the query field', () => {
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as AppError).options.errors?.map((x) => [x.in, x.pointer, x.code]);
      }
      return null;
    };
    expect(problem(() => periodOf('2026-02-01', '2026-01-01', '2026-08-22'))).toEqual([
      ['query', '/from', 'from-after-to'],
    ]);
    expect(problem(() => periodOf('2020-01-01', '2026-01-01', '2026-08-22'))).toEqual([
      ['query', '/to', 'period-too-long'],
    ]);
  });

  it('quarters that have started, the current one up to today', () => {
    expect(quartersOf(2026, '2026-08-22')).toEqual([
      { quarter: 1, from: '2026-01-01', to: '2026-03-31', partial: false },
      { quarter: 2, from: '2026-04-01', to: '2026-06-30', partial: false },
      { quarter: 3, from: '2026-07-01', to: '2026-08-22', partial: true },
    ]);
    expect(quartersOf(2025, '2026-08-22')).toHaveLength(4);
    expect(quartersOf(2027, '2026-08-22')).toEqual([]);
  });
});

describe('approach scope', () => {
  it('national from 3 arbeidsmarktregio’s, regional below, not running without participants', () => {
    expect([0, 1, 2, 3, 35].map(approachScope)).toEqual(['notRunning', 'regional', 'regional', 'national', 'national']);
  });
});
