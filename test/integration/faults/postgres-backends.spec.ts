import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ApiProcess } from '../../support/api-process.js';
import { holdLock } from '../../support/match-runs.js';
import { waitFor } from '../../support/processes.js';
import { createTestDatabase, dropQueuePrefix, TEST_REDIS_URL } from '../../support/services.js';
import { graphqlClient, TEST_ADMIN, type GqlResult } from '../../support/test-app.js';

// The built API in a process of its own (`npm run build:api` first): every session it holds on its
// database is terminated by an administrator (a failover, a DBA's pg_terminate_backend) while
// requests are in flight.

const ENTERPRISES = '{ enterprises(first: 5) { totalCount edges { node { id } } } }';
const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';
const IN_FLIGHT = 6;

describe('PostgreSQL backends terminated under the API', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: ApiProcess;
  let admin: pg.Client;
  const prefix = `it_${Math.random().toString(36).slice(2, 10)}`;
  let gql: ReturnType<typeof graphqlClient>;
  let token: string;

  /** Terminates every session of the test database except the lock holder's and this admin's own. */
  const terminateApiSessions = async (): Promise<number> => {
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name <> 'test-lock-holder'`,
      [new URL(database.url).pathname.slice(1)],
    );
    return rowCount ?? 0;
  };

  const waitingOnLock = async (): Promise<number> =>
    (
      await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`,
        [new URL(database.url).pathname.slice(1)],
      )
    ).rows[0].n;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await ApiProcess.start({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      OUTBOX_POLL_MS: '200',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'integration-test-secret-of-sufficient-length',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
    });
    gql = graphqlClient(api.url);
    const login = await gql(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      TEST_ADMIN,
    );
    token = login.data!.login.accessToken;
    admin = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await admin?.end();
    await database?.drop();
    await dropQueuePrefix(prefix);
  }, 30_000);

  it('requests in flight fail with INTERNAL at once, and the next ones succeed without a restart', async () => {
    // Hold the requests inside PostgreSQL: each waits for our lock on a session of the API's pool.
    const hold = await holdLock(database.url, 'LOCK TABLE enterprises IN ACCESS EXCLUSIVE MODE');
    try {
      const inFlight: Promise<GqlResult>[] = Array.from({ length: IN_FLIGHT }, () => gql(ENTERPRISES, {}, { token }));
      await waitFor(async () => (await waitingOnLock()) >= IN_FLIGHT, 15_000, 'the requests to wait in PostgreSQL');
      expect(await terminateApiSessions()).toBeGreaterThanOrEqual(IN_FLIGHT);
      const started = Date.now();
      const answers = await Promise.all(inFlight);
      expect(Date.now() - started).toBeLessThan(5000);
      for (const answer of answers) {
        // A GraphQL answer saying to try again later: not a dropped connection, not a hang.
        expect(answer.status).toBe(200);
        expect(answer.data?.enterprises ?? null).toBeNull();
        expect(answer.errors?.map((e) => e.extensions.code)).toEqual(['INTERNAL']);
        // The database's own words stay in the log.
        expect(JSON.stringify(answer.errors)).not.toMatch(/terminat|connection/i);
      }
    } finally {
      await hold.release();
    }

    // The pool replaces the dead sessions: the very next requests succeed, writes included.
    const reads = await Promise.all(Array.from({ length: IN_FLIGHT }, () => gql(ENTERPRISES, {}, { token })));
    expect(reads.map((r) => r.errors)).toEqual(Array(IN_FLIGHT).fill(undefined));
    const created = await gql(
      CREATE_USER,
      {
        input: {
          email: 'after-failover@test.local',
          password: 'a-long-test-password',
          name: '故障后',
          role: 'BUREAU_STAFF',
        },
      },
      { token },
    );
    expect(created.errors).toBeUndefined();
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect(api.alive).toBe(true);
  }, 60_000);

  it('idle sessions terminated: the next requests and the background jobs carry on', async () => {
    expect(await terminateApiSessions()).toBeGreaterThan(0);
    const reads = await Promise.all(Array.from({ length: IN_FLIGHT }, () => gql(ENTERPRISES, {}, { token })));
    expect(reads.map((r) => r.errors)).toEqual(Array(IN_FLIGHT).fill(undefined));

    // The outbox relay lost its LISTEN session too: a new user's welcome is still sent.
    const email = 'after-idle-kill@test.local';
    const created = await gql(
      CREATE_USER,
      { input: { email, password: 'a-long-test-password', name: '空闲断开后', role: 'BUREAU_STAFF' } },
      { token },
    );
    expect(created.errors).toBeUndefined();
    const login = await gql(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password: 'a-long-test-password' },
    );
    const userToken = login.data!.login.accessToken as string;
    await waitFor(
      async () =>
        (await gql('{ unreadNotificationCount }', {}, { token: userToken })).data?.unreadNotificationCount === 1,
      15_000,
      'the welcome notification',
    );
    expect(api.alive).toBe(true);
  }, 60_000);
});
