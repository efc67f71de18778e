import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

// `npm run seed:synthetic` (the built CLI, `npm run build:api` first) on the fresh database of a
// running API: the API then serves the enterprises, applications, policies and the matches of the run
// the CLI enqueued (this API runs the jobs).
const CLI = 'dist/apps/api/src/cli/seed-synthetic.js';
const N = 150;

const seed = async (api: TestApp, ...args: string[]) => {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: api.config.DATABASE_URL!,
      REDIS_URL: api.config.REDIS_URL!,
      QUEUE_PREFIX: api.config.QUEUE_PREFIX,
      JWT_SECRET: api.config.JWT_SECRET!,
      DATA_DIR: 'memory://',
      LOG_LEVEL: 'warn',
    },
  });
  return stdout;
};

describe('seed:synthetic', () => {
  let api: TestApp;
  let token: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:api first`);
    api = await startTestApp();
    token = await api.adminToken();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('seeds N enterprises, their applications and 20 policies in force, which the API serves and matches', async () => {
    const out = await seed(api, '--enterprises', String(N), '--policies', '20');
    expect(out).toMatch(
      new RegExp(`${N} enterprises and 8 applications added, 8 policy variants added \\(20 published in force\\)`),
    );
    const runId = /matching run ([0-9a-f-]{36}) enqueued/.exec(out)?.[1];
    expect(runId).toBeDefined();

    const page = await api.gql(
      `{ enterprises(first: 100) { totalCount edges { node { id uscc name industry tier revenue } } }
         applications(first: 50) { totalCount edges { node { status } } }
         policies(status: PUBLISHED) { code } }`,
      {},
      { token },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.enterprises.totalCount).toBe(N);
    expect(page.data!.applications.totalCount).toBe(8);
    expect(page.data!.applications.edges.every((e: any) => e.node.status === 'SUBMITTED')).toBe(true);
    expect(page.data!.policies.filter((p: any) => p.code.includes('_SYN'))).toHaveLength(8);

    await api.waitForJobs(120_000);
    const run = await api.gql(
      'query ($id: ID!) { matchRun(id: $id) { status total done failed } }',
      { id: runId },
      { token },
    );
    expect(run.data?.matchRun).toEqual({ status: 'FINISHED', total: N, done: N, failed: 0 });
    const firm = page.data!.enterprises.edges.find((e: any) => e.node.name.includes('示例')).node;
    const summary = await api.gql(
      'query ($id: ID!) { policyMatchSummary(enterpriseId: $id) { eligible needsInfo ineligible } }',
      { id: firm.id },
      { token },
    );
    const { eligible, needsInfo, ineligible } = summary.data!.policyMatchSummary;
    expect(eligible + needsInfo + ineligible).toBeGreaterThanOrEqual(20);
  });

  it('is idempotent: a second run adds nothing', async () => {
    const out = await seed(api, '--enterprises', String(N), '--policies', '20', '--no-match');
    expect(out).toMatch(/0 enterprises and 0 applications added, 0 policy variants added \(20 published in force\)/);
  });
});
