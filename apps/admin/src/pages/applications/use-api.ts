import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCustom, useInvalidate, type BaseRecord } from '@refinedev/core';
import type { CombinedError } from '@urql/core';
import { useCallback, useState } from 'react';
import { i18n } from '../../i18n/i18n';
import { ApiError, isApiError, toApiError } from '../../providers/api-error';
import { graphqlClient } from '../../providers/graphql-client';

type Variables = Record<string, unknown>;

/** A refusal of the API with the input fields it names (`extensions.fields`), for forms. */
export class FieldApiError extends ApiError {
  constructor(
    base: ApiError,
    /** Field path (the last segment, without `input.`) → the server's localized message. */
    readonly fields: { name: string; message: string }[],
  ) {
    super(base.code, base.message);
  }
}

const fieldName = (path: string): string =>
  path
    .replace(/^input\./, '')
    .split('.')
    .pop() ?? path;

const withFields = (error: CombinedError): ApiError => {
  const base = toApiError(error);
  const raw = error.graphQLErrors[0]?.extensions?.fields;
  if (!Array.isArray(raw)) return base;
  const fields = raw.flatMap((item: unknown) => {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    return typeof field === 'string' ? [{ name: fieldName(field), message: String(message ?? '') }] : [];
  });
  return fields.length ? new FieldApiError(base, fields) : base;
};

/** Runs a mutation; a refusal throws an ApiError (a FieldApiError when the API names fields). */
export const runMutationWithFields = async <Data, V extends Variables>(
  document: TypedDocumentNode<Data, V>,
  variables: V,
): Promise<Data> => {
  const result = await graphqlClient.mutation(document, variables).toPromise();
  if (result.error) throw withFields(result.error);
  if (!result.data) throw new ApiError('INTERNAL', i18n.t('errors.unknown'));
  return result.data;
};

/** The message a person reads for a failure; CONFLICT gets the caller's own wording. */
export const errorText = (error: unknown, conflict?: string): string => {
  if (isApiError(error)) return error.code === 'CONFLICT' && conflict ? conflict : error.message;
  return error instanceof Error ? error.message : i18n.t('errors.unknown');
};

export const isConflict = (error: unknown): boolean => isApiError(error) && error.code === 'CONFLICT';

/**
 * One typed GraphQL query through Refine's cache (so the mutations below refresh it). Errors are
 * the page's to show: no toast.
 */
export const useGqlQuery = <Data extends BaseRecord, V extends Variables>(
  document: TypedDocumentNode<Data, V>,
  variables: V,
  options: { enabled?: boolean; refetchInterval?: number } = {},
) => {
  const { query } = useCustom<Data>({
    url: '',
    method: 'get',
    meta: { gqlQuery: document, gqlVariables: variables },
    queryOptions: { enabled: options.enabled ?? true, refetchInterval: options.refetchInterval },
    errorNotification: false,
  });
  return {
    data: query.data?.data as Data | undefined,
    isLoading: query.isLoading,
    error: query.error,
    refetch: query.refetch,
  };
};

/**
 * A typed GraphQL mutation; on success every query of the app is refreshed (counts, lists and
 * details that the change touches: the unread badge, a park's free space…). Throws the ApiError.
 */
export const useGqlMutation = <Data, V extends Variables>(document: TypedDocumentNode<Data, V>) => {
  const invalidate = useInvalidate();
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async (variables: V): Promise<Data> => {
      setPending(true);
      try {
        const data = await runMutationWithFields(document, variables);
        await invalidate({ invalidates: ['all'] });
        return data;
      } finally {
        setPending(false);
      }
    },
    [document, invalidate],
  );
  return { run, pending };
};
