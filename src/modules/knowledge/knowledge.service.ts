/**
 * Knowledge portal: the editorial workflow (draft → in review → published → archived, every save a
 * version, every status change an event), PDF files with their text, and the public search.
 * Published items are public: their reads use the database directly (no actor, no personal data).
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ModuleDeps } from '../../app.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { Db, Queryable } from '../../platform/db/db.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { todayInNl } from '../../shared/dates.js';
import { slugify } from '../../shared/slug.js';
import { countFacets, facetTable, type FacetTable } from './knowledge.facets.js';
import * as data from './knowledge.data.js';
import { markdownToPlainText, renderMarkdown } from './knowledge.markdown.js';
import { SearchCache } from './knowledge.search-cache.js';
import { cleanFileName, readPdf } from './knowledge.pdf.js';
import { FACETS, searchToQueryString, wordsOf, type Facet, type KnowledgeSearch } from './knowledge.query.js';
import type {
  KnowledgeContentBody,
  KnowledgeCreateBody,
  KnowledgeUpdateBody,
  StatusChangeBody,
} from './knowledge.schemas.js';
import type { KnowledgeStatus } from './knowledge.vocabulary.js';

export const PUBLIC_BASE = '/kennisbank';

const resourceOf = (row: { id: string; organisationId: string | null }) => ({
  type: 'knowledgeItem',
  id: row.id,
  organisationId: row.organisationId,
});

// ---------------------------------------------------------------------------------------------------
// Workflow

type Move = 'submit' | 'sendBack' | 'publish' | 'archive' | 'restore';

/** Which status changes exist, and which action each needs. Anything else is refused. */
const TRANSITIONS: Record<
  KnowledgeStatus,
  Partial<Record<KnowledgeStatus, { move: Move; action: 'knowledge.edit' | 'knowledge.publish' }>>
> = {
  draft: {
    inReview: { move: 'submit', action: 'knowledge.edit' },
    published: { move: 'publish', action: 'knowledge.publish' },
  },
  inReview: {
    draft: { move: 'sendBack', action: 'knowledge.edit' },
    published: { move: 'publish', action: 'knowledge.publish' },
  },
  published: {
    draft: { move: 'sendBack', action: 'knowledge.publish' },
    archived: { move: 'archive', action: 'knowledge.publish' },
  },
  archived: {
    draft: { move: 'restore', action: 'knowledge.publish' },
    published: { move: 'publish', action: 'knowledge.publish' },
  },
};

/** The action needed to go from `from` to `to`, or null when that change does not exist. */
export function transitionOf(
  from: KnowledgeStatus,
  to: KnowledgeStatus,
): { move: Move; action: 'knowledge.edit' | 'knowledge.publish' } | null {
  return TRANSITIONS[from][to] ?? null;
}

/** Changing the content: contributors while it is a draft or in review; a published item only by editors. */
export function editActionFor(status: KnowledgeStatus): 'knowledge.edit' | 'knowledge.publish' | null {
  switch (status) {
    case 'draft':
    case 'inReview':
      return 'knowledge.edit';
    case 'published':
      return 'knowledge.publish';
    case 'archived':
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Content checks

function toContent(body: KnowledgeContentBody, slug: string): data.KnowledgeContent {
  const trimList = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter((s) => s.length > 0))];
  return {
    slug,
    type: body.type,
    title: body.title.trim(),
    summary: body.summary.trim(),
    body: body.body,
    authors: trimList(body.authors),
    organisations: trimList(body.organisations),
    publishedOn: body.publishedOn,
    themes: body.themes,
    domains: body.domains,
    targetGroups: body.targetGroups,
    evidenceLevel: body.evidenceLevel,
    evidenceAssessedOn: body.evidenceLevel === 'notAssessed' ? null : body.evidenceAssessedOn,
    evidenceAssessedBy: body.evidenceLevel === 'notAssessed' ? null : (body.evidenceAssessedBy?.trim() ?? null),
    languageLevel: body.languageLevel,
    videoUrl: body.type === 'video' ? body.videoUrl : null,
    approaches: [...body.approaches].sort(),
  };
}

