/**
 * Applications for instruments per placement (a participant's job episode): requested, granted or refused,
 * with dates, amounts (cents) and the granting body from the rule table; every status change is kept as an
 * event. Access as job episodes (category jobs): read with `instrumentApplication.read`, change with
 * `instrumentApplication.manage`.
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { ActionName } from '../../platform/access/grants.js';
import { translate, type MessageKey } from '../../platform/i18n/i18n.js';
import { checkPastDate } from '../../shared/dates.js';
import { getJob } from '../jobs/jobs.data.js';
import { getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import { instrumentKeyPart, type Grantor, type InstrumentCode } from '../instruments/instruments.js';
import * as data from './instrument-applications.data.js';
import { checkDecision, chooseGrantor } from './instrument-applications.rules.js';
import type {
  Application,
  ApplicationCreateBody,
  ApplicationList,
  ApplicationStatusBody,
} from './instrument-applications.schemas.js';

const trimOrNull = (s: string | null | undefined) => {
  const t = s?.trim();
  return t ? t : null;
};

/** The participant (checked for `action`) and the job episode, which must be theirs (404 otherwise). */
async function loadJob(scope: Scope, action: ActionName, participantId: string, jobId: string) {
  const p = await scope.readOne(action, () => getParticipant(scope.q, participantId), participantResource);
  const job = await getJob(scope.q, p.id, jobId);
  if (!job) {
    throw new AppError('not-found');
  }
  return { p, job };
}

async function toApi(scope: Scope, lang: 'nl' | 'en', rows: readonly data.ApplicationRow[]): Promise<Application[]> {
  const events = await data.listEvents(
    scope.q,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    instrumentCode: r.instrumentCode as InstrumentCode,
    instrumentName: translate(
      lang,
      `instruments.${instrumentKeyPart(r.instrumentCode as InstrumentCode)}.name` as MessageKey,
    ),
    grantor: r.grantor as Grantor,
    grantorName: translate(lang, `instruments.grantor.${r.grantor}` as MessageKey),
    events: events
      .filter((e) => e.applicationId === r.id)
      .map(({ applicationId: _a, recordedAt, ...e }) => ({ ...e, recordedAt: recordedAt.toISOString() })),
  }));
}

export async function listApplications(
  ctx: RequestContext,
  participantId: string,
  jobId: string,
): Promise<ApplicationList> {
  return ctx.data.read(async (scope) => {
    const { p, job } = await loadJob(scope, 'instrumentApplication.read', participantId, jobId);
    return { items: await toApi(scope, ctx.lang, await data.listApplications(scope.q, p.id, job.id)) };
  });
}

export async function createApplication(
  ctx: RequestContext,
  participantId: string,
  jobId: string,
  body: ApplicationCreateBody,
): Promise<Application> {
  return ctx.data.run(async (scope) => {
    const { p, job } = await loadJob(scope, 'instrumentApplication.manage', participantId, jobId);
    const errors: FieldError[] = [];
    checkPastDate(body.requestedOn, '/requestedOn', errors);
    const grantor = chooseGrantor(body.instrumentCode, body.grantor, errors);
    if (errors.length > 0 || grantor === null) {
      throw invalidInput(errors);
    }
    const recordedBy = scope.actor?.kind === 'user' ? scope.actor.userId : null;
    const id = await data.insertApplication(scope.q, {
      participantId: p.id,
      jobId: job.id,
      instrumentCode: body.instrumentCode,
      grantor,
      requestedOn: body.requestedOn,
      amountRequestedCents: body.amountRequestedCents ?? null,
      notes: trimOrNull(body.notes),
      recordedBy,
    });
    await data.insertEvent(scope.q, {
      applicationId: id,
      fromStatus: null,
      toStatus: 'requested',
      occurredOn: body.requestedOn,
      amountCents: body.amountRequestedCents ?? null,
      note: null,
      recordedBy,
    });
    const row = await data.getApplication(scope.q, p.id, job.id, id);
    return (await toApi(scope, ctx.lang, [row!]))[0]!;
  });
}

export async function changeStatus(
  ctx: RequestContext,
  participantId: string,
  jobId: string,
  applicationId: string,
  body: ApplicationStatusBody,
): Promise<Application> {
  return ctx.data.run(async (scope) => {
    const { p, job } = await loadJob(scope, 'instrumentApplication.manage', participantId, jobId);
    const current = await data.getApplication(scope.q, p.id, job.id, applicationId);
    if (!current) {
      throw new AppError('not-found');
    }
    const errors: FieldError[] = [];
    checkPastDate(body.occurredOn, '/occurredOn', errors);
    checkDecision(current, body, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const granted = body.status === 'granted';
    await data.setStatus(scope.q, current.id, {
      status: body.status,
      decidedOn: body.status === 'requested' ? null : body.occurredOn,
      amountGrantedCents: granted ? (body.amountCents ?? null) : null,
      grantedFrom: granted ? (body.grantedFrom ?? null) : null,
      grantedUntil: granted ? (body.grantedUntil ?? null) : null,
    });
    await data.insertEvent(scope.q, {
      applicationId: current.id,
      fromStatus: current.status,
      toStatus: body.status,
      occurredOn: body.occurredOn,
      amountCents: body.amountCents ?? null,
      note: trimOrNull(body.note),
      recordedBy: scope.actor?.kind === 'user' ? scope.actor.userId : null,
    });
    const row = await data.getApplication(scope.q, p.id, job.id, current.id);
    return (await toApi(scope, ctx.lang, [row!]))[0]!;
  });
}
