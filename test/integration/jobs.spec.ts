import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { defineJob } from '../../apps/api/src/core/queue/job-definition.js';
import { JobRegistry } from '../../apps/api/src/core/queue/job-registry.js';
import { OutboxService } from '../../apps/api/src/core/queue/outbox.service.js';
import { OutboxRelay } from '../../apps/api/src/core/queue/outbox-relay.service.js';
import { QueueName } from '../../apps/api/src/core/queue/queue-name.js';
import { USER_CREATED } from '../../apps/api/src/core/users/user-created.job.js';
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

// The same processors run through BullMQ (with Redis) or from the outbox table in-process (without):
// two code paths, so each test runs in both modes.
describe.each([
  { mode: 'BullMQ', redis: true },
  { mode: 'in-process', redis: false },
])('background jobs ($mode)', ({ redis }) => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('runs the user.created job of a new user (a BullMQ job whose id is the outbox id)', async () => {
    const email = `welcome-${redis}@test.local`;
    const userId = await createUser(api, email);
    await welcomeArrives(api, email);
    const [row] = await api.dataSource.query(
      `SELECT id, status FROM outbox WHERE name = $1 AND payload->>'userId' = $2`,
      [USER_CREATED.name, userId],
    );
    expect(row.status).toBe('DONE');
    if (!redis) return;
    const job = await api.app.get(OutboxRelay).queue(QueueName.NOTIFICATIONS)!.getJob(row.id);
    expect(job?.name).toBe(USER_CREATED.name);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const FLAKY = defineJob<{ attempt: string }>(QueueName.NOTIFICATIONS, 'test.flaky');
    let calls = 0;
    api.app.get(JobRegistry).register(FLAKY, async () => {
      calls += 1;
      if (calls === 1) throw new Error('first attempt fails');
    });
    await api.dataSource.transaction((manager) =>
      api.app.get(OutboxService).enqueue(manager, FLAKY, { attempt: 'first fails' }),
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
