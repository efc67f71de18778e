import { existsSync } from 'node:fs';
import { ChildNodeProcess, freePort, waitFor } from './processes.js';

/** The built API entry point: `npm run build:api` first (npm test does). */
export const API_MAIN = 'dist/apps/api/src/main.js';

/**
 * The built API (`main.js`) in a process of its own, as it runs in production: a fault in it shows as
 * a process that exits, and its output is kept for the failure message.
 */
export class ApiProcess extends ChildNodeProcess {
  private constructor(
    readonly url: string,
    child: ChildNodeProcess['child'],
  ) {
    super(child);
  }

  /** Starts it on a free port of 127.0.0.1 and resolves once `/health` answers 200. */
  static async start(env: Record<string, string>, timeoutMs = 60_000): Promise<ApiProcess> {
    if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run npm run build:api first`);
    const port = await freePort();
    const child = ChildNodeProcess.spawnScript(API_MAIN, { ...env, HOST: '127.0.0.1', PORT: String(port) });
    const api = new ApiProcess(`http://127.0.0.1:${port}`, child);
    try {
      await waitFor(
        async () => !api.alive || (await fetch(`${api.url}/health`)).ok,
        timeoutMs,
        'the API to answer /health',
      );
      if (!api.alive) throw new Error('it exited');
    } catch (error) {
      await api.kill();
      throw new Error(`the API did not start (${(error as Error).message}):\n${api.output().slice(-4000)}`, {
        cause: error,
      });
    }
    return api;
  }
}
