import { describe, expect, it } from '@jest/globals';
import { toFilterInput } from './list-variables';

describe('toFilterInput', () => {
  it('turns Refine filters into the API filter input', () => {
    expect(
      toFilterInput([
        { field: 'kind', operator: 'eq', value: 'ZONE' },
        { field: 'search', operator: 'contains', value: '  临空 ' },
      ]),
    ).toEqual({ kind: 'ZONE', search: '临空' });
  });

  it('leaves out empty values and gives undefined when nothing is left', () => {
    expect(
      toFilterInput([
        { field: 'kind', operator: 'eq', value: undefined },
        { field: 'search', operator: 'contains', value: '' },
        { field: 'ids', operator: 'in', value: [] },
      ]),
    ).toBeUndefined();
    expect(toFilterInput(undefined)).toBeUndefined();
  });
});
