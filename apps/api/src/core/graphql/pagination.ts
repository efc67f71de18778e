import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError, text } from '../errors/app-error.js';
import { readPageRows } from './page-rows.js';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * The rows the filter selects. A page from `paginate` counts them only when this is awaited (when a
   * query selects `totalCount`): a thenable that runs the count on its first `then`.
   */
  totalCount: number | PromiseLike<number>;
}

/** A GraphQL connection type for T: edges { cursor node }, pageInfo, totalCount. */
export function connectionType<T>(node: new (...args: never[]) => T) {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number | PromiseLike<number>;
  }
  return ConnectionType;
}

interface Cursor {
  v: string | number;
  id: string;
}

const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/**
 * An edge whose cursor is encoded when read: a list query rarely selects `edges { cursor }` (the
 * admin app pages with `pageInfo.endCursor`), and encoding every row's was 2 % of a list page's CPU.
 */
class PageEdge<T extends { id: string }> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly valueOf: (node: T) => string | number,
  ) {}

  get cursor(): string {
    return encodeCursor({ v: this.valueOf(this.node), id: this.node.id });
  }
}

function decodeCursor(raw: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.id === 'string' && cursor.v !== undefined) return cursor;
  } catch {
    // fall through to the input error
  }
  throw AppError.field('after', text('不是有效的分页游标', 'is not a valid page cursor'));
}

export interface PageOptions {
  first: number;
  after?: string;
  /** Entity property to order by; the id breaks ties so the order is total. */
  sortColumn: string;
  direction: 'ASC' | 'DESC';
  /**
   * Entity properties to load (the id always added, and the sort column unless a timestamp's text serves the cursor); default every column.
   * A list reads what its query shows: `selectedColumns` derives them from the GraphQL selection.
   */
  columns?: readonly string[];
  /**
   * Values computed in the page's own statement, set on each node under the key: SQL expressions over
   * the query's alias (a correlated subquery, say) — instead of a second statement per page through a
   * loader, where the page's rows are all the expression needs.
   */
  computed?: Readonly<Record<string, string>>;
  /**
   * A many-to-one relation read in the page's statement (joined after the filter, not counted): its
   * entity is set on each node under the relation's name, with `columns` (entity properties; the id
   * always) or every column.
   */
  join?: { relation: string; alias: string; columns?: readonly string[] };
  /**
   * The query selects `totalCount`: count in the page's own statement (an uncorrelated scalar
   * subquery, evaluated once) rather than a second statement. Not with joins; a page with no rows
   * still counts with a statement of its own.
   */
  countInPage?: boolean;
}

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', Date]);

/** The raw result column that carries a timestamp's exact stored text for the cursor. */
const CURSOR_TEXT = 'page_cursor_text';
/** The raw result column of `countInPage`'s count. */
const PAGE_TOTAL = 'page_total_count';

/** `count(*)` of the rows a query (without joins) selects. */
const countQuery = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) =>
  query.select('count(*)::int', 'n').orderBy();

