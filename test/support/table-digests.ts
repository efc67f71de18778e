import type { DataSource } from 'typeorm';

/**
 * Per table: its row count and the newest row version (xmin, the id of the transaction that wrote the row).
 * An insert or update raises the newest xmin, a delete lowers the count: cheap enough to take around every call.
 */
export type TableDigests = Record<string, string>;

/** Reads the table list once; the returned function digests every table in one statement. */
export async function tableDigester(dataSource: DataSource): Promise<() => Promise<TableDigests>> {
  const tables = (await dataSource.query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename",
  )) as { tablename: string }[];
  const digestQuery = tables
    .map(
      ({ tablename }) =>
        `SELECT '${tablename}' AS name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS digest FROM "${tablename}"`,
    )
    .join(' UNION ALL ');
  return async () => {
    const rows = (await dataSource.query(digestQuery)) as { name: string; digest: string }[];
    return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
  };
}

/** The tables whose rows differ between two digests. */
export const changedTables = (before: TableDigests, after: TableDigests): string[] =>
  Object.keys(after).filter((name) => before[name] !== after[name]);
