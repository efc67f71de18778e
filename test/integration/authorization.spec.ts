import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ABSENT_ID,
  authzFixtures,
  bureauSecrets,
  fixtureIdFor,
  fixtureIds,
  secretsOf,
  type AuthzFixtures,
  type Firm,
} from '../support/authorization-fixtures.js';
import {
  loadApiSchema,
  minimalVariables,
  operationDocument,
  rootOperations,
  type SchemaOperation,
} from '../support/schema-operations.js';
import { nextUscc } from '../fixtures/uscc.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * Issue 10, "Authorization": every query and mutation of the schema is called unauthenticated, as
 * each role it does not allow, and (where it reads or writes an enterprise's record) as another
 * enterprise. Who may call what is the table below, and only there.
 */

type Access =
  /** Anyone, signed in or not. */
  | 'PUBLIC'
  /** Any signed-in user; an enterprise's answer holds nothing of another enterprise. */
  | 'ANY'
  /** Any signed-in user; an enterprise only its own record (another's is NOT_FOUND), staff any. */
  | 'OWN'
  /** Enterprise users only; with `fixture`, their own record only (another's is NOT_FOUND). */
  | 'ENTERPRISE'
  /** Bureau staff and admins. */
  | 'STAFF'
  /** Admins. */
  | 'ADMIN';

interface Rule {
  access: Access;
  /** Variables naming enterprise `a`'s record: `a` reaches it, enterprise `b` gets NOT_FOUND. */
  fixture?: (f: AuthzFixtures) => Record<string, unknown>;
  /** Other variables every call sends (beyond the generated required ones). */
  vars?: (f: AuthzFixtures) => Record<string, unknown>;
  /** The call ends the caller's sessions: allowed roles call it with users of their own. */
  revokesSessions?: boolean;
}

const PUBLIC: Rule = { access: 'PUBLIC' };
const ANY: Rule = { access: 'ANY' };
const ENTERPRISE: Rule = { access: 'ENTERPRISE' };
const STAFF: Rule = { access: 'STAFF' };
const ADMIN: Rule = { access: 'ADMIN' };
const own = (fixture: Rule['fixture']): Rule => ({ access: 'OWN', fixture });
const enterpriseOwn = (fixture: Rule['fixture']): Rule => ({ access: 'ENTERPRISE', fixture });

/** THE table. A new query or mutation fails this suite until it is classified here. */
const ACCESS: Record<string, Rule> = {
  // Queries
  application: own((f) => ({ id: f.a.applicationId })),
  // Enterprise b asks for enterprise a's applications: it gets its own only.
  applications: { access: 'ANY', vars: (f) => ({ filter: { enterpriseId: f.a.enterpriseId } }) },
  applicationDocuments: ANY,
  attachmentMaxBytes: ANY,
  auditLog: ADMIN,
  dashboard: STAFF,
  demoDataLoad: ADMIN,
  enterprise: own((f) => ({ id: f.a.enterpriseId })),
  enterpriseImport: STAFF,
  enterpriseImportTemplate: STAFF,
  enterprises: STAFF,
  evaluatePolicy: STAFF,
  headlineFigures: ANY,
  idleLandSeries: STAFF,
  incubationCarrier: STAFF,
  incubationLadder: STAFF,
  // Another enterprise's stay is NOT_FOUND; its list holds its own stays only.
  incubationStay: ANY,
  incubationStays: { access: 'ANY', vars: (f) => ({ filter: { enterpriseId: f.a.enterpriseId } }) },
  industries: ANY,
  jobsOverview: ADMIN,
  // Land plots name holders and bureau plans: staff only, enterprises never see them.
  landPlot: STAFF,
  landPlots: STAFF,
  lead: STAFF,
  leadBreakdown: STAFF,
  leadDuplicates: STAFF,
  leadImportTemplate: STAFF,
  leadTrend: STAFF,
  leads: STAFF,
  matchRun: STAFF,
  me: ANY,
  myEnterprise: ENTERPRISE,
  notifications: ANY,
  park: ANY,
  parkMatchPreview: own((f) => ({ input: { kind: 'LAND', landMu: 5, enterpriseId: f.a.enterpriseId } })),
  parkMatches: own((f) => ({ applicationId: f.a.applicationId })),
  parks: ANY,
  // Who took or gave back a park's space names enterprises: staff only, like the tenants.
  parkSpaceHistory: STAFF,
  parkTenants: STAFF,
  pipelineSummary: STAFF,
  planDashboard: STAFF,
  planGoals: ANY,
  planMap: ANY,
  investmentTargetTypes: ANY,
  investmentChannels: ANY,
  policies: ANY,
  // A published version: any signed-in user reads it (a draft is NOT_FOUND for enterprises, below).
  policy: { access: 'ANY', vars: (f) => ({ id: f.publishedPolicyId }) },
  policyMatchSummary: own((f) => ({ enterpriseId: f.a.enterpriseId })),
  policyMatches: own((f) => ({ enterpriseId: f.a.enterpriseId })),
  policyQualifiers: STAFF,
  request: own((f) => ({ id: f.a.requestId })),
  requests: ANY,
  runPolicyTestCases: STAFF,
  simulatePolicy: STAFF,
  staffMembers: STAFF,
  unreadNotificationCount: ANY,
  users: ADMIN,
  // Mutations
  addRequestMessage: own((f) => ({ id: f.a.requestId })),
  applyAllocation: STAFF,
  assignRequest: STAFF,
  cancelAftercareVisit: STAFF,
  cancelApproval: STAFF,
  changePassword: ANY,
  closeRequest: STAFF,
  completeAftercareVisit: STAFF,
  createEnterpriseUser: STAFF,
  createLead: STAFF,
  createPark: ADMIN,
  createPolicy: ADMIN,
  createUser: ADMIN,
  decideApplication: STAFF,
  deleteLeadActual: STAFF,
  fileRequest: ENTERPRISE,
  importEnterprises: STAFF,
  importLeads: STAFF,
  logLeadActivity: STAFF,
  login: { access: 'PUBLIC', vars: (f) => ({ email: f.b.email, password: f.b.password }) },
  markAllNotificationsRead: ANY,
  markMovedIn: STAFF,
  // A user's own notification: anyone else (staff too) gets NOT_FOUND.
  markNotificationRead: own((f) => ({ id: f.a.notificationId })),
  mergeLeads: STAFF,
  moveLandPlot: STAFF,
  moveApplication: STAFF,
  moveLeadStage: STAFF,
  proposeAllocation: STAFF,
  publishPolicy: ADMIN,
  rateRequest: enterpriseOwn((f) => ({ id: f.a.requestId })),
  recordIncubationEntry: STAFF,
  recordIncubationGraduation: STAFF,
  recordIncubationLeaving: STAFF,
  recordLandPlot: STAFF,
  recordLeadActual: STAFF,
  registerEnterprise: PUBLIC,
  reopenRequest: STAFF,
  rescheduleAftercareVisit: STAFF,
  resolveRequest: STAFF,
  resetUserPassword: ADMIN,
  // Enterprise a's draft is not returned (BAD_USER_INPUT); enterprise b gets NOT_FOUND.
  resubmitApplication: enterpriseOwn((f) => ({ id: f.a.draftApplicationId })),
  retirePolicy: ADMIN,
  returnApplication: STAFF,
  reviewApplication: STAFF,
  scheduleAftercareVisit: STAFF,
  setLeadAftercareFlags: STAFF,
  signOut: { access: 'ANY', revokesSessions: true },
  submitApplication: ENTERPRISE,
  submitDraftApplication: enterpriseOwn((f) => ({ id: f.a.draftApplicationId })),
  unlockUser: ADMIN,
  updateDraftApplication: enterpriseOwn((f) => ({ id: f.a.draftApplicationId })),
  updateEnterpriseProfile: own((f) => ({ id: f.a.enterpriseId })),
  updateIncubationStay: STAFF,
  updateLandPlot: STAFF,
  updateLead: STAFF,
  updatePark: ADMIN,
  updatePolicy: ADMIN,
  updateUser: ADMIN,
  verifyEnterpriseFacts: STAFF,
  withdrawApplication: enterpriseOwn((f) => ({ id: f.a.draftApplicationId })),
};

const ROLES = ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'] as const;
type SignedInRole = (typeof ROLES)[number];
const ALLOWED: Record<Access, SignedInRole[]> = {
  // Anyone: letting an anonymous caller through is the whole contract; a signed-in call adds nothing.
  PUBLIC: [],
  ANY: ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'],
  OWN: ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'],
  ENTERPRISE: ['ENTERPRISE'],
  STAFF: ['ADMIN', 'BUREAU_STAFF'],
  ADMIN: ['ADMIN'],
};
const DENIED = ['UNAUTHENTICATED', 'FORBIDDEN'];

const unclassified = (name: string) =>
  `"${name}" is not in the ACCESS table of test/integration/authorization.spec.ts: classify it ` +
  '(PUBLIC, ANY, OWN, ENTERPRISE, STAFF or ADMIN, with the fixture of an own-only record) so the suite probes it.';

const schema = loadApiSchema();
const operations = rootOperations(schema);

/** The code of the operation's own error (a nested field's error says nothing of the guard). */
function topCode(result: GqlResult): string | null {
  const top = result.errors?.find((error) => (error.path?.length ?? 0) <= 1);
  return top?.extensions.code ?? null;
}

let api: TestApp;
let f: AuthzFixtures;
let swapIds: (variables: Record<string, unknown>) => Record<string, unknown>;

beforeAll(async () => {
  api = await startTestApp({ redis: false, env: { RATE_LIMIT_MAX: '100000' } });
  f = await authzFixtures(api);
  const ids = new RegExp(fixtureIds(f).join('|'), 'g');
  swapIds = (variables) => JSON.parse(JSON.stringify(variables).replace(ids, ABSENT_ID));
}, 60_000);
afterAll(() => api?.close());

const call = (operation: SchemaOperation, variables: Record<string, unknown>, token: string | null) =>
  api.gql(operationDocument(operation, Object.keys(variables)), variables, { token, locale: 'en-US' });

type Check = (label: string, result: GqlResult) => void;

function expectRefused(label: string, result: GqlResult, code: string) {
  expect(`${label}: ${topCode(result)}`).toBe(`${label}: ${code}`);
}

/** Refused with `code`; a refusal to an enterprise's user shows nothing either. */
const refused =
  (code: string, reader?: Firm): Check =>
  (label, result) => {
    expectRefused(label, result, code);
    if (reader) expectNoLeak(reader, result, label);
  };

/** Past the guard (and the ownership check with NOT_FOUND among `refusals`): any answer but a refusal. */
const letThrough =
  (reader?: Firm, refusals = DENIED): Check =>
  (label, result) => {
    const code = topCode(result);
    if (code && refusals.includes(code)) throw new Error(`${label} answered ${code}: ${JSON.stringify(result.errors)}`);
    if (reader) expectNoLeak(reader, result, label);
  };

/** A new enterprise's user, for calls that end the caller's sessions. */
async function freshEnterpriseToken(): Promise<string> {
  const uscc = nextUscc();
  const registered = await api.gql(
    'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken } }',
    {
      input: {
        uscc,
        name: `授权测试新企业${uscc}`,
        email: `authz-fresh-${uscc.toLowerCase()}@test.local`,
        password: 'a-long-enterprise-password',
      },
    },
  );
  return registered.data!.registerEnterprise.accessToken as string;
}

/** An enterprise's answer holds nothing of the other enterprise and nothing of the bureau's. */
function expectNoLeak(reader: Firm, result: GqlResult, operation: string) {
  const other = reader === f.a ? f.b : f.a;
  const text = JSON.stringify(result);
  for (const secret of [...secretsOf(other), ...bureauSecrets(f)]) {
    if (text.includes(secret)) throw new Error(`${operation} shows ${reader.name} "${secret}": ${text.slice(0, 2000)}`);
  }
}

describe('authorization of every operation', () => {
  it('has every query and mutation of the running API in its table, and nothing else', async () => {
    const served = await api.gql<{ __schema: Record<string, { fields: { name: string }[] }> }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    );
    const live = [...served.data!.__schema.queryType.fields, ...served.data!.__schema.mutationType.fields];
    expect(live.map((field) => field.name).sort()).toEqual(operations.map((op) => op.name).sort());
    const missing = operations.filter((op) => !ACCESS[op.name]).map((op) => unclassified(op.name));
    expect(missing).toEqual([]);
    const stale = Object.keys(ACCESS).filter((name) => !operations.some((op) => op.name === name));
    expect(stale).toEqual([]);
  });

  it.each(operations.map((op) => [`${op.kind} ${op.name}`, op] as const))('%s', async (_title, operation) => {
    const rule = ACCESS[operation.name];
    if (!rule) throw new Error(unclassified(operation.name));
    const real = minimalVariables(operation, fixtureIdFor(f), { ...rule.vars?.(f), ...rule.fixture?.(f) });
    // An allowed call changes nothing real: a mutation names no existing record.
    const harmless = operation.kind === 'mutation' ? swapIds(real) : real;
    const allowed = ALLOWED[rule.access];
    const tokens: Record<SignedInRole, string> = {
      ADMIN: f.adminToken,
      BUREAU_STAFF: f.staff.token,
      ENTERPRISE: f.b.token,
    };
    // Each probe: who calls, with what, and what the answer must be. They run at once.
    const probes: { label: string; run: () => Promise<GqlResult>; check: Check }[] = [];
    const probe = (label: string, run: () => Promise<GqlResult>, check: Check) =>
      probes.push({ label: `${operation.name} ${label}`, run, check });

    const anonymous = rule.access === 'PUBLIC' ? letThrough() : refused('UNAUTHENTICATED');
    probe('unauthenticated', () => call(operation, real, null), anonymous);
    for (const role of rule.access === 'PUBLIC' ? [] : ROLES) {
      if (!allowed.includes(role)) {
        // Named records are enterprise a's: a missing guard would act on them.
        probe(`as ${role}`, () => call(operation, real, tokens[role]), refused('FORBIDDEN', f.b));
      } else if (role !== 'ENTERPRISE') {
        const token = async () => (rule.revokesSessions ? (await api.userWithRole(role)).token : tokens[role]);
        probe(`as ${role}`, async () => call(operation, harmless, await token()), letThrough());
      }
    }
    if (allowed.includes('ENTERPRISE') && rule.fixture) {
      // The other enterprise: as if the record did not exist; the owner reaches it.
      probe('as the other enterprise', () => call(operation, real, f.b.token), refused('NOT_FOUND', f.b));
      probe('as the owner', () => call(operation, real, f.a.token), letThrough(f.a, [...DENIED, 'NOT_FOUND']));
    } else if (allowed.includes('ENTERPRISE')) {
      for (const firm of rule.revokesSessions ? [f.b] : [f.a, f.b]) {
        const token = async () => (rule.revokesSessions ? freshEnterpriseToken() : firm.token);
        probe(`as ${firm.name}`, async () => call(operation, harmless, await token()), letThrough(firm));
      }
    }

    const results = await Promise.all(probes.map((p) => p.run()));
    probes.forEach((p, i) => p.check(p.label, results[i]));
  });
});

