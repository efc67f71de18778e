import { describe, expect, it } from '@jest/globals';
import { factsHash, factsHashOfJson, stableJson } from './facts-hash.js';

const policy = { id: '00000000-0000-4000-8000-000000000001', version: 1, rowVersion: 2 };

describe('stableJson', () => {
  it('orders keys at every depth and drops undefined', () => {
    expect(stableJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });
});

describe('factsHash', () => {
  it('is the same for the same facts in any key order', () => {
    expect(factsHash({ revenue: 10, employees: 3 }, policy, '2025-01-01')).toBe(
      factsHash({ employees: 3, revenue: 10 }, policy, '2025-01-01'),
    );
  });

  it('changes with a fact, the policy row version and the day', () => {
    const base = factsHash({ revenue: 10 }, policy, '2025-01-01');
    expect(factsHash({ revenue: 11 }, policy, '2025-01-01')).not.toBe(base);
    expect(factsHash({ revenue: 10 }, { ...policy, rowVersion: 3 }, '2025-01-01')).not.toBe(base);
    expect(factsHash({ revenue: 10 }, policy, '2025-01-02')).not.toBe(base);
  });

  it('tells a missing fact from a zero', () => {
    expect(factsHash({ revenue: null }, policy, '2025-01-01')).not.toBe(
      factsHash({ revenue: 0 }, policy, '2025-01-01'),
    );
  });
});

describe('factsHashOfJson', () => {
  it('is factsHash with the facts text made beforehand (rows written before stay unchanged)', () => {
    for (const facts of [
      {},
      { revenue: 10, employees: 3 },
      { revenue: null, registeredAt: '2020-01-02', inZone: true },
    ]) {
      expect(factsHashOfJson(stableJson(facts), policy, '2025-01-01')).toBe(factsHash(facts, policy, '2025-01-01'));
    }
  });
});
