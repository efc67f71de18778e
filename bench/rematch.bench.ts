import { createWriteStream, createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { compilePolicy, ENGINE_VERSION, normalizeStoredFacts, STORED_FACT_NAMES, toIsoDay } from '#matching';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadSynthetic } from '../apps/api/src/cli/seed-synthetic-data.js';
import { factsHash } from '../apps/api/src/modules/matching/facts-hash.js';
import { gapsOf, isNearMiss } from '../apps/api/src/modules/matching/match-rows.js';
import { PoliciesService } from '../apps/api/src/modules/policies/policies.service.js';
import { rulesOf } from '../apps/api/src/modules/policies/policy-content.js';
import { assertWorkerBuilt } from '../test/support/worker-processes.js';
import {
  draftBenchPolicy,
  peakRssMb,
  publishDraft,
  runEnd,
  startBenchApi,
  startWorkers,
  type BenchApi,
} from './rematch-setup.js';
import { now, type BenchReport, type BenchRow, type TargetMeasurement } from './support/measure.js';
import { smoke } from './support/mode.js';

/**
 * Issue 12, target 3: re-match after publish, end to end. `publishPolicy` through the API → the
 * MatchRun it started leaves RUNNING, with built worker processes doing the work, over N synthetic
 * enterprises × 30 published policies (29 seeded + the one published). Baselines of the same run:
 * evaluating the 30 compiled policies over every enterprise in this process, and COPY of the result
 * rows into policy_matches. `node dist/bench/run.js rematch --enterprises 10000,100000`.
 */
export const POLICIES = 30;
const DEFAULT_SIZES = [10_000];
const SMOKE_SIZES = [300];
/** Smoke: one worker (each worker's boot costs seconds on a busy machine). */
const WORKER_COUNTS = smoke ? [1] : [1, 2];

export interface RematchCase {
  enterprises: number;
  workers: number;
  ms: number;
  rows: number;
  /** Largest VmHWM of the case's workers. */
  peakRssMb: number;
  status: string;
}

/** Figures of this process's runs, for the embedded bench's comparison. */
export const measuredCases: RematchCase[] = [];

const { values: args } = parseArgs({
  options: { enterprises: { type: 'string' }, 'chunk-size': { type: 'string' }, concurrency: { type: 'string' } },
  strict: false,
});

/**
 * `--chunk-size N` (or BENCH_MATCH_CHUNK_SIZE) and `--concurrency N` (or BENCH_WORKER_CONCURRENCY): the
 * workers' MATCH_CHUNK_SIZE and WORKER_CONCURRENCY, to try others than the defaults.
 */
export function workerOverrides(): Record<string, string> {
  const size = typeof args['chunk-size'] === 'string' ? args['chunk-size'] : process.env.BENCH_MATCH_CHUNK_SIZE;
  const concurrency = typeof args.concurrency === 'string' ? args.concurrency : process.env.BENCH_WORKER_CONCURRENCY;
  return {
    ...(size ? { MATCH_CHUNK_SIZE: size } : {}),
    ...(concurrency ? { WORKER_CONCURRENCY: concurrency } : {}),
  };
}

