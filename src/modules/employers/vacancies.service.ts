/**
 * Vacancies and job carving. A vacancy and an existing job are made of tasks, each with its share of the
 * time and its demands on the FML items of the capacity profile; the task rules (items, levels, shares
 * adding up to 100 %) are the matching module's `checkVacancy`, so whatever is stored here can be matched.
 * Job carving: mark tasks of existing jobs carvable, assemble a new job from carved tasks (the matching
 * module's `assembleJob`: hours add up, demands combine per item as the heaviest) and turn it into a
 * vacancy.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import type { Scope } from '../../platform/access/enforce.js';
import { checkPastDate, todayInNl } from '../../shared/dates.js';
import {
  assembleJob,
  carveOut,
  checkVacancy,
  type AccommodationCode,
  type Day,
  type Job as MatchingJob,
  type LanguageLevel,
  type Vacancy as MatchingVacancy,
  type VacancyError,
} from '../matching/index.js';
import { authorizeChange, loadEmployer, visibility } from './employers.access.js';
import * as data from './employers.data.js';
import { checkStatusChange } from './employers.rules.js';
import { toLocation } from './employers.service.js';
import type {
  CarvedJob,
  CarvedJobBody,
  CarvedToVacancyBody,
  EmployerJob,
  JobBody,
  StatusBody,
  Task,
  TaskBody,
  Vacancy,
  VacancyCreateBody,
  VacancyList,
  VacancyListQuery,
  VacancyPatchBody,
} from './employers.schemas.js';

const trimOrNull = (s: string | null | undefined) => {
  const t = s?.trim();
  return t ? t : null;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

const TASK_ERROR_KEYS: Record<VacancyError['code'], MessageKey> = {
  'no-tasks': 'employers.field.tasks-none',
  'too-many-tasks': 'employers.field.tasks-too-many',
  'duplicate-id': 'employers.field.task-duplicate',
  'share-out-of-range': 'employers.field.task-share',
  'shares-do-not-add-up': 'employers.field.tasks-shares-total',
  'unknown-item': 'field.fml-unknown-item',
  'job-level-item': 'employers.field.task-job-level-item',
  'duplicate-item': 'field.fml-duplicate',
  'unknown-level': 'field.fml-unknown-level',
  'not-a-set': 'employers.field.task-demand-levels',
  'hours-out-of-range': 'employers.field.hours-range',
  'unknown-accommodation': 'field.not-allowed-value',
  'unknown-language-level': 'field.not-allowed-value',
};

interface TaskLike {
  id?: string | null;
  name: string;
  sharePercent: number;
  carvable?: boolean;
  demands: readonly { itemId: string; levels: readonly number[] }[];
}

/**
 * The tasks and hours of a vacancy or job checked with the matching rules; field errors with pointers
 * into the request body. `hoursPointer` names the body's hours field.
 */
function checkWork(
  work: {
    tasks: readonly TaskLike[];
    hoursMin: number;
    hoursMax: number;
    hoursPerDay: number | null;
    accommodations: readonly string[];
    languageLevel: string | null;
  },
  hoursPointer: string,
  errors: FieldError[],
): void {
  const shape: MatchingVacancy = {
    id: 'check',
    title: 'check',
    occupationCode: null,
    sector: null,
    keywords: [],
    tasks: work.tasks.map((t, i) => ({
      id: t.id ?? `new-${i}`,
      name: t.name,
      sharePercent: t.sharePercent,
      carvable: t.carvable ?? false,
      demands: t.demands,
    })),
    hoursMin: work.hoursMin,
    hoursMax: work.hoursMax,
    hoursPerDay: work.hoursPerDay,
    days: [],
    evenings: false,
    nights: false,
    place: { municipalityCode: 'GM0000' },
    requirements: { certificates: [], drivingLicence: null, languageLevel: work.languageLevel as LanguageLevel | null },
    accommodations: work.accommodations as AccommodationCode[],
    startDate: null,
  };
  const total = round2(work.tasks.reduce((sum, t) => sum + t.sharePercent, 0));
  for (const e of checkVacancy(shape)) {
    errors.push({
      in: 'body',
      pointer: e.pointer === '/hoursMin' ? hoursPointer : e.pointer,
      code: e.code,
      detailKey: TASK_ERROR_KEYS[e.code] ?? 'field.format',
      ...(e.code === 'shares-do-not-add-up' ? { params: { total: String(total).replace('.', ',') } } : {}),
    });
  }
}