async function checkContent(q: Queryable, c: data.KnowledgeContent, exceptId: string | null): Promise<void> {
  const errors: FieldError[] = [];
  if (c.title.length === 0) {
    errors.push({ in: 'body', pointer: '/title', code: 'required', detailKey: 'field.required' });
  }
  if (c.summary.length === 0) {
    errors.push({ in: 'body', pointer: '/summary', code: 'required', detailKey: 'field.required' });
  }
  if (await data.slugTaken(q, c.slug, exceptId)) {
    errors.push({ in: 'body', pointer: '/slug', code: 'slug-taken', detailKey: 'knowledge.field.slug-taken' });
  }
  if (c.evidenceLevel !== 'notAssessed') {
    if (!c.evidenceAssessedOn) {
      errors.push({
        in: 'body',
        pointer: '/evidenceAssessedOn',
        code: 'required',
        detailKey: 'knowledge.field.evidence-date',
      });
    }
    if (!c.evidenceAssessedBy) {
      errors.push({
        in: 'body',
        pointer: '/evidenceAssessedBy',
        code: 'required',
        detailKey: 'knowledge.field.evidence-by',
      });
    }
  }
  const today = todayInNl();
  if (c.evidenceAssessedOn && c.evidenceAssessedOn > today) {
    errors.push({ in: 'body', pointer: '/evidenceAssessedOn', code: 'future', detailKey: 'field.date-in-future' });
  }
  if (c.type === 'video' && (!c.videoUrl || !/^https:\/\//.test(c.videoUrl))) {
    errors.push({ in: 'body', pointer: '/videoUrl', code: 'https', detailKey: 'knowledge.field.video-url' });
  }
  if (c.approaches.length > 0) {
    const known = new Set(await data.knownApproaches(q, c.approaches));
    c.approaches.forEach((code, i) => {
      if (!known.has(code)) {
        errors.push({
          in: 'body',
          pointer: `/approaches/${i}`,
          code: 'unknown',
          detailKey: 'knowledge.field.approach-unknown',
        });
      }
    });
  }
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
}

async function freeSlug(q: Queryable, title: string): Promise<string> {
  const base = slugify(title).slice(0, 100).replace(/-+$/g, '') || 'item';
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await data.slugTaken(q, slug, null))) {
      return slug;
    }
  }
  return `${base}-${randomUUID().slice(0, 8)}`;
}

// ---------------------------------------------------------------------------------------------------
// Editorial reads

export type EditorialView = data.KnowledgeRow & {
  files: (data.FileMeta & { href: string })[];
  events: data.EventRow[];
  allowed: { edit: boolean; submit: boolean; publish: boolean; sendBack: boolean; archive: boolean; restore: boolean };
  bodyHtml: string;
};

async function view(scope: Scope, row: data.KnowledgeRow): Promise<EditorialView> {
  const can = await scope.can(['knowledge.edit', 'knowledge.publish'], resourceOf(row));
  const may = (to: KnowledgeStatus) => {
    const t = transitionOf(row.status, to);
    return t !== null && can[t.action];
  };
  const editAction = editActionFor(row.status);
  const files = await data.findFiles(scope.q, row.id);
  return {
    ...row,
    files: files.map((f) => ({ ...f, href: `/api/v1/editorial/knowledge-items/${row.id}/files/${f.id}` })),
    events: await data.findEvents(scope.q, row.id),
    allowed: {
      edit: editAction !== null && can[editAction],
      submit: row.status === 'draft' && may('inReview'),
      publish: may('published'),
      sendBack: (row.status === 'inReview' || row.status === 'published') && may('draft'),
      archive: may('archived'),
      restore: row.status === 'archived' && may('draft'),
    },
    bodyHtml: renderMarkdown(row.body),
  };
}

