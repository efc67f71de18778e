import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError, text } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { failFastRedis } from '../queue/redis.provider.js';
import { storedLimiter, type StoredLimiter } from './limiter-store.js';

export const REGISTRATION_WINDOW_SECONDS = 60 * 60;

/** How often at most the "Redis is down, counting in memory" warning is logged. */
const FALLBACK_WARNING_INTERVAL_MS = 60_000;

/**
 * Enterprise sign-ups per client address and hour (REGISTRATION_MAX_PER_HOUR), refused or not.
 * Sign-up answers every email with a token or a refusal, so without a limit it would let anyone
 * test addresses (and mint accounts) at will; like the sign-in throttle, the attempt is counted
 * BEFORE any costly work (argon2, database) in one atomic increment, so parallel attempts never get
 * more than the limit through. Same store as the sign-in throttle (limiter-store.ts).
 */
@Injectable()
export class RegistrationThrottle implements OnApplicationShutdown {
  private readonly logger = new Logger(RegistrationThrottle.name);
  private readonly redis: Redis | null;
  private readonly limiter: StoredLimiter;
  private lastFallbackWarning = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = config.REDIS_URL ? failFastRedis(config.REDIS_URL) : null;
    this.redis?.on('error', () => undefined); // a failing command falls back and warns
    const options = {
      keyPrefix: `${config.QUEUE_PREFIX}:registrations`,
      points: config.REGISTRATION_MAX_PER_HOUR,
      duration: REGISTRATION_WINDOW_SECONDS,
    };
    this.limiter = storedLimiter(this.redis, options, () => this.onFallback());
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  /** Takes one attempt from the address's allowance; TOO_MANY_REQUESTS with when to retry once it is used up. */
  async consume(address: string): Promise<void> {
    try {
      await this.limiter.main.consume(address);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooManyRegistrations(rejection.msBeforeNext);
      this.logger.warn({ err: rejection }, 'registration throttle unavailable; attempt allowed');
    }
  }

  private onFallback(): void {
    if (Date.now() - this.lastFallbackWarning < FALLBACK_WARNING_INTERVAL_MS) return;
    this.lastFallbackWarning = Date.now();
    this.logger.warn('Redis unreachable: registrations are counted in this process only until it is back');
  }
}

function tooManyRegistrations(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(
    ErrorCode.TOO_MANY_REQUESTS,
    text(
      `此网络地址的注册次数过多，请 ${minutes} 分钟后再试`,
      `Too many registrations from this network address; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    ),
    [],
    { retryAfterSeconds },
  );
}
