/**
 * IPS fidelity reviews of a team (an organisation, optionally a named team in it): 25 item scores 1–5 with
 * the reviewers' notes, scored by the library (fidelity/fidelity-scale.ts: total, band, sections, item
 * profile, weakest items), history per team with the change since the previous review, and action points.
 * A review is about a team's way of working, not about participants: no personal data of participants.
 */
import { invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ResourceRef } from '../../platform/access/types.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { todayInNl } from '../../shared/dates.js';
import {
  FIDELITY_BANDS,
  FIDELITY_ITEMS,
  FIDELITY_MAX_SCORE,
  FIDELITY_MIN_SCORE,
  scoreFidelityReview,
  validateFidelityScores,
} from './fidelity/fidelity-scale.js';
import * as data from './monitoring.data.js';
import type {
  ActionPointBody,
  ActionPointPatchBody,
  FidelityReview,
  FidelityReviewBody,
} from './monitoring.schemas.js';

const ITEM_KEYS = new Set(FIDELITY_ITEMS.map((i) => i.key));

const reviewResource = (r: { id: string; organisationId: string }): ResourceRef => ({
  type: 'fidelityReview',
  id: r.id,
  organisationId: r.organisationId,
});

const field = (
  pointer: string,
  code: string,
  detailKey: MessageKey,
  params?: Record<string, string | number>,
): FieldError => ({
  in: 'body',
  pointer,
  code,
  detailKey,
  ...(params ? { params } : {}),
});

const bandName = (band: string, lang: 'nl' | 'en') => {
  const b = FIDELITY_BANDS.find((x) => x.band === band)!;
  return lang === 'en' ? b.nameEn : b.nameNl;
};

export function catalogue(lang: 'nl' | 'en') {
  return {
    items: FIDELITY_ITEMS.map((i) => ({
      key: i.key,
      section: i.section,
      number: i.number,
      name: lang === 'en' ? i.nameEn : i.nameNl,
      verified: i.status,
    })),
    bands: FIDELITY_BANDS.map((b) => ({
      band: b.band,
      min: b.min,
      max: b.max,
      name: lang === 'en' ? b.nameEn : b.nameNl,
    })),
    minScore: FIDELITY_MIN_SCORE,
    maxScore: FIDELITY_MAX_SCORE,
  };
}

function summaryOf(r: data.FidelityReviewRow, previous: data.FidelityReviewRow | null, lang: 'nl' | 'en') {
  const scored = scoreFidelityReview(r.scores);
  return {
    scored,
    summary: {
      id: r.id,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      teamName: r.teamName,
      reviewedOn: r.reviewedOn,
      reviewers: r.reviewers,
      total: scored.total,
      max: scored.max,
      band: scored.band,
      bandName: bandName(scored.band, lang),
      sections: scored.sections,
      totalChange: previous ? scored.total - scoreFidelityReview(previous.scores).total : null,
      openActionPoints: r.openActionPoints,
    },
  };
}

/** History: every visible review, oldest first per team, each with the change in total since the team's previous one. */
export async function listReviews(ctx: RequestContext, organisationId: string | null) {
  return ctx.data.read(async (scope) => {
    const ls = scope.listScope('fidelity.read');
    const rows = await data.findReviews(scope.q, ls.all ? null : ls.organisationIds, organisationId);
    const lastOfTeam = new Map<string, data.FidelityReviewRow>();
    return {
      items: rows.map((r) => {
        const team = `${r.organisationId}/${r.teamName ?? ''}`;
        const item = summaryOf(r, lastOfTeam.get(team) ?? null, ctx.lang).summary;
        lastOfTeam.set(team, r);
        return item;
      }),
    };
  });
}

async function toReview(scope: Scope, ctx: RequestContext, r: data.FidelityReviewRow): Promise<FidelityReview> {
  const previous = await data.previousReview(scope.q, r);
  const { scored, summary } = summaryOf(r, previous, ctx.lang);
  const can = await scope.can(['fidelity.manageActionPoints'], reviewResource(r));
  return {
    ...summary,
    summary: r.summary,
    profile: scored.profile.map((p) => ({
      key: p.key,
      section: p.section,
      number: p.number,
      name: ctx.lang === 'en' ? p.nameEn : p.nameNl,
      score: p.score,
      note: r.notes[p.key] ?? null,
      change: previous ? p.score - previous.scores[p.key]! : null,
    })),
    weakest: scored.weakest,
    previousReviewId: previous?.id ?? null,
    actionPoints: await data.findActionPoints(scope.q, r.id),
    recordedAt: new Date(r.recordedAt).toISOString(),
    permissions: { manageActionPoints: can['fidelity.manageActionPoints'] },
  };
}

