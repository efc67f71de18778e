import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import { rdSubsidyInput } from '../support/policy-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_PARK = `mutation ($input: CreateParkInput!) { createPark(input: $input) { id version } }`;
const UPDATE_PARK = `mutation ($id: ID!, $version: Int!, $input: UpdateParkInput!) {
  updatePark(id: $id, version: $version, input: $input) { id version totalLandMu maxEnergyTce parent { code } }
}`;
const UPDATE_PROFILE = `mutation ($id: ID!, $input: EnterpriseProfileInput!) {
  updateEnterpriseProfile(id: $id, input: $input) { id industry }
}`;

const park = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name: `测试园区${code}`,
  nameEn: `Test park ${code}`,
  kind: 'SPECIALTY_PARK',
  totalLandMu: 100,
  freeLandMu: 40,
  lng: 87.55,
  lat: 43.95,
  ...overrides,
});

/** Issue 10, points 4 and 7: inputs the fuzzer turned into INTERNAL now answer BAD_USER_INPUT naming the field. */
describe('input hardening', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    admin = await api.adminToken();
  });
  afterAll(async () => {
    await api?.close();
  });

  const fieldsOf = (result: { errors?: { extensions: { fields?: { field: string }[] } }[] }) =>
    result.errors?.[0].extensions.fields?.map((f) => f.field);

  it('refuses an explicit null for a required park field, naming it, and keeps the nullable ones nullable', async () => {
    const created = (await api.gql(CREATE_PARK, { input: park('TEST_NULLS', { maxEnergyTce: 500 }) }, { token: admin }))
      .data?.createPark;
    for (const field of ['totalLandMu', 'name', 'kind', 'targetIndustries', 'lng']) {
      const result = await api.gql(
        UPDATE_PARK,
        { id: created.id, version: created.version, input: { [field]: null } },
        { token: admin, locale: 'en-US' },
      );
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toContain(field);
    }
    const cleared = await api.gql(
      UPDATE_PARK,
      { id: created.id, version: created.version, input: { maxEnergyTce: null, parentCode: null } },
      { token: admin },
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data?.updatePark).toMatchObject({ maxEnergyTce: null, parent: null, totalLandMu: 100 });
  });

  it('refuses absurd park areas and empty industry codes', async () => {
    const result = await api.gql(
      CREATE_PARK,
      {
        input: park('TEST_ABSURD', { totalLandMu: 1e308, freeFloorSqm: 1e300, targetIndustries: ['', 'BIOMEDICINE'] }),
      },
      { token: admin, locale: 'en-US' },
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(expect.arrayContaining(['totalLandMu', 'freeFloorSqm', 'targetIndustries']));
  });

  it('refuses empty codes on an enterprise profile', async () => {
    const registered = await api.gql(
      'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { user { enterprise { id } } } }',
      {
        input: {
          uscc: nextUscc(),
          name: '乌鲁木齐空码测试有限公司',
          email: 'empty-codes@test.local',
          password: 'a-long-enterprise-password',
        },
      },
    );
    const id = registered.data?.registerEnterprise.user.enterprise.id;
    expect(id).toBeTruthy();
    const result = await api.gql(
      UPDATE_PROFILE,
      { id, input: { industry: '', chainSegment: ' ', parkCode: '' } },
      { token: admin, locale: 'en-US' },
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(expect.arrayContaining(['industry', 'chainSegment', 'parkCode']));
  });

  it('refuses JSON nested 2,000 deep in a rule as BAD_USER_INPUT naming the argument', async () => {
    let criteria: unknown = { '==': [{ var: 'inZone' }, true] };
    for (let i = 0; i < 2000; i++) criteria = { and: [criteria] };
    const input = rdSubsidyInput('TEST_DEEP_RULE', {
      name: '深',
      facts: { inZone: true },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    });
    const result = await api.gql(
      'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
      { input: { ...input, criteria } },
      { token: admin, locale: 'en-US' },
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/deeper than 64/);
    expect(fieldsOf(result)?.[0]).toMatch(/^input\.criteria/);
  });
});
