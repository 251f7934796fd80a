/**
 * Job episodes: the jobs a participant had and has. Whether a job is competitive employment (IPS),
 * a job start, and when someone became sustainably placed are computed here from the facts
 * (jobs.indicators.ts), never typed in.
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import { todayInNl } from '../../shared/dates.js';
import { getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import * as data from './jobs.data.js';
import {
  DEFAULT_SUSTAINABLE,
  isCompetitive,
  isJobStart,
  sustainablePlacementDate,
  type EpisodeFacts,
} from './jobs.indicators.js';
import type { Job, JobCreateBody, JobOverview, JobPatchBody } from './jobs.schemas.js';

const facts = (r: data.JobRow): EpisodeFacts => ({
  startDate: r.startDate,
  endDate: r.endDate,
  hoursPerWeek: Number(r.hoursPerWeek),
  wageForm: r.wageForm,
  openToAnyone: r.openToAnyone,
});

function toApi(r: data.JobRow): Job {
  const f = facts(r);
  return {
    ...r,
    hoursPerWeek: f.hoursPerWeek,
    endReason: r.endReason as Job['endReason'],
    contractType: r.contractType as Job['contractType'],
    competitive: isCompetitive(f),
    jobStart: isJobStart(f),
    recordedAt: r.recordedAt.toISOString(),
  };
}

/** "At least 12 hours a week, paid, gaps of at most 31 days" — the definition shown next to the figure. */
function definitionText(lang: 'nl' | 'en'): string {
  const d = DEFAULT_SUSTAINABLE;
  return lang === 'en'
    ? `Paid work of at least ${d.minHoursPerWeek} hours a week without interruption for 6 (or 12) months; a gap of up to ${d.maxGapDays} days between two jobs counts as continuous.`
    : `Betaald werk van minstens ${d.minHoursPerWeek} uur per week, 6 (of 12) maanden zonder onderbreking; een pauze van hoogstens ${d.maxGapDays} dagen tussen twee banen telt als doorlopend.`;
}

/** The participant's jobs with the computed sustainable placement. */
export async function listJobs(ctx: RequestContext, participantId: string): Promise<JobOverview> {
  return ctx.data.read((scope) => readJobOverview(scope, participantId, ctx.lang));
}

/**
 * {@link listJobs} inside a unit of work the caller runs: the same check and audit record, which then commit with
 * the caller's other reads (`GET /participants/{id}?expand=jobs`).
 * @param scope - the caller's scoped data handle
 * @param participantId - the participant
 * @param lang - the language of the definition text
 * @throws AppError 404 when the actor may not see the participant's jobs
 */
export async function readJobOverview(scope: Scope, participantId: string, lang: Language): Promise<JobOverview> {
  await scope.readOne('job.read', () => getParticipant(scope.q, participantId), participantResource);
  const rows = await data.findJobsOfParticipant(scope.q, participantId);
  const episodes = rows.map(facts);
  const today = todayInNl();
  return {
    items: rows.map(toApi),
    sustainablePlacement: {
      at6Months: sustainablePlacementDate(episodes, { ...DEFAULT_SUSTAINABLE, months: 6 }, today),
      at12Months: sustainablePlacementDate(episodes, { ...DEFAULT_SUSTAINABLE, months: 12 }, today),
      definition: definitionText(lang),
    },
  };
}

function check(j: data.JobFields, errors: FieldError[]): void {
  if (j.startDate < '1970-01-01') {
    errors.push({ in: 'body', pointer: '/startDate', code: 'date-too-early', detailKey: 'field.date-too-early' });
  }
  if (j.endDate !== null && j.endDate < j.startDate) {
    errors.push({ in: 'body', pointer: '/endDate', code: 'before-start', detailKey: 'field.end-before-start' });
  }
  if (j.endDate !== null && j.endReason === null) {
    errors.push({ in: 'body', pointer: '/endReason', code: 'required', detailKey: 'field.job-end-reason' });
  }
  if (j.endDate === null && j.endReason !== null) {
    errors.push({ in: 'body', pointer: '/endDate', code: 'required', detailKey: 'field.job-end-date' });
  }
  if (j.wageForm === 'unpaidWorkExperience' && j.contractType !== 'none') {
    errors.push({
      in: 'body',
      pointer: '/contractType',
      code: 'unpaid-no-contract',
      detailKey: 'field.job-unpaid-contract',
    });
  }
}

export async function createJob(ctx: RequestContext, participantId: string, body: JobCreateBody): Promise<Job> {
  const id = await ctx.data.run(async (scope) => {
    await scope.readOne('job.manage', () => getParticipant(scope.q, participantId), participantResource);
    const fields: data.JobFields = {
      employerName: body.employerName.trim(),
      jobTitle: body.jobTitle.trim(),
      occupationCode: body.occupationCode ?? null,
      startDate: body.startDate,
      endDate: body.endDate ?? null,
      endReason: body.endReason ?? null,
      hoursPerWeek: body.hoursPerWeek,
      contractType: body.contractType,
      wageForm: body.wageForm,
      openToAnyone: body.openToAnyone,
    };
    const errors: FieldError[] = [];
    check(fields, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const actor = scope.actor;
    const orgs = actor?.kind === 'user' ? actor.memberships.map((m) => m.organisationId) : [];
    let trajectoryId: string | null = null;
    for (const org of orgs) {
      trajectoryId ??= await data.openTrajectoryIn(scope.q, participantId, org);
    }
    return data.insertJob(scope.q, { ...fields, participantId, trajectoryId, recordedBy: scope.userId });
  });
  const job = (await listJobs(ctx, participantId)).items.find((j) => j.id === id);
  if (!job) {
    throw new AppError('not-found');
  }
  return job;
}

export async function updateJob(
  ctx: RequestContext,
  participantId: string,
  jobId: string,
  body: JobPatchBody,
): Promise<Job> {
  await ctx.data.run(async (scope) => {
    await scope.readOne('job.manage', () => getParticipant(scope.q, participantId), participantResource);
    const current = await data.getJob(scope.q, participantId, jobId);
    if (!current) {
      throw new AppError('not-found');
    }
    const fields: data.JobFields = {
      employerName: body.employerName?.trim() ?? current.employerName,
      jobTitle: body.jobTitle?.trim() ?? current.jobTitle,
      occupationCode: body.occupationCode !== undefined ? body.occupationCode : current.occupationCode,
      startDate: body.startDate ?? current.startDate,
      endDate: body.endDate !== undefined ? body.endDate : current.endDate,
      endReason: body.endReason !== undefined ? body.endReason : current.endReason,
      hoursPerWeek: body.hoursPerWeek ?? Number(current.hoursPerWeek),
      contractType: body.contractType ?? current.contractType,
      wageForm: body.wageForm ?? current.wageForm,
      openToAnyone: body.openToAnyone ?? current.openToAnyone,
    };
    const errors: FieldError[] = [];
    check(fields, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateJob(scope.q, jobId, fields);
  });
  const job = (await listJobs(ctx, participantId)).items.find((j) => j.id === jobId);
  if (!job) {
    throw new AppError('not-found');
  }
  return job;
}
