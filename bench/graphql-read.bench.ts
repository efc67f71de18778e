import http from 'node:http';
import { startTestApp, type TestApp } from '../test/support/test-app.js';
import { postJson } from './support/http-post.js';
import { cpuNow, fmtRate, fmtRatio, median, now, type BenchReport } from './support/measure.js';
import { smoke } from './support/mode.js';

const REQUESTS = smoke ? 20 : 300;
const CONCURRENCY = 8;
const WARMUP_ROUNDS = smoke ? 0 : 1;
const ROUNDS = smoke ? 1 : 7;
const MIN_ROUNDS = smoke ? 1 : 3;
const BUDGET_MS = 10_000;
/** No single loop runs longer than this, whatever happens to the server. */
const LOOP_DEADLINE_MS = 10_000;

const QUERIES = {
  baseline: '{ __typename }',
  flat: '{ parks { id name } }',
  nested: '{ parks { id name parent { id name } children { id } } }',
};

interface LoopResult {
  ms: number;
  done: number;
  failures: number;
  statements: number;
  /** CPU ms this process used (server and client): PostgreSQL's share is not in it. */
  cpuMs: number;
}

/**
 * The GraphQL read path: the API booted in-process (Fastify + Mercurius + graphql-jit, TypeORM on a
 * PostgreSQL database made for this run and dropped after it), queried over loopback HTTP with
 * keep-alive connections. Every query goes with the same admin token, so each pays the same
 * authentication (one SQL statement to load the user); the baseline `{ __typename }` pays only that.
 */
export async function graphqlReadBench(): Promise<BenchReport> {
  const bootStart = now();
  // The outbox relay would poll the database in the background: keep it quiet for the count. The
  // per-address request limit would refuse most of the run (every request comes from 127.0.0.1).
  const api = await startTestApp({ redis: false, env: { OUTBOX_POLL_MS: '3600000', RATE_LIMIT_MAX: '10000000' } });
  const bootMs = now() - bootStart;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    return await measure(api, agent, bootMs);
  } finally {
    agent.destroy();
    await api.close();
  }
}

