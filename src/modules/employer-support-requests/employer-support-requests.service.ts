/**
 * Employer support requests: an employer user asks the employer services of its region for help (a job
 * coach, a question about an instrument, something else) → the request goes to the organisation that holds
 * the employer's account, whose employer advisers are told by mail (outbox) → an adviser takes it, answers
 * and closes it (resolved, or declined with a reason) → the employer is told by mail and sees the answer.
 * Every step is an event (who, for which organisation, when, what) and every read and write is audited.
 */
import type { ModuleDeps } from '../../app.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { Db } from '../../platform/db/db.js';
import { GRANTS, type ActionName } from '../../platform/access/grants.js';
import type { Allowed, Grant, ResourceRef } from '../../platform/access/types.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import { translate, type Language, type MessageKey } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.data.js';
import { instrumentKeyPart, type InstrumentCode } from '../instruments/instruments.js';
import * as data from './employer-support-requests.data.js';
import {
  addresseeOf,
  allowedSteps,
  applyStep,
  isClosed,
  stepNeedsMessage,
  type StepOutcome,
} from './employer-support-requests.rules.js';
import type {
  SupportRequest,
  SupportRequestCreateBody,
  SupportRequestEventBody,
  SupportRequestListQuery,
  SupportRequestSummary,
} from './employer-support-requests.schemas.js';

type Deps = Pick<ModuleDeps, 'config' | 'mailQueued'>;

/** The resource of a request, as seen from one of its two organisations. */
const resourceOf = (row: data.RequestRow, organisationId: string): ResourceRef => ({
  type: 'employerSupportRequest',
  id: row.id,
  organisationId,
  purpose: 'employerServices',
});

/** The roles that act on the employer's side (they ask) and on the adviser's side (they handle), per grants.ts. */
function rolesOf(action: ActionName): Set<string> {
  return new Set((GRANTS[action] as readonly Grant[]).map((g) => g.role));
}

/** The caller's organisations on each side: where they ask as employer, and where they handle as adviser. */
function sides(scope: Scope): { asking: string[]; advising: string[]; userId: string | null } {
  const actor = scope.actor;
  if (actor?.kind !== 'user') {
    return { asking: [], advising: [], userId: null };
  }
  const askers = rolesOf('supportRequest.create');
  const handlers = rolesOf('supportRequest.handle');
  const of = (roles: Set<string>) => [
    ...new Set(actor.memberships.filter((m) => roles.has(m.role)).map((m) => m.organisationId)),
  ];
  return { asking: of(askers), advising: of(handlers), userId: actor.userId };
}

/**
 * Checks `action` on a request against the organisation it is addressed to first and the employer's own
 * organisation second; 404 when the caller has no relationship to either, 403 when it may read but not do
 * this (the employer trying to handle its own request).
 */
async function authorizeOn(scope: Scope, action: ActionName, row: data.RequestRow): Promise<Allowed> {
  for (const organisationId of [row.organisationId, row.employerOrganisationId]) {
    const resource = resourceOf(row, organisationId);
    if ((await scope.can([action], resource))[action]) {
      return scope.authorize(action, resource);
    }
  }
  return scope.authorize(action, resourceOf(row, row.employerOrganisationId));
}

/**
 * Checks a step on a request: only on the organisation it is addressed to (never on the employer's own, so
 * a stray adviser membership there opens nothing). Refused: 403 for whom may read it on the employer's side
 * (the employer who asked), 404 for everyone else.
 */
async function authorizeHandle(scope: Scope, row: data.RequestRow): Promise<Allowed> {
  const mayRead = (await scope.can(['supportRequest.read'], resourceOf(row, row.employerOrganisationId)))[
    'supportRequest.read'
  ];
  try {
    return await scope.authorize('supportRequest.handle', resourceOf(row, row.organisationId));
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found' && mayRead) {
      throw new AppError('forbidden');
    }
    throw error;
  }
}

function instrumentName(lang: Language, code: string | null): string | null {
  return code ? translate(lang, `instruments.${instrumentKeyPart(code as InstrumentCode)}.name` as MessageKey) : null;
}

