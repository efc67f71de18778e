import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MAX_FAILED_LOGINS,
  MAX_FAILED_LOGINS_PER_ADDRESS,
} from '../../apps/api/src/core/auth/login-throttle.service.js';
import { OwnRedis, freePort, waitFor } from '../support/processes.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const UNLOCK = 'mutation ($id: ID!) { unlockUser(id: $id) { id email } }';
const AUDIT = `query ($filter: AuditLogFilter) {
  auditLog(filter: $filter) { edges { node { actorRole action entity entityId } } }
}`;
const PASSWORD = 'a-long-test-password'; // what api.userWithRole gives its users
const WRONG = '邮箱或密码不正确';
const ACCOUNT_LOCKED = '登录失败次数过多，请 15 分钟后再试';
const ADDRESS_LOCKED = '此网络地址登录失败次数过多，请 15 分钟后再试';

const message = (result: GqlResult) => result.errors?.[0].message;

/**
 * A test app whose requests can come "from" any address: it trusts X-Forwarded-For from the test
 * (loopback), so each test signs in from addresses of its own and the per-address limit of one
 * test does not spill into the next.
 */
function throttledApp(options: { redis?: boolean } = {}) {
  let app: TestApp;
  let lastAddress = 0;
  return {
    start: async (env: Record<string, string> = {}) => {
      app = await startTestApp({ ...options, env: { TRUST_PROXY: '127.0.0.1', ...env } });
      return app;
    },
    /** A client address no other attempt in this app used. */
    newAddress: () => `198.51.100.${++lastAddress}`,
    login: (email: string, password: string, address: string) =>
      app.gql<{ login: { accessToken: string } }>(
        LOGIN,
        { email, password },
        { headers: { 'x-forwarded-for': address } },
      ),
  };
}

