import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { ENTERPRISE_IMPORT_BATCH } from '../../apps/api/src/modules/enterprises/enterprise-import.service.js';
import { nextUscc } from '../fixtures/uscc.js';
import { startEmbeddedServer, type EmbeddedServer } from '../support/embedded-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const IMPORT = `mutation ($file: String!, $importId: String) {
  importEnterprises(file: $file, importId: $importId) { rows created updated unchanged rejectedRows }
}`;
const PROGRESS = 'query ($id: ID!) { enterpriseImport(id: $id) { id status total done finishedAt } }';
const COUNT = '{ enterprises(first: 1) { totalCount } }';
const ROWS = 5000;

/** A file of `count` new enterprises (and one header row). */
async function bigFile(count: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('enterprises');
  sheet.addRow(['uscc', 'name', 'employees', 'techStaff', 'revenue', 'tier', 'industry']);
  for (let i = 0; i < count; i++) {
    sheet.addRow([nextUscc(), `批量导入测试企业${i}`, 50 + (i % 50), 10, 1_000_000 + i, 'TECH_SME', 'NEW_MATERIALS']);
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}

type Gql = TestApp['gql'];

/**
 * Runs an import while asking for its progress (and, when given, GET /health) every `everyMs`;
 * gives the answer, the `done` counts seen while it ran and the slowest health answer.
 */
async function importWatched(gql: Gql, token: string, file: string, options: { healthUrl?: string; everyMs: number }) {
  const importId = randomUUID();
  const seen: number[] = [];
  const health: number[] = [];
  let running = true;
  const watch = (async () => {
    while (running) {
      const started = Date.now();
      if (options.healthUrl) {
        const response = await fetch(options.healthUrl);
        expect(response.status).toBe(200);
        health.push(Date.now() - started);
      }
      const progress = await gql(PROGRESS, { id: importId }, { token });
      const done = progress.data?.enterpriseImport?.done;
      if (typeof done === 'number') seen.push(done);
      await new Promise((resolve) => setTimeout(resolve, options.everyMs));
    }
  })();
  const importStarted = Date.now();
  const result = await gql(IMPORT, { file, importId }, { token });
  const importMs = Date.now() - importStarted;
  running = false;
  await watch;
  const final = await gql(PROGRESS, { id: importId }, { token });
  return { result, seen, importMs, slowestHealthMs: Math.max(0, ...health), final: final.data?.enterpriseImport };
}

/** Issue 10, point 2: a big import is written in batches and reports how far it got. */
describe('enterprise import of 5,000 rows (PostgreSQL)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false, env: { RATE_LIMIT_MAX: '100000' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('writes in batches inside one transaction, reports progress to the total, and changes nothing when run again', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const file = await bigFile(ROWS);
    const first = await importWatched(api.gql, staff.token, file, { everyMs: 20 });
    expect(first.result.errors).toBeUndefined();
    expect(first.result.data?.importEnterprises).toEqual({
      rows: ROWS,
      created: ROWS,
      updated: 0,
      unchanged: 0,
      rejectedRows: 0,
    });
    expect(first.final).toMatchObject({ status: 'FINISHED', total: ROWS, done: ROWS, finishedAt: expect.any(String) });
    // Progress moves batch by batch (seen from another connection while the transaction is open).
    expect(first.seen.every((done) => done % ENTERPRISE_IMPORT_BATCH === 0)).toBe(true);
    expect(first.seen.some((done) => done > 0 && done < ROWS)).toBe(true);
    // One statement per batch, all in one transaction: every row has the transaction's start time.
    const [{ transactions, rows }] = await api.dataSource.query(
      `SELECT count(DISTINCT at)::int AS transactions, count(*)::int AS rows FROM audit_log WHERE action = 'enterprise.import.create'`,
    );
    expect({ transactions, rows }).toEqual({ transactions: 1, rows: ROWS });

    const historyBefore = await api.dataSource.query('SELECT count(*)::int AS n FROM enterprise_profile_changes');
    const again = await api.gql(IMPORT, { file }, { token: staff.token });
    expect(again.data?.importEnterprises).toMatchObject({ created: 0, updated: 0, unchanged: ROWS });
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM enterprise_profile_changes')).toEqual(
      historyBefore,
    );
  }, 180_000);

  it('refuses an import id that is taken or malformed, and answers NOT_FOUND for an unknown one', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const file = await bigFile(1);
    const importId = randomUUID();
    expect((await api.gql(IMPORT, { file, importId }, { token: staff.token })).errors).toBeUndefined();
    const taken = await api.gql(IMPORT, { file, importId }, { token: staff.token });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'importId' }] });
    const malformed = await api.gql(IMPORT, { file, importId: 'import-1' }, { token: staff.token });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'importId' }] });
    const unknown = await api.gql(PROGRESS, { id: randomUUID() }, { token: staff.token });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const enterprise = await api.userWithRole('ENTERPRISE');
    const refused = await api.gql(PROGRESS, { id: importId }, { token: enterprise.token });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('enterprise import of 5,000 rows (embedded: PGlite, one connection)', () => {
  let server: EmbeddedServer;
  let token: string;
  const gql: Gql = async (query, variables, options = {}) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) } as never;
  };

  beforeAll(async () => {
    server = await startEmbeddedServer({
      DEMO_DATA: 'false',
      RATE_LIMIT_MAX: '100000', // the test asks for progress many times a second
      // The import alone: the re-match jobs of its batches (matching's, in-process here) would take
      // the event loop between batches too.
      RUN_WORKERS: 'false',
    });
    const login = await gql(
      'mutation { login(email: "admin@demo.local", password: "demo-password-1") { accessToken } }',
    );
    token = login.data?.login.accessToken;
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('commits batch by batch, so other requests are answered meanwhile, and progress reaches the total', async () => {
    const file = await bigFile(ROWS);
    const before = await gql(COUNT, {}, { token });
    const run = await importWatched(gql, token, file, { healthUrl: `${server.url}/health`, everyMs: 50 });
    expect(run.result.errors).toBeUndefined();
    expect(run.result.data?.importEnterprises).toMatchObject({ rows: ROWS, created: ROWS, rejectedRows: 0 });
    expect(run.final).toMatchObject({ status: 'FINISHED', total: ROWS, done: ROWS });
    // Health checks the database (SELECT 1) on the one connection: it got it between two batches
    // (a batch holds it for well under a second here, one transaction for the file held it for the
    // whole import and health answered 503 after its 3 s timeout).
    expect(run.slowestHealthMs).toBeLessThan(Math.min(3000, run.importMs / 4));
    // Progress was seen at several batch boundaries on the way.
    const between = new Set(run.seen.filter((done) => done > 0 && done < ROWS));
    expect(between.size).toBeGreaterThanOrEqual(2);
    expect([...between].every((done) => done % ENTERPRISE_IMPORT_BATCH === 0)).toBe(true);
    const count = await gql(COUNT, {}, { token });
    expect(count.data?.enterprises.totalCount).toBe(before.data?.enterprises.totalCount + ROWS);
  }, 300_000);
});
