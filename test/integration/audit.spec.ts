import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

const AUDIT = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { actorId actorRole action entity entityId before after } }
  }
}`;

describe('audit trail', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('records who created a user, in the same transaction, without the password hash', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const token = await api.adminToken();
    const result = await api.gql(AUDIT, { filter: { entity: 'User', entityId: staff.id } }, { token });
    expect(result.data?.auditLog.totalCount).toBe(1);
    const entry = result.data?.auditLog.edges[0].node;
    const me = await api.gql('{ me { id } }', {}, { token });
    expect(entry).toMatchObject({ actorId: me.data?.me.id, actorRole: 'ADMIN', action: 'user.create', before: null });
    expect(entry.after).toMatchObject({ email: staff.email, role: 'BUREAU_STAFF' });
    expect(JSON.stringify(entry.after)).not.toMatch(/passwordHash|argon2/);
  });

  it('writes no audit row when the change is refused', async () => {
    const token = await api.adminToken();
    const before = (await api.gql(AUDIT, {}, { token })).data?.auditLog.totalCount;
    await api.gql(
      'mutation ($input: UpdateParkInput!) { updatePark(id: "00000000-0000-0000-0000-000000000000", version: 1, input: $input) { id } }',
      { input: { name: '不存在的园区' } },
      { token },
    );
    expect((await api.gql(AUDIT, {}, { token })).data?.auditLog.totalCount).toBe(before);
  });

  it('pages through entries, newest first, with a cursor', async () => {
    const token = await api.adminToken();
    await api.userWithRole('BUREAU_STAFF');
    await api.userWithRole('BUREAU_STAFF');
    const first = await api.gql(AUDIT, { first: 2 }, { token });
    expect(first.data?.auditLog.edges).toHaveLength(2);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(AUDIT, { first: 2, after: first.data?.auditLog.pageInfo.endCursor }, { token });
    const ids = (page: typeof first) =>
      page.data?.auditLog.edges.map((e: { node: { entityId: string } }) => e.node.entityId);
    expect(ids(second)).not.toEqual(expect.arrayContaining(ids(first)));
    const bad = await api.gql(AUDIT, { first: 2, after: 'not-a-cursor' }, { token });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('is for admins only', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const enterprise = await api.userWithRole('ENTERPRISE');
    for (const token of [staff.token, enterprise.token]) {
      expect((await api.gql(AUDIT, {}, { token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
