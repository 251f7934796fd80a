/**
 * Introductions (ADR 0019): an employer asks to meet the person behind an anonymised profile → the job
 * coaches are told (mail through the outbox, and the participant page) → the participant says yes or no
 * in the portal, or their coach records the decision, saying so → only after a yes does the requesting
 * employer see the name and the agreed contact route. Every step is an event and an audit record.
 * An unanswered request expires after {@link EXPIRY_DAYS} days.
 */
import type { ModuleDeps } from '../../app.js';
import type { Scope } from '../../platform/access/enforce.js';
import { GRANTS } from '../../platform/access/grants.js';
import type { Grant } from '../../platform/access/types.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import { translate } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.data.js';
import { getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import { regionsOfOrganisations } from '../candidate-search/candidate-search.data.js';
import {
  participantOfProfile,
  previewProfile,
  profileIdFor,
  searcherOf,
} from '../candidate-search/candidate-search.service.js';
import * as data from './introductions.data.js';
import type {
  DecisionBody,
  EmployerIntroduction,
  IntroductionRequestBody,
  ParticipantIntroduction,
  ParticipantIntroductions,
} from './introductions.schemas.js';

/** Days an employer's request waits for an answer before it expires. */
export const EXPIRY_DAYS = 14;

type Deps = Pick<ModuleDeps, 'fieldCipher' | 'config' | 'mailQueued'>;

const resourceOf = (row: data.IntroductionRow) => ({
  type: 'introduction',
  id: row.id,
  organisationId: row.employerOrganisationId,
  participantId: row.participantId,
  purpose: 'matching',
});

/** The organisations in which the caller acts as employer, and the regions where they act as adviser. */
async function employerSide(scope: Scope): Promise<{ own: string[]; regions: string[] }> {
  const actor = scope.actor;
  if (actor?.kind !== 'user') {
    return { own: [], regions: [] };
  }
  const grants = GRANTS['introduction.read'] as readonly Grant[];
  const ownRoles = new Set(grants.filter((g) => g.when === 'ownOrganisation').map((g) => g.role));
  const anyRoles = new Set(grants.filter((g) => g.when === 'any').map((g) => g.role));
  const own = actor.memberships.filter((m) => ownRoles.has(m.role)).map((m) => m.organisationId);
  const advising = actor.memberships.filter((m) => anyRoles.has(m.role)).map((m) => m.organisationId);
  const regions = (await regionsOfOrganisations(scope.q, advising)).map((o) => o.regionCode);
  return { own: [...new Set(own)], regions: [...new Set(regions)] };
}

async function toEmployerView(
  scope: Scope,
  deps: Deps,
  row: data.IntroductionRow,
  own: readonly string[],
): Promise<EmployerIntroduction> {
  const isRequester = own.includes(row.employerOrganisationId);
  let candidate: EmployerIntroduction['candidate'] = null;
  if (isRequester && row.status === 'accepted' && row.contactRoute) {
    candidate = {
      name: (await data.participantName(scope.q, row.participantId)) ?? '',
      contactRoute: row.contactRoute,
    };
  }
  return {
    id: row.id,
    profileId: isRequester ? profileIdFor(deps.fieldCipher, row.employerOrganisationId)(row.participantId) : null,
    employerOrganisationName: row.employerOrganisationName,
    vacancyId: row.vacancyId,
    vacancyTitle: row.vacancyTitle,
    message: row.message,
    requestedByName: row.requestedByName,
    requestedAt: row.requestedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    status: row.status,
    candidate,
  };
}

export async function requestIntroduction(
  ctx: RequestContext,
  deps: Deps,
  body: IntroductionRequestBody,
): Promise<EmployerIntroduction> {
  const result = await ctx.data.run(async (scope) => {
    const searcher = await searcherOf(scope, ['employer']);
    const found = await participantOfProfile(
      scope,
      deps.fieldCipher,
      searcher.organisationId,
      searcher.regions,
      body.profileId,
    );
    if (!found) {
      throw invalidInput([
        { in: 'body', pointer: '/profileId', code: 'not-found', detailKey: 'field.profile-not-found' },
      ]);
    }
    await scope.authorize('introduction.request', {
      type: 'introduction',
      organisationId: searcher.organisationId,
      participantId: found.participantId,
      purpose: 'matching',
    });
    const employerId = await data.employerOfOrganisation(scope.q, searcher.organisationId);
    const errors: FieldError[] = [];
    if (body.vacancyId && !(await data.isOpenVacancyOf(scope.q, body.vacancyId, employerId))) {
      errors.push({
        in: 'body',
        pointer: '/vacancyId',
        code: 'unknown-vacancy',
        detailKey: 'field.introduction-vacancy',
      });
    }
    if (!body.message.trim()) {
      errors.push({ in: 'body', pointer: '/message', code: 'required', detailKey: 'field.required' });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    if (await data.hasOpenRequest(scope.q, found.participantId, searcher.organisationId)) {
      throw new AppError('conflict', { detailKey: 'problem.introduction-open.detail' });
    }
    const id = await data.insertIntroduction(scope.q, {
      participantId: found.participantId,
      employerOrganisationId: searcher.organisationId,
      employerId,
      vacancyId: body.vacancyId ?? null,
      regionCode: found.regionCode,
      message: body.message.trim(),
      requestedBy: scope.userId,
      expiryDays: EXPIRY_DAYS,
    });
    await data.insertEvent(scope.q, {
      introductionId: id,
      status: 'requested',
      onBehalf: false,
      note: null,
      recordedBy: scope.userId,
    });
    // The coaches are told without the person's name: the mail leaves the system.
    for (const coach of (await data.peopleToTell(scope.q, found.participantId)).coaches) {
      await enqueueMail(scope.q, {
        to: coach.email,
        subject: translate(coach.language, 'mail.introduction-requested.subject'),
        text: translate(coach.language, 'mail.introduction-requested.body', {
          employer: searcher.organisationName,
          days: EXPIRY_DAYS,
          link: `${deps.config.publicUrl}/deelnemers/${found.participantId}`,
        }),
      });
    }
    const row = (await data.getIntroduction(scope.q, id))!;
    return toEmployerView(scope, deps, row, [searcher.organisationId]);
  });
  deps.mailQueued();
  return result;
}

export async function listForEmployer(ctx: RequestContext, deps: Deps): Promise<EmployerIntroduction[]> {
  return ctx.data.read(async (scope) => {
    scope.listScope('introduction.read');
    const side = await employerSide(scope);
    const rows = await scope.readMany(
      'introduction.read',
      () => data.findIntroductions(scope.q, { organisationIds: side.own, regionCodes: side.regions }),
      resourceOf,
    );
    return Promise.all(rows.map((r) => toEmployerView(scope, deps, r, side.own)));
  });
}

export async function getForEmployer(ctx: RequestContext, deps: Deps, id: string): Promise<EmployerIntroduction> {
  return ctx.data.read(async (scope) => {
    const side = await employerSide(scope);
    const row = await data.getIntroduction(scope.q, id);
    // Another employer's request does not exist for this caller (404), as in the rest of the API.
    if (!row || !(side.own.includes(row.employerOrganisationId) || side.regions.includes(row.regionCode))) {
      throw new AppError('not-found');
    }
    await scope.authorize('introduction.read', {
      ...resourceOf(row),
      organisationId: side.own.includes(row.employerOrganisationId) ? row.employerOrganisationId : null,
    });
    return toEmployerView(scope, deps, row, side.own);
  });
}

function toParticipantView(row: data.IntroductionRow, events: data.EventRow[]): ParticipantIntroduction {
  return {
    id: row.id,
    employerName: row.employerName ?? row.employerOrganisationName,
    vacancyTitle: row.vacancyTitle,
    message: row.message,
    requestedAt: row.requestedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    status: row.status,
    contactRoute: row.contactRoute,
    events: events
      .filter((e) => e.introductionId === row.id)
      .map((e) => ({
        status: e.status,
        onBehalf: e.onBehalf,
        note: e.note,
        recordedByName: e.recordedByName,
        recordedAt: e.recordedAt.toISOString(),
      })),
  };
}

export async function listForParticipant(
  ctx: RequestContext,
  deps: Pick<Deps, 'fieldCipher'>,
  participantId: string,
): Promise<ParticipantIntroductions> {
  return ctx.data.read(async (scope) => {
    const participant = await scope.readOne(
      'introduction.readForParticipant',
      () => getParticipant(scope.q, participantId),
      participantResource,
    );
    const rows = await data.findIntroductionsOfParticipant(scope.q, participantId);
    const events = await data.findEvents(
      scope.q,
      rows.map((r) => r.id),
    );
    const views = await data.profileViews(scope.q, participantId);
    const profile = await previewProfile(scope, deps.fieldCipher, ctx.lang, participantId, participant.regionCode);
    return {
      items: rows.map((r) => toParticipantView(r, events)),
      profileViews: views.map((v) => ({ ...v, lastSeenAt: v.lastSeenAt.toISOString() })),
      findable: profile !== null,
      profile,
    };
  });
}

export async function decide(
  ctx: RequestContext,
  deps: Deps,
  participantId: string,
  introductionId: string,
  body: DecisionBody,
): Promise<ParticipantIntroduction> {
  const result = await ctx.data.run(async (scope) => {
    const participant = await scope.readOne(
      'introduction.decide',
      () => getParticipant(scope.q, participantId),
      participantResource,
    );
    const row = await data.getIntroduction(scope.q, introductionId);
    if (!row || row.participantId !== participantId) {
      throw new AppError('not-found');
    }
    if (row.status === 'expired') {
      throw new AppError('conflict', { detailKey: 'problem.introduction-expired.detail' });
    }
    if (row.status !== 'requested') {
      throw new AppError('conflict', { detailKey: 'problem.introduction-answered.detail' });
    }
    const contactRoute = body.contactRoute?.trim() || null;
    if (body.decision === 'accepted' && !contactRoute) {
      throw invalidInput([
        { in: 'body', pointer: '/contactRoute', code: 'required', detailKey: 'field.introduction-contact-route' },
      ]);
    }
    if (
      !(await data.decide(scope.q, introductionId, body.decision, body.decision === 'accepted' ? contactRoute : null))
    ) {
      throw new AppError('conflict', { detailKey: 'problem.introduction-answered.detail' });
    }
    // A professional records the participant's decision; the event says so.
    const onBehalf = !(scope.actor?.kind === 'user' && scope.actor.userId === participant.userId);
    await data.insertEvent(scope.q, {
      introductionId,
      status: body.decision,
      onBehalf,
      note: body.note?.trim() || null,
      recordedBy: scope.userId,
    });
    const to = await data.requester(scope.q, introductionId);
    if (to) {
      await enqueueMail(scope.q, {
        to: to.email,
        subject: translate(to.language, 'mail.introduction-answered.subject'),
        text: translate(to.language, 'mail.introduction-answered.body', {
          name: row.requestedByName,
          link: `${deps.config.publicUrl}/werkgever/kennismakingen`,
        }),
      });
    }
    const updated = (await data.getIntroduction(scope.q, introductionId))!;
    return toParticipantView(updated, await data.findEvents(scope.q, [introductionId]));
  });
  deps.mailQueued();
  return result;
}
