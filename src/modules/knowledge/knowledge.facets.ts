/**
 * Facet counts of the public search, counted in the server process (ADR 0012, "Facet counts"). The search
 * query returns the numbers (`search_no`) of the items it matched; this module counts, for every facet, the
 * matched items that pass every *other* facet's filter — so a facet shows what choosing one more of its
 * values would give, while the filters of the other facets hold. Within a facet the chosen values are
 * alternatives (OR); across facets they all hold (AND).
 *
 * The facet values of every published item are kept in a {@link FacetTable}, built once per corpus
 * generation (knowledge.service.ts). In the table each value is a small integer (its place in the facet's
 * list of values), so counting 17,000 matches is integer work without strings or allocation.
 */
import { FACETS, type Facet, type KnowledgeFilters } from './knowledge.query.js';

/** One published item's facet values, as stored. */
export interface FacetRow {
  no: number;
  type: string;
  themes: string[];
  domains: string[];
  targetGroups: string[];
  evidenceLevel: string;
  year: number | null;
}

export interface FacetTable {
  /** Per facet (in {@link FACETS} order), the values that occur, as shown ('2024' for a year). */
  readonly values: readonly (readonly string[])[];
  /**
   * Per facet, the items' value indexes (into {@link values}) in one array: item `no` has
   * `codes[f][start[f][no]]` up to (not including) `codes[f][start[f][no + 1]]` (none for a missing year).
   * Typed arrays, not an array per item: counting 17,000 matches reads a few flat arrays.
   */
  readonly start: readonly Int32Array[];
  readonly codes: readonly Uint16Array[];
  /**
   * Per facet, for a facet of one value per item (type, evidence level, year): by item number the value's
   * index, -1 for none; null for a facet with several values per item. Counting reads one array.
   */
  readonly single: readonly (Int16Array | null)[];
  /** By item number: 1 when the item is in the table. */
  readonly present: Uint8Array;
}

function valuesOf(row: FacetRow, facet: Facet): readonly string[] {
  switch (facet) {
    case 'type':
      return [row.type];
    case 'theme':
      return row.themes;
    case 'domain':
      return row.domains;
    case 'targetGroup':
      return row.targetGroups;
    case 'evidenceLevel':
      return [row.evidenceLevel];
    case 'year':
      return row.year === null ? [] : [String(row.year)];
  }
}

export function facetTable(rows: readonly FacetRow[]): FacetTable {
  const values = FACETS.map(() => [] as string[]);
  const index = FACETS.map(() => new Map<string, number>());
  const indexOf = (f: number, value: string): number => {
    let i = index[f]!.get(value);
    if (i === undefined) {
      i = values[f]!.push(value) - 1;
      index[f]!.set(value, i);
    }
    return i;
  };
  const maxNo = rows.reduce((m, r) => Math.max(m, r.no), 0);
  const present = new Uint8Array(maxNo + 1);
  const perItem: number[][][] = FACETS.map(() => []);
  for (const row of rows) {
    present[row.no] = 1;
    FACETS.forEach((facet, f) => {
      perItem[f]![row.no] = valuesOf(row, facet).map((v) => indexOf(f, v));
    });
  }
  const start: Int32Array[] = [];
  const codes: Uint16Array[] = [];
  FACETS.forEach((_, f) => {
    const starts = new Int32Array(maxNo + 2);
    let n = 0;
    for (let no = 0; no <= maxNo; no++) {
      starts[no] = n;
      n += perItem[f]![no]?.length ?? 0;
    }
    starts[maxNo + 1] = n;
    const list = new Uint16Array(n);
    for (let no = 0; no <= maxNo; no++) {
      const own = perItem[f]![no];
      if (own) {
        list.set(own, starts[no]);
      }
    }
    start.push(starts);
    codes.push(list);
  });
  const single = FACETS.map((_, f) => {
    const starts = start[f]!;
    for (let no = 0; no <= maxNo; no++) {
      if (starts[no + 1]! - starts[no]! > 1) {
        return null;
      }
    }
    const one = new Int16Array(maxNo + 1).fill(-1);
    for (let no = 0; no <= maxNo; no++) {
      if (starts[no + 1]! > starts[no]!) {
        one[no] = codes[f]![starts[no]!]!;
      }
    }
    return one;
  });
  return { values, start, codes, present, single };
}

