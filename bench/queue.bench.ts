import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { loadEnv } from '../apps/api/src/core/config/env.schema.js';
import { JOB_OPTIONS } from '../apps/api/src/core/queue/outbox-relay.service.js';
import { KEEP_COMPLETED, QueueName } from '../apps/api/src/core/queue/queue-name.js';
import { failFastRedis } from '../apps/api/src/core/queue/redis.provider.js';
import { assertRedisReachable, dropQueuePrefix, TEST_REDIS_URL } from '../test/support/services.js';
import { fmtRate, median, now, spread, type BenchReport, type BenchRow } from './support/measure.js';
import { smoke } from './support/mode.js';

/**
 * Jobs added a round by each way of adding, in two halves timed A-B-B-A (add, addBulk, addBulk, add) so
 * that a load that rises or falls during the round hits both alike. 1,000 a round, measured before,
 * gave ×3.6–15.5 over runs: too few jobs for a busy machine's scheduler noise to average out.
 */
const ADDED = smoke ? 200 : 4_000;
/** Jobs a worker processes a round at each concurrency. */
const PROCESSED = smoke ? 200 : 2_000;
const BATCH = 100;
const HIGH_CONCURRENCY = 16;
const WARMUP = smoke ? 0 : 1;
const ROUNDS = smoke ? 1 : 11;
const MIN_ROUNDS = smoke ? 1 : 7;
const BUDGET_MS = 60_000;
/** A chunk job's payload, as the outbox relay adds it (RUN_CHUNK). */
const payload = (i: number): Record<string, unknown> => ({
  runId: '00000000-0000-4000-8000-000000000000',
  chunkNo: i,
  fromId: '00000000-0000-4000-8000-000000000001',
  toId: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
});

/**
 * BullMQ on the local Redis, with the platform's queue config: the producer connection the outbox
 * relay uses (fail-fast), the workers' blocking connection, the matching queue's name, the job options
 * every outbox job gets (attempts, backoff) and the workers' settings (lock, stalled, completed jobs kept).
 * Its own prefix (`bench_q_…`), removed at the end, so it never meets another queue.
 * 1. Adding: `addBulk` of 100-job batches vs one `add` at a time (target ≥ 5×).
 * 2. Processing: a no-op processor at concurrency 16 vs 1 on a queue filled beforehand (target ≥ 2.5×).
 */
export async function queueBench(): Promise<BenchReport> {
  await assertRedisReachable();
  const prefix = `bench_q_${Math.random().toString(36).slice(2, 10)}`;
  const env = loadEnv({ NODE_ENV: 'test', REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix });
  const producer = failFastRedis(env.REDIS_URL!);
  const consumer = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
  const queue = new Queue(QueueName.MATCHING, { connection: producer, prefix: env.QUEUE_PREFIX });
  try {
    await queue.waitUntilReady();
    return await measure(queue, consumer, env.QUEUE_PREFIX, {
      lockDuration: env.QUEUE_LOCK_DURATION_MS,
      stalledInterval: env.QUEUE_STALLED_INTERVAL_MS,
      removeOnComplete: KEEP_COMPLETED,
    });
  } finally {
    await queue.close();
    producer.disconnect();
    consumer.disconnect();
    await dropQueuePrefix(prefix);
  }
}

