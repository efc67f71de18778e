import { describe, expect, it } from '@jest/globals';
import type { DataSource, QueryRunner } from 'typeorm';
import { REFERENCE_CACHE_TTL_MS, ReferenceCache } from './reference-cache.js';

class Thing {}

function setup() {
  const dataSource = { subscribers: [] as unknown[] } as unknown as DataSource;
  let reads = 0;
  let name = 'A';
  const cache = new ReferenceCache(
    dataSource,
    Thing,
    async () => {
      reads++;
      return [{ id: '1', name }];
    },
    (rows) => new Map(rows.map((row) => [row.id, row.name])),
  );
  return {
    cache,
    dataSource,
    reads: () => reads,
    rename: (to: string) => (name = to),
  };
}

const runner = (isTransactionActive: boolean) => ({ isTransactionActive }) as unknown as QueryRunner;

describe('ReferenceCache', () => {
  it('registers as a subscriber of its entity and reads once while fresh', async () => {
    const { cache, dataSource, reads } = setup();
    expect(dataSource.subscribers).toEqual([cache]);
    expect(cache.listenTo()).toBe(Thing);
    const now = Date.now();
    expect((await cache.get(now)).get('1')).toBe('A');
    await cache.get(now + 1);
    expect(reads()).toBe(1);
    await cache.get(now + REFERENCE_CACHE_TTL_MS + 1);
    expect(reads()).toBe(2);
  });

  it('drops the snapshot on a write and again when the writing transaction commits', async () => {
    const { cache, reads, rename } = setup();
    await cache.get();
    const tx = runner(true);
    rename('B');
    cache.afterUpdate({ queryRunner: tx });
    // A read inside the uncommitted window may see the old row and is kept…
    rename('A');
    expect((await cache.get()).get('1')).toBe('A');
    rename('B');
    // …until the commit drops it.
    cache.afterTransactionCommit({ queryRunner: tx });
    expect((await cache.get()).get('1')).toBe('B');
    expect(reads()).toBe(3);
    // Another runner's commit leaves it alone.
    cache.afterTransactionCommit({ queryRunner: runner(false) });
    await cache.get();
    expect(reads()).toBe(3);
  });

  it('does not keep a read that began before a drop', async () => {
    const { cache, reads } = setup();
    const pending = cache.get();
    cache.afterInsert({ queryRunner: runner(false) });
    await pending;
    await cache.get();
    expect(reads()).toBe(2);
  });

  it('peeks at the snapshot only once it is read and while get would answer it', async () => {
    const { cache, reads, rename } = setup();
    const now = Date.now();
    expect(cache.peek(now)).toBeUndefined();
    const pending = cache.get(now);
    expect(cache.peek(now)).toBeUndefined(); // still being read
    await pending;
    expect(cache.peek(now + 1)?.get('1')).toBe('A');
    expect(cache.peek(now + REFERENCE_CACHE_TTL_MS + 1)).toBeUndefined();
    rename('B');
    cache.afterUpdate({ queryRunner: runner(false) });
    expect(cache.peek(now + 1)).toBeUndefined();
    // A read that began before a drop is not peeked at either.
    const raced = cache.get(now);
    cache.afterInsert({ queryRunner: runner(false) });
    await raced;
    expect(cache.peek(now)).toBeUndefined();
    expect((await cache.get(now)).get('1')).toBe('B');
    expect(cache.peek(now)?.get('1')).toBe('B');
    expect(reads()).toBe(3);
  });
});
