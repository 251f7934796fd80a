/**
 * The knowledge editorial screens' types and rules (server: src/modules/knowledge). The vocabularies
 * mirror knowledge.vocabulary.ts; their labels are `knowledge.type.<code>` … in the catalogues, in the
 * same words as the public pages. The form keeps every field as the person typed it (strings, one line
 * per author); `contentBody` turns that into the API's body, `valuesOf` an item back into the form.
 */
import { TARGET_GROUPS, type TargetGroup } from '../../lib/types';

export const KNOWLEDGE_TYPES = [
  'publication',
  'instrument',
  'guide',
  'intervention',
  'factsheet',
  'practiceExample',
  'video',
] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

export const KNOWLEDGE_DOMAINS = ['youth', 'wmo', 'workAndIncome', 'care'] as const;
export type KnowledgeDomain = (typeof KNOWLEDGE_DOMAINS)[number];

export const EVIDENCE_LEVELS = [
  'notAssessed',
  'wellDescribed',
  'wellFounded',
  'effectiveFirstIndications',
  'effectiveGoodIndications',
  'effectiveStrongIndications',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const LANGUAGE_LEVELS = ['B1', 'B2', 'C1'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const KNOWLEDGE_TARGET_GROUPS = TARGET_GROUPS;

export const KNOWLEDGE_THEMES = [
  'ips',
  'jobCoaching',
  'employerServices',
  'jobCarving',
  'instruments',
  'sustainablePlacement',
  'mentalHealth',
  'debts',
  'learningRoutes',
  'workExperience',
  'careAndWork',
  'integratedPlan',
  'privacy',
  'measuringImpact',
  'youngPeople',
  'statusHolders',
  'regionalCooperation',
  'selfDirection',
] as const;
export type KnowledgeTheme = (typeof KNOWLEDGE_THEMES)[number];

export const KNOWLEDGE_STATUSES = ['draft', 'inReview', 'published', 'archived'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** The roles that may open the editorial screens (knowledge.edit in grants.ts). */
export const EDITORIAL_ROLES = ['knowledgeEditor', 'programmeManager', 'evaluator'] as const;

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
  targetGroups: TargetGroup[];
  evidenceLevel: EvidenceLevel;
  evidenceAssessedOn: string | null;
  evidenceAssessedBy: string | null;
  languageLevel: LanguageLevel | null;
  videoUrl: string | null;
  approaches: string[];
}

export interface KnowledgeFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  pageCount: number;
  uploadedAt: string;
  href: string;
}

export interface KnowledgeEvent {
  fromStatus: KnowledgeStatus | null;
  toStatus: KnowledgeStatus;
  note: string | null;
  version: number;
  byName: string | null;
  at: string;
}

export type Move = 'submit' | 'sendBack' | 'publish' | 'archive' | 'restore';

export interface EditorialItem extends KnowledgeContent {
  id: string;
  status: KnowledgeStatus;
  organisationId: string | null;
  organisationName: string | null;
  version: number;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  updatedByName: string | null;
  statusChangedAt: string;
  firstPublishedAt: string | null;
  files: KnowledgeFile[];
  events: KnowledgeEvent[];
  allowed: Record<'edit' | Move, boolean>;
  bodyHtml: string;
}

export interface EditorialListItem {
  id: string;
  slug: string;
  type: KnowledgeType;
  status: KnowledgeStatus;
  title: string;
  organisationName: string | null;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

export interface EditorialPage {
  items: EditorialListItem[];
  total: number;
  page: number;
  pageSize: number;
  counts: Partial<Record<KnowledgeStatus, number>>;
}

export interface KnowledgeVersion {
  version: number;
  savedAt: string;
  savedByName: string | null;
  content: KnowledgeContent;
}

/** The workflow buttons in the order they are offered, with the status each one moves to. */
export const MOVES: { move: Move; to: KnowledgeStatus }[] = [
  { move: 'submit', to: 'inReview' },
  { move: 'publish', to: 'published' },
  { move: 'sendBack', to: 'draft' },
  { move: 'archive', to: 'archived' },
  { move: 'restore', to: 'draft' },
];

/** The moves the signed-in user may make now, as the server says in `allowed`. */
export function allowedMoves(allowed: EditorialItem['allowed']): { move: Move; to: KnowledgeStatus }[] {
  return MOVES.filter((m) => allowed[m.move]);
}

/** The form's values, as typed. */
export interface KnowledgeValues {
  type: KnowledgeType;
  title: string;
  slug: string;
  summary: string;
  body: string;
  /** One per line. */
  authors: string;
  /** One per line. */
  organisations: string;
  publishedOn: string;
  themes: KnowledgeTheme[];
  domains: KnowledgeDomain[];
  targetGroups: TargetGroup[];
  evidenceLevel: EvidenceLevel;
  evidenceAssessedOn: string;
  evidenceAssessedBy: string;
  languageLevel: LanguageLevel | '';
  videoUrl: string;
  approaches: string[];
}

export const EMPTY_VALUES: KnowledgeValues = {
  type: 'publication',
  title: '',
  slug: '',
  summary: '',
  body: '',
  authors: '',
  organisations: '',
  publishedOn: '',
  themes: [],
  domains: [],
  targetGroups: [],
  evidenceLevel: 'notAssessed',
  evidenceAssessedOn: '',
  evidenceAssessedBy: '',
  languageLevel: 'B1',
  videoUrl: '',
  approaches: [],
};

export function valuesOf(item: KnowledgeContent): KnowledgeValues {
  return {
    type: item.type,
    title: item.title,
    slug: item.slug,
    summary: item.summary,
    body: item.body,
    authors: item.authors.join('\n'),
    organisations: item.organisations.join('\n'),
    publishedOn: item.publishedOn ?? '',
    themes: [...item.themes],
    domains: [...item.domains],
    targetGroups: [...item.targetGroups],
    evidenceLevel: item.evidenceLevel,
    evidenceAssessedOn: item.evidenceAssessedOn ?? '',
    evidenceAssessedBy: item.evidenceAssessedBy ?? '',
    languageLevel: item.languageLevel ?? '',
    videoUrl: item.videoUrl ?? '',
    approaches: [...item.approaches],
  };
}

/** Lines of a textarea as a list: trimmed, empty lines and repeats left out. */
export function linesOf(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((l) => l.trim()))].filter((l) => l.length > 0);
}

