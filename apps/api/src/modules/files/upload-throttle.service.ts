import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { failFastRedis } from '../../core/queue/redis.provider.js';
import { tooManyUploads } from './upload-errors.js';

const WINDOW_SECONDS = 60 * 60;

/**
 * Uploads per user and hour (UPLOAD_MAX_PER_HOUR), counted BEFORE the file is read: a flood of
 * uploads is refused without touching the disk. In Redis when there is one (every API instance
 * counts together), in memory otherwise and while Redis is down.
 */
@Injectable()
export class UploadThrottle implements OnApplicationShutdown {
  private readonly logger = new Logger(UploadThrottle.name);
  private readonly redis: Redis | null;
  private readonly limiter: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const options = {
      keyPrefix: `${config.QUEUE_PREFIX}:uploads`,
      points: config.UPLOAD_MAX_PER_HOUR,
      duration: WINDOW_SECONDS,
    };
    this.redis = config.REDIS_URL ? failFastRedis(config.REDIS_URL) : null;
    this.redis?.on('error', () => undefined);
    this.limiter = this.redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: this.redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  async consume(userId: string): Promise<void> {
    try {
      await this.limiter.consume(userId);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        throw tooManyUploads(Math.max(1, Math.ceil(rejection.msBeforeNext / 60_000)));
      this.logger.warn({ err: rejection }, 'upload throttle unavailable; upload allowed');
    }
  }
}
