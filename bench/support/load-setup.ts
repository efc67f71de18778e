import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { ApiProcess } from '../../test/support/api-process.js';
import { waitFor } from '../../test/support/processes.js';
import { createTestDatabase, dropQueuePrefix, TEST_REDIS_URL } from '../../test/support/services.js';
import { graphqlClient, TEST_ADMIN } from '../../test/support/test-app.js';
import { WorkerProcess } from '../../test/support/worker-processes.js';
import { newUser, type LoadUser } from './load-scenario.js';

const SEED_DEMO = 'dist/apps/api/src/cli/seed-demo.js';
const PASSWORD = 'a-long-load-password';

export interface LoadTarget {
  api: ApiProcess;
  worker: WorkerProcess;
  /** This run's database, for counters (pg_stat_database). */
  databaseName: string;
  db: pg.Client;
  users: LoadUser[];
  enterpriseIds: string[];
  close(): Promise<void>;
}

/**
 * As `docker compose up` runs it: the built API (NODE_ENV=production, no workers) and one worker
 * process, on a fresh PostgreSQL database and a queue prefix of their own on the local Redis, with
 * the demo set (300 enterprises, their matches, leads and requests) loaded by `seed:demo` and
 * matched before the count; then `staff` bureau users and `enterprises` users of demo enterprises.
 * The per-address request limit is lifted: every simulated user comes from 127.0.0.1.
 */
export async function startLoadTarget(staff: number, enterprises: number): Promise<LoadTarget> {
  const database = await createTestDatabase();
  const databaseName = new URL(database.url).pathname.slice(1);
  const prefix = `load_${randomBytes(4).toString('hex')}`;
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  };
  const api = await ApiProcess.start({
    ...env,
    RUN_WORKERS: 'false',
    RATE_LIMIT_MAX: '10000000',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
  });
  let worker: WorkerProcess | null = null;
  const db = new pg.Client({ connectionString: database.url });
  const close = async () => {
    await Promise.all([api.stop(), worker?.stop()]);
    await db.end().catch(() => undefined);
    await database.drop();
    await dropQueuePrefix(prefix);
  };
  try {
    worker = await WorkerProcess.start('load-worker', { ...env, LOG_LEVEL: 'info', RUN_MIGRATIONS: 'false' });
    await db.connect();
    await promisify(execFile)(process.execPath, [SEED_DEMO, '--allow-production'], { env: { ...process.env, ...env } });
    await waitFor(
      async () =>
        (await db.query("SELECT 1 FROM outbox WHERE status IN ('PENDING', 'DISPATCHED') LIMIT 1")).rowCount === 0,
      120_000,
      'the demo set to be matched',
    );
    const enterpriseIds = (
      await db.query<{ id: string }>('SELECT id FROM enterprises WHERE sample ORDER BY id')
    ).rows.map((r) => r.id);
    const users = await createUsers(api.url, staff, enterpriseIds.slice(0, enterprises));
    return { api, worker, databaseName, db, users, enterpriseIds, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** GraphQL for a bench's setup: `must` (the data, or an error naming the API's errors) and `login` (a token). */
export function setupClient(url: string) {
  const gql = graphqlClient(url);
  const must = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const answer = await gql(query, variables, { token });
    if (!answer.data) throw new Error(`setup failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const login = async (email: string, password: string): Promise<string> =>
    (
      await must(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        { email, password },
      )
    ).login.accessToken;
  return { must, login };
}

/** Bureau staff and enterprise users through the API as the admin, signed in (argon2: four at a time). */
async function createUsers(url: string, staff: number, enterpriseIds: string[]): Promise<LoadUser[]> {
  const { must, login } = setupClient(url);
  const admin = await login(TEST_ADMIN.email, TEST_ADMIN.password);
  const jobs: (() => Promise<LoadUser>)[] = [];
  for (let i = 0; i < staff; i++) {
    jobs.push(async () => {
      const email = `load-staff-${i}@bench.local`;
      const input = { email, password: PASSWORD, name: `招商专员${i}`, role: 'BUREAU_STAFF' };
      await must('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', { input }, admin);
      return newUser('BUREAU_STAFF', await login(email, PASSWORD), null, i);
    });
  }
  enterpriseIds.forEach((enterpriseId, i) => {
    jobs.push(async () => {
      const email = `load-enterprise-${i}@bench.local`;
      await must(
        'mutation ($id: ID!, $input: EnterpriseUserInput!) { createEnterpriseUser(enterpriseId: $id, input: $input) { id } }',
        { id: enterpriseId, input: { email, password: PASSWORD, name: `企业联系人${i}` } },
        admin,
      );
      return newUser('ENTERPRISE', await login(email, PASSWORD), enterpriseId, staff + i);
    });
  });
  const users: LoadUser[] = [];
  for (let i = 0; i < jobs.length; i += 4) users.push(...(await Promise.all(jobs.slice(i, i + 4).map((job) => job()))));
  return users;
}
