import pg from 'pg';
import { startTestApp } from '../test/support/test-app.js';
import { makeApiBenchData } from './api-data.js';

/**
 * `node dist/bench/api-explain.js [sizes…]` (after `npx tsc -p bench/tsconfig.json`): EXPLAIN ANALYZE
 * of the enterprises list's page of 50 (the SQL `paginate` sends, first page and a page after a cursor)
 * at 1,000 and 100,000 enterprises (or the sizes given), before and after this change's index, and
 * the old ORDER BY date_trunc('milliseconds', "createdAt") for comparison. Prints markdown for
 * bench/README.md. Needs PostgreSQL at TEST_DATABASE_URL; makes its own databases and drops them.
 */
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1_000, 100_000];

const COLUMNS = `"e"."id" AS "e_id", "e"."uscc" AS "e_uscc", "e"."name" AS "e_name", "e"."industry" AS "e_industry",
  "e"."tier" AS "e_tier", "e"."parkCode" AS "e_parkCode", "e"."createdAt" AS "e_createdAt", "e"."createdAt"::text AS "page_cursor_text"`;

const QUERIES: { label: string; sql: (cursor: { v: string; id: string }) => { text: string; values: unknown[] } }[] = [
  {
    label: 'before: ORDER BY date_trunc(ms), every column, first page',
    sql: () => ({
      text: `SELECT "e".* FROM "enterprises" "e"
              ORDER BY date_trunc('milliseconds', "e"."createdAt") DESC, "e"."id" DESC LIMIT 51`,
      values: [],
    }),
  },
  {
    label: 'before: the count every page sent',
    sql: () => ({ text: `SELECT COUNT(DISTINCT("e"."id")) AS "cnt" FROM "enterprises" "e"`, values: [] }),
  },
  {
    label: 'after: ORDER BY ("createdAt", id), the shown columns, first page',
    sql: () => ({
      text: `SELECT ${COLUMNS} FROM "enterprises" "e" ORDER BY "e"."createdAt" DESC, "e"."id" DESC LIMIT 51`,
      values: [],
    }),
  },
  {
    label: 'after: a page after a cursor (the middle of the table)',
    sql: (cursor) => ({
      text: `SELECT ${COLUMNS} FROM "enterprises" "e" WHERE ("e"."createdAt", "e"."id") < ($1, $2)
              ORDER BY "e"."createdAt" DESC, "e"."id" DESC LIMIT 51`,
      values: [cursor.v, cursor.id],
    }),
  },
];

interface Plan {
  'Execution Time': number;
  Plan: Record<string, unknown>;
}

/** The plan's node types, outermost first, and each node's rows and buffers: a compact line. */
function outline(node: Record<string, unknown>, depth = 0): string[] {
  const own = `${'  '.repeat(depth)}${node['Node Type'] as string}${node['Index Name'] ? ` using ${node['Index Name'] as string}` : ''}${node['Sort Method'] ? ` (${node['Sort Method'] as string})` : ''} rows=${node['Actual Rows'] as number} buffers=${(node['Shared Hit Blocks'] as number) + (node['Shared Read Blocks'] as number)}`;
  const children = (node.Plans as Record<string, unknown>[] | undefined) ?? [];
  return [own, ...children.flatMap((child) => outline(child, depth + 1))];
}

const api = await startTestApp({ redis: false, env: { OUTBOX_POLL_MS: '3600000' } });
try {
  const db = new pg.Client({ connectionString: api.config.DATABASE_URL });
  await db.connect();
  const ownerIds = (await db.query<{ id: string }>('SELECT id FROM users')).rows.map((r) => r.id);
  console.log('| enterprises | query | plan | execution ms (median of 5) |');
  console.log('|---|---|---|---|');
  let made = 0;
  for (const size of SIZES) {
    await db.query('DELETE FROM policy_matches');
    await db.query('DELETE FROM leads');
    await db.query('DELETE FROM enterprises');
    await makeApiBenchData(db, size, ownerIds, false);
    made = size;
    const middle = (
      await db.query<{ v: string; id: string }>(
        `SELECT "createdAt"::text AS v, id FROM enterprises ORDER BY "createdAt" DESC, id DESC OFFSET $1 LIMIT 1`,
        [Math.floor(size / 2)],
      )
    ).rows[0];
    for (const query of QUERIES) {
      const { text, values } = query.sql(middle);
      const times: number[] = [];
      let plan: Plan | undefined;
      for (let i = 0; i < 6; i++) {
        const { rows } = await db.query<{ 'QUERY PLAN': Plan[] }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`,
          values,
        );
        plan = rows[0]['QUERY PLAN'][0];
        if (i) times.push(plan['Execution Time']);
      }
      times.sort((a, b) => a - b);
      console.log(
        `| ${size.toLocaleString('en')} | ${query.label} | ${outline(plan!.Plan).join('<br>')} | ${times[2].toFixed(2)} |`,
      );
    }
  }
  console.log(
    `\n(${made} enterprises in the last database; PostgreSQL ${(await db.query('SHOW server_version')).rows[0].server_version})`,
  );
  await db.end();
} finally {
  await api.close();
}
