import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import { rdSubsidyInput } from '../support/policy-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const WHO = {
  application: `query ($id: ID!) { application(id: $id) {
    status decidedBy decidedByName timeline { to actorId actorName actorRole } } }`,
  policy: 'query ($id: ID!) { policy(id: $id) { status publishedById publishedByName } }',
  policies: '{ policies { code publishedById publishedByName } }',
  profile: `query ($id: ID!) { enterprise(id: $id) {
    factMeta { fact source updatedBy updatedByName verifiedBy verifiedByName }
    history(first: 50) { edges { node { fact actorId actorName } } } } }`,
};

/**
 * Staff user ids are half of what forging a staff token takes, and tell an enterprise nothing:
 * enterprises see who acted by name; staff still see the ids.
 */
describe('who did what, as enterprises and staff see it', () => {
  let api: TestApp;
  let staff: { id: string; token: string };
  let adminId: string;
  let enterprise: { token: string; userId: string; enterpriseId: string };
  let applicationId: string;
  let policyId: string;

  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    const admin = await api.adminToken();
    adminId = (await api.gql('{ me { id } }', {}, { token: admin })).data?.me.id;
    staff = await api.userWithRole('BUREAU_STAFF');
    const registered = await api.gql(
      'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken user { id enterprise { id } } } }',
      { input: { uscc: nextUscc(), name: '显示名测试企业', email: 'names@test.local', password: 'a-long-password-1' } },
    );
    const payload = registered.data?.registerEnterprise;
    enterprise = { token: payload.accessToken, userId: payload.user.id, enterpriseId: payload.user.enterprise.id };

    // Staff decide an application of the enterprise, and verify a fact of its profile…
    const submitted = await api.gql(
      'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
      { input: { kind: 'LAND', landMu: 10, summary: '新建生产线', plannedInvestment: 1e8, jobs: 50 } },
      { token: enterprise.token },
    );
    applicationId = submitted.data?.submitApplication.id;
    const decided = await api.gql(
      `mutation ($id: ID!) { decideApplication(id: $id, version: 1, decision: REJECTED, reason: "不符合园区定位") { id } }`,
      { id: applicationId },
      { token: staff.token },
    );
    expect(decided.errors).toBeUndefined();
    const profile = await api.gql(
      'mutation ($id: ID!) { updateEnterpriseProfile(id: $id, input: { employees: 80, revenue: 40000000 }) { id version } }',
      { id: enterprise.enterpriseId },
      { token: enterprise.token },
    );
    expect(profile.errors).toBeUndefined();
    const verified = await api.gql(
      'mutation ($id: ID!, $version: Int!) { verifyEnterpriseFacts(id: $id, facts: ["revenue"], version: $version) { id } }',
      { id: enterprise.enterpriseId, version: profile.data?.updateEnterpriseProfile.version },
      { token: staff.token },
    );
    expect(verified.errors).toBeUndefined();
    // …and the admin publishes a policy.
    const noCase = { name: '区外', facts: { inZone: false }, expectedOutcome: 'INELIGIBLE', expectedBenefit: 0 };
    const created = await api.gql(
      'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
      { input: rdSubsidyInput('NAMES_TEST', noCase) },
      { token: admin },
    );
    policyId = created.data?.createPolicy.id;
    const published = await api.gql(
      'mutation ($id: ID!) { publishPolicy(id: $id) { id } }',
      { id: policyId },
      { token: admin },
    );
    expect(published.errors).toBeUndefined();
    await api.waitForJobs();
  });
  afterAll(async () => {
    await api?.close();
  });

  async function read(token: string) {
    const application = await api.gql(WHO.application, { id: applicationId }, { token });
    const policy = await api.gql(WHO.policy, { id: policyId }, { token });
    const policies = await api.gql(WHO.policies, {}, { token });
    const profile = await api.gql(WHO.profile, { id: enterprise.enterpriseId }, { token });
    for (const result of [application, policy, policies, profile]) expect(result.errors).toBeUndefined();
    return {
      application: application.data?.application,
      policy: policy.data?.policy,
      policies: policies.data?.policies,
      profile: profile.data?.enterprise,
    };
  }

  it('shows an enterprise staff names, and no staff user id anywhere', async () => {
    const seen = await read(enterprise.token);
    const text = JSON.stringify(seen);
    expect(text).not.toContain(staff.id);
    expect(text).not.toContain(adminId);

    const staffName = '测试用户 1';
    expect(seen.application).toMatchObject({ status: 'REJECTED', decidedBy: null, decidedByName: staffName });
    expect(seen.application.timeline).toEqual([
      { to: 'SUBMITTED', actorId: enterprise.userId, actorName: '显示名测试企业', actorRole: 'ENTERPRISE' },
      { to: 'REJECTED', actorId: null, actorName: staffName, actorRole: 'BUREAU_STAFF' },
    ]);
    expect(seen.policy).toEqual({ status: 'PUBLISHED', publishedById: null, publishedByName: '系统管理员' });
    const revenue = seen.profile.factMeta.find((meta: { fact: string }) => meta.fact === 'revenue');
    expect(revenue).toMatchObject({ source: 'VERIFIED', verifiedBy: null, verifiedByName: staffName });
    // The enterprise's own entries keep its own id: nothing secret there.
    const employees = seen.profile.factMeta.find((meta: { fact: string }) => meta.fact === 'employees');
    expect(employees).toMatchObject({ updatedBy: enterprise.userId, updatedByName: '显示名测试企业' });
  });

  it('still shows staff the ids, with the names', async () => {
    const seen = await read(staff.token);
    expect(seen.application).toMatchObject({ decidedBy: staff.id, decidedByName: '测试用户 1' });
    expect(seen.application.timeline[1]).toMatchObject({ actorId: staff.id, actorName: '测试用户 1' });
    expect(seen.policy).toMatchObject({ publishedById: adminId, publishedByName: '系统管理员' });
    const revenue = seen.profile.factMeta.find((meta: { fact: string }) => meta.fact === 'revenue');
    expect(revenue).toMatchObject({ verifiedBy: staff.id, verifiedByName: '测试用户 1' });
  });
});
