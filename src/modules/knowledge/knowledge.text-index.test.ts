/** The search's text index: the tsquery parser, the set operations, matching and the order of a page. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  difference,
  intersect,
  parseTsquery,
  positiveLexemes,
  TextIndex,
  topK,
  union,
  WORD_SEPARATOR,
  type QueryNode,
} from './knowledge.text-index.js';

/** Prints a tree as PostgreSQL does (fully bracketed here: the parser must read both). */
function print(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return `'${node.lexeme.replace(/'/g, "''")}'${node.prefix || node.weights ? ':' : ''}${node.prefix ? '*' : ''}${node.weights}`;
    case 'not':
      return `!( ${print(node.child)} )`;
    case 'and':
      return `( ${print(node.left)} & ${print(node.right)} )`;
    case 'or':
      return `( ${print(node.left)} | ${print(node.right)} )`;
    case 'phrase':
      return `( ${print(node.left)} ${node.distance === 1 ? '<->' : `<${node.distance}>`} ${print(node.right)} )`;
  }
}

const WORDS = ['werk', 'jobcoach', 'ips', 'schuld', "o'neill", 'taal', 'duurzam'];

const termArb = fc
  .constantFrom(...WORDS)
  .map((lexeme): QueryNode => ({ kind: 'term', lexeme, prefix: false, weights: '' }));
const treeArb = (phrases: boolean) =>
  fc.letrec<{ node: QueryNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      termArb,
      tie('node').map((child): QueryNode => ({ kind: 'not', child })),
      fc.record({ kind: fc.constantFrom<'and' | 'or'>('and', 'or'), left: tie('node'), right: tie('node') }),
      ...(phrases
        ? [
            fc.record({
              kind: fc.constant<'phrase'>('phrase'),
              left: termArb,
              right: termArb,
              distance: fc.constant(1),
            }),
          ]
        : []),
    ),
  })).node;

describe('tsquery text', () => {
  it('reads what PostgreSQL prints, with its precedence: ! before <-> before & before |', () => {
    const t = (lexeme: string): QueryNode => ({ kind: 'term', lexeme, prefix: false, weights: '' });
    expect(parseTsquery("'jobcoach' <-> 'inzet' & !'subsidie' | 'ips'")).toEqual({
      kind: 'or',
      left: {
        kind: 'and',
        left: { kind: 'phrase', left: t('jobcoach'), right: t('inzet'), distance: 1 },
        right: { kind: 'not', child: t('subsidie') },
      },
      right: t('ips'),
    });
    expect(parseTsquery("!( 'duurzam' <-> 'werk' ) & 'ips'")).toEqual({
      kind: 'and',
      left: { kind: 'not', child: { kind: 'phrase', left: t('duurzam'), right: t('werk'), distance: 1 } },
      right: t('ips'),
    });
    expect(parseTsquery("'covid' <2> '-19'")).toMatchObject({ kind: 'phrase', distance: 2 });
    expect(parseTsquery("'werk':*AB")).toEqual({ kind: 'term', lexeme: 'werk', prefix: true, weights: 'AB' });
    expect(parseTsquery('')).toBeNull();
    expect(() => parseTsquery("'werk' &")).toThrow(/not a tsquery/);
    expect(() => parseTsquery("'werk")).toThrow(/not a tsquery/);
  });

  it('reads back every tree it is given (property)', () => {
    fc.assert(
      fc.property(treeArb(true), (tree) => {
        expect(parseTsquery(print(tree))).toEqual(tree);
      }),
    );
  });

  it('names the words searched for, not the negated ones', () => {
    expect(positiveLexemes(parseTsquery("'werkzoek' & !'subsidie' & ( 'jobcoach' <-> 'inzet' )"))).toEqual([
      'werkzoek',
      'jobcoach',
      'inzet',
    ]);
    expect(positiveLexemes(parseTsquery("!( !'werk' & 'taal' )"))).toEqual(['werk']);
    expect(positiveLexemes(parseTsquery("'o''neill'"))).toEqual(["o'neill"]);
    expect(positiveLexemes(null)).toEqual([]);
  });
});

describe('set operations on ascending item numbers', () => {
  const sortedSet = fc
    .uniqueArray(fc.integer({ min: 0, max: 60 }))
    .map((a) => Int32Array.from(a.sort((x, y) => x - y)));
  it('agree with plain set arithmetic (property)', () => {
    fc.assert(
      fc.property(sortedSet, sortedSet, (a, b) => {
        const sa = new Set(a);
        const sb = new Set(b);
        expect([...intersect(a, b)]).toEqual([...a].filter((x) => sb.has(x)));
        expect([...union(a, b)]).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
        expect([...difference(a, b)]).toEqual([...a].filter((x) => !sb.has(x)));
        expect([...difference(b, a)]).toEqual([...b].filter((x) => !sa.has(x)));
      }),
    );
  });

  it('take the first k in order, as a full sort would (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 })), fc.integer({ min: 0, max: 40 }), (items, k) => {
        // Ties are broken by value so that the order is total, as the index's order is (id last).
        const compare = (a: number, b: number) => (a % 7) - (b % 7) || a - b;
        expect(topK(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
      }),
    );
  });
});

