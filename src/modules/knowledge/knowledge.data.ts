/** SQL of the knowledge portal: items, versions, workflow events, files, approaches, search. */
import type { FacetRow } from './knowledge.facets.js';
import type { Queryable } from '../../platform/db/db.js';
import type { ListScope } from '../../platform/access/types.js';
import type { Facet, KnowledgeFilters, KnowledgeSort } from './knowledge.query.js';
import type {
  EvidenceLevel,
  KnowledgeDomain,
  KnowledgeStatus,
  KnowledgeTargetGroup,
  KnowledgeTheme,
  KnowledgeType,
  LanguageLevel,
} from './knowledge.vocabulary.js';

/** The fields an editor writes. */
export interface KnowledgeContent {
  slug: string;
  type: KnowledgeType;
  title: string;
  summary: string;
  body: string;
  authors: string[];
  organisations: string[];
  publishedOn: string | null;
  themes: KnowledgeTheme[];
  domains: KnowledgeDomain[];
  targetGroups: KnowledgeTargetGroup[];
  evidenceLevel: EvidenceLevel;
  evidenceAssessedOn: string | null;
  evidenceAssessedBy: string | null;
  languageLevel: LanguageLevel | null;
  videoUrl: string | null;
  approaches: string[];
}

export interface KnowledgeRow extends KnowledgeContent {
  id: string;
  status: KnowledgeStatus;
  organisationId: string | null;
  organisationName: string | null;
  version: number;
  createdAt: Date;
  createdByName: string | null;
  updatedAt: Date;
  updatedByName: string | null;
  statusChangedAt: Date;
  firstPublishedAt: Date | null;
}

const SELECT = `SELECT k.id, k.slug, k.type, k.status, k.title, k.summary, k.body, k.authors, k.organisations,
       k.published_on AS "publishedOn", k.themes, k.domains, k.target_groups AS "targetGroups",
       k.evidence_level AS "evidenceLevel", k.evidence_assessed_on AS "evidenceAssessedOn",
       k.evidence_assessed_by AS "evidenceAssessedBy", k.language_level AS "languageLevel", k.video_url AS "videoUrl",
       coalesce((SELECT array_agg(a.approach_code ORDER BY a.approach_code) FROM knowledge_item_approaches a WHERE a.item_id = k.id), '{}') AS approaches,
       k.organisation_id AS "organisationId", o.name AS "organisationName", k.version,
       k.created_at AS "createdAt", cu.name AS "createdByName", k.updated_at AS "updatedAt", uu.name AS "updatedByName",
       k.status_changed_at AS "statusChangedAt", k.first_published_at AS "firstPublishedAt"
  FROM knowledge_items k
  LEFT JOIN organisations o ON o.id = k.organisation_id
  LEFT JOIN users cu ON cu.id = k.created_by
  LEFT JOIN users uu ON uu.id = k.updated_by`;

export async function getItem(q: Queryable, id: string, forUpdate = false): Promise<KnowledgeRow | null> {
  const { rows } = await q.query<KnowledgeRow>(`${SELECT} WHERE k.id = $1${forUpdate ? ' FOR UPDATE OF k' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function getPublishedBySlug(q: Queryable, slug: string): Promise<KnowledgeRow | null> {
  const { rows } = await q.query<KnowledgeRow>(`${SELECT} WHERE k.slug = $1 AND k.status = 'published'`, [slug]);
  return rows[0] ?? null;
}

export async function slugTaken(q: Queryable, slug: string, exceptId: string | null): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM knowledge_items WHERE slug = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [slug, exceptId],
  );
  return rows.length > 0;
}

export interface EditorialListItem {
  id: string;
  slug: string;
  type: KnowledgeType;
  status: KnowledgeStatus;
  title: string;
  organisationName: string | null;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
}

/** Items for the editorial screens, within what the actor may edit. */
export async function findEditorial(
  q: Queryable,
  scope: ListScope,
  filter: { status: KnowledgeStatus | null; text: string; limit: number; offset: number },
): Promise<{ items: EditorialListItem[]; total: number }> {
  const params = [scope.all, scope.organisationIds, filter.status, filter.text ? `%${filter.text}%` : null];
  const where = `($1::boolean OR k.organisation_id = ANY($2::uuid[]))
     AND ($3::text IS NULL OR k.status = $3::text)
     AND ($4::text IS NULL OR k.title ILIKE $4::text OR k.slug ILIKE $4::text)`;
  const { rows } = await q.query<EditorialListItem>(
    `SELECT k.id, k.slug, k.type, k.status, k.title, o.name AS "organisationName", k.version,
            k.updated_at AS "updatedAt", u.name AS "updatedByName"
       FROM knowledge_items k LEFT JOIN organisations o ON o.id = k.organisation_id LEFT JOIN users u ON u.id = k.updated_by
      WHERE ${where}
      ORDER BY k.updated_at DESC, k.id LIMIT $5 OFFSET $6`,
    [...params, filter.limit, filter.offset],
  );
  const count = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM knowledge_items k WHERE ${where}`, params);
  return { items: rows, total: count.rows[0]?.n ?? 0 };
}

