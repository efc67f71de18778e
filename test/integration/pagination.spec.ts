import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('cursor pages', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('skip and repeat nothing when rows share a millisecond', async () => {
    const token = await api.adminToken();
    for (let i = 0; i < 5; i++) await api.userWithRole('BUREAU_STAFF');
    // Same millisecond, different microseconds: what PostgreSQL keeps and a JS Date cannot.
    await api.dataSource.query(
      `UPDATE users SET "createdAt" = '2026-01-01T00:00:00.123Z'::timestamptz + (random() * interval '900 microseconds')`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await api.gql(
        'query ($after: String) { users(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { after },
        { token },
      );
      seen.push(...page.data.users.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.data.users.pageInfo.hasNextPage) break;
      after = page.data.users.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it('cap the page size', async () => {
    const token = await api.adminToken();
    const result = await api.gql('{ users(first: 1000) { totalCount } }', {}, { token });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.[0].field).toBe('first');
  });
});
