/**
 * Ranking both ways: the best candidates for a vacancy and the best vacancies for a candidate (top N).
 *
 * One pass over the other side. Per pair: the hard limits ({@link screenPair}: requirements and travel
 * first, then one typed-array comparison per task demand), and only for admitted pairs the score
 * ({@link scorePair}). The best N are kept in a bounded binary heap of parallel typed arrays (worst at the
 * root). Only the N winners are described in full (explanation, conflicts), by re-running the same
 * functions on them. Nothing is allocated per pair except what the injected travel estimator does
 * (the shipped ones allocate nothing).
 *
 * Complexity for M pairs, a vacancy with T tasks and D demands in all, R requirements and K transport
 * modes: time O(M · (R + K + D) + M · log N) plus O(N · (D + explanation)) for the winners; memory O(N)
 * besides the compiled inputs (compiled once: O(M · 64) bytes for candidates).
 *
 * Order (deterministic): score high to low; then fewer changes needed (accommodations relied on + tasks
 * carved); then shorter travel (unknown last); then id (code-unit order).
 */
import type { CompiledCandidate, CompiledVacancy } from './compile.js';
import { dayNumber } from './compile.js';
import {
  Scratch,
  X_CARVING_NOT_VIABLE,
  X_CERTIFICATE,
  X_DEMAND,
  X_HOURS,
  X_HOURS_PER_DAY,
  X_LANGUAGE,
  X_LICENCE,
  X_PERIODS,
  X_TRAVEL,
  changesOf,
  scorePair,
  screenPair,
  type PairOptions,
} from './evaluate.js';
import { describePair, type ExclusionCode, type PairResult } from './result.js';

export interface RankOptions extends PairOptions {
  /** How many to return (top N). */
  limit: number;
}

export interface Ranking {
  results: PairResult[];
  /** Pairs looked at. */
  considered: number;
  /** Pairs that passed every hard limit. */
  admitted: number;
  /** How many pairs each hard limit excluded (a pair can count under several). */
  excludedBy: Record<ExclusionCode, number>;
}

const EXCLUSION_BITS: readonly [number, ExclusionCode][] = [
  [X_CERTIFICATE, 'certificate'],
  [X_LICENCE, 'drivingLicence'],
  [X_LANGUAGE, 'languageLevel'],
  [X_TRAVEL, 'travel'],
  [X_PERIODS, 'periods'],
  [X_HOURS_PER_DAY, 'hoursPerDay'],
  [X_DEMAND, 'taskDemand'],
  [X_CARVING_NOT_VIABLE, 'carvingNotViable'],
  [X_HOURS, 'hours'],
];

/** A bounded heap of the best `capacity` entries; the root is the worst kept entry. */
class TopN {
  size = 0;
  readonly index: Int32Array;
  readonly score: Int32Array;
  readonly changes: Int32Array;
  readonly travel: Float64Array;

  constructor(
    readonly capacity: number,
    private readonly idOf: (index: number) => string,
  ) {
    this.index = new Int32Array(capacity);
    this.score = new Int32Array(capacity);
    this.changes = new Int32Array(capacity);
    this.travel = new Float64Array(capacity);
  }

  /** True when entry a ranks above entry b. */
  private above(
    sa: number,
    ca: number,
    ta: number,
    ia: number,
    sb: number,
    cb: number,
    tb: number,
    ib: number,
  ): boolean {
    if (sa !== sb) {
      return sa > sb;
    }
    if (ca !== cb) {
      return ca < cb;
    }
    if (ta !== tb) {
      return ta < tb;
    }
    const a = this.idOf(ia);
    const b = this.idOf(ib);
    return a !== b ? a < b : ia < ib;
  }

  private aboveAt(i: number, j: number): boolean {
    return this.above(
      this.score[i] ?? 0,
      this.changes[i] ?? 0,
      this.travel[i] ?? 0,
      this.index[i] ?? 0,
      this.score[j] ?? 0,
      this.changes[j] ?? 0,
      this.travel[j] ?? 0,
      this.index[j] ?? 0,
    );
  }

  private swap(i: number, j: number): void {
    const index = this.index[i] ?? 0;
    this.index[i] = this.index[j] ?? 0;
    this.index[j] = index;
    const score = this.score[i] ?? 0;
    this.score[i] = this.score[j] ?? 0;
    this.score[j] = score;
    const changes = this.changes[i] ?? 0;
    this.changes[i] = this.changes[j] ?? 0;
    this.changes[j] = changes;
    const travel = this.travel[i] ?? 0;
    this.travel[i] = this.travel[j] ?? 0;
    this.travel[j] = travel;
  }

