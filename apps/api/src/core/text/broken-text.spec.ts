import { describe, expect, it } from '@jest/globals';
import { findTextFaults, MAX_ARGUMENT_DEPTH } from './broken-text.js';

describe('findTextFaults', () => {
  it('finds NUL bytes and lone surrogates, with their path, and passes real text', () => {
    expect(findTextFaults({ name: '新疆某某科技 😀', tags: ['ok'] }, 'input')).toEqual([]);
    expect(findTextFaults({ name: 'a\u0000b', tags: ['ok', '\uD800'] }, 'input')).toEqual(
      expect.arrayContaining([
        { path: 'input.name', kind: 'BROKEN_TEXT' },
        { path: 'input.tags[1]', kind: 'BROKEN_TEXT' },
      ]),
    );
    expect(findTextFaults('\uDC00x', 'note')).toEqual([{ path: 'note', kind: 'BROKEN_TEXT' }]);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = { a: deep };
    expect(findTextFaults(deep, 'criteria')).toEqual([expect.objectContaining({ kind: 'TOO_DEEP' })]);
    let shallow: unknown = 'x';
    for (let i = 0; i < MAX_ARGUMENT_DEPTH - 1; i += 1) shallow = [shallow];
    expect(findTextFaults(shallow, 'criteria')).toEqual([]);
  });
});
