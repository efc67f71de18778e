import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError, text } from '../errors/app-error.js';

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
  totalCount: number;
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
    totalCount: number;
  }
  return ConnectionType;
}

interface Cursor {
  v: string | number;
  id: string;
}

const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

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
}

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', Date]);

/**
 * PostgreSQL keeps microseconds, a cursor (a JS Date) milliseconds: timestamps are ordered and
 * compared at millisecond precision, or rows sharing the cursor's millisecond would be skipped.
 */
function sortExpression(query: SelectQueryBuilder<ObjectLiteral>, property: string): string {
  const column = query.expressionMap.mainAlias?.metadata.findColumnWithPropertyName(property);
  const path = `${query.alias}.${property}`;
  return column && TIMESTAMP_TYPES.has(column.type) ? `date_trunc('milliseconds', ${path})` : path;
}

/** Keyset pagination: stable under inserts, one query for the page and one for the count. */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  options: PageOptions,
): Promise<Connection<T>> {
  const first = Math.min(Math.max(options.first, 1), MAX_PAGE_SIZE);
  const alias = query.alias;
  const column = sortExpression(query, options.sortColumn);
  const totalCount = await query.clone().getCount();
  if (options.after) {
    const cursor = decodeCursor(options.after);
    const op = options.direction === 'DESC' ? '<' : '>';
    query.andWhere(`(${column}, ${alias}.id) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: cursor.v,
      cursorId: cursor.id,
    });
  }
  const rows = await query
    .orderBy(column, options.direction)
    .addOrderBy(`${alias}.id`, options.direction)
    .take(first + 1)
    .getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node) => {
    const value = node[options.sortColumn] as unknown;
    const v = value instanceof Date ? value.toISOString() : (value as string | number);
    return { cursor: encodeCursor({ v, id: node.id }), node };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