describe('what only the bureau reads', () => {
  const operation = (name: string) => operations.find((op) => op.name === name)!;

  it('the leak scan can see what it looks for: staff read every secret through the same documents', async () => {
    const staff = f.staff.token;
    const texts = await Promise.all([
      call(operation('request'), { id: f.a.requestId }, staff),
      call(operation('enterprise'), { id: f.a.enterpriseId }, staff),
      call(operation('lead'), { id: f.leadId }, staff),
      // The published version lists the draft among its versions, for staff.
      call(operation('policy'), { id: f.publishedPolicyId }, staff),
      call(operation('application'), { id: f.a.applicationId }, staff),
    ]).then((answers) => answers.map((answer) => JSON.stringify(answer)).join('\n'));
    const secrets = [
      f.internalNote,
      f.a.name,
      f.a.uscc,
      f.a.requestSubject,
      f.leadCompanyName,
      f.draftPolicyTitle,
      f.staff.id,
    ];
    expect(secrets.filter((secret) => !texts.includes(secret))).toEqual([]);
  });

  it('a draft policy is NOT_FOUND for enterprises, and asking for drafts is FORBIDDEN', async () => {
    const draft = await call(operation('policy'), { id: f.draftPolicyId }, f.a.token);
    expectRefused('draft policy as an enterprise', draft, 'NOT_FOUND');
    const drafts = await call(operation('policies'), { status: 'DRAFT' }, f.a.token);
    expectRefused('policies(status: DRAFT) as an enterprise', drafts, 'FORBIDDEN');
    const staffView = await call(operation('policy'), { id: f.draftPolicyId }, f.staff.token);
    expect(staffView.errors).toBeUndefined();
  });

  it('an enterprise may not write an internal note on its own request', async () => {
    const variables = { id: f.a.requestId, body: '想看内部备注', internal: true };
    const note = await call(operation('addRequestMessage'), variables, f.a.token);
    expectRefused('internal note by an enterprise', note, 'FORBIDDEN');
    const read = await call(operation('request'), { id: f.a.requestId }, f.a.token);
    expect(read.data!.request.messages.length).toBeGreaterThan(0);
    expectNoLeak(f.a, read, 'request');
  });
});
