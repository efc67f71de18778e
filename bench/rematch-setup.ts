import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApi } from '../apps/api/src/bootstrap.js';
import { toAppConfig, type AppConfig } from '../apps/api/src/core/config/app-config.js';
import { loadEnv } from '../apps/api/src/core/config/env.schema.js';
import { rdSubsidyInput } from '../test/support/policy-fixtures.js';
import { assertRedisReachable, dropQueuePrefix, TEST_DATABASE_URL, TEST_REDIS_URL } from '../test/support/services.js';
import { graphqlClient, TEST_ADMIN, type TestApp } from '../test/support/test-app.js';
import { WorkerProcess, workerEnv } from '../test/support/worker-processes.js';

// The re-match benchmark's fixtures: an API in this process that only serves requests and relays the
// outbox (RUN_WORKERS=false), its own database (bench_rematch_*) and BullMQ prefix, and built worker processes.

export interface BenchApi {
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  gql: TestApp['gql'];
  token: string;
  close(): Promise<void>;
}

export async function startBenchApi(env: Record<string, string> = {}): Promise<BenchApi> {
  await assertRedisReachable();
  const suffix = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const name = `bench_rematch_${suffix}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const prefix = `bench_rematch_${suffix}`;
  const config = toAppConfig(
    loadEnv({
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      OUTBOX_POLL_MS: '50',
      LOG_LEVEL: 'silent',
      RUN_WORKERS: 'false',
      JWT_SECRET: 'bench-rematch-secret-of-sufficient-length',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      ...env,
    }),
  );
  const app = await createApi(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const gql = graphqlClient(`http://127.0.0.1:${port}`);
  const login = await gql<{ login: { accessToken: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    TEST_ADMIN,
  );
  if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
  return {
    app,
    config,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    gql,
    token: login.data.login.accessToken,
    async close() {
      await app.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await dropQueuePrefix(prefix);
    },
  };
}

/** Built worker processes on the API's database and queues, with production's BullMQ lock timings. */
export async function startWorkers(api: BenchApi, count: number, env: Record<string, string> = {}) {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      WorkerProcess.start(
        `bench-rematch-worker-${i + 1}`,
        workerEnv(api.config, { QUEUE_LOCK_DURATION_MS: '30000', QUEUE_STALLED_INTERVAL_MS: '30000', ...env }),
        120_000,
      ),
    ),
  );
}

/** Peak resident set size of a live process (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

export const BENCH_POLICY_CODE = 'BENCH_REMATCH_RD';
const CREATE = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }';
const UPDATE = 'mutation ($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, input: $input) { id } }';
const PUBLISH = 'mutation ($id: ID!) { publishPolicy(id: $id) { id matchRun { id } } }';

/** The bench policy's input: version `n` differs by its benefit rate, so each publish is a new version. */
export function benchPolicyInput(version: number) {
  return rdSubsidyInput(
    BENCH_POLICY_CODE,
    { name: '缺研发', facts: { inZone: true, revenue: 10_000_000 }, expectedOutcome: 'NEEDS_INFO', expectedBenefit: 0 },
    { summary: `bench version ${version}` },
  );
}

/** A draft of the bench policy (new, or the next version of the published one): its id. */
export async function draftBenchPolicy(
  gql: TestApp['gql'],
  token: string,
  publishedId: string | null,
  version: number,
): Promise<string> {
  const result = publishedId
    ? await gql(UPDATE, { id: publishedId, input: benchPolicyInput(version) }, { token })
    : await gql(CREATE, { input: benchPolicyInput(version) }, { token });
  if (result.errors) throw new Error(`draft failed: ${JSON.stringify(result.errors)}`);
  const draft = (result.data?.updatePolicy ?? result.data?.createPolicy) as { id: string } | undefined;
  if (!draft) throw new Error('draft failed: no data');
  return draft.id;
}

/** publishPolicy through the API: the run it started. */
export async function publishDraft(gql: TestApp['gql'], token: string, id: string): Promise<string> {
  const result = await gql(PUBLISH, { id }, { token });
  if (result.errors) throw new Error(`publish failed: ${JSON.stringify(result.errors)}`);
  return result.data?.publishPolicy.matchRun.id as string;
}

export interface RunEnd {
  status: string;
  total: number;
  done: number;
  failed: number;
}

/** Polls the run's row every 20 ms until it leaves RUNNING. */
export async function runEnd(dataSource: DataSource, runId: string, timeoutMs: number): Promise<RunEnd> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [run] = (await dataSource.query('SELECT status, total, done, failed FROM match_runs WHERE id = $1', [
      runId,
    ])) as RunEnd[];
    if (run && run.status !== 'RUNNING') return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${JSON.stringify(run)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
