/**
 * Seeded randomness for the synthetic dataset: a small fast generator (sfc32, seeded through splitmix32),
 * the distributions the generator draws from, and the job-tenure sampler. Pure: no I/O, no clock.
 *
 * Job tenure is log-normal: median {@link TENURE.medianDays} days, σ = {@link TENURE.sigma} on the log scale.
 * That puts a little over half of the jobs ending within 6 months and gives a mean of about 8 months —
 * close to the IPS benchmark of a mean first-job tenure of 9.6 months (Bond & Kukla 2011, DOMAIN §1.3)
 * once jobs still running are counted; docs/domain/indicators.md "Time to event".
 */

export interface Rng {
  /** A uniform number in [0, 1). */
  next(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 seeded from `seed` (any whole number); the same seed gives the same sequence. */
export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const rng: Rng = {
    next() {
      a >>>= 0;
      b >>>= 0;
      c >>>= 0;
      d >>>= 0;
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    },
  };
  for (let i = 0; i < 12; i++) {
    rng.next();
  }
  return rng;
}

/** A whole number in [min, max]. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)]!;
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** An exponential draw with the given mean. */
export function exponential(rng: Rng, mean: number): number {
  return -Math.log(1 - rng.next()) * mean;
}

/** Weighted choice: `weights` need not sum to 1. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(private readonly items: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [, w] of items) {
      if (!(w >= 0)) {
        throw new Error('weights must be zero or more');
      }
      sum += w;
      this.cumulative.push(sum);
    }
    if (sum <= 0) {
      throw new Error('at least one weight must be positive');
    }
    this.total = sum;
  }
  draw(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return this.items[lo]![0];
  }
}

/** Job tenure: log-normal in days (see the file comment). */
export const TENURE = { medianDays: 160, sigma: 1.05, minDays: 3, maxDays: 3650 } as const;

/** Days a job lasts (when nothing censors it), at least {@link TENURE.minDays}. */
export function sampleTenureDays(rng: Rng): number {
  const days = Math.round(TENURE.medianDays * Math.exp(TENURE.sigma * normal(rng)));
  return Math.min(TENURE.maxDays, Math.max(TENURE.minDays, days));
}
