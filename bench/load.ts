import http from 'node:http';
import { readFileSync } from 'node:fs';
import { postJson } from './support/http-post.js';
import {
  ENTERPRISE_OPERATIONS,
  nextOperation,
  STAFF_OPERATIONS,
  type LoadUser,
  type LoadWorld,
  type Operation,
} from './support/load-scenario.js';
import { startLoadTarget, type LoadTarget } from './support/load-setup.js';
import { fmtRate, median, now, type BenchReport } from './support/measure.js';

/** Simulated users at once: half bureau staff, half enterprises. */
const USERS = 50;
/** Requests counted in the mixed phase (LOAD_REQUESTS to change). */
const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 5000);
const WARMUP_REQUESTS = 500;
const BASELINE_REQUESTS = 2000;
/** Each operation alone, one at a time: its cost without queueing. */
const SOLO_SAMPLES = 15;
const TIMEOUT_MS = 30_000;

/** An operation alone: median time, and per request the API's CPU and PostgreSQL's transactions and rows read. */
interface Solo {
  ms: number;
  cpuMs: number;
  transactions: number;
  rows: number;
}

interface Sample {
  op: string;
  ms: number;
  error: string | null;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** CPU milliseconds a process has used so far (Linux /proc: utime + stime, at 100 ticks a second). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * `npm run bench:load`: 50 simulated users (staff and enterprises, see support/load-scenario.ts) each
 * send their next request as soon as the last is answered, until a fixed count is reached, against the
 * built API and a worker in production mode on a fresh database with the demo set. Reports the error
 * rate (must be 0), latency percentiles per operation and overall, and requests/s, against a baseline
 * of the same 50 users sending `{ __typename }` (authentication, parsing, no resolver).
 */
export async function loadBench(): Promise<BenchReport> {
  const bootStart = now();
  const target = await startLoadTarget(USERS / 2, USERS / 2);
  const bootMs = now() - bootStart;
  const agent = new http.Agent({ keepAlive: true, maxSockets: USERS });
  try {
    return await measure(target, agent, bootMs);
  } finally {
    agent.destroy();
    await target.close();
  }
}

async function measure(target: LoadTarget, agent: http.Agent, bootMs: number): Promise<BenchReport> {
  const url = new URL('/graphql', target.api.url);
  const world: LoadWorld = { enterpriseIds: target.enterpriseIds };

  const send = async (user: LoadUser, op: Operation): Promise<Sample | null> => {
    const body = op.body(user, world);
    if (!body) return null;
    const t0 = now();
    try {
      const answer = await postJson(
        url,
        agent,
        JSON.stringify(body),
        { authorization: `Bearer ${user.token}` },
        TIMEOUT_MS,
      );
      const ms = now() - t0;
      const parsed = JSON.parse(answer.text) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (answer.status !== 200 || parsed.errors || !parsed.data)
        return { op: op.name, ms, error: `${answer.status} ${answer.text.slice(0, 200)}` };
      op.after?.(user, parsed.data);
      return { op: op.name, ms, error: null };
    } catch (error) {
      return { op: op.name, ms: now() - t0, error: String(error) };
    }
  };

  /** Every user sends its next request when the last is answered, until `count` are sent. */
  const phase = async (count: number, choose: (user: LoadUser) => Operation) => {
    const samples: Sample[] = [];
    let issued = 0;
    const t0 = now();
    await Promise.all(
      target.users.map(async (user) => {
        while (issued < count) {
          issued++;
          const sample = await send(user, choose(user));
          if (sample) samples.push(sample);
          else issued--;
        }
      }),
    );
    return { samples, seconds: (now() - t0) / 1000 };
  };

  const trivial: Operation = { name: '{ __typename }', weight: 1, body: () => ({ query: '{ __typename }' }) };
  await phase(WARMUP_REQUESTS, nextOperation);

  // Each operation alone, one request at a time, by a user of its role (a lead is created before it is
  // updated): its time without queueing, the API's CPU and PostgreSQL's transactions and rows for it.
  const solo: Record<string, Solo> = {};
  const staff = target.users.find((u) => u.role === 'BUREAU_STAFF')!;
  const enterprise = target.users.find((u) => u.role === 'ENTERPRISE')!;
  for (const [user, operations] of [
    [staff, STAFF_OPERATIONS],
    [enterprise, ENTERPRISE_OPERATIONS],
  ] as const) {
    for (const op of operations) {
      const times: number[] = [];
      const counters = await databaseCounters(target);
      const cpu = processCpuMs(target.api.pid);
      for (let i = 0; i < SOLO_SAMPLES; i++) {
        const sample = await send(user, op);
        if (sample && !sample.error) times.push(sample.ms);
      }
      const cpuMs = (processCpuMs(target.api.pid) - cpu) / SOLO_SAMPLES;
      const after = await databaseCounters(target);
      solo[op.name] = {
        ms: median(times),
        cpuMs,
        transactions: (after.xact - counters.xact) / SOLO_SAMPLES,
        rows: (after.rows - counters.rows) / SOLO_SAMPLES,
      };
    }
  }

  const baseline = await phase(BASELINE_REQUESTS, () => trivial);
  const statsBefore = await databaseCounters(target);
  const cpuBefore = { api: processCpuMs(target.api.pid), worker: processCpuMs(target.worker.pid) };
  const mixed = await phase(REQUESTS, nextOperation);
  const cpuAfter = { api: processCpuMs(target.api.pid), worker: processCpuMs(target.worker.pid) };
  const statsAfter = await databaseCounters(target);
  return report(mixed, baseline, solo, {
    bootMs,
    apiCpuMsPerRequest: (cpuAfter.api - cpuBefore.api) / mixed.samples.length,
    workerCpuMs: cpuAfter.worker - cpuBefore.worker,
    transactionsPerRequest: (statsAfter.xact - statsBefore.xact) / mixed.samples.length,
    rowsReadPerRequest: (statsAfter.rows - statsBefore.rows) / mixed.samples.length,
  });
}

async function databaseCounters(target: LoadTarget): Promise<{ xact: number; rows: number }> {
  // The counters are sent by each backend at the end of a transaction, at most every 10 ms or so: settle first.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await target.db.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await target.db.query(
    'SELECT (xact_commit + xact_rollback)::float8 AS xact, (tup_returned + tup_fetched)::float8 AS rows FROM pg_stat_database WHERE datname = $1',
    [target.databaseName],
  );
  return rows[0];
}

