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
   * By item number (an array, not a map: the numbers are small and dense), per facet, the indexes of its
   * values in {@link values} (none for a missing year).
   */
  readonly items: readonly (readonly (readonly number[])[] | undefined)[];
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
  const items: (number[][] | undefined)[] = [];
  for (const row of rows) {
    items[row.no] = FACETS.map((facet, f) => valuesOf(row, facet).map((v) => indexOf(f, v)));
  }
  return { values, items };
}

export interface FacetCount {
  facet: Facet;
  value: string;
  count: number;
}

/**
 * Counts every facet over the matched items. Items missing from the table (published after it was built)
 * are left out of the counts, never guessed.
 */
export function countFacets(table: FacetTable, matched: readonly number[], filters: KnowledgeFilters): FacetCount[] {
  const n = FACETS.length;
  // Per facet: no filter (null), or a flag per value index. A chosen value no item has flags nothing.
  const chosen = FACETS.map((facet, f) => {
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
  const counts = FACETS.map((_, f) => new Int32Array(table.values[f]!.length));
  const passes = (flags: Uint8Array, own: readonly number[]) => {
    for (const i of own) {
      if (flags[i] === 1) {
        return true;
      }
    }
    return false;
  };
  for (const no of matched) {
    const item = table.items[no];
    if (!item) {
      continue;
    }
    // Which facets' filters this item fails: at most one may fail for it to count anywhere.
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < n && failures < 2; f++) {
      const flags = chosen[f];
      if (flags && !passes(flags, item[f]!)) {
        failed = f;
        failures++;
      }
    }
    if (failures > 1) {
      continue;
    }
    // Passing every filter, it counts in every facet; failing one, only in that facet.
    for (let f = failures === 1 ? failed : 0; f < (failures === 1 ? failed + 1 : n); f++) {
      const count = counts[f]!;
      for (const i of item[f]!) {
        count[i]! += 1;
      }
    }
  }
  return FACETS.flatMap((facet, f) =>
    table.values[f]!.flatMap((value, i) => (counts[f]![i]! > 0 ? [{ facet, value, count: counts[f]![i]! }] : [])),
  );
}
