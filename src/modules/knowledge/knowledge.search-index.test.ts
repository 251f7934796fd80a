/** The search index with a layer of changes: it must answer as an index built afresh from the same items. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters, type KnowledgeFilters } from './knowledge.query.js';
import { SearchIndex, type IndexRow } from './knowledge.search-index.js';
import { parseTsquery, WORD_SEPARATOR } from './knowledge.text-index.js';
import type { KnowledgeTheme } from './knowledge.vocabulary.js';

const WORDS = ['werk', 'jobcoach', 'ips', 'schuld', 'taal'];
const THEMES: KnowledgeTheme[] = ['ips', 'jobCoaching', 'learningRoutes'];

/** An item version: its words (sorted, as in a vector), the first in the title, and one or two themes. */
const itemArb = fc.record({
  words: fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.sort()),
  themes: fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 2 }),
  type: fc.constantFrom('guide', 'factsheet'),
});
type Item = { words: string[]; themes: KnowledgeTheme[]; type: string };

function row(no: number, version: number, item: Item): IndexRow {
  const title = item.words.slice(0, 1);
  return {
    version: String(version),
    facets: {
      no,
      type: item.type,
      evidenceLevel: 'notAssessed',
      year: 2000 + no,
      themes: item.themes,
      domains: [],
      targetGroups: [],
    },
    text: {
      no,
      id: `id-${String(no).padStart(3, '0')}`,
      // A date of its own per item: the order newest first does not depend on scores.
      publishedOn: 20000101 + no,
      title: title.join(WORD_SEPARATOR),
      head: title.join(WORD_SEPARATOR),
      all: item.words.join(WORD_SEPARATOR),
    },
  };
}

/** The answers a user sees, for comparing two indexes. */
function answers(index: SearchIndex, query: string, filters: KnowledgeFilters) {
  const tree = parseTsquery(query);
  const { matched } = index.match(tree);
  const shown = index.filter(matched, filters);
  const counts = index
    .countFacets(matched, filters)
    .map((c) => `${c.facet}=${c.value}:${c.count}`)
    .sort();
  return {
    matched: [...index.numbers(matched)],
    shown: [...index.numbers(shown)],
    counts,
    newest: index.page(shown, [], 'date', 0, 5).map((p) => p.no),
  };
}

describe('search index with a layer of changes', () => {
  it('answers as an index built afresh from the same items, after any changes (property)', () => {
    const step = fc.record({
      no: fc.integer({ min: 1, max: 12 }),
      item: fc.option(itemArb, { nil: null }), // null: unpublished
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 1, max: 12 }).map(String), itemArb, { minKeys: 1 }),
        fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("'werk'", "'jobcoach' | 'ips'", "!'taal'", "'werk' & !'schuld'"),
        fc.constantFrom(emptyFilters(), { ...emptyFilters(), theme: ['ips'] as KnowledgeTheme[] }),
        (initial, batches, query, filters) => {
          let version = 1;
          const current = new Map<number, IndexRow>();
          for (const [no, item] of Object.entries(initial)) {
            current.set(Number(no), row(Number(no), version++, item));
          }
          let index = SearchIndex.build([...current.values()]);
          for (const batch of batches) {
            for (const { no, item } of batch) {
              if (item) {
                current.set(no, row(no, version++, item));
              } else {
                current.delete(no);
              }
            }
            const versions = new Map([...current].map(([no, r]) => [no, r.version]));
            const { changed, removed } = index.differences(versions);
            index = index.withChanges(
              changed,
              removed,
              changed.map((no) => current.get(no)!),
            );
            expect(index.size).toBe(current.size);
          }
          const fresh = SearchIndex.build([...current.values()]);
          expect(answers(index, query, filters)).toEqual(answers(fresh, query, filters));
        },
      ),
    );
  });

  it('sees what changed: new and edited items, and items no longer published', () => {
    const index = SearchIndex.build([
      row(1, 1, { words: ['werk'], themes: ['ips'], type: 'guide' }),
      row(2, 2, { words: ['taal'], themes: ['ips'], type: 'guide' }),
    ]);
    expect(
      index.differences(
        new Map([
          [1, '1'],
          [3, '9'],
        ]),
      ),
    ).toEqual({ changed: [3], removed: [2] });
    expect(
      index.differences(
        new Map([
          [1, '5'],
          [2, '2'],
        ]),
      ),
    ).toEqual({ changed: [1], removed: [] });
  });

  it('ranks an edited item by its new words: a word now in its title puts it first', () => {
    const base = SearchIndex.build(
      Array.from({ length: 20 }, (_, i) =>
        row(i + 1, i + 1, { words: ['taal', 'werk'], themes: ['ips'], type: 'guide' }),
      ),
    );
    // Item 7 had "taal" in its title; now "werk" is its only word, and the title word.
    const edited = base.withChanges([7], [], [row(7, 99, { words: ['werk'], themes: ['ips'], type: 'guide' })]);
    const { matched } = edited.match(parseTsquery("'werk'"));
    expect(edited.page(matched, ['werk'], 'relevance', 0, 3)[0]!.no).toBe(7);
    expect([...edited.numbers(edited.match(parseTsquery("'taal'")).matched)]).not.toContain(7);
  });

  it('asks for a full build when the layer grows past a tenth of the items, or past 100 for a small corpus', () => {
    const index = SearchIndex.build(
      Array.from({ length: 2_000 }, (_, i) => row(i + 1, i + 1, { words: ['werk'], themes: ['ips'], type: 'guide' })),
    );
    expect(index.wantsRebuild(200)).toBe(false);
    expect(index.wantsRebuild(201)).toBe(true);
    const small = SearchIndex.build([row(1, 1, { words: ['werk'], themes: ['ips'], type: 'guide' })]);
    expect(small.wantsRebuild(100)).toBe(false);
    expect(small.wantsRebuild(101)).toBe(true);
  });
});
