import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The request limits (depth, aliases, batching, …) are in abuse.spec.ts.
describe('GraphQL over HTTP: errors, health, schema', () => {
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
