import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { toIsoDay } from '#matching';
import pg from 'pg';
import { OutboxRelay } from '../../apps/api/src/core/queue/outbox-relay.service.js';
import { QueueName } from '../../apps/api/src/core/queue/queue-name.js';
import { RUN_CHUNK, RUN_DAILY } from '../../apps/api/src/modules/matching/match-run.job.js';
import { JobRegistry } from '../../apps/api/src/core/queue/job-registry.js';
import { nextUscc } from '../fixtures/uscc.js';
import { rdSubsidyInput } from '../support/policy-fixtures.js';
import { waitFor } from '../support/processes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation ($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { accessToken user { enterprise { id } } }
}`;
const UPDATE_PROFILE = `mutation ($id: ID!, $input: EnterpriseProfileInput!) {
  updateEnterpriseProfile(id: $id, input: $input) { id }
}`;
const CREATE = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }';
const PUBLISH = 'mutation ($id: ID!) { publishPolicy(id: $id) { id matchRun { id } } }';
const RUN = 'query ($id: ID!) { matchRun(id: $id) { status total done failed } }';
const NOTIFICATIONS = '{ notifications(first: 50) { edges { node { kind title titleEn body bodyEn data } } } }';

interface Note {
  kind: string;
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  data: Record<string, any>;
}

/** 'YYYY-MM-DD' n days after today in China time (the platform's day). */
const inDays = (n: number): string => toIsoDay(new Date(Date.now() + n * 86_400_000))!;

describe('matching notifications', () => {
  let api: TestApp;
  let admin: string;
  let seq = 0;

  const notes = async (token: string, kind: string): Promise<Note[]> =>
    ((await api.gql(NOTIFICATIONS, {}, { token })).data?.notifications.edges ?? [])
      .map((e: { node: Note }) => e.node)
      .filter((n: Note) => n.kind === kind);

  const enterprise = async (rdExpense: number) => {
    seq += 1;
    const registered = await api.gql(REGISTER, {
      input: {
        uscc: nextUscc(),
        name: `通知测试企业${seq}有限公司`,
        email: `notify-${seq}-${Date.now()}@test.local`,
        password: 'a-long-enterprise-password',
      },
    });
    expect(registered.errors).toBeUndefined();
    const { accessToken, user } = registered.data!.registerEnterprise;
    const input = { inZone: true, revenue: 10_000_000, rdExpense };
    expect((await api.gql(UPDATE_PROFILE, { id: user.enterprise.id, input }, { token: accessToken })).errors).toBe(
      undefined,
    );
    return { id: user.enterprise.id as string, token: accessToken as string };
  };

  const publish = async (code: string, overrides: Record<string, unknown> = {}) => {
    const input = rdSubsidyInput(
      code,
      {
        name: '缺研发',
        facts: { inZone: true, revenue: 10_000_000 },
        expectedOutcome: 'NEEDS_INFO',
        expectedBenefit: 0,
      },
      overrides,
    );
    const created = await api.gql(CREATE, { input }, { token: admin });
    expect(created.errors).toBeUndefined();
    const published = await api.gql(PUBLISH, { id: created.data?.createPolicy.id }, { token: admin });
    expect(published.errors).toBeUndefined();
    return published.data?.publishPolicy as { id: string; matchRun: { id: string } };
  };

  const dailyRuns = async (): Promise<number> =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM match_runs WHERE trigger = 'DAILY'`))[0].n;

  /** What the `matching-daily` job scheduler adds every night, added now. */
  const fireDailyJob = async () => {
    const before = await dailyRuns();
    await api.app.get(OutboxRelay).queue(QueueName.MATCHING)!.add(RUN_DAILY.name, {});
    await waitFor(async () => (await dailyRuns()) > before, 30_000, 'the daily run to start');
    await api.waitForJobs(60_000);
  };

  beforeAll(async () => {
    // Chunks give up on a lock quickly, so a held lock makes a run fail in seconds.
    api = await startTestApp({ env: { MATCH_LOCK_TIMEOUT_MS: '300' } });
    admin = await api.adminToken();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('tells every admin and bureau staff member once when a run ends FAILED, and no enterprise', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const company = await enterprise(400_000);
    await api.waitForJobs();
    // A transaction that holds the enterprise's matches longer than every attempt of its chunk waits.
    const holder = new pg.Client({ connectionString: api.config.DATABASE_URL });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM policy_matches WHERE "enterpriseId" = $1 FOR UPDATE', [company.id]);
    let runId: string;
    try {
      const policy = await publish('NOTIFY_RUN_FAILS');
      runId = policy.matchRun.id;
      await waitFor(
        async () => (await api.gql(RUN, { id: runId }, { token: admin })).data?.matchRun.status !== 'RUNNING',
        90_000,
        'the run to end',
      );
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const run = (await api.gql(RUN, { id: runId }, { token: admin })).data?.matchRun;
    expect(run.status).toBe('FAILED');
    expect(run.failed).toBeGreaterThan(0);

    // The chunk delivered again after the run ended: nothing counted, nobody told twice.
    const [chunk] = await api.dataSource.query('SELECT * FROM match_run_chunks WHERE "runId" = $1', [runId]);
    const payload = { runId, chunkNo: chunk.chunkNo, fromId: chunk.fromId, toId: chunk.toId };
    await api.app.get(JobRegistry).run(RUN_CHUNK.queue, RUN_CHUNK.name, payload, { id: 'again', attempt: 5 });
    await api.waitForJobs();

    for (const token of [admin, staff.token]) {
      const failed = await notes(token, 'MATCH_RUN_FAILED');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        title: expect.stringContaining('匹配任务失败（政策发布：研发投入补助（测试））'),
        titleEn: expect.stringContaining('Match run failed (policy published: R&D subsidy (test))'),
        body: expect.stringContaining(`${run.failed} 家企业未能完成匹配`),
        bodyEn: expect.stringContaining(`${run.failed} enterprises could not be matched`),
        data: { runId, failed: run.failed, total: run.total },
      });
    }
    expect(await notes(company.token, 'MATCH_RUN_FAILED')).toEqual([]);
  }, 180_000);

  it('reminds a qualifying enterprise once, from the daily job, of a deadline within 14 days', async () => {
    const qualifies = await enterprise(400_000);
    const fallsShort = await enterprise(250_000);
    const soon = await publish('NOTIFY_CLOSES_SOON', { applicationDeadline: inDays(7) });
    const later = await publish('NOTIFY_CLOSES_LATER', { applicationDeadline: inDays(30) });
    await api.waitForJobs();
    // Told on qualifying, with the deadline; not yet reminded.
    const eligible = await notes(qualifies.token, 'POLICY_ELIGIBLE');
    expect(eligible.find((n) => n.data.policyId === soon.id)?.body).toContain(`申报截止 ${inDays(7)}`);
    expect(await notes(qualifies.token, 'POLICY_CLOSING_SOON')).toEqual([]);

    await fireDailyJob();
    const reminders = (await notes(qualifies.token, 'POLICY_CLOSING_SOON')).filter((n) =>
      [soon.id, later.id].includes(n.data.policyId),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      title: '申报即将截止（还剩 7 天）：研发投入补助（测试）',
      titleEn: 'Application closes soon (7 days left): R&D subsidy (test)',
      body: `您的企业符合该政策，申报截止 ${inDays(7)}，预计可享受 4万元。请在截止前提交申报。`,
      data: { policyId: soon.id, enterpriseId: qualifies.id, applicationDeadline: inDays(7), daysLeft: 7 },
    });
    expect(reminders[0].bodyEn).toContain(`apply by ${inDays(7)}`);
    const shortOf = (await notes(fallsShort.token, 'POLICY_CLOSING_SOON')).filter((n) =>
      [soon.id, later.id].includes(n.data.policyId),
    );
    expect(shortOf).toEqual([]);

    // The next night: the same policy version is not reminded again.
    await fireDailyJob();
    expect(
      (await notes(qualifies.token, 'POLICY_CLOSING_SOON')).filter((n) => n.data.policyId === soon.id),
    ).toHaveLength(1);
  }, 180_000);
});