export async function countByStatus(q: Queryable, scope: ListScope): Promise<Record<string, number>> {
  const { rows } = await q.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM knowledge_items k
      WHERE ($1::boolean OR k.organisation_id = ANY($2::uuid[])) GROUP BY status`,
    [scope.all, scope.organisationIds],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

function contentParams(c: KnowledgeContent, bodyPlain: string): unknown[] {
  return [
    c.slug,
    c.type,
    c.title,
    c.summary,
    c.body,
    bodyPlain,
    c.authors,
    c.organisations,
    c.publishedOn,
    c.themes,
    c.domains,
    c.targetGroups,
    c.evidenceLevel,
    c.evidenceAssessedOn,
    c.evidenceAssessedBy,
    c.languageLevel,
    c.videoUrl,
  ];
}

export async function insertItem(
  q: Queryable,
  c: KnowledgeContent,
  bodyPlain: string,
  meta: { organisationId: string | null; userId: string | null; status: KnowledgeStatus },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO knowledge_items (slug, type, title, summary, body, body_plain, authors, organisations, published_on, themes,
        domains, target_groups, evidence_level, evidence_assessed_on, evidence_assessed_by, language_level, video_url,
        organisation_id, created_by, updated_by, status, first_published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8::text[], $9::date, $10::text[], $11::text[], $12::text[], $13, $14::date, $15, $16, $17,
        $18::uuid, $19::uuid, $19::uuid, $20, CASE WHEN $20 = 'published' THEN now() END)
     RETURNING id`,
    [...contentParams(c, bodyPlain), meta.organisationId, meta.userId, meta.status],
  );
  const id = rows[0]!.id;
  await setApproaches(q, id, c.approaches);
  return id;
}

export async function updateItem(
  q: Queryable,
  id: string,
  c: KnowledgeContent,
  bodyPlain: string,
  userId: string | null,
): Promise<number> {
  const { rows } = await q.query<{ version: number }>(
    `UPDATE knowledge_items SET slug = $1, type = $2, title = $3, summary = $4, body = $5, body_plain = $6, authors = $7::text[],
        organisations = $8::text[], published_on = $9::date, themes = $10::text[], domains = $11::text[], target_groups = $12::text[],
        evidence_level = $13, evidence_assessed_on = $14::date, evidence_assessed_by = $15, language_level = $16, video_url = $17,
        updated_by = $19::uuid, updated_at = now(), version = version + 1
      WHERE id = $18::uuid RETURNING version`,
    [...contentParams(c, bodyPlain), id, userId],
  );
  await setApproaches(q, id, c.approaches);
  return rows[0]!.version;
}

