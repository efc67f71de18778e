import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../../migrations/index.js';

export interface DatabaseTarget {
  /** PostgreSQL URL; absent means embedded PGlite. */
  url?: string;
  dataDir: string;
  /** The entity classes, handed in by the application (core does not know the features). */
  entities: NonNullable<DataSourceOptions['entities']>;
}

/** PGlite instances opened by this process, closed on shutdown (or Jest never exits). */
export const openedPglites = new Set<{ close(): Promise<void> }>();

async function embeddedOptions(dataDir: string) {
  const [{ PGlite }, { pg_trgm }, { createPgConfig }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/node-postgres'),
  ]);
  const dir = dataDir === 'memory://' ? dataDir : join(dataDir, 'pglite');
  if (dir !== 'memory://') mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir, { extensions: { pg_trgm } });
  openedPglites.add(pglite);
  // Exactly one connection: PGlite is single-session, and a second pooled connection would
  // interleave statements. The timeout turns a stray second checkout into an error, not a hang.
  return {
    extra: { ...createPgConfig(pglite), max: 1, connectionTimeoutMillis: 10_000 },
    poolSize: 1,
  };
}

export async function buildDataSourceOptions(target: DatabaseTarget): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    entities: target.entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL ≥ 13 and PGlite: no extension to install.
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    migrationsRun: false,
    logging: ['error' as const],
  };
  if (target.url) {
    return { ...common, url: target.url, extra: { max: 10, connectionTimeoutMillis: 10_000 } };
  }
  return { ...common, ...(await embeddedOptions(target.dataDir)) };
}
