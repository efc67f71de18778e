import type { EntityManager } from 'typeorm';
import { PROFILE_FIELDS } from './enterprise-profile.js';
import { Enterprise } from './enterprise.entity.js';

/** A full row as the import writes it: keys, the version it will have, the facts' sources, every profile field. */
export type EnterpriseRecord = Record<string, unknown> & { id: string; uscc: string; version: number };

/** The columns an import writes: the keys and bookkeeping, then every profile field. */
const WRITTEN = ['id', 'uscc', 'version', 'factMeta', ...PROFILE_FIELDS] as const;
/** Columns an update leaves alone: the row's identity. */
const IDENTITY = new Set(['id', 'uscc']);

interface UpsertSql {
  text: string;
  keys: readonly string[];
}

const sqlCache = new WeakMap<object, UpsertSql>();

/**
 * The upsert statement, with each column's SQL type read from the entity's metadata (so a new
 * profile column needs no second list here).
 */
function upsertSql(manager: EntityManager): UpsertSql {
  const metadata = manager.connection.getMetadata(Enterprise);
  const cached = sqlCache.get(metadata);
  if (cached) return cached;
  const columns = WRITTEN.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`enterprises has no column for ${property}`);
    return { name: `"${column.databaseName}"`, type: manager.connection.driver.normalizeType(column) };
  });
  const names = columns.map((column) => column.name).join(', ');
  const record = columns.map((column) => `${column.name} ${column.type}`).join(', ');
  const set = columns
    .filter((_, i) => !IDENTITY.has(WRITTEN[i]))
    .map((column) => `${column.name} = EXCLUDED.${column.name}`)
    .join(', ');
  const sql = {
    keys: WRITTEN,
    text: `INSERT INTO enterprises (${names})
      SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${record})
      ON CONFLICT ("uscc") DO UPDATE SET ${set}, "updatedAt" = now()
      WHERE enterprises."version" = EXCLUDED."version" - 1
      RETURNING "id"`,
  };
  sqlCache.set(metadata, sql);
  return sql;
}

/**
 * New enterprises and changes to existing ones in one statement: `INSERT … ON CONFLICT (uscc) DO
 * UPDATE` over a JSON array of full rows, as the lead import writes leads. A row carries the
 * version it will have: an existing enterprise is changed only while still at the version before
 * it (a new one is version 1, so a USCC registered by someone else meanwhile is left alone too).
 * Returns the ids written; the others changed under the import and are reported.
 */
export async function upsertEnterprises(
  manager: EntityManager,
  records: readonly EnterpriseRecord[],
): Promise<Set<string>> {
  if (!records.length) return new Set();
  const sql = upsertSql(manager);
  const rows = records.map((record) => Object.fromEntries(sql.keys.map((key) => [key, record[key] ?? null])));
  const written: { id: string }[] = await manager.query(sql.text, [JSON.stringify(rows)]);
  return new Set(written.map((row) => row.id));
}
