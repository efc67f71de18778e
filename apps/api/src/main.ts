import { loadEnv, ConfigError } from './core/config/env.schema.js';
import { toAppConfig } from './core/config/app-config.js';
import { createApi } from './bootstrap.js';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/reference-data/seed.service.js';

async function main(): Promise<void> {
  const config = toAppConfig(loadEnv());
  const app = await createApi(config);
  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}`;
  const lines = [`Admin app and API: ${url}  (GraphQL at ${url}/graphql)`];
  if (config.embedded) {
    lines.push(`Embedded mode: PostgreSQL (PGlite) in ${config.DATA_DIR}/pglite, jobs run in-process.`);
    if (config.NODE_ENV !== 'production') {
      lines.push(
        `Demo logins (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(', ')}`,
      );
    }
  }
  // Printed to stdout on purpose: the first thing a newcomer needs to see.
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
