/**
 * Rules of the employer screens, without React: field ids for the server's deep JSON pointers (a task's
 * share, a demand's level), the running total of task shares, hours of the tasks chosen for a carved
 * job, a demand in words from the FML list, and the IPS week signal as a bar.
 */
import { ApiProblem } from '../../lib/api';
import type { FmlCatalogue, FmlItem } from '../../lib/types';
import {
  EXCLUSION_CODES,
  type Demand,
  type EmployerJob,
  type EmployerLocation,
  type ExclusionCode,
  type Factor,
  type OwnWeek,
} from './types';

/**
 * The form field a server pointer is about: `/tasks/2/sharePercent` → `task-2-share`,
 * `/tasks/2/demands/0/levels` → `task-2-demand-0`, `/tasks/2/name` → `task-2-name`, `/tasks` → `tasks`,
 * `/requirements/languageLevel` → `languageLevel`, `/parts/1/taskIds/0` → `parts`; anything else keeps
 * its first segment (`/hoursMax` → `hoursMax`).
 */
export function fieldOfPointer(pointer: string): string {
  const parts = pointer.replace(/^\//, '').split('/');
  if (parts[0] === 'tasks' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const i = parts[1];
    if (parts[2] === 'demands' && parts[3] !== undefined) {
      return `task-${i}-demand-${parts[3]}`;
    }
    if (parts[2] === 'sharePercent') {
      return `task-${i}-share`;
    }
    if (parts[2] === 'name') {
      return `task-${i}-name`;
    }
    return `task-${i}-name`;
  }
  if (parts[0] === 'requirements' && parts[1]) {
    return parts[1];
  }
  return parts[0] ?? '';
}

/** The same problem with each field error's pointer moved onto the form field it is about. */
export function withFieldPointers(problem: unknown): unknown {
  if (!(problem instanceof ApiProblem)) {
    return problem;
  }
  const errors = problem.errors.map((e) => ({ ...e, location: { pointer: `/${fieldOfPointer(e.location.pointer)}` } }));
  return new ApiProblem(problem.status, problem.code, problem.title, problem.detail, errors);
}

/** Parses a Dutch or English decimal ("12,5" or "12.5"); undefined when it is not a number. */
export function parseDecimal(text: string): number | undefined {
  const s = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) {
    return undefined;
  }
  return Number(s);
}

/** A number the Dutch way with at most one decimal: 12.5 → "12,5", 12 → "12". */
export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(n);
}

/**
 * The sum of the task shares as typed, and whether it is 100 % within the server's tolerance of half a
 * point. Unparseable shares count as 0 (their own field says what is wrong).
 */
export function shareTotal(shares: readonly string[]): { total: number; ok: boolean } {
  const total = Math.round(shares.reduce((sum, s) => sum + (parseDecimal(s) ?? 0), 0) * 10) / 10;
  return { total, ok: Math.abs(total - 100) <= 0.5 };
}

/** Chosen tasks for a carved job: job id → task ids. */
export type Selection = Record<string, readonly string[]>;

/**
 * Hours per week of the chosen tasks, per job and together, with what stays in each job. This is only a
 * preview while choosing: the server's result (after "maak de functie") is what counts, it also combines
 * the demands and says whether each job stays viable.
 */
export function selectionHours(
  jobs: readonly EmployerJob[],
  selection: Selection,
): { total: number; perJob: { jobId: string; title: string; chosen: number; remaining: number }[] } {
  const perJob = jobs
    .filter((j) => (selection[j.id] ?? []).length > 0)
    .map((j) => {
      const ids = new Set(selection[j.id]);
      const chosen = j.tasks.filter((task) => ids.has(task.id)).reduce((sum, task) => sum + task.hoursPerWeek, 0);
      const rounded = Math.round(chosen * 10) / 10;
      return {
        jobId: j.id,
        title: j.title,
        chosen: rounded,
        remaining: Math.round((j.hoursPerWeek - chosen) * 10) / 10,
      };
    });
  return { total: Math.round(perJob.reduce((s, p) => s + p.chosen, 0) * 10) / 10, perJob };
}

/** The request body parts for POST carved-jobs: jobs in the order given, tasks in their job's order. */
export function selectionParts(
  jobs: readonly EmployerJob[],
  selection: Selection,
): { jobId: string; taskIds: string[] }[] {
  return jobs
    .map((j) => ({
      jobId: j.id,
      taskIds: j.tasks.filter((task) => (selection[j.id] ?? []).includes(task.id)).map((task) => task.id),
    }))
    .filter((p) => p.taskIds.length > 0);
}