export async function listEditorial(
  ctx: RequestContext,
  filter: { status?: KnowledgeStatus; q?: string; page: number; pageSize: number },
) {
  return ctx.data.read(async (scope) => {
    const list = scope.listScope('knowledge.edit');
    const result = await data.findEditorial(scope.q, list, {
      status: filter.status ?? null,
      text: filter.q?.trim() ?? '',
      limit: filter.pageSize,
      offset: (filter.page - 1) * filter.pageSize,
    });
    const counts = await data.countByStatus(scope.q, list);
    return {
      items: result.items.map((i) => ({ ...i, updatedAt: i.updatedAt.toISOString() })),
      total: result.total,
      page: filter.page,
      pageSize: filter.pageSize,
      counts,
    };
  });
}

export async function getEditorial(ctx: RequestContext, id: string): Promise<EditorialView> {
  return ctx.data.read(async (scope) => {
    const row = await scope.readOne('knowledge.edit', () => data.getItem(scope.q, id), resourceOf);
    return view(scope, row);
  });
}

export async function listVersions(ctx: RequestContext, id: string): Promise<data.VersionRow[]> {
  return ctx.data.read(async (scope) => {
    await scope.readOne('knowledge.edit', () => data.getItem(scope.q, id), resourceOf);
    return data.findVersions(scope.q, id);
  });
}

export function versionBody(v: data.VersionRow) {
  return { version: v.version, savedAt: v.savedAt.toISOString(), savedByName: v.savedByName, content: v.content };
}

// ---------------------------------------------------------------------------------------------------
// Editorial writes

async function afterSave(
  scope: Scope,
  id: string,
  content: data.KnowledgeContent,
  version: number,
  status: KnowledgeStatus,
) {
  await data.refreshSearch(scope.q, id);
  await data.insertVersion(scope.q, id, version, content, userIdOf(scope));
  if (status === 'published') {
    await data.addWords(scope.q, wordsOf(`${content.title} ${content.summary} ${markdownToPlainText(content.body)}`));
  }
}

function userIdOf(scope: Scope): string | null {
  return scope.actor && scope.actor.kind === 'user' ? scope.actor.userId : null;
}

export async function createItem(ctx: RequestContext, body: KnowledgeCreateBody): Promise<EditorialView> {
  return ctx.data.run(async (scope) => {
    const slug = body.slug ?? (await freeSlug(scope.q, body.title));
    const content = toContent(body, slug);
    // The item belongs to the organisation named, or the first where the actor may write items.
    const organisationId = body.organisationId
      ? (await scope.authorize('knowledge.edit', { type: 'knowledgeItem', organisationId: body.organisationId }),
        body.organisationId)
      : await scope.organisationFor('knowledge.edit', { type: 'knowledgeItem' });
    await checkContent(scope.q, content, null);
    const id = await data.insertItem(scope.q, content, markdownToPlainText(content.body), {
      organisationId,
      userId: userIdOf(scope),
      status: 'draft',
    });
    await data.setStatus(scope.q, id, null, 'draft', { userId: userIdOf(scope), note: null, version: 1 });
    await afterSave(scope, id, content, 1, 'draft');
    return view(scope, (await data.getItem(scope.q, id))!);
  });
}

export async function updateItem(ctx: RequestContext, id: string, body: KnowledgeUpdateBody): Promise<EditorialView> {
  return ctx.data.run(async (scope) => {
    const row = await scope.readOne('knowledge.edit', () => data.getItem(scope.q, id, true), resourceOf);
    const action = editActionFor(row.status);
    if (action === null) {
      throw new AppError('conflict', { detailKey: 'knowledge.conflict.archived' });
    }
    await scope.authorize(action, resourceOf(row));
    if (body.version !== row.version) {
      throw new AppError('conflict', {
        detailKey: 'knowledge.conflict.version',
        params: { name: row.updatedByName ?? '' },
      });
    }
    const content = toContent(body, body.slug ?? row.slug);
    await checkContent(scope.q, content, id);
    const version = await data.updateItem(scope.q, id, content, markdownToPlainText(content.body), userIdOf(scope));
    await afterSave(scope, id, content, version, row.status);
    return view(scope, (await data.getItem(scope.q, id))!);
  });
}

