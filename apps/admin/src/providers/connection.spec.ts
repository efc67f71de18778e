import { describe, expect, it } from '@jest/globals';
import { CursorBook, isConnection, rootField } from './connection';

describe('connection helpers', () => {
  it('reads the one root field of a response', () => {
    expect(rootField({ parks: [1, 2] })).toEqual([1, 2]);
    expect(rootField(null)).toBeUndefined();
  });

  it('tells a connection from a plain list', () => {
    expect(isConnection({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 })).toBe(true);
    expect(isConnection([])).toBe(false);
  });

  it('remembers the end cursor of each page, per list query', () => {
    const book = new CursorBook();
    expect(book.known('a')).toEqual([null]);
    book.record('a', 0, 'c1');
    book.record('a', 1, 'c2');
    expect(book.known('a')).toEqual([null, 'c1', 'c2']);
    expect(book.known('b')).toEqual([null]);
  });
});