/** Every FML item by id. */
export function fmlItems(catalogue: FmlCatalogue | null | undefined): Map<string, FmlItem> {
  const out = new Map<string, FmlItem>();
  for (const section of catalogue?.sections ?? []) {
    for (const item of section.items) {
      out.set(item.id, item);
    }
  }
  return out;
}

/** FML items a task may ask something of: all but VI.1–VI.3 (those describe the job, not a task). */
export function taskDemandItems(catalogue: FmlCatalogue | null | undefined): FmlItem[] {
  return [...fmlItems(catalogue).values()].filter((i) => !['VI.1', 'VI.2', 'VI.3'].includes(i.id));
}

/**
 * A demand in words, from the FML list in the reader's language: "IV.13 Tillen of dragen: <level text>"
 * (ordinal: the strongest limitation the task still allows; level 0 is the norm) or "II.12 …: niet samen
 * met …" (set items: the codes the task does not go together with).
 * Without the list the codes are shown.
 */
export function demandText(demand: Demand, items: Map<string, FmlItem>, words: { notWith: string }): string {
  const item = items.get(demand.itemId);
  if (!item) {
    return `${demand.itemId}: ${demand.levels.join(', ')}`;
  }
  const label = (code: number) => item.levels.find((l) => l.code === code)?.label ?? String(code);
  if (item.scale === 'ordinal') {
    const level = demand.levels[0] ?? 0;
    return `${item.id} ${item.name}: ${label(level)}`;
  }
  // Condition labels read "Ja: aangewezen op …"; after "not together with" the "Ja:" only gets in the way.
  const condition = (code: number) => label(code).replace(/^(Ja|Yes):\s*/, '');
  return `${item.id} ${item.name}: ${words.notWith} ${demand.levels.map(condition).join('; ')}`;
}

/**
 * The IPS week signal as a bar: how far the face-to-face contacts are towards the norm (capped at 100 %),
 * and where "expected so far" sits on it.
 */
export function weekBar(week: Pick<OwnWeek, 'norm' | 'faceToFace' | 'expectedSoFar'>): {
  percent: number;
  expectedPercent: number;
} {
  const norm = Math.max(week.norm, 1);
  return {
    percent: Math.min(100, Math.round((week.faceToFace / norm) * 100)),
    expectedPercent: Math.min(100, Math.round((week.expectedSoFar / norm) * 100)),
  };
}

/** A location on one line: "Werf, Kwekerijweg 8, 3705AC Zeist" (the gemeente only when it is not the city). */
export function addressOf(l: EmployerLocation): string {
  const street = [l.street, l.houseNumber].filter(Boolean).join(' ');
  const place = [l.postcode, l.city].filter(Boolean).join(' ');
  const municipality = l.municipalityName === l.city ? null : l.municipalityName;
  return [l.name, street, place, municipality].filter(Boolean).join(', ');
}

/**
 * The parts of a match score for a stacked bar: each factor's points as a share of 100 (the bar's full
 * width is the maximum score), the sum of the parts, and whether that sum is the score shown (it must
 * be: points are rounded to tenths on the server and the score is their sum).
 */
export function scoreParts(
  factors: readonly Factor[],
  score: number,
): { parts: (Factor & { width: number })[]; sum: number; addsUp: boolean } {
  const parts = factors.map((f) => ({ ...f, width: Math.max(0, Math.min(100, f.points)) }));
  const sum = Math.round(factors.reduce((s, f) => s + f.points, 0) * 10) / 10;
  return { parts, sum, addsUp: Math.abs(sum - score) < 0.05 };
}

/** The hard limits that excluded anyone, largest first (a pair can fall under more than one limit). */
export function exclusionCounts(
  excludedBy: Readonly<Record<ExclusionCode, number>>,
): { code: ExclusionCode; count: number }[] {
  return EXCLUSION_CODES.map((code) => ({ code, count: excludedBy[code] ?? 0 }))
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || EXCLUSION_CODES.indexOf(a.code) - EXCLUSION_CODES.indexOf(b.code));
}

/** Hours of a vacancy in words: "20 uur per week" when min and max are the same, else "20–32 uur per week". */
export function hoursText(
  min: number,
  max: number,
  lang: string,
  t: (key: 'employers.hoursExact' | 'employers.hoursRange', params: Record<string, string>) => string,
): string {
  return min === max
    ? t('employers.hoursExact', { hours: formatNumber(min, lang) })
    : t('employers.hoursRange', { min: formatNumber(min, lang), max: formatNumber(max, lang) });
}
