/**
 * The knowledge portal's fixed vocabularies: item types, domains, evidence levels (Movisie's
 * recognition levels, DOMAIN.md §5), language levels and themes. Codes are stored; labels come from
 * the catalogues (web: `knowledge.type.<code>` …, server: the same keys for the public pages).
 */
import { TARGET_GROUPS } from '../participants/participants.schemas.js';

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

/** Social domains (sociaal domein) an item is about. */
export const KNOWLEDGE_DOMAINS = ['youth', 'wmo', 'workAndIncome', 'care'] as const;
export type KnowledgeDomain = (typeof KNOWLEDGE_DOMAINS)[number];

/**
 * Movisie / Erkenning van interventies, from low to high. `notAssessed` = no recognition procedure
 * (most publications and practice examples).
 */
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
export type KnowledgeTargetGroup = (typeof TARGET_GROUPS)[number];

/** Themes (tags). A fixed list keeps facets clean; editors choose from it. */
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

/** Workflow states of an item. */
export const KNOWLEDGE_STATUSES = ['draft', 'inReview', 'published', 'archived'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** A knowledge item as written for the demo data (knowledge.demo-items.ts). */
export interface DemoKnowledgeItem {
  /** URL part: lower case, digits and hyphens, unique. */
  slug: string;
  type: KnowledgeType;
  title: string;
  /** One to three sentences. */
  summary: string;
  /** Markdown: headings (##), paragraphs, lists, links. */
  body: string;
  authors: string[];
  organisations: string[];
  /** YYYY-MM-DD */
  publishedOn: string;
  themes: KnowledgeTheme[];
  domains: KnowledgeDomain[];
  targetGroups: KnowledgeTargetGroup[];
  evidenceLevel: EvidenceLevel;
  /** YYYY-MM-DD, when evidenceLevel is not notAssessed. */
  evidenceAssessedOn: string | null;
  /** Who assessed (e.g. "Erkenningscommissie Interventies (Movisie)"). */
  evidenceAssessedBy: string | null;
  languageLevel: LanguageLevel;
  /** Only for type video. */
  videoUrl: string | null;
  /** Approach codes (approaches table: ips, jobCoaching, workExperience, learningRoute, other). */
  approaches: string[];
}
