/**
 * Consent (toestemming): the participant decides which organisation may see which kind of data, for
 * which purpose. The access policy reads these records on every request, so giving consent opens
 * access on the next request and withdrawing it closes access on the next request. Nothing is
 * deleted: a withdrawal records who and when.
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import { todayInNl } from '../../shared/dates.js';
import { getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import { getOrganisation } from '../organisations/organisations.data.js';
import * as data from './consents.data.js';
import type { Consent, ConsentCreateBody } from './consents.schemas.js';

/** The participant's consents, withdrawn ones included. */
export async function listConsents(ctx: RequestContext, participantId: string): Promise<Consent[]> {
  return ctx.data.read((scope) => readConsents(scope, participantId));
}

/**
 * {@link listConsents} inside a unit of work the caller runs: the same check and audit record, which then commit
 * with the caller's other reads (`GET /participants/{id}?expand=consents`).
 * @param scope - the caller's scoped data handle
 * @param participantId - the participant
 * @throws AppError 404 when the actor may not see the participant's consents
 */
export async function readConsents(scope: Scope, participantId: string): Promise<Consent[]> {
  await scope.readOne('consent.read', () => getParticipant(scope.q, participantId), participantResource);
  return data.findConsentsOfParticipant(scope.q, participantId);
}

export async function giveConsent(
  ctx: RequestContext,
  participantId: string,
  body: ConsentCreateBody,
): Promise<Consent[]> {
  const ids = await ctx.data.run(async (scope) => {
    const participant = await scope.readOne(
      'consent.manage',
      () => getParticipant(scope.q, participantId),
      participantResource,
    );
    const self = scope.actor?.kind === 'user' && participant.userId === scope.actor.userId;
    const errors: FieldError[] = [];
    // Candidate search (ADR 0019): an employerProfile consent names the participant's own region, not an
    // organisation, is for matching, and is given on its own.
    const forEmployers = body.categories.includes('employerProfile');
    let organisationId: string | null = body.organisationId ?? null;
    let regionCode: string | null = null;
    if (forEmployers) {
      errors.push(...employerProfileErrors(body, participant.regionCode));
      organisationId = null;
      regionCode = participant.regionCode;
    } else if (body.regionCode !== undefined) {
      errors.push({
        in: 'body',
        pointer: '/regionCode',
        code: 'not-allowed',
        detailKey: 'field.consent-region-only-employers',
      });
    }
    if (!forEmployers && body.organisationId === undefined) {
      errors.push({ in: 'body', pointer: '/organisationId', code: 'required', detailKey: 'field.required' });
    } else if (!forEmployers && !(await getOrganisation(scope.q, body.organisationId!))) {
      errors.push({
        in: 'body',
        pointer: '/organisationId',
        code: 'organisation-unknown',
        detailKey: 'field.organisation-unknown',
      });
    }
    const startsOn = body.startsOn ?? todayInNl();
    if (body.endsOn && body.endsOn < startsOn) {
      errors.push({ in: 'body', pointer: '/endsOn', code: 'before-start', detailKey: 'field.end-before-start' });
    }
    if (body.endsOn && body.endsOn < todayInNl()) {
      errors.push({ in: 'body', pointer: '/endsOn', code: 'in-past', detailKey: 'field.date-in-past' });
    }
    // A participant gives consent in the portal; a professional records consent given on paper or aloud.
    const method = self ? 'portal' : body.method;
    if (!self && (method === undefined || method === 'portal')) {
      errors.push({ in: 'body', pointer: '/method', code: 'method-required', detailKey: 'field.consent-method' });
    }
    for (const [i, category] of body.categories.entries()) {
      if (
        await data.hasOpenConsent(scope.q, {
          participantId,
          organisationId,
          category,
          purpose: body.purpose,
        })
      ) {
        errors.push({
          in: 'body',
          pointer: `/categories/${i}`,
          code: 'already-given',
          detailKey: 'field.consent-exists',
        });
      }
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const ids: string[] = [];
    for (const category of body.categories) {
      ids.push(
        await data.insertConsent(scope.q, {
          participantId,
          organisationId,
          regionCode,
          category,
          purpose: body.purpose,
          startsOn: body.startsOn ?? null,
          endsOn: body.endsOn ?? null,
          method: method!,
          note: body.note?.trim() || null,
          recordedBy: scope.userId,
        }),
      );
    }
    return ids;
  });
  const all = await listConsents(ctx, participantId);
  return all.filter((c) => ids.includes(c.id));
}

/** The rules of an employerProfile consent (ADR 0019), as field errors. */
export function employerProfileErrors(body: ConsentCreateBody, ownRegion: string): FieldError[] {
  const errors: FieldError[] = [];
  if (body.categories.length > 1) {
    const i = body.categories.indexOf('employerProfile');
    errors.push({ in: 'body', pointer: `/categories/${i}`, code: 'alone', detailKey: 'field.consent-employer-alone' });
  }
  if (body.organisationId !== undefined) {
    errors.push({
      in: 'body',
      pointer: '/organisationId',
      code: 'not-allowed',
      detailKey: 'field.consent-employer-no-organisation',
    });
  }
  if (body.purpose !== 'matching') {
    errors.push({
      in: 'body',
      pointer: '/purpose',
      code: 'matching-only',
      detailKey: 'field.consent-employer-matching',
    });
  }
  if (body.regionCode !== undefined && body.regionCode !== ownRegion) {
    errors.push({
      in: 'body',
      pointer: '/regionCode',
      code: 'own-region-only',
      detailKey: 'field.consent-employer-region',
    });
  }
  return errors;
}

export async function withdrawConsent(ctx: RequestContext, participantId: string, consentId: string): Promise<Consent> {
  await ctx.data.run(async (scope) => {
    await scope.readOne('consent.manage', () => getParticipant(scope.q, participantId), participantResource);
    const consent = await data.getConsent(scope.q, participantId, consentId);
    if (!consent) {
      throw new AppError('not-found');
    }
    if (consent.withdrawnAt) {
      throw new AppError('conflict', { detailKey: 'problem.consent-withdrawn.detail' });
    }
    await data.withdrawConsent(scope.q, consentId, scope.userId);
  });
  const consent = (await listConsents(ctx, participantId)).find((c) => c.id === consentId);
  if (!consent) {
    throw new AppError('not-found');
  }
  return consent;
}
