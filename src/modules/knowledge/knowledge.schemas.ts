/** Request and response schemas of the knowledge portal. */
import { Type, type Static } from 'typebox';
import { DateTime, PageQuery, Uuid } from '../../shared/schemas.js';
import { MAX_QUERY_LENGTH } from './knowledge.query.js';
import {
  EVIDENCE_LEVELS,
  KNOWLEDGE_DOMAINS,
  KNOWLEDGE_STATUSES,
  KNOWLEDGE_TARGET_GROUPS,
  KNOWLEDGE_THEMES,
  KNOWLEDGE_TYPES,
  LANGUAGE_LEVELS,
} from './knowledge.vocabulary.js';

const DateOnly = Type.String({ format: 'date', description: 'Datum (JJJJ-MM-DD).' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([Type.Null(), t]);

export const KnowledgeType = Type.Enum(KNOWLEDGE_TYPES, {
  description:
    'Soort: publication (publicatie), instrument, guide (handreiking), intervention (interventie/aanpak), factsheet, practiceExample (praktijkvoorbeeld), video.',
});
export const KnowledgeStatus = Type.Enum(KNOWLEDGE_STATUSES, {
  description: 'Stand: draft (concept), inReview (ter beoordeling), published (gepubliceerd), archived (gearchiveerd).',
});
export const EvidenceLevel = Type.Enum(EVIDENCE_LEVELS, {
  description:
    'Erkenningsniveau (Movisie): notAssessed (niet beoordeeld), wellDescribed (goed beschreven), wellFounded (goed onderbouwd), effectiveFirstIndications / effectiveGoodIndications / effectiveStrongIndications (effectief volgens eerste / goede / sterke aanwijzingen).',
});
const Theme = Type.Enum(KNOWLEDGE_THEMES, { description: 'Thema.' });
const Domain = Type.Enum(KNOWLEDGE_DOMAINS, {
  description: 'Domein: youth (jeugd), wmo, workAndIncome (werk en inkomen), care (zorg).',
});
const TargetGroup = Type.Enum(KNOWLEDGE_TARGET_GROUPS, { description: 'Doelgroep.' });
const LanguageLevel = Type.Enum(LANGUAGE_LEVELS, { description: 'Taalniveau: B1, B2 of C1.' });
const Slug = Type.String({
  minLength: 1,
  maxLength: 120,
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  description: 'Deel van de webadres: kleine letters, cijfers en streepjes.',
});

export const KnowledgeContentBody = Type.Object(
  {
    slug: Type.Optional(Slug),
    type: KnowledgeType,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    summary: Type.String({ minLength: 1, maxLength: 1000 }),
    body: Type.String({ maxLength: 100_000, description: 'Tekst in Markdown.' }),
    authors: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 30 }),
    organisations: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 30 }),
    publishedOn: Nullable(DateOnly),
    themes: Type.Array(Theme, { maxItems: 20, uniqueItems: true }),
    domains: Type.Array(Domain, { maxItems: 4, uniqueItems: true }),
    targetGroups: Type.Array(TargetGroup, { maxItems: 10, uniqueItems: true }),
    evidenceLevel: EvidenceLevel,
    evidenceAssessedOn: Nullable(DateOnly),
    evidenceAssessedBy: Nullable(Type.String({ minLength: 1, maxLength: 200 })),
    languageLevel: Nullable(LanguageLevel),
    videoUrl: Nullable(Type.String({ minLength: 1, maxLength: 500, format: 'uri' })),
    approaches: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 10, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type KnowledgeContentBody = Static<typeof KnowledgeContentBody>;

