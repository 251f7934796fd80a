/**
 * The public search's text index, kept in the server process (ADR 0012, "Text index"). PostgreSQL stays
 * the source: it stems the words (its Dutch dictionary, `to_tsvector('dutch', …)` and
 * `websearch_to_tsquery('dutch', …)`), and this index is read from its search vectors once per corpus
 * generation. Searching is then integer work in memory: a posting list per word, set operations for the
 * query's AND, OR and NOT, and a score per matched item. A search for a word in a third of 50,000 items
 * took 59 ms in PostgreSQL (reading 17,000 rows from the table to rank them); here it is a few milliseconds.
 *
 * What PostgreSQL knows and this index does not: word positions. A phrase ("duurzaam werk", or a hyphenated
 * word, which PostgreSQL searches as a phrase) is matched here as all its words, a superset, and the service
 * checks those candidates against the vectors in the database (`exact` is false).
 */

/** A tsquery as PostgreSQL prints it: `'jobcoach' <-> 'inzet' & !'subsidie' | 'ips'`. */
export type QueryNode =
  | { kind: 'term'; lexeme: string; prefix: boolean; weights: string }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'and' | 'or'; left: QueryNode; right: QueryNode }
  | { kind: 'phrase'; left: QueryNode; right: QueryNode; distance: number };

/**
 * Parses the text form of a tsquery (`tsquery::text`). The operators bind as in PostgreSQL: `!` tightest,
 * then `<->`/`<N>`, then `&`, then `|`. Returns null for the empty query (only stop words), and throws on
 * text that is not a tsquery.
 */
export function parseTsquery(text: string): QueryNode | null {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`not a tsquery (${what} at ${i}): ${text}`);
  };
  const skip = () => {
    while (i < text.length && text[i] === ' ') {
      i++;
    }
  };
  const primary = (): QueryNode => {
    skip();
    const c = text[i];
    if (c === '!') {
      i++;
      return { kind: 'not', child: primary() };
    }
    if (c === '(') {
      i++;
      const inner = or();
      skip();
      if (text[i] !== ')') {
        fail('expected )');
      }
      i++;
      return inner;
    }
    if (c !== "'") {
      return fail('expected a word');
    }
    i++;
    let lexeme = '';
    for (;;) {
      if (i >= text.length) {
        fail('unterminated word');
      }
      const ch = text[i]!;
      if (ch === "'" && text[i + 1] === "'") {
        lexeme += "'";
        i += 2;
      } else if (ch === '\\' && i + 1 < text.length) {
        lexeme += text[i + 1];
        i += 2;
      } else if (ch === "'") {
        i++;
        break;
      } else {
        lexeme += ch;
        i++;
      }
    }
    let prefix = false;
    let weights = '';
    if (text[i] === ':') {
      i++;
      while (i < text.length && /[*ABCDabcd]/.test(text[i]!)) {
        if (text[i] === '*') {
          prefix = true;
        } else {
          weights += text[i]!.toUpperCase();
        }
        i++;
      }
    }
    return { kind: 'term', lexeme, prefix, weights };
  };
  const phrase = (): QueryNode => {
    let left = primary();
    for (;;) {
      skip();
      const m = /^<(-|\d+)>/.exec(text.slice(i, i + 8));
      if (!m) {
        return left;
      }
      i += m[0].length;
      const distance = m[1] === '-' ? 1 : Number(m[1]);
      left = { kind: 'phrase', left, right: primary(), distance };
    }
  };
  /** Operands of `next` joined left to right by `op`, as `kind` nodes. */
  const chain = (op: string, kind: 'and' | 'or', next: () => QueryNode): QueryNode => {
    let left = next();
    for (;;) {
      skip();
      if (text[i] !== op) {
        return left;
      }
      i++;
      left = { kind, left, right: next() };
    }
  };
  const and = (): QueryNode => chain('&', 'and', phrase);
  const or = (): QueryNode => chain('|', 'or', and);
  skip();
  if (i >= text.length) {
    return null;
  }
  const tree = or();
  skip();
  if (i < text.length) {
    fail('unexpected text');
  }
  return tree;
}

