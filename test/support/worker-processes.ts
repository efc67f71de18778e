import { existsSync } from 'node:fs';
import type { AppConfig } from '../../apps/api/src/core/config/app-config.js';
import { ChildNodeProcess } from './processes.js';

/** The built worker entry point: `npm run build:api` first (npm test does). */
export const WORKER_MAIN = 'dist/apps/api/src/worker.js';

export function assertWorkerBuilt(): void {
  if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run npm run build:api first`);
}

/**
 * One `worker.js` process. Its PostgreSQL sessions carry its name as application_name (PGAPPNAME),
 * so a test can see in pg_stat_activity which worker is waiting where. `kill()` (SIGKILL) leaves its
 * jobs active in Redis until their lock runs out; `stop()` (SIGTERM) lets its running jobs finish.
 */
export class WorkerProcess extends ChildNodeProcess {
  private constructor(
    readonly name: string,
    child: ChildNodeProcess['child'],
  ) {
    super(child);
  }

  /** Starts a worker and resolves once it consumes the queues. */
  static async start(name: string, env: Record<string, string>, timeoutMs = 60_000): Promise<WorkerProcess> {
    const worker = new WorkerProcess(name, ChildNodeProcess.spawnScript(WORKER_MAIN, { ...env, PGAPPNAME: name }));
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
}

/**
 * A worker's environment for the database, queues and secret of a test app, with
 * BullMQ timings short enough that a killed worker's jobs are taken over within seconds (30 s in production).
 */
export function workerEnv(
  config: Pick<AppConfig, 'DATABASE_URL' | 'REDIS_URL' | 'QUEUE_PREFIX' | 'JWT_SECRET'>,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: config.DATABASE_URL!,
    REDIS_URL: config.REDIS_URL!,
    QUEUE_PREFIX: config.QUEUE_PREFIX,
    JWT_SECRET: config.JWT_SECRET!,
    DATA_DIR: 'memory://',
    RUN_MIGRATIONS: 'false',
    LOG_LEVEL: 'info',
    OUTBOX_POLL_MS: '100',
    QUEUE_LOCK_DURATION_MS: '5000',
    QUEUE_STALLED_INTERVAL_MS: '1000',
    ...extra,
  };
}
