// Jest loads this file outside its module system: import only node built-ins here.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface E2eApi {
  child: ChildProcess;
  baseUrl: string;
  dataDir: string;
  logFile: string;
}

declare global {
  var __E2E_API__: E2eApi | undefined;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const API_ENTRY = join(REPO_ROOT, 'dist/apps/api/src/main.js');
const ADMIN_INDEX = join(REPO_ROOT, 'apps/admin/dist/index.html');
// Generous: the embedded first start migrates, seeds and loads the demo set, slower on a busy machine.
const HEALTH_TIMEOUT_MS = 180_000;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Boots the built API (`npm run build` first) in embedded mode — PGlite in a fresh temp DATA_DIR,
 * no Redis — on a free port, waits for GET /health 200 and hands the URL to the tests as
 * E2E_BASE_URL. With E2E_BASE_URL already set, the tests run against that server instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  for (const file of [API_ENTRY, ADMIN_INDEX]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'uhtz-e2e-'));
  const logFile = join(dataDir, 'api.log');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [API_ENTRY], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
    void appendFile(logFile, chunk).catch(() => undefined);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  globalThis.__E2E_API__ = { child, baseUrl, dataDir, logFile };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the API exited with code ${child.exitCode} before it was healthy (log: ${logFile}):\n${tail}`);
    }
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) {
        process.env.E2E_BASE_URL = baseUrl;
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  child.kill('SIGKILL');
  globalThis.__E2E_API__ = undefined;
  if (process.env.E2E_KEEP_DATA !== '1') await rm(dataDir, { recursive: true, force: true });
  throw new Error(`GET ${baseUrl}/health did not answer 200 within ${HEALTH_TIMEOUT_MS} ms:\n${tail}`);
}