/** The words a query looks for (not the negated ones), for highlighting and scoring. */
export function positiveLexemes(node: QueryNode | null): string[] {
  const out = new Set<string>();
  const walk = (n: QueryNode, negated: boolean) => {
    switch (n.kind) {
      case 'term':
        if (!negated) {
          out.add(n.lexeme);
        }
        return;
      case 'not':
        walk(n.child, !negated);
        return;
      default:
        walk(n.left, negated);
        walk(n.right, negated);
    }
  };
  if (node) {
    walk(node, false);
  }
  return [...out];
}

/** One published item as read for the index. */
export interface TextIndexRow {
  no: number;
  id: string;
  /** The publication date as a number (20250131), or null. */
  publishedOn: number | null;
  /**
   * The words (lexemes) of the item's search vector, separated by {@link WORD_SEPARATOR}: of the title
   * (weight A), of the head (title, summary, authors and organisations: A and B) and of all of it (with the
   * text and the files).
   */
  title: string;
  head: string;
  all: string;
}

/** Between the words of a {@link TextIndexRow}: a control character no lexeme of the Dutch parser has. */
export const WORD_SEPARATOR = '\u0001';

/**
 * The weight of the best field a word occurs in, as PostgreSQL's ts_rank weighs them: title (A) 1.0, summary
 * with authors and organisations (B) 0.4, text and files (C and D) 0.2. How often a word occurs is not
 * counted: the field comes first, and a word repeated in a long text does not push it up.
 */
const TITLE = 1;
const HEAD = 0.4;
const BODY = 0.2;

interface Postings {
  /** Item numbers, ascending. */
  nos: Int32Array;
  /** Per item: the weight of the best field the word occurs in. */
  scores: Float32Array;
}

export interface Match {
  /** Item numbers, ascending. */
  nos: Int32Array;
  /** False when the match is a superset (a phrase matched as its words): check it against the vectors. */
  exact: boolean;
}

export type TextOrder = 'relevance' | 'date';

const EMPTY = new Int32Array(0);

function grow<T extends Int32Array | Float32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function splitWords(words: string): string[] {
  return words === '' ? [] : words.split(WORD_SEPARATOR);
}

export class TextIndex {
  /** Every item's number, ascending. */
  readonly all: Int32Array;
  /** By item number: the item's id (a map: in a layer the numbers are few and far apart). */
  private readonly ids = new Map<number, string>();
  /** By item number: 1 when the item is in this index. */
  private readonly present: Uint8Array;
  /** By item number: the publication date as a number, -1 for none (last when newest first). */
  private readonly dates: Int32Array;
  private readonly terms = new Map<string, Postings>();
  /** A score per item number, reused by every search (searches run one at a time in the process). */
  private readonly scratch: Float64Array;

