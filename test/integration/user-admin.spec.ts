import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TEST_ADMIN, type TestApp } from '../support/test-app.js';

const USERS = `query ($filter: UserFilter) {
  users(filter: $filter, first: 50) { edges { node { id email name role active version lastSignInAt } } }
}`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateUserInput!) {
  updateUser(id: $id, version: $version, input: $input) { id name role active version }
}`;
const RESET = `mutation ($id: ID!, $newPassword: String!) { resetUserPassword(id: $id, newPassword: $newPassword) { id } }`;
const AUDIT = `query ($filter: AuditLogFilter) {
  auditLog(filter: $filter, first: 20) { edges { node { action entityId actorName before after at } } }
}`;

describe('user administration', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    admin = await api.adminToken();
  });
  afterAll(async () => {
    await api?.close();
  });

  const userRow = async (id: string) => {
    const result = await api.gql(USERS, {}, { token: admin });
    return result.data?.users.edges.map((e: any) => e.node).find((u: any) => u.id === id);
  };

  it('finds accounts by part of the email or name, by role and by state, and shows the last sign-in', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF', 'zhao.findme@test.local');
    await api.userWithRole('ENTERPRISE');
    const byEmail = await api.gql(USERS, { filter: { search: 'FINDME' } }, { token: admin });
    expect(byEmail.data?.users.edges.map((e: any) => e.node.id)).toEqual([staff.id]);
    expect(byEmail.data?.users.edges[0].node.lastSignInAt).not.toBeNull();

    const enterprises = await api.gql(USERS, { filter: { role: 'ENTERPRISE' } }, { token: admin });
    const roles = new Set(enterprises.data?.users.edges.map((e: any) => e.node.role));
    expect([...roles]).toEqual(['ENTERPRISE']);
    const wildcard = await api.gql(USERS, { filter: { search: '%' } }, { token: admin });
    expect(wildcard.data?.users.edges).toHaveLength(0);
  });

  it('renames an account and refuses an edit made over someone else’s, changing nothing', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const row = await userRow(staff.id);
    const renamed = await api.gql(
      UPDATE,
      { id: staff.id, version: row.version, input: { name: ' 王芳 ' } },
      { token: admin },
    );
    expect(renamed.data?.updateUser).toMatchObject({ name: '王芳', version: row.version + 1 });
    const stale = await api.gql(
      UPDATE,
      { id: staff.id, version: row.version, input: { name: '李四' } },
      { token: admin },
    );
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await userRow(staff.id)).name).toBe('王芳');
  });

  it('disabling an account signs it out at once and refuses its sign-in until re-enabled', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const password = 'staff-password-123';
    await api.gql(RESET, { id: staff.id, newPassword: password }, { token: admin });
    const token = await api.login(staff.email, password);
    const row = await userRow(staff.id);
    const disabled = await api.gql(
      UPDATE,
      { id: staff.id, version: row.version, input: { active: false } },
      { token: admin },
    );
    expect(disabled.data?.updateUser.active).toBe(false);
    expect((await api.gql('{ me { id } }', {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await expect(api.login(staff.email, password)).rejects.toThrow();

    await api.gql(UPDATE, { id: staff.id, version: row.version + 1, input: { active: true } }, { token: admin });
    expect(await api.login(staff.email, password)).toEqual(expect.any(String));
  });

  it('keeps admins from locking themselves out and enterprise accounts out of staff roles, naming the field', async () => {
    const me = (await api.gql('{ me { id version } }', {}, { token: admin })).data?.me;
    const self = await api.gql(
      UPDATE,
      { id: me.id, version: me.version, input: { active: false, role: 'BUREAU_STAFF' } },
      { token: admin, locale: 'zh-CN' },
    );
    expect(self.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = self.errors?.[0].extensions.fields?.map((f) => `${f.field} ${f.message}`);
    expect(fields).toEqual(['input.active 不能停用自己的账号', 'input.role 不能更改自己的角色']);

    const enterprise = await api.userWithRole('ENTERPRISE');
    const row = await userRow(enterprise.id);
    const promoted = await api.gql(
      UPDATE,
      { id: enterprise.id, version: row.version, input: { role: 'ADMIN' } },
      { token: admin, locale: 'en-US' },
    );
    expect(promoted.errors?.[0].extensions.fields).toEqual([
      { field: 'input.role', message: 'cannot turn an enterprise account into a staff account or back' },
    ]);
    expect((await userRow(enterprise.id)).role).toBe('ENTERPRISE');
  });

  it('resets a password: the old one and every open session stop working, the audit keeps no secret', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const reset = await api.gql(RESET, { id: staff.id, newPassword: 'a-new-password-1' }, { token: admin });
    expect(reset.errors).toBeUndefined();
    expect((await api.gql('{ me { id } }', {}, { token: staff.token })).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await api.login(staff.email, 'a-new-password-1')).toEqual(expect.any(String));
    const short = await api.gql(RESET, { id: staff.id, newPassword: 'short' }, { token: admin, locale: 'en-US' });
    expect(short.errors?.[0].extensions.fields?.[0].field).toBe('newPassword');

    const audit = await api.gql(
      AUDIT,
      { filter: { entity: 'User', entityId: staff.id, action: 'user.resetPassword' } },
      { token: admin },
    );
    const entry = audit.data?.auditLog.edges[0].node;
    expect(entry).toMatchObject({ action: 'user.resetPassword', actorName: expect.any(String) });
    expect(JSON.stringify(audit.data)).not.toMatch(/a-new-password|argon2|passwordHash/);
  });

  it('filters the audit log by time and names who acted', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const row = await userRow(staff.id);
    const before = new Date(Date.now() - 1000).toISOString();
    await api.gql(UPDATE, { id: staff.id, version: row.version, input: { name: '审计测试' } }, { token: admin });
    const inside = await api.gql(
      AUDIT,
      { filter: { entityId: staff.id, action: 'user.update', from: before } },
      { token: admin },
    );
    const entry = inside.data?.auditLog.edges[0].node;
    expect(entry.before.name).not.toBe('审计测试');
    expect(entry.after.name).toBe('审计测试');
    const earlier = await api.gql(
      AUDIT,
      { filter: { entityId: staff.id, action: 'user.update', to: before } },
      { token: admin },
    );
    expect(earlier.data?.auditLog.edges).toHaveLength(0);
    const me = (await api.gql('{ me { name } }', {}, { token: admin })).data?.me;
    expect(entry.actorName).toBe(me.name);
  });

  it('is for admins only', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const other = await api.userWithRole('BUREAU_STAFF');
    const refused = await api.gql(UPDATE, { id: other.id, version: 1, input: { name: 'x' } }, { token: staff.token });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const reset = await api.gql(RESET, { id: other.id, newPassword: 'another-password-1' }, { token: staff.token });
    expect(reset.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await api.gql(USERS, {}, { token: staff.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await api.login(TEST_ADMIN.email, TEST_ADMIN.password)).toEqual(expect.any(String));
  });
});
