// Loads the demo set (sample enterprises, open applications, sample leads and requests) on the
// configured database and enqueues a re-match run: `npm run seed:demo`, for a staging database.
// Idempotent. The running API's outbox relay (or a worker) picks the run up. Embedded starts load
// it by themselves.
import { NestFactory } from '@nestjs/core';
import { toAppConfig } from '../core/config/app-config.js';
import { loadEnv } from '../core/config/env.schema.js';
import { DemoDataService } from '../modules/demo/demo-data.service.js';
import { SeedService } from '../modules/reference-data/seed.service.js';
import { WorkerModule } from '../worker.module.js';

const config = toAppConfig(loadEnv());
if (config.NODE_ENV === 'production' && !process.argv.includes('--allow-production')) {
  process.stderr.write(
    'NODE_ENV=production: the demo set is for staging databases. Pass --allow-production if this one is.\n',
  );
  process.exit(1);
}
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...config, RUN_WORKERS: false }), {
  logger: ['error', 'warn', 'log'],
});
await app.get(SeedService).run();
const result = await app.get(DemoDataService).load();
process.stdout.write(
  result.runId
    ? `Demo set loaded: ${result.enterprises} sample enterprises, ${result.applications} open applications, ` +
        `${result.leads} sample leads, ${result.requests} sample requests, ${result.landPlots} sample land plots; ` +
        `matching run ${result.runId} enqueued.\n`
    : result.applications || result.leads || result.requests || result.landPlots
      ? `Demo set already loaded: nothing added except ${result.applications} applications, ${result.leads} leads, ` +
        `${result.requests} requests, ${result.landPlots} land plots.\n`
      : 'Demo set already loaded: nothing added.\n',
);
await app.close();
