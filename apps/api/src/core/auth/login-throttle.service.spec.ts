import { Logger } from '@nestjs/common';
import { describe, expect, it, jest } from '@jest/globals';
import { toAppConfig } from '../config/app-config.js';
import { loadEnv } from '../config/env.schema.js';
import { AppError } from '../errors/app-error.js';
import { LoginThrottle, MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_PER_ADDRESS } from './login-throttle.service.js';

// In-memory mode (no REDIS_URL), as in embedded mode; Redis is covered by the integration tests.
const throttle = () => new LoginThrottle(toAppConfig(loadEnv({ LOG_LEVEL: 'silent' })));

const settle = (throttle: LoginThrottle, attempts: { account: string; address: string }[]) =>
  Promise.allSettled(attempts.map((attempt) => throttle.consume(attempt)));

describe('LoginThrottle', () => {
  it('lets at most the limit of parallel attempts at one account through, and says when to retry', async () => {
    const limits = throttle();
    const results = await settle(
      limits,
      Array.from({ length: 40 }, (_, i) => ({ account: 'a@x.cn', address: `10.0.0.${i}` })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_FAILED_LOGINS);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect((refused.reason as AppError).text.en).toBe('Too many failed sign-ins; try again in 15 minutes');
  });

  it('gives back only the successful attempt’s own point', async () => {
    const limits = throttle();
    const attempt = { account: 'b@x.cn', address: '10.0.0.1' };
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await limits.consume(attempt);
    await limits.consume(attempt); // the right password: the 10th point…
    await limits.refund(attempt); // …given back: 9 failures still count
    await limits.consume(attempt);
    await expect(limits.consume(attempt)).rejects.toThrow(/Too many failed sign-ins/);
  });

  it('forgets an account’s failures on unlock, not the address’s', async () => {
    const limits = throttle();
    const attempt = { account: 'c@x.cn', address: '10.0.0.2' };
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await limits.consume(attempt);
    await expect(limits.consume(attempt)).rejects.toThrow(AppError);
    await limits.unlock('c@x.cn');
    await expect(limits.consume(attempt)).resolves.toBeUndefined();
  });

  it('limits one address over many accounts, and costs the accounts nothing once refused', async () => {
    const limits = throttle();
    for (let i = 0; i < MAX_FAILED_LOGINS_PER_ADDRESS; i++) {
      await limits.consume({ account: `u${i}@x.cn`, address: '10.0.0.3' });
    }
    await expect(limits.consume({ account: 'd@x.cn', address: '10.0.0.3' })).rejects.toThrow(/network address/);
    // All ten of the account's own attempts are still there.
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await limits.consume({ account: 'd@x.cn', address: '10.0.0.4' });
  });
});

describe('LoginThrottle while Redis is unreachable', () => {
  it('keeps sign-in possible and limited, counting in memory, and says so in the log', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    // Nothing listens on port 1: every Redis command fails at once.
    const config = toAppConfig(loadEnv({ REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'silent' }));
    const limits = new LoginThrottle(config);
    try {
      const attempt = { account: 'e@x.cn', address: '10.0.0.5' };
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) await limits.consume(attempt);
      await expect(limits.consume(attempt)).rejects.toThrow(/Too many failed sign-ins/);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Redis unreachable/));
      expect(warn).toHaveBeenCalledTimes(1); // at most once a minute, not once per attempt
    } finally {
      limits.onApplicationShutdown();
      warn.mockRestore();
    }
  });
});