export async function changeStatus(ctx: RequestContext, id: string, body: StatusChangeBody): Promise<EditorialView> {
  return ctx.data.run(async (scope) => {
    const row = await scope.readOne('knowledge.edit', () => data.getItem(scope.q, id, true), resourceOf);
    const transition = transitionOf(row.status, body.to);
    if (!transition) {
      throw invalidInput([
        {
          in: 'body',
          pointer: '/to',
          code: 'transition',
          detailKey: 'knowledge.field.transition',
          params: { from: row.status, to: body.to },
        },
      ]);
    }
    await scope.authorize(transition.action, resourceOf(row));
    let version = row.version;
    if (body.to === 'published' && row.publishedOn === null) {
      // An item goes out with its date of publication: today, when the writer gave none.
      const content: data.KnowledgeContent = { ...pickContent(row), publishedOn: todayInNl() };
      version = await data.updateItem(scope.q, id, content, markdownToPlainText(content.body), userIdOf(scope));
      await data.insertVersion(scope.q, id, version, content, userIdOf(scope));
    }
    await data.setStatus(scope.q, id, row.status, body.to, {
      userId: userIdOf(scope),
      note: body.note?.trim() || null,
      version,
    });
    if (body.to === 'published') {
      await data.refreshSearch(scope.q, id);
      await data.addWords(scope.q, wordsOf(`${row.title} ${row.summary} ${markdownToPlainText(row.body)}`));
    }
    return view(scope, (await data.getItem(scope.q, id))!);
  });
}

function pickContent(row: data.KnowledgeRow): data.KnowledgeContent {
  return {
    slug: row.slug,
    type: row.type,
    title: row.title,
    summary: row.summary,
    body: row.body,
    authors: row.authors,
    organisations: row.organisations,
    publishedOn: row.publishedOn,
    themes: row.themes,
    domains: row.domains,
    targetGroups: row.targetGroups,
    evidenceLevel: row.evidenceLevel,
    evidenceAssessedOn: row.evidenceAssessedOn,
    evidenceAssessedBy: row.evidenceAssessedBy,
    languageLevel: row.languageLevel,
    videoUrl: row.videoUrl,
    approaches: row.approaches,
  };
}

// ---------------------------------------------------------------------------------------------------
// Files

