import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { API_MAIN } from '../test/support/api-process.js';
import { waitFor } from '../test/support/processes.js';
import { createTestDatabase, dropQueuePrefix, TEST_REDIS_URL } from '../test/support/services.js';
import { TEST_ADMIN } from '../test/support/test-app.js';
import { makeApiBenchData } from './api-data.js';
import { fmtRate, median, type BenchReport, type TargetMeasurement } from './support/measure.js';
import { setupClient } from './support/load-setup.js';
import { smoke } from './support/mode.js';

/** Enterprises in the bench's data (API_BENCH_ENTERPRISES to change); leads: half as many. */
const ENTERPRISES = Number(process.env.API_BENCH_ENTERPRISES ?? (smoke ? 200 : 10_000));
const CONNECTIONS = 32;
const PAGE = 50;
/** Seconds each side runs in a round, after a warm-up of WARMUP_S each. */
const SECONDS = smoke ? 1 : 5;
const WARMUP_S = smoke ? 0 : 2;
const ROUNDS = smoke ? 1 : 3;
/** Requests, one at a time, whose PostgreSQL transactions are counted per page size. */
const SQL_SAMPLE = smoke ? 5 : 20;
/** Ports of this bench's two servers (API_BENCH_PORT to move them). */
const API_PORT = Number(process.env.API_BENCH_PORT ?? 4101);
const RAW_PORT = API_PORT + 50;

const ENTERPRISES_QUERY = `query ($first: Int!) { enterprises(first: $first) { pageInfo { endCursor hasNextPage }
  edges { node { id uscc name industry tier parkCode park { id name } eligiblePolicyCount } } } }`;
/** The admin app's kanban column (LEADS_QUERY with the LeadRow fragment), one stage. */
const LEADS_QUERY = `query ($filter: LeadFilter, $first: Int!) { leads(filter: $filter, first: $first) { totalCount
  pageInfo { endCursor hasNextPage } edges { node { id version companyName stage lostFromStage score plannedInvestment
  nextAction nextActionDate overdue enquiryOverdue commitmentShortfall expansionIntent atRisk aftercareOverdue ownerId
  ownerName industryCode source targetParkId targetPark { id name nameEn } } } } }`;
const QUALIFIERS_QUERY = `query ($policyId: ID!, $first: Int!) { policyQualifiers(policyId: $policyId, first: $first) {
  pageInfo { endCursor hasNextPage } edges { node { id enterpriseId outcome benefit nearMiss missingFacts
  enterprise { id name uscc parkCode } } } } }`;

interface Case {
  key: string;
  label: string;
  /** The GraphQL body for a page size. */
  body(first: number): string;
  /** The raw handler's path for a page size. */
  path(first: number): string;
  /** The ids of the answer's rows, to check both sides answer the same page. */
  ids(data: any): string[];
}

interface Side {
  reqPerSec: number;
  /** CPU milliseconds the server process used per request answered. */
  cpuMsPerRequest: number;
  p99: number;
  p50: number;
  errors: number;
}

/** CPU milliseconds a process has used so far (Linux /proc: utime + stime, 100 ticks a second). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Issue 12 target 4: the API under 32 concurrent connections (autocannon over loopback) against a raw
 * `node:http` + `pg` handler (support/raw-api.ts) running the best SQL for the same page on the same
 * data. The API runs as in production: the built main.js in its own process, NODE_ENV=production,
 * Redis (the request limit counts every request; its maximum is only raised, since every request comes
 * from 127.0.0.1), request logging at info to a file, metrics on, a bureau staff token on every request.
 * Each round runs the raw handler then the API for the same seconds, case by case; the ratios are the
 * medians of the per-round ratios.
 */
