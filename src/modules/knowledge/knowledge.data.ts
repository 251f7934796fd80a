/** SQL of the knowledge portal: items, versions, workflow events, files, approaches, search. */
import type { IndexRow } from './knowledge.search-index.js';
import type { Queryable } from '../../platform/db/db.js';
import type { ListScope } from '../../platform/access/types.js';
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
}

/**
 * Everything the search index is built from (knowledge.search-index.ts), for every published item or only
 * for the numbers in `only`, read in one statement so that it is one snapshot, with the corpus generation
 * that snapshot shows. Text columns only: arrays through the driver are slow to parse (50,000 rows with
 * three arrays each took over half a second). The words come as three lists in the vectors' (sorted) order:
 * the title's (weight A), the head's (title, summary, authors, organisations) and all.
 */
export async function findSearchIndexRows(
  q: Queryable,
  only: readonly number[] | null = null,
): Promise<{ generation: string; rows: IndexRow[] }> {
  const { rows } = await q.query<{
    generation: string;
    no: number | null;
    version: string;
    id: string;
    type: string;
    evidence_level: string;
    pub_year: number | null;
    published_on: string | null;
    themes: string;
    domains: string;
    target_groups: string;
    title_words: string;
    head_words: string;
    all_words: string;
  }>(
    `SELECT s.generation, k.search_no AS no, k.xmin::text AS version, k.id, k.type, k.evidence_level, k.pub_year,
            to_char(k.published_on, 'YYYYMMDD') AS published_on, array_to_string(k.themes, ',') AS themes,
            array_to_string(k.domains, ',') AS domains, array_to_string(k.target_groups, ',') AS target_groups,
            array_to_string(tsvector_to_array(ts_filter(k.search_head, '{a}')), chr(1)) AS title_words,
            array_to_string(tsvector_to_array(k.search_head), chr(1)) AS head_words,
            array_to_string(tsvector_to_array(k.search), chr(1)) AS all_words
       FROM (SELECT corpus_id::text || ':' || generation::text AS generation FROM knowledge_search_state) s
       LEFT JOIN knowledge_items k ON k.status = 'published' AND ($1::int[] IS NULL OR k.search_no = ANY($1::int[]))`,
    [only === null ? null : [...only]],
  );
  const list = (v: string) => (v === '' ? [] : v.split(','));
  const out: IndexRow[] = [];
  for (const r of rows) {
    if (r.no === null) {
      continue;
    }
    out.push({
      version: r.version,
      facets: {
        no: r.no,
        type: r.type,
        evidenceLevel: r.evidence_level,
        year: r.pub_year,
        themes: list(r.themes),
        domains: list(r.domains),
        targetGroups: list(r.target_groups),
      },
      text: {
        no: r.no,
        id: r.id,
        publishedOn: r.published_on === null ? null : Number(r.published_on),
        title: r.title_words,
        head: r.head_words,
        all: r.all_words,
      },
    });
  }
  return { generation: rows[0]?.generation ?? 'none', rows: out };
}

/**
 * Every published item's number and row version (xmin: any change to a row gives it a new one), to see
 * which items changed since the search index was built.
 */
export async function publishedVersions(q: Queryable): Promise<Map<number, string>> {
  const { rows } = await q.query<{ list: string | null }>(
    `SELECT string_agg(search_no::text || ':' || xmin::text, ',') AS list FROM knowledge_items WHERE status = 'published'`,
  );
  const versions = new Map<number, string>();
  for (const pair of (rows[0]?.list ?? '').split(',')) {
    const at = pair.indexOf(':');
    if (at > 0) {
      versions.set(Number(pair.slice(0, at)), pair.slice(at + 1));
    }
  }
  return versions;
}

/** The search text as PostgreSQL's Dutch configuration reads it (a tsquery's text; '' for only stop words). */
export async function parseSearchText(q: Queryable, text: string): Promise<string> {
  const { rows } = await q.query<{ tree: string }>(`SELECT websearch_to_tsquery('dutch', $1)::text AS tree`, [text]);
  return rows[0]?.tree ?? '';
}

/** Of the candidate items, those the search text matches in their vectors (for phrases: word positions). */
export async function recheckMatches(q: Queryable, candidates: Int32Array, text: string): Promise<Int32Array> {
  const { rows } = await q.query<{ nos: string | null }>(
    `SELECT string_agg(k.search_no::text, ',' ORDER BY k.search_no) AS nos
       FROM knowledge_items k
      WHERE k.search_no = ANY($1::int[]) AND k.status = 'published' AND k.search @@ websearch_to_tsquery('dutch', $2)`,
    [Array.from(candidates), text],
  );
  const nos = rows[0]?.nos;
  return nos ? Int32Array.from(nos.split(','), Number) : new Int32Array(0);
}

/** The shown fields of the items of a page, in the order of `ids` (items no longer published are left out). */
export async function findHits(q: Queryable, ids: readonly string[]): Promise<SearchHit[]> {
  if (ids.length === 0) {
    return [];
  }
  const { rows } = await q.query<SearchHit>(
    `SELECT k.id, k.slug, k.type, k.title, k.summary, to_char(k.published_on, 'YYYY-MM-DD') AS "publishedOn",
            k.themes, k.evidence_level AS "evidenceLevel", k.organisations, left(k.body_plain, 4000) AS "bodyStart"
       FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, ord)
       JOIN knowledge_items k ON k.id = p.id AND k.status = 'published'
      ORDER BY p.ord`,
    [ids],
  );
  return rows;
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
