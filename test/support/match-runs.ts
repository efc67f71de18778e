import { expect } from '@jest/globals';
import { toIsoDay } from '#matching';
import pg from 'pg';
import { DemoDataService } from '../../apps/api/src/modules/demo/demo-data.service.js';
import { engineMatches, storedMatches } from './engine-matches.js';
import { rdSubsidyInput } from './policy-fixtures.js';
import { waitFor } from './processes.js';
import type { TestApp } from './test-app.js';

// Helpers of the tests that watch a re-match run through workers, faults and all.

const CREATE = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }';
const PUBLISH = 'mutation ($id: ID!) { publishPolicy(id: $id) { matchRun { id } } }';
const RUN = 'query ($id: ID!) { matchRun(id: $id) { status total done failed startedAt } }';

export interface Run {
  status: string;
  total: number;
  done: number;
  failed: number;
  startedAt: string;
}

export interface Chunk {
  chunkNo: number;
  fromId: string;
  toId: string;
  status: string;
  finishedBy: string | null;
  attempt: number | null;
}

/** A transaction on a connection of the test's own, holding a lock until released. */
export async function holdLock(url: string, sql: string, params: unknown[] = []) {
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

/**
 * The demo set's 300 enterprises (profiles with gaps and near misses, as imported), without its leads,
 * requests and applications, matched by the run the load starts: a population for re-match runs.
 */
export async function loadDemoEnterprises(api: TestApp): Promise<void> {
  const demo = api.app.get(DemoDataService);
  await demo.load({ ...demo.generate(), applications: [], leads: [], requests: [] });
  await api.waitForJobs(60_000);
}

/** Creates and publishes an R&D subsidy policy as the admin: its re-match run's id. */
export async function publishPolicy(api: TestApp, code: string): Promise<string> {
  const token = await api.adminToken();
  const input = rdSubsidyInput(code, {
    name: '缺研发',
    facts: { inZone: true, revenue: 10_000_000 },
    expectedOutcome: 'NEEDS_INFO',
    expectedBenefit: 0,
  });
  const created = await api.gql(CREATE, { input }, { token });
  expect(created.errors).toBeUndefined();
  const published = await api.gql(PUBLISH, { id: created.data?.createPolicy.id }, { token });
  expect(published.errors).toBeUndefined();
  return published.data?.publishPolicy.matchRun.id as string;
}

/** The run as the admin sees it once it has left RUNNING. */
export async function runEnded(api: TestApp, id: string, timeoutMs = 90_000): Promise<Run> {
  const token = await api.adminToken();
  let run: Run | null = null;
  await waitFor(
    async () => {
      run = (await api.gql(RUN, { id }, { token })).data?.matchRun as Run;
      return run.status !== 'RUNNING';
    },
    timeoutMs,
    `match run ${id} to end`,
  );
  return run!;
}

export async function chunksOf(api: TestApp, runId: string): Promise<Chunk[]> {
  return api.dataSource.query(
    `SELECT "chunkNo", "fromId", "toId", status, "finishedBy", attempt FROM match_run_chunks
      WHERE "runId" = $1 ORDER BY "chunkNo"`,
    [runId],
  );
}

/** Sessions of the given applications (all but the test's lock holder when none given) waiting for a lock. */
export async function sessionsWaitingOnLock(
  api: TestApp,
  applicationNames?: string[],
): Promise<{ name: string; query: string }[]> {
  return api.dataSource.query(
    `SELECT application_name AS name, query FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'
        AND ($1::text[] IS NULL OR application_name = ANY($1))`,
    [applicationNames ?? null],
  );
}

/**
 * Stored matches equal the pure engine run on every enterprise (each (enterprise, policy) pair exactly
 * once), and the run counted every enterprise exactly once: nothing lost, nothing doubled.
 */
export async function expectCompleteAndExact(api: TestApp, run: Run): Promise<void> {
  const [{ total }] = await api.dataSource.query('SELECT count(*)::int AS total FROM enterprises');
  expect(run).toMatchObject({ status: 'FINISHED', total, done: total, failed: 0 });
  await api.waitForJobs(60_000);
  expect(await storedMatches(api)).toEqual(await engineMatches(api, toIsoDay(run.startedAt)!));
}
