// Generates a migration from the entities' difference to the committed migrations, against a
// scratch database that is dropped afterwards: `npm run migration:generate -- AddSomething`.
import { execFileSync } from 'node:child_process';
import pg from 'pg';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- PascalCaseName');
  process.exit(2);
}
const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = `migration_gen_${Date.now()}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(server);
url.pathname = `/${scratch}`;
const env = { ...process.env, DATABASE_URL: url.toString() };
const cli = ['node_modules/typeorm/cli.js', '-d', 'dist/apps/api/src/cli/data-source.js'];
try {
  execFileSync('node', [cli[0], 'migration:run', ...cli.slice(1)], { env, stdio: 'inherit' });
  execFileSync('node', [cli[0], 'migration:generate', `migrations/${name}`, '--pretty', ...cli.slice(1)], {
    env,
    stdio: 'inherit',
  });
  console.log(`Now add the new class to migrations/index.ts, with a .js import.`);
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.end();
}
