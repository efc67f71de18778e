import { Client, fetchExchange, type AnyVariables, type DocumentInput, type OperationResult } from '@urql/core';
import { currentLocale, i18n } from '../i18n/i18n';
import { ApiError, toApiError } from './api-error';
import { readToken } from './token-store';

/** The app's one GraphQL client: bearer token and the current locale on every request. */
export const graphqlClient = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  // Refine (TanStack Query) caches; urql only carries requests.
  requestPolicy: 'network-only',
  preferGetMethod: false,
  fetchOptions: () => {
    const token = readToken();
    return {
      headers: {
        'Accept-Language': currentLocale(),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    };
  },
});

const unwrap = <Data>(result: OperationResult<Data>): Data => {
  if (result.error) throw toApiError(result.error);
  if (!result.data) throw new ApiError('INTERNAL', i18n.t('errors.unknown'));
  return result.data;
};

/** Runs a query and returns its data, or throws an ApiError. */
export const runQuery = async <Data, Variables extends AnyVariables = AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> => unwrap(await graphqlClient.query(document, variables).toPromise());

/** Runs a mutation and returns its data, or throws an ApiError. */
export const runMutation = async <Data, Variables extends AnyVariables = AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> => unwrap(await graphqlClient.mutation(document, variables).toPromise());
