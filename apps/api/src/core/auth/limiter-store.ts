import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { FallbackMemoryLimiter } from './fallback-limiter.js';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  /** Window in seconds. */
  duration: number;
}

/** A limiter and, with Redis, the in-memory one it falls back to (to clear both at once). */
export interface StoredLimiter {
  main: RateLimiterAbstract;
  fallback: RateLimiterMemory | null;
}

/**
 * The store every throttle of the API shares: Redis when there is one (every API instance counts
 * together), with an in-memory insurance limiter while Redis is down (`onFallback` is told, to log
 * it), and memory alone in embedded mode (one process, no Redis). A take is one atomic increment
 * either way, so parallel attempts never get past the limit.
 */
export function storedLimiter(redis: Redis | null, options: LimiterOptions, onFallback: () => void): StoredLimiter {
  if (!redis) return { main: new RateLimiterMemory(options), fallback: null };
  const fallback = new FallbackMemoryLimiter(options, onFallback);
  const main = new RateLimiterRedis({
    ...options,
    storeClient: redis,
    // Straight to the fallback while the connection is down, instead of failing each command.
    rejectIfRedisNotReady: true,
    insuranceLimiter: fallback,
  });
  return { main, fallback };
}
