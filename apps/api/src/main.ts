import { loadEnv, ConfigError } from './core/config/env.schema.js';
import { toAppConfig } from './core/config/app-config.js';
import { createApi } from './bootstrap.js';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/reference-data/seed.service.js';

/** Addresses that mean "every interface": a browser cannot open them, localhost reaches them. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::']);

async function main(): Promise<void> {
  const config = toAppConfig(loadEnv());
  const app = await createApi(config);
  await app.listen(config.PORT, config.HOST);
  const wildcard = WILDCARD_HOSTS.has(config.HOST);
  const url = `http://${wildcard ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${config.PORT}`;
  const lines = [`Admin app and API: ${url}  (GraphQL at ${url}/graphql)`];
  if (!wildcard) lines.push(`Listening on ${config.HOST} only; set HOST=0.0.0.0 to serve other machines.`);
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