/** Task ids in a body must be tasks of this job or vacancy. */
function checkTaskIds(tasks: readonly TaskBody[], existing: readonly data.TaskRow[], errors: FieldError[]): void {
  const ids = new Set(existing.map((t) => t.id));
  tasks.forEach((t, i) => {
    if (t.id !== undefined && !ids.has(t.id)) {
      errors.push({
        in: 'body',
        pointer: `/tasks/${i}/id`,
        code: 'unknown',
        detailKey: 'employers.field.task-unknown',
      });
    }
  });
}

const taskFields = (tasks: readonly TaskBody[]): data.TaskFields[] =>
  tasks.map((t) => ({
    id: t.id ?? null,
    name: t.name.trim(),
    sharePercent: t.sharePercent,
    carvable: t.carvable ?? false,
    demands: t.demands.map((d) => ({ itemId: d.itemId, levels: [...d.levels] })),
  }));

const toTask = (t: data.TaskRow, hours: number): Task => {
  const share = Number(t.sharePercent);
  return {
    id: t.id,
    position: t.position,
    name: t.name,
    sharePercent: share,
    hoursPerWeek: round2((hours * share) / 100),
    carvable: t.carvable,
    demands: t.demands,
  };
};

async function checkLocation(scope: Scope, employerId: string, locationId: string | null, errors: FieldError[]) {
  if (locationId !== null && !(await data.getLocation(scope.q, employerId, locationId))) {
    errors.push({ in: 'body', pointer: '/locationId', code: 'unknown', detailKey: 'employers.field.location-unknown' });
  }
}

// Vacancies ------------------------------------------------------------------------------------------

