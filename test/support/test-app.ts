import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/bootstrap.js';
import { toAppConfig, type AppConfig } from '../../apps/api/src/core/config/app-config.js';
import { loadEnv } from '../../apps/api/src/core/config/env.schema.js';
import { assertRedisReachable, createTestDatabase, dropQueuePrefix, TEST_REDIS_URL } from './services.js';

export const TEST_ADMIN = { email: 'admin@test.local', password: 'test-admin-password-1' };

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
  }[];
}

export interface GqlOptions {
  token?: string | null;
  locale?: string;
  /** Extra request headers, e.g. X-Forwarded-For with `env: { TRUST_PROXY: '127.0.0.1' }`. */
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GqlResult<T>>;
  login(email: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  /** Creates a user of the role through the API (as the admin) and signs it in. */
  userWithRole(
    role: 'ADMIN' | 'BUREAU_STAFF' | 'ENTERPRISE',
    email?: string,
  ): Promise<{ id: string; token: string; email: string }>;
  /** Resolves once no outbox row is waiting or running. */
  waitForJobs(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Run jobs through BullMQ on the test Redis (default) or in-process (false). */
  redis?: boolean;
  env?: Record<string, string>;
}

/** POSTs GraphQL to `<url>/graphql` as the admin app does (zh-CN unless told otherwise). */
export function graphqlClient(url: string): TestApp['gql'] {
  return async (query, variables, opts = {}) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'accept-language': opts.locale ?? 'zh-CN',
      ...opts.headers,
    };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult, 'status'>;
    return { status: response.status, ...body } as never;
  };
}

/** Boots the whole API against a fresh PostgreSQL database (and Redis), listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const useRedis = options.redis ?? true;
  if (useRedis) await assertRedisReachable();
  const database = await createTestDatabase();
  const prefix = `it_${Math.random().toString(36).slice(2, 10)}`;
  const config = toAppConfig(
    loadEnv({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      ...(useRedis ? { REDIS_URL: TEST_REDIS_URL } : {}),
      QUEUE_PREFIX: prefix,
      OUTBOX_POLL_MS: '100',
      LOG_LEVEL: 'silent',
      JWT_SECRET: 'integration-test-secret-of-sufficient-length',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      // Suites register many enterprises from one address; registration.spec.ts tests the limit.
      REGISTRATION_MAX_PER_HOUR: '100000',
      ...options.env,
    }),
  );
  const app = await createApi(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get<DataSource>(getDataSourceToken());
  let adminToken: string | null = null;
  let counter = 0;

  const gql = graphqlClient(url);

  const login = async (email: string, password: string): Promise<string> => {
    const result = await gql<{ login: { accessToken: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password },
    );
    if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.accessToken;
  };

  const testApp: TestApp = {
    url,
    app,
    config,
    dataSource,
    gql,
    login,
    async adminToken() {
      adminToken ??= await login(TEST_ADMIN.email, TEST_ADMIN.password);
      return adminToken;
    },
    async userWithRole(role, email = `${role.toLowerCase()}-${++counter}-${prefix}@test.local`) {
      const password = 'a-long-test-password';
      const created = await gql<{ createUser: { id: string } }>(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { email, password, name: `测试用户 ${counter}`, role } },
        { token: await testApp.adminToken() },
      );
      if (!created.data) throw new Error(`createUser failed: ${JSON.stringify(created.errors)}`);
      return { id: created.data.createUser.id, token: await login(email, password), email };
    },
    async waitForJobs(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [{ busy }] = await dataSource.query(
          "SELECT count(*)::int AS busy FROM outbox WHERE status IN ('PENDING', 'DISPATCHED')",
        );
        if (busy === 0) return;
        if (Date.now() > deadline) throw new Error(`jobs still running after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await app.close();
      await database.drop();
      if (useRedis) await dropQueuePrefix(prefix);
    },
  };
  return testApp;
}
