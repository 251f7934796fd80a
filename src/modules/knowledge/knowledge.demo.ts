/**
 * Demo knowledge base: the ~100 items of knowledge.demo-items.ts (written for the demo, in Dutch) as
 * published items of the demo knowledge institute, and a few in the editorial workflow so the editor's
 * screens have work in them.
 */
import type { Queryable } from '../../platform/db/db.js';
import * as data from './knowledge.data.js';
import { DEMO_KNOWLEDGE_ITEMS } from './knowledge.demo-items.js';
import { markdownToPlainText } from './knowledge.markdown.js';
import { insertPublishedItem } from './knowledge.service.js';
import type { DemoKnowledgeItem } from './knowledge.vocabulary.js';

/** How many of the demo items start as drafts or in review instead of published. */
const IN_WORKFLOW = 4;

function contentOf(item: DemoKnowledgeItem): data.KnowledgeContent {
  return {
    slug: item.slug,
    type: item.type,
    title: item.title,
    summary: item.summary,
    body: item.body,
    authors: item.authors,
    organisations: item.organisations,
    publishedOn: item.publishedOn,
    themes: item.themes,
    domains: item.domains,
    targetGroups: item.targetGroups,
    evidenceLevel: item.evidenceLevel,
    evidenceAssessedOn: item.evidenceLevel === 'notAssessed' ? null : item.evidenceAssessedOn,
    evidenceAssessedBy: item.evidenceLevel === 'notAssessed' ? null : item.evidenceAssessedBy,
    languageLevel: item.languageLevel,
    videoUrl: item.type === 'video' ? item.videoUrl : null,
    approaches: [...item.approaches].sort(),
  };
}

export async function seedDemoKnowledge(
  q: Queryable,
  ids: {
    knowledgeOrganisationId: string;
    editorUserId: string;
    contributorOrganisationId: string;
    contributorUserId: string;
  },
): Promise<number> {
  const items = DEMO_KNOWLEDGE_ITEMS;
  const published = items.slice(0, Math.max(0, items.length - IN_WORKFLOW));
  for (const item of published) {
    await insertPublishedItem(q, contentOf(item), ids.knowledgeOrganisationId);
  }
  // The last few: two drafts of the contributor's organisation (one submitted for review), two of the institute.
  const rest = items.slice(published.length);
  for (const [i, item] of rest.entries()) {
    const content = { ...contentOf(item), publishedOn: null };
    const byContributor = i < 2;
    const userId = byContributor ? ids.contributorUserId : ids.editorUserId;
    const id = await data.insertItem(q, content, markdownToPlainText(content.body), {
      organisationId: byContributor ? ids.contributorOrganisationId : ids.knowledgeOrganisationId,
      userId,
      status: 'draft',
    });
    await data.insertVersion(q, id, 1, content, userId);
    await data.setStatus(q, id, null, 'draft', { userId, note: null, version: 1 });
    if (i % 2 === 0) {
      await data.setStatus(q, id, 'draft', 'inReview', { userId, note: null, version: 1 });
    }
    await data.refreshSearch(q, id);
  }
  return items.length;
}