async function toVacancy(scope: Scope, v: data.VacancyRow): Promise<Vacancy> {
  const [tasks, location] = await Promise.all([
    data.listTasks(scope.q, 'vacancy_tasks', [v.id]),
    v.locationId ? data.getLocation(scope.q, v.employerId, v.locationId) : Promise.resolve(null),
  ]);
  const hoursMax = Number(v.hoursMax);
  return {
    id: v.id,
    employerId: v.employerId,
    employerName: v.employerName,
    regionCode: v.regionCode,
    title: v.title,
    occupationCode: v.occupationCode,
    description: v.description,
    location: location ? toLocation(location) : null,
    hoursMin: Number(v.hoursMin),
    hoursMax,
    hoursPerDay: v.hoursPerDay === null ? null : Number(v.hoursPerDay),
    days: v.days as Vacancy['days'],
    evenings: v.evenings,
    nights: v.nights,
    contractType: v.contractType as Vacancy['contractType'],
    wageForm: v.wageForm as Vacancy['wageForm'],
    startDate: v.startDate,
    requirements: {
      diploma: v.diploma,
      certificates: v.certificates,
      drivingLicence: v.drivingLicence,
      languageLevel: v.languageLevel as Vacancy['requirements']['languageLevel'],
    },
    accommodations: v.accommodations as Vacancy['accommodations'],
    forBanenafspraak: v.forBanenafspraak,
    status: v.status,
    openedOn: v.openedOn,
    filledOn: v.filledOn,
    withdrawnOn: v.withdrawnOn,
    carvedJobId: v.carvedJobId,
    // Task hours are of the most hours the vacancy offers.
    tasks: tasks.map((t) => toTask(t, hoursMax)),
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/**
 * The matching module's view of a stored vacancy (for the lead's wiring of matching to these tables):
 * tasks, hours, place (the location's gemeente and postcode, else the employer's main location), sector
 * (SBI code) and requirements.
 */
export async function matchingVacancy(scope: Scope, v: data.VacancyRow): Promise<MatchingVacancy> {
  const tasks = await data.listTasks(scope.q, 'vacancy_tasks', [v.id]);
  const locations = await data.listLocations(scope.q, v.employerId);
  const place = locations.find((l) => l.id === v.locationId) ?? locations.find((l) => l.isMain) ?? locations[0];
  const employer = await data.getEmployer(scope.q, v.employerId, { all: true, regions: [], organisationIds: [] });
  return {
    id: v.id,
    title: v.title,
    occupationCode: v.occupationCode,
    sector: employer?.sbiCode ?? null,
    keywords: [],
    tasks: tasks.map((t) => ({
      id: t.id,
      name: t.name,
      sharePercent: Number(t.sharePercent),
      carvable: t.carvable,
      demands: t.demands,
    })),
    hoursMin: Number(v.hoursMin),
    hoursMax: Number(v.hoursMax),
    hoursPerDay: v.hoursPerDay === null ? null : Number(v.hoursPerDay),
    days: v.days as Day[],
    evenings: v.evenings,
    nights: v.nights,
    place: { municipalityCode: place?.municipalityCode ?? 'GM0000', postcode: place?.postcode ?? null },
    requirements: {
      certificates: v.certificates,
      drivingLicence: v.drivingLicence,
      languageLevel: v.languageLevel as LanguageLevel | null,
    },
    accommodations: v.accommodations as AccommodationCode[],
    startDate: v.startDate,
  };
}

type VacancyInput = Omit<VacancyCreateBody, 'openedOn'>;

function vacancyFields(b: VacancyInput): data.VacancyFields {
  return {
    locationId: b.locationId ?? null,
    title: b.title.trim(),
    occupationCode: b.occupationCode ?? null,
    description: trimOrNull(b.description),
    hoursMin: b.hoursMin,
    hoursMax: b.hoursMax,
    hoursPerDay: b.hoursPerDay ?? null,
    days: b.days ?? [],
    evenings: b.evenings ?? false,
    nights: b.nights ?? false,
    contractType: b.contractType,
    wageForm: b.wageForm,
    startDate: b.startDate ?? null,
    diploma: trimOrNull(b.requirements?.diploma),
    certificates: (b.requirements?.certificates ?? []).map((c) => c.trim().toLowerCase()),
    drivingLicence: b.requirements?.drivingLicence ?? null,
    languageLevel: b.requirements?.languageLevel ?? null,
    accommodations: b.accommodations ?? [],
    forBanenafspraak: b.forBanenafspraak ?? false,
  };
}

async function checkVacancyInput(
  scope: Scope,
  employerId: string,
  f: data.VacancyFields,
  tasks: readonly TaskLike[],
  errors: FieldError[],
): Promise<void> {
  await checkLocation(scope, employerId, f.locationId, errors);
  if (f.hoursMin > f.hoursMax) {
    errors.push({ in: 'body', pointer: '/hoursMax', code: 'below-min', detailKey: 'field.hours-max-below-min' });
  }
  if (f.wageForm === 'unpaidWorkExperience' && f.contractType !== 'none') {
    errors.push({
      in: 'body',
      pointer: '/contractType',
      code: 'unpaid-no-contract',
      detailKey: 'field.job-unpaid-contract',
    });
  }
  const before = errors.length;
  checkWork(
    {
      tasks,
      hoursMin: f.hoursMin,
      hoursMax: f.hoursMax,
      hoursPerDay: f.hoursPerDay,
      accommodations: f.accommodations,
      languageLevel: f.languageLevel,
    },
    '/hoursMin',
    errors,
  );
  // min > max is reported once, at /hoursMax.
  if (f.hoursMin > f.hoursMax) {
    const i = errors.findIndex((e, n) => n >= before && e.code === 'hours-out-of-range' && e.pointer === '/hoursMin');
    if (i >= 0) {
      errors.splice(i, 1);
    }
  }
}

export async function listVacancies(ctx: RequestContext, query: VacancyListQuery): Promise<VacancyList> {
  return ctx.data.read(async (scope) => {
    scope.listScope('vacancy.read');
    const v = await visibility(scope, 'vacancy.read');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { rows, total } = await data.listVacancies(scope.q, v, {
      status: query.status ?? null,
      employerId: query.employerId ?? null,
      municipalityCode: query.municipalityCode ?? null,
      q: query.q?.trim() || null,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        employerId: r.employerId,
        employerName: r.employerName,
        title: r.title,
        occupationCode: r.occupationCode,
        municipalityName: r.municipalityName,
        hoursMin: Number(r.hoursMin),
        hoursMax: Number(r.hoursMax),
        contractType: r.contractType as VacancyList['items'][number]['contractType'],
        wageForm: r.wageForm as VacancyList['items'][number]['wageForm'],
        status: r.status,
        openedOn: r.openedOn,
        taskCount: r.taskCount,
      })),
      total,
      page,
      pageSize,
    };
  });
}