export async function apiThroughputBench(): Promise<BenchReport> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: npm run bench compiles it (tsc -p bench)`);
  const database = await createTestDatabase();
  const prefix = `apibench_${randomBytes(4).toString('hex')}`;
  const logFile = join(tmpdir(), `${prefix}.log`);
  const logFd = openSync(logFile, 'w');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'info',
    RUN_WORKERS: 'false',
    // The outbox relay's polling would add statements to the count.
    OUTBOX_POLL_MS: '3600000',
    RATE_LIMIT_MAX: '1000000000',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    // Metrics on, as in production: /metrics for the holder of this token.
    METRICS_TOKEN: randomBytes(16).toString('hex'),
    HOST: '127.0.0.1',
    PORT: String(API_PORT),
  };
  const children: ChildProcess[] = [];
  const db = new pg.Client({ connectionString: database.url });
  try {
    const api = spawn(
      process.execPath,
      [...(process.env.API_BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.API_BENCH_PROF}`] : []), API_MAIN],
      {
        env,
        stdio: ['ignore', logFd, logFd],
      },
    );
    children.push(api);
    const apiUrl = `http://127.0.0.1:${API_PORT}`;
    await waitFor(async () => (await fetch(`${apiUrl}/health`).catch(() => null))?.ok === true, 90_000, 'the API');
    await db.connect();
    const { must, login } = setupClient(apiUrl);
    const admin = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    const staff = {
      email: 'api-bench-staff@bench.local',
      password: 'a-long-bench-password',
      name: '招商专员',
      role: 'BUREAU_STAFF',
    };
    await must('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: staff }, admin);
    const token = await login(staff.email, staff.password);
    const ownerIds = (await db.query<{ id: string }>('SELECT id FROM users ORDER BY email')).rows.map((r) => r.id);
    const setupStart = Date.now();
    await makeApiBenchData(db, ENTERPRISES, ownerIds);
    const setupMs = Date.now() - setupStart;
    // The policy with the most matches (all have as many): the first by code.
    const [{ id: policyId }] = (
      await db.query<{ id: string }>(`SELECT id FROM policies WHERE status = 'PUBLISHED' ORDER BY code LIMIT 1`)
    ).rows;

    const raw = spawn(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'support', 'raw-api.js')], {
      env: { PATH: env.PATH, DATABASE_URL: database.url, PORT: String(RAW_PORT) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(raw);
    const rawUrl = `http://127.0.0.1:${RAW_PORT}`;
    await waitFor(
      async () => (await fetch(`${rawUrl}/enterprises?first=1`).catch(() => null))?.ok === true,
      30_000,
      'the raw handler',
    );

    const nodeIds = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);
    const cases: Case[] = [
      {
        key: 'enterprises',
        label: `enterprises page of ${PAGE} + park + eligiblePolicyCount`,
        body: (first) => JSON.stringify({ query: ENTERPRISES_QUERY, variables: { first } }),
        path: (first) => `/enterprises?first=${first}`,
        ids: (data) => nodeIds(data.enterprises),
      },
      {
        key: 'leads-kanban',
        label: `leads kanban column (stage LEAD, ${PAGE} cards + totalCount)`,
        body: (first) => JSON.stringify({ query: LEADS_QUERY, variables: { filter: { stage: 'LEAD' }, first } }),
        path: (first) => `/leads?stage=LEAD&first=${first}`,
        ids: (data) => nodeIds(data.leads),
      },
      {
        key: 'policy-qualifiers',
        label: `a policy's match list (${PAGE}, largest benefit first, + enterprise)`,
        body: (first) => JSON.stringify({ query: QUALIFIERS_QUERY, variables: { policyId, first } }),
        path: (first) => `/qualifiers?policyId=${policyId}&first=${first}`,
        ids: (data) => nodeIds(data.policyQualifiers),
      },
    ];
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const postApi = async (body: string): Promise<any> => {
      const response = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers, body });
      const json = (await response.json()) as { data?: unknown; errors?: unknown };
      if (!response.ok || json.errors || !json.data) throw new Error(`API: ${JSON.stringify(json).slice(0, 400)}`);
      return json.data;
    };
    const getRaw = async (path: string): Promise<any> => {
      const response = await fetch(`${rawUrl}${path}`);
      if (!response.ok) throw new Error(`raw: ${await response.text()}`);
      return ((await response.json()) as { data: unknown }).data;
    };

    // Same page on both sides (ids in the same order), then the SQL sent per request at 10 and 100:
    // the API's own counter of statements (db_statements_total in /metrics; a scrape sends some too,
    // measured by two scrapes with nothing between).
    const sent = async (): Promise<number> => {
      const text = await (
        await fetch(`${apiUrl}/metrics`, { headers: { authorization: `Bearer ${env.METRICS_TOKEN}` } })
      ).text();
      const line = text.split('\n').find((l) => l.startsWith('db_statements_total '));
      if (!line) throw new Error('db_statements_total is not in /metrics');
      return Number(line.split(' ')[1]);
    };
    const scrape = -(await sent()) + (await sent());
    const statements: Record<string, Record<number, number>> = {};
    for (const c of cases) {
      const [viaApi, viaRaw] = await Promise.all([postApi(c.body(PAGE)), getRaw(c.path(PAGE))]);
      const a = c.ids(viaApi).join();
      const b = c.ids(viaRaw).join();
      if (a !== b || !a) throw new Error(`${c.key}: the API and the raw handler answer different pages`);
      statements[c.key] = {};
      for (const size of [10, 100]) {
        await postApi(c.body(size));
        const before = await sent();
        for (let i = 0; i < SQL_SAMPLE; i++) await postApi(c.body(size));
        // Whole statements per request: the token's user, cached for 5 s, may be read once in a sample.
        statements[c.key][size] = Math.round(((await sent()) - before - scrape) / SQL_SAMPLE);
      }
    }

    const run = async (side: 'api' | 'raw', c: Case, seconds: number): Promise<Side> => {
      const pid = (side === 'api' ? api : raw).pid!;
      const cpu0 = processCpuMs(pid);
      const result = await autocannon({
        url: side === 'api' ? `${apiUrl}/graphql` : `${rawUrl}${c.path(PAGE)}`,
        connections: CONNECTIONS,
        duration: seconds,
        ...(side === 'api' ? { method: 'POST' as const, headers, body: c.body(PAGE) } : {}),
      });
      return {
        reqPerSec: result.requests.total / Math.max(result.duration, 0.001),
        cpuMsPerRequest: (processCpuMs(pid) - cpu0) / Math.max(result.requests.total, 1),
        p99: result.latency.p99,
        p50: result.latency.p50,
        errors: result.errors + result.timeouts + result.non2xx,
      };
    };
    if (WARMUP_S) for (const c of cases) for (const side of ['raw', 'api'] as const) await run(side, c, WARMUP_S);
    const sides: Record<string, { api: Side[]; raw: Side[]; rate: number[]; p99: number[] }> = Object.fromEntries(
      cases.map((c) => [c.key, { api: [], raw: [], rate: [], p99: [] }]),
    );
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of cases) {
        const r = await run('raw', c, SECONDS);
        const a = await run('api', c, SECONDS);
        const s = sides[c.key];
        s.raw.push(r);
        s.api.push(a);
        s.rate.push(a.reqPerSec / r.reqPerSec);
        // autocannon reports no latency when no request finished (a smoke second on a busy machine).
        s.p99.push(a.p99 > 0 ? r.p99 / a.p99 : 0);
      }
    }
    const errors = cases.reduce(
      (n, c) => n + sides[c.key].api.concat(sides[c.key].raw).reduce((m, s) => m + s.errors, 0),
      0,
    );

    const med = (xs: Side[], f: (s: Side) => number) => median(xs.map(f));
    const rows: BenchReport['rows'] = [];
    const targets: TargetMeasurement[] = [];
    for (const c of cases) {
      const s = sides[c.key];
      const apiRate = med(s.api, (x) => x.reqPerSec);
      const rawRate = med(s.raw, (x) => x.reqPerSec);
      const apiP99 = med(s.api, (x) => x.p99);
      const rawP99 = med(s.raw, (x) => x.p99);
      rows.push({
        case: `${c.label}: raw node:http + pg  [baseline]`,
        value: `${fmtRate(rawRate, 'req/s')}, p50 ${med(s.raw, (x) => x.p50)} / p99 ${rawP99} ms, ${med(s.raw, (x) => x.cpuMsPerRequest).toFixed(2)} ms CPU/req`,
        ratio: 1,
      });
      rows.push({
        case: `${c.label}: API`,
        value: `${fmtRate(apiRate, 'req/s')}, p50 ${med(s.api, (x) => x.p50)} / p99 ${apiP99} ms, ${med(s.api, (x) => x.cpuMsPerRequest).toFixed(2)} ms CPU/req`,
        ratio: median(s.rate),
        note: `raw p99 ÷ API p99 ×${median(s.p99).toFixed(2)}; SQL/req ${statements[c.key][10]} at 10, ${statements[c.key][100]} at 100`,
      });
      targets.push(
        {
          name: `api-${c.key}-throughput`,
          unit: 'req/s',
          value: apiRate,
          baseline: rawRate,
          ratio: median(s.rate),
          target: 0.75,
        },
        { name: `api-${c.key}-p99`, unit: 'ms', value: apiP99, baseline: rawP99, ratio: median(s.p99), target: 0.667 },
        {
          name: `api-${c.key}-sql-per-request`,
          unit: 'statements (page of 100; baseline page of 10)',
          value: statements[c.key][100],
          baseline: statements[c.key][10],
          // 1 when a page of 100 sends as many statements as a page of 10; less when more.
          ratio: statements[c.key][10] / Math.max(statements[c.key][100], 1),
          target: 1,
        },
      );
    }
    return {
      bench: 'api-throughput',
      baseline: 'a raw node:http + pg handler with the best SQL for the same page, same data, same run',
      ratioMeaning:
        'API requests/s ÷ raw requests/s in the same round (target ≥ 0.75); p99 as raw ÷ API (target ≥ 0.667)',
      rows,
      notes: [
        `${ENTERPRISES} enterprises × ${(await db.query('SELECT count(*) FROM policies WHERE status = $1', ['PUBLISHED'])).rows[0].count} published policies matched, ${Math.floor(ENTERPRISES / 2)} leads (set-based INSERT … SELECT in ${(setupMs / 1000).toFixed(1)} s).`,
        `${CONNECTIONS} connections (autocannon), ${SECONDS} s per side per case, ${ROUNDS} round(s) after ${WARMUP_S} s warm-up each; errors ${errors}.`,
        'API: built main.js, NODE_ENV=production, Redis, request limit on (maximum raised), pino logger at info to a file (this configuration writes no line per answered request), /metrics on behind METRICS_TOKEN, a bureau staff token on every request. CPU/req: CPU time of the server process (/proc) ÷ requests answered.',
        `SQL per request: the API's db_statements_total (every statement TypeORM sends) over ${SQL_SAMPLE} requests one at a time, page sizes 10 and 100.`,
      ],
      data: {
        enterprises: ENTERPRISES,
        connections: CONNECTIONS,
        seconds: SECONDS,
        rounds: ROUNDS,
        errors,
        statementsPerRequest: Object.fromEntries(
          cases.map((c) => [c.key, { 10: statements[c.key][10], 100: statements[c.key][100] }]),
        ),
        results: cases.map((c) => ({ case: c.key, ...sides[c.key] })),
      },
      targets,
      failure: errors ? `${errors} requests failed` : undefined,
    };
  } finally {
    await db.end().catch(() => undefined);
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null || child.signalCode !== null
          ? Promise.resolve()
          : new Promise((resolve) => child.once('exit', resolve)),
      ),
    );
    closeSync(logFd);
    await database.drop();
    await dropQueuePrefix(prefix);
  }
}
