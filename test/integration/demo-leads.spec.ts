import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoDataService } from '../../apps/api/src/modules/demo/demo-data.service.js';
import { generateDemoSet, type DemoSet } from '../../apps/api/src/modules/demo/demo-generator.js';
import { DEMO_STAFF } from '../../apps/api/src/modules/demo/demo-pipeline.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The demo set's pipeline, loaded as the embedded first start and `npm run seed:demo` load it: the
 * kanban and the dashboard have something at every stage, overdue enquiries and requests, and a
 * second load adds nothing. A smaller enterprise set keeps the background matching short.
 */

const SUMMARY =
  '{ pipelineSummary(includeSample: true) { total lost overdueEnquiries stages { stage count overdue averageDays } } }';
const DASHBOARD =
  'query ($includeSample: Boolean!) { dashboard(includeSample: $includeSample) { overdueActions openRequests overdueRequests } }';
const COUNTS = `SELECT
  (SELECT count(*)::int FROM leads) AS leads,
  (SELECT count(*)::int FROM leads WHERE NOT sample) AS "realLeads",
  (SELECT count(*)::int FROM lead_stage_changes) AS moves,
  (SELECT count(*)::int FROM lead_activities) AS activities,
  (SELECT count(*)::int FROM lead_actuals) AS actuals,
  (SELECT count(*)::int FROM enterprise_requests) AS requests,
  (SELECT count(*)::int FROM enterprise_requests WHERE NOT sample) AS "realRequests",
  (SELECT count(*)::int FROM enterprise_request_messages) AS messages,
  (SELECT count(*)::int FROM users) AS users,
  (SELECT count(*)::int FROM audit_log) AS audits`;