/** Reads an upload into memory up to the limit; refuses beyond it without reading the rest. */
export async function readUpload(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      throw new AppError('payload-too-large', {
        detailKey: 'knowledge.file.too-large',
        params: { max: Math.floor(maxBytes / (1024 * 1024)) },
      });
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export async function uploadFile(
  ctx: RequestContext,
  deps: ModuleDeps,
  id: string,
  fileName: string,
  bytes: Buffer,
): Promise<data.FileMeta & { href: string }> {
  if (bytes.length === 0) {
    throw invalidInput([{ in: 'body', pointer: '', code: 'empty', detailKey: 'knowledge.file.empty' }]);
  }
  // Checked before the transaction: nothing is stored for a bad file.
  const pdf = await readPdf(bytes);
  if (!pdf.ok) {
    throw invalidInput([{ in: 'body', pointer: '', code: pdf.problem, detailKey: `knowledge.file.${pdf.problem}` }]);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const dir = deps.config.knowledgeFilesDir;
  const relative = dir ? path.join(sha256.slice(0, 2), `${randomUUID()}.pdf`) : null;
  if (dir && relative) {
    await fs.mkdir(path.join(dir, path.dirname(relative)), { recursive: true });
    await fs.writeFile(path.join(dir, relative), bytes, { flag: 'wx' });
  }
  try {
    return await ctx.data.run(async (scope) => {
      const row = await scope.readOne('knowledge.edit', () => data.getItem(scope.q, id, true), resourceOf);
      const action = editActionFor(row.status);
      if (action === null) {
        throw new AppError('conflict', { detailKey: 'knowledge.conflict.archived' });
      }
      await scope.authorize(action, resourceOf(row));
      const meta = await data.insertFile(scope.q, {
        itemId: id,
        fileName: cleanFileName(fileName),
        sizeBytes: bytes.length,
        sha256,
        pageCount: pdf.pageCount,
        content: dir ? null : bytes,
        path: relative,
        text: pdf.text,
        userId: userIdOf(scope),
      });
      await data.refreshSearch(scope.q, id);
      return { ...meta, href: `/api/v1/editorial/knowledge-items/${id}/files/${meta.id}` };
    });
  } catch (error) {
    if (dir && relative) {
      await fs.rm(path.join(dir, relative), { force: true });
    }
    throw error;
  }
}

export async function deleteFile(ctx: RequestContext, deps: ModuleDeps, id: string, fileId: string): Promise<void> {
  const removed = await ctx.data.run(async (scope) => {
    const row = await scope.readOne('knowledge.edit', () => data.getItem(scope.q, id, true), resourceOf);
    const action = editActionFor(row.status);
    if (action === null) {
      throw new AppError('conflict', { detailKey: 'knowledge.conflict.archived' });
    }
    await scope.authorize(action, resourceOf(row));
    const file = await data.deleteFile(scope.q, id, fileId);
    if (!file) {
      throw new AppError('not-found');
    }
    await data.refreshSearch(scope.q, id);
    return file;
  });
  if (removed.path && deps.config.knowledgeFilesDir) {
    await fs.rm(path.join(deps.config.knowledgeFilesDir, removed.path), { force: true });
  }
}

export interface FileDownload {
  fileName: string;
  sizeBytes: number;
  sha256: string;
  bytes: Buffer;
}

async function loadFile(
  q: Queryable,
  deps: Pick<ModuleDeps, 'config'>,
  itemId: string,
  fileId: string,
): Promise<FileDownload> {
  const file = await data.getFileContent(q, itemId, fileId);
  if (!file) {
    throw new AppError('not-found');
  }
  let bytes: Buffer;
  if (file.content) {
    bytes = Buffer.from(file.content);
  } else {
    const dir = deps.config.knowledgeFilesDir;
    if (!dir || !file.path) {
      throw new AppError('unavailable', { internal: 'knowledge file stored in a directory that is not configured' });
    }
    bytes = await fs.readFile(path.join(dir, file.path));
  }
  return { fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256, bytes };
}

export async function getEditorialFile(
  ctx: RequestContext,
  deps: ModuleDeps,
  id: string,
  fileId: string,
): Promise<FileDownload> {
  return ctx.data.read(async (scope) => {
    await scope.readOne('knowledge.edit', () => data.getItem(scope.q, id), resourceOf);
    return loadFile(scope.q, deps, id, fileId);
  });
}

// ---------------------------------------------------------------------------------------------------
// Public: search and published items

export interface SnippetPart {
  text: string;
  hit: boolean;
}

const SNIPPET_WORDS = 32;
const SNIPPET_LEAD = 8;

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl');
}

/**
 * A passage of `text` around the first word that matches a search lexeme, as parts with the matches
 * marked. A word matches when it starts with a lexeme (the Dutch stemmer cuts endings: "werkzoek" for
 * "werkzoekenden"), accents and case ignored. Without a match (or lexemes): the start of `fallback`.
 * Plain JavaScript over at most a few thousand characters per item: bounded time whatever was typed.
 */
export function buildSnippet(text: string, lexemes: readonly string[], fallback: string): SnippetPart[] {
  const stems = lexemes.map(fold).filter((l) => l.length > 0);
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)];
  const isHit = (w: string) => {
    const f = fold(w);
    return stems.some((stem) => f.startsWith(stem));
  };
  const first = stems.length > 0 ? words.findIndex((m) => isHit(m[0])) : -1;
  if (first < 0) {
    const clean = fallback.replace(/\s+/g, ' ').trim();
    return [{ text: clean.length > 300 ? `${clean.slice(0, 297).trimEnd()}…` : clean, hit: false }];
  }
  const from = Math.max(0, first - SNIPPET_LEAD);
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  const start = words[from]!.index;
  const last = words[to - 1]!;
  const end = last.index + last[0].length;
  const parts: SnippetPart[] = [];
  const push = (value: string, hit: boolean) => {
    const v = value.replace(/\s+/g, ' ');
    if (!v) {
      return;
    }
    const prev = parts[parts.length - 1];
    if (prev && prev.hit === hit) {
      prev.text += v;
    } else {
      parts.push({ text: v, hit });
    }
  };
  if (from > 0) {
    push('… ', false);
  }
  let pos = start;
  for (let i = from; i < to; i++) {
    const m = words[i]!;
    push(text.slice(pos, m.index), false);
    push(m[0], isHit(m[0]));
    pos = m.index + m[0].length;
  }
  push(text.slice(pos, end), false);
  if (to < words.length) {
    push(' …', false);
  }
  return parts;
}

