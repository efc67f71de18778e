import { hostname } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { toIsoDay } from '#matching';
import pg from 'pg';
import { nextUscc } from '../fixtures/uscc.js';
import { engineMatches, storedMatches } from '../support/engine-matches.js';
import { rdSubsidyInput } from '../support/policy-fixtures.js';
import { waitFor } from '../support/processes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { assertWorkerBuilt, WorkerProcess } from '../support/worker-processes.js';

// Two built worker processes (`npm run build:api` first) consume every job; the API in this process
// only serves requests and relays the outbox (RUN_WORKERS=false).

const REGISTER = `mutation ($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { accessToken user { enterprise { id } } }
}`;
const UPDATE_PROFILE = `mutation ($id: ID!, $input: EnterpriseProfileInput!) {
  updateEnterpriseProfile(id: $id, input: $input) { id }
}`;
const CREATE = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }';
const PUBLISH = 'mutation ($id: ID!) { publishPolicy(id: $id) { matchRun { id } } }';
const RUN = 'query ($id: ID!) { matchRun(id: $id) { status total done failed startedAt } }';

const WORKERS = ['match-worker-a', 'match-worker-b'];
/** Small chunks, so a dozen enterprises make more chunks than one worker takes at once (concurrency 4). */
const CHUNK_SIZE = 2;
/** Long enough to see a chunk waiting and kill its worker; short enough for the retry test. */
const LOCK_TIMEOUT_MS = 5000;

interface Run {
  status: string;
  total: number;
  done: number;
  failed: number;
  startedAt: string;
}

interface Chunk {
  chunkNo: number;
  fromId: string;
  toId: string;
  status: string;
  finishedBy: string | null;
  attempt: number | null;
}

