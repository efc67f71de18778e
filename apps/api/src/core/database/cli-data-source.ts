// The data source the TypeORM CLI uses (migration:generate, migration:run), from the compiled build.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnv } from '../config/env.schema.js';
import { buildDataSourceOptions } from './data-source-options.js';

const env = loadEnv();
export const dataSource = new DataSource(
  await buildDataSourceOptions({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }),
);
