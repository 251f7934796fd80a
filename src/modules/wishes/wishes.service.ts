/**
 * Wishes (IPS: client preference first): what work the participant wants, when, how far, what they are
 * good at and want to learn, whether an employer may know about their disability, and what they bring to a
 * vacancy's requirements (certificates and diplomas, driving licences, level of Dutch). The participant
 * can change them in the portal; every save is kept as a version.
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import { invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import { getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import * as data from './wishes.data.js';
import type { WishesBody, WishesOverview } from './wishes.schemas.js';

export async function getWishes(ctx: RequestContext, participantId: string): Promise<WishesOverview> {
  return ctx.data.read((scope) => readWishes(scope, participantId));
}

/**
 * {@link getWishes} inside a unit of work the caller runs: the same check and audit record, which then commit with
 * the caller's other reads (`GET /participants/{id}?expand=wishes`).
 * @param scope - the caller's scoped data handle
 * @param participantId - the participant
 * @throws AppError 404 when the actor may not see the participant's wishes
 */
export async function readWishes(scope: Scope, participantId: string): Promise<WishesOverview> {
  await scope.readOne('wishes.read', () => getParticipant(scope.q, participantId), participantResource);
  const [current, ...older] = await data.findWishVersions(scope.q, participantId);
  return {
    current: current ?? null,
    history: older.map(({ id, recordedByName, recordedAt, byParticipant }) => ({
      id,
      recordedByName,
      recordedAt,
      byParticipant,
    })),
  };
}

/** Trimmed, empty ones left out, and each name once (ignoring case: "VCA" and "vca" are one certificate). */
function uniqueTrimmed(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => n.trim()).filter((n) => n !== '' && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

const text = (s: string | null | undefined) => (s === undefined || s === null ? null : s.trim() || null);

/** Saves a new version: fields left out keep their current value. */
export async function saveWishes(
  ctx: RequestContext,
  participantId: string,
  body: WishesBody,
): Promise<WishesOverview> {
  await ctx.data.run(async (scope) => {
    await scope.readOne('wishes.update', () => getParticipant(scope.q, participantId), participantResource);
    const [current] = await data.findWishVersions(scope.q, participantId);
    const next = {
      kindsOfWork: body.kindsOfWork !== undefined ? text(body.kindsOfWork) : (current?.kindsOfWork ?? null),
      sectors: (body.sectors ?? current?.sectors ?? []).map((s) => s.trim()).filter(Boolean),
      hoursMin: body.hoursMin !== undefined ? body.hoursMin : (current?.hoursMin ?? null),
      hoursMax: body.hoursMax !== undefined ? body.hoursMax : (current?.hoursMax ?? null),
      days: body.days ?? current?.days ?? [],
      dayParts: body.dayParts ?? current?.dayParts ?? [],
      maxTravelMinutes:
        body.maxTravelMinutes !== undefined ? body.maxTravelMinutes : (current?.maxTravelMinutes ?? null),
      transport: body.transport ?? current?.transport ?? [],
      strengths: body.strengths !== undefined ? text(body.strengths) : (current?.strengths ?? null),
      wantsToLearn: body.wantsToLearn !== undefined ? text(body.wantsToLearn) : (current?.wantsToLearn ?? null),
      disclosure: body.disclosure ?? current?.disclosure ?? 'askMe',
      certificates: uniqueTrimmed(body.certificates ?? current?.certificates ?? []),
      drivingLicences: body.drivingLicences ?? current?.drivingLicences ?? [],
      languageLevel: body.languageLevel !== undefined ? body.languageLevel : (current?.languageLevel ?? null),
    };
    const errors: FieldError[] = [];
    if (next.hoursMin !== null && next.hoursMax !== null && next.hoursMin > next.hoursMax) {
      errors.push({ in: 'body', pointer: '/hoursMax', code: 'below-minimum', detailKey: 'field.hours-max-below-min' });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertWishes(scope.q, participantId, next, scope.userId);
  });
  return getWishes(ctx, participantId);
}
