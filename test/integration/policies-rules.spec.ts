import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rdSubsidyInput } from '../support/policy-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Rule validation on save (each fault with its path, nothing saved) and trying rules on facts.

const CREATE = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id code version status } }';
const UPDATE =
  'mutation ($id: ID!, $input: PolicyInput!, $rowVersion: Int!) { updatePolicy(id: $id, input: $input, rowVersion: $rowVersion) { id rowVersion } }';
const EVALUATE = `query ($input: PolicyInput!, $facts: JSON!, $asOf: String) {
  evaluatePolicy(input: $input, facts: $facts, asOf: $asOf) {
    outcome benefit explanation explanationText missingFacts nearMisses nearMissText inEffect asOf engineVersion
  }
}`;
const RUN_CASES = `query ($input: PolicyInput!) {
  runPolicyTestCases(input: $input) { name passed expectedOutcome actualOutcome expectedBenefit actualBenefit explanationText factFaults }
}`;

const v = (fact: string) => ({ var: fact });

function rdSubsidy(code: string, overrides: Record<string, unknown> = {}) {
  const missing = {
    name: '缺研发费用',
    facts: { inZone: true, revenue: 10_000_000 },
    expectedOutcome: 'NEEDS_INFO',
    expectedBenefit: null,
  };
  return rdSubsidyInput(code, missing, overrides);
}

