import type { BaseRecord, DataProvider, GetListResponse, MetaQuery } from '@refinedev/core';
import type { DocumentNode } from 'graphql';
import { runMutation, runQuery } from './graphql-client';
import { CursorBook, isConnection, rootField, type Connection } from './connection';
import { toFilterInput } from './list-variables';

type Variables = Record<string, unknown>;

const operation = (meta: MetaQuery | undefined, kind: 'gqlQuery' | 'gqlMutation'): DocumentNode => {
  const document = (meta?.[kind] ?? meta?.gqlQuery ?? meta?.gqlMutation) as DocumentNode | undefined;
  if (!document) throw new Error(`meta.${kind} is required`);
  return document;
};

const extraVariables = (meta: MetaQuery | undefined): Variables => (meta?.gqlVariables as Variables | undefined) ?? {};

const cursors = new CursorBook();
const DEFAULT_PAGE_SIZE = 20;

/** Fetches one page of a connection, walking forward from the last known cursor when needed. */
const fetchConnectionPage = async (
  document: DocumentNode,
  variables: Variables,
  key: string,
  pageIndex: number,
  pageSize: number,
): Promise<Connection> => {
  const known = cursors.known(key);
  let index = Math.min(pageIndex, known.length - 1);
  for (;;) {
    const page = rootField(await runQuery(document, { ...variables, first: pageSize, after: known[index] ?? null }));
    if (!isConnection(page)) throw new Error('expected a connection');
    cursors.record(key, index, page.pageInfo.endCursor);
    if (index === pageIndex || !page.pageInfo.hasNextPage) return page;
    index += 1;
  }
};

/**
 * One data provider for the API: documents come from each page's `meta.gqlQuery` / `meta.gqlMutation`;
 * a list is either a plain array (parks, industries: paged in the table) or a cursor connection
 * (growing lists: `first`/`after`, `totalCount`).
 */
export const dataProvider: DataProvider = {
  getApiUrl: () => '/graphql',

  getList: async <TData extends BaseRecord = BaseRecord>({
    resource,
    pagination,
    filters,
    meta,
  }: Parameters<DataProvider['getList']>[0]): Promise<GetListResponse<TData>> => {
    const document = operation(meta, 'gqlQuery');
    const filter = toFilterInput(filters);
    const variables: Variables = { ...extraVariables(meta), ...(filter ? { filter } : {}) };
    if (meta?.connection) {
      const pageSize = pagination?.pageSize ?? DEFAULT_PAGE_SIZE;
      const pageIndex = (pagination?.currentPage ?? 1) - 1;
      const key = JSON.stringify([resource, variables, pageSize]);
      const page = await fetchConnectionPage(document, variables, key, pageIndex, pageSize);
      return { data: page.edges.map((edge) => edge.node as TData), total: page.totalCount };
    }
    const list = rootField(await runQuery(document, variables));
    const data = Array.isArray(list) ? (list as TData[]) : [];
    return { data, total: data.length };
  },

  getOne: async ({ id, meta }) => ({
    data: rootField(await runQuery(operation(meta, 'gqlQuery'), { id, ...extraVariables(meta) })) as never,
  }),

  create: async ({ variables, meta }) => ({
    data: rootField(
      await runMutation(operation(meta, 'gqlMutation'), { input: variables, ...extraVariables(meta) }),
    ) as never,
  }),

  update: async ({ id, variables, meta }) => ({
    data: rootField(
      await runMutation(operation(meta, 'gqlMutation'), { id, input: variables, ...extraVariables(meta) }),
    ) as never,
  }),

  deleteOne: async ({ id, meta }) => ({
    data: rootField(await runMutation(operation(meta, 'gqlMutation'), { id, ...extraVariables(meta) })) as never,
  }),

  custom: async ({ payload, query, meta }) => {
    const variables = {
      ...(query as Variables | undefined),
      ...(payload as Variables | undefined),
      ...extraVariables(meta),
    };
    const data = meta?.gqlMutation
      ? await runMutation(operation(meta, 'gqlMutation'), variables)
      : await runQuery(operation(meta, 'gqlQuery'), variables);
    return { data: data as never };
  },
};