/**
 * Keyset pagination: stable under inserts, one query for the page; the count (a second query) only
 * when `totalCount` is read.
 *
 * The ORDER BY is the bare column and the id, so an index on (sortColumn, id) serves it in either
 * direction (a walk along the index that stops after `first + 1` rows, the same cost at any table
 * size). PostgreSQL keeps timestamps to the microsecond and a JS Date only to the millisecond: the
 * cursor of a timestamp carries the stored value as text (`::text`, microseconds and offset), so rows
 * sharing a millisecond are neither skipped nor repeated, without truncating the column in the
 * comparison (which no index serves). A cursor of milliseconds made before still parses.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  options: PageOptions,
): Promise<Connection<T>> {
  const first = Math.min(Math.max(options.first, 1), MAX_PAGE_SIZE);
  const alias = query.alias;
  const sortColumn = query.expressionMap.mainAlias?.metadata.findColumnWithPropertyName(options.sortColumn);
  const isTimestamp = !!sortColumn && TIMESTAMP_TYPES.has(sortColumn.type);
  const column = `${alias}.${options.sortColumn}`;
  const counted = query.clone();
  let totalCount: number | PromiseLike<number> = lazyCount(counted);
  if (options.columns) {
    // A timestamp's cursor is its stored text (below): the Date itself only when the query shows it
    // (or a join's DISTINCT page, which orders by selected columns, needs it).
    const bySortText = isTimestamp && !options.join && !query.expressionMap.joinAttributes.length;
    const properties = new Set(['id', ...(bySortText ? [] : [options.sortColumn]), ...options.columns]);
    query.select([...properties].map((property) => `${alias}.${property}`));
  }
  const join = options.join;
  if (join) {
    query.innerJoin(`${alias}.${join.relation}`, join.alias);
    if (join.columns)
      query.addSelect([...new Set(['id', ...join.columns])].map((property) => `${join.alias}.${property}`));
    else query.addSelect(join.alias);
  }
  if (options.after) {
    const cursor = decodeCursor(options.after);
    const op = options.direction === 'DESC' ? '<' : '>';
    query.andWhere(`(${column}, ${alias}.id) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: cursor.v,
      cursorId: cursor.id,
    });
  }
  query.orderBy(column, options.direction).addOrderBy(`${alias}.id`, options.direction);
  // A many-to-one join repeats no row: a plain LIMIT (`take` with a join sends a statement for the ids first).
  if (join) query.limit(first + 1);
  else query.take(first + 1);
  let rows: T[];
  const exact = new Map<string, string>();
  // [node key, SQL, result column] of each computed value.
  const computed = Object.entries(options.computed ?? {}).map(([key, sql], i) => [key, sql, `page_computed_${i}`]);
  if (isTimestamp && sortColumn) {
    query.addSelect(`${query.escape(alias)}.${query.escape(sortColumn.databaseName)}::text`, CURSOR_TEXT);
  }
  for (const [, sql, resultColumn] of computed) query.addSelect(sql, resultColumn);
  const countInPage = !!options.countInPage && !join && !query.expressionMap.joinAttributes.length;
  if (countInPage) query.addSelect(`(${countQuery(counted.clone()).getQuery()})`, PAGE_TOTAL);
  let total: number | undefined;
  // The timestamp's exact text for the cursor and the computed values, from a row's raw result.
  const addRawValues = (row: T, raw: Record<string, unknown>) => {
    if (countInPage) total = raw[PAGE_TOTAL] as number;
    if (isTimestamp) exact.set(row.id, raw[CURSOR_TEXT] as string);
    for (const [key, , resultColumn] of computed) (row as Record<string, unknown>)[key] = raw[resultColumn];
  };
  const read = await readPageRows(query, join);
  if (read) {
    rows = read.rows;
    for (let i = 0; i < rows.length; i++) addRawValues(rows[i], read.raws[i]);
  } else if (isTimestamp || computed.length || countInPage) {
    const found = await query.getRawAndEntities();
    rows = found.entities;
    const raws = new Map((found.raw as Record<string, unknown>[]).map((raw) => [raw[`${alias}_id`] as string, raw]));
    for (const row of rows) addRawValues(row, raws.get(row.id)!);
  } else {
    rows = await query.getMany();
  }
  const page = rows.slice(0, first);
  const cursorValue = (node: T): string | number => {
    const value = node[options.sortColumn] as unknown;
    return exact.get(node.id) ?? (value instanceof Date ? value.toISOString() : (value as string | number));
  };
  const edges = page.map((node) => new PageEdge(node, cursorValue));
  if (total !== undefined) totalCount = total;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * `count(*)` of what the query selects, run the first time it is awaited (GraphQL awaits a field's
 * value only when the query selects the field) and at most once.
 */
function lazyCount<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): PromiseLike<number> {
  let counted: Promise<number> | undefined;
  const count = async (): Promise<number> => {
    // A join may repeat a row: then TypeORM's count of distinct ids.
    if (query.expressionMap.joinAttributes.length) return query.getCount();
    const row = await countQuery(query).getRawOne<{ n: number }>();
    return row?.n ?? 0;
  };
  return {
    then: (onFulfilled, onRejected) => (counted ??= count()).then(onFulfilled, onRejected),
  };
}
