import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { REDIS } from '../queue/redis.provider.js';
import { MetricsService } from './metrics.service.js';

type Check = 'up' | 'down' | 'not configured';

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Constant-time comparison, so response times do not reveal how much of a guess was right. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 200 when the database and Redis answer, 503 naming the one that does not. */
  @Public()
  @Get('health')
  async health(@Res() reply: FastifyReply): Promise<void> {
    const database: Check = await within(this.dataSource.query('SELECT 1'), 3000).then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const redis: Check = !this.redis
      ? 'not configured'
      : await within(this.redis.ping(), 3000).then(
          () => 'up' as const,
          () => 'down' as const,
        );
    const ok = database === 'up' && redis !== 'down';
    await reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', database, redis });
  }

  /**
   * Prometheus text for whoever holds METRICS_TOKEN (as a Bearer token). Without a token configured
   * it is open outside production (demos, development, tests) and absent (404) in production.
   */
  @Public()
  @Get('metrics')
  async metricsText(
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const expected = this.config.METRICS_TOKEN;
    if (!expected && this.config.NODE_ENV === 'production') {
      await reply.status(404).send({ message: 'Not Found', statusCode: 404 });
      return;
    }
    if (expected && !sameSecret(authorization ?? '', `Bearer ${expected}`)) {
      await reply.status(401).header('www-authenticate', 'Bearer').send({ message: 'Unauthorized', statusCode: 401 });
      return;
    }
    await reply.type('text/plain; version=0.0.4').send(await this.metrics.registry.metrics());
  }
}
