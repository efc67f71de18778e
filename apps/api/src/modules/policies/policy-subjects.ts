import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STORED_FACT_NAMES } from '#matching';
import { DataSource } from 'typeorm';

/** An enterprise as the engine sees it: its id, its name and its stored facts. */
export interface SubjectProfile {
  enterpriseId: string;
  name: string;
  facts: Record<string, unknown>;
}

/**
 * Every enterprise whose profile a policy can be evaluated against, in batches (simulations now,
 * background matching later). Abstract so the policies context needs no import of enterprises.
 */
export abstract class PolicySubjects {
  /** False while no enterprise table exists. */
  abstract available(): Promise<boolean>;
  /** Calls `handle` with batches of profiles in id order until every enterprise has been seen. */
  abstract forEachProfile(handle: (batch: SubjectProfile[]) => void | Promise<void>, batchSize?: number): Promise<void>;
}

const TABLE = 'enterprises';

interface ColumnInfo {
  column_name: string;
  data_type: string;
}

/**
 * Reads the `enterprises` table by SQL: its `id`, `name` and the columns named like stored facts
 * (EnterpriseProfileInput's fields are the fact names), whichever of them the table has; or, if the
 * table keeps the facts in a jsonb column named `facts`, that column. Dates are read as calendar
 * days, numerics as numbers (normalizeStoredFacts in the engine reads the rest).
 */
@Injectable()
export class SqlPolicySubjects extends PolicySubjects {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async available(): Promise<boolean> {
    const [{ exists }] = await this.dataSource.query(`SELECT to_regclass('public.${TABLE}') IS NOT NULL AS exists`);
    return exists === true;
  }

  private async selectList(): Promise<string[] | null> {
    const columns: ColumnInfo[] = await this.dataSource.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [TABLE],
    );
    const byName = new Map(columns.map((c) => [c.column_name, c.data_type]));
    if (!byName.has('id')) return null;
    const select = ['"id"::text AS "id"', byName.has('name') ? '"name"::text AS "name"' : `''::text AS "name"`];
    if (byName.get('facts') === 'jsonb') return [...select, '"facts" AS "facts"'];
    for (const fact of STORED_FACT_NAMES) {
      const type = byName.get(fact);
      if (!type) continue;
      const column = `"${fact}"`;
      if (type === 'date') select.push(`to_char(${column}, 'YYYY-MM-DD') AS ${column}`);
      else if (type.startsWith('timestamp'))
        select.push(`to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS ${column}`);
      else select.push(column);
    }
    return select;
  }

  async forEachProfile(handle: (batch: SubjectProfile[]) => void | Promise<void>, batchSize = 500): Promise<void> {
    if (!(await this.available())) return;
    const select = await this.selectList();
    if (!select) return;
    let after: string | null = null;
    for (;;) {
      const rows: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT ${select.join(', ')} FROM "${TABLE}" ${after === null ? '' : 'WHERE "id" > $2'} ORDER BY "id" LIMIT $1`,
        after === null ? [batchSize] : [batchSize, after],
      );
      if (!rows.length) return;
      await handle(
        rows.map(({ id, name, facts, ...columns }) => ({
          enterpriseId: String(id),
          name: String(name ?? ''),
          facts: (facts as Record<string, unknown> | undefined) ?? columns,
        })),
      );
      if (rows.length < batchSize) return;
      after = String(rows[rows.length - 1].id);
    }
  }
}
