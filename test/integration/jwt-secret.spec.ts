import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase } from '../support/services.js';
import { startTestApp, TEST_ADMIN, type TestApp } from '../support/test-app.js';

const ME = '{ me { id email role } }';

/** An HS256 token as @nestjs/jwt would sign it, with any secret. */
function signToken(claims: Record<string, unknown>, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...claims, iat: now, exp: now + 3600 })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('without JWT_SECRET (embedded-style start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'uhtz-jwt-'));
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let env: Record<string, string>;
  const running: TestApp[] = [];
  // Each start gets the same database and data directory, as a restart of one installation does.
  const start = async () => {
    const app = await startTestApp({ redis: false, env });
    running.push(app);
    return app;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url, DATA_DIR: dataDir, JWT_SECRET: '' }; // '' unsets the test secret
  });
  afterAll(async () => {
    for (const app of running) await app.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs with a secret of its own, kept private in the data directory, so a restart keeps users signed in', async () => {
    const first = await start();
    const token = await first.adminToken();
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    await first.close();
    running.splice(running.indexOf(first), 1);

    const second = await start();
    const me = await second.gql(ME, {}, { token });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({ email: TEST_ADMIN.email, role: 'ADMIN' });
    const third = await start(); // two processes on one directory at once accept each other's tokens
    expect((await third.gql(ME, {}, { token: await second.adminToken() })).data?.me.role).toBe('ADMIN');
  });

  it('refuses a token signed with the default secret earlier versions published', async () => {
    const api = running[running.length - 1];
    const adminId = (await api.gql(ME, {}, { token: await api.adminToken() })).data?.me.id;
    // The forger works: with the installation's own secret its token is accepted…
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
    const genuine = await api.gql(ME, {}, { token: signToken({ sub: adminId, role: 'ADMIN' }, secret) });
    expect(genuine.data?.me.id).toBe(adminId);
    // …and with the secret anyone could read in earlier versions' code it is not.
    const forged = signToken({ sub: adminId, role: 'ADMIN' }, 'development-only-secret-change-me');
    const result = await api.gql(ME, {}, { token: forged });
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });
});
