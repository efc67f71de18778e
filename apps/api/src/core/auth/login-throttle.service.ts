import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { failFastRedis } from '../queue/redis.provider.js';

export const MAX_FAILED_LOGINS = 10;
export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Slows password guessing: after MAX_FAILED_LOGINS failures for one email within the window,
 * sign-in for that email is refused until the window passes. Counted in Redis, so every API
 * instance sees the same count; in embedded mode (one process, no Redis) in memory. While Redis is
 * down sign-in stays possible (fail open): locking everyone out would be worse than slower guessing.
 */
@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly local = new Map<string, { count: number; until: number }>();
  private readonly redis: Redis | null;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = config.REDIS_URL ? failFastRedis(config.REDIS_URL) : null;
    this.prefix = `${config.QUEUE_PREFIX}:login-failures:`;
    this.redis?.on('error', () => undefined); // reported where a command fails
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }

  async assertAllowed(email: string): Promise<void> {
    const failures = await this.failures(email).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'login throttle unavailable; sign-in allowed');
      return 0;
    });
    if (failures < MAX_FAILED_LOGINS) return;
    const minutes = Math.ceil(FAILED_LOGIN_WINDOW_SECONDS / 60);
    throw new AppError(ErrorCode.UNAUTHENTICATED, {
      zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
      en: `Too many failed sign-ins; try again in ${minutes} minutes`,
    });
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    if (this.redis) {
      await this.redis
        .multi()
        .incr(key)
        .expire(key, FAILED_LOGIN_WINDOW_SECONDS, 'NX')
        .exec()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'login failure not counted'));
      return;
    }
    const entry = this.liveEntry(key) ?? { count: 0, until: Date.now() + FAILED_LOGIN_WINDOW_SECONDS * 1000 };
    entry.count += 1;
    this.local.set(key, entry);
  }

  async reset(email: string): Promise<void> {
    if (this.redis) await this.redis.del(this.key(email)).catch(() => undefined);
    else this.local.delete(this.key(email));
  }

  private async failures(email: string): Promise<number> {
    const key = this.key(email);
    if (this.redis) return Number((await this.redis.get(key)) ?? 0);
    return this.liveEntry(key)?.count ?? 0;
  }

  private liveEntry(key: string) {
    const entry = this.local.get(key);
    if (entry && entry.until <= Date.now()) this.local.delete(key);
    return entry && entry.until > Date.now() ? entry : undefined;
  }

  private key(email: string): string {
    return `${this.prefix}${email}`;
  }
}