async function toSummary(scope: Scope, lang: Language, row: data.RequestRow): Promise<SupportRequestSummary> {
  const userId = sides(scope).userId;
  // Steps are offered only to the advisers the request is addressed to (nothing is audited by `can`).
  const handles = (await scope.can(['supportRequest.handle'], resourceOf(row, row.organisationId)))[
    'supportRequest.handle'
  ];
  return {
    id: row.id,
    kind: row.kind,
    instrumentCode: row.instrumentCode as InstrumentCode | null,
    instrumentName: instrumentName(lang, row.instrumentCode),
    question: row.question,
    vacancyId: row.vacancyId,
    vacancyTitle: row.vacancyTitle,
    status: row.status,
    employerId: row.employerId,
    employerName: row.employerName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    requestedByName: row.requestedByName,
    assignedToName: row.assignedToName,
    assignedToMe: userId !== null && row.assignedTo === userId,
    answer: row.answer,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    steps: handles && userId ? allowedSteps(row, 'adviser', userId) : [],
  };
}

async function toView(scope: Scope, lang: Language, row: data.RequestRow): Promise<SupportRequest> {
  const events = await data.findEvents(scope.q, row.id);
  return {
    ...(await toSummary(scope, lang, row)),
    events: events.map((e) => ({ ...e, recordedAt: e.recordedAt.toISOString() })),
  };
}