  constructor(rows: readonly TextIndexRow[]) {
    const sorted = [...rows].sort((a, b) => a.no - b.no);
    const maxNo = sorted.length > 0 ? sorted[sorted.length - 1]!.no : 0;
    this.all = Int32Array.from(sorted, (r) => r.no);
    this.dates = new Int32Array(maxNo + 1).fill(-1);
    this.scratch = new Float64Array(maxNo + 1);
    this.present = new Uint8Array(maxNo + 1);
    // Two passes: every (word, item, weight) in item order with a number per word, then the postings of
    // each word in one typed array (counting sort by word keeps the items ascending).
    const termOf = new Map<string, number>();
    const lexemes: string[] = [];
    const df: number[] = [];
    let entryTerm = new Int32Array(1 << 16);
    let entryNo = new Int32Array(1 << 16);
    let entryWeight = new Float32Array(1 << 16);
    let entries = 0;
    for (const row of sorted) {
      this.ids.set(row.no, row.id);
      this.present[row.no] = 1;
      this.dates[row.no] = row.publishedOn ?? -1;
      // The three lists are in the vectors' order (sorted), the title's words within the head's within all:
      // one walk along them gives each word its best field, without a lookup.
      const title = splitWords(row.title);
      const head = splitWords(row.head);
      const all = splitWords(row.all);
      if (entries + all.length > entryTerm.length) {
        const size = Math.max(entryTerm.length * 2, entries + all.length);
        entryTerm = grow(entryTerm, size);
        entryNo = grow(entryNo, size);
        entryWeight = grow(entryWeight, size);
      }
      let h = 0;
      let a = 0;
      for (const w of all) {
        let weight = BODY;
        if (h < head.length && head[h] === w) {
          h++;
          weight = HEAD;
          if (a < title.length && title[a] === w) {
            a++;
            weight = TITLE;
          }
        }
        let t = termOf.get(w);
        if (t === undefined) {
          t = lexemes.push(w) - 1;
          termOf.set(w, t);
          df.push(0);
        }
        df[t]! += 1;
        entryTerm[entries] = t;
        entryNo[entries] = row.no;
        entryWeight[entries] = weight;
        entries++;
      }
    }
    const start = new Int32Array(lexemes.length + 1);
    for (let t = 0; t < lexemes.length; t++) {
      start[t + 1] = start[t]! + df[t]!;
    }
    const nos = new Int32Array(entries);
    const scores = new Float32Array(entries);
    const next = start.slice(0, lexemes.length);
    for (let e = 0; e < entries; e++) {
      const at = next[entryTerm[e]!]!++;
      nos[at] = entryNo[e]!;
      scores[at] = entryWeight[e]!;
    }
    for (let t = 0; t < lexemes.length; t++) {
      const from = start[t]!;
      const to = start[t + 1]!;
      this.terms.set(lexemes[t]!, { nos: nos.subarray(from, to), scores: scores.subarray(from, to) });
    }
  }

  get size(): number {
    return this.all.length;
  }

  get words(): number {
    return this.terms.size;
  }

  /** The items a query matches. */
  match(node: QueryNode | null): Match {
    return node ? this.evaluate(node) : { nos: EMPTY, exact: true };
  }

  private evaluate(node: QueryNode): Match {
    switch (node.kind) {
      case 'term': {
        const nos = node.prefix ? this.prefixed(node.lexeme) : (this.terms.get(node.lexeme)?.nos ?? EMPTY);
        // A weight restriction (`'werk':A`) is not kept here: all fields match, the database checks.
        return { nos, exact: node.weights === '' };
      }
      case 'not': {
        const child = this.evaluate(node.child);
        // The complement of a superset is too small: then every item is a candidate.
        return child.exact ? { nos: difference(this.all, child.nos), exact: true } : { nos: this.all, exact: false };
      }
      case 'and': {
        const l = this.evaluate(node.left);
        const r = this.evaluate(node.right);
        return { nos: intersect(l.nos, r.nos), exact: l.exact && r.exact };
      }
      case 'or': {
        const l = this.evaluate(node.left);
        const r = this.evaluate(node.right);
        return { nos: union(l.nos, r.nos), exact: l.exact && r.exact };
      }
      case 'phrase': {
        const l = this.evaluate(node.left);
        const r = this.evaluate(node.right);
        return { nos: intersect(l.nos, r.nos), exact: false };
      }
    }
  }

  private prefixed(prefix: string): Int32Array {
    let out: Int32Array = EMPTY;
    for (const [lexeme, p] of this.terms) {
      if (lexeme.startsWith(prefix)) {
        out = union(out, p.nos);
      }
    }
    return out;
  }

  /**
   * The page of `nos` in the order asked: by relevance (score, then newest, then id) or newest first (then
   * score, then id). The score of an item is, over the query's words it contains, the word's weight in the
   * item (its best field) times how rare the word is (ln(1 + items / items with the word)).
   */
  /** Whether item `no` is in this index. */
  has(no: number): boolean {
    return this.present[no] === 1;
  }

