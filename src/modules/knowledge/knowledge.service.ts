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
import { SearchIndex, type Matched } from './knowledge.search-index.js';
import { parseTsquery, positiveLexemes, type QueryNode } from './knowledge.text-index.js';
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
  // Dutch has no casing rules of its own (unlike Turkish): the plain lower case is the Dutch one, and much
  // cheaper. Only words with other than ASCII letters need their accents taken off.
  const lower = word.toLowerCase();
  return /^[ -~]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const SNIPPET_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * A passage of `text` around the first word that matches a search lexeme, as parts with the matches
 * marked. A word matches when it starts with a lexeme (the Dutch stemmer cuts endings: "werkzoek" for
 * "werkzoekenden"), accents and case ignored. Without a match (or lexemes): the start of `fallback`.
 * Plain JavaScript over at most a few thousand characters per item: bounded time whatever was typed.
 */
export function buildSnippet(text: string, lexemes: readonly string[], fallback: string): SnippetPart[] {
  const stems = lexemes.map(fold).filter((l) => l.length > 0);
  const isHit = (w: string) => {
    const f = fold(w);
    return stems.some((stem) => f.startsWith(stem));
  };
  // Read the words only as far as needed: up to the first hit (keeping the last few before it), then on to
  // the end of the passage, and one more to know whether the text goes on.
  const re = new RegExp(SNIPPET_WORD);
  const words: RegExpExecArray[] = [];
  let before = 0;
  let found = false;
  let m: RegExpExecArray | null;
  while (stems.length > 0 && (m = re.exec(text)) !== null) {
    words.push(m);
    if (isHit(m[0])) {
      found = true;
      break;
    }
    if (words.length > SNIPPET_LEAD) {
      words.shift();
      before++;
    }
  }
  if (!found) {
    const clean = fallback.replace(/\s+/g, ' ').trim();
    return [{ text: clean.length > 300 ? `${clean.slice(0, 297).trimEnd()}…` : clean, hit: false }];
  }
  while (words.length <= SNIPPET_WORDS && (m = re.exec(text)) !== null) {
    words.push(m);
  }
  const more = words.length > SNIPPET_WORDS;
  words.length = Math.min(words.length, SNIPPET_WORDS);
  const start = words[0]!.index;
  const last = words[words.length - 1]!;
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
  if (before > 0) {
    push('… ', false);
  }
  let pos = start;
  for (const w of words) {
    push(text.slice(pos, w.index), false);
    push(w[0], isHit(w[0]));
    pos = w.index + w[0].length;
  }
  push(text.slice(pos, end), false);
  if (more) {
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

/** What a search runs over, for one corpus generation. */
interface KeptIndex {
  generation: string;
  index: SearchIndex;
  /**
   * The shown fields of items on pages asked for, by id: they hold as long as the index does (a change to a
   * published item gives a new index).
   */
  shown: SearchCache<ShownItem>;
}

/**
 * The search index (knowledge.search-index.ts), kept per database handle for one corpus generation. Every
 * change to knowledge_items makes a new generation; the next search then reads the published items' row
 * versions and brings the index up to date: nothing to do when the published items are as they were (a draft
 * saved), a layer with the changed items when a few changed, the whole index built again otherwise (about
 * four seconds at 50,000 items: docs/benchmarks-knowledge.md). Searches that find it out of date at once
 * share one update.
 */
const searchIndexes = new WeakMap<Db, Promise<KeptIndex>>();
const indexCounts = new WeakMap<Db, { builds: number; layers: number }>();
function countsFor(db: Db): { builds: number; layers: number } {
  let counts = indexCounts.get(db);
  if (!counts) {
    counts = { builds: 0, layers: 0 };
    indexCounts.set(db, counts);
  }
  return counts;
}

async function searchIndexFor(db: Db, generation: string): Promise<KeptIndex> {
  const kept = searchIndexes.get(db);
  const current = kept ? await kept.catch(() => null) : null;
  if (current?.generation === generation) {
    return current;
  }
  // Another search may have started an update while this one waited.
  const now = searchIndexes.get(db);
  if (kept && now !== kept && now !== undefined) {
    return now;
  }
  const update = current ? updatedIndex(db, current, generation) : fullIndex(db);
  searchIndexes.set(db, update);
  update.catch(() => {
    if (searchIndexes.get(db) === update) {
      searchIndexes.delete(db);
    }
  });
  return update;
}

async function fullIndex(db: Db): Promise<KeptIndex> {
  countsFor(db).builds += 1;
  const read = await data.findSearchIndexRows(db);
  return {
    generation: read.generation,
    index: SearchIndex.build(read.rows),
    shown: new SearchCache<ShownItem>(SHOWN_ITEMS_KEPT),
  };
}

/** The index brought up to date; labelled with the generation read before the versions (its contents are as new). */
async function updatedIndex(db: Db, current: KeptIndex, generation: string): Promise<KeptIndex> {
  const { changed, removed } = current.index.differences(await data.publishedVersions(db));
  if (changed.length === 0 && removed.length === 0) {
    return { ...current, generation };
  }
  if (current.index.wantsRebuild(changed.length)) {
    return fullIndex(db);
  }
  countsFor(db).layers += 1;
  const read = changed.length > 0 ? (await data.findSearchIndexRows(db, changed)).rows : [];
  return {
    generation,
    index: current.index.withChanges(changed, removed, read),
    shown: new SearchCache<ShownItem>(SHOWN_ITEMS_KEPT),
  };
}

type ShownItem = data.SearchHit;

/** At most this many items' shown fields are kept per index (some 5 kB each: the start of the text for snippets). */
const SHOWN_ITEMS_KEPT = 2_000;

/** The shown fields of a page's items, in the page's order: kept ones from memory, the others from the database. */
async function shownItems(db: Db, index: KeptIndex, ids: string[]): Promise<ShownItem[]> {
  const found = new Map(ids.flatMap((id) => [[id, index.shown.get(id)] as const]));
  const missing = ids.filter((id) => found.get(id) === undefined);
  for (const row of await data.findHits(db, missing)) {
    found.set(row.id, index.shown.set(row.id, row));
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Parsed searches: what PostgreSQL's Dutch configuration makes of a text does not change with the corpus. */
const parsedTexts = new SearchCache<{ tree: QueryNode | null }>(2_000);
async function parseText(db: Queryable, text: string): Promise<QueryNode | null> {
  const kept = parsedTexts.get(text);
  if (kept) {
    return kept.tree;
  }
  return parsedTexts.set(text, { tree: parseTsquery(await data.parseSearchText(db, text)) }).tree;
}

/** Forgets the parsed texts: for the benchmark's searches whose text is new. */
export function forgetParsedSearches(): void {
  parsedTexts.clear();
}

/** The cache's counters, for the benchmark and the tests. */
export function searchCacheStats(db: Db): {
  entries: number;
  hits: number;
  misses: number;
  indexBuilds: number;
  indexLayers: number;
} {
  const cache = cacheFor(db);
  const counts = countsFor(db);
  return {
    entries: cache.size,
    hits: cache.hits,
    misses: cache.misses,
    indexBuilds: counts.builds,
    indexLayers: counts.layers,
  };
}

/**
 * The search without the result cache: over the search index of the corpus generation (built if this
 * generation has none yet).
 */
export async function searchUncached(db: Db, input: KnowledgeSearch, pageSize = 20): Promise<SearchAnswer> {
  return searchAt(db, await data.searchGeneration(db), input, pageSize);
}

/** The words of a text search matched, or every item for a search without words. */
async function matchText(db: Db, index: SearchIndex, text: string): Promise<{ matched: Matched; lexemes: string[] }> {
  if (text === '') {
    return { matched: index.all(), lexemes: [] };
  }
  const tree = await parseText(db, text);
  const { matched, exact } = index.match(tree);
  const candidates = exact ? null : index.numbers(matched);
  return {
    matched:
      candidates === null || candidates.length === 0
        ? matched
        : index.matchedOf(await data.recheckMatches(db, candidates, text)),
    lexemes: positiveLexemes(tree),
  };
}

/** How many items are in `m`. */
const sizeOf = (m: Matched) => m.base.length + m.layer.length;

/** {@link searchUncached} for a corpus generation the caller has just read. */
async function searchAt(db: Db, generation: string, input: KnowledgeSearch, pageSize: number): Promise<SearchAnswer> {
  const kept = await searchIndexFor(db, generation);
  const index = kept.index;
  const offset = (input.page - 1) * pageSize;
  let text = input.text;
  let correctedText: string | null = null;
  let matched = await matchText(db, index, text);
  let shown = index.filter(matched.matched, input.filters);
  const words = wordsOf(text);
  if (sizeOf(shown) === 0 && words.length > 0 && words.length <= MAX_WORDS_FOR_CORRECTION) {
    const corrected = await data.correctWords(db, words);
    if (corrected.every((w) => w !== null) && corrected.some((w, i) => w !== words[i])) {
      const candidate = corrected.join(' ');
      const retry = await matchText(db, index, candidate);
      const retryShown = index.filter(retry.matched, input.filters);
      if (sizeOf(retryShown) > 0) {
        matched = retry;
        shown = retryShown;
        text = candidate;
        correctedText = candidate;
      }
    }
  }
  const sort = text === '' ? 'date' : input.sort;
  const page = index.page(shown, matched.lexemes, sort, offset, pageSize);
  const hits = await shownItems(
    db,
    kept,
    page.map((p) => p.id),
  );
  const facets = Object.fromEntries(
    FACETS.map((f) => [f, [] as SearchAnswer['facets'][Facet]]),
  ) as SearchAnswer['facets'];
  for (const f of index.countFacets(matched.matched, input.filters)) {
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
    total: sizeOf(shown),
    page: input.page,
    pageSize,
    items: hits.map((h) => ({
      id: h.id,
      slug: h.slug,
      type: h.type,
      title: h.title,
      summary: h.summary,
      publishedOn: h.publishedOn,
      themes: h.themes,
      evidenceLevel: h.evidenceLevel,
      organisations: h.organisations,
      snippet: buildSnippet(`${h.summary}\n${h.bodyStart}`, matched.lexemes, h.summary),
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
