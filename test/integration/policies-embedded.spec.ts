import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmbeddedServer, type EmbeddedServer } from '../support/embedded-server.js';

// Embedded mode (PGlite, one connection, no Redis), on the built server as processes.spec.ts runs
// it (`npm run build:api` first): every policy operation runs on the single connection without
// waiting on itself (a query outside the current transaction would hang).
const v = (fact: string) => ({ var: fact });
const INPUT = {
  code: 'EMBEDDED_RD',
  title: '研发补助（嵌入式）',
  titleEn: 'R&D subsidy (embedded)',
  kind: 'SUBSIDY',
  criteria: { and: [{ '>=': [v('rdRatio'), 0.03] }] },
  benefitFormula: { '*': [v('rdExpense'), 0.1] },
  testCases: [
    { name: '符合', facts: { revenue: 100, rdExpense: 5 }, expectedOutcome: 'ELIGIBLE', expectedBenefit: 0.5 },
  ],
};

describe('policies in embedded mode', () => {
  let server: EmbeddedServer;
  let url: string;
  let token: string;
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data: Record<string, any> | null; errors?: { extensions: { code: string } }[] };
  };

  beforeAll(async () => {
    server = await startEmbeddedServer();
    url = server.url;
    const login = await gql(
      'mutation { login(email: "admin@demo.local", password: "demo-password-1") { accessToken } }',
    );
    token = login.data?.login.accessToken;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('seeds, creates, publishes, versions, evaluates and simulates on the one connection', async () => {
    const seeded = await gql('{ policies(status: PUBLISHED) { code criteriaText } }');
    expect(seeded.errors).toBeUndefined();
    expect(seeded.data?.policies.length).toBeGreaterThanOrEqual(12);

    const created = await gql('mutation ($input: PolicyInput!) { createPolicy(input: $input) { id status } }', {
      input: INPUT,
    });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createPolicy.id;
    const published = await gql(
      'mutation ($id: ID!) { publishPolicy(id: $id) { status rowVersion matchRun { id } } }',
      {
        id,
      },
    );
    expect(published.data?.publishPolicy).toMatchObject({ status: 'PUBLISHED', matchRun: { id: expect.any(String) } });
    const next = await gql(
      'mutation ($id: ID!, $input: PolicyInput!, $rowVersion: Int!) { updatePolicy(id: $id, input: $input, rowVersion: $rowVersion) { version status } }',
      {
        id,
        rowVersion: published.data?.publishPolicy.rowVersion,
        input: { ...INPUT, title: '研发补助（第二版）' },
      },
    );
    expect(next.data?.updatePolicy).toEqual({ version: 2, status: 'DRAFT' });
    const refused = await gql('mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { ...INPUT, code: 'EMBEDDED_BAD', criteria: { '>=': [v('nope'), 1] } },
    });
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const evaluated = await gql(
      'query ($input: PolicyInput!, $facts: JSON!) { evaluatePolicy(input: $input, facts: $facts) { outcome benefit } }',
      {
        input: INPUT,
        facts: { revenue: 100, rdExpense: 5 },
      },
    );
    expect(evaluated.data?.evaluatePolicy).toEqual({ outcome: 'ELIGIBLE', benefit: 0.5 });
    const simulated = await gql(
      'query ($input: PolicyInput!) { simulatePolicy(input: $input) { comparedWithVersion total } }',
      {
        input: INPUT,
      },
    );
    expect(simulated.errors).toBeUndefined();
    expect(simulated.data?.simulatePolicy).toMatchObject({ comparedWithVersion: 1 });
  });
});
