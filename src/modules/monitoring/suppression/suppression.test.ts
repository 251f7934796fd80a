import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  auditDisclosure,
  suppressCount,
  suppressList,
  suppressTable,
  type PublishedCell,
  type PublishedTable,
} from './suppression.js';

const shown = (t: PublishedTable): (string | number)[][] => [
  ...t.cells.map((r, i) => [
    ...r.map((c) => c.value ?? c.display),
    t.rowTotals?.[i]?.value ?? t.rowTotals?.[i]?.display ?? '',
  ]),
  [...(t.columnTotals ?? []).map((c) => c.value ?? c.display), t.grandTotal?.value ?? t.grandTotal?.display ?? ''],
];

describe('single counts', () => {
  it('a count below 10 is "< 10"; 10 and above are shown; a true 0 is shown by default', () => {
    expect(suppressCount(9)).toEqual({ value: null, status: 'primary', display: '< 10' });
    expect(suppressCount(1).display).toBe('< 10');
    expect(suppressCount(10)).toEqual({ value: 10, status: 'shown', display: '10' });
    expect(suppressCount(0)).toEqual({ value: 0, status: 'shown', display: '0' });
    expect(suppressCount(0, { showZeros: false }).display).toBe('< 10');
    expect(suppressCount(4, { threshold: 5 }).display).toBe('< 5');
    expect(suppressCount(5, { threshold: 5 }).display).toBe('5');
  });

  it('refuses negative or fractional counts and a threshold below 2', () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
    expect(() => suppressCount(3, { threshold: 1 })).toThrow(RangeError);
  });
});

