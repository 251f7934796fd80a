import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionCache } from './session-cache.js';
import type { SessionRow } from './sessions.data.js';

const session = (expiresInMs: number): SessionRow => ({
  id: 's1',
  user_id: 'u1',
  state: 'active',
  auth_method: 'password',
  csrf_token: 'c',
  created_at: new Date(),
  last_seen_at: new Date(),
  expires_at: new Date(Date.now() + expiresInMs),
  user_language: 'nl',
  memberships: [],
});

afterEach(() => {
  vi.useRealTimers();
});

describe('session cache', () => {
  it('reuses a look-up for its time to live, then forgets it', () => {
    vi.useFakeTimers();
    const cache = new SessionCache(2000);
    cache.set('h', session(60_000));
    expect(cache.get('h')?.id).toBe('s1');
    vi.advanceTimersByTime(2001);
    expect(cache.get('h')).toBeNull();
  });

  it('never returns a session past its own expiry, and clear() forgets everything', () => {
    vi.useFakeTimers();
    const cache = new SessionCache(10_000);
    cache.set('short', session(500));
    cache.set('long', session(60_000));
    vi.advanceTimersByTime(600);
    expect(cache.get('short')).toBeNull();
    expect(cache.get('long')).not.toBeNull();
    cache.clear();
    expect(cache.get('long')).toBeNull();
  });

  it('is off with a time to live of 0 and bounded in size', () => {
    const off = new SessionCache(0);
    off.set('h', session(60_000));
    expect(off.get('h')).toBeNull();
    const small = new SessionCache(10_000, 2);
    small.set('a', session(60_000));
    small.set('b', session(60_000));
    small.set('c', session(60_000));
    expect(small.get('a')).toBeNull();
    expect(small.get('c')).not.toBeNull();
  });
});
