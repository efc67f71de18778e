import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort, waitFor } from '../support/processes.js';

// These tests run the built server as a user would: `npm run build:api` first (npm test does).
const MAIN = 'dist/apps/api/src/main.js';
const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };

/** Exit code, or the signal name when Nest re-raised SIGTERM after a graceful shutdown. */
type Exit = number | NodeJS.Signals | null;

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<Exit> } {
  const child = spawn(process.execPath, [MAIN], { env: { ...BASE_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return { child, output: () => output, exited };
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build:api first`);
});

describe('configuration is validated at boot', () => {
  it('stops with the name of a bad variable', async () => {
    const server = run({ PORT: 'eighty', DATA_DIR: 'memory://' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT/);
  });

  it('refuses a default JWT secret in production', async () => {
    const server = run({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/JWT_SECRET: production needs a random secret/);
  });
});

describe('zero-setup embedded mode (no DATABASE_URL, no REDIS_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'uhtz-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function boot() {
    const port = await freePort();
    const server = run({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${url}/health`)).ok, 120_000, `the embedded server (${server.output()})`);
    const gql = async (query: string, token?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data: any; errors?: unknown[] };
    };
    const stop = async () => {
      server.child.kill('SIGTERM');
      return server.exited;
    };
    return { server, gql, stop };
  }

  // Two cold starts of PGlite (migrations, seed, demo users hashed with argon2): more than the default timeout.
  it('serves the plan, signs in the demo users and runs jobs in-process; data survives a restart', async () => {
    const first = await boot();
    expect(first.server.output()).toContain('admin@demo.local');
    const login = await first.gql(
      'mutation { login(email: "admin@demo.local", password: "demo-password-1") { accessToken user { role } } }',
    );
    expect(login.data.login.user.role).toBe('ADMIN');
    const token = login.data.login.accessToken as string;
    const parks = await first.gql('{ parks(filter: { kind: ZONE }) { code } }', token);
    expect(parks.data.parks.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['AIRPORT_A', 'AIRPORT_B', 'AIRPORT_C']),
    );
    // (the demo set's open applications notify staff too: look for the welcome among them)
    const kinds = async () =>
      (
        await first.gql('{ notifications(first: 100) { edges { node { kind } } } }', token)
      ).data.notifications.edges.map((edge: { node: { kind: string } }) => edge.node.kind) as string[];
    await waitFor(async () => (await kinds()).includes('WELCOME'), 15_000, 'the welcome job to run in-process');
    // A newcomer's first start loads the demo set and matches it in a run the admin can watch.
    const demoLoad = '{ demoDataLoad { enterprises matchRun { id trigger status total done } } }';
    let load: { enterprises: number; matchRun: { id: string; status: string; total: number; done: number } } | null;
    await waitFor(
      async () => {
        load = (await first.gql(demoLoad, token)).data.demoDataLoad;
        return load?.matchRun.status === 'FINISHED';
      },
      60_000,
      'the demo set to be matched',
    );
    expect(load!).toMatchObject({ enterprises: 300, matchRun: { trigger: 'DEMO_SEED' } });
    expect(load!.matchRun.done).toBe(load!.matchRun.total);
    expect(load!.matchRun.total).toBeGreaterThan(300);
    expect([0, 'SIGTERM']).toContain(await first.stop());

    const second = await boot();
    // No JWT_SECRET: the secret generated in DATA_DIR by the first start signs on after a restart.
    expect((await second.gql('{ me { role } }', token)).data.me.role).toBe('ADMIN');
    const again = await second.gql(
      'mutation { login(email: "admin@demo.local", password: "demo-password-1") { accessToken } }',
    );
    const all = await second.gql('{ parks { code } }', again.data.login.accessToken);
    const allFirst = parks.data.parks.length;
    expect(all.data.parks.length).toBeGreaterThanOrEqual(allFirst);
    expect(new Set(all.data.parks.map((p: { code: string }) => p.code)).size).toBe(all.data.parks.length);
    // The demo set is there already: the second start adds nothing and starts no run.
    expect((await second.gql(demoLoad, again.data.login.accessToken)).data.demoDataLoad.matchRun.id).toBe(
      load!.matchRun.id,
    );
    expect([0, 'SIGTERM']).toContain(await second.stop());
  }, 300_000);
});