/** The employer asks for help; the request goes to the account holder, whose advisers get a mail. */
export async function createRequest(
  ctx: RequestContext,
  deps: Deps,
  body: SupportRequestCreateBody,
): Promise<SupportRequest> {
  const result = await ctx.data.run(async (scope) => {
    const { asking } = sides(scope);
    // The employer record linked to the caller's employer organisation (ADR 0017); its account holder is
    // who helps. The first one when a user works for several employers.
    const employer = (await data.employersOfOrganisations(scope.q, asking))[0];
    if (!employer) {
      await scope.authorize('supportRequest.create', { type: 'employerSupportRequest', organisationId: asking[0] });
      throw new AppError('conflict', { detailKey: 'problem.support-request-no-employer.detail' });
    }
    await scope.authorize('supportRequest.create', {
      type: 'employerSupportRequest',
      organisationId: employer.organisationId,
      purpose: 'employerServices',
    });
    const question = body.question?.trim() || null;
    const instrumentCode = body.instrumentCode ?? null;
    const errors: FieldError[] = [];
    if (body.kind === 'instrument' && !instrumentCode) {
      errors.push({
        in: 'body',
        pointer: '/instrumentCode',
        code: 'required',
        detailKey: 'field.support-request-instrument',
      });
    }
    if (body.kind !== 'instrument' && instrumentCode) {
      errors.push({
        in: 'body',
        pointer: '/instrumentCode',
        code: 'not-allowed',
        detailKey: 'field.support-request-no-instrument',
      });
    }
    if (body.kind !== 'jobCoach' && !question) {
      errors.push({ in: 'body', pointer: '/question', code: 'required', detailKey: 'field.support-request-question' });
    }
    if (body.vacancyId && !(await data.isVacancyOf(scope.q, body.vacancyId, employer.id))) {
      errors.push({
        in: 'body',
        pointer: '/vacancyId',
        code: 'unknown-vacancy',
        detailKey: 'field.support-request-vacancy',
      });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const organisationId = addresseeOf(employer);
    const id = await data.insertRequest(scope.q, {
      organisationId,
      employerId: employer.id,
      employerOrganisationId: employer.organisationId,
      kind: body.kind,
      instrumentCode,
      question,
      vacancyId: body.vacancyId ?? null,
      requestedBy: scope.userId,
    });
    await data.insertEvent(scope.q, {
      requestId: id,
      organisationId: employer.organisationId,
      kind: 'submitted',
      message: null,
      recordedBy: scope.userId,
    });
    // The mail names the employer and the kind, not the question: the question stays in Meedoen.
    for (const adviser of await data.advisersOf(scope.q, organisationId)) {
      await enqueueMail(scope.q, {
        to: adviser.email,
        subject: translate(adviser.language, 'mail.support-request-new.subject', { employer: employer.name }),
        text: translate(adviser.language, 'mail.support-request-new.body', {
          name: adviser.name,
          employer: employer.name,
          kind: translate(adviser.language, `support-request.kind.${body.kind}` as MessageKey),
          link: `${deps.config.publicUrl}/hulpvragen-werkgevers/${id}`,
        }),
      });
    }
    return toView(scope, ctx.lang, (await data.getRequest(scope.q, id))!);
  });
  deps.mailQueued();
  return result;
}

/** The employer's own requests, or the advisers' inbox (requests addressed to their organisation). */
export async function listRequests(
  ctx: RequestContext,
  query: SupportRequestListQuery,
): Promise<SupportRequestSummary[]> {
  return ctx.data.read(async (scope) => {
    const list = scope.listScope('supportRequest.read');
    const side = sides(scope);
    const allowed = (ids: string[]) => (list.all ? ids : ids.filter((id) => list.organisationIds.includes(id)));
    const advising = allowed(side.advising);
    const rows = await scope.readMany(
      'supportRequest.read',
      () =>
        data.findRequests(scope.q, {
          addressedTo: advising,
          askedBy: allowed(side.asking),
          filter: query.filter ?? 'all',
          userId: side.userId ?? '00000000-0000-0000-0000-000000000000',
        }),
      (row) => resourceOf(row, advising.includes(row.organisationId) ? row.organisationId : row.employerOrganisationId),
    );
    const items: SupportRequestSummary[] = [];
    for (const row of rows) {
      items.push(await toSummary(scope, ctx.lang, row));
    }
    return items;
  });
}

/** One request with its history; another organisation's request is 404, as if it did not exist. */
export async function getRequest(ctx: RequestContext, id: string): Promise<SupportRequest> {
  return ctx.data.read(async (scope) => {
    const row = await data.getRequest(scope.q, id);
    if (!row) {
      throw new AppError('not-found');
    }
    await authorizeOn(scope, 'supportRequest.read', row);
    return toView(scope, ctx.lang, row);
  });
}

const REFUSED: Record<Extract<StepOutcome, { ok: false }>['reason'], MessageKey> = {
  closed: 'problem.support-request-closed.detail',
  alreadyYours: 'problem.support-request-already-yours.detail',
  notYours: 'problem.support-request-not-yours.detail',
};

/** An adviser takes, answers or closes a request; the employer gets a mail on an answer and on the closing. */
export async function addEvent(
  ctx: RequestContext,
  deps: Deps,
  id: string,
  body: SupportRequestEventBody,
): Promise<SupportRequest> {
  const result = await ctx.data.run(async (scope) => {
    const row = await data.getRequest(scope.q, id, true);
    if (!row) {
      throw new AppError('not-found');
    }
    await authorizeHandle(scope, row);
    const message = body.message?.trim() || null;
    if (stepNeedsMessage(body.kind) && !message) {
      throw invalidInput([
        {
          in: 'body',
          pointer: '/message',
          code: 'required',
          detailKey: body.kind === 'declined' ? 'field.support-request-reason' : 'field.support-request-answer',
        },
      ]);
    }
    const outcome = applyStep(row, body.kind, 'adviser', scope.userId);
    if (!outcome.ok) {
      throw new AppError('conflict', { detailKey: REFUSED[outcome.reason] });
    }
    await data.updateState(scope.q, id, {
      status: outcome.status,
      assignedTo: outcome.assignedTo,
      closed: isClosed(outcome.status),
    });
    await data.insertEvent(scope.q, {
      requestId: id,
      organisationId: row.organisationId,
      kind: body.kind,
      message: body.kind === 'taken' ? null : message,
      recordedBy: scope.userId,
    });
    const to = body.kind === 'taken' ? null : await data.requesterOf(scope.q, id);
    if (to) {
      const mail = body.kind === 'answered' ? 'answered' : 'closed';
      await enqueueMail(scope.q, {
        to: to.email,
        subject: translate(to.language, `mail.support-request-${mail}.subject`),
        text: translate(to.language, `mail.support-request-${mail}.body`, {
          name: to.name,
          organisation: row.organisationName,
          link: `${deps.config.publicUrl}/hulp-vragen/${id}`,
        }),
      });
    }
    return toView(scope, ctx.lang, (await data.getRequest(scope.q, id))!);
  });
  deps.mailQueued();
  return result;
}

/**
 * Years a closed request (and its history) is kept after closing: a proposed term, see
 * docs/operations/retention.md (no legal term was found for this correspondence).
 */
export const SUPPORT_REQUEST_KEEP_YEARS = 2;

/** Housekeeping: requests closed more than {@link SUPPORT_REQUEST_KEEP_YEARS} years ago are deleted with their events. */
export async function supportRequestHousekeeping(db: Db, now: Date = new Date()): Promise<Record<string, number>> {
  const before = new Date(now);
  before.setUTCFullYear(before.getUTCFullYear() - SUPPORT_REQUEST_KEEP_YEARS);
  return { closedSupportRequests: await data.deleteClosedBefore(db, before) };
}