for (const redis of [true, false]) {
  describe(`failed sign-ins are limited (${redis ? 'counted in Redis' : 'in memory, embedded'})`, () => {
    const client = throttledApp({ redis });
    const { login, newAddress } = client;
    let api: TestApp;
    beforeAll(async () => {
      api = await client.start();
    });
    afterAll(async () => {
      await api?.close();
    });

    it('refuses even the right password after too many failures, for that email only', async () => {
      const victim = await api.userWithRole('BUREAU_STAFF');
      const bystander = await api.userWithRole('BUREAU_STAFF');
      const address = newAddress();
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
        expect(message(await login(victim.email, `guess-${i}`, address))).toBe(WRONG);
      }
      const locked = await login(victim.email.toUpperCase(), PASSWORD, address);
      expect(locked.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(message(locked)).toBe(ACCOUNT_LOCKED);
      const english = await api.gql(LOGIN, { email: victim.email, password: PASSWORD }, { locale: 'en-US' });
      expect(message(english)).toBe('Too many failed sign-ins; try again in 15 minutes');
      expect((await login(bystander.email, PASSWORD, address)).data?.login.accessToken).toEqual(expect.any(String));
    });

    it('checks at most ten of forty parallel guesses, and keeps the account locked until an admin unlocks it', async () => {
      const victim = await api.userWithRole('BUREAU_STAFF');
      const address = newAddress();
      const guesses = await Promise.all(
        Array.from({ length: 40 }, (_, i) => login(victim.email, `parallel-guess-${i}`, address)),
      );
      expect(guesses.every((guess) => guess.errors?.[0].extensions.code === 'UNAUTHENTICATED')).toBe(true);
      expect(guesses.filter((guess) => message(guess) === WRONG)).toHaveLength(MAX_FAILED_LOGINS);
      expect(guesses.filter((guess) => message(guess) === ACCOUNT_LOCKED)).toHaveLength(40 - MAX_FAILED_LOGINS);
      expect(message(await login(victim.email, PASSWORD, newAddress()))).toBe(ACCOUNT_LOCKED);

      const admin = await api.adminToken();
      const unlocked = await api.gql(UNLOCK, { id: victim.id }, { token: admin });
      expect(unlocked.data?.unlockUser).toEqual({ id: victim.id, email: victim.email });
      expect((await login(victim.email, PASSWORD, address)).data?.login.accessToken).toEqual(expect.any(String));
      const audit = await api.gql(AUDIT, { filter: { action: 'user.unlock', entityId: victim.id } }, { token: admin });
      expect(audit.data?.auditLog.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
        { actorRole: 'ADMIN', action: 'user.unlock', entity: 'User', entityId: victim.id },
      ]);
    });

    it('does not let the right password inside a parallel batch of wrong ones reset the count', async () => {
      const victim = await api.userWithRole('BUREAU_STAFF');
      const address = newAddress();
      const batch = await Promise.all([
        login(victim.email, PASSWORD, address),
        ...Array.from({ length: 39 }, (_, i) => login(victim.email, `batch-guess-${i}`, address)),
      ]);
      const checked = batch.filter((result) => result.data?.login || message(result) === WRONG);
      expect(checked.length).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
      expect(message(await login(victim.email, PASSWORD, newAddress()))).toBe(ACCOUNT_LOCKED);
    });

    it('counts failures, not sign-ins: a success gives back only its own attempt', async () => {
      const user = await api.userWithRole('BUREAU_STAFF');
      const address = newAddress();
      for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await login(user.email, 'wrong', address);
      expect((await login(user.email, PASSWORD, address)).errors).toBeUndefined();
      expect(message(await login(user.email, 'wrong again', address))).toBe(WRONG); // the tenth failure
      expect(message(await login(user.email, PASSWORD, address))).toBe(ACCOUNT_LOCKED);
    });

    it('limits failures from one address across many accounts, and not other addresses', async () => {
      const user = await api.userWithRole('BUREAU_STAFF');
      const address = newAddress();
      const spray = await Promise.all(
        Array.from({ length: MAX_FAILED_LOGINS_PER_ADDRESS }, (_, i) =>
          login(`sprayed-${i}@test.local`, 'Summer2026!', address),
        ),
      );
      expect(spray.every((result) => message(result) === WRONG)).toBe(true);
      expect(message(await login(user.email, PASSWORD, address))).toBe(ADDRESS_LOCKED);
      expect((await login(user.email, PASSWORD, newAddress())).data?.login.accessToken).toEqual(expect.any(String));
    });

    it('lets only admins unlock an account', async () => {
      const staff = await api.userWithRole('BUREAU_STAFF');
      const enterprise = await api.userWithRole('ENTERPRISE');
      for (const token of [staff.token, enterprise.token]) {
        const refused = await api.gql(UNLOCK, { id: staff.id }, { token });
        expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
        expect(refused.data).toBeNull();
      }
      const unknown = await api.gql(UNLOCK, { id: crypto.randomUUID() }, { token: await api.adminToken() });
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });
}

describe('failed sign-ins while Redis is down', () => {
  const client = throttledApp();
  const { login, newAddress } = client;
  let api: TestApp;
  let redis: OwnRedis;
  beforeAll(async () => {
    redis = new OwnRedis(await freePort());
    await redis.start();
    api = await client.start({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    // Known issue (seen once in five CI runs): closing the app after its Redis restarted can hang.
    // Bounded here so the suite reports its tests; the shutdown path is to be fixed (see issue notes).
    const closed = await Promise.race([
      api?.close().then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 30_000).unref()),
    ]);
    if (!closed) console.warn('the app did not close within 30 s after its Redis restarted');
    await redis?.stop();
  }, 60_000);

  it('still signs users in, and still limits failures (counted in this process meanwhile)', async () => {
    const user = await api.userWithRole('BUREAU_STAFF');
    await redis.stop();
    const address = newAddress();
    expect((await login(user.email, PASSWORD, address)).data?.login.accessToken).toEqual(expect.any(String));
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect(message(await login(user.email, 'wrong', address))).toBe(WRONG);
    expect(message(await login(user.email, PASSWORD, address))).toBe(ACCOUNT_LOCKED);
    const unlocked = await api.gql(UNLOCK, { id: user.id }, { token: await api.adminToken() });
    expect(unlocked.errors).toBeUndefined();
    expect((await login(user.email, PASSWORD, address)).errors).toBeUndefined();
    await redis.start(); // and let the app reconnect, so it closes as usual
    await waitFor(async () => (await fetch(`${api.url}/health`)).ok, 20_000, 'the app to reconnect to Redis');
  });
});
