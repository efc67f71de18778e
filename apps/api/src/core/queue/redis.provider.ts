import type { Provider } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export const REDIS = Symbol('REDIS');

/**
 * The connection BullMQ workers need (blocking commands, so no per-request retry limit). Null in
 * embedded mode. Producers and health checks use their own fail-fast connections.
 */
export const redisProvider: Provider = {
  provide: REDIS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Redis | null =>
    config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false }) : null,
};

/** A connection whose commands fail at once while Redis is down, instead of queueing forever. */
export function failFastRedis(url: string): Redis {
  return new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
}
