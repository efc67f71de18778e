import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TEST_ADMIN, type TestApp } from '../support/test-app.js';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id email role } } }';

describe('signing in and roles', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('signs the first admin in with the right password', async () => {
    const result = await api.gql(LOGIN, TEST_ADMIN);
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.user).toMatchObject({ email: TEST_ADMIN.email, role: 'ADMIN' });
    const me = await api.gql('{ me { email role } }', {}, { token: result.data?.login.accessToken });
    expect(me.data?.me).toEqual({ email: TEST_ADMIN.email, role: 'ADMIN' });
  });

  it('answers a wrong password and an unknown user with the same error', async () => {
    const wrong = await api.gql(LOGIN, { email: TEST_ADMIN.email, password: 'not-the-password' });
    const unknown = await api.gql(LOGIN, { email: 'nobody@test.local', password: 'not-the-password' });
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(wrong.errors?.[0].message).toBe('邮箱或密码不正确');
    const english = await api.gql(LOGIN, { email: 'nobody@test.local', password: 'x' }, { locale: 'en-US,en;q=0.9' });
    expect(english.errors?.[0].message).toBe('Wrong email or password');
  });

  it('refuses a query without a token, and a forged token', async () => {
    const anonymous = await api.gql('{ me { id } }');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await api.gql('{ me { id } }', {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' });
    expect(forged.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets only admins create users, and gives the new user the role asked', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const refused = await api.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: 'x@test.local', password: 'a-long-password', name: 'X', role: 'ADMIN' } },
      { token: staff.token },
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('您没有执行此操作的权限');
    const me = await api.gql('{ me { role } }', {}, { token: staff.token });
    expect(me.data?.me.role).toBe('BUREAU_STAFF');
  });

  it('names every bad field of an input, and saves nothing', async () => {
    const token = await api.adminToken();
    const count = async () =>
      (await api.gql('{ users(first: 100) { totalCount } }', {}, { token })).data?.users.totalCount;
    const before = await count();
    const result = await api.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: 'not-an-email', password: 'short', name: 'Y', role: 'ADMIN' } },
      { token },
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['email', 'password']);
    expect(await count()).toBe(before);
  });

  it('refuses a second account with the same email', async () => {
    const token = await api.adminToken();
    const input = { email: 'Dup@Test.local', password: 'a-long-password', name: '重复', role: 'BUREAU_STAFF' };
    const create = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { email } }';
    expect((await api.gql(create, { input }, { token })).data?.createUser.email).toBe('dup@test.local');
    const again = await api.gql(create, { input: { ...input, email: 'dup@test.local' } }, { token });
    expect(again.errors?.[0].extensions.fields?.[0].field).toBe('email');
  });
});
