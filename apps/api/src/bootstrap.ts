import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './core/config/app-config.js';
import { ExpectedErrorFilter } from './core/http/expected-error.filter.js';
import { configureHttp } from './core/http/http-hooks.js';
import { MetricsService } from './core/observability/metrics.service.js';
import { SeedService } from './modules/reference-data/seed.service.js';

/** Builds the API (migrated and seeded) without listening; main.ts and the tests share it. */
export async function createApi(config: AppConfig): Promise<NestFastifyApplication> {
  // Trusting every X-Forwarded-For would let any client pick its own address and walk around the
  // per-address sign-in limit; only the proxies named in TRUST_PROXY are believed.
  const adapter = new FastifyAdapter({ bodyLimit: config.BODY_LIMIT_BYTES, trustProxy: config.TRUST_PROXY });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.useGlobalFilters(new ExpectedErrorFilter());
  await configureHttp(app.getHttpAdapter().getInstance(), config, app.get(MetricsService));
  await app.init();
  await app.get(SeedService).run();
  return app;
}
