import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadEnv } from './core/config/env.schema.js';
import { toAppConfig } from './core/config/app-config.js';
import { WorkerModule } from './worker.module.js';

/** A BullMQ worker process without HTTP. SIGTERM lets running jobs finish before it exits. */
async function main(): Promise<void> {
  const config = toAppConfig(loadEnv());
  if (!config.REDIS_URL) throw new ConfigError('Invalid configuration:\n  REDIS_URL: a separate worker needs Redis');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...config, RUN_WORKERS: true }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
