import { hostname } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { OutboxRelay } from '../../../apps/api/src/core/queue/outbox-relay.service.js';
import { QueueName } from '../../../apps/api/src/core/queue/queue-name.js';
import {
  chunksOf,
  expectCompleteAndExact,
  holdLock,
  loadDemoEnterprises,
  publishPolicy,
  runEnded,
  sessionsWaitingOnLock,
} from '../../support/match-runs.js';
import { waitFor } from '../../support/processes.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { assertWorkerBuilt, WorkerProcess, workerEnv } from '../../support/worker-processes.js';

// A re-match run of the 300 demo enterprises in chunks shared by two built `worker.js` processes
// (`npm run build:api` first); the API here only serves and relays (RUN_WORKERS=false). One worker
// is stopped in the middle of a chunk: killed outright, or asked to stop.

const WORKERS = ['fault-worker-a', 'fault-worker-b'];

describe('a worker stopped in the middle of a chunk', () => {
  let api: TestApp;
  const workers = new Map<string, WorkerProcess>();
  let target: string;

  const ensureWorkers = async () => {
    for (const name of WORKERS) {
      if (workers.get(name)?.alive) continue;
      // 25 enterprises a chunk: 12 chunks, more than one worker runs at once (concurrency 4).
      workers.set(name, await WorkerProcess.start(name, workerEnv(api.config, { MATCH_CHUNK_SIZE: '25' })));
    }
  };

  /** Publishes with the target's matches locked, and returns once a worker waits inside its chunk. */
  const publishAndCatchAWorkerInAChunk = async (code: string) => {
    // A long transaction on one enterprise's matches (an admin's bulk fix) holds its chunk mid-flight.
    const hold = await holdLock(
      api.config.DATABASE_URL!,
      'SELECT 1 FROM policy_matches WHERE "enterpriseId" = $1 FOR UPDATE',
      [target],
    );
    expect(hold.rows).toBeGreaterThan(0);
    try {
      const runId = await publishPolicy(api, code);
      let waiting: { name: string; query: string }[] = [];
      await waitFor(
        async () =>
          (waiting = await sessionsWaitingOnLock(api, WORKERS)).some((w) => w.query.includes('policy_matches')),
        30_000,
        'a worker to wait inside the chunk',
      );
      const busy = workers.get(waiting.find((w) => w.query.includes('policy_matches'))!.name)!;
      return { runId, busy, release: hold.release };
    } catch (error) {
      await hold.release();
      throw error;
    }
  };

  const activeJobs = async () =>
    (await api.app.get(OutboxRelay).queue(QueueName.MATCHING)!.getJobCounts('active')).active;

  const workerId = (worker: WorkerProcess) => `${hostname()}:${worker.pid}`;

  beforeAll(async () => {
    assertWorkerBuilt();
    api = await startTestApp({ env: { RUN_WORKERS: 'false' } });
    await ensureWorkers();
    await loadDemoEnterprises(api);
    [{ id: target }] = await api.dataSource.query(
      'SELECT id FROM enterprises ORDER BY id OFFSET (SELECT count(*) / 2 FROM enterprises) LIMIT 1',
    );
  }, 120_000);

  beforeEach(async () => {
    await ensureWorkers();
  }, 90_000);

  afterAll(async () => {
    await Promise.all([...workers.values()].map((worker) => worker.stop()));
    await api?.close();
  }, 90_000);

  it('SIGKILL: the other worker takes the chunk over, and the results equal a clean run', async () => {
    const { runId, busy, release } = await publishAndCatchAWorkerInAChunk('FAULT_KILL');
    try {
      await busy.kill();
    } finally {
      await release();
    }
    const survivor = [...workers.values()].find((w) => w !== busy)!;
    await expectCompleteAndExact(api, await runEnded(api, runId, 60_000));

    const chunks = await chunksOf(api, runId);
    expect(chunks.every((c) => c.status === 'DONE')).toBe(true);
    const taken = chunks.find((c) => c.fromId <= target && target <= c.toId)!;
    expect(taken.finishedBy).toBe(workerId(survivor));
    expect(survivor.output()).toContain('job stalled');
    expect(await activeJobs()).toBe(0);
  }, 90_000);

  it('SIGTERM: the busy worker finishes its running chunk before it exits; nothing is left active', async () => {
    const { runId, busy, release } = await publishAndCatchAWorkerInAChunk('FAULT_TERM');
    const other = [...workers.values()].find((w) => w !== busy)!;
    const otherLogSoFar = other.output().length;
    try {
      busy.child.kill('SIGTERM');
      // Graceful: it waits for its running chunk, which waits for our lock.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(busy.alive).toBe(true);
    } finally {
      await release();
    }
    expect([0, 'SIGTERM']).toContain(await busy.exited);
    const run = await runEnded(api, runId, 30_000);
    // Every job it ran is marked done in the outbox before it let its database connections go.
    await api.waitForJobs(15_000);
    await expectCompleteAndExact(api, run);

    const chunks = await chunksOf(api, runId);
    expect(chunks.every((c) => c.status === 'DONE')).toBe(true);
    // Finished by the worker that was asked to stop, at the first attempt: not taken over, not retried.
    const held = chunks.find((c) => c.fromId <= target && target <= c.toId)!;
    expect(held).toMatchObject({ finishedBy: workerId(busy), attempt: 1 });
    expect(other.output().slice(otherLogSoFar)).not.toContain('job stalled');
    expect(await activeJobs()).toBe(0);
  }, 90_000);
});
