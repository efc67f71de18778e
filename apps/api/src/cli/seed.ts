// Loads the plan's reference data (idempotent): `npm run seed`. Booting runs it too.
import { NestFactory } from '@nestjs/core';
import { toAppConfig } from '../core/config/app-config.js';
import { loadEnv } from '../core/config/env.schema.js';
import { SeedService } from '../modules/reference-data/seed.service.js';
import { WorkerModule } from '../worker.module.js';

const config = toAppConfig(loadEnv());
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...config, RUN_WORKERS: false }), {
  logger: ['error', 'warn', 'log'],
});
await app.get(SeedService).run();
await app.close();
