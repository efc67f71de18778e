import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** PostgreSQL's identifier limit: TypeORM shortens longer result aliases, which this reader does not. */
const MAX_ALIAS = 63;

/**
 * Column types whose values `pg` already gives as TypeORM's hydration leaves them (PostgresDriver's
 * `prepareHydratedValue` converts booleans declared as `Boolean`, dates, times, enums, `Number` and the
 * simple-* types, none of these): without a transformer such a value is set as read.
 */
const AS_READ = new Set<unknown>([
  String,
  'varchar',
  'character varying',
  'text',
  'uuid',
  'int',
  'integer',
  'int4',
  'smallint',
  'int2',
  'bigint',
  'int8',
  'numeric',
  'decimal',
  'boolean',
  'bool',
  'jsonb',
  'json',
  'real',
  'double precision',
]);

/** How one alias's raw result columns become an entity's properties. */
interface AliasPlan {
  metadata: EntityMetadata;
  /** [result column, column metadata, value set as read] for each selected column. */
  columns: [string, ColumnMetadata, boolean][];
  /** The result column of the primary key. */
  idKey: string;
}

/**
 * The plan for one alias, or null when the alias needs TypeORM's own hydration (inheritance, embedded
 * or virtual columns, lazy relations, load listeners or subscribers, aliases TypeORM would shorten).
 */
function aliasPlan(query: SelectQueryBuilder<ObjectLiteral>, name: string, metadata: EntityMetadata): AliasPlan | null {
  const dataSource = query.connection;
  if (
    metadata.discriminatorColumn ||
    metadata.childEntityMetadatas.length ||
    metadata.embeddeds.length ||
    metadata.lazyRelations.length ||
    metadata.afterLoadListeners.length ||
    metadata.primaryColumns.length !== 1 ||
    dataSource.options.typename ||
    dataSource.subscribers.some((subscriber) => typeof subscriber.afterLoad === 'function')
  ) {
    return null;
  }
  const selections = new Set(query.expressionMap.selects.map((select) => select.selection));
  const whole = selections.has(name);
  const columns: [string, ColumnMetadata, boolean][] = [];
  for (const column of metadata.columns) {
    if (column.isVirtualProperty) return null;
    if (column.isVirtual || !(whole || selections.has(`${name}.${column.propertyPath}`))) continue;
    const key = `${name}_${column.databaseName}`;
    if (key.length > MAX_ALIAS) return null;
    const asRead =
      AS_READ.has(column.type) && !column.transformer && !column.relationMetadata && !column.referencedColumn;
    columns.push([key, column, asRead]);
  }
  return { metadata, columns, idKey: `${name}_${metadata.primaryColumns[0].databaseName}` };
}

/** One raw result row as the alias's entity: the object TypeORM's hydration makes for a plain select. */
function hydrate(
  plan: AliasPlan,
  raw: Record<string, unknown>,
  prepare: (value: unknown, column: ColumnMetadata) => unknown,
) {
  // As TypeORM makes it with `entitySkipConstructor`: the class's prototype, without running the
  // constructor, whose class fields would define every column (35 for an enterprise) for 50 rows.
  const entity = Object.create((plan.metadata.target as { prototype: object }).prototype) as Record<string, unknown>;
  for (const [key, column, asRead] of plan.columns) {
    const value = raw[key];
    if (value === undefined) continue;
    if (asRead || (value === null && !column.transformer && !column.relationMetadata))
      entity[column.propertyName] = value;
    else column.setEntityValue(entity, prepare(value, column));
  }
  return entity;
}

export interface PageRows<T> {
  rows: T[];
  raws: Record<string, unknown>[];
}

/**
 * Reads a page's rows with `getRawMany` and maps each raw row to its entity (and its many-to-one
 * `join`, set under the relation's name) with the driver's own value conversion and column
 * transformers — what `getRawAndEntities` does, without its grouping by primary key, per-call column
 * lookups and load events, which a page of single-table rows (plus a many-to-one join, which repeats
 * no row) does not need. A fifth of the list pages' CPU went there (bench/README.md §9). Returns null
 * when the query is outside that shape (other joins, inheritance, embedded columns, listeners…): the
 * caller then asks TypeORM.
 */
export async function readPageRows<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  join?: { relation: string; alias: string },
): Promise<PageRows<T> | null> {
  const map = query.expressionMap;
  const main = map.mainAlias;
  if (!main?.hasMetadata) return null;
  if (map.joinAttributes.length !== (join ? 1 : 0) || map.relationIdAttributes.length) {
    return null;
  }
  const plan = aliasPlan(query, main.name, main.metadata);
  if (!plan) return null;
  let joined: { plan: AliasPlan; property: string } | undefined;
  if (join) {
    const attribute = map.joinAttributes[0];
    const relation = attribute.relation;
    if (attribute.alias.name !== join.alias || !relation?.isManyToOne || !attribute.metadata) return null;
    const joinPlan = aliasPlan(query, join.alias, attribute.metadata);
    if (!joinPlan) return null;
    joined = { plan: joinPlan, property: relation.propertyName };
  }
  const driver = query.connection.driver;
  const prepare = (value: unknown, column: ColumnMetadata) => driver.prepareHydratedValue(value, column);
  const raws = (await query.getRawMany()) as Record<string, unknown>[];
  const rows = raws.map((raw) => {
    const row = hydrate(plan, raw, prepare);
    if (joined && raw[joined.plan.idKey] != null) row[joined.property] = hydrate(joined.plan, raw, prepare);
    return row as T;
  });
  return { rows, raws };
}
