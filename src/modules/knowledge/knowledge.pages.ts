/**
 * The public knowledge pages as plain server-rendered HTML: `/kennisbank` (search with facets) and
 * `/kennisbank/<slug>` (an item). They work without JavaScript, load fast, can be indexed and shared
 * (the search's URL is its canonical query string), and follow the NL Design System look of the app with
 * one small style sheet. Texts come from the server catalogue (nl, en by Accept-Language or ?lang=en).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply } from 'fastify';
import type { App, ModuleDeps } from '../../app.js';
import { AppError } from '../../platform/errors/app-error.js';
import { isMessageKey, translate, type Language, type MessageKey } from '../../platform/i18n/i18n.js';
import {
  FACETS,
  parseSearch,
  searchToQueryString,
  toggleFilter,
  type Facet,
  type KnowledgeSearch,
} from './knowledge.query.js';
import { contentDisposition } from '../../platform/http/content-disposition.js';
import * as service from './knowledge.service.js';

const STYLE_PATH = '/kennisbank/stijl.css';
const STYLE = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'knowledge.pages.css'), 'utf8');

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

function label(t: T, group: string, value: string): string {
  const key = `knowledge.${group}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

const FACET_GROUP: Record<Facet, string | null> = {
  type: 'type',
  theme: 'theme',
  domain: 'domain',
  targetGroup: 'targetGroup',
  evidenceLevel: 'evidence',
  year: null,
};

function formatDate(date: string | null, lang: Language): string {
  if (!date) {
    return '';
  }
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

function formatBytes(n: number, lang: Language): string {
  const format = (v: number) => v.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  return n >= 1024 * 1024 ? `${format(n / (1024 * 1024))} MB` : `${format(Math.max(1, n / 1024))} kB`;
}

function layout(args: {
  lang: Language;
  t: T;
  title: string;
  description: string;
  canonical: string;
  main: string;
  robots?: string;
}): string {
  const { lang, t } = args;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(args.title)}</title>
<meta name="description" content="${escapeHtml(args.description)}">
<meta name="robots" content="${args.robots ?? 'index, follow'}">
<link rel="canonical" href="${escapeHtml(args.canonical)}">
<meta property="og:type" content="website">
<meta property="og:title" content="${escapeHtml(args.title)}">
<meta property="og:description" content="${escapeHtml(args.description)}">
<meta property="og:url" content="${escapeHtml(args.canonical)}">
<link rel="stylesheet" href="${STYLE_PATH}">
</head>
<body>
<a class="skip-link" href="#inhoud">${escapeHtml(t('knowledge.page.skip'))}</a>
<header class="page-header"><div class="wrap">
<a class="brand" href="/">Meedoen</a>
<nav aria-label="${escapeHtml(t('knowledge.page.nav'))}"><ul>
<li><a href="/kennisbank" aria-current="${args.canonical.endsWith('/kennisbank') ? 'page' : 'false'}">${escapeHtml(t('knowledge.page.name'))}</a></li>
<li><a href="/">${escapeHtml(t('knowledge.page.login'))}</a></li>
<li><a href="?lang=${lang === 'en' ? 'nl' : 'en'}" hreflang="${lang === 'en' ? 'nl' : 'en'}" lang="${lang === 'en' ? 'nl' : 'en'}">${lang === 'en' ? 'Nederlands' : 'English'}</a></li>
</ul></nav>
</div></header>
<main id="inhoud" class="wrap">
${args.main}
</main>
<footer class="page-footer"><div class="wrap"><p>${escapeHtml(t('knowledge.page.footer'))}</p></div></footer>
</body>
</html>`;
}

function searchHref(search: KnowledgeSearch, lang: Language): string {
  const qs = searchToQueryString(search);
  const langPart = lang === 'en' ? 'lang=en' : '';
  const all = [qs, langPart].filter(Boolean).join('&');
  return `/kennisbank${all ? `?${all}` : ''}`;
}

export function renderSearchPage(
  answer: service.SearchAnswer,
  search: KnowledgeSearch,
  ctx: { lang: Language; t: T; publicUrl: string },
): string {
  const { lang, t } = ctx;
  const facetHtml = FACETS.map((facet) => {
    const values = answer.facets[facet];
    if (values.length === 0) {
      return '';
    }
    const group = FACET_GROUP[facet];
    const items = values
      .map((v) => {
        const next = { ...search, page: 1, filters: toggleFilter(search.filters, facet, v.value) };
        const name = group ? label(t, group, v.value) : v.value;
        return `<li><a href="${escapeHtml(searchHref(next, lang))}" class="facet-link${v.selected ? ' is-selected' : ''}"${
          v.selected ? ' aria-current="true"' : ''
        }><span class="facet-box" aria-hidden="true">${v.selected ? '✓' : ''}</span><span class="facet-name">${escapeHtml(name)}</span> <span class="facet-count">${v.count}<span class="visually-hidden"> ${escapeHtml(
          t('knowledge.page.items'),
        )}${v.selected ? `, ${escapeHtml(t('knowledge.page.selected'))}` : ''}</span></span></a></li>`;
      })
      .join('');
    return `<section class="facet" aria-labelledby="facet-${facet}"><h3 id="facet-${facet}">${escapeHtml(
      t(`knowledge.facet.${facet}` as MessageKey),
    )}</h3><ul>${items}</ul></section>`;
  }).join('');

  const anyFilter = FACETS.some((f) => search.filters[f].length > 0);
  const clear = anyFilter
    ? `<p><a href="${escapeHtml(searchHref({ ...search, page: 1, filters: { type: [], theme: [], domain: [], targetGroup: [], evidenceLevel: [], year: [] } }, lang))}">${escapeHtml(
        t('knowledge.page.clearFilters'),
      )}</a></p>`
    : '';

  const results = answer.items
    .map(
      (item) => `<li class="result">
<h3><a href="${escapeHtml(item.href + (lang === 'en' ? '?lang=en' : ''))}">${escapeHtml(item.title)}</a></h3>
<p class="result-meta"><span class="badge">${escapeHtml(label(t, 'type', item.type))}</span>${
        item.publishedOn
          ? ` <time datetime="${item.publishedOn}">${escapeHtml(formatDate(item.publishedOn, lang))}</time>`
          : ''
      }${item.organisations.length ? ` · ${escapeHtml(item.organisations.join(', '))}` : ''}${
        item.evidenceLevel !== 'notAssessed' ? ` · ${escapeHtml(label(t, 'evidence', item.evidenceLevel))}` : ''
      }</p>
<p class="snippet">${item.snippet.map((p) => (p.hit ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('')}</p>
</li>`,
    )
    .join('\n');

  const pages = Math.max(1, Math.ceil(answer.total / answer.pageSize));
  const pager =
    pages > 1
      ? `<nav class="pager" aria-label="${escapeHtml(t('knowledge.page.pages'))}"><ul>${[
          search.page > 1
            ? `<li><a rel="prev" href="${escapeHtml(searchHref({ ...search, page: search.page - 1 }, lang))}">${escapeHtml(t('knowledge.page.previous'))}</a></li>`
            : '',
          `<li>${escapeHtml(t('knowledge.page.pageOf', { page: search.page, pages }))}</li>`,
          search.page < pages
            ? `<li><a rel="next" href="${escapeHtml(searchHref({ ...search, page: search.page + 1 }, lang))}">${escapeHtml(t('knowledge.page.next'))}</a></li>`
            : '',
        ].join('')}</ul></nav>`
      : '';

  const hidden = FACETS.flatMap((f) =>
    search.filters[f].length
      ? [`<input type="hidden" name="${f}" value="${escapeHtml(search.filters[f].join(','))}">`]
      : [],
  ).join('');
  const sortSelect = `<label for="sort">${escapeHtml(t('knowledge.page.sort'))}</label>
<select id="sort" name="sort">
<option value="relevance"${answer.sort === 'relevance' ? ' selected' : ''}>${escapeHtml(t('knowledge.page.sortRelevance'))}</option>
<option value="date"${answer.sort === 'date' ? ' selected' : ''}>${escapeHtml(t('knowledge.page.sortDate'))}</option>
</select>`;

  const summary =
    answer.total === 0
      ? `<p class="no-results">${escapeHtml(t(search.text ? 'knowledge.page.noResultsFor' : 'knowledge.page.noResults', { text: search.text }))}</p>`
      : `<p class="count" role="status">${escapeHtml(
          search.text
            ? t('knowledge.page.countFor', { count: answer.total, text: answer.correctedText ?? search.text })
            : t('knowledge.page.count', { count: answer.total }),
        )}</p>`;
  const corrected = answer.correctedText
    ? `<p class="corrected">${escapeHtml(t('knowledge.page.corrected', { corrected: answer.correctedText, text: search.text }))}</p>`
    : '';

  const title = search.text
    ? t('knowledge.page.searchTitleFor', { text: search.text })
    : t('knowledge.page.searchTitle');
  const main = `<h1>${escapeHtml(t('knowledge.page.heading'))}</h1>
<p class="lead">${escapeHtml(t('knowledge.page.intro'))}</p>
<form class="search-form" role="search" method="get" action="/kennisbank">
<label for="q">${escapeHtml(t('knowledge.page.searchLabel'))}</label>
<div class="search-row"><input id="q" name="q" type="search" value="${escapeHtml(search.text)}" maxlength="200" autocomplete="off">
${hidden}${lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}
<button type="submit">${escapeHtml(t('knowledge.page.searchButton'))}</button></div>
<div class="sort-row">${sortSelect} <button type="submit" class="secondary">${escapeHtml(t('knowledge.page.apply'))}</button></div>
</form>
<div class="search-layout">
<aside class="facets" aria-label="${escapeHtml(t('knowledge.page.filters'))}"><h2>${escapeHtml(t('knowledge.page.filters'))}</h2>${clear}${facetHtml}</aside>
<section class="results" aria-labelledby="results-heading"><h2 id="results-heading">${escapeHtml(t('knowledge.page.results'))}</h2>
${corrected}${summary}
<ol class="result-list">${results}</ol>
${pager}
</section>
</div>`;
  const canonical = `${ctx.publicUrl}${searchHref({ ...search }, lang)}`;
  return layout({
    lang,
    t,
    title: `${title} · Meedoen`,
    description: t('knowledge.page.intro'),
    canonical,
    main,
    // A search result page is for people; only the plain overview is for search engines.
    robots: search.text || anyFilter || search.page > 1 ? 'noindex, follow' : 'index, follow',
  });
}

export function renderItemPage(v: service.PublicView, ctx: { lang: Language; t: T; publicUrl: string }): string {
  const { lang, t } = ctx;
  const r = v.row;
  const tags = (group: string, values: string[], heading: MessageKey) =>
    values.length
      ? `<dt>${escapeHtml(t(heading))}</dt><dd><ul class="tags">${values.map((x) => `<li>${escapeHtml(label(t, group, x))}</li>`).join('')}</ul></dd>`
      : '';
  const meta = [
    `<dt>${escapeHtml(t('knowledge.facet.type'))}</dt><dd>${escapeHtml(label(t, 'type', r.type))}</dd>`,
    r.publishedOn
      ? `<dt>${escapeHtml(t('knowledge.page.published'))}</dt><dd><time datetime="${r.publishedOn}">${escapeHtml(formatDate(r.publishedOn, lang))}</time></dd>`
      : '',
    r.authors.length
      ? `<dt>${escapeHtml(t('knowledge.page.authors'))}</dt><dd>${escapeHtml(r.authors.join(', '))}</dd>`
      : '',
    r.organisations.length
      ? `<dt>${escapeHtml(t('knowledge.page.organisations'))}</dt><dd>${escapeHtml(r.organisations.join(', '))}</dd>`
      : '',
    `<dt>${escapeHtml(t('knowledge.facet.evidenceLevel'))}</dt><dd>${escapeHtml(label(t, 'evidence', r.evidenceLevel))}${
      r.evidenceLevel !== 'notAssessed' && r.evidenceAssessedOn
        ? ` <span class="assessed">(${escapeHtml(
            t('knowledge.page.assessed', {
              date: formatDate(r.evidenceAssessedOn, lang),
              by: r.evidenceAssessedBy ?? '',
            }),
          )})</span>`
        : ''
    }</dd>`,
    r.languageLevel
      ? `<dt>${escapeHtml(t('knowledge.page.languageLevel'))}</dt><dd>${escapeHtml(r.languageLevel)}</dd>`
      : '',
    tags('theme', r.themes, 'knowledge.facet.theme'),
    tags('domain', r.domains, 'knowledge.facet.domain'),
    tags('targetGroup', r.targetGroups, 'knowledge.facet.targetGroup'),
  ].join('');
  const video =
    r.type === 'video' && r.videoUrl
      ? `<p><a class="button-link" href="${escapeHtml(r.videoUrl)}" rel="nofollow noopener noreferrer">${escapeHtml(t('knowledge.page.watchVideo'))}</a></p>`
      : '';
  const files = v.files.length
    ? `<section aria-labelledby="files-heading"><h2 id="files-heading">${escapeHtml(t('knowledge.page.files'))}</h2><ul class="files">${v.files
        .map(
          (f) =>
            `<li><a href="${escapeHtml(f.href)}" type="application/pdf">${escapeHtml(f.fileName)}</a> <span class="file-meta">(PDF, ${escapeHtml(
              formatBytes(f.sizeBytes, lang),
            )}, ${escapeHtml(t('knowledge.page.pageCount', { count: f.pageCount }))})</span></li>`,
        )
        .join('')}</ul></section>`
    : '';
  const approaches = v.approaches.length
    ? `<section aria-labelledby="approaches-heading"><h2 id="approaches-heading">${escapeHtml(t('knowledge.page.approaches'))}</h2><ul>${v.approaches
        .map((a) => `<li>${escapeHtml(a.name)}</li>`)
        .join('')}</ul></section>`
    : '';
  const related = v.related.length
    ? `<section aria-labelledby="related-heading"><h2 id="related-heading">${escapeHtml(t('knowledge.page.related'))}</h2><ul class="related">${v.related
        .map(
          (x) =>
            `<li><a href="${escapeHtml(x.href + (lang === 'en' ? '?lang=en' : ''))}">${escapeHtml(x.title)}</a> <span class="badge">${escapeHtml(
              label(t, 'type', x.type),
            )}</span></li>`,
        )
        .join('')}</ul></section>`
    : '';
  const main = `<nav class="breadcrumb" aria-label="${escapeHtml(t('knowledge.page.breadcrumb'))}"><ol><li><a href="/kennisbank${lang === 'en' ? '?lang=en' : ''}">${escapeHtml(
    t('knowledge.page.name'),
  )}</a></li><li aria-current="page">${escapeHtml(r.title)}</li></ol></nav>
<article>
<h1>${escapeHtml(r.title)}</h1>
<p class="lead">${escapeHtml(r.summary)}</p>
<dl class="item-meta">${meta}</dl>
${video}
<div class="body">${v.bodyHtml}</div>
${files}
${approaches}
</article>
${related}`;
  return layout({
    lang,
    t,
    title: `${r.title} · ${t('knowledge.page.name')} · Meedoen`,
    description: r.summary.slice(0, 300),
    canonical: `${ctx.publicUrl}/kennisbank/${r.slug}`,
    main,
  });
}

function notFoundPage(ctx: { lang: Language; t: T; publicUrl: string }): string {
  const { t } = ctx;
  return layout({
    lang: ctx.lang,
    t,
    title: `${t('knowledge.page.notFound')} · Meedoen`,
    description: t('knowledge.page.notFound'),
    canonical: `${ctx.publicUrl}/kennisbank`,
    robots: 'noindex',
    main: `<h1>${escapeHtml(t('knowledge.page.notFound'))}</h1><p>${escapeHtml(t('knowledge.page.notFoundText'))}</p><p><a href="/kennisbank">${escapeHtml(
      t('knowledge.page.backToSearch'),
    )}</a></p>`,
  });
}

function pageLanguage(query: unknown, negotiated: Language): Language {
  const lang = (query as { lang?: unknown } | null)?.lang;
  return lang === 'en' || lang === 'nl' ? lang : negotiated;
}

function sendHtml(reply: FastifyReply, status: number, html: string) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', status === 200 ? 'public, max-age=60' : 'no-store')
    .header('vary', 'accept-language')
    .send(html);
}

export async function knowledgePages(app: App, deps: ModuleDeps): Promise<void> {
  const publicUrl = deps.config.publicUrl.replace(/\/+$/, '');
  const pageCtx = (query: unknown, negotiated: Language) => {
    const lang = pageLanguage(query, negotiated);
    return { lang, t: ((key, params) => translate(lang, key, params)) as T, publicUrl };
  };

  app.get(STYLE_PATH, { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLE),
  );

  app.get('/kennisbank', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const ctx = pageCtx(request.query, request.ctx.lang);
    const raw = (request.query ?? {}) as Record<string, string | string[] | undefined>;
    const search = parseSearch(raw);
    const answer = await service.search(deps.db, search);
    return sendHtml(reply, 200, renderSearchPage(answer, search, ctx));
  });

  app.get('/kennisbank/:slug', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const ctx = pageCtx(request.query, request.ctx.lang);
    const slug = (request.params as { slug: string }).slug;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 120) {
      return sendHtml(reply, 404, notFoundPage(ctx));
    }
    try {
      const view = await service.getPublished(deps.db, slug, ctx.lang);
      return sendHtml(reply, 200, renderItemPage(view, ctx));
    } catch (error) {
      if (error instanceof AppError && error.code === 'not-found') {
        return sendHtml(reply, 404, notFoundPage(ctx));
      }
      throw error;
    }
  });

  app.get(
    '/kennisbank/:slug/bestanden/:fileId',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const { slug, fileId } = request.params as { slug: string; fileId: string };
      const ctx = pageCtx(request.query, request.ctx.lang);
      if (!/^[0-9a-f-]{36}$/i.test(fileId) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
        return sendHtml(reply, 404, notFoundPage(ctx));
      }
      try {
        const file = await service.getPublishedFile(deps.db, deps, slug, fileId);
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition('inline', file.fileName))
          .header('cache-control', 'public, max-age=3600')
          .header('etag', `"${file.sha256}"`)
          .send(file.bytes);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not-found') {
          return sendHtml(reply, 404, notFoundPage(ctx));
        }
        throw error;
      }
    },
  );
}
