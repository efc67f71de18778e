import { describe, it, expect } from '@jest/globals';
import { clampBenefit, compileBenefit } from './benefit.js';
import { RuleValidationError } from './compile.js';
import { compilePolicy, evaluatePolicy, type PolicyRules } from './policy.js';
import { applyStackingGroups } from './stacking.js';
import { runTestCases } from './test-cases.js';
import { ENGINE_VERSION } from './version.js';

const superDeduction: PolicyRules = {
  criteria: { and: [{ '>': [{ var: 'rdExpense' }, 0] }, { '!': { var: 'seriousDishonesty' } }] },
  benefitFormula: { '*': [{ var: 'rdExpense' }, 1, 0.25] },
  maxBenefit: 1_000_000,
};

describe('compileBenefit', () => {
  it('computes yuan from facts, with if allowed', () => {
    const b = compileBenefit({ if: [{ var: 'inZone' }, { '*': [{ var: 'employees' }, 1000] }, 0] });
    expect(b.evaluate({ inZone: true, employees: 12 })).toEqual({
      amount: 12000,
      raw: 12000,
      capped: false,
      missingFacts: [],
    });
    expect(b.evaluate({ inZone: false, employees: 12 }).amount).toBe(0);
  });

  it('caps at the maximum benefit', () => {
    expect(compileBenefit({ '*': [{ var: 'rdExpense' }, 0.25] }).evaluate({ rdExpense: 1e8 }, 500000)).toMatchObject({
      amount: 500000,
      capped: true,
    });
  });

  it('turns NaN, negative and non-numeric results into 0', () => {
    expect(clampBenefit(NaN, null).amount).toBe(0);
    expect(clampBenefit(-5, null).amount).toBe(0);
    expect(clampBenefit('100', null).amount).toBe(0);
    expect(clampBenefit(null, null).amount).toBe(0);
    expect(
      compileBenefit({ '/': [{ var: 'rdExpense' }, { var: 'revenue' }] }).evaluate({ rdExpense: 0, revenue: 0 }).amount,
    ).toBe(0);
  });

  it('rounds to the fen', () => {
    expect(clampBenefit(100.456, null).amount).toBe(100.46);
  });

  it('reports the facts a formula lacks', () => {
    expect(compileBenefit({ '*': [{ var: 'rdExpense' }, 0.25] }).evaluate({})).toEqual({
      amount: 0,
      raw: null,
      capped: false,
      missingFacts: ['rdExpense'],
    });
  });

  it('refuses a formula that is not a number', () => {
    expect(() => compileBenefit({ '>': [{ var: 'rdExpense' }, 1] })).toThrow(RuleValidationError);
  });
});

