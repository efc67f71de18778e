/** R&D subsidy: 10 % of last year's R&D, capped at 50万元, for in-zone firms with an R&D ratio ≥ 3 %. */
export function rdSubsidyInput(
  code: string,
  extraCase: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
) {
  return {
    code,
    title: '研发投入补助（测试）',
    titleEn: 'R&D subsidy (test)',
    kind: 'SUBSIDY',
    criteria: { and: [{ '==': [{ var: 'inZone' }, true] }, { '>=': [{ var: 'rdRatio' }, 0.03] }] },
    benefitFormula: { '*': [{ var: 'rdExpense' }, 0.1] },
    maxBenefit: 500_000,
    effectiveFrom: '2024-01-01',
    testCases: [
      {
        name: '符合',
        facts: { inZone: true, revenue: 10_000_000, rdExpense: 400_000 },
        expectedOutcome: 'ELIGIBLE',
        expectedBenefit: 40_000,
      },
      {
        name: '研发不足',
        facts: { inZone: true, revenue: 10_000_000, rdExpense: 200_000 },
        expectedOutcome: 'INELIGIBLE',
        expectedBenefit: 0,
      },
      extraCase,
    ],
    ...overrides,
  };
}
