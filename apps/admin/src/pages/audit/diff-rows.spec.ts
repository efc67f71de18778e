import { describe, expect, it } from '@jest/globals';
import { diffRows } from './diff-rows';

describe('diffRows', () => {
  it('lines up every field of both snapshots and marks the changed ones', () => {
    const rows = diffRows(
      { name: '甲', active: true, tags: ['a'] },
      { name: '乙', active: true, tags: ['a'], role: 'ADMIN' },
    );
    expect(rows).toEqual([
      { field: 'active', before: true, after: true, changed: false },
      { field: 'name', before: '甲', after: '乙', changed: true },
      { field: 'role', before: undefined, after: 'ADMIN', changed: true },
      { field: 'tags', before: ['a'], after: ['a'], changed: false },
    ]);
  });

  it('reads a creation (no before) and a bare action (neither) without failing', () => {
    expect(diffRows(null, { id: 'x' })).toEqual([{ field: 'id', before: undefined, after: 'x', changed: true }]);
    expect(diffRows(null, null)).toEqual([]);
    expect(diffRows('not an object', 3)).toEqual([]);
  });
});
