/**
 * Search over a fixed Dutch corpus, on the real text-search engine (PGlite and PostgreSQL): stemming,
 * weights, facet counts, typo correction, highlighting. The corpus has its own publication year (1901)
 * and every assertion filters on it, so items other test files publish on a shared database do not count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../platform/db/db.js';
import { openTestDb } from '../../../test/helpers.js';
import { refreshSearch, type KnowledgeContent } from './knowledge.data.js';
import { emptyFilters, parseSearch, type KnowledgeSearch } from './knowledge.query.js';
import { insertPublishedItem, search, searchCacheStats } from './knowledge.service.js';

let db: Db;
const RUN = Math.random().toString(36).slice(2, 8);

function item(slug: string, fields: Partial<KnowledgeContent>): KnowledgeContent {
  return {
    slug: `${slug}-${RUN}`,
    type: 'publication',
    title: 'Zonder titel',
    summary: 'Een samenvatting.',
    body: '',
    authors: [],
    organisations: [],
    publishedOn: '1901-06-01',
    themes: [],
    domains: [],
    targetGroups: [],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: null,
    videoUrl: null,
    approaches: [],
    ...fields,
  };
}

const CORPUS: KnowledgeContent[] = [
  item('titel-werkzoekende', {
    title: 'Elke werkzoekende verdient een jobcoach',
    summary: 'Over begeleiding op de werkplek.',
    body: 'Een jobcoach helpt op de werkvloer.',
    themes: ['jobCoaching'],
    type: 'guide',
    publishedOn: '1901-03-01',
  }),
  item('samenvatting-werkzoekenden', {
    title: 'Begeleiding naar betaald werk',
    summary: 'Hoe gemeenten werkzoekenden met een arbeidsbeperking helpen.',
    body: 'Gemeenten werken samen met werkgevers.',
    themes: ['jobCoaching', 'employerServices'],
    targetGroups: ['workDisability'],
    publishedOn: '1901-09-01',
  }),
  item('tekst-werkzoekenden', {
    title: 'Loonkostensubsidie in het kort',
    summary: 'Een instrument voor werkgevers.',
    body: 'De gemeente geeft loonkostensubsidie aan de werkgever. Ook werkzoekenden hebben er baat bij.',
    type: 'instrument',
    themes: ['instruments'],
    targetGroups: ['workDisability', 'benefitRecipient'],
    publishedOn: '1901-11-01',
  }),
  item('arbeidsbeperkingen', {
    title: 'Werken met arbeidsbeperkingen',
    summary: 'Wat werkgevers kunnen doen om mensen met arbeidsbeperkingen aan te nemen.',
    body: 'Jobcarving maakt taken passend.',
    type: 'factsheet',
    themes: ['jobCarving', 'employerServices'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'wellDescribed',
    evidenceAssessedOn: '1901-01-15',
    evidenceAssessedBy: 'Praktijkpanel',
  }),
  item('ips-effectief', {
    title: 'Individuele Plaatsing en Steun',
    summary: 'IPS helpt mensen met psychische klachten aan betaald werk.',
    body: 'Snel zoeken naar werk, met steun van een trajectbegeleider uit de ggz.',
    type: 'intervention',
    themes: ['ips', 'mentalHealth'],
    targetGroups: ['psychologicalVulnerability'],
    domains: ['care', 'workAndIncome'],
    evidenceLevel: 'effectiveStrongIndications',
    evidenceAssessedOn: '1901-02-01',
    evidenceAssessedBy: 'Erkenningscommissie',
  }),
];

const ids = new Map<string, string>();

beforeAll(async () => {
  db = await openTestDb();
  await db.tx(async (tx) => {
    for (const c of CORPUS) {
      ids.set(c.slug, await insertPublishedItem(tx, c));
    }
  });
});
afterAll(async () => {
  await db.close();
});

function inCorpus(text: string, extra: Partial<KnowledgeSearch> = {}): KnowledgeSearch {
  return { text, filters: { ...emptyFilters(), year: [1901] }, sort: 'relevance', page: 1, ...extra };
}
const slugs = (answer: Awaited<ReturnType<typeof search>>) => answer.items.map((i) => i.slug.replace(`-${RUN}`, ''));

describe('knowledge search (Dutch full text)', () => {
  it('stems Dutch words: "werkzoekenden" finds "werkzoekende" and the other way round', async () => {
    const plural = await search(db, inCorpus('werkzoekenden'));
    expect(slugs(plural)).toContain('titel-werkzoekende');
    const singular = await search(db, inCorpus('werkzoekende'));
    expect(slugs(singular)).toEqual(expect.arrayContaining(['samenvatting-werkzoekenden', 'tekst-werkzoekenden']));
  });

  it('"arbeidsbeperking" finds "arbeidsbeperkingen"', async () => {
    const answer = await search(db, inCorpus('arbeidsbeperking'));
    expect(slugs(answer)).toEqual(expect.arrayContaining(['arbeidsbeperkingen', 'samenvatting-werkzoekenden']));
    expect(answer.total).toBe(2);
  });

  it('ranks a match in the title above one in the summary, above one in the text', async () => {
    const answer = await search(db, inCorpus('werkzoekenden'));
    expect(slugs(answer)).toEqual(['titel-werkzoekende', 'samenvatting-werkzoekenden', 'tekst-werkzoekenden']);
  });

  it('sorts by date on request, newest first', async () => {
    const answer = await search(db, inCorpus('werkzoekenden', { sort: 'date' }));
    expect(slugs(answer)).toEqual(['tekst-werkzoekenden', 'samenvatting-werkzoekenden', 'titel-werkzoekende']);
  });

  it('counts facets with the other filters applied, not its own', async () => {
    const all = await search(db, inCorpus(''));
    expect(all.total).toBe(5);
    const count = (answer: typeof all, facet: keyof typeof all.facets, value: string) =>
      answer.facets[facet].find((v) => v.value === value)?.count ?? 0;
    expect(count(all, 'targetGroup', 'workDisability')).toBe(3);
    expect(count(all, 'theme', 'employerServices')).toBe(2);
    expect(count(all, 'type', 'publication')).toBe(1);
    expect(count(all, 'evidenceLevel', 'effectiveStrongIndications')).toBe(1);

    const filtered = await search(db, {
      ...inCorpus(''),
      filters: { ...emptyFilters(), year: [1901], targetGroup: ['workDisability'] },
    });
    expect(filtered.total).toBe(3);
    // Type counts within the filtered set; the target group facet still shows the other groups' counts.
    expect(count(filtered, 'type', 'intervention')).toBe(0);
    expect(count(filtered, 'type', 'factsheet')).toBe(1);
    expect(count(filtered, 'targetGroup', 'psychologicalVulnerability')).toBe(1);
    expect(filtered.facets.targetGroup.find((v) => v.value === 'workDisability')?.selected).toBe(true);
    // Two values of one facet: either (OR); two facets: both (AND).
    const either = await search(db, {
      ...inCorpus(''),
      filters: { ...emptyFilters(), year: [1901], type: ['guide', 'factsheet'], theme: ['employerServices'] },
    });
    expect(slugs(either).sort()).toEqual(['arbeidsbeperkingen']);
  });

  it('puts a typo right for a short query and says so', async () => {
    const answer = await search(db, inCorpus('loonkostensubsdie'));
    expect(answer.correctedText).toBe('loonkostensubsidie');
    expect(slugs(answer)).toEqual(['tekst-werkzoekenden']);
    const none = await search(db, inCorpus('qqqxxzz'));
    expect(none.total).toBe(0);
    expect(none.correctedText).toBeNull();
  });

  it('highlights the words found, without markup of its own in the text', async () => {
    const answer = await search(db, inCorpus('jobcoach'));
    const first = answer.items[0]!;
    expect(first.snippet.some((p) => p.hit && /jobcoach/i.test(p.text))).toBe(true);
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    expect(first.snippet.every((p) => !/[\u0002\u0003<]/.test(p.text))).toBe(true);
  });

  it('takes any typed text without an error (quotes, minus, operators)', async () => {
    for (const text of ['"werk zoeken"', 'werk -loonkostensubsidie', '& | ! ( :*', "o'neill", '😀']) {
      const answer = await search(db, inCorpus(text));
      expect(answer.total).toBeGreaterThanOrEqual(0);
    }
    const phrase = await search(db, inCorpus('"betaald werk"'));
    expect(slugs(phrase).sort()).toEqual(['ips-effectief', 'samenvatting-werkzoekenden']);
  });

  it('finds a phrase only where its words stand in that order, and leaves out a negated phrase', async () => {
    // Both items have both words; the index alone would find them, the check of the positions does not.
    expect((await search(db, inCorpus('"werk betaald"'))).total).toBe(0);
    expect(slugs(await search(db, inCorpus('werkgevers -"betaald werk"'))).sort()).toEqual([
      'arbeidsbeperkingen',
      'tekst-werkzoekenden',
    ]);
  });

  it('answers hyphenated words with digits (phrase queries) at once: they made ts_headline run for seconds', async () => {
    for (const text of ['werkzoekende handreiking-jobcoaching-79a0cea932', 'jobcoach-3e45-a1b2 werk-9x9']) {
      const answer = await search(db, inCorpus(text));
      expect(answer.total).toBeGreaterThanOrEqual(0);
    }
  });

  it('serves a repeated search from the cache, and a new or archived item at once', async () => {
    const word = `cachewoord${RUN}`;
    const first = await search(db, inCorpus(word));
    expect(first.total).toBe(0);
    const before = searchCacheStats(db);
    expect((await search(db, inCorpus(word))).total).toBe(0);
    expect(searchCacheStats(db).hits).toBe(before.hits + 1);
    // Publishing changes the corpus: the same search finds the new item on the next request.
    const id = await db.tx((tx) =>
      insertPublishedItem(tx, item('cache-nieuw', { title: `Nieuw over ${word}`, publishedOn: '1901-12-01' })),
    );
    const after = await search(db, inCorpus(word));
    expect(after.total).toBe(1);
    expect(after.items[0]!.slug).toBe(`cache-nieuw-${RUN}`);
    // Its facet values count at once as well (the facet table is built again for the new generation).
    expect(after.facets.type.find((v) => v.value === 'publication')?.count).toBe(1);
    expect(after.facets.year.find((v) => v.value === '1901')).toMatchObject({ count: 1, selected: true });
    // A change that is rolled back leaves no answer behind that a later change could be served.
    await expect(
      db.tx(async (tx) => {
        await tx.query(`UPDATE knowledge_items SET status = 'archived' WHERE id = $1`, [id]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await search(db, inCorpus(word))).total).toBe(1);
    await db.query(`UPDATE knowledge_items SET status = 'archived' WHERE id = $1`, [id]);
    expect((await search(db, inCorpus(word))).total).toBe(0);
  });

  it('keeps the search index when a change leaves the published items as they were (a draft or archive saved)', async () => {
    const id = await db.tx((tx) => insertPublishedItem(tx, item('index-archief', { title: `Archief ${RUN}` })));
    await db.query(`UPDATE knowledge_items SET status = 'archived' WHERE id = $1`, [id]);
    await search(db, inCorpus(`archief${RUN}`));
    // Other test files may publish on a shared database meanwhile (a rebuild then is right): a few tries.
    let rebuilt = true;
    for (let attempt = 0; attempt < 3 && rebuilt; attempt++) {
      const before = searchCacheStats(db).indexBuilds;
      await db.query(`UPDATE knowledge_items SET summary = $2 WHERE id = $1`, [id, `Gewijzigd ${attempt}`]);
      // A text not asked before: computed, not taken from the result cache.
      expect((await search(db, inCorpus(`archief${RUN} ${attempt}`))).total).toBe(0);
      rebuilt = searchCacheStats(db).indexBuilds !== before;
    }
    expect(rebuilt).toBe(false);
    // Publishing it again is a change to the published items: found at once, through a layer on the index.
    const builds = searchCacheStats(db).indexBuilds;
    await db.query(`UPDATE knowledge_items SET status = 'published' WHERE id = $1`, [id]);
    expect(slugs(await search(db, inCorpus(`archief ${RUN}`)))).toEqual(['index-archief']);
    // An edit of its title: the new words find it, the old ones no longer; its facet values count as edited.
    await db.tx(async (tx) => {
      await tx.query(`UPDATE knowledge_items SET title = $2, type = 'guide' WHERE id = $1`, [id, `Opgeruimd ${RUN}`]);
      await refreshSearch(tx, id);
    });
    expect(slugs(await search(db, inCorpus(`opgeruimd ${RUN}`)))).toEqual(['index-archief']);
    expect((await search(db, inCorpus(`archief ${RUN}`))).total).toBe(0);
    const guides = (await search(db, inCorpus(RUN))).facets.type;
    expect(guides.find((v) => v.value === 'guide')?.count).toBe(1);
    expect(guides.find((v) => v.value === 'publication')).toBeUndefined();
    // Other files may publish meanwhile: the layers are what is certain, builds at most as many as theirs.
    expect(searchCacheStats(db).indexLayers).toBeGreaterThan(0);
    if (process.env.DB_DRIVER !== 'pg') {
      expect(searchCacheStats(db).indexBuilds).toBe(builds);
    }
  });

  it('returns an answer no caller can change for the next one', async () => {
    const answer = await search(db, inCorpus('jobcoach'));
    expect(Object.isFrozen(answer.items)).toBe(true);
    expect(() => (answer.items as unknown[]).push(null)).toThrow(TypeError);
    expect((await search(db, inCorpus('jobcoach'))).items.length).toBe(answer.items.length);
  });

  it('reads a shared URL back into the same search', () => {
    const s = parseSearch({ q: ' werk  zoeken ', theme: 'ips,jobCoaching', type: ['guide', 'nonsense'], page: '2' });
    expect(s.text).toBe('werk zoeken');
    expect(s.filters.theme).toEqual(['ips', 'jobCoaching']);
    expect(s.filters.type).toEqual(['guide']);
    expect(s.page).toBe(2);
  });
});
