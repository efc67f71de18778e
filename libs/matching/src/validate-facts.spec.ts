import { describe, it, expect } from '@jest/globals';
import { FACT_NAMES } from './facts.js';
import { validateStoredFacts } from './validate-facts.js';

const messages = (input: unknown) =>
  validateStoredFacts(input).map((f) => [f.code, f.path, f.message.zh, f.message.en]);

describe('validateStoredFacts', () => {
  it('accepts stored facts of the right types, null as not entered', () => {
    expect(validateStoredFacts({ revenue: 5e6, inZone: true, tier: 'HIGH_TECH', registeredAt: '2020-01-02' })).toEqual(
      [],
    );
    expect(validateStoredFacts({ revenue: null, tier: null })).toEqual([]);
  });

  it('names facts by their labels, never by their keys', () => {
    const faults = validateStoredFacts({
      rdExpense: '100',
      employees: 2.5,
      inZone: 'yes',
      registeredAt: '2020-13-01',
      tier: 'BIG',
      rdRatio: 0.05,
    });
    expect(faults.map((f) => [f.code, f.path])).toEqual([
      ['TYPE_MISMATCH', 'rdExpense'],
      ['TYPE_MISMATCH', 'employees'],
      ['TYPE_MISMATCH', 'inZone'],
      ['TYPE_MISMATCH', 'registeredAt'],
      ['VALUE_NOT_ALLOWED', 'tier'],
      ['DERIVED_FACT', 'rdRatio'],
    ]);
    for (const fault of faults) {
      // No fact's key appears in the reasons (English labels may hold the same word: "Enterprise tier").
      for (const key of FACT_NAMES) {
        expect(fault.message.zh).not.toMatch(new RegExp(`\\b${key}\\b`));
        expect(fault.message.en).not.toContain(`"${key}"`);
      }
    }
    expect(faults[0]?.message).toEqual({
      zh: '“近一年研发费用”应为数值',
      en: '"R&D expense (last fiscal year)" must be a number',
    });
    expect(faults[5]?.message.zh).toBe(
      '“近一年研发费用占销售收入比例”由“近一年研发费用”、“近一年销售（营业）收入”计算得出，请填写这些指标',
    );
  });

  it('shows the allowed codes of a coded fact beside their labels', () => {
    const [fault] = validateStoredFacts({ tier: '高新' });
    expect(fault?.message.zh).toContain('高新技术企业 HIGH_TECH');
    expect(fault?.message.zh).toMatch(/^“企业梯队”的取值“高新”不在允许范围内/);
    expect(fault?.message.en).toContain('High-tech enterprise HIGH_TECH');
  });

  it('points a label typed as a key to the key the JSON view needs', () => {
    expect(messages({ 所属产业: '新材料', Revenue: 1 })).toEqual([
      ['UNKNOWN_FACT', '所属产业', expect.stringContaining('"industry"'), expect.stringContaining('"industry"')],
      ['UNKNOWN_FACT', 'Revenue', expect.stringContaining('未知的指标'), 'Unknown indicator "Revenue"'],
    ]);
    expect(messages({ 'Revenue (last fiscal year)': 1 })[0]?.[3]).toContain('"revenue"');
  });

  it('refuses what is not an object', () => {
    for (const input of [null, [], 'x', 3])
      expect(validateStoredFacts(input).map((f) => f.code)).toEqual(['NOT_AN_OBJECT']);
  });
});
