import { describe, expect, it } from 'vitest';
import { SearchCache } from './knowledge.search-cache.js';

describe('search result cache', () => {
  it('drops the least recently used answer when full, not the one just read', () => {
    const cache = new SearchCache<{ n: number }>(2);
    cache.set('a', { n: 1 });
    cache.set('b', { n: 2 });
    expect(cache.get('a')).toEqual({ n: 1 }); // a is now the most recent
    cache.set('c', { n: 3 });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual({ n: 1 });
    expect(cache.get('c')).toEqual({ n: 3 });
    expect(cache.size).toBe(2);
    expect(cache.hits).toBe(3);
    expect(cache.misses).toBe(1);
  });

  it('freezes what it keeps, nested objects too', () => {
    const cache = new SearchCache<{ items: { title: string }[] }>(5);
    const kept = cache.set('k', { items: [{ title: 'x' }] });
    expect(() => {
      (kept.items[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(cache.get('k')!.items[0]!.title).toBe('x');
  });
});
