/**
 * A search of the knowledge portal as data, and its stable URL form: the same search always gives the
 * same query string (keys in a fixed order, values sorted and de-duplicated, unknown values dropped), so a
 * search can be shared, bookmarked and cached. Used by the API, the public pages and the web app.
 */
import {
  EVIDENCE_LEVELS,
  KNOWLEDGE_DOMAINS,
  KNOWLEDGE_TARGET_GROUPS,
  KNOWLEDGE_THEMES,
  KNOWLEDGE_TYPES,
  type EvidenceLevel,
  type KnowledgeDomain,
  type KnowledgeTargetGroup,
  type KnowledgeTheme,
  type KnowledgeType,
} from './knowledge.vocabulary.js';

export const FACETS = ['type', 'theme', 'domain', 'targetGroup', 'evidenceLevel', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface KnowledgeFilters {
  type: KnowledgeType[];
  theme: KnowledgeTheme[];
  domain: KnowledgeDomain[];
  targetGroup: KnowledgeTargetGroup[];
  evidenceLevel: EvidenceLevel[];
  year: number[];
}

export type KnowledgeSort = 'relevance' | 'date';

export interface KnowledgeSearch {
  /** The words as typed (trimmed, inner white space collapsed, at most 200 characters). */
  text: string;
  filters: KnowledgeFilters;
  sort: KnowledgeSort;
  page: number;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const ALLOWED: { [F in Exclude<Facet, 'year'>]: readonly string[] } = {
  type: KNOWLEDGE_TYPES,
  theme: KNOWLEDGE_THEMES,
  domain: KNOWLEDGE_DOMAINS,
  targetGroup: KNOWLEDGE_TARGET_GROUPS,
  evidenceLevel: EVIDENCE_LEVELS,
};

export function emptyFilters(): KnowledgeFilters {
  return { type: [], theme: [], domain: [], targetGroup: [], evidenceLevel: [], year: [] };
}

export function normaliseText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what this matches
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      .trim()
  );
}

/** Values of one facet: known values only, each once, in the vocabulary's order (years descending). */
function cleanValues(facet: Facet, values: readonly string[]): string[] {
  if (facet === 'year') {
    const years = new Set<number>();
    for (const v of values) {
      if (/^\d{4}$/.test(v)) {
        const y = Number(v);
        if (y >= MIN_YEAR && y <= MAX_YEAR) {
          years.add(y);
        }
      }
    }
    return [...years].sort((a, b) => b - a).map(String);
  }
  const allowed = ALLOWED[facet];
  const given = new Set(values);
  return allowed.filter((v) => given.has(v));
}

/** Reads a search from query-string values (each key once or repeated, or comma-separated). */
export function parseSearch(params: Record<string, string | string[] | undefined>): KnowledgeSearch {
  const list = (key: string): string[] => {
    const raw = params[key];
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    return values.flatMap((v) => v.split(',')).map((v) => v.trim());
  };
  const first = (key: string): string => list(key)[0] ?? '';
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const values = cleanValues(facet, list(facet));
    (filters as unknown as Record<Facet, (string | number)[]>)[facet] = facet === 'year' ? values.map(Number) : values;
  }
  const rawText = params.q;
  const text = normaliseText(Array.isArray(rawText) ? (rawText[0] ?? '') : (rawText ?? ''));
  const sortValue = first('sort');
  const sort: KnowledgeSort =
    sortValue === 'date' || sortValue === 'relevance' ? sortValue : text ? 'relevance' : 'date';
  const pageValue = Number(first('page'));
  const page = Number.isInteger(pageValue) && pageValue >= 1 ? Math.min(pageValue, MAX_PAGE) : 1;
  return { text, filters, sort, page };
}

/**
 * The canonical query string of a search (without `?`): q, then the facets in {@link FACETS} order with
 * comma-separated values, then sort when it is not the default, then page when it is not 1.
 */
export function searchToQueryString(search: KnowledgeSearch): string {
  const parts: string[] = [];
  if (search.text) {
    parts.push(`q=${encodeURIComponent(search.text)}`);
  }
  for (const facet of FACETS) {
    const values = cleanValues(facet, search.filters[facet].map(String));
    if (values.length > 0) {
      parts.push(`${facet}=${values.map(encodeURIComponent).join(',')}`);
    }
  }
  const defaultSort: KnowledgeSort = search.text ? 'relevance' : 'date';
  if (search.sort !== defaultSort) {
    parts.push(`sort=${search.sort}`);
  }
  if (search.page > 1) {
    parts.push(`page=${search.page}`);
  }
  return parts.join('&');
}

/** A filter set with one value of one facet switched on or off (for facet links). */
export function toggleFilter(filters: KnowledgeFilters, facet: Facet, value: string): KnowledgeFilters {
  const current = filters[facet].map(String);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const copy = { ...filters };
  (copy as unknown as Record<Facet, (string | number)[]>)[facet] =
    facet === 'year' ? cleanValues(facet, next).map(Number) : cleanValues(facet, next);
  return copy;
}

/** The words of a text for typo correction and the word list: letters only, lower case. */
export function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase('nl').match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3 && w.length <= 60);
}