async function measure(api: TestApp, agent: http.Agent, bootMs: number): Promise<BenchReport> {
  const token = await api.adminToken();
  const url = new URL('/graphql', api.url);

  // Count the SQL statements TypeORM sends: every query runner calls logger.logQuery first.
  const logger = api.dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  let statements = 0;
  logger.logQuery = (query, parameters, runner) => {
    statements++;
    return logQuery(query, parameters, runner);
  };

  const post = (body: string) => postJson(url, agent, body, { authorization: `Bearer ${token}` }, 5_000);

  const bodies = Object.fromEntries(
    Object.entries(QUERIES).map(([k, q]) => [k, JSON.stringify({ query: q })]),
  ) as Record<keyof typeof QUERIES, string>;

  // One checked request each: the answer is data, not errors, and the parks are there.
  const sample = await post(bodies.nested);
  const parsed = JSON.parse(sample.text) as {
    data?: { parks: { parent: unknown; children: unknown[] }[] };
    errors?: unknown;
  };
  if (sample.status !== 200 || !parsed.data)
    throw new Error(`parks query failed: ${sample.status} ${sample.text.slice(0, 300)}`);
  const parks = parsed.data.parks.length;
  const withParent = parsed.data.parks.filter((p) => p.parent).length;
  const withChildren = parsed.data.parks.filter((p) => p.children.length).length;
  const perRequest: Record<string, number> = {};
  for (const key of Object.keys(bodies) as (keyof typeof QUERIES)[]) {
    const before = statements;
    const answer = await post(bodies[key]);
    if (answer.status !== 200 || answer.text.includes('"errors"'))
      throw new Error(`${key} query failed: ${answer.text.slice(0, 300)}`);
    perRequest[key] = statements - before;
  }

  const loop = async (body: string): Promise<LoopResult> => {
    let issued = 0;
    let done = 0;
    let failures = 0;
    const startStatements = statements;
    const cpu0 = cpuNow();
    const t0 = now();
    const deadline = t0 + LOOP_DEADLINE_MS;
    const worker = async (): Promise<void> => {
      while (issued < REQUESTS && now() < deadline) {
        issued++;
        try {
          const answer = await post(body);
          if (answer.status !== 200 || answer.text.includes('"errors"')) failures++;
        } catch {
          failures++;
        }
        done++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { ms: now() - t0, done, failures, statements: statements - startStatements, cpuMs: cpuNow() - cpu0 };
  };

  const keys = Object.keys(QUERIES) as (keyof typeof QUERIES)[];
  const rates: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  const sql: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  const cpuRatios: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  let failures = 0;
  let requests = 0;
  const start = now();
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    const roundRates: Record<string, number> = {};
    for (const key of keys) {
      const result = await loop(bodies[key]);
      failures += result.failures;
      requests += result.done;
      roundRates[key] = (result.done / result.ms) * 1000;
      if (round >= WARMUP_ROUNDS) {
        rates[key].push(roundRates[key]);
        sql[key].push(result.statements / result.done);
        cpu[key].push(result.cpuMs / result.done);
      }
    }
    if (round >= WARMUP_ROUNDS) {
      for (const key of keys) {
        ratios[key].push(roundRates[key] / roundRates.baseline);
        // As a throughput ratio too: baseline CPU per request ÷ this query's, in the same round.
        cpuRatios[key].push(cpu.baseline[cpu.baseline.length - 1] / cpu[key][cpu[key].length - 1]);
      }
    }
    if (round + 1 - WARMUP_ROUNDS >= MIN_ROUNDS && now() - start > BUDGET_MS) break;
  }
  logger.logQuery = logQuery;
  if (failures) throw new Error(`${failures} of ${requests} requests failed`);

  const label: Record<keyof typeof QUERIES, string> = {
    baseline: '{ __typename }  [baseline]',
    flat: 'parks { id name }',
    nested: 'parks { id name parent { id name } children { id } }',
  };
  const spread = (xs: number[]): number => (Math.max(...xs) - Math.min(...xs)) / median(xs);
  return {
    bench: 'graphql-read',
    baseline: '{ __typename } with the same token, same loop, same round',
    ratioMeaning:
      "requests/s ÷ baseline requests/s, wall clock (1 = as cheap as the trivial query; 0.5 = twice the cost); 'by CPU' = the same from this process's CPU per request, steadier on a busy machine but blind to PostgreSQL's share",
    rows: keys.map((key) => ({
      case: label[key],
      value: `${fmtRate(median(rates[key]), 'req/s')}, ${median(sql[key]).toFixed(2)} SQL/req, ${median(cpu[key]).toFixed(2)} ms CPU/req`,
      ratio: median(ratios[key]),
      note: `spread ${(spread(ratios[key]) * 100).toFixed(0)} %; by CPU ${fmtRatio(median(cpuRatios[key]))}`,
    })),
    notes: [
      `${parks} parks in the answer (${withParent} with a parent, ${withChildren} with children); a resolver per park would send ${1 + 1 + 2 * parks} statements, the loaders send ${perRequest.nested}.`,
      `SQL statements per request (one request at a time): baseline ${perRequest.baseline}, flat ${perRequest.flat}, nested ${perRequest.nested}; the token's user comes from the API's 5-second user cache (before it, every request read it: one more statement each).`,
      `${REQUESTS} requests a loop at concurrency ${CONCURRENCY} over loopback keep-alive, ${rates.baseline.length} rounds after ${WARMUP_ROUNDS} warm-up; client and server share this process and its event loop. Boot (database, migrations, seed): ${(bootMs / 1000).toFixed(1)} s.`,
    ],
    data: {
      parks,
      requestsPerLoop: REQUESTS,
      concurrency: CONCURRENCY,
      rounds: rates.baseline.length,
      bootMs: Math.round(bootMs),
      statementsPerRequest: perRequest,
      results: keys.map((key) => ({
        query: QUERIES[key],
        reqPerSec: Math.round(median(rates[key])),
        ratio: Math.round(median(ratios[key]) * 1000) / 1000,
        spread: Math.round(spread(ratios[key]) * 1000) / 1000,
        sqlPerRequest: Math.round(median(sql[key]) * 100) / 100,
        cpuMsPerRequest: Math.round(median(cpu[key]) * 1000) / 1000,
        cpuRatio: Math.round(median(cpuRatios[key]) * 1000) / 1000,
      })),
    },
  };
}
