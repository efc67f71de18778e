import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/**
 * The in-memory limiter that rate-limiter-flexible switches to (its `insuranceLimiter`) when a Redis
 * command fails. It counts in this process only, which keeps sign-in possible and still limited
 * while Redis is down; `onUse` lets the owner say so in the log.
 */
export class FallbackMemoryLimiter extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: () => void,
  ) {
    super(options);
  }

  override consume(key: string | number, points?: number, options?: Record<string, unknown>): Promise<RateLimiterRes> {
    this.onUse();
    return super.consume(key, points, options);
  }
}
