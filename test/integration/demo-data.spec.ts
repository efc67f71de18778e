import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_APPLICATIONS, DEMO_SIZE, generateDemoSet } from '../../apps/api/src/modules/demo/demo-generator.js';
import { demoLandPlots } from '../../apps/api/src/modules/demo/demo-land.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The CLI runs as an operator would: `npm run build:api` first (npm test does).
const CLI = 'dist/apps/api/src/cli/seed-demo.js';
const exec = promisify(execFile);

const DEMO_LOAD = '{ demoDataLoad { enterprises matchRun { id status trigger total done failed } } }';
const SAMPLES =
  '{ enterprises(filter: { sample: true }, first: 1) { totalCount } applications(first: 1) { totalCount } ' +
  'leads(first: 1) { totalCount } requests(first: 1) { totalCount } ' +
  'landPlots(filter: { sample: true }, first: 1) { totalCount } }';
const { leads, requests } = generateDemoSet();
const LEADS = leads.length;
const PLOTS = demoLandPlots('2026-01-01').length;
// On a staging database the demo enterprise user's enterprise (embedded seed) is missing: its requests are skipped.
const REQUESTS = requests.filter((request) => request.uscc.startsWith('91650104WX')).length;

describe('npm run seed:demo on a staging database', () => {
  let api: TestApp;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:api first`);
    // A server with its own database and queues: it runs the jobs the CLI enqueues.
    api = await startTestApp();
    const { DATABASE_URL, REDIS_URL, QUEUE_PREFIX, JWT_SECRET } = api.config;
    env = {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL,
      REDIS_URL,
      QUEUE_PREFIX,
      JWT_SECRET,
    };
  });
  afterAll(async () => {
    await api?.close();
  });

  const seedDemo = (extra: NodeJS.ProcessEnv = {}) => exec(process.execPath, [CLI], { env: { ...env, ...extra } });

  it('a server with a database of its own loads no demo data by itself', async () => {
    const token = await api.adminToken();
    expect((await api.gql(SAMPLES, {}, { token })).data).toEqual({
      enterprises: { totalCount: 0 },
      applications: { totalCount: 0 },
      leads: { totalCount: 0 },
      requests: { totalCount: 0 },
      landPlots: { totalCount: 0 },
    });
    expect((await api.gql(DEMO_LOAD, {}, { token })).data?.demoDataLoad).toBeNull();
  });

  it('loads the sample enterprises and open applications, and the server matches them in a run', async () => {
    const { stdout } = await seedDemo();
    expect(stdout).toContain(
      `${DEMO_SIZE} sample enterprises, ${DEMO_APPLICATIONS} open applications, ${LEADS} sample leads, ${REQUESTS} sample requests, ${PLOTS} sample land plots`,
    );
    const token = await api.adminToken();
    expect((await api.gql(SAMPLES, {}, { token })).data).toEqual({
      enterprises: { totalCount: DEMO_SIZE },
      applications: { totalCount: DEMO_APPLICATIONS },
      leads: { totalCount: LEADS },
      requests: { totalCount: REQUESTS },
      landPlots: { totalCount: PLOTS },
    });
    await api.waitForJobs(60_000);
    const load = (await api.gql(DEMO_LOAD, {}, { token })).data?.demoDataLoad;
    expect(load).toMatchObject({
      enterprises: DEMO_SIZE,
      matchRun: { status: 'FINISHED', trigger: 'DEMO_SEED', total: DEMO_SIZE, done: DEMO_SIZE, failed: 0 },
    });
    // Matches are stored: some qualify, some need information the profile lacks.
    const [{ eligible, needsInfo }] = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE outcome = 'ELIGIBLE')::int AS eligible,
              count(*) FILTER (WHERE outcome = 'NEEDS_INFO')::int AS "needsInfo" FROM policy_matches`,
    );
    expect(eligible).toBeGreaterThan(0);
    expect(needsInfo).toBeGreaterThan(0);
    // Facts carry their source like any import, with a history row each and an audit row per enterprise.
    const [row] = await api.dataSource.query(
      `SELECT e.id, e."factMeta"->'revenue'->>'source' AS source,
              (SELECT count(*)::int FROM enterprise_profile_changes c WHERE c."enterpriseId" = e.id) AS history,
              (SELECT count(*)::int FROM audit_log a WHERE a."entityId" = e.id::text AND a.action = 'enterprise.demo') AS audits
         FROM enterprises e WHERE e.sample AND e.revenue IS NOT NULL LIMIT 1`,
    );
    expect(row).toMatchObject({ source: 'IMPORTED', audits: 1 });
    expect(row.history).toBeGreaterThan(10);
  }, 120_000);

  it('adds nothing and starts no run the second time', async () => {
    const token = await api.adminToken();
    const before = (await api.gql(DEMO_LOAD, {}, { token })).data?.demoDataLoad;
    const { stdout } = await seedDemo();
    expect(stdout).toContain('already loaded: nothing added.');
    expect((await api.gql(SAMPLES, {}, { token })).data).toEqual({
      enterprises: { totalCount: DEMO_SIZE },
      applications: { totalCount: DEMO_APPLICATIONS },
      leads: { totalCount: LEADS },
      requests: { totalCount: REQUESTS },
      landPlots: { totalCount: PLOTS },
    });
    expect((await api.gql(DEMO_LOAD, {}, { token })).data?.demoDataLoad.matchRun.id).toBe(before.matchRun.id);
    const [{ runs }] = await api.dataSource.query(
      `SELECT count(*)::int AS runs FROM match_runs WHERE trigger = 'DEMO_SEED'`,
    );
    expect(runs).toBe(1);
  }, 60_000);

  it('refuses a production database unless told it is a staging one', async () => {
    const refused = await seedDemo({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('--allow-production');
  });

  it('shows the load only to admins', async () => {
    const { token } = await api.userWithRole('BUREAU_STAFF');
    expect((await api.gql(DEMO_LOAD, {}, { token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
