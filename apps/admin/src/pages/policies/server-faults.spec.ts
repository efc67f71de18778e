import { describe, expect, it } from '@jest/globals';
import { placeFault, placeFaults } from './server-faults';

const fault = (field: string, message = 'bad') => ({ field, message });

describe('API field faults in the policy editor', () => {
  it('puts rule faults on the rule field with their path in the rule', () => {
    expect(placeFault(fault("criteria.and[1]['>='][0]", '未知的指标'))).toEqual({
      name: ['criteria'],
      message: "and[1]['>='][0]: 未知的指标",
    });
    expect(placeFault(fault('benefitFormula'))).toEqual({ name: ['benefitFormula'], message: 'bad' });
  });

  it('puts test-case faults on the case, both path styles', () => {
    expect(placeFault(fault('testCases[2].facts.revenue', '“营业收入”应为数值'))).toEqual({
      name: ['testCases', 2, 'facts'],
      message: '“营业收入”应为数值',
    });
    expect(placeFault(fault('testCases.0.name'))).toEqual({ name: ['testCases', 0, 'name'], message: 'bad' });
    expect(placeFault(fault('testCases[1]'))).toEqual({ name: ['testCases', 1, 'name'], message: 'bad' });
  });

  it('keeps list fields whole and drops an input. prefix', () => {
    expect(placeFault(fault('targetIndustries[0]'))).toEqual({ name: ['targetIndustries'], message: '[0]: bad' });
    expect(placeFault(fault('input.code'))).toEqual({ name: ['code'], message: 'bad' });
  });

  it('groups by field and leaves unknown fields unplaced', () => {
    const { placed, unplaced } = placeFaults(
      [fault('criteria.and[0]', 'a'), fault('criteria.and[1]', 'b'), fault('asOf', 'c')],
      (name) => name[0] !== 'asOf',
    );
    expect(placed).toEqual([{ name: ['criteria'], errors: ['and[0]: a', 'and[1]: b'] }]);
    expect(unplaced).toEqual([fault('asOf', 'c')]);
  });
});