describe('the demo set’s sample leads and requests', () => {
  let api: TestApp;
  let set: DemoSet;
  let staff: string;
  let first: Awaited<ReturnType<DemoDataService['load']>>;

  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    // As on an embedded start: the demo staff account is there, and follows most sample leads.
    staff = (await api.userWithRole('BUREAU_STAFF', 'staff@demo.local')).token;
    set = generateDemoSet({ size: 120, applications: 2 });
    const started = Date.now();
    first = await api.app.get(DemoDataService).load(set);
    // The embedded first start runs this load: it must stay quick.
    expect(Date.now() - started).toBeLessThan(60_000);
    await api.waitForJobs(120_000);
  }, 240_000);
  afterAll(async () => {
    await api?.close();
  });

  it('adds every generated lead and request, flagged sample, with history, activities and actuals', async () => {
    expect(first).toMatchObject({ leads: set.leads.length, requests: expect.any(Number) });
    // The demo enterprise user's requests need the embedded seed's enterprise; the others are all there.
    expect(first.requests).toBe(set.requests.filter((r) => r.uscc.startsWith('91650104WX')).length);
    const [counts] = await api.dataSource.query(COUNTS);
    expect(counts).toMatchObject({ leads: set.leads.length, realLeads: 0, realRequests: 0 });
    expect(counts.moves).toBe(set.leads.reduce((sum, lead) => sum + lead.history.length, 0));
    expect(counts.activities).toBe(set.leads.reduce((sum, lead) => sum + lead.activities.length, 0));
    expect(counts.actuals).toBeGreaterThan(0);
    expect(counts.messages).toBeGreaterThan(first.requests);
    // Scored by the lead.score job, as any lead.
    const [{ unscored }] = await api.dataSource.query(
      'SELECT count(*)::int AS unscored FROM leads WHERE score IS NULL',
    );
    expect(unscored).toBe(0);
  });

  it('puts a lead at every stage of the pipeline, with lost ones, time in stages and overdue enquiries', async () => {
    const { data, errors } = await api.gql(SUMMARY, {}, { token: staff });
    expect(errors).toBeUndefined();
    const summary = data!.pipelineSummary;
    for (const stage of summary.stages)
      expect({ stage: stage.stage, empty: stage.count === 0 }).toEqual({ stage: stage.stage, empty: false });
    expect(summary.lost).toBeGreaterThan(0);
    expect(summary.total).toBe(set.leads.length);
    expect(summary.overdueEnquiries).toBeGreaterThan(0);
    expect(summary.stages.filter((s: { averageDays: number | null }) => s.averageDays !== null).length).toBeGreaterThan(
      5,
    );
    const overdue = await api.gql(
      '{ leads(filter: { enquiryOverdue: true }, first: 50) { totalCount edges { node { sample stage enquiryOverdue } } } }',
      {},
      { token: staff },
    );
    expect(overdue.data!.leads.totalCount).toBe(summary.overdueEnquiries);
    for (const { node } of overdue.data!.leads.edges)
      expect(node).toEqual({ sample: true, stage: 'LEAD', enquiryOverdue: true });
  });

  it('gives a registered project its enterprise, history and owner among the staff', async () => {
    const { data } = await api.gql(
      `{ leads(filter: { stage: AFTERCARE }, first: 1) { edges { node {
          sample uscc signedOn operatingSince contractedInvestment ownerName score
          enterprise { uscc sample } history { from to at } activities { kind summary } } } } }`,
      {},
      { token: staff },
    );
    const lead = data!.leads.edges[0].node;
    expect(lead).toMatchObject({ sample: true, enterprise: { uscc: lead.uscc, sample: true } });
    expect(lead.signedOn < lead.operatingSince).toBe(true);
    expect(lead.contractedInvestment).toBeGreaterThan(0);
    expect(lead.history.map((h: { to: string }) => h.to)).toEqual([
      'LEAD',
      'CONTACTED',
      'VISITED',
      'NEGOTIATING',
      'SIGNED',
      'REGISTERED',
      'CONSTRUCTING',
      'OPERATING',
      'AFTERCARE',
    ]);
    expect(lead.activities.length).toBeGreaterThan(0);
    expect(lead.score).toBeGreaterThanOrEqual(0);
    // The demo staff account and one sample colleague (created without a password anyone knows).
    const owners: { email: string; role: string; n: number }[] = await api.dataSource.query(
      `SELECT u.email, u.role, count(*)::int AS n FROM leads l JOIN users u ON u.id = l."ownerId"
        GROUP BY u.email, u.role ORDER BY u.email`,
    );
    expect(owners.map(({ email, role }) => ({ email, role }))).toEqual([
      { email: DEMO_STAFF[0].email, role: 'BUREAU_STAFF' },
      { email: 'staff@demo.local', role: 'BUREAU_STAFF' },
    ]);
    expect(owners.reduce((sum, owner) => sum + owner.n, 0)).toBe(set.leads.length);
    expect(owners[1].n).toBeGreaterThan(owners[0].n);
    expect(lead.ownerName).toBeTruthy();
    const signIn = await api.gql(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: DEMO_STAFF[0].email, password: 'demo-password-1' },
    );
    expect(signIn.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('fills the staff request queue in every status, with overdue ones, and the dashboard counts them', async () => {
    const overdue = await api.gql(
      '{ requests(filter: { overdue: true }, first: 50) { totalCount edges { node { sample overdue status } } } }',
      {},
      { token: staff },
    );
    expect(overdue.data!.requests.totalCount).toBeGreaterThan(0);
    for (const { node } of overdue.data!.requests.edges)
      expect(node).toEqual({ sample: true, overdue: true, status: 'OPEN' });
    for (const status of ['OPEN', 'ANSWERED', 'RESOLVED', 'CLOSED']) {
      const page = await api.gql(
        'query ($status: RequestStatus) { requests(filter: { status: $status }, first: 1) { totalCount } }',
        { status },
        { token: staff },
      );
      expect({ status, some: page.data!.requests.totalCount > 0 }).toEqual({ status, some: true });
    }
    const { data } = await api.gql(DASHBOARD, { includeSample: true }, { token: staff });
    expect(data!.dashboard.overdueRequests).toBe(overdue.data!.requests.totalCount);
    expect(data!.dashboard.overdueActions).toBeGreaterThan(0);
    expect(data!.dashboard.openRequests).toBeGreaterThan(0);
    // the bureau's own figures leave the demo set out unless asked
    const real = await api.gql(DASHBOARD, { includeSample: false }, { token: staff });
    expect(real.data!.dashboard).toEqual({ overdueActions: 0, openRequests: 0, overdueRequests: 0 });
  });

  it('keeps internal notes from the enterprise side and shows the thread to staff', async () => {
    const { data } = await api.gql(
      '{ requests(filter: { status: RESOLVED }, first: 10) { edges { node { messages { internal authorRole body } } } } }',
      {},
      { token: staff },
    );
    const messages = data!.requests.edges.flatMap((e: { node: { messages: unknown[] } }) => e.node.messages);
    expect(messages.some((m: { authorRole: string }) => m.authorRole === 'ENTERPRISE')).toBe(true);
    expect(
      messages.some((m: { authorRole: string; internal: boolean }) => m.authorRole === 'BUREAU_STAFF' && !m.internal),
    ).toBe(true);
  });

  it('adds nothing the second time', async () => {
    const [before] = await api.dataSource.query(COUNTS);
    const again = await api.app.get(DemoDataService).load(set);
    expect(again).toEqual({ enterprises: 0, applications: 0, leads: 0, requests: 0, landPlots: 0, runId: null });
    const [after] = await api.dataSource.query(COUNTS);
    expect(after).toEqual(before);
  }, 60_000);
});
