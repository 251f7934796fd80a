/**
 * The public search's result cache (ADR 0012, "Result cache"). Searches on a public portal repeat (the same
 * popular words, the same facet links), and a broad search counts facets over thousands of matches. An
 * answer is kept per process, keyed by the exact search and the corpus generation (migrations/0020): any
 * change to knowledge_items makes a new generation, so a cached answer is never served for a corpus it was
 * not computed on, also with several server processes on one database. Least recently used answers go
 * first; answers are frozen so that no caller can change what the next caller gets.
 */
export class SearchCache<T> {
  private readonly entries = new Map<string, T>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries: number) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses += 1;
      return undefined;
    }
    // Move to the back: the Map's insertion order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, value);
    this.hits += 1;
    return value;
  }

  set(key: string, value: T): T {
    const frozen = deepFreeze(value);
    this.entries.delete(key);
    this.entries.set(key, frozen);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return frozen;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as object)) {
      deepFreeze(inner);
    }
  }
  return value;
}
