/** Rules of the knowledge portal that need no database: workflow, search URLs, snippets, Markdown. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToPlainText, renderMarkdown } from './knowledge.markdown.js';
import { FACETS, parseSearch, searchToQueryString, toggleFilter, emptyFilters } from './knowledge.query.js';
import { buildSnippet, editActionFor, transitionOf } from './knowledge.service.js';
import { KNOWLEDGE_STATUSES, KNOWLEDGE_THEMES, KNOWLEDGE_TYPES } from './knowledge.vocabulary.js';

describe('editorial workflow', () => {
  it('only editors publish, archive or restore; contributors submit and withdraw', () => {
    expect(transitionOf('draft', 'inReview')?.action).toBe('knowledge.edit');
    expect(transitionOf('inReview', 'draft')?.action).toBe('knowledge.edit');
    for (const from of KNOWLEDGE_STATUSES) {
      const toPublished = transitionOf(from, 'published');
      if (toPublished) {
        expect(toPublished.action).toBe('knowledge.publish');
      }
      const toArchived = transitionOf(from, 'archived');
      if (toArchived) {
        expect(toArchived.action).toBe('knowledge.publish');
      }
    }
    expect(transitionOf('published', 'draft')?.action).toBe('knowledge.publish');
    expect(transitionOf('archived', 'draft')?.move).toBe('restore');
  });

  it('has no change to the same status and none that skips review backwards', () => {
    for (const s of KNOWLEDGE_STATUSES) {
      expect(transitionOf(s, s)).toBeNull();
    }
    expect(transitionOf('draft', 'archived')).toBeNull();
    expect(transitionOf('archived', 'inReview')).toBeNull();
  });

  it('a published item is changed by editors only; an archived one not at all', () => {
    expect(editActionFor('draft')).toBe('knowledge.edit');
    expect(editActionFor('inReview')).toBe('knowledge.edit');
    expect(editActionFor('published')).toBe('knowledge.publish');
    expect(editActionFor('archived')).toBeNull();
  });
});

describe('search URLs', () => {
  const filtersArb = fc.record({
    type: fc.subarray([...KNOWLEDGE_TYPES]),
    theme: fc.subarray([...KNOWLEDGE_THEMES]),
    domain: fc.constant([] as never[]),
    targetGroup: fc.constant([] as never[]),
    evidenceLevel: fc.constant([] as never[]),
    year: fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { maxLength: 3 }),
  });

  it('a search read back from its own URL is the same search, and its URL the same URL', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        filtersArb,
        fc.constantFrom<'relevance' | 'date'>('relevance', 'date'),
        fc.integer({ min: 1, max: 50 }),
        (text, filters, sort, page) => {
          const first = parseSearch({
            q: text,
            ...Object.fromEntries(FACETS.map((f) => [f, filters[f].map(String).join(',')])),
            sort,
            page: String(page),
          });
          const qs = searchToQueryString(first);
          const params = Object.fromEntries(new URLSearchParams(qs));
          const again = parseSearch(params);
          expect(again).toEqual(first);
          expect(searchToQueryString(again)).toBe(qs);
        },
      ),
    );
  });

  it('orders values and drops unknown ones, so equal searches share one URL', () => {
    const a = parseSearch({ theme: 'jobCoaching,ips,onzin', type: ['guide', 'publication'], year: '2024,1800,2023' });
    const b = parseSearch({ theme: ['ips', 'jobCoaching'], type: 'publication,guide', year: '2023,2024' });
    expect(searchToQueryString(a)).toBe(searchToQueryString(b));
    expect(searchToQueryString(a)).toBe('type=publication,guide&theme=ips,jobCoaching&year=2024,2023');
  });

  it('switches one facet value on and off', () => {
    const on = toggleFilter(emptyFilters(), 'theme', 'ips');
    expect(on.theme).toEqual(['ips']);
    expect(toggleFilter(on, 'theme', 'ips').theme).toEqual([]);
  });
});

describe('snippets', () => {
  it('marks the words that start with a searched stem, accents and case ignored, around the first match', () => {
    const parts = buildSnippet(
      'Een Jobcoach helpt werkzoekenden. Daarna méér werkzoekende mensen.',
      ['jobcoach', 'werkzoek'],
      'x',
    );
    expect(parts).toEqual([
      { text: 'Een ', hit: false },
      { text: 'Jobcoach', hit: true },
      { text: ' helpt ', hit: false },
      { text: 'werkzoekenden', hit: true },
      { text: '. Daarna méér ', hit: false },
      { text: 'werkzoekende', hit: true },
      { text: ' mensen', hit: false },
    ]);
    expect(buildSnippet('Niets hier', ['jobcoach'], 'De samenvatting')).toEqual([
      { text: 'De samenvatting', hit: false },
    ]);
    expect(buildSnippet('Tekst', [], 'Samenvatting')).toEqual([{ text: 'Samenvatting', hit: false }]);
  });

  it('starts a few words before the first match and says when text is left out', () => {
    const text = Array.from({ length: 100 }, (_, i) => `woord${i}`).join(' ') + ' loonkostensubsidie einde';
    const parts = buildSnippet(text, ['loonkostensubsidie'], 'x');
    expect(parts[0]!.text.startsWith('… woord92')).toBe(true);
    expect(parts.find((p) => p.hit)?.text).toBe('loonkostensubsidie');
  });

  it('never loses the matched words and never takes long, whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }),
        fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 5 }),
        (text, lexemes) => {
          const t0 = performance.now();
          const parts = buildSnippet(text, lexemes, 'fallback');
          expect(performance.now() - t0).toBeLessThan(200);
          expect(parts.length).toBeGreaterThan(0);
          for (const p of parts.filter((x) => x.hit)) {
            expect(text).toContain(p.text);
          }
        },
      ),
    );
  });
});

describe('Markdown', () => {
  it('renders headings, lists and safe links', () => {
    const html = renderMarkdown('# Titel\n\n- één\n- [site](https://www.example.org)');
    expect(html).toContain('<h2>Titel</h2>');
    expect(html).toContain('<li>één</li>');
    expect(html).toContain('<a href="https://www.example.org" rel="nofollow noopener noreferrer">site</a>');
  });

  it('lets no element with script, event handler or dangerous link through, whatever the input', () => {
    const dangerous = fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[a](javascript:alert(1))',
      '[a](JaVaScRiPt:alert(1))',
      '[a](data:text/html;base64,PHNjcmlwdD4=)',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<svg onload=alert(1)>',
      '[a](vbscript:msgbox)',
      '<style>body{}</style>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), dangerous), { maxLength: 8 }), (parts) => {
        const html = renderMarkdown(parts.join('\n\n'));
        expect(html).not.toMatch(/<(script|img|iframe|svg|style|object|embed)\b/i);
        expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
        expect(html).not.toMatch(/<a\b[^>]*href="\s*(javascript|data|vbscript):/i);
      }),
    );
  });

  it('gives the plain text for search and snippets', () => {
    expect(markdownToPlainText('## Kop\n\nTekst met **nadruk** en [link](https://x.example).')).toBe(
      'Kop\nTekst met nadruk en link.',
    );
  });
});
