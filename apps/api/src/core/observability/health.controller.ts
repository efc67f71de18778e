import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
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

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly metrics: MetricsService,
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

  @Public()
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
