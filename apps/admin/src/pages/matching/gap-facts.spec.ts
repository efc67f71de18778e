import { describe, expect, it } from '@jest/globals';
import { gapFactsOf } from './gap-facts';

describe('gapFactsOf', () => {
  it('lists the numeric facts a rule compares, once each, in order; not the others', () => {
    const criteria = {
      and: [
        { '==': [{ var: 'inZone' }, true] },
        { '>=': [{ var: 'rdRatio' }, 0.03] },
        { or: [{ '>': [{ var: 'revenue' }, 1e7] }, { '<=': [1, { var: 'rdRatio' }, 5] }] },
        { in: [{ var: 'industry' }, ['NEXT_GEN_IT']] },
      ],
    };
    expect(gapFactsOf(criteria)).toEqual(['rdRatio', 'revenue']);
    expect(gapFactsOf(null)).toEqual([]);
  });
});
