import type { Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { Locale } from '../errors/locale.js';

const INTERNAL_TEXT = {
  'zh-CN': '服务器内部错误，请稍后重试',
  'en-US': 'Something went wrong on our side; please try again later',
};

function rootCause(error: GraphQLError): unknown {
  let cause: unknown = error.originalError;
  // Mercurius and graphql-jit may wrap the thrown error once more.
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/** One place maps every error to `{ message, extensions.code }` in the caller's language. */
export function formatGraphqlError(error: GraphQLError, locale: Locale, logger: Logger): GraphQLFormattedError {
  const base = { locations: error.locations, path: error.path };
  const cause = rootCause(error);
  if (cause instanceof AppError) {
    const fields = cause.fields.map((f) => ({ field: f.field, message: f.message[locale] }));
    return {
      ...base,
      message: cause.localized(locale),
      extensions: { code: cause.code, ...(fields.length ? { fields } : {}), ...cause.details },
    };
  }
  if (!cause) {
    // Parse or validation errors of the query itself: the client's to fix.
    const code = (error.extensions?.code as string | undefined) ?? ErrorCode.BAD_USER_INPUT;
    const known = Object.values(ErrorCode).includes(code as ErrorCode) ? code : ErrorCode.BAD_USER_INPUT;
    return { ...base, message: error.message, extensions: { code: known } };
  }
  logger.error({ err: cause, path: error.path }, 'unhandled error in a resolver');
  return { ...base, message: INTERNAL_TEXT[locale], extensions: { code: ErrorCode.INTERNAL } };
}

export function formatExecution(
  execution: ExecutionResult,
  locale: Locale,
  logger: Logger,
): ExecutionResult & { errors?: GraphQLFormattedError[] } {
  return {
    data: execution.data ?? null,
    errors: execution.errors?.map((error) => formatGraphqlError(error, locale, logger)) as never,
  };
}
