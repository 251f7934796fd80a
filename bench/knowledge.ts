/**
 * `npm run bench` (knowledge figure): the knowledge portal's search at 50,000 published items on
 * PostgreSQL — one- to three-word Dutch queries with facets — through the public API and through the
 * search function, each against a bare `tsvector` match-and-rank query (top 20, no facets, no snippets)
 * in the same run. Target (knowledge issue): p95 ≤ 20 ms. Writes docs/benchmarks-knowledge.md.
 *
 * Data (generated in SQL, deterministic): 50,000 items whose titles, summaries and bodies are recombined
 * from the paragraphs of the ~100 demo items (real Dutch text, so stemming and ranking behave as they
 * would), with types, themes, domains, target groups, evidence levels and years spread over the vocabularies.
 *
 * Settings: BENCH_DURATION (s, 10), BENCH_CONCURRENCY (4), BENCH_ITEMS (50000), BENCH_DATABASE_URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import type { Db } from '../src/platform/db/db.js';
import { bareSearch, findSearchIndexRows } from '../src/modules/knowledge/knowledge.data.js';
import { DEMO_KNOWLEDGE_ITEMS } from '../src/modules/knowledge/knowledge.demo-items.js';
import { markdownToPlainText } from '../src/modules/knowledge/knowledge.markdown.js';
import { parseSearch } from '../src/modules/knowledge/knowledge.query.js';
import {
  forgetParsedSearches,
  search,
  searchCacheStats,
  searchUncached,
} from '../src/modules/knowledge/knowledge.service.js';
import { SearchIndex } from '../src/modules/knowledge/knowledge.search-index.js';
import {
  EVIDENCE_LEVELS,
  KNOWLEDGE_DOMAINS,
  KNOWLEDGE_TARGET_GROUPS,
  KNOWLEDGE_THEMES,
  KNOWLEDGE_TYPES,
} from '../src/modules/knowledge/knowledge.vocabulary.js';
import { functionLoad, httpLoad, intEnv } from './harness.js';
import { withBenchDatabase } from './pg.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_P95_MS = 20;

const SETTINGS = {
  duration: intEnv('BENCH_DURATION', 10, 1, 120),
  concurrency: intEnv('BENCH_CONCURRENCY', 4, 1, 64),
  items: intEnv('BENCH_ITEMS', 50_000, 1_000, 1_000_000),
  output: path.resolve(ROOT, process.env.BENCH_KNOWLEDGE_OUTPUT ?? 'docs/benchmarks-knowledge.md'),
};

/** The hand-written sections of a benchmark document start at this heading; a new measurement keeps them. */
const READING_HEADING = '\n## Reading';

/**
 * The hand-written reading of earlier measurements (from its heading to the end) in the document at `file`, to
 * keep below the new figures: the numbers above are regenerated, what was learnt from them is not lost.
 */
function keptReading(file: string): string {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const at = old.indexOf(READING_HEADING);
  return at < 0 ? '' : old.slice(at);
}

function log(message: string): void {
  process.stderr.write(`[bench knowledge] ${message}\n`);
}

/** One search per request, cycling through the queries (not all ten at once as one page). */
const load = (urls: string[]) =>
  httpLoad(
    urls.map((url) => ({ url, headers: {} })),
    { ...SETTINGS, cycle: true },
  );
/** The same concurrency and duration, in process, cycling through `fns`. */
const loadFns = (fns: (() => Promise<unknown>)[], concurrency = SETTINGS.concurrency) =>
  functionLoad(fns, { ...SETTINGS, concurrency });

/** The searches measured: what visitors type (one to three words), some with facets. */
export const QUERIES: Record<string, string>[] = [
  { q: 'jobcoach' },
  { q: 'werkzoekenden' },
  { q: 'arbeidsbeperking', theme: 'employerServices' },
  { q: 'loonkostensubsidie werkgever' },
  { q: 'psychische klachten', type: 'intervention,practiceExample' },
  { q: 'duurzaam werk', targetGroup: 'workDisability', year: '2024,2025' },
  { q: 'ips', evidenceLevel: 'effectiveStrongIndications' },
  { q: 'statushouders taal werk' },
  { q: 'schulden', domain: 'workAndIncome' },
  { q: 'werkervaringsplaats leerroute', theme: 'learningRoutes' },
];

