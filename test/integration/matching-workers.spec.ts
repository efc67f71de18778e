import { hostname } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import {
  chunksOf,
  expectCompleteAndExact,
  holdLock,
  publishPolicy,
  runEnded,
  sessionsWaitingOnLock,
} from '../support/match-runs.js';
import { waitFor } from '../support/processes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { assertWorkerBuilt, WorkerProcess, workerEnv } from '../support/worker-processes.js';

// Two built worker processes (`npm run build:api` first) consume every job; the API in this process
// only serves requests and relays the outbox (RUN_WORKERS=false). A worker killed or stopped in the
// middle of a chunk: test/integration/faults/workers.spec.ts.

const REGISTER = `mutation ($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { accessToken user { enterprise { id } } }
}`;
const UPDATE_PROFILE = `mutation ($id: ID!, $input: EnterpriseProfileInput!) {
  updateEnterpriseProfile(id: $id, input: $input) { id }
}`;

const WORKERS = ['match-worker-a', 'match-worker-b'];
/** Small chunks, so a dozen enterprises make more chunks than one worker takes at once (concurrency 4). */
const CHUNK_SIZE = 2;
/** Long enough to see a chunk waiting; short enough for the retry test. */
const LOCK_TIMEOUT_MS = 5000;

describe('matching in separate worker processes', () => {
  let api: TestApp;
  const workers = new Map<string, WorkerProcess>();
  const enterpriseIds: string[] = [];
  let seq = 0;

  const ensureWorkers = async () => {
    for (const name of WORKERS) {
      if (workers.get(name)?.alive) continue;
      const env = workerEnv(api.config, {
        MATCH_CHUNK_SIZE: String(CHUNK_SIZE),
        MATCH_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
      });
      workers.set(name, await WorkerProcess.start(name, env));
    }
  };

  const publish = (code: string) => publishPolicy(api, code);
  const waitingWorkers = () => sessionsWaitingOnLock(api, WORKERS);

  const workerId = (worker: WorkerProcess) => `${hostname()}:${worker.pid}`;

  beforeAll(async () => {
    assertWorkerBuilt();
    api = await startTestApp({ env: { RUN_WORKERS: 'false' } });
    await ensureWorkers();
    for (let i = 0; i < 14; i += 1) {
      seq += 1;
      const registered = await api.gql(REGISTER, {
        input: {
          uscc: nextUscc(),
          name: `多进程匹配企业${seq}有限公司`,
          email: `workers-${seq}-${Date.now()}@test.local`,
          password: 'a-long-enterprise-password',
        },
      });
      expect(registered.errors).toBeUndefined();
      const { accessToken, user } = registered.data!.registerEnterprise;
      // Eligible, one number short, a missing fact, outside the zone: in turn.
      const profile = [
        { inZone: true, revenue: 10_000_000, rdExpense: 300_000 + i * 10_000 },
        { inZone: true, revenue: 10_000_000, rdExpense: 250_000 },
        { inZone: true, revenue: 10_000_000 },
        { inZone: false, revenue: 10_000_000, rdExpense: 900_000 },
      ][i % 4];
      const updated = await api.gql(UPDATE_PROFILE, { id: user.enterprise.id, input: profile }, { token: accessToken });
      expect(updated.errors).toBeUndefined();
      enterpriseIds.push(user.enterprise.id);
    }
    await api.waitForJobs(60_000);
  }, 240_000);

  beforeEach(async () => {
    await ensureWorkers();
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...workers.values()].map((worker) => worker.stop()));
    await api?.close();
  }, 60_000);

  it('publishing matches every enterprise equal to the engine, with both workers sharing the chunks', async () => {
    // Hold the chunks at their first write until both workers have taken some: one worker takes at
    // most four at a time, so the other must take the rest.
    const gate = await holdLock(api.config.DATABASE_URL!, 'LOCK TABLE policy_matches IN ACCESS EXCLUSIVE MODE');
    let runId: string;
    const seen = new Set<string>();
    try {
      runId = await publish('WORKERS_SHARE');
      await waitFor(
        async () => {
          for (const { name } of await waitingWorkers()) seen.add(name);
          return seen.size === WORKERS.length;
        },
        30_000,
        'both workers to be inside a chunk',
      );
    } finally {
      await gate.release();
    }
    const run = await runEnded(api, runId);
    await expectCompleteAndExact(api, run);
    const chunks = await chunksOf(api, runId);
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.every((c) => c.status === 'DONE')).toBe(true);
    expect(new Set(chunks.map((c) => c.finishedBy))).toEqual(new Set(WORKERS.map((n) => workerId(workers.get(n)!))));
  }, 180_000);

  it('a chunk that fails once on a lock timeout is retried and succeeds', async () => {
    const target = enterpriseIds[5];
    // A long-running transaction on one enterprise's matches (an admin's bulk fix, a migration).
    const hold = await holdLock(
      api.config.DATABASE_URL!,
      'SELECT 1 FROM policy_matches WHERE "enterpriseId" = $1 FOR UPDATE',
      [target],
    );
    expect(hold.rows).toBeGreaterThan(0);
    let runId: string;
    let failedJob: { id: string; payload: { fromId: string; toId: string; chunkNo: number } } | undefined;
    try {
      runId = await publish('WORKERS_RETRY');
      await waitFor(
        async () => {
          [failedJob] = await api.dataSource.query(
            `SELECT id, payload FROM outbox WHERE name = 'run.chunk' AND payload->>'runId' = $1 AND "lastError" IS NOT NULL`,
            [runId],
          );
          return failedJob !== undefined;
        },
        60_000,
        'the chunk behind the lock to fail',
      );
    } finally {
      await hold.release();
    }
    const run = await runEnded(api, runId);
    await expectCompleteAndExact(api, run);

    const { fromId, toId, chunkNo } = failedJob!.payload;
    expect(fromId <= target && target <= toId).toBe(true);
    const [job] = await api.dataSource.query('SELECT status, "lastError" FROM outbox WHERE id = $1', [failedJob!.id]);
    expect(job).toMatchObject({ status: 'DONE', lastError: expect.stringMatching(/lock timeout/) });
    const chunks = await chunksOf(api, runId);
    expect(chunks.find((c) => c.chunkNo === chunkNo)).toMatchObject({ status: 'DONE', attempt: 2 });
    expect(chunks.filter((c) => c.chunkNo !== chunkNo).every((c) => c.status === 'DONE' && c.attempt === 1)).toBe(true);
  }, 180_000);
});
