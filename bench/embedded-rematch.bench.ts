import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../apps/api/src/bootstrap.js';
import { loadSynthetic } from '../apps/api/src/cli/seed-synthetic-data.js';
import { toAppConfig } from '../apps/api/src/core/config/app-config.js';
import { loadEnv } from '../apps/api/src/core/config/env.schema.js';
import { waitFor } from '../test/support/processes.js';
import { graphqlClient } from '../test/support/test-app.js';
import { measuredCases, measureSize, POLICIES, type RematchCase } from './rematch.bench.js';
import { draftBenchPolicy, publishDraft, startBenchApi } from './rematch-setup.js';
import { now, type BenchReport } from './support/measure.js';
import { smoke } from './support/mode.js';

/**
 * Issue 12, target 6: re-match after publish in embedded mode (PGlite in the API process, jobs run by
 * the in-process outbox relay, no Redis) over 10,000 synthetic enterprises × 30 policies, against the
 * same on PostgreSQL + Redis with one worker (taken from the rematch bench of this run, or measured
 * here). No target: a number users can plan with.
 */
const SIZE = 10_000;
/** The rematch bench's smoke size: its PostgreSQL figure is reused. */
const SMOKE_SIZE = 300;
/** Embedded starts seed the demo users (SeedService), whatever ADMIN_EMAIL says. */
const EMBEDDED_ADMIN = { email: 'admin@demo.local', password: 'demo-password-1' };
const RUN = 'query ($id: ID!) { matchRun(id: $id) { status total done failed } }';

export async function embeddedRematchBench(): Promise<BenchReport> {
  const size = smoke ? SMOKE_SIZE : SIZE;
  const embedded = await measureEmbedded(size);
  let server: RematchCase | undefined = measuredCases.find((c) => c.enterprises === size && c.workers === 1);
  if (!server) {
    const api = await startBenchApi();
    try {
      [server] = (await measureSize(api, size, [1])).cases;
    } finally {
      await api.close();
    }
  }
  return {
    bench: 'embedded-rematch',
    baseline: `the same re-match on PostgreSQL + Redis, 1 worker process (${(server.ms / 1000).toFixed(2)} s)`,
    ratioMeaning: 'PostgreSQL time ÷ embedded time; < 1 = embedded is slower (no target)',
    rows: [
      {
        case: `${size} × ${POLICIES}: PostgreSQL + Redis, 1 worker  [baseline]`,
        value: `${(server.ms / 1000).toFixed(2)} s`,
        ratio: 1,
      },
      {
        case: `${size} × ${POLICIES}: embedded (PGlite, in-process jobs)`,
        value: `${(embedded.ms / 1000).toFixed(2)} s`,
        ratio: server.ms / embedded.ms,
        note: `${embedded.status}, ${embedded.done}/${embedded.total} enterprises; seeding took ${(embedded.seedMs / 1000).toFixed(1)} s`,
      },
    ],
    data: {
      enterprises: size,
      policies: POLICIES,
      embeddedMs: embedded.ms,
      serverMs: server.ms,
      seedMs: embedded.seedMs,
    },
    notes: [
      'The API booted in this process on PGlite in a fresh DATA_DIR (DEMO_DATA=false; jobs run by its outbox relay), seeded as',
      '`seed:synthetic --enterprises N --policies 29` does; timed from publishPolicy to matchRun leaving RUNNING (GraphQL, polled every 100 ms).',
    ],
    targets: [
      {
        name: `embedded rematch ${size}: PostgreSQL + Redis time ÷ embedded time (no target)`,
        unit: 's',
        value: embedded.ms / 1000,
        baseline: server.ms / 1000,
        ratio: server.ms / embedded.ms,
        target: null,
      },
    ],
    failure: embedded.status === 'FINISHED' ? undefined : `the embedded run ended ${embedded.status}`,
  };
}

/**
 * The API with PGlite in a fresh folder and jobs in-process, as `npm start` without DATABASE_URL runs,
 * booted in this process (one PGlite start: a second process would run the migrations again).
 */
async function measureEmbedded(size: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-embedded-'));
  try {
    const config = toAppConfig(
      loadEnv({
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'silent',
        JWT_SECRET: 'bench-embedded-secret-of-sufficient-length',
      }),
    );
    const app = await createApi(config);
    try {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as { port: number };
      const gql = graphqlClient(`http://127.0.0.1:${port}`);
      const seeded = await loadSynthetic(app, { enterprises: size, policies: POLICIES - 1, match: false });
      const login = await gql<{ login: { accessToken: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        EMBEDDED_ADMIN,
      );
      if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
      const token = login.data.login.accessToken;
      const draft = await draftBenchPolicy(gql, token, null, 1);
      const t0 = now();
      const runId = await publishDraft(gql, token, draft);
      let run = { status: 'RUNNING', total: 0, done: 0, failed: 0 };
      await waitFor(
        async () => {
          run = (await gql(RUN, { id: runId }, { token })).data?.matchRun as typeof run;
          return run.status !== 'RUNNING';
        },
        30 * 60_000,
        `the embedded run ${runId}`,
      );
      return { ms: now() - t0, seedMs: seeded.ms, ...run };
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
