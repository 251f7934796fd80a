/**
 * Rules of the capacity screens (FML), without React: the latest answer per item of each kind, whether
 * the participant's own answer and the professional's differ (and which way), the form's values ↔ the
 * request body, the checks done before sending, and the server's field errors moved from
 * `/answers/3/levels` onto the item's own field, so that the error summary links to the right question.
 */
import { ApiProblem } from '../../lib/api';
import type {
  CapacityAnswer,
  CapacityAssessment,
  CapacityAssessmentKind,
  FmlCatalogue,
  FmlItem,
  FmlSection,
} from '../../lib/types';

/** One answer with the assessment it comes from. */
export interface LatestAnswer {
  answer: CapacityAnswer;
  assessment: CapacityAssessment;
}

/** An item id as a piece of an HTML id: 'IV.13' → 'IV-13'. */
export const fieldIdOf = (itemId: string) => itemId.replace('.', '-');
/** The item a field is about: 'qualifier-IV-13' → 'IV.13' (undefined for other fields). */
export function itemIdOfField(field: string): string | undefined {
  const m = /^(?:item|qualifier)-(I|II|III|IV|V|VI)-(\d{1,2})$/.exec(field);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/** Newest first: by the day of the assessment, then by when it was recorded (the server's order too). */
export function newestFirst(assessments: readonly CapacityAssessment[]): CapacityAssessment[] {
  return [...assessments].sort(
    (a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
}

/**
 * The newest answer per item among the assessments of one kind. Per item, not per assessment: a
 * professional who assesses three items today does not make the other items of last month disappear.
 */
export function latestAnswers(
  assessments: readonly CapacityAssessment[],
  kind: CapacityAssessmentKind,
): Map<string, LatestAnswer> {
  const out = new Map<string, LatestAnswer>();
  for (const assessment of newestFirst(assessments)) {
    if (assessment.kind !== kind) {
      continue;
    }
    for (const answer of assessment.answers) {
      if (!out.has(answer.itemId)) {
        out.set(answer.itemId, { answer, assessment });
      }
    }
  }
  return out;
}

/** Same set of levels (order does not matter). */
export function sameLevels(a: readonly number[], b: readonly number[]): boolean {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * How the participant's own answer relates to the professional's. On an ordinal item a higher code is
 * a stronger limitation, so there it says which way: `selfMore` = the participant sees more limitation.
 * On the other scales only whether they differ.
 */
export type Difference = 'none' | 'same' | 'differs' | 'selfMore' | 'selfLess';
export function differenceOf(item: FmlItem, self?: readonly number[], professional?: readonly number[]): Difference {
  if (!self || !professional) {
    return 'none';
  }
  if (sameLevels(self, professional)) {
    return 'same';
  }
  if (item.scale === 'ordinal' && self.length === 1 && professional.length === 1) {
    return self[0]! > professional[0]! ? 'selfMore' : 'selfLess';
  }
  return 'differs';
}

/** The labels of the chosen levels, in the catalogue's words. */
export function levelText(item: FmlItem, levels: readonly number[]): string {
  return levels.map((code) => item.levels.find((l) => l.code === code)?.label ?? String(code)).join('; ');
}

/** What the form holds per item: the chosen levels (none = not assessed) and the "namelijk" text. */
export interface ItemValue {
  levels: number[];
  qualifier: string;
}
export type AnswerValues = Record<string, ItemValue>;

/** The form prefilled with answers (for the participant: their own latest answers). */
export function valuesFrom(latest: Map<string, LatestAnswer>): AnswerValues {
  const out: AnswerValues = {};
  for (const [itemId, { answer }] of latest) {
    out[itemId] = { levels: [...answer.levels], qualifier: answer.qualifier ?? '' };
  }
  return out;
}

export const isChosen = (v: ItemValue | undefined): v is ItemValue => v !== undefined && v.levels.length > 0;
/** Whether the chosen answer is a limitation (then a "namelijk" may be asked). */
export const isLimitation = (v: ItemValue | undefined) => isChosen(v) && v.levels.some((l) => l !== 0);

/** The answers to send, in the order of the list, only for the items that were filled in. */
export function answersOf(values: AnswerValues, catalogue: FmlCatalogue): CapacityAnswer[] {
  return catalogue.sections.flatMap((s) =>
    s.items
      .filter((item) => isChosen(values[item.id]))
      .map((item) => {
        const v = values[item.id]!;
        const qualifier = isLimitation(v) ? v.qualifier.trim() : '';
        return { itemId: item.id, levels: [...v.levels], qualifier: qualifier || null };
      }),
  );
}

/** How many items of a section are filled in. */
export const chosenIn = (section: FmlSection, values: AnswerValues) =>
  section.items.filter((i) => isChosen(values[i.id])).length;

/** Field names (without the form's prefix) of the problems found before sending, with their message kind. */
export type LocalProblem = 'noItems' | 'qualifierRequired' | 'dateRequired';
export function checkAnswers(values: AnswerValues, catalogue: FmlCatalogue): Record<string, LocalProblem> {
  const out: Record<string, LocalProblem> = {};
  const items = catalogue.sections.flatMap((s) => s.items);
  if (!items.some((i) => isChosen(values[i.id]))) {
    out.answers = 'noItems';
  }
  for (const item of items) {
    const v = values[item.id];
    if (item.qualifier && isLimitation(v) && !v!.qualifier.trim()) {
      out[`qualifier-${fieldIdOf(item.id)}`] = 'qualifierRequired';
    }
  }
  return out;
}

/**
 * The server names a wrong answer by its place in the list (`/answers/3/levels`); the form names it by
 * item (`/item-IV-13`, `/qualifier-IV-13`), the id of the question on the page. Other pointers stay.
 */
export function remapProblem(problem: unknown, sent: readonly CapacityAnswer[]): unknown {
  if (!(problem instanceof ApiProblem) || problem.errors.length === 0) {
    return problem;
  }
  const errors = problem.errors.map((e) => {
    const m = /^\/answers\/(\d+)(?:\/(\w+))?/.exec(e.location.pointer);
    const answer = m ? sent[Number(m[1])] : undefined;
    if (!m || !answer) {
      return e;
    }
    const field = m[2] === 'qualifier' ? 'qualifier' : 'item';
    return { ...e, location: { pointer: `/${field}-${fieldIdOf(answer.itemId)}` } };
  });
  return new ApiProblem(problem.status, problem.code, problem.title, problem.detail, errors);
}

/** The sections that hold a field in error (to open them, so the error summary's links land). */
export function sectionsWithErrors(fields: readonly string[], catalogue: FmlCatalogue): Set<string> {
  const out = new Set<string>();
  for (const section of catalogue.sections) {
    if (section.items.some((i) => fields.some((f) => f.endsWith(`-${fieldIdOf(i.id)}`)))) {
      out.add(section.id);
    }
  }
  return out;
}
