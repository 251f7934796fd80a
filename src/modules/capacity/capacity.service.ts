/**
 * The capacity profile, modelled on UWV's Functionele Mogelijkhedenlijst (FML, fml.ts): assessments by
 * the participant themself and by professionals (or copied from an FML report of UWV), each an answer
 * per item, shown side by side. It is health data (category capacityHealth): a professional assessment
 * belongs to the organisation that made it; others see it only with consent.
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import { invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { ResourceRef } from '../../platform/access/types.js';
import { checkPastDate } from '../../shared/dates.js';
import { getParticipant, type ParticipantRow } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import * as data from './capacity.data.js';
import { checkFmlAnswer, FML_SECTIONS } from './fml.js';
import type { Assessment, AssessmentBody, CapacityProfile } from './capacity.schemas.js';

export function catalogue(lang: 'nl' | 'en') {
  return {
    sections: FML_SECTIONS.map((s) => ({
      id: s.id,
      name: s[lang],
      items: s.items.map((i) => ({
        id: i.id,
        key: i.key,
        name: i[lang],
        scale: i.scale,
        qualifier: i.qualifier,
        levels: i.levels.map((l) => ({ code: l.code, label: l[lang] })),
      })),
    })),
    source:
      lang === 'en'
        ? 'UWV Functionele Mogelijkhedenlijst (FML), six sections and 64 items; edition not verified (docs/domain).'
        : 'UWV Functionele Mogelijkhedenlijst (FML), zes rubrieken en 64 onderdelen; editie niet geverifieerd (docs/domain).',
  };
}

/** A professional assessment is of its organisation; a self-assessment is the participant's own. */
const assessmentResource = (a: data.AssessmentRow, p: ParticipantRow): ResourceRef => ({
  type: 'capacityAssessment',
  id: a.id,
  participantId: p.id,
  organisationId: a.organisationId,
  userId: p.userId,
});

const toApi = (a: data.AssessmentRow): Assessment => ({
  id: a.id,
  kind: a.kind,
  organisationId: a.organisationId,
  organisationName: a.organisationName,
  source: a.source,
  assessor: a.assessor,
  assessedOn: a.assessedOn,
  notes: a.notes,
  recordedByName: a.recordedByName,
  recordedAt: a.recordedAt.toISOString(),
  answers: a.answers,
});

const same = (x: number[] | null, y: number[] | null) =>
  JSON.stringify([...(x ?? [0])].sort()) === JSON.stringify([...(y ?? [0])].sort());

export async function getProfile(ctx: RequestContext, participantId: string): Promise<CapacityProfile> {
  return ctx.data.read((scope) => readCapacityProfile(scope, participantId));
}

/**
 * {@link getProfile} inside a unit of work the caller runs: the same checks (the participant, then each assessment
 * on its own organisation) and audit records, which then commit with the caller's other reads
 * (`GET /participants/{id}?expand=capacity`).
 * @param scope - the caller's scoped data handle
 * @param participantId - the participant
 * @throws AppError 404 when the actor may not see the participant's capacity profile
 */
export async function readCapacityProfile(scope: Scope, participantId: string): Promise<CapacityProfile> {
  const p = await scope.readOne('capacity.read', () => getParticipant(scope.q, participantId), participantResource);
  const visible: Assessment[] = [];
  for (const a of await data.findAssessments(scope.q, participantId)) {
    const { hidden } = await scope.withoutHidden({}, assessmentResource(a, p), { 'capacity.read': [] });
    if (hidden.length === 0) {
      visible.push(toApi(a));
    }
  }
  const self = visible.find((a) => a.kind === 'self');
  const professional = visible.find((a) => a.kind === 'professional');
  const levelsOf = (a: Assessment | undefined, itemId: string) =>
    a?.answers.find((x) => x.itemId === itemId)?.levels ?? null;
  const itemIds = [...new Set([...(self?.answers ?? []), ...(professional?.answers ?? [])].map((x) => x.itemId))];
  const comparison = FML_SECTIONS.flatMap((s) => s.items.map((i) => i.id))
    .filter((id) => itemIds.includes(id))
    .map((itemId) => {
      const mine = levelsOf(self, itemId);
      const theirs = levelsOf(professional, itemId);
      return {
        itemId,
        self: mine,
        professional: theirs,
        differs: self !== undefined && professional !== undefined && !same(mine, theirs),
      };
    })
    // Only items where someone sees a limitation.
    .filter((c) => (c.self ?? [0]).some((l) => l > 0) || (c.professional ?? [0]).some((l) => l > 0));
  return { assessments: visible, comparison };
}

export async function assess(
  ctx: RequestContext,
  participantId: string,
  body: AssessmentBody,
): Promise<CapacityProfile> {
  await ctx.data.run(async (scope) => {
    const p = await scope.readOne('capacity.assess', () => getParticipant(scope.q, participantId), participantResource);
    const self = scope.actor?.kind === 'user' && p.userId === scope.actor.userId;
    const errors: FieldError[] = [];
    checkPastDate(body.assessedOn, '/assessedOn', errors);
    const seen = new Set<string>();
    body.answers.forEach((a, i) => {
      if (seen.has(a.itemId)) {
        errors.push({
          in: 'body',
          pointer: `/answers/${i}/itemId`,
          code: 'duplicate-item',
          detailKey: 'field.fml-duplicate',
        });
        return;
      }
      seen.add(a.itemId);
      const problem = checkFmlAnswer(a.itemId, {
        ...(a.levels.length === 1 ? { level: a.levels[0] } : {}),
        levels: a.levels,
        qualifier: a.qualifier ?? null,
      });
      if (problem) {
        const pointer =
          problem === 'unknown-item'
            ? `/answers/${i}/itemId`
            : problem === 'qualifier-required'
              ? `/answers/${i}/qualifier`
              : `/answers/${i}/levels`;
        errors.push({
          in: 'body',
          pointer,
          code: problem,
          detailKey: `field.fml-${problem}` as FieldError['detailKey'],
        });
      }
    });
    if (self && body.source !== undefined && body.source !== 'meedoen') {
      errors.push({ in: 'body', pointer: '/source', code: 'not-for-self', detailKey: 'field.fml-self-source' });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.insertAssessment(scope.q, {
      participantId,
      kind: self ? 'self' : 'professional',
      organisationId: self
        ? null
        : await scope.organisationFor('capacity.assess', {
            type: 'capacityAssessment',
            participantId: p.id,
            userId: p.userId,
          }),
      source: self ? 'meedoen' : (body.source ?? 'meedoen'),
      assessor: body.assessor?.trim() || null,
      assessedOn: body.assessedOn,
      notes: body.notes?.trim() || null,
      recordedBy: scope.userId,
      answers: body.answers.map((a) => ({
        itemId: a.itemId,
        levels: a.levels,
        qualifier: a.qualifier?.trim() || null,
      })),
    });
  });
  return getProfile(ctx, participantId);
}
