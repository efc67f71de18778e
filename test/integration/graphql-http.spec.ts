import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GraphQL over HTTP: limits, errors, health, schema', () => {
  let api: TestApp;
  const schemaFile = join(tmpdir(), `schema-${process.pid}-${Date.now()}.gql`);
  beforeAll(async () => {
    api = await startTestApp({ redis: false, env: { GRAPHQL_SCHEMA_FILE: schemaFile } });
  });
  afterAll(async () => {
    await api?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('refuses a too deep query with HTTP 400 before running it', async () => {
    const deep = `{ parks { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } }`;
    const response = await post({ query: deep });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases and batched requests', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: headlineFigures { code }`).join(' ');
    expect((await post({ query: `{ ${aliases} }` })).status).toBe(400);
    const batch = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBeGreaterThanOrEqual(400);
  });

  it('accepts a null extensions member (GraphQL over HTTP)', async () => {
    const response = await post({ query: '{ __typename }', extensions: null });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.__typename).toBe('Query');
  });

  it('hides internal errors and stack traces', async () => {
    const token = await api.adminToken();
    const response = await post({ query: '{ park(id: "not-a-uuid") { id } }' }, { authorization: `Bearer ${token}` });
    const body = (await response.json()) as any;
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('reports health and metrics', async () => {
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'up', redis: 'not configured' });
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toContain('http_request_duration_seconds');
    expect(metrics).toContain('graphql_operations_total');
    expect(metrics).toContain('queue_jobs');
  });

  it('serves the schema committed for the admin app (run npm run schema after a change)', async () => {
    const committed = await readFile('apps/api/schema.gql', 'utf8');
    expect(await readFile(schemaFile, 'utf8')).toBe(committed);
  });

  it('has migrations that match the entities exactly', async () => {
    const sql = await api.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