export function rematchSizes(): number[] {
  if (smoke) return SMOKE_SIZES;
  const values = args;
  const given = typeof values.enterprises === 'string' ? values.enterprises : process.env.BENCH_REMATCH_ENTERPRISES;
  if (!given) return DEFAULT_SIZES;
  const sizes = given.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--enterprises: a list like 10000,100000`);
  return sizes;
}

export async function rematchBench(): Promise<BenchReport> {
  assertWorkerBuilt();
  const sizes = rematchSizes();
  const rows: BenchRow[] = [];
  const targets: TargetMeasurement[] = [];
  const notes: string[] = [];
  const data: Record<string, unknown> = { policies: POLICIES, workerEnv: workerOverrides(), cases: [] as unknown[] };
  for (const size of sizes) {
    const api = await startBenchApi();
    try {
      const result = await measureSize(api, size, WORKER_COUNTS);
      (data.cases as unknown[]).push(result);
      const [one, two] = result.cases;
      const baselineMs = result.evalMs + result.copyMs;
      rows.push(
        {
          case: `${size} × ${POLICIES}: evaluation  [baseline]`,
          value: secs(result.evalMs),
          ratio: null,
          note: rate(result.rows, result.evalMs),
        },
        {
          case: `${size} × ${POLICIES}: COPY of the rows  [baseline]`,
          value: secs(result.copyMs),
          ratio: null,
          note: rate(result.rows, result.copyMs),
        },
        ...result.cases.map((c) => ({
          case: `${size} × ${POLICIES}: publish → run finished, ${c.workers} worker${c.workers > 1 ? 's' : ''}`,
          value: secs(c.ms),
          ratio: baselineMs / c.ms,
          note: `${rate(c.rows, c.ms)}, worker peak RSS ${c.peakRssMb.toFixed(0)} MB, ${c.status}`,
        })),
      );
      targets.push(
        {
          name: `rematch ${size}: (evaluation + COPY) ÷ end-to-end, 1 worker`,
          unit: 's',
          value: one.ms / 1000,
          baseline: baselineMs / 1000,
          ratio: baselineMs / one.ms,
          target: 1 / 3,
        },
        ...(result.cases.length > 1
          ? [
              {
                name: `rematch ${size}: 2 workers speed-up over 1`,
                unit: 's',
                value: two!.ms / 1000,
                baseline: one.ms / 1000,
                ratio: one.ms / two!.ms,
                target: 1.6,
              },
            ]
          : []),
        {
          name: `rematch ${size}: 512 MB ÷ worker peak RSS`,
          unit: 'MB',
          value: Math.max(...result.cases.map((c) => c.peakRssMb)),
          baseline: 512,
          ratio: 512 / Math.max(...result.cases.map((c) => c.peakRssMb)),
          target: 1,
        },
      );
      for (const c of result.cases) if (c.status !== 'FINISHED') throw new Error(`a run ended ${c.status}`);
    } finally {
      await api.close();
    }
  }
  notes.push(
    'ratio = (evaluation + COPY baselines) ÷ end-to-end time; target ≥ 1/3 (100,000 in ≤ 3 × the baselines).',
    `Each case: policy_matches emptied, fresh workers (concurrency ${workerOverrides().WORKER_CONCURRENCY ?? 4} each, chunks of ${workerOverrides().MATCH_CHUNK_SIZE ?? 500}), then updatePolicy + publishPolicy through the API; ` +
      'timed from the publish request to the run row leaving RUNNING (polled every 20 ms), so every row is written.',
    'Baselines: compilePolicy().evaluate over facts read beforehand (outcome, benefit, missing facts, gaps, near miss: what a row needs), ' +
      'wall clock; COPY (pg-copy-streams, text format) of the same rows into the emptied policy_matches from a file written beforehand.',
  );
  return {
    bench: 'rematch',
    baseline: 'evaluation of the 30 compiled policies in-process + COPY of the result rows',
    ratioMeaning: '(evaluation + COPY) ÷ this; 1 = as fast as the two limits back to back',
    rows,
    data,
    notes,
    targets,
  };
}

export interface SizeResult {
  enterprises: number;
  rows: number;
  seedMs: number;
  evalMs: number;
  copyMs: number;
  copyBytes: number;
  cases: RematchCase[];
}

/** Seeds `size` enterprises and 29 policies, then times the baselines and a publish per worker count. */
export async function measureSize(api: BenchApi, size: number, workerCounts: readonly number[]): Promise<SizeResult> {
  // The bench policy is published before the enterprises exist, by a worker that then stops: its
  // run is empty, and no job of it is left for a measured case.
  let publishedId: string | null = null;
  let version = 1;
  {
    const [worker] = await startWorkers(api, 1);
    const draft = await draftBenchPolicy(api.gql, api.token, publishedId, version);
    const run = await publishDraft(api.gql, api.token, draft);
    await runEnd(api.dataSource, run, 60_000);
    publishedId = draft;
    await worker.stop();
  }
  const seeded = await loadSynthetic(api.app, { enterprises: size, policies: POLICIES, match: false });
  const day = toIsoDay(new Date()) as string;
  const baselines = await measureBaselines(api, day);
  const cases: RematchCase[] = [];
  for (const workers of workerCounts) {
    await api.dataSource.query('TRUNCATE policy_matches');
    await api.dataSource.query('VACUUM ANALYZE policy_matches');
    const processes = await startWorkers(api, workers, workerOverrides());
    version += 1;
    const draft = await draftBenchPolicy(api.gql, api.token, publishedId, version);
    const t0 = now();
    const runId = await publishDraft(api.gql, api.token, draft);
    const end = await runEnd(api.dataSource, runId, 30 * 60_000);
    const ms = now() - t0;
    publishedId = draft;
    const peak = Math.max(...processes.map((p) => peakRssMb(p.pid)));
    const [{ count }] = (await api.dataSource.query('SELECT count(*)::int AS count FROM policy_matches')) as {
      count: number;
    }[];
    await Promise.all(processes.map((p) => p.stop()));
    const measured = { enterprises: size, workers, ms, rows: count, peakRssMb: peak, status: end.status };
    cases.push(measured);
    measuredCases.push(measured);
  }
  return { enterprises: size, seedMs: seeded.ms, ...baselines, cases };
}

/**
 * The limits, for the same enterprises and the 30 policies in force: evaluation alone (facts read
 * first, untimed), then COPY of every result row into the emptied policy_matches from a file the
 * rows were written to (untimed). policy_matches is emptied again after.
 */
async function measureBaselines(api: BenchApi, day: string) {
  const policies = (await api.app.get(PoliciesService).inForce(api.dataSource.manager, day)).map((policy) => ({
    id: policy.id,
    version: policy.version,
    rowVersion: policy.rowVersion,
    compiled: compilePolicy(rulesOf(policy), { validate: false }),
  }));
  if (policies.length !== POLICIES) throw new Error(`${policies.length} policies in force, expected ${POLICIES}`);
  const columns = STORED_FACT_NAMES.map((name) => `"${name}"`).join(', ');
  const subjects = (
    (await api.dataSource.query(`SELECT id, ${columns} FROM enterprises ORDER BY id`)) as {
      id: string;
    }[]
  ).map(({ id, ...facts }) => ({ id, facts: normalizeStoredFacts(facts) as Record<string, unknown> }));

  let checksum = 0;
  const t0 = now();
  for (const policy of policies) {
    for (const subject of subjects) {
      const result = policy.compiled.evaluate(subject.facts, day);
      checksum += result.benefit + result.missingFacts.length + gapsOf(result).length + (isNearMiss(result) ? 1 : 0);
    }
  }
  const evalMs = now() - t0;
  if (!Number.isFinite(checksum)) throw new Error('evaluation checksum');

  const dir = mkdtempSync(join(tmpdir(), 'bench-rematch-'));
  const file = join(dir, 'rows.copy');
  try {
    const out = createWriteStream(file);
    for (const policy of policies) {
      for (const subject of subjects) {
        const result = policy.compiled.evaluate(subject.facts, day);
        const line =
          [
            subject.id,
            policy.id,
            result.outcome,
            String(result.benefit),
            `{${result.missingFacts.join(',')}}`,
            JSON.stringify(gapsOf(result)).replace(/\\/g, '\\\\'),
            isNearMiss(result) ? 't' : 'f',
            factsHash(subject.facts, policy, day),
            ENGINE_VERSION,
            day,
          ].join('\t') + '\n';
        if (!out.write(line)) await once(out, 'drain');
      }
    }
    out.end();
    await once(out, 'finish');
    const client = new pg.Client({ connectionString: api.config.DATABASE_URL });
    await client.connect();
    try {
      await client.query('TRUNCATE policy_matches');
      const t1 = now();
      await pipeline(
        createReadStream(file, { highWaterMark: 1 << 20 }),
        client.query(
          copyFrom(
            `COPY policy_matches ("enterpriseId", "policyId", outcome, benefit, "missingFacts", gaps, "nearMiss",
             "factsHash", "engineVersion", "asOf") FROM STDIN`,
          ),
        ),
      );
      const copyMs = now() - t1;
      await client.query('TRUNCATE policy_matches');
      return { rows: policies.length * subjects.length, evalMs, copyMs, copyBytes: statSync(file).size };
    } finally {
      await client.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const rate = (rows: number, ms: number): string => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