  offer(index: number, score: number, changes: number, travel: number): void {
    if (this.capacity === 0) {
      return;
    }
    if (this.size < this.capacity) {
      let i = this.size++;
      this.index[i] = index;
      this.score[i] = score;
      this.changes[i] = changes;
      this.travel[i] = travel;
      // sift up: the worst goes to the root
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.aboveAt(parent, i)) {
          break;
        }
        this.swap(parent, i);
        i = parent;
      }
      return;
    }
    if (
      !this.above(
        score,
        changes,
        travel,
        index,
        this.score[0] ?? 0,
        this.changes[0] ?? 0,
        this.travel[0] ?? 0,
        this.index[0] ?? 0,
      )
    ) {
      return;
    }
    this.index[0] = index;
    this.score[0] = score;
    this.changes[0] = changes;
    this.travel[0] = travel;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.size && this.aboveAt(worst, l)) {
        worst = l;
      }
      if (r < this.size && this.aboveAt(worst, r)) {
        worst = r;
      }
      if (worst === i) {
        break;
      }
      this.swap(i, worst);
      i = worst;
    }
  }

  /** Kept indexes, best first. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((i, j) => (this.aboveAt(i, j) ? -1 : this.aboveAt(j, i) ? 1 : 0));
    return order.map((i) => this.index[i] ?? 0);
  }
}

function emptyCounts(): Record<ExclusionCode, number> {
  return Object.fromEntries(EXCLUSION_BITS.map(([, code]) => [code, 0])) as Record<ExclusionCode, number>;
}

function rank(
  count: number,
  pair: (i: number) => [CompiledVacancy, CompiledCandidate],
  idOf: (i: number) => string,
  options: RankOptions,
): Ranking {
  if (!(Number.isInteger(options.limit) && options.limit >= 0)) {
    throw new RangeError('limit must be a non-negative integer');
  }
  const asOfDay = dayNumber(options.asOf);
  if (Number.isNaN(asOfDay)) {
    throw new RangeError(`asOf is not a date: ${JSON.stringify(options.asOf)}`);
  }
  const s = new Scratch();
  const top = new TopN(Math.min(options.limit, count), idOf);
  const bits = new Int32Array(EXCLUSION_BITS.length);
  let admitted = 0;
  for (let i = 0; i < count; i++) {
    const p = pair(i);
    const v = p[0];
    const c = p[1];
    if (!screenPair(v, c, s, options)) {
      for (let b = 0; b < EXCLUSION_BITS.length; b++) {
        if ((s.excluded & (EXCLUSION_BITS[b]?.[0] ?? 0)) !== 0) {
          bits[b] = (bits[b] ?? 0) + 1;
        }
      }
      continue;
    }
    admitted++;
    const score = scorePair(v, c, s, asOfDay);
    top.offer(i, score, changesOf(s), Number.isNaN(s.travelMinutes) ? Infinity : s.travelMinutes);
  }
  const results = top.sorted().map((i) => {
    const [v, c] = pair(i);
    screenPair(v, c, s, options);
    scorePair(v, c, s, asOfDay);
    return describePair(v, c, s, options);
  });
  const excludedBy = emptyCounts();
  EXCLUSION_BITS.forEach(([, code], b) => {
    excludedBy[code] = bits[b] ?? 0;
  });
  return { results, considered: count, admitted, excludedBy };
}

/** The best `limit` candidates for a vacancy. */
export function rankCandidates(
  vacancy: CompiledVacancy,
  candidates: readonly CompiledCandidate[],
  options: RankOptions,
): Ranking {
  // One tuple reused for every pair: no allocation in the loop.
  const tuple: [CompiledVacancy, CompiledCandidate] = [vacancy, candidates[0] as CompiledCandidate];
  return rank(
    candidates.length,
    (i) => {
      tuple[1] = candidates[i] as CompiledCandidate;
      return tuple;
    },
    (i) => candidates[i]?.id ?? '',
    options,
  );
}

/** The best `limit` vacancies for a candidate. */
export function rankVacancies(
  candidate: CompiledCandidate,
  vacancies: readonly CompiledVacancy[],
  options: RankOptions,
): Ranking {
  const tuple: [CompiledVacancy, CompiledCandidate] = [vacancies[0] as CompiledVacancy, candidate];
  return rank(
    vacancies.length,
    (i) => {
      tuple[0] = vacancies[i] as CompiledVacancy;
      return tuple;
    },
    (i) => vacancies[i]?.id ?? '',
    options,
  );
}

/** One pair, fully explained (admitted or not). */
export function evaluatePair(vacancy: CompiledVacancy, candidate: CompiledCandidate, options: PairOptions): PairResult {
  const asOfDay = dayNumber(options.asOf);
  if (Number.isNaN(asOfDay)) {
    throw new RangeError(`asOf is not a date: ${JSON.stringify(options.asOf)}`);
  }
  const s = new Scratch();
  if (screenPair(vacancy, candidate, s, options)) {
    scorePair(vacancy, candidate, s, asOfDay);
  }
  return describePair(vacancy, candidate, s, options);
}