async function measure(
  queue: Queue,
  consumer: Redis,
  prefix: string,
  workerOptions: { lockDuration: number; stalledInterval: number; removeOnComplete: typeof KEEP_COMPLETED },
): Promise<BenchReport> {
  let seq = 0;
  const jobId = (): string => `bench-${++seq}`;
  const clear = (): Promise<void> => queue.obliterate({ force: true });

  const addOneByOne = async (count = ADDED): Promise<void> => {
    for (let i = 0; i < count; i++) await queue.add('run-chunk', payload(i), { jobId: jobId(), ...JOB_OPTIONS });
  };
  const addInBatches = async (count = ADDED): Promise<void> => {
    for (let i = 0; i < count; i += BATCH) {
      await queue.addBulk(
        Array.from({ length: Math.min(BATCH, count - i) }, (_, j) => ({
          name: 'run-chunk',
          data: payload(i + j),
          opts: { jobId: jobId(), ...JOB_OPTIONS },
        })),
      );
    }
  };
  const fill = async (): Promise<void> => {
    await clear();
    await addInBatches(PROCESSED);
  };
  /** Milliseconds from the worker's start until it has completed every job of the filled queue. */
  const drain = async (concurrency: number): Promise<number> => {
    await fill();
    let done = 0;
    let resolveDone!: () => void;
    let rejectDone!: (error: Error) => void;
    const finished = new Promise<void>((resolve, reject) => {
      resolveDone = resolve;
      rejectDone = reject;
    });
    const worker = new Worker(queue.name, async () => undefined, {
      connection: consumer,
      prefix,
      concurrency,
      autorun: false,
      ...workerOptions,
    });
    worker.on('completed', () => {
      if (++done === PROCESSED) resolveDone();
    });
    worker.on('failed', (_job, error) => rejectDone(error));
    await worker.waitUntilReady();
    const t0 = now();
    void worker.run();
    // Never hang the run: a worker that stops short of the count fails the bench.
    const deadline = setTimeout(
      () => rejectDone(new Error(`concurrency ${concurrency}: ${done} of ${PROCESSED} jobs completed in 120 s`)),
      120_000,
    );
    try {
      await finished;
      return now() - t0;
    } finally {
      clearTimeout(deadline);
      await worker.close();
    }
  };

  const timed = async (fn: () => Promise<void>): Promise<number> => {
    const t0 = now();
    await fn();
    return now() - t0;
  };

  interface Round {
    add: number;
    addBulk: number;
    c1: number;
    c16: number;
  }
  const rounds: Round[] = [];
  const started = now();
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    // A-B-B-A, half the jobs each time, on the same producer connection; the queue emptied before each.
    const half = ADDED / 2;
    let add = 0;
    let addBulk = 0;
    await clear();
    add += await timed(() => addOneByOne(half));
    await clear();
    addBulk += await timed(() => addInBatches(half));
    await clear();
    addBulk += await timed(() => addInBatches(half));
    await clear();
    add += await timed(() => addOneByOne(half));
    const c1 = await drain(1);
    const c16 = await drain(HIGH_CONCURRENCY);
    if (round >= WARMUP) rounds.push({ add, addBulk, c1, c16 });
    if (round + 1 - WARMUP >= MIN_ROUNDS && now() - started > BUDGET_MS) break;
  }
  await clear();

  const rate = (jobs: number, ms: number): number => (jobs / ms) * 1000;
  const bulkRatios = rounds.map((r) => r.add / r.addBulk);
  const c16Ratios = rounds.map((r) => r.c1 / r.c16);
  const addRate = median(rounds.map((r) => rate(ADDED, r.add)));
  const bulkRate = median(rounds.map((r) => rate(ADDED, r.addBulk)));
  const c1Rate = median(rounds.map((r) => rate(PROCESSED, r.c1)));
  const c16Rate = median(rounds.map((r) => rate(PROCESSED, r.c16)));
  const rows: BenchRow[] = [
    { case: 'add, one at a time  [baseline]', value: fmtRate(addRate, 'jobs/s'), ratio: 1 },
    {
      case: `addBulk, ${BATCH} jobs a call`,
      value: fmtRate(bulkRate, 'jobs/s'),
      ratio: median(bulkRatios),
      note: spread(bulkRatios),
    },
    { case: 'no-op worker, concurrency 1  [baseline]', value: fmtRate(c1Rate, 'jobs/s'), ratio: 1 },
    {
      case: `no-op worker, concurrency ${HIGH_CONCURRENCY}`,
      value: fmtRate(c16Rate, 'jobs/s'),
      ratio: median(c16Ratios),
      note: spread(c16Ratios),
    },
  ];
  return {
    bench: 'queue',
    baseline: 'adding: one `add` at a time; processing: a no-op worker at concurrency 1 (same queue, same round)',
    ratioMeaning: 'jobs/s ÷ the baseline above it, wall clock (BullMQ and Redis both work)',
    rows,
    notes: [
      `BullMQ queue "${queue.name}" on ${TEST_REDIS_URL} with its own prefix, the outbox relay's job options (attempts, exponential backoff) and connections (fail-fast producer, blocking worker connection), the workers' settings (lock and stalled from the env defaults, completed jobs kept as KEEP_COMPLETED).`,
      `Adding: ${ADDED} jobs a round per way, in halves timed add, addBulk, addBulk, add (drift cancels), on one producer connection, with a RUN_CHUNK-shaped payload and a job id each, as the outbox relay adds them; the ratio is the median of the rounds' ratios. Processing: ${PROCESSED} jobs added beforehand, timed from the worker's start to its last 'completed' event.`,
      `Wall clock (Redis is another process), ${rounds.length} rounds after ${WARMUP} warm-up.`,
    ],
    data: {
      added: ADDED,
      processed: PROCESSED,
      addPerSec: addRate,
      addBulkPerSec: bulkRate,
      concurrency1PerSec: c1Rate,
      concurrency16PerSec: c16Rate,
      rounds: rounds.length,
    },
    targets: [
      {
        name: `queue: addBulk (${BATCH}-job batches) ÷ sequential add`,
        unit: 'jobs/s',
        value: bulkRate,
        baseline: addRate,
        ratio: median(bulkRatios),
        target: 5,
      },
      {
        name: `queue: no-op processing, concurrency ${HIGH_CONCURRENCY} ÷ concurrency 1`,
        unit: 'jobs/s',
        value: c16Rate,
        baseline: c1Rate,
        ratio: median(c16Ratios),
        target: 2.5,
      },
    ],
  };
}