describe('evaluatePolicy', () => {
  it('pays the estimated benefit only when ELIGIBLE', () => {
    const eligible = evaluatePolicy(superDeduction, { rdExpense: 2_000_000, seriousDishonesty: false }, '2024-06-30');
    expect(eligible).toMatchObject({
      outcome: 'ELIGIBLE',
      benefit: 500_000,
      missingFacts: [],
      inEffect: true,
      asOf: '2024-06-30',
      engineVersion: ENGINE_VERSION,
    });
    expect(
      evaluatePolicy(superDeduction, { rdExpense: 2_000_000, seriousDishonesty: true }, '2024-06-30'),
    ).toMatchObject({ outcome: 'INELIGIBLE', benefit: 0 });
    expect(evaluatePolicy(superDeduction, { rdExpense: 2_000_000 }, '2024-06-30')).toMatchObject({
      outcome: 'NEEDS_INFO',
      benefit: 0,
      missingFacts: ['seriousDishonesty'],
    });
  });

  it('derives facts as of the date (registeredYears)', () => {
    const policy: PolicyRules = {
      criteria: { '>=': [{ var: 'registeredYears' }, 1] },
      benefitFormula: 0,
      maxBenefit: null,
    };
    expect(evaluatePolicy(policy, { registeredAt: '2023-05-10' }, '2024-05-10').outcome).toBe('ELIGIBLE');
    expect(evaluatePolicy(policy, { registeredAt: '2023-05-10' }, '2024-05-09').outcome).toBe('INELIGIBLE');
  });

  it('asks for the facts the benefit needs when the criteria do not', () => {
    const policy: PolicyRules = {
      criteria: { var: 'inZone' },
      benefitFormula: { '*': [{ var: 'taxPaid' }, 0.1] },
      maxBenefit: null,
    };
    expect(evaluatePolicy(policy, { inZone: true }, '2024-01-01')).toMatchObject({
      outcome: 'ELIGIBLE',
      benefit: 0,
      benefitMissingFacts: ['taxPaid'],
      missingFacts: ['taxPaid'],
    });
  });

  it('is INELIGIBLE outside the effective dates, when they are given', () => {
    const dated = { ...superDeduction, effectiveFrom: '2023-01-01', effectiveTo: '2023-12-31' };
    const facts = { rdExpense: 100, seriousDishonesty: false };
    expect(evaluatePolicy(dated, facts, '2023-12-31')).toMatchObject({ outcome: 'ELIGIBLE', inEffect: true });
    expect(evaluatePolicy(dated, facts, '2024-01-01')).toMatchObject({
      outcome: 'INELIGIBLE',
      inEffect: false,
      benefit: 0,
    });
    expect(evaluatePolicy(dated, facts, '2022-12-31')).toMatchObject({ outcome: 'INELIGIBLE', inEffect: false });
  });

  it('compiles once and evaluates many profiles', () => {
    const compiled = compilePolicy(superDeduction);
    const outcomes = [100, 0].map(
      (rdExpense) => compiled.evaluate({ rdExpense, seriousDishonesty: false }, '2024-01-01').outcome,
    );
    expect(outcomes).toEqual(['ELIGIBLE', 'INELIGIBLE']);
  });
});

describe('runTestCases', () => {
  it('reports each case with expected and actual outcome and benefit, within a fen', () => {
    const results = runTestCases(superDeduction, [
      {
        name: 'pays a quarter',
        facts: { rdExpense: 400, seriousDishonesty: false },
        expectedOutcome: 'ELIGIBLE',
        expectedBenefit: 100.005,
      },
      {
        name: 'wrong benefit',
        facts: { rdExpense: 400, seriousDishonesty: false },
        expectedOutcome: 'ELIGIBLE',
        expectedBenefit: 99,
      },
      { name: 'wrong outcome', facts: { rdExpense: 0 }, expectedOutcome: 'ELIGIBLE', expectedBenefit: 0 },
      { name: 'benefit not checked', facts: { rdExpense: 1 }, expectedOutcome: 'NEEDS_INFO', expectedBenefit: null },
    ]);
    expect(results.map((r) => [r.name, r.passed, r.actualOutcome, r.actualBenefit])).toEqual([
      ['pays a quarter', true, 'ELIGIBLE', 100],
      ['wrong benefit', false, 'ELIGIBLE', 100],
      ['wrong outcome', false, 'INELIGIBLE', 0],
      ['benefit not checked', true, 'NEEDS_INFO', 0],
    ]);
    expect(results[1]).toMatchObject({ outcomeMatches: true, benefitMatches: false });
    expect(results[2].explanation.length).toBeGreaterThan(0);
  });

  it('fails a case whose facts are invalid, with the faults', () => {
    const [r] = runTestCases(superDeduction, [
      { name: 'bad', facts: { rdExpense: 'lots' }, expectedOutcome: 'ELIGIBLE', expectedBenefit: 0 },
    ]);
    expect(r.passed).toBe(false);
    expect(r.factFaults.map((f) => f.path)).toEqual(['rdExpense']);
  });

  it('uses the case date, else the given date, else the policy start', () => {
    const policy: PolicyRules = {
      criteria: { '>=': [{ var: 'registeredYears' }, 1] },
      benefitFormula: 0,
      maxBenefit: null,
      effectiveFrom: '2024-01-01',
    };
    const facts = { registeredAt: '2023-01-01' };
    const [own, given, start] = [
      runTestCases(policy, [
        { name: 'a', facts, expectedOutcome: 'INELIGIBLE', expectedBenefit: 0, asOf: '2023-12-31' },
      ]),
      runTestCases(policy, [{ name: 'b', facts, expectedOutcome: 'ELIGIBLE', expectedBenefit: 0 }], {
        asOf: '2024-06-01',
      }),
      runTestCases(policy, [{ name: 'c', facts, expectedOutcome: 'ELIGIBLE', expectedBenefit: 0 }]),
    ];
    expect([own[0].passed, given[0].passed, start[0].passed]).toEqual([true, true, true]);
    expect(start[0].asOf).toBe('2024-01-01');
  });

  it('throws on an invalid rule', () => {
    expect(() => runTestCases({ ...superDeduction, criteria: { var: 'nope' } }, [])).toThrow(RuleValidationError);
  });
});

