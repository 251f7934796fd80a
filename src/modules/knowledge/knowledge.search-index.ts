/**
 * What the public search runs over (ADR 0012, "Text index"): the published items' words and facet values,
 * in memory, for one state of the published items. Built in full once (a second or more at 50,000 items:
 * docs/benchmarks-knowledge.md); after that a change to a few items is applied as a layer: the changed and
 * new items get an index of their own, and their old versions in the base are marked gone. A search looks
 * in both and merges. When the layer grows large, the next change builds the whole index again.
 *
 * Which items changed is known from each published row's version (PostgreSQL's xmin: every change to a row
 * gives it a new one), read as one list per change.
 */
import {
  countFacets,
  facetTable,
  filterItems,
  type FacetCount,
  type FacetRow,
  type FacetTable,
} from './knowledge.facets.js';
import type { KnowledgeFilters } from './knowledge.query.js';
import {
  comparePageItems,
  difference,
  rarityOf,
  TextIndex,
  union,
  type PageItem,
  type QueryNode,
  type TextIndexRow,
  type TextOrder,
} from './knowledge.text-index.js';

/** One published item as read for the index, with its row version. */
export interface IndexRow {
  version: string;
  facets: FacetRow;
  text: TextIndexRow;
}

/** Matched items, as the base's and the layer's (each ascending; no number in both). */
export interface Matched {
  base: Int32Array;
  layer: Int32Array;
}

const EMPTY = new Int32Array(0);

interface Part {
  text: TextIndex;
  facets: FacetTable;
}

function partOf(rows: readonly IndexRow[]): Part {
  return { text: new TextIndex(rows.map((r) => r.text)), facets: facetTable(rows.map((r) => r.facets)) };
}

/**
 * The layer is folded into a new base when it holds more than a tenth of the base (and more than 100 items:
 * a small corpus is built again quickly, but one layer is not slower) or more than 2,000 items.
 */
const MIN_LAYER_LIMIT = 100;
const MAX_LAYER_ITEMS = 2_000;

export class SearchIndex {
  private constructor(
    /** By item number, the row version of every item in the index. */
    readonly versions: ReadonlyMap<number, string>,
    private readonly base: Part,
    /** The items of the base that are gone or have a newer version in the layer, ascending. */
    private readonly goneList: Int32Array,
    private readonly layer: Part | null,
    private readonly layerRows: readonly IndexRow[],
  ) {}

  static build(rows: readonly IndexRow[]): SearchIndex {
    return new SearchIndex(new Map(rows.map((r) => [r.facets.no, r.version])), partOf(rows), EMPTY, null, []);
  }

  /** The items that are not in this index as they are now: changed or new (`changed`) and no longer published. */
  differences(versions: ReadonlyMap<number, string>): { changed: number[]; removed: number[] } {
    const changed: number[] = [];
    for (const [no, version] of versions) {
      if (this.versions.get(no) !== version) {
        changed.push(no);
      }
    }
    const removed = [...this.versions.keys()].filter((no) => !versions.has(no));
    return { changed, removed };
  }

  /** Whether the changes are better applied by building the whole index again. */
  wantsRebuild(changed: number): boolean {
    const layer = this.layerRows.length + changed;
    return layer > MAX_LAYER_ITEMS || layer > Math.max(MIN_LAYER_LIMIT, this.base.text.size / 10);
  }

  /**
   * A new index with the changes applied: `rows` are the changed and new items as read now (an item asked for
   * but no longer published is simply not among them), `removed` the items no longer published.
   */
  withChanges(changed: readonly number[], removed: readonly number[], rows: readonly IndexRow[]): SearchIndex {
    const versions = new Map(this.versions);
    const out = new Set([...changed, ...removed]);
    for (const no of out) {
      versions.delete(no);
    }
    for (const r of rows) {
      versions.set(r.facets.no, r.version);
    }
    const goneList = union(this.goneList, Int32Array.from([...out].filter((no) => this.base.text.has(no))).sort());
    const layerRows = [...this.layerRows.filter((r) => !out.has(r.facets.no)), ...rows];
    return new SearchIndex(versions, this.base, goneList, layerRows.length > 0 ? partOf(layerRows) : null, layerRows);
  }

  get size(): number {
    return this.versions.size;
  }

  /** Distinct words in the base. */
  get words(): number {
    return this.base.text.words;
  }

  /** Every item. */
  all(): Matched {
    return this.each((p) => p.text.all);
  }

  /** The items a query matches; `exact` false when phrases must be checked in the database. */
  match(tree: QueryNode | null): { matched: Matched; exact: boolean } {
    let exact = true;
    const matched = this.each((p) => {
      const m = p.text.match(tree);
      exact &&= m.exact;
      return m.nos;
    });
    return { matched, exact };
  }

  /** The items of `matched` that pass every facet filter. */
  filter(matched: Matched, filters: KnowledgeFilters): Matched {
    return {
      base: filterItems(this.base.facets, matched.base, filters),
      layer: this.layer ? filterItems(this.layer.facets, matched.layer, filters) : EMPTY,
    };
  }

  countFacets(matched: Matched, filters: KnowledgeFilters): FacetCount[] {
    const counts = countFacets(this.base.facets, matched.base, filters);
    if (!this.layer || matched.layer.length === 0) {
      return counts;
    }
    const sum = new Map(counts.map((c) => [`${c.facet}\u0000${c.value}`, { ...c }]));
    for (const c of countFacets(this.layer.facets, matched.layer, filters)) {
      const key = `${c.facet}\u0000${c.value}`;
      const kept = sum.get(key);
      if (kept) {
        kept.count += c.count;
      } else {
        sum.set(key, { ...c });
      }
    }
    return [...sum.values()];
  }

  /** A page of `matched` in the order asked, over both parts, with a word's rarity counted over both. */
  page(matched: Matched, lexemes: readonly string[], order: TextOrder, offset: number, limit: number): PageItem[] {
    if (!this.layer) {
      return this.base.text.page(matched.base, lexemes, order, offset, limit);
    }
    const layer = this.layer;
    const items = this.base.text.size + layer.text.size;
    const rarity = (lexeme: string) => rarityOf(items, this.base.text.itemsWith(lexeme) + layer.text.itemsWith(lexeme));
    const both = [
      ...this.base.text.page(matched.base, lexemes, order, 0, offset + limit, rarity),
      ...layer.text.page(matched.layer, lexemes, order, 0, offset + limit, rarity),
    ];
    return both.sort((a, b) => comparePageItems(order, a, b)).slice(offset, offset + limit);
  }

  /** The numbers of `matched`, ascending (for the check of phrases in the database). */
  numbers(matched: Matched): Int32Array {
    return union(matched.base, matched.layer);
  }

  /** Numbers (as checked in the database) as matched items of base and layer. */
  matchedOf(nos: Int32Array): Matched {
    const layer = this.layer;
    if (!layer) {
      return { base: nos, layer: EMPTY };
    }
    return { base: nos.filter((no) => !layer.text.has(no)), layer: nos.filter((no) => layer.text.has(no)) };
  }

  /** What `of` gives for each part, the base's gone items left out. */
  private each(of: (part: Part) => Int32Array): Matched {
    const fromBase = of(this.base);
    return {
      base: this.goneList.length > 0 ? difference(fromBase, this.goneList) : fromBase,
      layer: this.layer ? of(this.layer) : EMPTY,
    };
  }
}
