import { nextUscc } from '../fixtures/uscc.js';
import { applicationVersion, createPark, submitLand } from './placement-fixtures.js';
import { rdSubsidyInput } from './policy-fixtures.js';
import { returnTypeName, type IdFor } from './schema-operations.js';
import type { TestApp } from './test-app.js';

/**
 * The records an authorization probe aims at: two enterprises with their own records, and the
 * bureau's own (a lead, a draft policy, an internal note) that no enterprise may ever see.
 */

/** A valid UUID that names no record: a mutation sent with it changes nothing. */
export const ABSENT_ID = '00000000-0000-4000-8000-00000000abcd';

export interface Firm {
  token: string;
  email: string;
  password: string;
  userId: string;
  enterpriseId: string;
  name: string;
  uscc: string;
  applicationId: string;
  draftApplicationId: string;
  requestId: string;
  requestSubject: string;
  notificationId: string;
}

export interface AuthzFixtures {
  adminToken: string;
  adminId: string;
  staff: { id: string; token: string };
  /** Owns every record the probes aim at. */
  a: Firm;
  /** The other enterprise: never sees anything of `a`. */
  b: Firm;
  parkId: string;
  publishedPolicyId: string;
  matchRunId: string;
  draftPolicyId: string;
  /** The next version of the published policy's code, still a DRAFT. */
  draftPolicyTitle: string;
  leadId: string;
  leadCompanyName: string;
  internalNote: string;
}

const PASSWORD = 'a-long-enterprise-password';
const tag = () => Math.random().toString(36).slice(2, 8).toUpperCase();

