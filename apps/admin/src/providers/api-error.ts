import type { HttpError } from '@refinedev/core';
import type { CombinedError } from '@urql/core';
import { i18n } from '../i18n/i18n';

/** The error codes the API puts in `extensions.code`, plus NETWORK when no answer came. */
export type ApiErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL' | 'NETWORK';

const STATUS: Record<ApiErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  NETWORK: 503,
};

const isCode = (value: unknown): value is ApiErrorCode => typeof value === 'string' && value in STATUS;

/** A GraphQL or network failure in the shape Refine expects (message + statusCode), keeping the API's code. */
export class ApiError extends Error implements HttpError {
  readonly statusCode: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = i18n.t(`errors.${code === 'NETWORK' ? 'network' : code}`);
    this.statusCode = STATUS[code];
  }
}

/** The first GraphQL error wins: its message is already localized by the server (Accept-Language). */
export const toApiError = (error: CombinedError): ApiError => {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = isCode(first.extensions?.code) ? first.extensions.code : 'INTERNAL';
    return new ApiError(code, first.message || i18n.t(`errors.${code}`));
  }
  return new ApiError('NETWORK', i18n.t('errors.network'));
};

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