export async function seedKnowledgeItems(db: Db, n: number): Promise<void> {
  const t0 = performance.now();
  const paragraphs = DEMO_KNOWLEDGE_ITEMS.flatMap((i) =>
    markdownToPlainText(i.body)
      .split('\n')
      .filter((p) => p.length > 40),
  );
  const titles = DEMO_KNOWLEDGE_ITEMS.map((i) => i.title);
  const summaries = DEMO_KNOWLEDGE_ITEMS.map((i) => i.summary);
  const organisations = [...new Set(DEMO_KNOWLEDGE_ITEMS.flatMap((i) => i.organisations))];
  const batch = 5_000;
  for (let from = 1; from <= n; from += batch) {
    const to = Math.min(n, from + batch - 1);
    // hashint(g, k): a deterministic pseudo-random number per item and purpose.
    await db.query(
      `WITH g AS (SELECT g, abs(hashtext(g::text || ':a')) AS a, abs(hashtext(g::text || ':b')) AS b,
                         abs(hashtext(g::text || ':c')) AS c, abs(hashtext(g::text || ':d')) AS d FROM generate_series($1::int, $2::int) g)
       INSERT INTO knowledge_items (slug, type, status, title, summary, body, body_plain, authors, organisations, published_on,
                                    themes, domains, target_groups, evidence_level, evidence_assessed_on, evidence_assessed_by,
                                    language_level, first_published_at)
       SELECT 'bench-' || g.g, ($3::text[])[1 + g.a % cardinality($3::text[])], 'published',
              ($4::text[])[1 + g.b % cardinality($4::text[])] || ' (' || g.g || ')',
              ($5::text[])[1 + g.c % cardinality($5::text[])],
              body.text, body.text, ARRAY['Auteur ' || (g.d % 500)], ARRAY[($6::text[])[1 + g.d % cardinality($6::text[])]],
              DATE '2015-01-01' + (g.a % 4300),
              ARRAY(SELECT DISTINCT ($7::text[])[1 + (g.b / k) % cardinality($7::text[])] FROM generate_series(1, 1 + g.c % 3) k),
              ARRAY[($8::text[])[1 + g.d % cardinality($8::text[])]],
              ARRAY(SELECT DISTINCT ($9::text[])[1 + (g.a / k) % cardinality($9::text[])] FROM generate_series(1, 1 + g.d % 2) k),
              CASE WHEN g.c % 10 = 0 THEN ($10::text[])[2 + g.a % (cardinality($10::text[]) - 1)] ELSE 'notAssessed' END,
              CASE WHEN g.c % 10 = 0 THEN DATE '2020-01-01' + (g.b % 2000) END,
              CASE WHEN g.c % 10 = 0 THEN 'Erkenningscommissie' END,
              'B2', now()
         FROM g, LATERAL (SELECT string_agg(($11::text[])[1 + abs(hashtext(g.g::text || ':p' || k)) % cardinality($11::text[])], E'\\n') AS text
                            FROM generate_series(1, 3 + g.d % 5) k) body`,
      [
        from,
        to,
        KNOWLEDGE_TYPES,
        titles,
        summaries,
        organisations,
        KNOWLEDGE_THEMES,
        KNOWLEDGE_DOMAINS,
        KNOWLEDGE_TARGET_GROUPS,
        EVIDENCE_LEVELS,
        paragraphs,
      ],
    );
    log(`items ${to} of ${n}`);
  }
  // The vectors as refreshSearch (knowledge.data.ts) writes them: the head (title A; summary, authors and
  // organisations B) on its own for ranking, and head and text together for matching.
  await db.exec(`
    UPDATE knowledge_items k SET search = h.head || setweight(to_tsvector('dutch', k.body_plain), 'C'), search_head = h.head
      FROM (SELECT i.id, setweight(to_tsvector('dutch', i.title), 'A')
                      || setweight(to_tsvector('dutch', i.summary || ' ' || array_to_string(i.authors, ' ') || ' ' || array_to_string(i.organisations, ' ')), 'B') AS head
              FROM knowledge_items i WHERE i.slug LIKE 'bench-%') h
     WHERE k.id = h.id;`);
  // VACUUM moves the GIN index's pending entries into the index (ADR 0012); it cannot run in a transaction.
  await db.query('VACUUM ANALYZE knowledge_items');
  log(`seeded ${n} items in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const fmt = (ms: number) => ms.toFixed(1);

async function main(): Promise<number> {
  const started = new Date();
  return withBenchDatabase('knowledge', log, async ({ engine, db, dataDir }) => {
    await seedKnowledgeItems(db, SETTINGS.items);
    const config = loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SERVE_WEB: '0',
      DEMO: '0',
      MFA_REQUIRED_ROLES: 'none',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      DATABASE_URL: engine.databaseUrl!,
      FIELD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    const app = await buildApp({ config, db });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1`;
    const urls = QUERIES.map((q) => `${base}/knowledge-items?${new URLSearchParams(q).toString()}`);
    const searches = QUERIES.map((q) => parseSearch(q));
    const totals: number[] = [];
    for (const s of searches) {
      totals.push((await search(db, s)).total);
    }
    log(`matches per query: ${totals.join(', ')}`);
    if (totals.some((n) => n === 0)) {
      throw new Error('a measured query found nothing: the data or the search is wrong');
    }
    log('bare tsvector query');
    // The baseline gets the planner setting that makes it the best bare query (sequential scans off: the
    // planner costs `search @@ query` as cheap and would otherwise sometimes read every vector from TOAST).
    const bareFns = searches.map(
      (s) => () =>
        db.tx(async (q) => {
          await q.query('SET LOCAL enable_seqscan = off');
          return bareSearch(q, s.text);
        }),
    );
    const bare1 = await loadFns(bareFns, 1);
    const bare = await loadFns(bareFns);
    // What the first search after a change to the corpus pays once: reading every published item's facet
    // values and search vector into the search index (ADR 0012, "Text index"). Measured on its own, five times.
    const builds: number[] = [];
    let words = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const { rows } = await findSearchIndexRows(db);
      words = SearchIndex.build(rows).words;
      builds.push(performance.now() - t0);
    }
    builds.sort((a, b) => a - b);
    const indexBuild = builds[2]!;
    // What the first search after an editor changes one published item pays: the versions of all published
    // items read, the changed item read and indexed as a layer (knowledge.search-index.ts). Five times.
    await searchUncached(db, searches[0]!);
    const changes: number[] = [];
    for (let i = 0; i < 5; i++) {
      await db.query(`UPDATE knowledge_items SET summary = summary || ' ' WHERE slug = $1`, [`bench-${1 + i}`]);
      const t0 = performance.now();
      await searchUncached(db, searches[0]!);
      changes.push(performance.now() - t0);
    }
    changes.sort((a, b) => a - b);
    const afterChange = changes[2]!;
    log('search function without the result cache (facets, snippets)');
    const fn1 = await loadFns(
      searches.map((s) => () => searchUncached(db, s)),
      1,
    );
    const fn = await loadFns(searches.map((s) => () => searchUncached(db, s)));
    log('search function without the result cache, texts never seen (parsed in PostgreSQL each time)');
    const fresh = await loadFns(
      searches.map((s) => () => {
        forgetParsedSearches();
        return searchUncached(db, s);
      }),
    );
    log('public API (result cache)');
    const cacheBefore = searchCacheStats(db);
    const api = await load(urls);
    const cacheAfter = searchCacheStats(db);
    await app.close();
    const c = SETTINGS.concurrency;
    const rows = [
      { label: 'Bare tsvector match + rank, top 20 (baseline), 1 client', l: bare1, base: bare1 },
      { label: 'Search with facets, snippets, typo check, uncached (function), 1 client', l: fn1, base: bare1 },
      { label: `Bare tsvector match + rank, top 20 (baseline), ${c} clients`, l: bare, base: bare },
      { label: `Search with facets, snippets, typo check, uncached (function), ${c} clients`, l: fn, base: bare },
      { label: `The same, each text parsed afresh in PostgreSQL (function), ${c} clients`, l: fresh, base: bare },
      { label: `GET /api/v1/knowledge-items (HTTP, public, result cache), ${c} clients`, l: api, base: bare },
    ];
    const cacheLine = `Result cache during the HTTP row: ${cacheAfter.hits - cacheBefore.hits} hits, ${cacheAfter.misses - cacheBefore.misses} misses (${cacheAfter.entries} answers kept).`;
    const met = api.p95 <= TARGET_P95_MS;
    const coldMet = fn1.p95 <= TARGET_P95_MS;
    const coldLoadMet = Math.max(fn.p95, fresh.p95) <= TARGET_P95_MS;
    const md = `# Benchmark: knowledge search

Generated by \`npm run bench\` (\`bench/knowledge.ts\`) on ${started.toISOString().slice(0, 10)}: ${SETTINGS.items.toLocaleString('en')} published
knowledge items on ${engine.label} (${engine.detail}), 1 or ${SETTINGS.concurrency} concurrent clients for ${SETTINGS.duration} s per row, on this
machine (${os.cpus().length} cores). Queries: ${QUERIES.length} one- to three-word Dutch searches, six with facet filters
(\`${QUERIES.map((q) => new URLSearchParams(q).toString()).join('`, `')}\`); matches per query: ${totals.join(', ')}.
The sections from "Reading" on are written by hand; a new measurement keeps them below its figures.

| | requests | p50 ms | p95 ms | p99 ms | p95 / baseline |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => `| ${r.label} | ${r.l.count} | ${fmt(r.l.p50)} | ${fmt(r.l.p95)} | ${fmt(r.l.p99)} | ${(r.l.p95 / r.base.p95).toFixed(2)} |`).join('\n')}

Target: p95 ≤ ${TARGET_P95_MS} ms for the search with facets. A search computed afresh, one at a time: **${coldMet ? 'met' : 'not met'}**
(${fmt(fn1.p95)} ms; the bare query ${fmt(bare1.p95)} ms). With ${c} searches at once, all computed afresh: **${coldLoadMet ? 'met' : 'not met'}**
(${fmt(fn.p95)} ms; ${fmt(fresh.p95)} ms with the text parsed each time; the bare query ${fmt(bare.p95)} ms). Repeated searches through
HTTP: **${met ? 'met' : 'not met'}** (${fmt(api.p95)} ms). ${cacheLine}
The baseline is the least a full-text search in PostgreSQL must do (match with the GIN index and rank the
matches). The search matches and ranks in the server's text index (ADR 0012, "Text index"), filters and
counts the six facets over all matched items, takes the 20 shown items (from the database the first time an
item is shown after a change, then from memory), builds their snippets and the JSON answer. The uncached rows
are every search computed afresh: the first with the text's reading by PostgreSQL's Dutch configuration kept
(as for every text asked before), the second reading it each time (one more round trip). The HTTP row is what
visitors get for searches already asked since the last change (the result cache). The search index (every
published item's facet values and words: ${words.toLocaleString('en')} distinct words) is built once after each change to the
published items (not when a draft is saved): ${fmt(indexBuild)} ms (median of 5) for ${SETTINGS.items.toLocaleString('en')} items, paid by the first
search after the server starts. After that a change to a few items is applied as a layer: the first search
after one published item was changed took ${fmt(afterChange)} ms (median of 5; the search itself included).
`;
    fs.writeFileSync(SETTINGS.output, md + keptReading(SETTINGS.output));
    log(`wrote ${path.relative(ROOT, SETTINGS.output)}`);
    process.stdout.write(md);
    return 0;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main();
}