  /** How many items have the word. */
  itemsWith(lexeme: string): number {
    return this.terms.get(lexeme)?.nos.length ?? 0;
  }

  page(
    nos: ArrayLike<number>,
    lexemes: readonly string[],
    order: TextOrder,
    offset: number,
    limit: number,
    rarity: (lexeme: string) => number = (lexeme) => rarityOf(this.all.length, this.itemsWith(lexeme)),
  ): PageItem[] {
    const score = this.scratch;
    const touched: Postings[] = [];
    for (const lexeme of lexemes) {
      const p = this.terms.get(lexeme);
      if (!p) {
        continue;
      }
      touched.push(p);
      const idf = rarity(lexeme);
      for (let j = 0; j < p.nos.length; j++) {
        score[p.nos[j]!]! += idf * p.scores[j]!;
      }
    }
    const dates = this.dates;
    const ids = this.ids;
    // The order of comparePageItems, on the arrays (no objects made per comparison).
    const byId = (a: number, b: number) => {
      const x = ids.get(a)!;
      const y = ids.get(b)!;
      return x < y ? -1 : x > y ? 1 : 0;
    };
    const compare =
      order === 'relevance'
        ? (a: number, b: number) => score[b]! - score[a]! || dates[b]! - dates[a]! || byId(a, b)
        : (a: number, b: number) => dates[b]! - dates[a]! || score[b]! - score[a]! || byId(a, b);
    const chosen = topK(nos, offset + limit, compare).slice(offset);
    const out = chosen.map((no) => ({ no, id: ids.get(no)!, score: score[no]!, date: dates[no]! }));
    for (const p of touched) {
      for (let j = 0; j < p.nos.length; j++) {
        score[p.nos[j]!] = 0;
      }
    }
    return out;
  }
}

/** An item of a page, with what it was ordered by (date: 20250131, -1 for none). */
export interface PageItem {
  no: number;
  id: string;
  score: number;
  date: number;
}

/** How rare a word is: ln(1 + items / items with the word). */
export function rarityOf(items: number, itemsWithWord: number): number {
  return itemsWithWord === 0 ? 0 : Math.log(1 + items / itemsWithWord);
}

/** The order of a page: by relevance (score, newest, id) or newest first (then score, id); no date last. */
export function comparePageItems(
  order: TextOrder,
  a: { score: number; date: number; id: string },
  b: { score: number; date: number; id: string },
): number {
  const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return order === 'relevance'
    ? b.score - a.score || b.date - a.date || byId
    : b.date - a.date || b.score - a.score || byId;
}

/** The first `k` of `items` in the order of `compare`, sorted. */
export function topK(items: ArrayLike<number>, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0) {
    return [];
  }
  if (k > 256 || k >= items.length) {
    return Array.from(items).sort(compare).slice(0, k);
  }
  const best: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (best.length === k && compare(item, best[k - 1]!) >= 0) {
      continue;
    }
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(best[mid]!, item) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    best.splice(lo, 0, item);
    if (best.length > k) {
      best.pop();
    }
  }
  return best;
}

export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length > b.length) {
    [a, b] = [b, a];
  }
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const x = a[i]!;
    while (j < b.length && b[j]! < x) {
      j++;
    }
    if (j < b.length && b[j] === x) {
      out[n++] = x;
      j++;
    }
  }
  return out.subarray(0, n);
}

export function union(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 0) {
    return b;
  }
  if (b.length === 0) {
    return a;
  }
  const out = new Int32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) {
      out[n++] = a[i++]!;
    } else if (i >= a.length || b[j]! < a[i]!) {
      out[n++] = b[j++]!;
    } else {
      out[n++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** The items of `a` not in `b`. */
export function difference(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    while (j < b.length && b[j]! < x) {
      j++;
    }
    if (j >= b.length || b[j] !== x) {
      out[n++] = x;
    }
  }
  return out.subarray(0, n);
}
