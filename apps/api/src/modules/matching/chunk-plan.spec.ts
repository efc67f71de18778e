import { describe, expect, it } from '@jest/globals';
import { planChunks } from './chunk-plan.js';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('planChunks', () => {
  it('covers every id once, in closed ranges of at most the size', () => {
    expect(planChunks(ids, 2, 3)).toEqual([
      { chunkNo: 3, fromId: 'a', toId: 'b', size: 2 },
      { chunkNo: 4, fromId: 'c', toId: 'd', size: 2 },
      { chunkNo: 5, fromId: 'e', toId: 'e', size: 1 },
    ]);
  });

  it('plans nothing for no ids and one chunk when they fit', () => {
    expect(planChunks([], 500)).toEqual([]);
    expect(planChunks(ids, 500)).toEqual([{ chunkNo: 0, fromId: 'a', toId: 'e', size: 5 }]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => planChunks(ids, 0)).toThrow(RangeError);
  });
});