/** A small corpus: item number → its words in the title, the rest of the head (summary) and the text. */
const CORPUS: Record<number, { date: number | null; title: string[]; summary: string[]; text: string[] }> = {
  1: { date: 20240101, title: ['werk'], summary: ['ips'], text: [] },
  2: { date: 20250101, title: ['jobcoach'], summary: [], text: ['werk', 'jobcoach'] },
  4: { date: null, title: [], summary: ['schuld'], text: ['taal'] },
  5: { date: 20230101, title: [], summary: ['werk'], text: ['jobcoach', 'duurzam'] },
  9: { date: 20250101, title: ["o'neill"], summary: [], text: ['werk'] },
};
const join = (words: string[]) => [...new Set(words)].join(WORD_SEPARATOR);
const index = new TextIndex(
  Object.entries(CORPUS).map(([no, c]) => ({
    no: Number(no),
    id: `id-${no}`,
    publishedOn: c.date,
    title: join(c.title),
    head: join([...c.title, ...c.summary]),
    all: join([...c.title, ...c.summary, ...c.text]),
  })),
);
const wordsOf = (no: number) => new Set([...CORPUS[no]!.title, ...CORPUS[no]!.summary, ...CORPUS[no]!.text]);

/** What a tree matches, item by item (phrases as all their words). */
function naive(node: QueryNode, no: number): boolean {
  switch (node.kind) {
    case 'term':
      return wordsOf(no).has(node.lexeme);
    case 'not':
      return !naive(node.child, no);
    case 'and':
    case 'phrase':
      return naive(node.left, no) && naive(node.right, no);
    case 'or':
      return naive(node.left, no) || naive(node.right, no);
  }
}

describe('text index', () => {
  it('matches what the query says, item by item (property)', () => {
    fc.assert(
      fc.property(treeArb(false), (tree) => {
        const m = index.match(tree);
        expect(m.exact).toBe(true);
        expect([...m.nos]).toEqual([1, 2, 4, 5, 9].filter((no) => naive(tree, no)));
      }),
    );
  });

  it('matches a phrase as its words and says the match must be checked; under a NOT every item is a candidate', () => {
    const phrase = parseTsquery("'jobcoach' <-> 'werk'");
    expect(index.match(phrase)).toEqual({ nos: Int32Array.from([2, 5]), exact: false });
    const negated = parseTsquery("!( 'jobcoach' <-> 'werk' )");
    expect(index.match(negated)).toEqual({ nos: index.all, exact: false });
    expect(index.match(parseTsquery("'wer':*"))).toEqual({ nos: Int32Array.from([1, 2, 5, 9]), exact: true });
    expect(index.match(null).nos.length).toBe(0);
  });

  it('ranks a word in the title above the summary above the text, then newest first', () => {
    const nos = index.match(parseTsquery("'werk'")).nos;
    expect(index.page(nos, ['werk'], 'relevance', 0, 10).map((p) => p.no)).toEqual([1, 5, 2, 9]);
    const scores = Object.fromEntries(index.page(nos, ['werk'], 'relevance', 0, 10).map((p) => [p.no, p.score]));
    // Weights 1.0, 0.4 and 0.2 times ln(1 + 5 items / 4 with the word).
    expect(scores[1]).toBeCloseTo(Math.log(1 + 5 / 4), 6);
    expect(scores[5]).toBeCloseTo(0.4 * Math.log(1 + 5 / 4), 6);
    expect(scores[9]).toBeCloseTo(0.2 * Math.log(1 + 5 / 4), 6);
  });

  it('ranks items with more of the words higher, and a rare word above a common one', () => {
    const nos = index.match(parseTsquery("'werk' | 'jobcoach'")).nos;
    const order = index.page(nos, ['werk', 'jobcoach'], 'relevance', 0, 10).map((p) => p.no);
    expect(order[0]).toBe(2); // jobcoach in the title and werk in the text
    expect(order.indexOf(5)).toBeLessThan(order.indexOf(9)); // two words beat one word in the text
  });

  it('sorts newest first on request, items without a date last, and pages without overlap', () => {
    const nos = index.all;
    expect(index.page(nos, [], 'date', 0, 10).map((p) => p.no)).toEqual([2, 9, 1, 5, 4]);
    expect(index.page(nos, [], 'date', 2, 2).map((p) => p.no)).toEqual([1, 5]);
    expect(index.page(nos, [], 'date', 4, 2).map((p) => p.id)).toEqual(['id-4']);
  });

  it('gives the same scores again: no score is left over from an earlier search', () => {
    const nos = index.match(parseTsquery("'werk'")).nos;
    const first = index.page(nos, ['werk'], 'relevance', 0, 10);
    index.page(index.all, ['werk', 'jobcoach', 'taal'], 'relevance', 0, 10);
    expect(index.page(nos, ['werk'], 'relevance', 0, 10)).toEqual(first);
  });
});