export const KnowledgeCreateBody = Type.Object(
  {
    ...KnowledgeContentBody.properties,
    organisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type KnowledgeCreateBody = Static<typeof KnowledgeCreateBody>;

export const KnowledgeUpdateBody = Type.Object(
  {
    ...KnowledgeContentBody.properties,
    version: Type.Integer({
      minimum: 1,
      description: 'De versie die de schrijver las: voorkomt dat wijzigingen verloren gaan.',
    }),
  },
  { additionalProperties: false },
);
export type KnowledgeUpdateBody = Static<typeof KnowledgeUpdateBody>;

export const StatusChangeBody = Type.Object(
  {
    to: KnowledgeStatus,
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type StatusChangeBody = Static<typeof StatusChangeBody>;

export const KnowledgeFile = Type.Object(
  {
    id: Uuid,
    fileName: Type.String(),
    contentType: Type.String(),
    sizeBytes: Type.Integer(),
    sha256: Type.String(),
    pageCount: Type.Integer(),
    uploadedAt: DateTime,
    /** Where the file can be downloaded. */
    href: Type.String(),
  },
  { additionalProperties: false },
);

const Approach = Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false });

export const KnowledgeEvent = Type.Object(
  {
    fromStatus: Nullable(KnowledgeStatus),
    toStatus: KnowledgeStatus,
    note: Nullable(Type.String()),
    version: Type.Integer(),
    byName: Nullable(Type.String()),
    at: DateTime,
  },
  { additionalProperties: false },
);

const ContentProps = {
  ...KnowledgeContentBody.properties,
  slug: Slug,
};

export const EditorialItem = Type.Object(
  {
    id: Uuid,
    ...ContentProps,
    status: KnowledgeStatus,
    organisationId: Nullable(Uuid),
    organisationName: Nullable(Type.String()),
    version: Type.Integer(),
    createdAt: DateTime,
    createdByName: Nullable(Type.String()),
    updatedAt: DateTime,
    updatedByName: Nullable(Type.String()),
    statusChangedAt: DateTime,
    firstPublishedAt: Nullable(DateTime),
    files: Type.Array(KnowledgeFile),
    events: Type.Array(KnowledgeEvent),
    /** What the signed-in user may do with it now. */
    allowed: Type.Object(
      {
        edit: Type.Boolean(),
        submit: Type.Boolean(),
        publish: Type.Boolean(),
        sendBack: Type.Boolean(),
        archive: Type.Boolean(),
        restore: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    bodyHtml: Type.String({ description: 'De tekst als veilige HTML (voorbeeld).' }),
  },
  { additionalProperties: false },
);

export const EditorialListItem = Type.Object(
  {
    id: Uuid,
    slug: Type.String(),
    type: KnowledgeType,
    status: KnowledgeStatus,
    title: Type.String(),
    organisationName: Nullable(Type.String()),
    version: Type.Integer(),
    updatedAt: DateTime,
    updatedByName: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const EditorialPage = Type.Object(
  {
    items: Type.Array(EditorialListItem),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    counts: Type.Record(Type.String(), Type.Integer(), { description: 'Aantal items per stand.' }),
  },
  { additionalProperties: false },
);

export const EditorialQuery = Type.Object(
  {
    status: Type.Optional(KnowledgeStatus),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const KnowledgeVersion = Type.Object(
  {
    version: Type.Integer(),
    savedAt: DateTime,
    savedByName: Nullable(Type.String()),
    content: Type.Object(ContentProps, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

export const IdFileParams = Type.Object({ id: Uuid, fileId: Uuid }, { additionalProperties: false });
export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const SlugFileParams = Type.Object({ slug: Slug, fileId: Uuid }, { additionalProperties: false });

export const FileUploadQuery = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200, description: 'Naam van het bestand.' }),
  },
  { additionalProperties: false },
);

// Search -------------------------------------------------------------------------------------------

const csvList = (description: string) =>
  Type.Optional(Type.String({ maxLength: 1000, description: `${description} Meerdere waarden met komma's.` }));

export const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: MAX_QUERY_LENGTH * 2, description: 'Zoekwoorden (Nederlands).' })),
    type: csvList('Soort.'),
    theme: csvList('Thema.'),
    domain: csvList('Domein.'),
    targetGroup: csvList('Doelgroep.'),
    evidenceLevel: csvList('Erkenningsniveau.'),
    year: csvList('Jaar van publicatie.'),
    sort: Type.Optional(Type.Enum(['relevance', 'date'] as const, { description: 'Volgorde: relevance of date.' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
);

const SnippetPart = Type.Object({ text: Type.String(), hit: Type.Boolean() }, { additionalProperties: false });

export const SearchHit = Type.Object(
  {
    id: Type.String({
      format: 'uuid',
      description: 'Id van het item (om het als materiaal aan een activiteit of leergang te koppelen).',
    }),
    slug: Type.String(),
    type: KnowledgeType,
    title: Type.String(),
    summary: Type.String(),
    publishedOn: Nullable(DateOnly),
    themes: Type.Array(Type.String()),
    evidenceLevel: EvidenceLevel,
    organisations: Type.Array(Type.String()),
    snippet: Type.Array(SnippetPart, { description: 'Passage met de gevonden woorden (hit: true).' }),
    href: Type.String(),
  },
  { additionalProperties: false },
);

const FacetValue = Type.Object(
  { value: Type.String(), count: Type.Integer(), selected: Type.Boolean() },
  { additionalProperties: false },
);

export const SearchResult = Type.Object(
  {
    query: Type.String({ description: 'De zoekvraag als stabiele querystring (om te delen).' }),
    text: Type.String(),
    correctedText: Nullable(Type.String({ description: 'Gezocht met deze verbeterde woorden (tikfout).' })),
    sort: Type.Enum(['relevance', 'date'] as const),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    items: Type.Array(SearchHit),
    facets: Type.Object(
      {
        type: Type.Array(FacetValue),
        theme: Type.Array(FacetValue),
        domain: Type.Array(FacetValue),
        targetGroup: Type.Array(FacetValue),
        evidenceLevel: Type.Array(FacetValue),
        year: Type.Array(FacetValue),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const RelatedItem = Type.Object(
  {
    slug: Type.String(),
    type: KnowledgeType,
    title: Type.String(),
    summary: Type.String(),
    publishedOn: Nullable(DateOnly),
    href: Type.String(),
  },
  { additionalProperties: false },
);

export const PublicItem = Type.Object(
  {
    slug: Slug,
    type: KnowledgeType,
    title: Type.String(),
    summary: Type.String(),
    bodyHtml: Type.String({ description: 'De tekst als veilige HTML.' }),
    authors: Type.Array(Type.String()),
    organisations: Type.Array(Type.String()),
    publishedOn: Nullable(DateOnly),
    themes: Type.Array(Type.String()),
    domains: Type.Array(Type.String()),
    targetGroups: Type.Array(Type.String()),
    evidenceLevel: EvidenceLevel,
    evidenceAssessedOn: Nullable(DateOnly),
    evidenceAssessedBy: Nullable(Type.String()),
    languageLevel: Nullable(LanguageLevel),
    videoUrl: Nullable(Type.String()),
    approaches: Type.Array(Approach),
    files: Type.Array(KnowledgeFile),
    related: Type.Array(RelatedItem),
    updatedAt: DateTime,
    href: Type.String(),
  },
  { additionalProperties: false },
);