export interface FacetCount {
  facet: Facet;
  value: string;
  count: number;
}

/** Per facet: no filter (null), or a flag per value index. A chosen value no item has flags nothing. */
function chosenFlags(table: FacetTable, filters: KnowledgeFilters): (Uint8Array | null)[] {
  return FACETS.map((facet, f) => {
    const wanted = (filters[facet] as readonly (string | number)[]).map(String);
    if (wanted.length === 0) {
      return null;
    }
    const flags = new Uint8Array(table.values[f]!.length);
    table.values[f]!.forEach((v, i) => {
      flags[i] = wanted.includes(v) ? 1 : 0;
    });
    return flags;
  });
}

/** Whether item `no` has one of the flagged values of facet `f`. */
function passes(table: FacetTable, f: number, flags: Uint8Array, no: number): boolean {
  const codes = table.codes[f]!;
  const end = table.start[f]![no + 1]!;
  for (let j = table.start[f]![no]!; j < end; j++) {
    if (flags[codes[j]!] === 1) {
      return true;
    }
  }
  return false;
}

/**
 * The items of `nos` that pass every facet filter (ascending when `nos` is). Items missing from the table
 * pass only when no filter is set.
 */
export function filterItems(table: FacetTable, nos: Int32Array, filters: KnowledgeFilters): Int32Array {
  const chosen = chosenFlags(table, filters);
  if (chosen.every((c) => c === null)) {
    return nos;
  }
  return nos.filter(
    (no) => table.present[no] === 1 && chosen.every((flags, f) => flags === null || passes(table, f, flags, no)),
  );
}

/**
 * Counts every facet over the matched items. Items missing from the table (published after it was built)
 * are left out of the counts, never guessed.
 */
export function countFacets(table: FacetTable, matched: ArrayLike<number>, filters: KnowledgeFilters): FacetCount[] {
  const n = FACETS.length;
  const chosen = chosenFlags(table, filters);
  const counts = FACETS.map((_, f) => new Int32Array(table.values[f]!.length));
  const { start, codes, present } = table;
  // Per matched item, which facets' filters it fails: -1 none (it counts in every facet), f only facet f
  // (it counts in that facet only), -2 more than one or not in the table (it counts nowhere).
  const state = new Int8Array(matched.length);
  for (let m = 0; m < matched.length; m++) {
    const no = matched[m]!;
    if (present[no] !== 1) {
      state[m] = -2;
      continue;
    }
    let failed = -1;
    for (let f = 0; f < n; f++) {
      const flags = chosen[f];
      if (flags && !passes(table, f, flags, no)) {
        if (failed !== -1) {
          failed = -2;
          break;
        }
        failed = f;
      }
    }
    state[m] = failed;
  }
  // Facet by facet over the items: a few flat arrays at a time.
  for (let f = 0; f < n; f++) {
    const count = counts[f]!;
    const one = table.single[f];
    if (one) {
      for (let m = 0; m < matched.length; m++) {
        const st = state[m]!;
        const code = one[matched[m]!]!;
        if ((st === -1 || st === f) && code >= 0) {
          count[code]! += 1;
        }
      }
      continue;
    }
    const own = codes[f]!;
    const starts = start[f]!;
    for (let m = 0; m < matched.length; m++) {
      const st = state[m]!;
      if (st !== -1 && st !== f) {
        continue;
      }
      const no = matched[m]!;
      const end = starts[no + 1]!;
      for (let j = starts[no]!; j < end; j++) {
        count[own[j]!]! += 1;
      }
    }
  }
  return FACETS.flatMap((facet, f) =>
    table.values[f]!.flatMap((value, i) => (counts[f]![i]! > 0 ? [{ facet, value, count: counts[f]![i]! }] : [])),
  );
}
