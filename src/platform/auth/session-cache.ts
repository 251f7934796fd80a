/**
 * A short-lived, per-process cache of session look-ups, so that a page full of API calls does not hit
 * the sessions table on every request.
 *
 * Safety: any change made through this process (every non-GET request) empties the cache, so within
 * one instance a logout, password change, block or role change takes effect at once. Across several
 * instances, a session ended on another instance can keep working here for at most `ttlMs`
 * (SESSION_CACHE_MS, default 2 s; 0 turns the cache off). See docs/adr/0007.
 */
import type { SessionRow } from './sessions.data.js';

export class SessionCache {
  private readonly entries = new Map<string, { session: SessionRow; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string): SessionRow | null {
    if (this.ttlMs === 0) {
      return null;
    }
    const entry = this.entries.get(tokenHash);
    if (!entry) {
      return null;
    }
    if (entry.until < Date.now() || entry.session.expires_at.getTime() <= Date.now()) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.session;
  }

  set(tokenHash: string, session: SessionRow): void {
    if (this.ttlMs === 0) {
      return;
    }
    if (this.entries.size >= this.maxEntries) {
      // Drop the oldest entry (Map keeps insertion order).
      const first = this.entries.keys().next().value;
      if (first !== undefined) {
        this.entries.delete(first);
      }
    }
    this.entries.set(tokenHash, { session, until: Date.now() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}
