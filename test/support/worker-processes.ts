import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The built worker entry point: `npm run build:api` first (npm test does). */
export const WORKER_MAIN = 'dist/apps/api/src/worker.js';

export function assertWorkerBuilt(): void {
  if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run npm run build:api first`);
}

/**
 * One `worker.js` process. Its PostgreSQL sessions carry its name as application_name (PGAPPNAME),
 * so a test can see in pg_stat_activity which worker is waiting where.
 */
export class WorkerProcess {
  private log = '';
  readonly exited: Promise<number | NodeJS.Signals | null>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    child.stdout!.on('data', (chunk) => (this.log += chunk));
    child.stderr!.on('data', (chunk) => (this.log += chunk));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  }

  /** Starts a worker and resolves once it consumes the queues. */
  static async start(name: string, env: Record<string, string>, timeoutMs = 60_000): Promise<WorkerProcess> {
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env, PGAPPNAME: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(name, child);
    const deadline = Date.now() + timeoutMs;
    while (!worker.output().includes('BullMQ workers consuming')) {
      if (!worker.alive || Date.now() > deadline) {
        await worker.kill();
        throw new Error(`worker ${name} did not start:\n${worker.output().slice(-4000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return worker;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  output(): string {
    return this.log;
  }

  /** SIGKILL: no shutdown hook runs, its jobs stay active in Redis until their lock runs out. */
  async kill(): Promise<void> {
    if (!this.alive) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM (running jobs finish), then SIGKILL if it has not exited in time. */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (!this.alive) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}
