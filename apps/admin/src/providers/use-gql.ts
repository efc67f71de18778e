import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCustom, useCustomMutation, useInvalidate, type BaseRecord } from '@refinedev/core';
import { useCallback } from 'react';
import { readsAnyOf, type ResourceName } from './query-tags';

export type { ResourceName } from './query-tags';

/**
 * The app's one way to call the API from a page: every request goes through the data provider
 * (data-provider.ts → graphql-client.ts), answers are cached by Refine (TanStack Query), and a
 * failure is an ApiError (api-error.ts). Refine's own hooks (useTable, useList, useShow) take the
 * same documents in `meta.gqlQuery`.
 */

type Variables = Record<string, unknown>;

/**
 * One typed GraphQL query through Refine's cache, tagged with the resource it reads so the
 * mutations that change that resource refresh it. Errors are the page's to show: no toast.
 */
export const useGqlQuery = <Data extends BaseRecord, V extends Variables>(
  document: TypedDocumentNode<Data, V>,
  variables: V,
  options: { resource: ResourceName; enabled?: boolean; refetchInterval?: number },
) => {
  const { query } = useCustom<Data>({
    url: '',
    method: 'get',
    meta: { gqlQuery: document, gqlVariables: variables, resource: options.resource },
    queryOptions: { enabled: options.enabled ?? true, refetchInterval: options.refetchInterval },
    errorNotification: false,
  });
  return {
    data: query.data?.data as Data | undefined,
    isLoading: query.isLoading,
    /** True while a request is out, also when the previous variables' answer is still shown. */
    isFetching: query.isFetching,
    error: query.error,
    refetch: query.refetch,
  };
};

/** Refreshes what is cached of the given resources: Refine's lists and records, and the tagged queries. */
export const useInvalidateResources = () => {
  const invalidate = useInvalidate();
  return useCallback(
    (resources: readonly ResourceName[]) =>
      invalidate({
        invalidates: ['all'],
        invalidationFilters: {
          type: 'all',
          refetchType: 'active',
          predicate: (query) => readsAnyOf(query.queryKey, resources),
        },
      }),
    [invalidate],
  );
};

/**
 * A request made on demand rather than on render: a typed mutation, or a query whose answer is not
 * kept (a trial of unsaved rules, a file to download). Throws the ApiError; no toast.
 */
const useGqlRequest = <Data, V extends Variables>(
  document: TypedDocumentNode<Data, V>,
  kind: 'gqlMutation' | 'gqlQuery',
  invalidates: readonly ResourceName[],
) => {
  const { mutateAsync, mutation } = useCustomMutation<Data & BaseRecord>();
  const invalidateResources = useInvalidateResources();
  const targets = invalidates.join(); // callers pass a fresh array literal on every render
  const run = useCallback(
    async (variables: V): Promise<Data> => {
      const { data } = await mutateAsync({
        url: '',
        method: 'post',
        values: variables,
        meta: { [kind]: document },
        successNotification: false,
        errorNotification: false,
      });
      if (targets) await invalidateResources(targets.split(',') as ResourceName[]);
      return data as Data;
    },
    [document, kind, mutateAsync, invalidateResources, targets],
  );
  return { run, pending: mutation.isPending };
};

/** A typed GraphQL mutation; on success it refreshes the resources it changes (and only those). */
export const useGqlMutation = <Data, V extends Variables>(
  document: TypedDocumentNode<Data, V>,
  { invalidates }: { invalidates: readonly ResourceName[] },
) => useGqlRequest(document, 'gqlMutation', invalidates);

/** A typed GraphQL query run when asked (a button), its answer not cached. */
export const useGqlCall = <Data, V extends Variables>(document: TypedDocumentNode<Data, V>) =>
  useGqlRequest(document, 'gqlQuery', []);