describe('policies: rules are validated, and can be tried on facts', () => {
  let api: TestApp;
  let admin: string;
  let staff: string;
  let enterprise: string;
  const count = async () => (await api.dataSource.query('SELECT count(*)::int AS n FROM policies'))[0].n as number;
  const faultsOf = (result: Awaited<ReturnType<TestApp['gql']>>) =>
    result.errors?.[0].extensions.fields?.map((f) => f.field);

  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    admin = await api.adminToken();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    enterprise = (await api.userWithRole('ENTERPRISE')).token;
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each([
    [
      'an unknown fact',
      { and: [{ '>=': [v('employees'), 10] }, { '>=': [v('rdIntensity'), 0.03] }] },
      "criteria.and[1]['>='][0]",
      /rdIntensity/,
    ],
    [
      'an operator that is not allowed',
      { and: [{ '>=': [v('employees'), 10] }, { merge: [[1], [2]] }] },
      'criteria.and[1]',
      /merge/,
    ],
    [
      'a number compared with a string',
      { and: [{ '>=': [v('revenue'), '5000万'] }] },
      "criteria.and[0]['>='][1]",
      /mismatch/,
    ],
    [
      'a malformed node',
      { and: [{ '>=': [v('employees'), 10], '<': [v('employees'), 500] }] },
      'criteria.and[0]',
      /exactly one operator/,
    ],
    ['an unknown industry code', { '==': [v('industry'), 'NOT_AN_INDUSTRY'] }, "criteria['=='][1]", /NOT_AN_INDUSTRY/],
  ])('refuses %s with its path, in both languages, and saves nothing', async (_what, criteria, path, english) => {
    const before = await count();
    const zh = await api.gql(CREATE, { input: rdSubsidy('TEST_BAD_RULE', { criteria }) }, { token: admin });
    expect(zh.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(faultsOf(zh)).toEqual([path]);
    expect(zh.data).toBeNull();
    const en = await api.gql(
      CREATE,
      { input: rdSubsidy('TEST_BAD_RULE', { criteria }) },
      { token: admin, locale: 'en-US' },
    );
    expect(en.errors?.[0].extensions.fields?.[0].message).toMatch(english);
    expect(en.errors?.[0].message).toContain(path);
    expect(zh.errors?.[0].extensions.fields?.[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(await count()).toBe(before);
  });

  it('reports every fault of one input at once: rules, formula, targets, dates and test-case facts', async () => {
    const before = await count();
    const input = rdSubsidy('TEST_MANY_FAULTS', {
      criteria: { and: [{ '>=': [v('rdIntensity'), 0.03] }, { reduce: [] }, {}] },
      benefitFormula: { '*': [v('industry'), 2] },
      targetIndustries: ['NEW_MATERIALS', 'NOPE'],
      targetParks: ['NOWHERE'],
      effectiveFrom: '2024-06-01',
      effectiveTo: '2024-01-01',
      testCases: [
        {
          name: '坏事实',
          facts: { revenue: 'lots', rdRatio: 0.1, colour: 'red' },
          expectedOutcome: 'ELIGIBLE',
          expectedBenefit: 0,
        },
        { name: '坏日期', facts: { registeredAt: '2023-02-30' }, expectedOutcome: 'ELIGIBLE', asOf: '2024-13-01' },
      ],
    });
    const result = await api.gql(CREATE, { input }, { token: admin });
    expect(faultsOf(result)).toEqual([
      "criteria.and[0]['>='][0]",
      'criteria.and[1]',
      'criteria.and[2]',
      "benefitFormula['*'][0]",
      'targetIndustries[1]',
      'targetParks[0]',
      'effectiveTo',
      'testCases[0].facts.revenue',
      'testCases[0].facts.rdRatio',
      'testCases[0].facts.colour',
      'testCases[1].facts.registeredAt',
      'testCases[1].asOf',
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses bad rules on update too, and leaves the draft as it was', async () => {
    const draft = (await api.gql(CREATE, { input: rdSubsidy('TEST_UPDATE_BAD') }, { token: admin })).data?.createPolicy;
    const before = await api.dataSource.query('SELECT criteria, "rowVersion" FROM policies WHERE id = $1', [draft.id]);
    const result = await api.gql(
      UPDATE,
      { id: draft.id, input: rdSubsidy('TEST_UPDATE_BAD', { criteria: { '>': [v('nope'), 1] } }), rowVersion: 1 },
      { token: admin },
    );
    expect(faultsOf(result)).toEqual(["criteria['>'][0]"]);
    expect(await api.dataSource.query('SELECT criteria, "rowVersion" FROM policies WHERE id = $1', [draft.id])).toEqual(
      before,
    );
  });

  // Keys like ">=" are no GraphQL names, so only rules without them can be literals; variables take any rule.
  it('takes rules written as GraphQL literals too', async () => {
    const result = await api.gql(
      `mutation { createPolicy(input: {
        code: "TEST_LITERAL", title: "字面量规则", titleEn: "Literal rule", kind: TAX,
        criteria: { and: [{ in: [{ var: "tier" }, ["HIGH_TECH", "LEADING"]] }] }, benefitFormula: 0
      }) { code criteria benefitFormula criteriaText } }`,
      {},
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createPolicy).toEqual({
      code: 'TEST_LITERAL',
      criteria: { and: [{ in: [{ var: 'tier' }, ['HIGH_TECH', 'LEADING']] }] },
      benefitFormula: 0,
      criteriaText: [expect.stringContaining('高新技术企业')],
    });
  });

  it('evaluates a rule on hand-written facts: ELIGIBLE with its benefit, INELIGIBLE with a near miss, NEEDS_INFO with the missing facts', async () => {
    const input = rdSubsidy('TEST_EVAL');
    const eligible = await api.gql(
      EVALUATE,
      { input, facts: { inZone: true, revenue: 10_000_000, rdExpense: 400_000 }, asOf: '2024-06-30' },
      { token: staff },
    );
    expect(eligible.errors).toBeUndefined();
    expect(eligible.data?.evaluatePolicy).toMatchObject({
      outcome: 'ELIGIBLE',
      benefit: 40_000,
      missingFacts: [],
      nearMisses: [],
      inEffect: true,
      asOf: '2024-06-30',
    });
    expect(eligible.data?.evaluatePolicy.explanation).toEqual([
      expect.objectContaining({ fact: 'inZone', result: 'pass' }),
      expect.objectContaining({ fact: 'rdRatio', value: 0.04, operator: '>=', threshold: 0.03, result: 'pass' }),
    ]);

    const capped = await api.gql(
      EVALUATE,
      { input, facts: { inZone: true, revenue: 100_000_000, rdExpense: 9_000_000 } },
      { token: admin },
    );
    expect(capped.data?.evaluatePolicy.benefit).toBe(500_000);

    const ineligible = await api.gql(
      EVALUATE,
      { input, facts: { inZone: true, revenue: 10_000_000, rdExpense: 200_000 } },
      { token: staff, locale: 'en-US' },
    );
    expect(ineligible.data?.evaluatePolicy).toMatchObject({ outcome: 'INELIGIBLE', benefit: 0, missingFacts: [] });
    expect(ineligible.data?.evaluatePolicy.nearMisses).toEqual([
      expect.objectContaining({ fact: 'rdRatio', value: 0.02, threshold: 0.03, direction: 'short' }),
    ]);
    expect(ineligible.data?.evaluatePolicy.nearMissText[0]).toMatch(/short/);

    const needsInfo = await api.gql(
      EVALUATE,
      { input, facts: { inZone: true, revenue: 10_000_000 } },
      { token: staff },
    );
    expect(needsInfo.data?.evaluatePolicy).toMatchObject({
      outcome: 'NEEDS_INFO',
      benefit: 0,
      missingFacts: ['rdExpense'],
    });
    expect(needsInfo.data?.evaluatePolicy.explanation[1]).toMatchObject({
      fact: 'rdRatio',
      result: 'unknown',
      missingFacts: ['rdExpense'],
    });

    // One false condition decides, whatever is missing.
    const decided = await api.gql(EVALUATE, { input, facts: { inZone: false } }, { token: staff });
    expect(decided.data?.evaluatePolicy).toMatchObject({ outcome: 'INELIGIBLE', missingFacts: [] });

    // Before the policy takes effect.
    const early = await api.gql(
      EVALUATE,
      { input, facts: { inZone: true, revenue: 10_000_000, rdExpense: 400_000 }, asOf: '2023-12-31' },
      { token: staff },
    );
    expect(early.data?.evaluatePolicy).toMatchObject({ outcome: 'INELIGIBLE', inEffect: false, benefit: 0 });
  });

  it('refuses facts outside the vocabulary with their paths, and bad rules when evaluating', async () => {
    const input = rdSubsidy('TEST_EVAL');
    const badFacts = await api.gql(
      EVALUATE,
      { input, facts: { revenue: 'lots', rdRatio: 0.1, tier: 'GIANT' } },
      { token: staff },
    );
    expect(badFacts.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(faultsOf(badFacts)).toEqual(['facts.revenue', 'facts.rdRatio', 'facts.tier']);
    const notObject = await api.gql(EVALUATE, { input, facts: [1, 2] }, { token: staff });
    expect(faultsOf(notObject)).toEqual(['facts']);
    const badRule = await api.gql(
      EVALUATE,
      { input: { ...input, criteria: { '>=': [v('employees'), 'ten'] } }, facts: {} },
      { token: staff },
    );
    expect(faultsOf(badRule)).toEqual(["criteria['>='][1]"]);
    const badDay = await api.gql(EVALUATE, { input, facts: {}, asOf: '2024-02-30' }, { token: staff });
    expect(faultsOf(badDay)).toEqual(['asOf']);
  });

  it('runs the test cases of an unsaved input', async () => {
    const input = rdSubsidy('TEST_RUN');
    input.testCases[1] = { ...input.testCases[1], expectedOutcome: 'ELIGIBLE' };
    const result = await api.gql(RUN_CASES, { input }, { token: staff });
    expect(result.errors).toBeUndefined();
    expect(
      result.data?.runPolicyTestCases.map((r: { name: string; passed: boolean; actualOutcome: string }) => [
        r.name,
        r.passed,
        r.actualOutcome,
      ]),
    ).toEqual([
      ['符合', true, 'ELIGIBLE'],
      ['研发不足', false, 'INELIGIBLE'],
      ['缺研发费用', true, 'NEEDS_INFO'],
    ]);
  });

  it('keeps trying rules to staff', async () => {
    const input = rdSubsidy('TEST_EVAL');
    expect((await api.gql(EVALUATE, { input, facts: {} }, { token: enterprise })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(RUN_CASES, { input }, { token: enterprise })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