async function setApproaches(q: Queryable, id: string, codes: string[]): Promise<void> {
  await q.query(`DELETE FROM knowledge_item_approaches WHERE item_id = $1 AND NOT (approach_code = ANY($2::text[]))`, [
    id,
    codes,
  ]);
  await q.query(
    `INSERT INTO knowledge_item_approaches (item_id, approach_code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    [id, codes],
  );
}

export async function knownApproaches(q: Queryable, codes: string[]): Promise<string[]> {
  const { rows } = await q.query<{ code: string }>(`SELECT code FROM approaches WHERE code = ANY($1::text[])`, [codes]);
  return rows.map((r) => r.code);
}

/** Recomputes an item's search vector from its fields and files (weights: title A, summary B, body C, files D). */
export async function refreshSearch(q: Queryable, id: string): Promise<void> {
  await q.query(
    `UPDATE knowledge_items k SET search = h.head
     || setweight(to_tsvector('dutch', k.body_plain), 'C')
     || setweight(to_tsvector('dutch', coalesce((SELECT string_agg(f.extracted_text, ' ') FROM knowledge_files f WHERE f.item_id = k.id), '')), 'D'),
        search_head = h.head
       FROM (SELECT setweight(to_tsvector('dutch', i.title), 'A')
                 || setweight(to_tsvector('dutch', i.summary || ' ' || array_to_string(i.authors, ' ') || ' ' || array_to_string(i.organisations, ' ')), 'B') AS head
               FROM knowledge_items i WHERE i.id = $1) h
      WHERE k.id = $1`,
    [id],
  );
}

export async function insertVersion(
  q: Queryable,
  id: string,
  version: number,
  content: unknown,
  userId: string | null,
): Promise<void> {
  await q.query(
    `INSERT INTO knowledge_item_versions (item_id, version, content, saved_by) VALUES ($1, $2, $3::jsonb, $4::uuid)`,
    [id, version, JSON.stringify(content), userId],
  );
}

export interface VersionRow {
  version: number;
  content: KnowledgeContent;
  savedAt: Date;
  savedByName: string | null;
}

export async function findVersions(q: Queryable, id: string): Promise<VersionRow[]> {
  const { rows } = await q.query<VersionRow>(
    `SELECT v.version, v.content, v.saved_at AS "savedAt", u.name AS "savedByName"
       FROM knowledge_item_versions v LEFT JOIN users u ON u.id = v.saved_by
      WHERE v.item_id = $1 ORDER BY v.version DESC`,
    [id],
  );
  return rows;
}

export async function setStatus(
  q: Queryable,
  id: string,
  from: KnowledgeStatus | null,
  to: KnowledgeStatus,
  meta: { userId: string | null; note: string | null; version: number },
): Promise<void> {
  await q.query(
    `UPDATE knowledge_items SET status = $2, status_changed_at = now(),
        first_published_at = CASE WHEN $2 = 'published' THEN coalesce(first_published_at, now()) ELSE first_published_at END
      WHERE id = $1`,
    [id, to],
  );
  await q.query(
    `INSERT INTO knowledge_item_events (item_id, from_status, to_status, note, version, by_user)
     VALUES ($1, $2, $3, $4, $5, $6::uuid)`,
    [id, from, to, meta.note, meta.version, meta.userId],
  );
}

export interface EventRow {
  fromStatus: KnowledgeStatus | null;
  toStatus: KnowledgeStatus;
  note: string | null;
  version: number;
  byName: string | null;
  at: Date;
}

export async function findEvents(q: Queryable, id: string): Promise<EventRow[]> {
  const { rows } = await q.query<EventRow>(
    `SELECT e.from_status AS "fromStatus", e.to_status AS "toStatus", e.note, e.version, u.name AS "byName", e.at
       FROM knowledge_item_events e LEFT JOIN users u ON u.id = e.by_user WHERE e.item_id = $1 ORDER BY e.id DESC`,
    [id],
  );
  return rows;
}

/** Adds the words of a published item to the word list used for typo correction. */
export async function addWords(q: Queryable, words: string[]): Promise<void> {
  if (words.length === 0) {
    return;
  }
  await q.query(`INSERT INTO knowledge_words (word) SELECT DISTINCT unnest($1::text[]) ON CONFLICT DO NOTHING`, [
    words,
  ]);
}

/** For each word: itself when known, else the most similar known word (trigram similarity ≥ 0.45), else null. */
export async function correctWords(q: Queryable, words: string[]): Promise<(string | null)[]> {
  const { rows } = await q.query<{ i: number; word: string | null }>(
    `SELECT w.i::int AS i,
            coalesce((SELECT kw.word FROM knowledge_words kw WHERE kw.word = w.word),
                     (SELECT kw.word FROM knowledge_words kw
                       WHERE kw.word % w.word AND similarity(kw.word, w.word) >= 0.45
                       ORDER BY similarity(kw.word, w.word) DESC, length(kw.word), kw.word LIMIT 1)) AS word
       FROM unnest($1::text[]) WITH ORDINALITY AS w(word, i) ORDER BY w.i`,
    [words],
  );
  return rows.map((r) => r.word);
}

// ---------------------------------------------------------------------------------------------------
// Files

export interface FileMeta {
  id: string;
  itemId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  pageCount: number;
  uploadedAt: Date;
}

const FILE_META = `f.id, f.item_id AS "itemId", f.file_name AS "fileName", f.content_type AS "contentType",
  f.size_bytes AS "sizeBytes", f.sha256, f.page_count AS "pageCount", f.uploaded_at AS "uploadedAt"`;

export async function findFiles(q: Queryable, itemId: string): Promise<FileMeta[]> {
  const { rows } = await q.query<FileMeta>(
    `SELECT ${FILE_META} FROM knowledge_files f WHERE f.item_id = $1 ORDER BY f.uploaded_at, f.id`,
    [itemId],
  );
  return rows;
}

export async function insertFile(
  q: Queryable,
  file: {
    itemId: string;
    fileName: string;
    sizeBytes: number;
    sha256: string;
    pageCount: number;
    content: Uint8Array | null;
    path: string | null;
    text: string;
    userId: string | null;
  },
): Promise<FileMeta> {
  const { rows } = await q.query<FileMeta>(
    `INSERT INTO knowledge_files AS f (item_id, file_name, content_type, size_bytes, sha256, page_count, storage, content, path, extracted_text, uploaded_by)
     VALUES ($1, $2, 'application/pdf', $3, $4, $5, $6, $7, $8, $9, $10::uuid)
     RETURNING ${FILE_META}`,
    [
      file.itemId,
      file.fileName,
      file.sizeBytes,
      file.sha256,
      file.pageCount,
      file.content ? 'db' : 'dir',
      file.content,
      file.path,
      file.text,
      file.userId,
    ],
  );
  return rows[0]!;
}

export async function getFileContent(
  q: Queryable,
  itemId: string,
  fileId: string,
): Promise<(FileMeta & { content: Uint8Array | null; path: string | null }) | null> {
  const { rows } = await q.query<FileMeta & { content: Uint8Array | null; path: string | null }>(
    `SELECT ${FILE_META}, f.content, f.path FROM knowledge_files f WHERE f.id = $1 AND f.item_id = $2`,
    [fileId, itemId],
  );
  return rows[0] ?? null;
}

export async function deleteFile(
  q: Queryable,
  itemId: string,
  fileId: string,
): Promise<{ path: string | null } | null> {
  const { rows } = await q.query<{ path: string | null }>(
    `DELETE FROM knowledge_files WHERE id = $1 AND item_id = $2 RETURNING path`,
    [fileId, itemId],
  );
  return rows[0] ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Search (published items only)

export interface SearchHit {
  id: string;
  slug: string;
  type: KnowledgeType;
  title: string;
  summary: string;
  publishedOn: string | null;
  themes: KnowledgeTheme[];
  evidenceLevel: EvidenceLevel;
  organisations: string[];
  /** The start of the body as plain text, for the snippet. */
  bodyStart: string;
  rank: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** The numbers (`search_no`) of every item the text matched, before the facet filters: for the facet counts. */
  matched: number[];
  /** The query's lexemes that are searched for (not the negated ones), for highlighting. */
  lexemes: string[];
}

const FACET_COLUMNS: Record<Facet, { column: string; array: boolean; param: number; cast: string }> = {
  type: { column: 'type', array: false, param: 2, cast: 'text[]' },
  theme: { column: 'themes', array: true, param: 3, cast: 'text[]' },
  domain: { column: 'domains', array: true, param: 4, cast: 'text[]' },
  targetGroup: { column: 'target_groups', array: true, param: 5, cast: 'text[]' },
  evidenceLevel: { column: 'evidence_level', array: false, param: 6, cast: 'text[]' },
  year: { column: 'pub_year', array: false, param: 7, cast: 'int[]' },
};

function filterClause(facet: Facet): string {
  const f = FACET_COLUMNS[facet];
  const p = `$${f.param}::${f.cast}`;
  return f.array
    ? `(cardinality(${p}) = 0 OR m.${f.column} && ${p})`
    : `(cardinality(${p}) = 0 OR m.${f.column} = ANY(${p}))`;
}

const FACET_NAMES = Object.keys(FACET_COLUMNS) as Facet[];
const ALL_FILTERS = FACET_NAMES.map(filterClause).join(' AND ');
function searchSql(withText: boolean, sort: KnowledgeSort): string {
  // $1 text, $2..$7 filters, $8 limit, $9 offset.
  const matched = withText
    ? `SELECT k.id, k.search_no, k.type, k.themes, k.domains, k.target_groups, k.evidence_level, k.pub_year, k.published_on,
              ts_rank(k.search_head, query, 1) AS rank
         FROM knowledge_items k, websearch_to_tsquery('dutch', $1) AS query
        WHERE k.status = 'published' AND k.search @@ query`
    : `SELECT k.id, k.search_no, k.type, k.themes, k.domains, k.target_groups, k.evidence_level, k.pub_year, k.published_on,
              0::real AS rank
         FROM knowledge_items k WHERE k.status = 'published' AND $1::text = ''`;
  const order =
    sort === 'relevance' && withText
      ? 'f.rank DESC, f.published_on DESC NULLS LAST, f.id'
      : 'f.published_on DESC NULLS LAST, f.rank DESC, f.id';
  return `WITH m AS MATERIALIZED (${matched}),
    f AS (SELECT * FROM m WHERE ${ALL_FILTERS}),
    page AS (SELECT f.id, f.rank, f.published_on FROM f ORDER BY ${order} LIMIT $8 OFFSET $9)
  SELECT (SELECT count(*)::int FROM f) AS total,
         coalesce((SELECT json_agg(h ORDER BY h.ord) FROM (
            SELECT row_number() OVER (ORDER BY ${order}) AS ord, k.id, k.slug, k.type, k.title, k.summary,
                   to_char(k.published_on, 'YYYY-MM-DD') AS "publishedOn", k.themes, k.evidence_level AS "evidenceLevel",
                   k.organisations, left(k.body_plain, 4000) AS "bodyStart", f.rank
              FROM page f JOIN knowledge_items k ON k.id = f.id) h), '[]'::json) AS hits,
         coalesce((SELECT string_agg(m.search_no::text, ',') FROM m), '') AS matched,
         ${withText ? "querytree(websearch_to_tsquery('dutch', $1))" : "''"} AS tree`;
}

export async function search(
  q: Queryable,
  args: { text: string; filters: KnowledgeFilters; sort: KnowledgeSort; limit: number; offset: number },
): Promise<SearchResult> {
  const withText = args.text.length > 0;
  const f = args.filters;
  const { rows } = await q.query<{ total: number; hits: SearchHit[]; matched: string; tree: string }>(
    searchSql(withText, args.sort),
    [args.text, f.type, f.theme, f.domain, f.targetGroup, f.evidenceLevel, f.year, args.limit, args.offset],
  );
  const row = rows[0]!;
  return {
    total: row.total,
    hits: row.hits,
    matched: row.matched === '' ? [] : row.matched.split(',').map(Number),
    lexemes: lexemesOfTree(row.tree),
  };
}

/**
 * The facet values of every published item, by its number: the table the facet counts run over. Read as one
 * text (a line per item, tab-separated, array values comma-separated: they are codes from fixed lists):
 * parsing 50,000 rows with three arrays each through the driver took over half a second.
 */
export async function findFacetRows(q: Queryable): Promise<FacetRow[]> {
  const { rows } = await q.query<{ lines: string | null }>(
    `SELECT string_agg(concat_ws(E'\t', search_no, type, evidence_level, coalesce(pub_year::text, ''),
                                 array_to_string(themes, ','), array_to_string(domains, ','),
                                 array_to_string(target_groups, ',')), E'\n') AS lines
       FROM knowledge_items WHERE status = 'published'`,
  );
  const list = (s: string | undefined) => (s ? s.split(',') : []);
  return (rows[0]?.lines ?? '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [no, type, evidenceLevel, year, themes, domains, targetGroups] = line.split('\t');
      return {
        no: Number(no),
        type: type!,
        evidenceLevel: evidenceLevel!,
        year: year ? Number(year) : null,
        themes: list(themes),
        domains: list(domains),
        targetGroups: list(targetGroups),
      };
    });
}

/**
 * The knowledge corpus's identity and generation (migrations/0020): a new generation after every change to
 * knowledge_items, never a number used before. The search result cache keys on it.
 */
export async function searchGeneration(q: Queryable): Promise<string> {
  const { rows } = await q.query<{ key: string }>(
    `SELECT corpus_id::text || ':' || generation::text AS key FROM knowledge_search_state`,
  );
  return rows[0]?.key ?? 'none';
}

/**
 * The lexemes of a `querytree()` text ("'werkzoek' & !'subsidie' & 'jobcoach' <-> 'inzet'"), without the
 * negated ones. Snippets are built from these in the service: PostgreSQL's ts_headline was not used
 * because some queries (hyphenated words with digits: phrase queries) made it run for seconds.
 */
export function lexemesOfTree(tree: string): string[] {
  const out = new Set<string>();
  for (const m of tree.matchAll(/(!?)\s*'((?:[^']|'')+)'/g)) {
    if (m[1] !== '!') {
      out.add(m[2]!.replace(/''/g, "'"));
    }
  }
  return [...out];
}

/**
 * The bare full-text query the benchmark compares with: the same match and rank, top 20, no facets, no
 * snippets. `fullVector` ranks on the whole vector instead (what a naive search does: it reads every
 * matching body's vector).
 */
export async function bareSearch(q: Queryable, text: string, fullVector = false): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT k.id FROM knowledge_items k, websearch_to_tsquery('dutch', $1) AS query
      WHERE k.status = 'published' AND k.search @@ query
      ORDER BY ts_rank(${fullVector ? 'k.search' : 'k.search_head'}, query, 1) DESC, k.published_on DESC NULLS LAST, k.id LIMIT 20`,
    [text],
  );
  return rows.map((r) => r.id);
}

