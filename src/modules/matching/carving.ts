/**
 * Job carving (inclusief herontwerp werk), pure: an existing job is a list of tasks with their share of the
 * hours and their demands on FML items. Carvable tasks can be taken out; a new job can be assembled from
 * carved tasks of one or more jobs; and for a job we can show which task blocks which participant.
 *
 * Rules:
 * - A task's hours are the job's hours × its share. Carving tasks out of a job leaves a job whose hours are
 *   the sum of the remaining tasks' hours; its shares are rescaled to 100 %.
 * - The job that remains is viable when its tasks still cover at least `minRemainingPercent` (default 50 %)
 *   of the original hours and at least one task remains (the same rule matching uses).
 * - A new job's hours add up: the sum of the hours of the tasks it takes. Its shares are each task's hours ÷
 *   the total.
 * - Demands combine per item as the heaviest demand of any task: for an ordinal item the lowest level
 *   tolerated (FML 0 = the norm is the heaviest), for a set item the union of the conflicting codes. The
 *   combined profile is a summary; matching still compares task by task, so carving can name the task.
 */
import { IS_ORDINAL, slotOf } from './fml-index.js';
import { DEFAULT_MIN_REMAINING_PERCENT, Scratch, screenPair, type PairOptions } from './evaluate.js';
import type { CompiledCandidate, CompiledVacancy } from './compile.js';
import { describePair, type Conflict, type ExclusionCode } from './result.js';
import type { FmlDemand, Task, Vacancy } from './types.js';

export interface Job {
  id: string;
  title: string;
  hoursPerWeek: number;
  tasks: readonly Task[];
}

export interface TaskWithHours extends Task {
  hoursPerWeek: number;
}

export interface CarvingError {
  jobId: string;
  taskId: string;
  code: 'unknown-task' | 'not-carvable' | 'duplicate-task';
}

export type CarvingResult<T> = { ok: true; value: T } | { ok: false; errors: CarvingError[] };

const round2 = (x: number) => Math.round(x * 100) / 100;

function tasksWithHours(job: Job, tasks: readonly Task[]): TaskWithHours[] {
  return tasks.map((task) => ({ ...task, hoursPerWeek: (job.hoursPerWeek * task.sharePercent) / 100 }));
}

function pick(job: Job, taskIds: readonly string[], needCarvable: boolean): CarvingResult<Task[]> {
  const errors: CarvingError[] = [];
  const seen = new Set<string>();
  const tasks: Task[] = [];
  for (const taskId of taskIds) {
    const task = job.tasks.find((t) => t.id === taskId);
    if (seen.has(taskId)) {
      errors.push({ jobId: job.id, taskId, code: 'duplicate-task' });
    } else if (!task) {
      errors.push({ jobId: job.id, taskId, code: 'unknown-task' });
    } else if (needCarvable && !task.carvable) {
      errors.push({ jobId: job.id, taskId, code: 'not-carvable' });
    } else {
      tasks.push(task);
    }
    seen.add(taskId);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: tasks };
}

export interface CarveOutcome {
  /** The remaining tasks cover at least the minimum share and at least one task remains. */
  viable: boolean;
  remainingPercent: number;
  minRemainingPercent: number;
  remaining: { hoursPerWeek: number; tasks: TaskWithHours[] };
  carved: { hoursPerWeek: number; tasks: TaskWithHours[] };
}

/** Takes carvable tasks out of a job: what remains (shares rescaled) and what was carved, with hours. */
export function carveOut(
  job: Job,
  taskIds: readonly string[],
  minRemainingPercent = DEFAULT_MIN_REMAINING_PERCENT,
): CarvingResult<CarveOutcome> {
  const picked = pick(job, taskIds, true);
  if (!picked.ok) {
    return picked;
  }
  const out = new Set(picked.value.map((t) => t.id));
  const keep = job.tasks.filter((t) => !out.has(t.id));
  const remainingPercent = keep.reduce((sum, t) => sum + t.sharePercent, 0);
  const remainingHours = (job.hoursPerWeek * remainingPercent) / 100;
  const carved = tasksWithHours(job, picked.value);
  return {
    ok: true,
    value: {
      viable: keep.length > 0 && remainingPercent >= minRemainingPercent,
      remainingPercent: round2(remainingPercent),
      minRemainingPercent,
      remaining: {
        hoursPerWeek: round2(remainingHours),
        tasks: tasksWithHours(job, keep).map((t) => ({
          ...t,
          sharePercent: remainingPercent > 0 ? (t.sharePercent / remainingPercent) * 100 : 0,
        })),
      },
      carved: { hoursPerWeek: round2(carved.reduce((sum, t) => sum + t.hoursPerWeek, 0)), tasks: carved },
    },
  };
}

