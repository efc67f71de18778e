import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './processes.js';

const MAIN = 'dist/apps/api/src/main.js';

export interface EmbeddedServer {
  url: string;
  /** SIGTERM, wait for the exit, remove the data folder. */
  stop(): Promise<void>;
}

/**
 * The built server (`npm run build:api` first) in embedded mode (PGlite in a fresh folder, no
 * Redis) on a free port, once /health answers: PGlite does not load inside Jest's module sandbox.
 * Its demo admin is admin@demo.local / demo-password-1.
 */
export async function startEmbeddedServer(env: Record<string, string> = {}): Promise<EmbeddedServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build:api first`);
  const dataDir = mkdtempSync(join(tmpdir(), 'uhtz-embedded-'));
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => (await fetch(`${url}/health`)).ok, 60_000, `the embedded server (${output})`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
