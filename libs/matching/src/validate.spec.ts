import { describe, it, expect } from '@jest/globals';
import { validateBenefit, validateRule, type RuleFault } from './validate.js';

const codes = (faults: RuleFault[]): [string, string][] => faults.map((f) => [f.code, f.path]);

describe('validateRule', () => {
  it('accepts well-formed rules over the vocabulary', () => {
    const good = [
      {
        and: [{ '>=': [{ var: 'rdRatio' }, 0.04] }, { var: 'inZone' }, { '==': [{ var: 'seriousDishonesty' }, false] }],
      },
      { or: [{ in: [{ var: 'tier' }, ['HIGH_TECH', 'LEADING']] }, { '!': { var: 'majorIncidentLastYear' } }] },
      { '<=': [1, { var: 'employees' }, 500] },
      { '<': [0, { var: 'revenue' }, 2e8] },
      { '>=': [{ '+': [{ var: 'inventionPatents' }, { var: 'otherIp' }] }, 1] },
      { '<=': [{ var: 'registeredAt' }, '2020-12-31'] },
      { '==': [{ var: 'industry' }, null] },
      { in: ['BIO', { var: 'chainSegment' }] },
      { '>=': [{ var: ['employees', 0] }, 10] },
      { if: [{ var: 'inZone' }, { '>=': [{ var: 'employees' }, 5] }, false] },
      { '!!': [{ var: 'isHighTechCertified' }] },
      {
        '>=': [{ min: [{ var: 'revenue' }, { max: [{ var: 'taxPaid' }, 1] }] }, { '*': [{ var: 'totalAssets' }, 0.1] }],
      },
      true,
    ];
    for (const rule of good) expect(validateRule(rule)).toEqual([]);
  });

  it('reports an unknown fact at the var node', () => {
    expect(codes(validateRule({ and: [{ var: 'inZone' }, { '>=': [{ var: 'rdRatioo' }, 0.04] }] }))).toEqual([
      ['UNKNOWN_FACT', "and[1]['>='][0]"],
    ]);
  });

  it('reports operators that are not allowed', () => {
    expect(codes(validateRule({ and: [{ cat: ['a', 'b'] }, { some: [[1], { var: '' }] }, { log: 1 }] }))).toEqual([
      ['OPERATOR_NOT_ALLOWED', 'and[0]'],
      ['OPERATOR_NOT_ALLOWED', 'and[1]'],
      ['OPERATOR_NOT_ALLOWED', 'and[2]'],
    ]);
  });

  it('reports type mismatches at the offending operand', () => {
    const faults = validateRule({
      and: [
        { '>=': [{ var: 'rdRatio' }, '0.04'] }, // number fact vs string
        { '==': [{ var: 'inZone' }, 'true'] }, // boolean vs string
        { '>': [{ var: 'tier' }, 'HIGH_TECH'] }, // ordering on a string
        { '<=': [{ var: 'registeredAt' }, 2020] }, // date vs number
        { '==': [{ var: 'registeredAt' }, 'last year'] }, // date vs non-date string
        { '+': [{ var: 'industry' }, 1] }, // arithmetic on a string
        { in: [{ var: 'employees' }, 5] }, // in needs a list or a string
        { '==': [{ var: 'employees' }, { var: 'industry' }] }, // two facts of different types
      ],
    });
    expect(codes(faults)).toEqual([
      ['TYPE_MISMATCH', "and[0]['>='][1]"],
      ['TYPE_MISMATCH', "and[1]['=='][1]"],
      ['TYPE_MISMATCH', "and[2]['>'][1]"],
      ['TYPE_MISMATCH', "and[3]['<='][1]"],
      ['TYPE_MISMATCH', "and[4]['=='][1]"],
      ['TYPE_MISMATCH', "and[5]['+'][0]"],
      ['TYPE_MISMATCH', 'and[6].in[1]'],
      ['TYPE_MISMATCH', "and[7]['=='][1]"],
    ]);
    expect(faults[0].message.zh).toContain('rdRatio');
    expect(faults[0].message.en).toContain('type mismatch');
  });

  it('reports enum values outside the allowed ones, in comparisons and lists', () => {
    expect(
      codes(
        validateRule({
          or: [{ '==': [{ var: 'tier' }, 'GIANT'] }, { in: [{ var: 'ownership' }, ['STATE', 'MIXED']] }],
        }),
      ),
    ).toEqual([
      ['VALUE_NOT_ALLOWED', "or[0]['=='][1]"],
      ['VALUE_NOT_ALLOWED', 'or[1].in[1][1]'],
    ]);
  });

  it('checks free string facts against known codes when given', () => {
    const rule = { in: [{ var: 'industry' }, ['NEXT_GEN_IT', 'SPACE']] };
    expect(validateRule(rule)).toEqual([]);
    expect(codes(validateRule(rule, { knownValues: { industry: ['NEXT_GEN_IT', 'BIOMEDICINE'] } }))).toEqual([
      ['VALUE_NOT_ALLOWED', 'in[1][1]'],
    ]);
  });

  it('reports malformed nodes: no operator, two operators, wrong arity, bad var, non-finite numbers', () => {
    const faults = validateRule({
      and: [
        {},
        { '>=': [1, 2], '<=': [1, 2] },
        { '>=': [{ var: 'employees' }] },
        { '!': [true, false] },
        { var: 3 },
        { '>': [{ var: 'employees' }, Infinity] },
      ],
    });
    expect(codes(faults)).toEqual([
      ['MALFORMED_NODE', 'and[0]'],
      ['MALFORMED_NODE', 'and[1]'],
      ['MALFORMED_NODE', "and[2]['>=']"],
      ['MALFORMED_NODE', "and[3]['!']"],
      ['MALFORMED_NODE', 'and[4].var'],
      ['MALFORMED_NODE', "and[5]['>'][1]"],
    ]);
    expect(codes(validateRule({ and: [] }))).toEqual([['MALFORMED_NODE', 'and']]);
    expect(codes(validateRule({ '>': [1, 2, 3] }))).toEqual([['MALFORMED_NODE', "['>']"]]);
  });

  it('reports every fault, not just the first', () => {
    expect(validateRule({ and: [{ var: 'x' }, { var: 'y' }, { foo: [] }] })).toHaveLength(3);
  });

  it('writes every message in zh-CN and en-US', () => {
    const faults = validateRule({
      and: [{}, { foo: 1 }, { var: 'x' }, { '>': [{ var: 'tier' }, 1] }, { '==': [{ var: 'tier' }, 'X'] }],
    });
    expect(new Set(faults.map((f) => f.code)).size).toBe(5);
    for (const f of faults) {
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message.en).toMatch(/[a-z]/);
    }
  });

  it('wants a condition at the root of criteria and a number at the root of a benefit formula', () => {
    expect(codes(validateRule({ var: 'employees' }))).toEqual([['TYPE_MISMATCH', '']]);
    expect(codes(validateRule(5))).toEqual([['TYPE_MISMATCH', '']]);
    expect(validateBenefit({ '*': [{ var: 'rdExpense' }, 0.25] })).toEqual([]);
    expect(validateBenefit(200000)).toEqual([]);
    expect(validateBenefit({ if: [{ var: 'inZone' }, 100, 0] })).toEqual([]);
    expect(codes(validateBenefit({ '>=': [{ var: 'rdExpense' }, 1] }))).toEqual([['TYPE_MISMATCH', '']]);
  });
});