describe('secondary suppression (worked examples, checked by hand)', () => {
  it('one small cell in a 3×3 table: the cheapest rectangle 3, 15, 18, 22 is hidden and 3 stays between 1 and 8', () => {
    //          A   B   C | total
    //   r1    20   3  15 |  38
    //   r2    12  25  30 |  67
    //   r3    14  18  22 |  54
    //   total 46  46  67 | 159
    const t = suppressTable([
      [20, 3, 15],
      [12, 25, 30],
      [14, 18, 22],
    ]);
    expect(shown(t)).toEqual([
      [20, '< 10', 'x', 38],
      [12, 25, 30, 67],
      [14, 'x', 'x', 54],
      [46, 46, 67, 159],
    ]);
    // Row 1: 3 + x = 18; column B: 3 + y = 21; x, y ≥ 10 because they are shown as "x", not "< 10".
    // So 3 ∈ [1, 8]: a reader learns it is below 9, not what it is.
    const audit = auditDisclosure(t);
    expect(audit.map((a) => [a.position, a.lower, a.upper])).toEqual([
      [{ kind: 'cell', row: 0, column: 1 }, 1, 8],
      [{ kind: 'cell', row: 0, column: 2 }, 10, 17],
      [{ kind: 'cell', row: 2, column: 1 }, 13, 20],
      [{ kind: 'cell', row: 2, column: 2 }, 20, 27],
    ]);
    expect(audit.every((a) => a.safe)).toBe(true);
  });

  it('hiding a rectangle is not always enough: in [[9, 10], [10, 10]] it would pin the 9 down, so more is hidden', () => {
    // With only the four inner cells hidden: a + b = 19, a + c = 19, c + d = 20, with b, c, d ≥ 10 →
    // d = 20 − c ≤ 10 forces c = 10 and a = 9. Subtraction in one line does not show this; the exact audit does.
    const t = suppressTable([
      [9, 10],
      [10, 10],
    ]);
    const audit = auditDisclosure(t);
    expect(audit.every((a) => a.safe)).toBe(true);
    expect(t.rowTotals!.some((c) => c.status === 'secondary')).toBe(true);
    const nine = audit.find((a) => a.position.kind === 'cell' && a.position.row === 0 && a.position.column === 0)!;
    expect(nine.upper - nine.lower).toBeGreaterThanOrEqual(1);
  });

  it('a list with a total: [25, 3, 40] of 68 hides 3 and, as its complement, 25 (the smallest other count)', () => {
    const r = suppressList([25, 3, 40]);
    expect(r.cells.map((c) => c.display)).toEqual(['x', '< 10', '40']);
    expect(r.total?.display).toBe('68');
    expect(suppressList([25, 3, 40], { total: false }).cells.map((c) => c.display)).toEqual(['25', '< 10', '40']);
  });

  it('a table without totals needs no secondary suppression', () => {
    const t = suppressTable(
      [
        [25, 3],
        [0, 40],
      ],
      { rowTotals: false, columnTotals: false },
    );
    expect(shown(t)).toEqual([[25, '< 10', ''], [0, 40, ''], ['']]);
  });

  it('zeros are shown and never used as a complement (a hidden 0 shown as "x" would claim ≥ 10)', () => {
    const t = suppressTable([
      [0, 12, 0],
      [30, 5, 0],
      [11, 0, 2],
    ]);
    for (const row of t.cells) {
      for (const c of row) {
        if (c.status === 'secondary') {
          expect(c.value).toBeNull();
        }
      }
    }
    expect(t.cells[0]!.map((c) => c.display)).toEqual(['0', '12', '0']);
    expect(auditDisclosure(t).every((a) => a.safe)).toBe(true);
  });

  it('a wider protection interval can be asked for: minInterval 5 keeps every hidden cell 5 or more apart', () => {
    const cells = [
      [20, 3, 15],
      [12, 25, 30],
      [14, 18, 22],
    ];
    const t = suppressTable(cells, { minInterval: 5 });
    for (const a of auditDisclosure(t, { minInterval: 5 })) {
      expect(a.upper - a.lower).toBeGreaterThanOrEqual(Math.min(5, a.aPrioriUpper - a.aPrioriLower));
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Attackers, written independently of the implementation.

type Grid = (number | null)[][];

/** The full published grid (inner cells, totals column, totals row) with null for hidden entries. */
function grid(t: PublishedTable): Grid {
  const v = (c: PublishedCell | undefined): number | null => (c ? c.value : null);
  const rows: Grid = t.cells.map((r, i) => [...r.map((c) => c.value), v(t.rowTotals?.[i])]);
  rows.push([...(t.columnTotals ?? []).map((c) => c.value), v(t.grandTotal ?? undefined)]);
  return rows;
}

/** Solves any row or column with exactly one unknown by subtraction, until nothing changes. */
function subtractionAttack(t: PublishedTable): Map<string, number> {
  const g = grid(t);
  const R = t.cells.length;
  const C = t.cells[0]!.length;
  const found = new Map<string, number>();
  const lines: [number, number][][] = [];
  if (t.rowTotals) {
    for (let i = 0; i < R + (t.columnTotals ? 1 : 0); i++) {
      lines.push([...Array.from({ length: C }, (_, j) => [i, j] as [number, number]), [i, C]]);
    }
  }
  if (t.columnTotals) {
    for (let j = 0; j < C + (t.rowTotals ? 1 : 0); j++) {
      lines.push([...Array.from({ length: R }, (_, i) => [i, j] as [number, number]), [R, j]]);
    }
  }
  let progress = true;
  while (progress) {
    progress = false;
    for (const line of lines) {
      const unknown = line.filter(([i, j]) => g[i]![j] === null);
      if (unknown.length === 1) {
        const [ui, uj] = unknown[0]!;
        const [ti, tj] = line[line.length - 1]!;
        const parts = line.slice(0, -1).reduce((s, [i, j]) => s + (g[i]![j] ?? 0), 0);
        const value = ui === ti && uj === tj ? parts : g[ti]![tj]! - parts;
        g[ui]![uj] = value;
        found.set(`${ui},${uj}`, value);
        progress = true;
      }
    }
  }
  return found;
}

/**
 * Brute force for a 2×2 or 2×3 table with all totals: every inner-cell assignment consistent with what is
 * published (shown values exactly; "< 10" as 1–9, "x" as 10–cap), collecting each hidden entry's values.
 */
function bruteForce(t: PublishedTable, cap: number): Map<string, Set<number>> {
  const R = t.cells.length;
  const C = t.cells[0]!.length;
  const g = grid(t);
  const status = (i: number, j: number): PublishedCell =>
    i < R && j < C ? t.cells[i]![j]! : i < R ? t.rowTotals![i]! : j < C ? t.columnTotals![j]! : t.grandTotal!;
  const fits = (c: PublishedCell, v: number): boolean =>
    c.status === 'shown' ? c.value === v : c.status === 'primary' ? v >= 1 && v < t.threshold : v >= t.threshold;
  const domain = (c: PublishedCell): number[] =>
    c.status === 'shown'
      ? [c.value!]
      : c.status === 'primary'
        ? Array.from({ length: t.threshold - 1 }, (_, k) => k + 1)
        : Array.from({ length: cap - t.threshold + 1 }, (_, k) => k + t.threshold);
  const seen = new Map<string, Set<number>>();
  const inner: number[][] = Array.from({ length: R }, () => new Array<number>(C).fill(0));
  const record = (): void => {
    const rowSums = inner.map((r) => r.reduce((s, v) => s + v, 0));
    const colSums = Array.from({ length: C }, (_, j) => inner.reduce((s, r) => s + r[j]!, 0));
    const grand = rowSums.reduce((s, v) => s + v, 0);
    const full = [...inner.map((r, i) => [...r, rowSums[i]!]), [...colSums, grand]];
    for (let i = 0; i <= R; i++) {
      for (let j = 0; j <= C; j++) {
        if (!fits(status(i, j), full[i]![j]!)) {
          return;
        }
      }
    }
    for (let i = 0; i <= R; i++) {
      for (let j = 0; j <= C; j++) {
        if (g[i]![j] === null) {
          const key = `${i},${j}`;
          if (!seen.has(key)) {
            seen.set(key, new Set());
          }
          seen.get(key)!.add(full[i]![j]!);
        }
      }
    }
  };
  const visit = (k: number): void => {
    if (k === R * C) {
      record();
      return;
    }
    const i = Math.floor(k / C);
    const j = k % C;
    for (const v of domain(status(i, j))) {
      inner[i]![j] = v;
      if (
        j === C - 1 &&
        !fits(
          status(i, C),
          inner[i]!.reduce((s, x) => s + x, 0),
        )
      ) {
        continue; // prune on the row total
      }
      visit(k + 1);
    }
  };
  visit(0);
  return seen;
}

describe('the attackers are real', () => {
  it('a table with primary suppression only is broken by subtraction, by brute force and by the audit', () => {
    const cell = (value: number | null): PublishedCell =>
      value === null
        ? { value, status: 'primary', display: '< 10' }
        : { value, status: 'shown', display: String(value) };
    // True table [[3, 12], [11, 14]]; only the 3 hidden.
    const weak: PublishedTable = {
      threshold: 10,
      showZeros: true,
      cells: [
        [cell(null), cell(12)],
        [cell(11), cell(14)],
      ],
      rowTotals: [cell(15), cell(25)],
      columnTotals: [cell(14), cell(26)],
      grandTotal: cell(40),
    };
    expect(subtractionAttack(weak).get('0,0')).toBe(3);
    expect([...bruteForce(weak, 16).get('0,0')!]).toEqual([3]);
    expect(auditDisclosure(weak)).toMatchObject([{ lower: 3, upper: 3, safe: false }]);
  });
});

describe('no suppressed count can be recovered (properties)', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 40 }));
  const table = (maxRows: number, maxCols: number) =>
    fc
      .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
      .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

  it('shown values are the true values, every count 1–9 is hidden, no line is solvable by subtraction, and the exact audit finds every hidden cell safe and its true value inside the interval', () => {
    fc.assert(
      fc.property(
        table(5, 5),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (cells, rowTotals, columnTotals, showZeros) => {
          const t = suppressTable(cells, { rowTotals, columnTotals, showZeros });
          const rowSums = cells.map((r) => r.reduce((s, v) => s + v, 0));
          const colSums = cells[0]!.map((_, j) => cells.reduce((s, r) => s + r[j]!, 0));
          const truth: number[][] = [
            ...cells.map((r, i) => [...r, rowSums[i]!]),
            [...colSums, rowSums.reduce((s, v) => s + v, 0)],
          ];
          const check = (c: PublishedCell, v: number): void => {
            if (c.status === 'shown') {
              expect(c.value).toBe(v);
              expect(v === 0 || v >= 10).toBe(true);
            } else {
              expect(c.value).toBeNull();
            }
            if ((v > 0 || !showZeros) && v < 10) {
              expect(c.status).toBe('primary');
            }
          };
          cells.forEach((r, i) => r.forEach((v, j) => check(t.cells[i]![j]!, v)));
          t.rowTotals?.forEach((c, i) => check(c, rowSums[i]!));
          t.columnTotals?.forEach((c, j) => check(c, colSums[j]!));
          if (t.grandTotal) {
            check(t.grandTotal, truth[cells.length]![cells[0]!.length]!);
          }
          expect(subtractionAttack(t).size).toBe(0);
          const R = cells.length;
          const C = cells[0]!.length;
          for (const a of auditDisclosure(t)) {
            expect(a.safe).toBe(true);
            const p = a.position;
            const v =
              p.kind === 'cell'
                ? truth[p.row]![p.column]!
                : p.kind === 'rowTotal'
                  ? truth[p.row]![C]!
                  : p.kind === 'columnTotal'
                    ? truth[R]![p.column]!
                    : truth[R]![C]!;
            expect(v).toBeGreaterThanOrEqual(a.lower);
            expect(v).toBeLessThanOrEqual(a.upper);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('brute force over every table consistent with the published 2×2 or 2×3 table: each hidden entry can take at least two values', () => {
    const small = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 14 }));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 3 })
          .chain((c) => fc.array(fc.array(small, { minLength: c, maxLength: c }), { minLength: 2, maxLength: 2 })),
        (cells) => {
          const t = suppressTable(cells);
          // Inner "x" cells are tried from 10 to 16: the true table is among the candidates (inner counts are
          // ≤ 14), and leaving out larger values can only make the attacker stronger.
          const seen = bruteForce(t, 16);
          const hidden = grid(t)
            .flat()
            .filter((v) => v === null).length;
          expect(seen.size).toBe(hidden);
          for (const values of seen.values()) {
            expect(values.size).toBeGreaterThanOrEqual(2);
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);
});

describe('the closed-form audit for separate relations', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 60 }));
  const cell = fc.oneof(
    count.map((v) => suppressCount(v)),
    fc.constant<PublishedCell>({ value: null, status: 'secondary', display: 'x' }),
  );

  it('a list or a one-row table: every hidden interval equals the linear program’s, also for hand-made patterns', () => {
    fc.assert(
      fc.property(
        fc.array(count, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (values, asRow, showZeros, minInterval) => {
          const t = asRow
            ? suppressTable([values], { rowTotals: true, columnTotals: false, showZeros, minInterval })
            : suppressTable(
                values.map((v) => [v]),
                { rowTotals: false, columnTotals: true, showZeros, minInterval },
              );
          const lp = auditDisclosure(t, { minInterval, method: 'linearProgram' });
          const closed = auditDisclosure(t, { minInterval });
          expect(closed).toEqual(lp);
          expect(closed.every((a) => a.safe)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    // Patterns the suppression would never publish (unsafe ones too) must be audited the same way.
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (row) => {
        const knownSum = row.reduce((s, c) => s + (c.value ?? 0), 0);
        const hiddenLow = row.reduce((s, c) => s + (c.status === 'primary' ? 1 : c.status === 'secondary' ? 10 : 0), 0);
        const t: PublishedTable = {
          threshold: 10,
          showZeros: true,
          cells: [row],
          rowTotals: [{ value: knownSum + hiddenLow + 3, status: 'shown', display: String(knownSum + hiddenLow + 3) }],
          columnTotals: null,
          grandTotal: null,
        };
        expect(auditDisclosure(t)).toEqual(auditDisclosure(t, { method: 'linearProgram' }));
      }),
      { numRuns: 150 },
    );
  });

  it('a breakdown over all 342 gemeenten: every small count hidden, the total protected, every hidden count safe', () => {
    const values = Array.from({ length: 342 }, (_, i) => (i * 7919) % 23);
    const list = suppressList(values);
    const table: PublishedTable = {
      threshold: 10,
      showZeros: true,
      cells: list.cells.map((c) => [c]),
      rowTotals: null,
      columnTotals: [list.total!],
      grandTotal: null,
    };
    const audit = auditDisclosure(table);
    expect(list.cells.filter((c, i) => values[i]! > 0 && values[i]! < 10).every((c) => c.status === 'primary')).toBe(
      true,
    );
    expect(audit.length).toBeGreaterThan(100);
    expect(audit.every((a) => a.safe)).toBe(true);
  });
});