/** Per item, the heaviest demand of the tasks (ordinal: lowest level tolerated; sets: union), in FML order. */
export function combineDemands(tasks: readonly Pick<Task, 'demands'>[]): FmlDemand[] {
  const combined = new Map<string, number[]>();
  for (const task of tasks) {
    for (const demand of task.demands) {
      const slot = slotOf(demand.itemId);
      const current = combined.get(demand.itemId);
      if (IS_ORDINAL[slot] === 1) {
        const level = demand.levels[0] ?? 0;
        combined.set(demand.itemId, [current === undefined ? level : Math.min(current[0] ?? 0, level)]);
      } else {
        combined.set(
          demand.itemId,
          [...new Set([...(current ?? []), ...demand.levels])].sort((a, b) => a - b),
        );
      }
    }
  }
  return [...combined].sort(([a], [b]) => slotOf(a) - slotOf(b)).map(([itemId, levels]) => ({ itemId, levels }));
}

export interface AssembledJob {
  title: string;
  hoursPerWeek: number;
  /** The tasks, with ids `<jobId>/<taskId>` so tasks of different jobs stay apart, and shares of the new job. */
  tasks: TaskWithHours[];
  sources: { jobId: string; taskId: string; hoursPerWeek: number }[];
  combinedDemands: FmlDemand[];
}

/** Assembles a new job from carvable tasks of one or more jobs: hours add up, demands combine. */
export function assembleJob(
  title: string,
  parts: readonly { job: Job; taskIds: readonly string[] }[],
): CarvingResult<AssembledJob> {
  const errors: CarvingError[] = [];
  const taken: { job: Job; task: TaskWithHours }[] = [];
  for (const { job, taskIds } of parts) {
    const picked = pick(job, taskIds, true);
    if (!picked.ok) {
      errors.push(...picked.errors);
    } else {
      taken.push(...tasksWithHours(job, picked.value).map((task) => ({ job, task })));
    }
  }
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  const total = taken.reduce((sum, x) => sum + x.task.hoursPerWeek, 0);
  const tasks = taken.map(({ job, task }) => ({
    ...task,
    id: `${job.id}/${task.id}`,
    sharePercent: total > 0 ? (task.hoursPerWeek / total) * 100 : 0,
    hoursPerWeek: round2(task.hoursPerWeek),
  }));
  return {
    ok: true,
    value: {
      title,
      hoursPerWeek: round2(total),
      tasks,
      sources: taken.map(({ job, task }) => ({
        jobId: job.id,
        taskId: task.id,
        hoursPerWeek: round2(task.hoursPerWeek),
      })),
      combinedDemands: combineDemands(tasks),
    },
  };
}

/** Everything a vacancy has besides its tasks and hours. */
export type VacancyBase = Omit<Vacancy, 'tasks' | 'hoursMin' | 'hoursMax' | 'title'>;

/**
 * Turns an assembled job into a vacancy. Its tasks are not carvable again (they are what the job is); the
 * hours are the job's hours.
 */
export function vacancyFromJob(job: AssembledJob, base: VacancyBase): Vacancy {
  return {
    ...base,
    title: job.title,
    hoursMin: job.hoursPerWeek,
    hoursMax: job.hoursPerWeek,
    tasks: job.tasks.map(({ id, name, sharePercent, demands }) => ({
      id,
      name,
      sharePercent,
      demands,
      carvable: false,
    })),
  };
}

export interface FitReport {
  candidateId: string;
  /** Passes every hard limit as the job is (with the accommodations offered, carving where allowed). */
  fits: boolean;
  /** Conflicts of tasks that an offered accommodation does not remove: these tasks block the person. */
  blocking: Conflict[];
  /** Other hard limits that exclude the person (hours, travel, certificates, …). */
  otherReasons: ExclusionCode[];
}

export interface FitOverview {
  /** Fitting people first, then by fewest blocking tasks, then id. */
  candidates: FitReport[];
  /** Per task: how many people it blocks. */
  blocksPerTask: { taskId: string; taskName: string; blocks: number }[];
}

/** Which participants fit a (carved) job, and which task blocks whom. */
export function whoFits(
  vacancy: CompiledVacancy,
  candidates: readonly CompiledCandidate[],
  options: PairOptions,
): FitOverview {
  const s = new Scratch();
  const counts = new Map<string, number>(vacancy.source.tasks.map((t) => [t.id, 0]));
  const reports: FitReport[] = candidates.map((c) => {
    const fits = screenPair(vacancy, c, s, options);
    const result = describePair(vacancy, c, s, options);
    const blocking = result.conflicts.filter((x) => x.resolution !== 'accommodation');
    for (const taskId of new Set(blocking.map((b) => b.taskId))) {
      counts.set(taskId, (counts.get(taskId) ?? 0) + 1);
    }
    const otherReasons = [
      ...new Set(
        result.exclusions.map((e) => e.code).filter((code) => code !== 'taskDemand' && code !== 'carvingNotViable'),
      ),
    ];
    return { candidateId: c.id, fits, blocking, otherReasons };
  });
  const blockingTasks = (r: FitReport) => new Set(r.blocking.map((b) => b.taskId)).size;
  reports.sort(
    (a, b) =>
      Number(b.fits) - Number(a.fits) ||
      blockingTasks(a) - blockingTasks(b) ||
      (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
  );
  return {
    candidates: reports,
    blocksPerTask: vacancy.source.tasks.map((t) => ({ taskId: t.id, taskName: t.name, blocks: counts.get(t.id) ?? 0 })),
  };
}