export async function listVacanciesOf(ctx: RequestContext, employerId: string): Promise<{ items: Vacancy[] }> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'vacancy.read', employerId, 'vacancy');
    const rows = await data.listVacanciesOf(scope.q, e.id);
    const items: Vacancy[] = [];
    for (const r of rows) {
      items.push(await toVacancy(scope, r));
    }
    return { items };
  });
}

export async function getVacancy(ctx: RequestContext, employerId: string, vacancyId: string): Promise<Vacancy> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'vacancy.read', employerId, 'vacancy');
    const v = await data.getVacancy(scope.q, e.id, vacancyId);
    if (!v) {
      throw new AppError('not-found');
    }
    return toVacancy(scope, v);
  });
}

async function insertVacancyWith(
  scope: Scope,
  e: data.EmployerRow,
  organisationId: string | null,
  f: data.VacancyFields,
  tasks: data.TaskFields[],
  openedOn: string,
): Promise<string> {
  const id = await data.insertVacancy(scope.q, e.id, { ...f, openedOn, createdBy: scope.userId });
  await data.replaceTasks(scope.q, 'vacancy_tasks', id, tasks);
  await data.insertEvent(scope.q, {
    employerId: e.id,
    userId: scope.userId,
    organisationId,
    kind: 'vacancyCreated',
    subjectId: id,
  });
  return id;
}

export async function createVacancy(
  ctx: RequestContext,
  employerId: string,
  body: VacancyCreateBody,
): Promise<Vacancy> {
  const id = await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'vacancy.read', employerId, 'vacancy');
    const via = await authorizeChange(scope, 'vacancy.manage', e, 'vacancy');
    const f = vacancyFields(body);
    const errors: FieldError[] = [];
    const openedOn = body.openedOn ?? todayInNl();
    checkPastDate(openedOn, '/openedOn', errors);
    checkTaskIds(body.tasks, [], errors);
    await checkVacancyInput(scope, e.id, f, body.tasks, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    return insertVacancyWith(scope, e, via.organisationId, f, taskFields(body.tasks), openedOn);
  });
  return getVacancy(ctx, employerId, id);
}