/**
 * The content part of the create/update body. Fields that do not apply are sent as null (the evidence
 * assessment when not assessed, the video link for other types), so the saved version is what the form
 * shows. An empty slug is left out: the server then makes one from the title (or keeps the current one).
 */
export function contentBody(v: KnowledgeValues): Record<string, unknown> {
  const assessed = v.evidenceLevel !== 'notAssessed';
  const slug = v.slug.trim();
  return {
    ...(slug ? { slug } : {}),
    type: v.type,
    title: v.title.trim(),
    summary: v.summary.trim(),
    body: v.body,
    authors: linesOf(v.authors),
    organisations: linesOf(v.organisations),
    publishedOn: v.publishedOn || null,
    themes: v.themes,
    domains: v.domains,
    targetGroups: v.targetGroups,
    evidenceLevel: v.evidenceLevel,
    evidenceAssessedOn: assessed && v.evidenceAssessedOn ? v.evidenceAssessedOn : null,
    evidenceAssessedBy: assessed && v.evidenceAssessedBy.trim() ? v.evidenceAssessedBy.trim() : null,
    languageLevel: v.languageLevel || null,
    videoUrl: v.type === 'video' && v.videoUrl.trim() ? v.videoUrl.trim() : null,
    approaches: v.approaches,
  };
}

/** Whether the form differs from the saved item (compared as they would be sent). */
export function isDirty(values: KnowledgeValues, saved: KnowledgeContent): boolean {
  const a = contentBody(values);
  const b = contentBody(valuesOf(saved));
  const norm = (x: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(x)
        .sort()
        .map((k) => [k, Array.isArray(x[k]) ? [...(x[k] as string[])].sort() : x[k]]),
    );
  return norm(a) !== norm(b);
}

/** The public page of an item. */
export const publicHref = (slug: string) => `/kennisbank/${slug}`;

export { formatBytes } from '../../lib/format';

/** Query of the editorial list: only known statuses and positive pages are read from the URL. */
export function readListQuery(params: URLSearchParams): { status: KnowledgeStatus | ''; q: string; page: number } {
  const status = params.get('stand') ?? '';
  const page = Number(params.get('pagina') ?? '1');
  return {
    status: (KNOWLEDGE_STATUSES as readonly string[]).includes(status) ? (status as KnowledgeStatus) : '',
    q: params.get('zoek')?.slice(0, 200) ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function writeListQuery(q: { status: KnowledgeStatus | ''; q: string; page: number }): URLSearchParams {
  const out = new URLSearchParams();
  if (q.status) {
    out.set('stand', q.status);
  }
  if (q.q.trim()) {
    out.set('zoek', q.q.trim());
  }
  if (q.page > 1) {
    out.set('pagina', String(q.page));
  }
  return out;
}

export function apiListQuery(q: { status: KnowledgeStatus | ''; q: string; page: number }, pageSize: number): string {
  const out = new URLSearchParams({ page: String(q.page), pageSize: String(pageSize) });
  if (q.status) {
    out.set('status', q.status);
  }
  if (q.q.trim()) {
    out.set('q', q.q.trim());
  }
  return out.toString();
}
