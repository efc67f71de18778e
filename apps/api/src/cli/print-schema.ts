// Writes the GraphQL schema to apps/api/schema.gql (the admin app's codegen reads it), by booting
// the API in memory: `npm run schema`.
import { resolve } from 'node:path';
import { toAppConfig } from '../core/config/app-config.js';
import { loadEnv } from '../core/config/env.schema.js';
import { createApi } from '../bootstrap.js';

const file = resolve(process.argv[2] ?? 'apps/api/schema.gql');
const config = toAppConfig(
  loadEnv({ NODE_ENV: 'development', DATA_DIR: 'memory://', LOG_LEVEL: 'error', GRAPHQL_SCHEMA_FILE: file }),
);
const app = await createApi(config);
await app.close();
process.stdout.write(`schema written to ${file}\n`);