export async function updateVacancy(
  ctx: RequestContext,
  employerId: string,
  vacancyId: string,
  body: VacancyPatchBody,
): Promise<Vacancy> {
  await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'vacancy.read', employerId, 'vacancy');
    const current = await data.getVacancy(scope.q, e.id, vacancyId);
    if (!current) {
      throw new AppError('not-found');
    }
    const via = await authorizeChange(scope, 'vacancy.manage', e, 'vacancy', current.id);
    const existing = await data.listTasks(scope.q, 'vacancy_tasks', [current.id]);
    const merged: VacancyInput = {
      title: body.title ?? current.title,
      locationId: body.locationId !== undefined ? body.locationId : current.locationId,
      occupationCode: body.occupationCode !== undefined ? body.occupationCode : current.occupationCode,
      description: body.description !== undefined ? body.description : current.description,
      hoursMin: body.hoursMin ?? Number(current.hoursMin),
      hoursMax: body.hoursMax ?? Number(current.hoursMax),
      hoursPerDay:
        body.hoursPerDay !== undefined
          ? body.hoursPerDay
          : current.hoursPerDay === null
            ? null
            : Number(current.hoursPerDay),
      days: body.days ?? (current.days as VacancyInput['days']),
      evenings: body.evenings ?? current.evenings,
      nights: body.nights ?? current.nights,
      contractType: body.contractType ?? (current.contractType as VacancyInput['contractType']),
      wageForm: body.wageForm ?? (current.wageForm as VacancyInput['wageForm']),
      startDate: body.startDate !== undefined ? body.startDate : current.startDate,
      requirements: {
        diploma: body.requirements?.diploma !== undefined ? body.requirements.diploma : current.diploma,
        certificates: body.requirements?.certificates ?? current.certificates,
        drivingLicence:
          body.requirements?.drivingLicence !== undefined ? body.requirements.drivingLicence : current.drivingLicence,
        languageLevel:
          body.requirements?.languageLevel !== undefined
            ? body.requirements.languageLevel
            : (current.languageLevel as LanguageLevel | null),
      },
      accommodations: body.accommodations ?? (current.accommodations as VacancyInput['accommodations']),
      forBanenafspraak: body.forBanenafspraak ?? current.forBanenafspraak,
      tasks:
        body.tasks ??
        existing.map((t) => ({
          id: t.id,
          name: t.name,
          sharePercent: Number(t.sharePercent),
          carvable: t.carvable,
          demands: t.demands,
        })),
    };
    const f = vacancyFields(merged);
    const errors: FieldError[] = [];
    if (body.tasks) {
      checkTaskIds(body.tasks, existing, errors);
    }
    await checkVacancyInput(scope, e.id, f, merged.tasks, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateVacancy(scope.q, current.id, f);
    if (body.tasks) {
      await data.replaceTasks(scope.q, 'vacancy_tasks', current.id, taskFields(body.tasks));
    }
    await data.insertEvent(scope.q, {
      employerId: e.id,
      userId: scope.userId,
      organisationId: via.organisationId,
      kind: 'vacancyUpdated',
      subjectId: current.id,
      fields: Object.keys(body),
    });
  });
  return getVacancy(ctx, employerId, vacancyId);
}

const STATUS_KEYS = {
  'same-status': 'employers.field.status-same',
  'not-open': 'employers.field.status-not-open',
  'before-opened': 'employers.field.status-before-opened',
  'before-closed': 'employers.field.status-before-closed',
} as const satisfies Record<string, MessageKey>;

export async function changeVacancyStatus(
  ctx: RequestContext,
  employerId: string,
  vacancyId: string,
  body: StatusBody,
): Promise<Vacancy> {
  await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'vacancy.read', employerId, 'vacancy');
    const current = await data.getVacancy(scope.q, e.id, vacancyId);
    if (!current) {
      throw new AppError('not-found');
    }
    const via = await authorizeChange(scope, 'vacancy.manage', e, 'vacancy', current.id);
    const on = body.date ?? todayInNl();
    const errors: FieldError[] = [];
    checkPastDate(on, '/date', errors);
    const problem = checkStatusChange(
      { status: current.status, openedOn: current.openedOn, closedOn: current.filledOn ?? current.withdrawnOn },
      body.status,
      on,
    );
    if (problem) {
      errors.push({
        in: 'body',
        pointer: problem === 'same-status' || problem === 'not-open' ? '/status' : '/date',
        code: problem,
        detailKey: STATUS_KEYS[problem],
        params: {
          date: current.status === 'open' ? current.openedOn : (current.filledOn ?? current.withdrawnOn ?? ''),
        },
      });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.setVacancyStatus(scope.q, current.id, body.status, on);
    await data.insertEvent(scope.q, {
      employerId: e.id,
      userId: scope.userId,
      organisationId: via.organisationId,
      kind: 'vacancyStatusChanged',
      subjectId: current.id,
      fields: [body.status],
    });
  });
  return getVacancy(ctx, employerId, vacancyId);
}

// Existing jobs and their tasks ----------------------------------------------------------------------

function toJob(j: data.JobRow, tasks: readonly data.TaskRow[]): EmployerJob {
  const hours = Number(j.hoursPerWeek);
  const mine = tasks.filter((t) => t.ownerId === j.id).map((t) => toTask(t, hours));
  return {
    id: j.id,
    employerId: j.employerId,
    title: j.title,
    occupationCode: j.occupationCode,
    locationId: j.locationId,
    description: j.description,
    hoursPerWeek: hours,
    tasks: mine,
    carvableHours: round2(mine.filter((t) => t.carvable).reduce((sum, t) => sum + t.hoursPerWeek, 0)),
    updatedAt: j.updatedAt.toISOString(),
  };
}