async function must<T = Record<string, any>>(
  api: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const result = await api.gql<T>(query, variables, { token });
  if (!result.data) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function firm(api: TestApp, label: string, staffToken: string, internalNote: string): Promise<Firm> {
  const suffix = tag();
  const identity = {
    name: `授权测试企业${label}${suffix}`,
    uscc: nextUscc(),
    email: `authz-${label}-${suffix.toLowerCase()}@test.local`,
    password: PASSWORD,
  };
  const registered = await must(
    api,
    'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken user { id enterprise { id } } } }',
    { input: identity },
  );
  const { accessToken: token, user } = registered.registerEnterprise;
  const application = await submitLand(api, token, 10);
  const draft = await must(
    api,
    'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
    { input: { kind: 'OFFICE', floorSqm: 300, summary: '草稿', draft: true } },
    token,
  );
  const requestSubject = `授权测试诉求${label}${suffix}`;
  const filed = await must(
    api,
    'mutation ($input: RequestInput!) { fileRequest(input: $input) { id } }',
    { input: { kind: 'UTILITIES', subject: requestSubject, body: '需要增容' } },
    token,
  );
  const requestId = filed.fileRequest.id as string;
  const message =
    'mutation ($id: ID!, $body: String!, $internal: Boolean) { addRequestMessage(id: $id, body: $body, internal: $internal) { id } }';
  await must(api, message, { id: requestId, body: '已受理', internal: false }, staffToken);
  await must(api, message, { id: requestId, body: internalNote, internal: true }, staffToken);
  await api.waitForJobs();
  const notes = await must(api, '{ notifications(first: 1) { edges { node { id } } } }', {}, token);
  return {
    ...identity,
    token,
    userId: user.id,
    enterpriseId: user.enterprise.id,
    applicationId: application.id,
    draftApplicationId: draft.submitApplication.id,
    requestId,
    requestSubject,
    notificationId: notes.notifications.edges[0].node.id,
  };
}

async function bureauRecords(api: TestApp, adminToken: string, staffToken: string) {
  const extraCase = { name: '区外', facts: { inZone: false }, expectedOutcome: 'INELIGIBLE', expectedBenefit: 0 };
  const policyCode = `AUTHZ_${tag()}`;
  const leadCompanyName = `机密线索${tag()}装备有限公司`;
  const [parkId, published, lead] = await Promise.all([
    createPark(api, `AUTHZ_${tag()}`),
    must(
      api,
      'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
      { input: rdSubsidyInput(policyCode, extraCase) },
      adminToken,
    ),
    must(
      api,
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      { input: { companyName: leadCompanyName, source: 'CONSULTANT', allowDuplicate: true } },
      staffToken,
    ),
  ]);
  const publishedPolicyId = published.createPolicy.id as string;
  const run = await must(
    api,
    'mutation ($id: ID!) { publishPolicy(id: $id) { matchRun { id } } }',
    { id: publishedPolicyId },
    adminToken,
  );
  // The next version of the same code, not yet published: it must not show among the published one's versions.
  const draftPolicyTitle = `研发投入补助修订草案${tag()}（内部）`;
  const draft = await must(
    api,
    'mutation ($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, input: $input) { id } }',
    { id: publishedPolicyId, input: rdSubsidyInput(policyCode, extraCase, { title: draftPolicyTitle }) },
    adminToken,
  );
  return {
    parkId,
    publishedPolicyId,
    matchRunId: run.publishPolicy.matchRun.id as string,
    draftPolicyId: draft.updatePolicy.id as string,
    draftPolicyTitle,
    leadId: lead.createLead.id as string,
    leadCompanyName,
  };
}

export async function authzFixtures(api: TestApp): Promise<AuthzFixtures> {
  const adminToken = await api.adminToken();
  const staff = await api.userWithRole('BUREAU_STAFF');
  const internalNote = `内部备注${tag()}：仅限招商局`;
  const [me, bureau, a, b] = await Promise.all([
    must(api, '{ me { id } }', {}, adminToken),
    bureauRecords(api, adminToken, staff.token),
    firm(api, '甲', staff.token, internalNote),
    firm(api, '乙', staff.token, internalNote),
  ]);
  // Staff act on a's records, so the answers a reads carry staff ids where a field leaks them.
  await must(
    api,
    'mutation ($id: ID!, $input: EnterpriseProfileInput!) { updateEnterpriseProfile(id: $id, input: $input) { id } }',
    { id: a.enterpriseId, input: { employees: 120 } },
    staff.token,
  );
  await must(
    api,
    'mutation ($id: ID!, $version: Int!) { reviewApplication(id: $id, version: $version) { id } }',
    { id: a.applicationId, version: await applicationVersion(api, a.applicationId) },
    staff.token,
  );
  return { adminToken, adminId: me.me.id, staff, a, b, internalNote, ...bureau };
}

/** What an enterprise must never read of another enterprise. */
export function secretsOf(firm: Firm): string[] {
  const { token: _token, password: _password, ...rest } = firm;
  return Object.values(rest);
}

/** What no enterprise may read: the bureau's leads, drafts, internal notes and staff ids. */
export function bureauSecrets(f: AuthzFixtures): string[] {
  return [f.internalNote, f.leadId, f.leadCompanyName, f.draftPolicyId, f.draftPolicyTitle, f.staff.id, f.adminId];
}

/** Every fixture id, so a probe can swap them for ABSENT_ID. */
export function fixtureIds(f: AuthzFixtures): string[] {
  const firmIds = (x: Firm) => [
    x.userId,
    x.enterpriseId,
    x.applicationId,
    x.draftApplicationId,
    x.requestId,
    x.notificationId,
  ];
  return [...firmIds(f.a), ...firmIds(f.b), f.parkId, f.publishedPolicyId, f.matchRunId, f.draftPolicyId, f.leadId];
}

/**
 * IDs for generated variables: enterprise `a`'s records (a missing check then acts on real data) and
 * the bureau's; ids of records the fixtures do not make (aftercare visits, lead actuals) are absent,
 * which suits operations staff alone may call: the guard refuses before the id matters.
 */
export function fixtureIdFor(f: AuthzFixtures): IdFor {
  const byName: Record<string, string> = {
    enterpriseId: f.a.enterpriseId,
    applicationId: f.a.applicationId,
    applicationIds: f.a.applicationId,
    leadId: f.leadId,
    keepId: f.leadId,
    mergeId: f.leadId,
    policyId: f.publishedPolicyId,
    parkId: f.parkId,
  };
  const byReturnType: Record<string, string> = {
    PlacementApplication: f.a.applicationId,
    Enterprise: f.a.enterpriseId,
    EnterpriseRequest: f.a.requestId,
    RequestMessage: f.a.requestId,
    Notification: f.a.notificationId,
    User: f.a.userId,
    Lead: f.leadId,
    Policy: f.draftPolicyId,
    Park: f.parkId,
    MatchRun: f.matchRunId,
  };
  return (name, operation) => (name === 'id' ? byReturnType[returnTypeName(operation)] : byName[name]) ?? ABSENT_ID;
}
