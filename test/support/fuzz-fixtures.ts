import { nextUscc } from '../fixtures/uscc.js';
import { createPark, submitLand } from './placement-fixtures.js';
import { rdSubsidyInput } from './policy-fixtures.js';
import type { FuzzHints } from './schema-arbitraries.js';
import type { TestApp } from './test-app.js';

export const FUZZ_PASSWORD = 'a-long-fuzz-password';

export interface FuzzEnterprise {
  token: string;
  userId: string;
  enterpriseId: string;
  email: string;
  uscc: string;
}

async function must<T = Record<string, any>>(
  api: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string | null,
): Promise<T> {
  const result = await api.gql<T>(query, variables, { token });
  if (!result.data) throw new Error(`fixture failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A new enterprise and its ENTERPRISE account, signed in (registration answers a token: no sign-in needed). */
export async function registerFuzzEnterprise(api: TestApp, tag: string): Promise<FuzzEnterprise> {
  const uscc = nextUscc();
  const email = `fuzz-${tag}-${uscc.toLowerCase()}@test.local`;
  const data = await must(
    api,
    'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken user { id enterprise { id } } } }',
    { input: { uscc, name: `模糊测试企业${tag}${uscc.slice(-4)}`, email, password: FUZZ_PASSWORD } },
    null,
  );
  const payload = data.registerEnterprise;
  return { token: payload.accessToken, userId: payload.user.id, enterpriseId: payload.user.enterprise.id, email, uscc };
}

/** Codes and files the API itself offers, read once: plausible values for code and file fields. */
export interface FuzzReference {
  industries: string[];
  segments: string[];
  /** The import templates (base64 .xlsx). */
  files: string[];
}

export async function readFuzzReference(api: TestApp, staffToken: string): Promise<FuzzReference> {
  const data = await must<{
    industries: { code: string; segments: { code: string }[] }[];
    leadImportTemplate: string;
    enterpriseImportTemplate: string;
  }>(api, '{ industries { code segments { code } } leadImportTemplate enterpriseImportTemplate }', {}, staffToken);
  return {
    industries: data.industries.map((i) => i.code),
    segments: data.industries.flatMap((i) => i.segments.map((s) => s.code)).slice(0, 20),
    files: [data.leadImportTemplate, data.enterpriseImportTemplate],
  };
}

export interface FuzzFixtures {
  enterprise: FuzzEnterprise;
  hints: FuzzHints;
}

/** Real records the generated ids point at: an enterprise and its user, a park, a policy draft, a lead, an application, a request. */
export async function createFuzzFixtures(
  api: TestApp,
  tag: string,
  staff: { id: string; token: string },
  reference: FuzzReference,
): Promise<FuzzFixtures> {
  const admin = await api.adminToken();
  const parkCode = `FUZZ_${tag.toUpperCase()}`;
  const policyCode = `FUZZ_${tag.toUpperCase()}`;
  // Independent records, made side by side: this runs once per mutation.
  const [{ enterprise, application, request }, parkId, policy, lead] = await Promise.all([
    registerFuzzEnterprise(api, tag).then(async (enterprise) => ({
      enterprise,
      application: await submitLand(api, enterprise.token, 10),
      request: await must(
        api,
        'mutation ($input: RequestInput!) { fileRequest(input: $input) { id } }',
        { input: { kind: 'PERMIT', subject: '办理施工许可', body: '请协助办理施工许可证' } },
        enterprise.token,
      ),
    })),
    createPark(api, parkCode),
    must(
      api,
      'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
      {
        input: rdSubsidyInput(policyCode, {
          name: '区外',
          facts: { inZone: false, revenue: 10_000_000, rdExpense: 400_000 },
          expectedOutcome: 'INELIGIBLE',
          expectedBenefit: 0,
        }),
      },
      admin,
    ),
    must(
      api,
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      { input: { companyName: `模糊线索${tag}`, source: 'REFERRAL', allowDuplicate: true, plannedInvestment: 1e7 } },
      staff.token,
    ),
  ]);
  const rule = { and: [{ '==': [{ var: 'inZone' }, true] }, { '>=': [{ var: 'rdRatio' }, 0.03] }] };
  return {
    enterprise,
    hints: {
      ids: {
        enterprise: [enterprise.enterpriseId],
        user: [enterprise.userId, staff.id],
        park: [parkId],
        policy: [policy.createPolicy.id],
        lead: [lead.createLead.id],
        application: [application.id],
        request: [request.fileRequest.id],
      },
      strings: {
        industry: reference.industries,
        segment: reference.segments,
        email: [enterprise.email, `new-${enterprise.uscc.toLowerCase()}@test.local`],
        uscc: [enterprise.uscc, nextUscc()],
        password: [FUZZ_PASSWORD, 'another-long-password'],
        park: [parkCode],
        code: [`${policyCode}_NEW`, policyCode, parkCode],
        date: ['2026-01-01', '2026-06-30T08:00:00Z', '2025-12-31', '2027-03-15'],
        phone: ['13800138000', '0991-1234567'],
        url: ['https://www.uhtz.gov.cn/policy/1'],
        file: reference.files,
        text: ['新建生产线', '乌鲁木齐高新区企业服务', 'Urumqi', '请协助办理施工许可证'],
      },
      json: [
        rule,
        { '*': [{ var: 'rdExpense' }, 0.1] },
        { inZone: true, revenue: 10_000_000, rdExpense: 400_000 },
        { '>=': [{ var: 'employees' }, 10] },
        { var: 'no_such_fact' },
        {},
      ],
    },
  };
}
