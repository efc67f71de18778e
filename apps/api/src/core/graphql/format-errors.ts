import type { Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { localize } from '#matching';
import { isPgError, PgErrorCode } from '../database/pg-error.js';
import { AppError, text } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { Locale } from '../errors/locale.js';

const INTERNAL_TEXT = text('服务器内部错误，请稍后重试', 'Something went wrong on our side; please try again later');

/** A malformed uuid or number that reached a query anyway: the caller's input, not our fault. */
const MALFORMED_VALUE_TEXT = text('输入的编号或数值格式不正确', 'An id or value in the request has the wrong format');

// By name, not instanceof: a rule package may load graphql's CommonJS build, whose class differs.
const isGraphqlError = (value: unknown): value is GraphQLError =>
  value instanceof Error && value.name === 'GraphQLError';

function rootCause(error: GraphQLError): unknown {
  let cause: unknown = error.originalError;
  // Mercurius and graphql-jit may wrap the thrown error once more.
  while (isGraphqlError(cause) && cause.originalError) cause = cause.originalError;
  return cause;
}

const isText = (value: unknown): value is { zh: string; en: string } =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as { zh?: unknown }).zh === 'string' &&
  typeof (value as { en?: unknown }).en === 'string';

/** Details may carry `{ zh, en }` texts (e.g. failed constraints); the client reads its own language. */
function localizeTexts<T>(value: T, locale: Locale): T {
  if (isText(value)) return localize(value, locale) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => localizeTexts(item, locale)) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localizeTexts(v, locale)])) as T;
  }
  return value;
}

/** One place maps every error to `{ message, extensions.code }` in the caller's language. */
export function formatGraphqlError(error: GraphQLError, locale: Locale, logger: Logger): GraphQLFormattedError {
  const base = { locations: error.locations, path: error.path };
  const cause = rootCause(error);
  if (cause instanceof AppError) {
    const fields = cause.fields.map((f) => ({ field: f.field, message: localize(f.message, locale) }));
    return {
      ...base,
      message: cause.localized(locale),
      extensions: { code: cause.code, ...(fields.length ? { fields } : {}), ...localizeTexts(cause.details, locale) },
    };
  }
  if (isPgError(cause, PgErrorCode.INVALID_TEXT_REPRESENTATION)) {
    return { ...base, message: localize(MALFORMED_VALUE_TEXT, locale), extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (!cause || isGraphqlError(cause)) {
    // Parse or validation errors of the query itself (graphql-js, armor limits): the client's to fix.
    const code =
      (((cause ?? error) as GraphQLError).extensions?.code as string | undefined) ?? ErrorCode.BAD_USER_INPUT;
    const known = Object.values(ErrorCode).includes(code as ErrorCode) ? code : ErrorCode.BAD_USER_INPUT;
    return { ...base, message: ((cause ?? error) as GraphQLError).message, extensions: { code: known } };
  }
  logger.error({ err: cause, path: error.path }, 'unhandled error in a resolver');
  return { ...base, message: localize(INTERNAL_TEXT, locale), extensions: { code: ErrorCode.INTERNAL } };
}

/** Mercurius reports failed validation as one error carrying the list of rule errors. */
function unwrapValidation(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(inner) ? (inner as GraphQLError[]) : [error];
}

export function formatExecution(
  execution: ExecutionResult,
  locale: Locale,
  logger: Logger,
): ExecutionResult & { errors?: GraphQLFormattedError[] } {
  return {
    data: execution.data ?? null,
    errors: execution.errors
      ?.flatMap(unwrapValidation)
      .map((error) => formatGraphqlError(error, locale, logger)) as never,
  };
}