export async function getReview(ctx: RequestContext, id: string): Promise<FidelityReview> {
  return ctx.data.read(async (scope) =>
    toReview(scope, ctx, await scope.readOne('fidelity.read', () => data.getReview(scope.q, id), reviewResource)),
  );
}

export async function createReview(ctx: RequestContext, body: FidelityReviewBody): Promise<FidelityReview> {
  const id = await ctx.data.run(async (scope) => {
    await scope.authorize('fidelity.review', { type: 'fidelityReview', organisationId: body.organisationId });
    const errors: FieldError[] = [];
    if (!(await data.organisationNames(scope.q, [body.organisationId])).has(body.organisationId)) {
      errors.push(field('/organisationId', 'unknown-organisation', 'monitoring.field.unknown-organisation'));
    }
    if (body.reviewedOn > todayInNl()) {
      errors.push(field('/reviewedOn', 'date-in-future', 'monitoring.field.review-date-future'));
    }
    for (const e of validateFidelityScores(body.scores)) {
      errors.push(field(e.pointer, e.code, e.detailKey as MessageKey, e.params));
    }
    for (const key of Object.keys(body.notes ?? {})) {
      if (!ITEM_KEYS.has(key)) {
        errors.push(field(`/notes/${key}`, 'fidelity.item-unknown', 'monitoring.field.note-without-item'));
      }
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const notes: Record<string, string> = {};
    for (const [key, note] of Object.entries(body.notes ?? {})) {
      if (note.trim()) {
        notes[key] = note.trim();
      }
    }
    return data.insertReview(scope.q, {
      organisationId: body.organisationId,
      teamName: body.teamName?.trim() || null,
      reviewedOn: body.reviewedOn,
      reviewers: body.reviewers.map((r) => r.trim()).filter(Boolean),
      summary: body.summary?.trim() || null,
      scores: body.scores as Record<string, number>,
      notes,
      recordedBy: scope.userId,
    });
  });
  return getReview(ctx, id);
}

export async function addActionPoint(
  ctx: RequestContext,
  reviewId: string,
  body: ActionPointBody,
): Promise<FidelityReview> {
  await ctx.data.run(async (scope) => {
    await scope.readOne('fidelity.manageActionPoints', () => data.getReview(scope.q, reviewId), reviewResource);
    if (body.itemKey && !ITEM_KEYS.has(body.itemKey)) {
      throw invalidInput([field('/itemKey', 'fidelity.item-unknown', 'monitoring.fidelity.item-unknown')]);
    }
    await data.insertActionPoint(scope.q, {
      reviewId,
      itemKey: body.itemKey ?? null,
      description: body.description.trim(),
      owner: body.owner?.trim() || null,
      dueOn: body.dueOn ?? null,
      createdBy: scope.userId,
    });
  });
  return getReview(ctx, reviewId);
}

export async function updateActionPoint(
  ctx: RequestContext,
  id: string,
  body: ActionPointPatchBody,
): Promise<FidelityReview> {
  const reviewId = await ctx.data.run(async (scope) => {
    const a = await scope.readOne(
      'fidelity.manageActionPoints',
      () => data.getActionPoint(scope.q, id),
      (x) => ({
        type: 'fidelityActionPoint',
        id: x.id,
        organisationId: x.organisationId,
      }),
    );
    const status = body.status ?? a.status;
    const doneOn = status === 'open' ? null : body.doneOn !== undefined ? body.doneOn : (a.doneOn ?? null);
    const errors: FieldError[] = [];
    if (status === 'done' && doneOn === null) {
      errors.push(field('/doneOn', 'required', 'monitoring.field.done-needs-date'));
    } else if (doneOn !== null && doneOn > todayInNl()) {
      errors.push(field('/doneOn', 'date-in-future', 'monitoring.field.date-in-future'));
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateActionPoint(scope.q, id, {
      description: body.description?.trim() ?? a.description,
      owner: body.owner === undefined ? a.owner : body.owner?.trim() || null,
      dueOn: body.dueOn === undefined ? a.dueOn : body.dueOn,
      status,
      doneOn,
    });
    return a.reviewId;
  });
  return getReview(ctx, reviewId);
}
