import { describe, expect, it } from '@jest/globals';
import { readsAnyOf } from './query-tags';

describe('readsAnyOf', () => {
  it("matches Refine's resource queries by their resource", () => {
    expect(readsAnyOf(['data', 'default', 'parks', 'list', { pagination: {} }], ['parks'])).toBe(true);
    expect(readsAnyOf(['data', 'default', 'parks', 'one', '7', {}], ['applications', 'parks'])).toBe(true);
    expect(readsAnyOf(['data', 'default', 'policies', 'list', {}], ['parks'])).toBe(false);
  });

  it('matches tagged custom queries by their tag, and only those', () => {
    const key = (resource?: string) => ['data', 'default', 'custom', { method: 'get', url: '', resource }];
    expect(readsAnyOf(key('notifications'), ['notifications'])).toBe(true);
    expect(readsAnyOf(key('enterprises'), ['notifications'])).toBe(false);
    expect(readsAnyOf(key(), ['notifications'])).toBe(false);
  });

  it('leaves sessions and access checks alone', () => {
    expect(readsAnyOf(['auth', 'identity'], ['users'])).toBe(false);
    expect(readsAnyOf(['access', 'users', 'list'], ['users'])).toBe(false);
  });
});
