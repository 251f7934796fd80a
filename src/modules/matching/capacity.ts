/**
 * Which capacity counts for matching.
 *
 * Rule: the latest **professional** assessment counts as a whole when there is one; otherwise the latest
 * self-assessment. An item an assessment leaves out is at the norm (level 0), as the capacity module compares
 * assessments. "Latest" is the highest `assessedOn`; on the same day the one listed first (the capacity
 * module lists newest first).
 *
 * Why the professional one: it is the assessment UWV and employers rely on (FML, drawn up by a
 * verzekeringsarts or bedrijfsarts, DOMAIN.md §2.1); a job is only excluded on what a professional recorded.
 * The person's own view is not dropped: where the latest self-assessment reports a stronger limitation than
 * the professional one, that item is returned in `selfOnly`, and matching shows it as "let op: zelf
 * aangegeven" (a caution to discuss, never a hard limit). Without a professional assessment the
 * self-assessment is the best knowledge there is, and its limitations are hard limits: a job that asks more
 * than someone says they can is not proposed to them.
 */
import { fmlItem } from '../capacity/fml.js';
import type { AssessmentInput, FmlAnswer } from './types.js';

export interface CapacityProfile {
  basis: 'professional' | 'self' | 'none';
  assessedOn: string | null;
  /** Items with a limitation (any non-zero code), by item id. */
  answers: ReadonlyMap<string, readonly number[]>;
  /** Limitations the person reported themself that are stronger than (or not in) the professional assessment. */
  selfOnly: readonly FmlAnswer[];
}

function checked(answer: FmlAnswer): FmlAnswer {
  const item = fmlItem(answer.itemId);
  if (!item) {
    throw new RangeError(`Unknown FML item: ${JSON.stringify(answer.itemId)}`);
  }
  for (const code of answer.levels) {
    if (!item.levels.some((level) => level.code === code)) {
      throw new RangeError(`FML item ${item.id} has no level ${String(code)}`);
    }
  }
  if (item.scale !== 'multiple' && answer.levels.length !== 1) {
    throw new RangeError(`FML item ${item.id} takes one level`);
  }
  return answer;
}

function latest(assessments: readonly AssessmentInput[], kind: AssessmentInput['kind']): AssessmentInput | undefined {
  let best: AssessmentInput | undefined;
  for (const a of assessments) {
    if (a.kind === kind && (best === undefined || a.assessedOn > best.assessedOn)) {
      best = a;
    }
  }
  return best;
}

function limitations(a: AssessmentInput | undefined): Map<string, readonly number[]> {
  const map = new Map<string, readonly number[]>();
  for (const answer of a?.answers ?? []) {
    const { itemId, levels } = checked(answer);
    const nonZero = levels.filter((code) => code !== 0);
    if (nonZero.length > 0) {
      map.set(
        itemId,
        [...nonZero].sort((x, y) => x - y),
      );
    }
  }
  return map;
}

/** True when `self` reports more limitation on the item than `professional` (ordinal: a higher level; sets: a code the other lacks). */
function stronger(itemId: string, self: readonly number[], professional: readonly number[] | undefined): boolean {
  const item = fmlItem(itemId);
  if (item?.scale === 'ordinal') {
    return (self[0] ?? 0) > (professional?.[0] ?? 0);
  }
  return self.some((code) => !(professional ?? []).includes(code));
}

export function capacityProfile(assessments: readonly AssessmentInput[]): CapacityProfile {
  const professional = latest(assessments, 'professional');
  const self = latest(assessments, 'self');
  const chosen = professional ?? self;
  const answers = limitations(chosen);
  const selfOnly: FmlAnswer[] = [];
  if (professional && self) {
    for (const [itemId, levels] of limitations(self)) {
      if (stronger(itemId, levels, answers.get(itemId))) {
        selfOnly.push({ itemId, levels });
      }
    }
  }
  return {
    basis: professional ? 'professional' : self ? 'self' : 'none',
    assessedOn: chosen?.assessedOn ?? null,
    answers,
    selfOnly,
  };
}
