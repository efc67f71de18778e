import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadEnv } from './env.schema.js';

describe('loadEnv', () => {
  it('gives a zero-setup default with no variables', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.RUN_WORKERS).toBe(true);
  });

  it('takes a base-map tile URL template only with {z}, {x} and {y}', () => {
    expect(loadEnv({}).MAP_TILE_URL).toBeUndefined();
    const url = 'https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=key';
    expect(loadEnv({ MAP_TILE_URL: url }).MAP_TILE_URL).toBe(url);
    expect(() => loadEnv({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}.png' })).toThrow(/MAP_TILE_URL/);
    expect(() => loadEnv({ MAP_TILE_URL: 'ftp://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_URL/);
  });

  it('listens on the loopback interface unless HOST says otherwise', () => {
    expect(loadEnv({}).HOST).toBe('127.0.0.1');
    expect(loadEnv({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', () => {
    expect(loadEnv({}).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadEnv({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).TRUST_PROXY).toBe('10.0.0.0/8,127.0.0.1');
  });

  it('has no built-in JWT secret, and refuses the one once published with the code', () => {
    expect(loadEnv({}).JWT_SECRET).toBeUndefined();
    // The development default of earlier versions: anyone could sign tokens with it.
    expect(() => loadEnv({ JWT_SECRET: 'development-only-secret-change-me' })).toThrow(
      /JWT_SECRET: this value was published/,
    );
  });

  it('stores attachments under DATA_DIR unless UPLOAD_DIR says where, up to 10 MB each', () => {
    expect(loadEnv({}).UPLOAD_DIR).toBeUndefined();
    expect(loadEnv({}).UPLOAD_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(loadEnv({ UPLOAD_DIR: '/var/lib/uhtz/uploads', UPLOAD_MAX_BYTES: '2048' })).toMatchObject({
      UPLOAD_DIR: '/var/lib/uhtz/uploads',
      UPLOAD_MAX_BYTES: 2048,
    });
    expect(() => loadEnv({ UPLOAD_MAX_BYTES: 'ten megabytes' })).toThrow(/UPLOAD_MAX_BYTES/);
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

  it('reads the commitment shortfall share (0–1) and the aftercare visit interval, with defaults', () => {
    expect(loadEnv({}).COMMITMENT_SHORTFALL_SHARE).toBe(0.3);
    expect(loadEnv({ COMMITMENT_SHORTFALL_SHARE: '0.25' }).COMMITMENT_SHORTFALL_SHARE).toBe(0.25);
    expect(() => loadEnv({ COMMITMENT_SHORTFALL_SHARE: '1.5' })).toThrow(/COMMITMENT_SHORTFALL_SHARE/);
    expect(() => loadEnv({ COMMITMENT_SHORTFALL_SHARE: 'half' })).toThrow(/COMMITMENT_SHORTFALL_SHARE/);
    expect(loadEnv({}).AFTERCARE_VISIT_INTERVAL_DAYS).toBe(90);
    expect(loadEnv({ AFTERCARE_VISIT_INTERVAL_DAYS: '30' }).AFTERCARE_VISIT_INTERVAL_DAYS).toBe(30);
    expect(() => loadEnv({ AFTERCARE_VISIT_INTERVAL_DAYS: '0' })).toThrow(/AFTERCARE_VISIT_INTERVAL_DAYS/);
  });

  it('has request limits generous for people and small for abuse, each configurable', () => {
    const env = loadEnv({});
    expect(env.RATE_LIMIT_MAX).toBe(1200);
    expect(env.RATE_LIMIT_WINDOW_MS).toBe(60_000);
    expect(env.GRAPHQL_ANONYMOUS_MAX_TOKENS).toBe(1000);
    expect(env.GRAPHQL_MAX_SELECTION_FIELDS).toBe(100);
    expect(env.GRAPHQL_MAX_FIELDS).toBe(500);
    expect(loadEnv({ RATE_LIMIT_MAX: '30' }).RATE_LIMIT_MAX).toBe(30);
    expect(() => loadEnv({ RATE_LIMIT_MAX: '0' })).toThrow(/RATE_LIMIT_MAX/);
    expect(() => loadEnv({ GRAPHQL_ANONYMOUS_MAX_TOKENS: '9000' })).toThrow(/GRAPHQL_ANONYMOUS_MAX_TOKENS/);
  });

  it('takes a metrics token of 16 characters or more', () => {
    expect(loadEnv({}).METRICS_TOKEN).toBeUndefined();
    expect(loadEnv({ METRICS_TOKEN: 'p'.repeat(32) }).METRICS_TOKEN).toBe('p'.repeat(32));
    expect(() => loadEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
