import { describe, expect, it } from 'vitest';
import { CursorCache, type FetchStep } from './cursor-cache.js';

/** A fake list of `total` rows whose cursors are their indexes, counting page fetches. */
function fakeList(total: number) {
  const calls: { after: string | null; first: number }[] = [];
  const fetchStep: FetchStep = async (after, first) => {
    calls.push({ after, first });
    const start = after === null ? 0 : Number(after) + 1;
    const end = Math.min(total, start + first);
    return { endCursor: end > start ? String(end - 1) : null, hasNextPage: end < total };
  };
  return { calls, fetchStep };
}

describe('CursorCache', () => {
  it('needs no cursor for page 1', async () => {
    const cache = new CursorCache();
    const { calls, fetchStep } = fakeList(100);
    expect(await cache.afterFor('k', 1, 10, fetchStep)).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('walks to a far page once, then reuses the remembered cursors', async () => {
    const cache = new CursorCache();
    const { calls, fetchStep } = fakeList(100);
    expect(await cache.afterFor('k', 4, 10, fetchStep)).toBe('29');
    expect(calls.map((c) => c.after)).toEqual([null, '9', '19']);
    calls.length = 0;
    expect(await cache.afterFor('k', 3, 10, fetchStep)).toBe('19');
    expect(await cache.afterFor('k', 4, 10, fetchStep)).toBe('29');
    expect(calls).toHaveLength(0);
    expect(await cache.afterFor('k', 6, 10, fetchStep)).toBe('49');
    expect(calls.map((c) => c.after)).toEqual(['29', '39']);
  });

  it('moves page by page without extra requests when each page was remembered', async () => {
    const cache = new CursorCache();
    const { calls, fetchStep } = fakeList(100);
    cache.remember('k', 1, '9');
    expect(await cache.afterFor('k', 2, 10, fetchStep)).toBe('9');
    expect(calls).toHaveLength(0);
  });

  it('stops at the last row when the list is shorter than the page asked for', async () => {
    const cache = new CursorCache();
    const { calls, fetchStep } = fakeList(15);
    expect(await cache.afterFor('k', 5, 10, fetchStep)).toBe('14');
    expect(calls).toHaveLength(2);
  });

  it('keeps lists apart and forgets everything on clear', async () => {
    const cache = new CursorCache();
    cache.remember(CursorCache.key('agreements', { status: ['ACTIVE'] }, null, 10), 1, 'x');
    expect(cache.known(CursorCache.key('agreements', { status: ['DRAFT'] }, null, 10), 1)).toBeUndefined();
    expect(cache.known(CursorCache.key('agreements', { status: ['ACTIVE'] }, null, 10), 1)).toBe('x');
    cache.clear();
    expect(cache.known(CursorCache.key('agreements', { status: ['ACTIVE'] }, null, 10), 1)).toBeUndefined();
  });
});
