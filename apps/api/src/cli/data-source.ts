// The data source the TypeORM CLI uses (migration:generate, migration:run), from the compiled build.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnv } from '../core/config/env.schema.js';
import { buildDataSourceOptions } from '../core/database/data-source-options.js';
import { ENTITIES } from '../entities.js';

const env = loadEnv();
export const dataSource = new DataSource(
  await buildDataSourceOptions({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, entities: ENTITIES }),
);