interface Extra {
  bootMs: number;
  apiCpuMsPerRequest: number;
  workerCpuMs: number;
  transactionsPerRequest: number;
  rowsReadPerRequest: number;
}

type Phase = { samples: Sample[]; seconds: number };

function report(mixed: Phase, baseline: Phase, solo: Record<string, Solo>, extra: Extra): BenchReport {
  const summarize = (samples: Sample[]) => {
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    const errors = samples.filter((s) => s.error).length;
    return {
      count: samples.length,
      errors,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1],
    };
  };
  const fmt = (s: ReturnType<typeof summarize>) =>
    `p50 ${s.p50.toFixed(0)} / p95 ${s.p95.toFixed(0)} / p99 ${s.p99.toFixed(0)} ms`;
  const all = summarize(mixed.samples);
  const base = summarize(baseline.samples);
  const rate = all.count / mixed.seconds;
  const baseRate = base.count / baseline.seconds;
  const ops = [...new Set(mixed.samples.map((s) => s.op))].sort();
  const perOp = Object.fromEntries(ops.map((op) => [op, summarize(mixed.samples.filter((s) => s.op === op))]));
  const errors = mixed.samples.filter((s) => s.error);
  return {
    bench: 'load',
    failure: errors.length ? `${errors.length} of ${all.count} requests failed (the error rate must be 0)` : undefined,
    baseline: `the same ${USERS} users sending { __typename } (token check, parse; no resolver)`,
    ratioMeaning: 'requests/s ÷ baseline requests/s in the same run (operation rows: solo median ms ÷ loaded p50 ms)',
    rows: [
      {
        case: '{ __typename }  [baseline]',
        value: `${fmtRate(baseRate, 'req/s')}, ${fmt(base)}`,
        ratio: 1,
        note: `errors ${base.errors}/${base.count}`,
      },
      {
        case: `mixed, ${USERS} users`,
        value: `${fmtRate(rate, 'req/s')}, ${fmt(all)}`,
        ratio: rate / baseRate,
        note: `errors ${all.errors}/${all.count} (${((all.errors / all.count) * 100).toFixed(2)} %)`,
      },
      ...ops.map((op) => ({
        case: `  ${op}`,
        value: `${perOp[op].count} req, ${fmt(perOp[op])}`,
        ratio: solo[op].ms / perOp[op].p50,
        note: `alone ${solo[op].ms.toFixed(1)} ms, API CPU ${solo[op].cpuMs.toFixed(1)} ms, SQL ${solo[op].transactions.toFixed(1)} tx / ${solo[op].rows.toFixed(0)} rows; errors ${perOp[op].errors}`,
      })),
    ],
    notes: [
      `${all.count} requests (${USERS / 2} staff, ${USERS / 2} enterprise users, each sends the next when answered) in ${mixed.seconds.toFixed(1)} s after ${WARMUP_REQUESTS} warm-up; baseline ${base.count} in ${baseline.seconds.toFixed(1)} s.`,
      `API process CPU ${extra.apiCpuMsPerRequest.toFixed(2)} ms/request (a single event loop: at most ~${(1000 / extra.apiCpuMsPerRequest).toFixed(0)} req/s); worker CPU ${(extra.workerCpuMs / 1000).toFixed(1)} s in the phase.`,
      `PostgreSQL: ${extra.transactionsPerRequest.toFixed(1)} transactions (each autocommit statement is one) and ${extra.rowsReadPerRequest.toFixed(0)} rows read per request.`,
      `Little's law: ${USERS} in flight ÷ ${rate.toFixed(0)} req/s = ${((USERS / rate) * 1000).toFixed(0)} ms mean wait; an operation's loaded p50 over its solo time is queueing.`,
      `Production mode (NODE_ENV=production, RUN_WORKERS=false + one worker.js), demo set; boot, seed and users ${(extra.bootMs / 1000).toFixed(1)} s.`,
      ...errors.slice(0, 3).map((e) => `error: ${e.op}: ${e.error}`),
    ],
    data: {
      users: USERS,
      requests: all.count,
      errorRate: all.errors / all.count,
      reqPerSec: rate,
      latencyMs: all,
      baseline: { reqPerSec: baseRate, latencyMs: base },
      perOperation: perOp,
      solo,
      ...extra,
    },
  };
}
