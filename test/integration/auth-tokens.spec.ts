import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = '{ me { id email } }';
const SIGN_OUT = 'mutation { signOut }';
const CHANGE_PASSWORD = `mutation ($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { accessToken user { id } }
}`;
const REGISTER = `mutation ($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { accessToken user { id } }
}`;

/** An HS256 token signed with the API's own secret, with exactly these claims. */
function forge(claims: Record<string, unknown>, secret: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** Issue 10, points 4 and 7: tokens the API did not mean to accept, sign-out, password change, sign-up. */
describe('access tokens and accounts', () => {
  let api: TestApp;
  let secret: string;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    secret = api.config.JWT_SECRET!;
  });
  afterAll(async () => {
    await api?.close();
  });

  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a token without an expiry, though correctly signed', async () => {
    const user = await api.userWithRole('BUREAU_STAFF');
    const withExp = forge({ sub: user.id, role: 'BUREAU_STAFF', ver: 0, iat: now(), exp: now() + 600 }, secret);
    expect((await api.gql(ME, {}, { token: withExp })).data?.me.id).toBe(user.id);
    const forever = forge({ sub: user.id, role: 'BUREAU_STAFF', ver: 0, iat: now() }, secret);
    const refused = await api.gql(ME, {}, { token: forever });
    expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a token whose subject is not a uuid with UNAUTHENTICATED, not a database error', async () => {
    const token = forge({ sub: "x' OR 1=1 --", role: 'ADMIN', iat: now(), exp: now() + 600 }, secret);
    const result = await api.gql(ME, {}, { token, locale: 'en-US' });
    expect(result.status).toBe(200);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(result)).not.toMatch(/uuid|syntax|postgres/i);
  });

  it('signs out everywhere: every token issued before stops working', async () => {
    const user = await api.userWithRole('ENTERPRISE');
    const other = await api.login(user.email, 'a-long-test-password');
    expect((await api.gql(SIGN_OUT, {}, { token: user.token })).data?.signOut).toBe(true);
    for (const token of [user.token, other]) {
      expect((await api.gql(ME, {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const again = await api.login(user.email, 'a-long-test-password');
    expect((await api.gql(ME, {}, { token: again })).data?.me.id).toBe(user.id);
    const [audit] = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE "entityId" = $1 AND action = 'user.signOut'`,
      [user.id],
    );
    expect(audit).toBeDefined();
    // Without a valid token there is nothing to sign out.
    expect((await api.gql(SIGN_OUT, {}, { token: user.token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('changes the password after checking the current one, and revokes the earlier tokens', async () => {
    const user = await api.userWithRole('BUREAU_STAFF');
    const wrong = await api.gql(
      CHANGE_PASSWORD,
      { currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' },
      { token: user.token, locale: 'en-US' },
    );
    expect(wrong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].extensions.fields).toEqual([
      { field: 'currentPassword', message: 'is not your current password' },
    ]);
    const short = await api.gql(
      CHANGE_PASSWORD,
      { currentPassword: 'a-long-test-password', newPassword: 'short' },
      { token: user.token },
    );
    expect(short.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'newPassword' })]);

    const changed = await api.gql(
      CHANGE_PASSWORD,
      { currentPassword: 'a-long-test-password', newPassword: 'a-brand-new-password' },
      { token: user.token },
    );
    expect(changed.errors).toBeUndefined();
    const fresh = changed.data?.changePassword.accessToken as string;
    expect((await api.gql(ME, {}, { token: user.token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(ME, {}, { token: fresh })).data?.me.id).toBe(user.id);
    await expect(api.login(user.email, 'a-long-test-password')).rejects.toThrow(/login failed/);
    expect(await api.login(user.email, 'a-brand-new-password')).toBeTruthy();
  });

  it('does not confirm a registered email at sign-up, and tells the owner of the address', async () => {
    const owner = await api.userWithRole('ENTERPRISE');
    const uscc = nextUscc();
    const input = { uscc, name: '乌鲁木齐探测科技有限公司', email: owner.email, password: 'a-long-prober-password' };
    const refused = await api.gql(REGISTER, { input });
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'email' })]);
    expect(refused.errors?.[0].message).not.toMatch(/已注册/);
    expect(refused.errors?.[0].message).toMatch(/请直接登录/);
    // Nothing of the attempt is kept but the notice.
    expect(await api.dataSource.query('SELECT id FROM enterprises WHERE uscc = $1', [uscc])).toEqual([]);
    await api.waitForJobs();
    const notices = await api.gql(
      '{ notifications(first: 10) { edges { node { kind title } } } }',
      {},
      { token: owner.token },
    );
    const kinds = notices.data?.notifications.edges.map((edge: { node: { kind: string } }) => edge.node.kind);
    expect(kinds).toContain('SECURITY_NOTICE');
    // A second attempt the same day adds no second notice.
    await api.gql(REGISTER, { input: { ...input, uscc: nextUscc() } });
    await api.waitForJobs();
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE "userId" = $1 AND kind = 'SECURITY_NOTICE'`,
      [owner.id],
    );
    expect(count).toBe(1);
  });
});
