import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadEnv } from './env.schema.js';

describe('loadEnv', () => {
  it('gives a zero-setup default with no variables', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.RUN_WORKERS).toBe(true);
  });

  it('names the bad variable', () => {
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadEnv({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('refuses a default or short JWT secret in production', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379' };
    expect(() => loadEnv(prod)).toThrow(ConfigError);
    expect(() => loadEnv({ ...prod, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(loadEnv({ ...prod, JWT_SECRET: 'x'.repeat(40) }).NODE_ENV).toBe('production');
  });
});
