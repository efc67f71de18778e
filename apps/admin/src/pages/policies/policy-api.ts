import type { AnyVariables, DocumentInput, OperationResult } from '@urql/core';
import { i18n } from '../../i18n/i18n';
import { ApiError, toApiError, type ApiErrorCode } from '../../providers/api-error';
import { graphqlClient } from '../../providers/graphql-client';

/** A fault of one input field as the API reports it in `extensions.fields`. */
export interface FieldFault {
  field: string;
  message: string;
}

/** A test case that failed on publish (`extensions.failingCases`). */
export interface FailingCase {
  index: number;
  name: string;
  asOf: string;
  expected: { outcome: string; benefit: number | null };
  actual: { outcome: string | null; benefit: number | null };
  reasons: string[];
}

/**
 * An API refusal with what the editor shows next to its fields: the field faults and, when
 * publishing is refused, the failing test cases. (The shared ApiError keeps only code and message.)
 */
export class PolicyApiError extends ApiError {
  constructor(
    code: ApiErrorCode,
    message: string,
    readonly fields: FieldFault[] = [],
    readonly failingCases: FailingCase[] = [],
  ) {
    super(code, message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const faultsOf = (value: unknown): FieldFault[] =>
  Array.isArray(value)
    ? value.filter(
        (item): item is FieldFault =>
          isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string',
      )
    : [];

const failingOf = (value: unknown): FailingCase[] =>
  Array.isArray(value)
    ? value.filter(
        (item): item is FailingCase => isRecord(item) && typeof item.name === 'string' && isRecord(item.expected),
      )
    : [];

const unwrap = <Data>(result: OperationResult<Data>): Data => {
  if (result.error) {
    const base = toApiError(result.error);
    const extensions = result.error.graphQLErrors[0]?.extensions ?? {};
    throw new PolicyApiError(base.code, base.message, faultsOf(extensions.fields), failingOf(extensions.failingCases));
  }
  if (!result.data) throw new PolicyApiError('INTERNAL', i18n.t('errors.unknown'));
  return result.data;
};

export const policyQuery = async <Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> => unwrap(await graphqlClient.query(document, variables).toPromise());

export const policyMutation = async <Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> => unwrap(await graphqlClient.mutation(document, variables).toPromise());

export const isPolicyApiError = (error: unknown): error is PolicyApiError => error instanceof PolicyApiError;