describe('applyStackingGroups', () => {
  it('pays only the largest benefit of a stacking group, everything outside groups', () => {
    const matches = [
      { code: 'A', stackingGroup: 'HT', benefit: 50_000, outcome: 'ELIGIBLE' as const },
      { code: 'B', stackingGroup: 'HT', benefit: 200_000, outcome: 'ELIGIBLE' as const },
      { code: 'C', stackingGroup: null, benefit: 10_000, outcome: 'ELIGIBLE' as const },
      { code: 'D', stackingGroup: 'HT', benefit: 900_000, outcome: 'NEEDS_INFO' as const },
      { code: 'E', stackingGroup: 'HT', benefit: 200_000 },
    ];
    const { items, totalBenefit } = applyStackingGroups(matches);
    expect(items.map((i) => [i.match.code, i.counts, i.supersededBy])).toEqual([
      ['A', false, 1],
      ['B', true, null],
      ['C', true, null],
      ['D', false, null],
      ['E', false, 1], // a tie goes to the first
    ]);
    expect(totalBenefit).toBe(210_000);
  });
});

describe('the worked example of README.md', () => {
  const criteria = {
    and: [
      { '>=': [{ var: 'registeredYears' }, 1] },
      { '>=': [{ var: 'techStaffRatio' }, 0.1] },
      {
        if: [
          { '<=': [{ var: 'revenue' }, 50000000] },
          { '>=': [{ var: 'rdRatio3y' }, 0.05] },
          { '<=': [{ var: 'revenue' }, 200000000] },
          { '>=': [{ var: 'rdRatio3y' }, 0.04] },
          { '>=': [{ var: 'rdRatio3y' }, 0.03] },
        ],
      },
    ],
  };
  const policy = { criteria, benefitFormula: { '*': [{ var: 'rdExpense' }, 0.25] }, maxBenefit: 1_000_000 };
  const facts = {
    registeredAt: '2022-03-01',
    employees: 80,
    techStaff: 12,
    revenue: 40_000_000,
    revenue3y: 100_000_000,
    rdExpense3y: 4_500_000,
    rdExpense: 1_600_000,
  };

  it('works as documented', () => {
    const r = evaluatePolicy(policy, facts, '2024-06-30');
    expect(r.outcome).toBe('INELIGIBLE');
    expect(r.benefit).toBe(0);
    expect(r.explanation.map((l) => l.context)).toEqual(['criteria', 'criteria', 'condition', 'criteria']);
    expect(r.explanation[3].text.zh).toBe('近三年研发费用占销售收入比例 ≥ 5%：不符合（实际：4.5%）');
    expect(r.nearMisses.map((m) => m.text.en)).toEqual([
      'R&D ratio (last three fiscal years) 4.5 %, needs ≥ 5 %: 0.5 percentage points short',
    ]);
    expect(evaluatePolicy(policy, { ...facts, rdExpense3y: null }, '2024-06-30')).toMatchObject({
      outcome: 'NEEDS_INFO',
      missingFacts: ['rdExpense3y'],
    });
    expect(evaluatePolicy(policy, { ...facts, techStaff: 5, rdExpense3y: null }, '2024-06-30').outcome).toBe(
      'INELIGIBLE',
    );
    expect(evaluatePolicy(policy, { ...facts, rdExpense3y: 5_000_000 }, '2024-06-30')).toMatchObject({
      outcome: 'ELIGIBLE',
      benefit: 400_000,
    });
  });
});