/** The matching module's view of a stored job (for carving). */
const matchingJob = (j: data.JobRow, tasks: readonly data.TaskRow[]): MatchingJob => ({
  id: j.id,
  title: j.title,
  hoursPerWeek: Number(j.hoursPerWeek),
  tasks: tasks
    .filter((t) => t.ownerId === j.id)
    .map((t) => ({
      id: t.id,
      name: t.name,
      sharePercent: Number(t.sharePercent),
      carvable: t.carvable,
      demands: t.demands,
    })),
});

export async function listJobs(ctx: RequestContext, employerId: string): Promise<{ items: EmployerJob[] }> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    const jobs = await data.listJobs(scope.q, e.id);
    const tasks = await data.listTasks(
      scope.q,
      'employer_job_tasks',
      jobs.map((j) => j.id),
    );
    return { items: jobs.map((j) => toJob(j, tasks)) };
  });
}

export async function getJob(ctx: RequestContext, employerId: string, jobId: string): Promise<EmployerJob> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    const [job] = await data.getJobs(scope.q, e.id, [jobId]);
    if (!job) {
      throw new AppError('not-found');
    }
    return toJob(job, await data.listTasks(scope.q, 'employer_job_tasks', [job.id]));
  });
}

async function checkJob(scope: Scope, employerId: string, body: JobBody, existing: readonly data.TaskRow[]) {
  const errors: FieldError[] = [];
  await checkLocation(scope, employerId, body.locationId ?? null, errors);
  checkTaskIds(body.tasks, existing, errors);
  checkWork(
    {
      tasks: body.tasks,
      hoursMin: body.hoursPerWeek,
      hoursMax: body.hoursPerWeek,
      hoursPerDay: null,
      accommodations: [],
      languageLevel: null,
    },
    '/hoursPerWeek',
    errors,
  );
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
}

const jobFields = (body: JobBody): data.JobFields => ({
  title: body.title.trim(),
  occupationCode: body.occupationCode ?? null,
  locationId: body.locationId ?? null,
  description: trimOrNull(body.description),
  hoursPerWeek: body.hoursPerWeek,
});

export async function createJob(ctx: RequestContext, employerId: string, body: JobBody): Promise<EmployerJob> {
  const id = await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    const via = await authorizeChange(scope, 'employerJob.manage', e, 'employerJob');
    await checkJob(scope, e.id, body, []);
    const jobId = await data.insertJob(scope.q, e.id, { ...jobFields(body), createdBy: scope.userId });
    await data.replaceTasks(scope.q, 'employer_job_tasks', jobId, taskFields(body.tasks));
    await data.insertEvent(scope.q, {
      employerId: e.id,
      userId: scope.userId,
      organisationId: via.organisationId,
      kind: 'jobCreated',
      subjectId: jobId,
    });
    return jobId;
  });
  return getJob(ctx, employerId, id);
}

/** Replaces a job and its tasks; tasks sent with their id keep it (and carved jobs keep their link). */
export async function replaceJob(
  ctx: RequestContext,
  employerId: string,
  jobId: string,
  body: JobBody,
): Promise<EmployerJob> {
  await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    const [job] = await data.getJobs(scope.q, e.id, [jobId]);
    if (!job) {
      throw new AppError('not-found');
    }
    const via = await authorizeChange(scope, 'employerJob.manage', e, 'employerJob', job.id);
    await checkJob(scope, e.id, body, await data.listTasks(scope.q, 'employer_job_tasks', [job.id]));
    await data.updateJob(scope.q, job.id, jobFields(body));
    await data.replaceTasks(scope.q, 'employer_job_tasks', job.id, taskFields(body.tasks));
    await data.insertEvent(scope.q, {
      employerId: e.id,
      userId: scope.userId,
      organisationId: via.organisationId,
      kind: 'jobUpdated',
      subjectId: job.id,
    });
  });
  return getJob(ctx, employerId, jobId);
}

