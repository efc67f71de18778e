import type { Env } from './env.schema.js';

/** Injection token of the validated environment. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export type AppConfig = Env & { embedded: boolean };

export function toAppConfig(env: Env): AppConfig {
  return { ...env, embedded: !env.DATABASE_URL };
}