/** A transaction on a connection of the test's own, holding a lock until released. */
async function holdLock(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url, application_name: 'test-lock-holder' });
  await client.connect();
  await client.query('BEGIN');
  const result = await client.query(sql, params);
  return {
    rows: result.rowCount ?? 0,
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

describe('matching in separate worker processes', () => {
  let api: TestApp;
  let admin: string;
  const workers = new Map<string, WorkerProcess>();
  const enterpriseIds: string[] = [];
  let seq = 0;

  const ensureWorkers = async () => {
    for (const name of WORKERS) {
      if (workers.get(name)?.alive) continue;
      workers.set(
        name,
        await WorkerProcess.start(name, {
          NODE_ENV: 'test',
          DATABASE_URL: api.config.DATABASE_URL!,
          REDIS_URL: api.config.REDIS_URL!,
          QUEUE_PREFIX: api.config.QUEUE_PREFIX,
          JWT_SECRET: api.config.JWT_SECRET!,
          DATA_DIR: 'memory://',
          RUN_MIGRATIONS: 'false',
          LOG_LEVEL: 'info',
          OUTBOX_POLL_MS: '100',
          MATCH_CHUNK_SIZE: String(CHUNK_SIZE),
          MATCH_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
          // A killed worker's jobs are taken over within seconds instead of the production 30 s.
          QUEUE_LOCK_DURATION_MS: '5000',
          QUEUE_STALLED_INTERVAL_MS: '1000',
        }),
      );
    }
  };

  const publish = async (code: string): Promise<string> => {
    const input = rdSubsidyInput(code, {
      name: '缺研发',
      facts: { inZone: true, revenue: 10_000_000 },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    });
    const created = await api.gql(CREATE, { input }, { token: admin });
    expect(created.errors).toBeUndefined();
    const published = await api.gql(PUBLISH, { id: created.data?.createPolicy.id }, { token: admin });
    expect(published.errors).toBeUndefined();
    return published.data?.publishPolicy.matchRun.id as string;
  };

  const runEnded = async (id: string, timeoutMs = 90_000): Promise<Run> => {
    let run: Run | null = null;
    await waitFor(
      async () => {
        run = (await api.gql(RUN, { id }, { token: admin })).data?.matchRun as Run;
        return run.status !== 'RUNNING';
      },
      timeoutMs,
      `match run ${id} to end`,
    );
    return run!;
  };

  const chunksOf = async (runId: string): Promise<Chunk[]> =>
    api.dataSource.query(
      `SELECT "chunkNo", "fromId", "toId", status, "finishedBy", attempt FROM match_run_chunks
        WHERE "runId" = $1 ORDER BY "chunkNo"`,
      [runId],
    );

  /** The workers with a database session waiting for a lock, e.g. [['match-worker-a', 'UPDATE …']]. */
  const waitingWorkers = async (): Promise<{ name: string; query: string }[]> =>
    api.dataSource.query(
      `SELECT application_name AS name, query FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND application_name = ANY($1)`,
      [WORKERS],
    );

  const enterpriseCount = async (): Promise<number> =>
    (await api.dataSource.query('SELECT count(*)::int AS n FROM enterprises'))[0].n;

  /** Stored matches equal the engine run directly; the run counted every enterprise exactly once. */
  const expectCompleteAndExact = async (run: Run) => {
    const total = await enterpriseCount();
    expect(run).toMatchObject({ status: 'FINISHED', total, done: total, failed: 0 });
    await api.waitForJobs(60_000);
    expect(await storedMatches(api)).toEqual(await engineMatches(api, toIsoDay(run.startedAt)!));
  };

  const workerId = (worker: WorkerProcess) => `${hostname()}:${worker.pid}`;

  beforeAll(async () => {
    assertWorkerBuilt();
    api = await startTestApp({ env: { RUN_WORKERS: 'false' } });
    admin = await api.adminToken();
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
    const run = await runEnded(runId);
    await expectCompleteAndExact(run);
    const chunks = await chunksOf(runId);
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
    const run = await runEnded(runId);
    await expectCompleteAndExact(run);

    const { fromId, toId, chunkNo } = failedJob!.payload;
    expect(fromId <= target && target <= toId).toBe(true);
    const [job] = await api.dataSource.query('SELECT status, "lastError" FROM outbox WHERE id = $1', [failedJob!.id]);
    expect(job).toMatchObject({ status: 'DONE', lastError: expect.stringMatching(/lock timeout/) });
    const chunks = await chunksOf(runId);
    expect(chunks.find((c) => c.chunkNo === chunkNo)).toMatchObject({ status: 'DONE', attempt: 2 });
    expect(chunks.filter((c) => c.chunkNo !== chunkNo).every((c) => c.status === 'DONE' && c.attempt === 1)).toBe(true);
  }, 180_000);

  it('a worker killed in the middle of a chunk has it taken over: no gap, no duplicate, exact counts', async () => {
    const target = enterpriseIds[9];
    const hold = await holdLock(
      api.config.DATABASE_URL!,
      'SELECT 1 FROM policy_matches WHERE "enterpriseId" = $1 FOR UPDATE',
      [target],
    );
    let runId: string;
    let victim: WorkerProcess;
    try {
      runId = await publish('WORKERS_KILL');
      // The chunk is provably mid-flight: its upsert waits for our lock inside its transaction.
      let waiting: { name: string; query: string }[] = [];
      await waitFor(
        async () => (waiting = await waitingWorkers()).some((w) => w.query.includes('policy_matches')),
        30_000,
        'a worker to wait inside the chunk',
      );
      victim = workers.get(waiting.find((w) => w.query.includes('policy_matches'))!.name)!;
      await victim.kill();
    } finally {
      await hold.release();
    }
    const survivor = [...workers.values()].find((w) => w !== victim)!;
    const run = await runEnded(runId, 120_000);
    await expectCompleteAndExact(run);

    const chunks = await chunksOf(runId);
    expect(chunks.every((c) => c.status === 'DONE')).toBe(true);
    const taken = chunks.find((c) => c.fromId <= target && target <= c.toId)!;
    expect(taken.finishedBy).toBe(workerId(survivor));
    expect(survivor.output()).toContain('job stalled');
    expect(victim!.alive).toBe(false);
  }, 240_000);
});
