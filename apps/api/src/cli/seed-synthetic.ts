// Synthetic data for benchmarks and load tests on the configured database (PostgreSQL, or embedded
// PGlite in DATA_DIR): `npm run seed:synthetic -- --enterprises 100000 [--policies 30]
// [--applications N] [--no-match]`. Runs the seed first (parks, policies, users), then adds what is
// missing (idempotent) and enqueues a re-match run that a worker (or the API's relay) picks up.
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { toAppConfig } from '../core/config/app-config.js';
import { loadEnv } from '../core/config/env.schema.js';
import { SeedService } from '../modules/reference-data/seed.service.js';
import { WorkerModule } from '../worker.module.js';
import { loadSynthetic } from './seed-synthetic-data.js';

const { values } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '10000' },
    applications: { type: 'string' },
    policies: { type: 'string', default: '0' },
    'no-match': { type: 'boolean', default: false },
    'allow-production': { type: 'boolean', default: false },
  },
});
const count = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10_000_000) {
    process.stderr.write(`--${name}: a whole number from 0 to 10,000,000, not "${value}"\n`);
    process.exit(2);
  }
  return n;
};
const options = {
  enterprises: count('enterprises', values.enterprises)!,
  applications: count('applications', values.applications),
  policies: count('policies', values.policies),
  match: !values['no-match'],
};

const config = toAppConfig(loadEnv());
if (config.NODE_ENV === 'production' && !values['allow-production']) {
  process.stderr.write(
    'NODE_ENV=production: synthetic data is for test databases. Pass --allow-production if this one is.\n',
  );
  process.exit(1);
}
// DEMO_DATA off: an embedded database gets the synthetic set, not the demo set besides.
const app = await NestFactory.createApplicationContext(
  WorkerModule.forRoot({ ...config, RUN_WORKERS: false, DEMO_DATA: false }),
  { logger: ['error', 'warn'] },
);
await app.get(SeedService).run();
const result = await loadSynthetic(app, options);
process.stdout.write(
  `Synthetic data: ${result.enterprises} enterprises and ${result.applications} applications added, ` +
    `${result.policiesAdded} policy variants added (${result.policiesInForce} published in force), in ${result.ms} ms` +
    `${result.runId ? `; matching run ${result.runId} enqueued` : ''}.\n`,
);
await app.close();
