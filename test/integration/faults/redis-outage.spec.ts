import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chunksOf,
  expectCompleteAndExact,
  holdLock,
  loadDemoEnterprises,
  publishPolicy,
  runEnded,
  sessionsWaitingOnLock,
} from '../../support/match-runs.js';
import { OwnRedis, freePort, waitFor } from '../../support/processes.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

// A Redis of this test's own (never the shared one), without persistence: stopped while a re-match
// run is under way, it comes back empty, as a crashed cache without a disk would.

describe('Redis stopped during a publish', () => {
  let api: TestApp;
  let redis: OwnRedis;

  const outboxByStatus = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (
        (await api.dataSource.query('SELECT status, count(*)::int AS n FROM outbox GROUP BY status')) as {
          status: string;
          n: number;
        }[]
      ).map((row) => [row.status, row.n]),
    );

  beforeAll(async () => {
    redis = new OwnRedis(await freePort());
    await redis.start();
    api = await startTestApp({
      env: { REDIS_URL: redis.url, MATCH_CHUNK_SIZE: '25', QUEUE_LOCK_DURATION_MS: '3000' },
    });
    await loadDemoEnterprises(api);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  it('keeps new jobs in the outbox while it is down; once it is back the runs finish, nothing lost or doubled', async () => {
    // Hold one chunk at its first write, so the run is provably under way when Redis goes.
    const [{ id: target }] = await api.dataSource.query('SELECT id FROM enterprises ORDER BY id OFFSET 150 LIMIT 1');
    const hold = await holdLock(
      api.config.DATABASE_URL!,
      'SELECT 1 FROM policy_matches WHERE "enterpriseId" = $1 FOR UPDATE',
      [target],
    );
    let during: string;
    let before: string;
    try {
      before = await publishPolicy(api, 'OUTAGE_BEFORE');
      await waitFor(
        async () => (await sessionsWaitingOnLock(api)).some((s) => s.query.includes('policy_matches')),
        20_000,
        'a chunk to be under way',
      );
      await redis.stop();
      await waitFor(async () => (await fetch(`${api.url}/health`)).status === 503, 10_000, 'health to see Redis down');

      // The API still takes changes; their jobs wait in the outbox.
      during = await publishPolicy(api, 'OUTAGE_DURING');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [startJob] = await api.dataSource.query(
        `SELECT status FROM outbox WHERE name = 'run.start' AND payload->>'runId' = $1`,
        [during],
      );
      expect(startJob.status).toBe('PENDING');
    } finally {
      await hold.release();
    }
    // The chunks that were running finish their transaction while Redis is down.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await outboxByStatus()).FAILED).toBeUndefined();

    await redis.start();
    for (const runId of [before, during]) {
      await expectCompleteAndExact(api, await runEnded(api, runId, 45_000));
      const chunks = await chunksOf(api, runId);
      expect(chunks.length).toBe(12);
      expect(chunks.every((c) => c.status === 'DONE')).toBe(true);
    }
    expect(await outboxByStatus()).toEqual({ DONE: expect.any(Number) });
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  }, 90_000);
});