export interface RelatedRow {
  slug: string;
  type: KnowledgeType;
  title: string;
  summary: string;
  publishedOn: string | null;
}

/** Published items most like this one: shared approaches, themes, target groups and domains, then newest. */
export async function findRelated(q: Queryable, id: string, limit: number): Promise<RelatedRow[]> {
  const { rows } = await q.query<RelatedRow>(
    `WITH me AS (SELECT k.themes, k.target_groups, k.domains, k.type,
                        coalesce((SELECT array_agg(approach_code) FROM knowledge_item_approaches WHERE item_id = k.id), '{}') AS approaches
                   FROM knowledge_items k WHERE k.id = $1)
     SELECT k.slug, k.type, k.title, k.summary, k.published_on AS "publishedOn"
       FROM knowledge_items k, me
      WHERE k.status = 'published' AND k.id <> $1
        AND (k.themes && me.themes OR EXISTS (SELECT 1 FROM knowledge_item_approaches a WHERE a.item_id = k.id AND a.approach_code = ANY(me.approaches)))
      ORDER BY 3 * (SELECT count(*) FROM knowledge_item_approaches a WHERE a.item_id = k.id AND a.approach_code = ANY(me.approaches))
             + 2 * cardinality(ARRAY(SELECT unnest(k.themes) INTERSECT SELECT unnest(me.themes)))
             + cardinality(ARRAY(SELECT unnest(k.target_groups) INTERSECT SELECT unnest(me.target_groups)))
             + cardinality(ARRAY(SELECT unnest(k.domains) INTERSECT SELECT unnest(me.domains)))
             + CASE WHEN k.type = me.type THEN 1 ELSE 0 END DESC,
             k.published_on DESC NULLS LAST, k.id
      LIMIT $2`,
    [id, limit],
  );
  return rows;
}

/** Approaches with the published items that describe them (for an approach's page and the item page). */
export async function approachNames(
  q: Queryable,
  codes: string[],
): Promise<{ code: string; nameNl: string; nameEn: string }[]> {
  const { rows } = await q.query<{ code: string; nameNl: string; nameEn: string }>(
    `SELECT code, name_nl AS "nameNl", name_en AS "nameEn" FROM approaches WHERE code = ANY($1::text[]) ORDER BY sort_order, code`,
    [codes],
  );
  return rows;
}
