import { describe, expect, it } from 'vitest';
import { createVersionedCache, deepFreeze } from './versioned-cache';

describe('createVersionedCache', () => {
  it('answers an entry only for the version it was read at', () => {
    const cache = createVersionedCache<string>(10);
    cache.set('a', 3, 'page');
    expect(cache.get('a', 3)).toBe('page');
    expect(cache.get('a', 4)).toBeUndefined();
    // The stale entry is gone, not kept for an older reader.
    expect(cache.get('a', 3)).toBeUndefined();
  });

  it('drops the least recently used entry past its size', () => {
    const cache = createVersionedCache<number>(2);
    cache.set('a', 1, 1);
    cache.set('b', 1, 2);
    expect(cache.get('a', 1)).toBe(1);
    cache.set('c', 1, 3);
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBe(1);
    expect(cache.get('c', 1)).toBe(3);
    expect(cache.size).toBe(2);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays so a caller cannot change a cached value', () => {
    const page = deepFreeze({ items: [{ name: '坪山区人民法院' }], total: 1 });
    expect(Object.isFrozen(page.items[0])).toBe(true);
    expect(() => {
      (page.items as { name: string }[]).push({ name: 'x' });
    }).toThrow();
  });
});