export interface SearchAnswer {
  query: string;
  text: string;
  correctedText: string | null;
  sort: 'relevance' | 'date';
  total: number;
  page: number;
  pageSize: number;
  items: {
    id: string;
    slug: string;
    type: data.SearchHit['type'];
    title: string;
    summary: string;
    publishedOn: string | null;
    themes: string[];
    evidenceLevel: data.SearchHit['evidenceLevel'];
    organisations: string[];
    snippet: SnippetPart[];
    href: string;
  }[];
  facets: Record<Facet, { value: string; count: number; selected: boolean }[]>;
}

/** Short queries get typo tolerance: when nothing matches, each unknown word is replaced by the nearest known word. */
const MAX_WORDS_FOR_CORRECTION = 3;

/** At most this many answers are kept per process (an answer of 20 hits is some 20 kB). */
const SEARCH_CACHE_ENTRIES = 500;
/**
 * One cache per database handle: the corpus id alone does not tell databases apart when they are copies of
 * one another (the test databases are clones of one migrated snapshot, with the same id and generation).
 */
const searchCaches = new WeakMap<Db, SearchCache<SearchAnswer>>();
function cacheFor(db: Db): SearchCache<SearchAnswer> {
  let cache = searchCaches.get(db);
  if (!cache) {
    cache = new SearchCache<SearchAnswer>(SEARCH_CACHE_ENTRIES);
    searchCaches.set(db, cache);
  }
  return cache;
}

/**
 * The public search: published items only, facets with counts, snippets, a typo correction for short
 * queries that find nothing. Answers come from the result cache while the corpus is unchanged.
 */
export async function search(db: Db, input: KnowledgeSearch, pageSize = 20): Promise<SearchAnswer> {
  const generation = await data.searchGeneration(db);
  const key = JSON.stringify([generation, pageSize, input.text, input.sort, input.page, input.filters]);
  const cache = cacheFor(db);
  return cache.get(key) ?? cache.set(key, await searchAt(db, generation, input, pageSize));
}

/**
 * The facet values of every published item (knowledge.facets.ts), kept per database handle for one corpus
 * generation: every change to knowledge_items makes a new generation, and the next search builds the table
 * again (one read of the published items: about a second at 50,000 items, docs/benchmarks-knowledge.md).
 * Several searches that find it missing at once share one build.
 */
const facetTables = new WeakMap<Db, { generation: string; table: Promise<FacetTable> }>();
function facetTableFor(db: Db, generation: string): Promise<FacetTable> {
  const kept = facetTables.get(db);
  if (kept?.generation === generation) {
    return kept.table;
  }
  const table = data.findFacetRows(db).then(facetTable);
  facetTables.set(db, { generation, table });
  table.catch(() => {
    if (facetTables.get(db)?.table === table) {
      facetTables.delete(db);
    }
  });
  return table;
}

