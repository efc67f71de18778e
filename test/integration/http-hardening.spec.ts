import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

const METRICS_TOKEN = 'metrics-token-for-the-integration-test';

/** Issue 10, points 3 and 5: what an attacker found at the HTTP edge stays closed (the limits: abuse.spec.ts). */
describe('HTTP hardening', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false, env: { METRICS_TOKEN } });
  });
  afterAll(async () => {
    await api?.close();
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'accept-language': 'en-US', ...headers }, body });
  const json = { 'content-type': 'application/json' };
  const countUsers = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM users'))[0].n);
  const signUp = (email: string) =>
    `mutation { createUser(input: { email: "${email}", password: "a-long-test-password", name: "X", role: ADMIN }) { id } }`;

  it('answers malformed JSON with 400 MALFORMED_REQUEST', async () => {
    const response = await post('{"query": "{ __typename }"', json);
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('MALFORMED_REQUEST');
  });

  it('refuses form posts (CSRF) with 415 UNSUPPORTED_MEDIA_TYPE before anything runs', async () => {
    const token = await api.adminToken();
    const before = await countUsers();
    const forms: [string, string][] = [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(signUp('csrf-1@test.local'))}`],
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${signUp('csrf-2@test.local')}\r\n--x--\r\n`,
      ],
      ['text/plain', JSON.stringify({ query: signUp('csrf-3@test.local') })],
    ];
    for (const [type, body] of forms) {
      const response = await post(body, { 'content-type': type, authorization: `Bearer ${token}` });
      expect(response.status).toBe(415);
      const answer = (await response.json()) as any;
      expect(answer.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(answer.errors[0].message).toMatch(/application\/json/);
    }
    expect(await countUsers()).toBe(before);
    // The media types GraphQL over HTTP names still work.
    const graphql = await post('{ __typename }', { 'content-type': 'application/graphql' });
    expect(((await graphql.json()) as any).data.__typename).toBe('Query');
  });

  it('sends security headers with a content security policy for the admin app', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), json);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // Plain HTTP outside production: browsers are not pinned to HTTPS.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    // The same on an error answer and on the admin app's pages and files.
    for (const answer of [await post('{', json), await fetch(`${api.url}/leads`), await fetch(`${api.url}/x.js`)]) {
      expect(answer.headers.get('content-security-policy')).toBe(csp);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves /metrics only with the metrics token', async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('http_request_duration_seconds');
  });
});

describe('HTTP hardening in production', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('pins browsers to HTTPS (HSTS) besides the other security headers', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('hides /metrics when no metrics token is configured', async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
  });

  it('suggests no field names ("Did you mean …") with introspection off', async () => {
    const response = await api.gql('{ parkz { id } }', {}, { locale: 'en-US' });
    expect(response.status).toBe(400);
    expect(response.errors![0].message).toMatch(/Cannot query field "parkz"/);
    expect(response.errors![0].message).not.toMatch(/Did you mean/);
  });
});

/** Each boots its own app with a small limit: the default (1,200 a minute) leaves other suites alone. */
describe.each([
  ['Redis', true],
  ['memory (no Redis)', false],
])('per-address request limit counted in %s', (_label, redis) => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis, env: { RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers 429 TOO_MANY_REQUESTS past the limit, with when to retry, and keeps /health and the app open', async () => {
    // Loading the admin app (its page and files) spends none of the API budget.
    for (const path of ['/', '/leads', '/assets/missing.js', '/', '/leads', '/policies']) {
      expect((await fetch(`${api.url}${path}`)).status).not.toBe(429);
    }
    for (let i = 0; i < 5; i++) expect((await api.gql('{ __typename }')).status).toBe(200);
    const refused = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-US' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as any;
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(body.errors[0].message).toMatch(/Too many requests/);
    for (let i = 0; i < 3; i++) expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await fetch(`${api.url}/leads`)).status).not.toBe(429);
    expect((await fetch(`${api.url}/exports/leads.xlsx`)).status).toBe(429);
  });
});
