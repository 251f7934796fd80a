/**
 * The employer contacts log of IPS systematic job development: who had which contact with an employer,
 * when, why and with what outcome; and the live signal per professional — employer contacts this ISO
 * week against the IPS norm of six.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import { checkPastDate, todayInNl } from '../../shared/dates.js';
import { loadEmployer, logOrganisation } from './employers.access.js';
import * as data from './employers.data.js';
import { FACE_TO_FACE_KINDS, isoWeekOf, parseIsoWeek, weekSignal, type IsoWeek } from './employers.rules.js';
import type { LogBody, LogEntry, LogList, LogPatchBody, OwnWeek, TeamWeek } from './employers.schemas.js';

const trimOrNull = (s: string | null | undefined) => {
  const t = s?.trim();
  return t ? t : null;
};

export const toLogEntry = (g: data.LogRow): LogEntry => ({
  id: g.id,
  employerId: g.employerId,
  employerName: g.employerName,
  organisationId: g.organisationId,
  organisationName: g.organisationName,
  professionalUserId: g.professionalUserId,
  professionalName: g.professionalName,
  contactDate: g.contactDate,
  kind: g.kind as LogEntry['kind'],
  purpose: g.purpose as LogEntry['purpose'],
  faceToFace: FACE_TO_FACE_KINDS.includes(g.kind),
  contactId: g.contactId,
  contactName: g.contactName,
  outcome: g.outcome,
  nextStep: g.nextStep,
  nextStepOn: g.nextStepOn,
  recordedAt: g.recordedAt.toISOString(),
});

async function checkEntry(
  q: Parameters<typeof data.getContact>[0],
  employerId: string,
  g: data.LogFields,
  errors: FieldError[],
): Promise<void> {
  checkPastDate(g.contactDate, '/contactDate', errors);
  if (g.nextStepOn !== null && g.nextStepOn < g.contactDate) {
    errors.push({
      in: 'body',
      pointer: '/nextStepOn',
      code: 'before-contact',
      detailKey: 'employers.field.next-step-before-contact',
    });
  }
  if (g.contactId !== null && !(await data.getContact(q, employerId, g.contactId))) {
    errors.push({ in: 'body', pointer: '/contactId', code: 'unknown', detailKey: 'employers.field.contact-unknown' });
  }
}

export async function listLog(ctx: RequestContext, employerId: string): Promise<LogList> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'employerLog.read', employerId, 'employerContactLog');
    return { items: (await data.listLog(scope.q, e.id)).map(toLogEntry) };
  });
}

export async function logContact(ctx: RequestContext, employerId: string, body: LogBody): Promise<LogEntry> {
  return ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employerLog.read', employerId, 'employerContactLog');
    const organisationId = await logOrganisation(scope, e);
    const fields: data.LogFields = {
      contactDate: body.contactDate,
      kind: body.kind,
      purpose: body.purpose,
      contactId: body.contactId ?? null,
      outcome: trimOrNull(body.outcome),
      nextStep: trimOrNull(body.nextStep),
      nextStepOn: body.nextStepOn ?? null,
    };
    const errors: FieldError[] = [];
    await checkEntry(scope.q, e.id, fields, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const id = await data.insertLogEntry(scope.q, {
      ...fields,
      employerId: e.id,
      organisationId,
      professionalUserId: scope.userId,
    });
    await data.insertEvent(scope.q, {
      employerId: e.id,
      userId: scope.userId,
      organisationId,
      kind: 'contactLogged',
      subjectId: id,
    });
    return toLogEntry((await data.getLogEntry(scope.q, e.id, id))!);
  });
}

export async function updateLogEntry(
  ctx: RequestContext,
  employerId: string,
  entryId: string,
  body: LogPatchBody,
): Promise<LogEntry> {
  return ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employerLog.read', employerId, 'employerContactLog');
    const current = await data.getLogEntry(scope.q, e.id, entryId);
    if (!current) {
      throw new AppError('not-found');
    }
    await scope.authorize('employerLog.update', {
      type: 'employerContactLog',
      id: current.id,
      organisationId: current.organisationId,
      userId: current.professionalUserId,
    });
    const fields: data.LogFields = {
      contactDate: body.contactDate ?? current.contactDate,
      kind: body.kind ?? current.kind,
      purpose: body.purpose ?? current.purpose,
      contactId: body.contactId !== undefined ? body.contactId : current.contactId,
      outcome: body.outcome !== undefined ? trimOrNull(body.outcome) : current.outcome,
      nextStep: body.nextStep !== undefined ? trimOrNull(body.nextStep) : current.nextStep,
      nextStepOn: body.nextStepOn !== undefined ? body.nextStepOn : current.nextStepOn,
    };
    const errors: FieldError[] = [];
    await checkEntry(scope.q, e.id, fields, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateLogEntry(scope.q, current.id, fields);
    return toLogEntry((await data.getLogEntry(scope.q, e.id, current.id))!);
  });
}

function weekOf(week: string | undefined): IsoWeek {
  if (week === undefined) {
    return isoWeekOf(todayInNl());
  }
  const parsed = parseIsoWeek(week);
  if (!parsed) {
    throw invalidInput([
      { in: 'query', pointer: '/week', code: 'unknown-week', detailKey: 'employers.field.week-unknown' },
    ]);
  }
  return parsed;
}

/** The caller's own employer contacts of a week, with the IPS signal. */
export async function ownWeek(ctx: RequestContext, week: string | undefined): Promise<OwnWeek> {
  return ctx.data.read(async (scope) => {
    await scope.authorize('employerLog.weekOwn', { type: 'employerContactWeek', userId: scope.userId });
    const w = weekOf(week);
    const rows = await data.logOfProfessional(scope.q, scope.userId, w.from, w.to);
    const items = rows.map(toLogEntry);
    const signal = weekSignal(
      w,
      { faceToFace: items.filter((i) => i.faceToFace).length, total: items.length },
      todayInNl(),
    );
    return { ...signal, items };
  });
}

/** Per job coach and employer adviser of an organisation: their employer contacts of a week. */
export async function teamWeek(
  ctx: RequestContext,
  organisationId: string,
  week: string | undefined,
): Promise<TeamWeek> {
  return ctx.data.read(async (scope) => {
    await scope.authorize('employerLog.weekTeam', {
      type: 'employerContactTeamWeek',
      id: organisationId,
      organisationId,
    });
    const w = weekOf(week);
    const today = todayInNl();
    const counts = await data.teamCounts(scope.q, organisationId, w.from, w.to, FACE_TO_FACE_KINDS);
    const members = counts.map((c) => {
      const s = weekSignal(w, { faceToFace: c.faceToFace, total: c.total }, today);
      return {
        userId: c.userId,
        name: c.name,
        faceToFace: s.faceToFace,
        total: s.total,
        expectedSoFar: s.expectedSoFar,
        status: s.status,
      };
    });
    const norm = weekSignal(w, { faceToFace: 0, total: 0 }, today).norm;
    return { week: w.week, from: w.from, to: w.to, norm, members };
  });
}
