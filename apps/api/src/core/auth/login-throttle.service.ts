import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { failFastRedis } from '../queue/redis.provider.js';
import { storedLimiter, type StoredLimiter } from './limiter-store.js';

export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;
/** Per account (normalized email) and window. */
export const MAX_FAILED_LOGINS = 10;
/**
 * Per client address and window, over all accounts. Higher than the per-account limit because one
 * address can be a whole office or incubator behind NAT (and only failures count, see `refund`),
 * yet low enough that one machine trying a common password on many accounts gets ~200 tries an hour
 * instead of thousands.
 */
export const MAX_FAILED_LOGINS_PER_ADDRESS = 50;

/** One sign-in attempt: whose account, from where. Keys of the two limits. */
export interface LoginAttempt {
  /** Normalized (trimmed, lower-case) email. */
  account: string;
  /** The client address as Fastify sees it (`request.ip`, through TRUST_PROXY only). */
  address: string;
}

type Scope = 'account' | 'address';

/** How often at most the "Redis is down, counting in memory" warning is logged. */
const FALLBACK_WARNING_INTERVAL_MS = 60_000;

/**
 * Slows password guessing. Every attempt takes a point from its account's and its address's
 * allowance BEFORE the password is checked: the take is one atomic increment, so of any number of
 * parallel attempts at most MAX_FAILED_LOGINS reach the password check, and nothing a success does
 * later can let the rest of its batch through. A success gives back only its own point (`refund`):
 * the limits count failures, not sign-ins, and earlier or in-flight failures stay counted until
 * their window ends or an admin unlocks the account (`unlock`).
 *
 * Counted in Redis (rate-limiter-flexible), so every API instance sees the same counts; in embedded
 * mode (one process, no Redis) in memory. While Redis is down the counts continue in this process's
 * memory and a warning is logged: sign-in stays possible, and still limited per process.
 */
@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis | null;
  private readonly limiters: Record<Scope, StoredLimiter>;
  private lastFallbackWarning = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = config.REDIS_URL ? failFastRedis(config.REDIS_URL) : null;
    this.redis?.on('error', () => undefined); // a failing command falls back and warns (see onFallback)
    const prefix = `${config.QUEUE_PREFIX}:login-failures`;
    this.limiters = {
      account: this.limiter(`${prefix}:account`, MAX_FAILED_LOGINS),
      address: this.limiter(`${prefix}:address`, MAX_FAILED_LOGINS_PER_ADDRESS),
    };
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  /**
   * Takes one point from the address, then from the account; refuses with UNAUTHENTICATED and
   * when to retry once either is used up. An attempt refused for its address costs its account
   * nothing, so one noisy address cannot lock out accounts beyond its own allowance.
   */
  async consume(attempt: LoginAttempt): Promise<void> {
    await this.take('address', attempt.address);
    await this.take('account', attempt.account);
  }

  /** Gives back the points of a successful attempt; never touches other attempts' points. */
  async refund(attempt: LoginAttempt): Promise<void> {
    await Promise.all(
      (['address', 'account'] as const).map((scope) =>
        this.limiters[scope].main
          .reward(attempt[scope])
          .catch((error: unknown) => this.logger.warn({ err: error }, `sign-in ${scope} point not refunded`)),
      ),
    );
  }

  /** Clears an account's failures (admin unlock), in Redis and in the in-memory fallback. */
  async unlock(account: string): Promise<void> {
    const { main, fallback } = this.limiters.account;
    await Promise.all([main.delete(account), fallback?.delete(account)]);
  }

  private async take(scope: Scope, key: string): Promise<void> {
    try {
      await this.limiters[scope].main.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooManyFailures(scope, rejection.msBeforeNext);
      // Not a refusal but a store failure the fallback could not absorb: let the attempt through.
      this.logger.warn({ err: rejection }, 'sign-in throttle unavailable; attempt allowed');
    }
  }

  private limiter(keyPrefix: string, points: number): StoredLimiter {
    const options = { keyPrefix, points, duration: FAILED_LOGIN_WINDOW_SECONDS };
    return storedLimiter(this.redis, options, () => this.onFallback());
  }

  private onFallback(): void {
    if (Date.now() - this.lastFallbackWarning < FALLBACK_WARNING_INTERVAL_MS) return;
    this.lastFallbackWarning = Date.now();
    this.logger.warn('Redis unreachable: sign-in attempts are counted in this process only until it is back');
  }
}

function tooManyFailures(scope: Scope, msBeforeNext: number): AppError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  const enMinutes = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return scope === 'account'
    ? new AppError(ErrorCode.UNAUTHENTICATED, {
        zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
        en: `Too many failed sign-ins; try again in ${enMinutes}`,
      })
    : new AppError(ErrorCode.UNAUTHENTICATED, {
        zh: `此网络地址登录失败次数过多，请 ${minutes} 分钟后再试`,
        en: `Too many failed sign-ins from this network address; try again in ${enMinutes}`,
      });
}