/** The cache's counters, for the benchmark and the tests. */
export function searchCacheStats(db: Db): { entries: number; hits: number; misses: number } {
  const cache = cacheFor(db);
  return { entries: cache.size, hits: cache.hits, misses: cache.misses };
}

/**
 * The search without the cache. Text searches run with sequential scans off for their transaction: the
 * planner costs `search @@ query` as cheap, but on a sequential scan every row's whole-body vector is read
 * from TOAST (164,000 buffers for a word that matches a third of 50,000 items, against 4,800 through the
 * GIN index; ADR 0012).
 */
export async function searchUncached(db: Db, input: KnowledgeSearch, pageSize = 20): Promise<SearchAnswer> {
  return searchAt(db, await data.searchGeneration(db), input, pageSize);
}

/** {@link searchUncached} for a corpus generation the caller has just read. */
async function searchAt(db: Db, generation: string, input: KnowledgeSearch, pageSize: number): Promise<SearchAnswer> {
  const table = await facetTableFor(db, generation);
  return db.tx(async (q) => {
    if (input.text.length > 0) {
      await q.query(`SET LOCAL enable_seqscan = off`);
    }
    return computeSearch(q, table, input, pageSize);
  });
}

async function computeSearch(
  db: Queryable,
  table: FacetTable,
  input: KnowledgeSearch,
  pageSize: number,
): Promise<SearchAnswer> {
  const offset = (input.page - 1) * pageSize;
  let text = input.text;
  let correctedText: string | null = null;
  let result = await data.search(db, { text, filters: input.filters, sort: input.sort, limit: pageSize, offset });
  const words = wordsOf(text);
  if (result.total === 0 && words.length > 0 && words.length <= MAX_WORDS_FOR_CORRECTION) {
    const corrected = await data.correctWords(db, words);
    if (corrected.every((w) => w !== null) && corrected.some((w, i) => w !== words[i])) {
      const candidate = corrected.join(' ');
      const retry = await data.search(db, {
        text: candidate,
        filters: input.filters,
        sort: input.sort,
        limit: pageSize,
        offset,
      });
      if (retry.total > 0) {
        result = retry;
        text = candidate;
        correctedText = candidate;
      }
    }
  }
  const facets = Object.fromEntries(
    FACETS.map((f) => [f, [] as SearchAnswer['facets'][Facet]]),
  ) as SearchAnswer['facets'];
  for (const f of countFacets(table, result.matched, input.filters)) {
    const selected = (input.filters[f.facet] as (string | number)[]).map(String).includes(f.value);
    facets[f.facet].push({ value: f.value, count: f.count, selected });
  }
  // Selected values stay visible (with 0) so they can be switched off; counts descending, then value.
  for (const facet of FACETS) {
    for (const value of input.filters[facet].map(String)) {
      if (!facets[facet].some((v) => v.value === value)) {
        facets[facet].push({ value, count: 0, selected: true });
      }
    }
    facets[facet].sort((a, b) =>
      facet === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value),
    );
  }
  return {
    query: searchToQueryString(input),
    text: input.text,
    correctedText,
    sort: input.sort,
    total: result.total,
    page: input.page,
    pageSize,
    items: result.hits.map((h) => ({
      id: h.id,
      slug: h.slug,
      type: h.type,
      title: h.title,
      summary: h.summary,
      publishedOn: h.publishedOn,
      themes: h.themes,
      evidenceLevel: h.evidenceLevel,
      organisations: h.organisations,
      snippet: buildSnippet(`${h.summary}\n${h.bodyStart}`, result.lexemes, h.summary),
      href: `${PUBLIC_BASE}/${h.slug}`,
    })),
    facets,
  };
}

export interface PublicView {
  row: data.KnowledgeRow;
  bodyHtml: string;
  approaches: { code: string; name: string }[];
  files: (data.FileMeta & { href: string })[];
  related: (data.RelatedRow & { href: string })[];
}

