import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobRegistry } from '../../apps/api/src/core/queue/job-registry.js';
import { OutboxService } from '../../apps/api/src/core/queue/outbox.service.js';
import { OutboxRelay } from '../../apps/api/src/core/queue/outbox-relay.service.js';
import { QueueName } from '../../apps/api/src/core/queue/queue-name.js';
import { OwnRedis, freePort, waitFor } from '../support/processes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';
const MY_NOTIFICATIONS = '{ notifications { totalCount edges { node { kind title } } } unreadNotificationCount }';

async function welcomeArrives(api: TestApp, email: string): Promise<void> {
  await api.waitForJobs();
  const token = await api.login(email, 'a-long-test-password');
  const result = await api.gql(MY_NOTIFICATIONS, {}, { token });
  expect(result.data?.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['WELCOME']);
  expect(result.data?.unreadNotificationCount).toBe(1);
}

async function createUser(api: TestApp, email: string): Promise<string> {
  const input = { email, password: 'a-long-test-password', name: '新用户', role: 'BUREAU_STAFF' };
  const result = await api.gql(CREATE_USER, { input }, { token: await api.adminToken() });
  expect(result.errors).toBeUndefined();
  return result.data?.createUser.id;
}

describe('background jobs through the outbox and BullMQ', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('runs the welcome job of a new user as a BullMQ job whose id is the outbox id', async () => {
    const userId = await createUser(api, 'bull@test.local');
    await welcomeArrives(api, 'bull@test.local');
    const [row] = await api.dataSource.query(
      `SELECT id, status FROM outbox WHERE name = 'user.welcome' AND payload->>'userId' = $1`,
      [userId],
    );
    expect(row.status).toBe('DONE');
    const job = await api.app.get(OutboxRelay).queue(QueueName.NOTIFICATIONS)!.getJob(row.id);
    expect(job?.name).toBe('user.welcome');
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    let calls = 0;
    api.app.get(JobRegistry).register(QueueName.NOTIFICATIONS, 'test.flaky', async () => {
      calls += 1;
      if (calls === 1) throw new Error('first attempt fails');
    });
    await api.dataSource.transaction((manager) =>
      api.app.get(OutboxService).enqueue(manager, QueueName.NOTIFICATIONS, 'test.flaky', {}),
    );
    await api.waitForJobs();
    expect(calls).toBe(2);
  });
});

describe('background jobs without Redis (in-process)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('runs the same processors from the outbox table', async () => {
    await createUser(api, 'inproc@test.local');
    await welcomeArrives(api, 'inproc@test.local');
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    let calls = 0;
    api.app.get(JobRegistry).register(QueueName.NOTIFICATIONS, 'test.flaky', async () => {
      calls += 1;
      if (calls === 1) throw new Error('first attempt fails');
    });
    await api.dataSource.transaction((manager) =>
      api.app.get(OutboxService).enqueue(manager, QueueName.NOTIFICATIONS, 'test.flaky', {}),
    );
    await api.waitForJobs();
    expect(calls).toBe(2);
  });
});

describe('with Redis down', () => {
  let api: TestApp;
  let redis: OwnRedis;
  beforeAll(async () => {
    redis = new OwnRedis(await freePort());
    await redis.start();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  it('still accepts the change, reports Redis down, and runs the job once Redis is back', async () => {
    await redis.stop();
    await waitFor(async () => (await fetch(`${api.url}/health`)).status === 503, 10_000, 'health to report Redis down');
    const health = await (await fetch(`${api.url}/health`)).json();
    expect(health).toMatchObject({ database: 'up', redis: 'down' });

    const userId = await createUser(api, 'later@test.local');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [pending] = await api.dataSource.query(`SELECT status FROM outbox WHERE payload->>'userId' = $1`, [userId]);
    expect(pending.status).toBe('PENDING');

    await redis.start();
    await welcomeArrives(api, 'later@test.local');
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});
