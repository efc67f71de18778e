import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OVERVIEW =
  '{ jobsOverview { inProcess boardPath outbox { queue status count } failed { name attempts lastError } } }';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function request(api: TestApp, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${api.url}${path}`, { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The admin app's step: its bearer token for the board's cookie (the `name=value` part). */
async function openSession(api: TestApp, token: string): Promise<Answer & { cookie: string | null }> {
  const answer = await request(api, '/admin/queues/session', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  return { ...answer, cookie: answer.headers.get('set-cookie')?.split(';')[0] ?? null };
}

describe('the job queue board (BullMQ)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('shows an admin the queues behind a short HttpOnly, SameSite=Strict cookie on its own path', async () => {
    const session = await openSession(api, await api.adminToken());
    expect(session.status).toBe(204);
    const setCookie = session.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/admin\/queues/);
    expect(setCookie).toMatch(/Max-Age=1800/);

    const queues = await request(api, '/admin/queues/api/queues', { headers: { cookie: session.cookie! } });
    expect(queues.status).toBe(200);
    const names = (JSON.parse(queues.text) as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['matching', 'notifications']);

    const page = await request(api, '/admin/queues/', { headers: { cookie: session.cookie! } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<base href="/admin/queues/"');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses anonymous, staff and enterprise users without naming a queue', async () => {
    const anonymous = await request(api, '/admin/queues/api/queues');
    expect(anonymous.status).toBe(401);
    const page = await request(api, '/admin/queues/');
    expect(page.status).toBe(401);
    expect(page.text).toContain('请先以管理员身份登录');
    for (const answer of [anonymous, page]) expect(answer.text).not.toMatch(/matching|notifications/);

    for (const role of ['BUREAU_STAFF', 'ENTERPRISE'] as const) {
      const { token } = await api.userWithRole(role);
      const session = await openSession(api, token);
      expect(session.status).toBe(403);
      expect(session.cookie).toBeNull();
      expect(session.text).not.toMatch(/matching|notifications/);
      // Its API token is no board session either.
      const direct = await request(api, '/admin/queues/api/queues', {
        headers: { authorization: `Bearer ${token}`, cookie: `uhtz_jobs_board=${token}` },
      });
      expect(direct.status).toBe(401);
    }
    expect((await openSession(api, 'not-a-token')).status).toBe(401);
  });

  it('takes neither an admin API token as a session nor a session as an API token', async () => {
    const adminToken = await api.adminToken();
    const forged = await request(api, '/admin/queues/api/queues', {
      headers: { cookie: `uhtz_jobs_board=${adminToken}` },
    });
    expect(forged.status).toBe(401);
    const session = await openSession(api, adminToken);
    const sessionToken = session.cookie!.split('=')[1];
    const me = await api.gql('{ me { role } }', {}, { token: sessionToken });
    expect(me.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets an admin retry failed jobs but not empty or obliterate a queue', async () => {
    const { cookie } = await openSession(api, await api.adminToken());
    const put = (path: string) => request(api, path, { method: 'PUT', headers: { cookie: cookie! } });
    expect((await put('/admin/queues/api/queues/matching/retry/failed')).status).toBeLessThan(300);
    for (const path of ['/admin/queues/api/queues/matching/empty', '/admin/queues/api/queues/matching/obliterate']) {
      expect((await put(path)).status).toBe(403);
    }
    const counts = await request(api, '/admin/queues/api/queues', { headers: { cookie: cookie! } });
    expect(counts.status).toBe(200);
  });

  it('ends the session when the admin app closes it', async () => {
    const closed = await request(api, '/admin/queues/session', { method: 'DELETE' });
    expect(closed.status).toBe(204);
    expect(closed.headers.get('set-cookie')).toMatch(/uhtz_jobs_board=; .*Max-Age=0/);
  });

  it('tells admins where the board is; staff may not ask', async () => {
    const overview = await api.gql(OVERVIEW, {}, { token: await api.adminToken() });
    expect(overview.data?.jobsOverview).toMatchObject({ inProcess: false, boardPath: '/admin/queues/' });
    const { token } = await api.userWithRole('BUREAU_STAFF');
    expect((await api.gql(OVERVIEW, {}, { token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await api.gql(OVERVIEW)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('jobs in embedded mode (no Redis)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('has no board, and shows the outbox with the jobs that failed for good', async () => {
    await api.dataSource.query(
      `INSERT INTO outbox (queue, name, payload, status, attempts, "lastError")
       VALUES ('matching', 'run.chunk', '{}', 'FAILED', 5, 'chunk 3: deadlock detected')`,
    );
    const overview = await api.gql(OVERVIEW, {}, { token: await api.adminToken() });
    expect(overview.data?.jobsOverview).toMatchObject({
      inProcess: true,
      boardPath: null,
      failed: [{ name: 'run.chunk', attempts: 5, lastError: 'chunk 3: deadlock detected' }],
    });
    expect(overview.data?.jobsOverview.outbox).toContainEqual({ queue: 'matching', status: 'FAILED', count: 1 });
    const session = await openSession(api, await api.adminToken());
    expect(session.status).not.toBe(204);
    const queues = await request(api, '/admin/queues/api/queues');
    expect(queues.text).not.toMatch(/"queues"/);
  });
});
