import { describe, expect, it } from '@jest/globals';
import { exportColumns, exportKindOf, gapFactsOf } from './qualifier-export-columns.js';
import type { PolicyMatchRecord } from './policy-match.entity.js';
import { gapWords } from './qualifier-words.js';

const criteria = {
  and: [
    { '==': [{ var: 'inZone' }, true] },
    { '>=': [{ var: 'rdRatio' }, 0.03] },
    { '<=': [1, { var: 'employees' }, 500] },
  ],
};

describe('qualifier export columns', () => {
  it('takes the list from the filter', () => {
    expect(exportKindOf({ outcome: 'ELIGIBLE' })).toBe('qualified');
    expect(exportKindOf({ nearMiss: true })).toBe('nearMisses');
    expect(exportKindOf({ outcome: 'NEEDS_INFO' })).toBe('needsInfo');
    expect(exportKindOf({})).toBe('all');
  });

  it('has one gap column per numeric fact the criteria compare, and one more for computed subjects', () => {
    expect(gapFactsOf(criteria)).toEqual({ facts: ['rdRatio', 'employees'], computed: false });
    expect(gapFactsOf({ '>': [{ '/': [{ var: 'taxPaid' }, { var: 'employees' }] }, 1000] }).computed).toBe(true);
  });

  it('says each gap in words under its fact, in the caller language', () => {
    const match = {
      outcome: 'INELIGIBLE',
      benefit: 0,
      missingFacts: [],
      gaps: [{ fact: 'rdRatio', value: 0.036, threshold: 0.04, gap: 0.004, direction: 'short' }],
    } as unknown as PolicyMatchRecord;
    const columns = exportColumns('nearMisses', criteria, 'zh-CN', () => undefined);
    expect(columns.map((c) => c.header).slice(5)).toEqual(['差距：近一年研发费用占销售收入比例', '差距：职工总数']);
    expect(columns.map((c) => c.value({ match, enterprise: undefined })).slice(5)).toEqual([
      '近一年研发费用占销售收入比例 3.6%，需 ≥ 4%',
      '',
    ]);
    expect(gapWords(match.gaps[0]).en).toBe('R&D ratio (last fiscal year) 3.6 %, needs ≥ 4 %');
  });
});