export async function getPublished(db: Queryable, slug: string, lang: Language): Promise<PublicView> {
  const row = await data.getPublishedBySlug(db, slug);
  if (!row) {
    throw new AppError('not-found');
  }
  const [approaches, files, related] = [
    await data.approachNames(db, row.approaches),
    await data.findFiles(db, row.id),
    await data.findRelated(db, row.id, 5),
  ];
  return {
    row,
    bodyHtml: renderMarkdown(row.body),
    approaches: approaches.map((a) => ({ code: a.code, name: lang === 'en' ? a.nameEn : a.nameNl })),
    files: files.map((f) => ({ ...f, href: `${PUBLIC_BASE}/${row.slug}/bestanden/${f.id}` })),
    related: related.map((r) => ({ ...r, href: `${PUBLIC_BASE}/${r.slug}` })),
  };
}

export async function getPublishedFile(
  db: Db,
  deps: Pick<ModuleDeps, 'config'>,
  slug: string,
  fileId: string,
): Promise<FileDownload> {
  const row = await data.getPublishedBySlug(db, slug);
  if (!row) {
    throw new AppError('not-found');
  }
  return loadFile(db, deps, row.id, fileId);
}

/** The public item as the API gives it. */
export function publicItemBody(v: PublicView) {
  const r = v.row;
  return {
    slug: r.slug,
    type: r.type,
    title: r.title,
    summary: r.summary,
    bodyHtml: v.bodyHtml,
    authors: r.authors,
    organisations: r.organisations,
    publishedOn: r.publishedOn,
    themes: r.themes,
    domains: r.domains,
    targetGroups: r.targetGroups,
    evidenceLevel: r.evidenceLevel,
    evidenceAssessedOn: r.evidenceAssessedOn,
    evidenceAssessedBy: r.evidenceAssessedBy,
    languageLevel: r.languageLevel,
    videoUrl: r.videoUrl,
    approaches: v.approaches,
    files: v.files.map(fileBody),
    related: v.related.map((x) => ({
      slug: x.slug,
      type: x.type,
      title: x.title,
      summary: x.summary,
      publishedOn: x.publishedOn,
      href: x.href,
    })),
    updatedAt: r.updatedAt.toISOString(),
    href: `${PUBLIC_BASE}/${r.slug}`,
  };
}

export function fileBody(f: data.FileMeta & { href: string }) {
  return {
    id: f.id,
    fileName: f.fileName,
    contentType: f.contentType,
    sizeBytes: f.sizeBytes,
    sha256: f.sha256,
    pageCount: f.pageCount,
    uploadedAt: f.uploadedAt.toISOString(),
    href: f.href,
  };
}

export function editorialBody(v: EditorialView) {
  return {
    id: v.id,
    ...pickContent(v),
    status: v.status,
    organisationId: v.organisationId,
    organisationName: v.organisationName,
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    createdByName: v.createdByName,
    updatedAt: v.updatedAt.toISOString(),
    updatedByName: v.updatedByName,
    statusChangedAt: v.statusChangedAt.toISOString(),
    firstPublishedAt: v.firstPublishedAt?.toISOString() ?? null,
    files: v.files.map(fileBody),
    events: v.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    allowed: v.allowed,
    bodyHtml: v.bodyHtml,
  };
}

/**
 * Stores a finished item as published in one go (demo data, the benchmark, tests): version 1, a
 * "published" event, the search vector and the word list. Runs on the caller's transaction handle.
 */
export async function insertPublishedItem(
  q: Queryable,
  item: data.KnowledgeContent,
  organisationId: string | null = null,
): Promise<string> {
  const plain = markdownToPlainText(item.body);
  const id = await data.insertItem(q, item, plain, { organisationId, userId: null, status: 'published' });
  await data.insertVersion(q, id, 1, item, null);
  await data.setStatus(q, id, null, 'published', { userId: null, note: null, version: 1 });
  await data.refreshSearch(q, id);
  await data.addWords(q, wordsOf(`${item.title} ${item.summary} ${plain}`));
  return id;
}
