import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_FAILED_LOGINS } from '../../apps/api/src/core/auth/login-throttle.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

for (const redis of [true, false]) {
  describe(`failed sign-ins are limited (${redis ? 'counted in Redis' : 'in memory, embedded'})`, () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ redis });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('refuses even the right password after too many failures, for that email only', async () => {
      const victim = await api.userWithRole('BUREAU_STAFF');
      const bystander = await api.userWithRole('BUREAU_STAFF');
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
        const wrong = await api.gql(LOGIN, { email: victim.email, password: `guess-${i}` });
        expect(wrong.errors?.[0].message).toBe('邮箱或密码不正确');
      }
      const locked = await api.gql(LOGIN, { email: victim.email.toUpperCase(), password: 'a-long-test-password' });
      expect(locked.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(locked.errors?.[0].message).toBe('登录失败次数过多，请 15 分钟后再试');
      const other = await api.gql(LOGIN, { email: bystander.email, password: 'a-long-test-password' });
      expect(other.data?.login.accessToken).toEqual(expect.any(String));
    });

    it('forgets earlier failures after a successful sign-in', async () => {
      const user = await api.userWithRole('BUREAU_STAFF');
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await api.gql(LOGIN, { email: user.email, password: 'wrong' });
        const ok = await api.gql(LOGIN, { email: user.email, password: 'a-long-test-password' });
        expect(ok.errors).toBeUndefined();
      }
    });
  });
}
