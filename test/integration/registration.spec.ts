import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation ($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { accessToken user { id enterprise { id } } }
}`;
const AUDIT = `query ($filter: AuditLogFilter) {
  auditLog(filter: $filter) { edges { node { action entity entityId } } }
}`;
const LIMIT = 5;
const PASSWORD = 'a-long-registrant-password';

let mailbox = 0;
const newEmail = () => `registrant-${Date.now()}-${++mailbox}@test.local`;
const input = (overrides: Record<string, string> = {}) => ({
  uscc: nextUscc(),
  name: '乌鲁木齐注册测试科技有限公司',
  email: newEmail(),
  password: PASSWORD,
  ...overrides,
});

/**
 * An app whose requests can come "from" any address (it trusts X-Forwarded-For from loopback),
 * with a small sign-up allowance per address.
 */
async function registrationApp(redis: boolean) {
  const api = await startTestApp({
    redis,
    env: { TRUST_PROXY: '127.0.0.1', REGISTRATION_MAX_PER_HOUR: String(LIMIT) },
  });
  let lastAddress = 0;
  return {
    api,
    newAddress: () => `203.0.113.${++lastAddress}`,
    register: (variables: Record<string, string>, address: string, locale?: string) =>
      api.gql(REGISTER, { input: variables }, { headers: { 'x-forwarded-for': address }, locale }),
  };
}

const count = async (api: TestApp, sql: string, params: unknown[] = []): Promise<number> =>
  (await api.dataSource.query(sql, params))[0].count;

const errorOf = (result: GqlResult) => result.errors?.[0];

/** Issue 10, point 7: sign-up neither confirms registered emails nor lets anyone test them at will. */
for (const redis of [true, false]) {
  describe(`sign-ups per address are limited (${redis ? 'counted in Redis' : 'in memory, embedded'})`, () => {
    let app: Awaited<ReturnType<typeof registrationApp>>;
    beforeAll(async () => {
      app = await registrationApp(redis);
    });
    afterAll(async () => {
      await app?.api.close();
    });

    it('lets exactly the limit of parallel sign-ups from one address through, and not another address’s', async () => {
      const address = app.newAddress();
      const before = await count(app.api, 'SELECT count(*)::int AS count FROM enterprises');
      const results = await Promise.all(Array.from({ length: 4 * LIMIT }, () => app.register(input(), address)));
      expect(results.filter((result) => result.data?.registerEnterprise.accessToken)).toHaveLength(LIMIT);
      const refused = results.filter((result) => result.errors);
      expect(refused).toHaveLength(3 * LIMIT);
      for (const result of refused) {
        expect(errorOf(result)?.extensions.code).toBe('TOO_MANY_REQUESTS');
        expect(errorOf(result)?.message).toBe('此网络地址的注册次数过多，请 60 分钟后再试');
        expect(errorOf(result)?.extensions.retryAfterSeconds).toEqual(expect.any(Number));
      }
      expect(await count(app.api, 'SELECT count(*)::int AS count FROM enterprises')).toBe(before + LIMIT);
      const elsewhere = await app.register(input(), app.newAddress(), 'en-US');
      expect(elsewhere.data?.registerEnterprise.accessToken).toEqual(expect.any(String));
    });

    it('counts refused sign-ups too, before looking at the email: a throttled probe tells the owner nothing', async () => {
      const owner = await app.api.userWithRole('ENTERPRISE');
      const address = app.newAddress();
      for (let i = 0; i < LIMIT; i++) {
        const invalid = await app.register(input({ uscc: 'not-a-uscc' }), address);
        expect(errorOf(invalid)?.extensions.code).toBe('BAD_USER_INPUT');
      }
      const probe = await app.register(input({ email: owner.email }), address, 'en-US');
      expect(errorOf(probe)?.extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(errorOf(probe)?.message).toBe('Too many registrations from this network address; try again in 60 minutes');
      await app.api.waitForJobs();
      expect(
        await count(app.api, `SELECT count(*)::int AS count FROM notifications WHERE "userId" = $1 AND kind = $2`, [
          owner.id,
          'SECURITY_NOTICE',
        ]),
      ).toBe(0);
    });
  });
}

describe('sign-up with an email that has an account', () => {
  let app: Awaited<ReturnType<typeof registrationApp>>;
  beforeAll(async () => {
    app = await registrationApp(false);
  });
  afterAll(async () => {
    await app?.api.close();
  });

  const counts = async () => ({
    enterprises: await count(app.api, 'SELECT count(*)::int AS count FROM enterprises'),
    users: await count(app.api, 'SELECT count(*)::int AS count FROM users'),
  });

  it('answers every taken email with the same neutral refusal on the field, and creates nothing', async () => {
    const staff = await app.api.userWithRole('BUREAU_STAFF');
    const enterpriseEmail = newEmail();
    const first = await app.register(input({ email: enterpriseEmail }), app.newAddress());
    expect(first.errors).toBeUndefined();
    const before = await counts();

    // A staff address, an enterprise's address with another password, and with its own password.
    const attempts = [
      input({ email: staff.email }),
      input({ email: enterpriseEmail, password: 'another-long-password' }),
      input({ email: enterpriseEmail.toUpperCase() }),
    ];
    for (const locale of ['zh-CN', 'en-US']) {
      const errors = [];
      for (const attempt of attempts) {
        const result = await app.register(attempt, app.newAddress(), locale);
        expect(result.data).toBeNull();
        errors.push(errorOf(result));
      }
      const expected =
        locale === 'zh-CN'
          ? {
              message: 'email：无法用该邮箱注册：如果您已有账号，请直接登录',
              field: '无法用该邮箱注册：如果您已有账号，请直接登录',
            }
          : {
              message: 'email: cannot be used to register. If you already have an account, sign in instead',
              field: 'cannot be used to register. If you already have an account, sign in instead',
            };
      for (const error of errors) {
        expect(error).toEqual({
          message: expected.message,
          path: ['registerEnterprise'],
          locations: expect.any(Array),
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: expected.field }] },
        });
      }
      expect(errors[0]?.message).not.toMatch(/已注册|already registered/);
    }
    expect(await counts()).toEqual(before);
    const [{ uscc }] = await app.api.dataSource.query(`SELECT uscc FROM enterprises WHERE "contactEmail" = $1`, [
      enterpriseEmail,
    ]);
    expect(attempts.map((attempt) => attempt.uscc)).not.toContain(uscc);
  });

  it('tells the owner once however often the address is tried, and audits every attempt', async () => {
    const owner = await app.api.userWithRole('ENTERPRISE');
    const tries = await Promise.all(
      Array.from({ length: 3 }, () => app.register(input({ email: owner.email }), app.newAddress())),
    );
    expect(tries.every((result) => errorOf(result)?.extensions.code === 'BAD_USER_INPUT')).toBe(true);
    await app.api.waitForJobs();
    const notices = await app.api.gql(
      '{ notifications(first: 10) { edges { node { kind title } } } }',
      {},
      { token: owner.token },
    );
    const security = notices.data?.notifications.edges
      .map((edge: { node: { kind: string; title: string } }) => edge.node)
      .filter((node: { kind: string }) => node.kind === 'SECURITY_NOTICE');
    expect(security).toEqual([{ kind: 'SECURITY_NOTICE', title: '有人尝试用您的邮箱注册企业账号' }]);

    const audit = await app.api.gql(
      AUDIT,
      { filter: { action: 'user.registrationAttempt', entityId: owner.id } },
      { token: await app.api.adminToken() },
    );
    expect(audit.data?.auditLog.edges).toHaveLength(3);
  });

  it('still registers a new email from the same addresses', async () => {
    const result = await app.register(input(), app.newAddress());
    expect(result.data?.registerEnterprise.user.enterprise.id).toEqual(expect.any(String));
  });
});