// Carved jobs ----------------------------------------------------------------------------------------

const CARVING_KEYS = {
  'unknown-task': 'employers.field.carving-unknown-task',
  'not-carvable': 'employers.field.carving-not-carvable',
  'duplicate-task': 'employers.field.carving-duplicate-task',
} as const satisfies Record<string, MessageKey>;

async function toCarved(scope: Scope, rows: readonly data.CarvedRow[]): Promise<CarvedJob[]> {
  const tasks = await data.listCarvedTasks(
    scope.q,
    rows.map((r) => r.id),
  );
  const employerId = rows[0]?.employerId;
  const sourceJobIds = [...new Set(tasks.map((t) => t.sourceJobId).filter((id): id is string => id !== null))];
  const jobs = employerId ? await data.getJobs(scope.q, employerId, sourceJobIds) : [];
  const jobTasks = await data.listTasks(
    scope.q,
    'employer_job_tasks',
    jobs.map((j) => j.id),
  );
  return rows.map((r) => {
    const mine = tasks.filter((t) => t.carvedJobId === r.id);
    // What remains of each source job without the tasks taken from it (as the source job is now).
    const remaining = jobs
      .filter((j) => mine.some((t) => t.sourceJobId === j.id))
      .map((j) => {
        const job = matchingJob(j, jobTasks);
        const taken = mine
          .filter((t) => t.sourceJobId === j.id && t.sourceTaskId !== null)
          .map((t) => t.sourceTaskId!)
          .filter((id) => job.tasks.some((t) => t.id === id && t.carvable));
        const out = carveOut(job, taken);
        return out.ok
          ? {
              jobId: j.id,
              title: j.title,
              hoursPerWeek: out.value.remaining.hoursPerWeek,
              remainingPercent: out.value.remainingPercent,
              viable: out.value.viable,
            }
          : { jobId: j.id, title: j.title, hoursPerWeek: Number(j.hoursPerWeek), remainingPercent: 100, viable: true };
      });
    return {
      id: r.id,
      employerId: r.employerId,
      title: r.title,
      hoursPerWeek: Number(r.hoursPerWeek),
      tasks: mine.map((t) => ({
        position: t.position,
        sourceJobId: t.sourceJobId,
        sourceJobTitle: t.sourceJobTitle,
        sourceTaskId: t.sourceTaskId,
        name: t.name,
        hoursPerWeek: Number(t.hoursPerWeek),
        sharePercent: Number(t.sharePercent),
        demands: t.demands,
      })),
      combinedDemands: r.combinedDemands,
      remaining,
      vacancyId: r.vacancyId,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

export async function listCarved(ctx: RequestContext, employerId: string): Promise<{ items: CarvedJob[] }> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    return { items: await toCarved(scope, await data.listCarved(scope.q, e.id, null)) };
  });
}

export async function getCarved(ctx: RequestContext, employerId: string, carvedId: string): Promise<CarvedJob> {
  return ctx.data.read(async (scope) => {
    const e = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    const [carved] = await toCarved(scope, await data.listCarved(scope.q, e.id, carvedId));
    if (!carved) {
      throw new AppError('not-found');
    }
    return carved;
  });
}

export async function createCarved(ctx: RequestContext, employerId: string, body: CarvedJobBody): Promise<CarvedJob> {
  const id = await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    const via = await authorizeChange(scope, 'employerJob.manage', e, 'employerJob');
    const jobs = await data.getJobs(
      scope.q,
      e.id,
      body.parts.map((p) => p.jobId),
    );
    const tasks = await data.listTasks(
      scope.q,
      'employer_job_tasks',
      jobs.map((j) => j.id),
    );
    const errors: FieldError[] = [];
    const parts: { job: MatchingJob; taskIds: string[] }[] = [];
    body.parts.forEach((p, i) => {
      const job = jobs.find((j) => j.id === p.jobId);
      if (!job) {
        errors.push({
          in: 'body',
          pointer: `/parts/${i}/jobId`,
          code: 'unknown',
          detailKey: 'employers.field.carving-unknown-job',
        });
      } else if (body.parts.findIndex((q) => q.jobId === p.jobId) !== i) {
        errors.push({
          in: 'body',
          pointer: `/parts/${i}/jobId`,
          code: 'duplicate',
          detailKey: 'employers.field.carving-duplicate-job',
        });
      } else {
        parts.push({ job: matchingJob(job, tasks), taskIds: p.taskIds });
      }
    });
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const assembled = assembleJob(body.title.trim(), parts);
    if (!assembled.ok) {
      throw invalidInput(
        assembled.errors.map((x) => {
          const part = body.parts.findIndex((p) => p.jobId === x.jobId);
          const task = body.parts[part]?.taskIds.indexOf(x.taskId) ?? -1;
          return {
            in: 'body' as const,
            pointer: `/parts/${part}/taskIds/${Math.max(task, 0)}`,
            code: x.code,
            detailKey: CARVING_KEYS[x.code],
          };
        }),
      );
    }
    const job = assembled.value;
    if (job.hoursPerWeek <= 0 || job.hoursPerWeek > 60) {
      throw invalidInput([
        { in: 'body', pointer: '/parts', code: 'hours-out-of-range', detailKey: 'employers.field.hours-range' },
      ]);
    }
    const carvedId = await data.insertCarved(scope.q, {
      employerId: e.id,
      title: job.title,
      hoursPerWeek: job.hoursPerWeek,
      combinedDemands: job.combinedDemands,
      createdBy: scope.userId,
      tasks: job.tasks.map((t, i) => ({
        sourceJobId: job.sources[i]!.jobId,
        sourceTaskId: job.sources[i]!.taskId,
        name: t.name,
        hoursPerWeek: t.hoursPerWeek,
        sharePercent: round2(t.sharePercent),
        demands: t.demands,
      })),
    });
    await data.insertEvent(scope.q, {
      employerId: e.id,
      userId: scope.userId,
      organisationId: via.organisationId,
      kind: 'carvedJobCreated',
      subjectId: carvedId,
    });
    return carvedId;
  });
  return getCarved(ctx, employerId, id);
}

/** Turns a carved job into an open vacancy: its tasks (not carvable again) and its hours. */
export async function carvedToVacancy(
  ctx: RequestContext,
  employerId: string,
  carvedId: string,
  body: CarvedToVacancyBody,
): Promise<Vacancy> {
  const id = await ctx.data.run(async (scope) => {
    const e = await loadEmployer(scope, 'employerJob.read', employerId, 'employerJob');
    const [carved] = await data.listCarved(scope.q, e.id, carvedId);
    if (!carved) {
      throw new AppError('not-found');
    }
    const via = await authorizeChange(scope, 'employerJob.manage', e, 'employerJob', carved.id);
    await authorizeChange(scope, 'vacancy.manage', e, 'vacancy');
    if (carved.vacancyId !== null) {
      throw new AppError('conflict', { detailKey: 'employers.problem.carved-has-vacancy' });
    }
    const carvedTasks = await data.listCarvedTasks(scope.q, [carved.id]);
    const hours = Number(carved.hoursPerWeek);
    const tasks: TaskBody[] = carvedTasks.map((t) => ({
      name: t.name,
      sharePercent: Number(t.sharePercent),
      carvable: false,
      demands: t.demands,
    }));
    const input: VacancyInput = { ...body, title: body.title ?? carved.title, hoursMin: hours, hoursMax: hours, tasks };
    const f = vacancyFields(input);
    const errors: FieldError[] = [];
    const openedOn = body.openedOn ?? todayInNl();
    checkPastDate(openedOn, '/openedOn', errors);
    await checkVacancyInput(scope, e.id, f, tasks, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const vacancyId = await insertVacancyWith(scope, e, via.organisationId, f, taskFields(tasks), openedOn);
    await data.setCarvedVacancy(scope.q, carved.id, vacancyId);
    await data.insertEvent(scope.q, {
      employerId: e.id,
      userId: scope.userId,
      organisationId: via.organisationId,
      kind: 'carvedJobToVacancy',
      subjectId: vacancyId,
    });
    return vacancyId;
  });
  return getVacancy(ctx, employerId, id);
}
