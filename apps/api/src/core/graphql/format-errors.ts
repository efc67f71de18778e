import type { Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { localize } from '#matching';
import { pgError, PgErrorCode } from '../database/pg-error.js';
import { AppError, text } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { Locale } from '../errors/locale.js';

const INTERNAL_TEXT = text('服务器内部错误，请稍后重试', 'Something went wrong on our side; please try again later');

/** A malformed uuid or number that reached a query anyway: the caller's input, not our fault. */
const MALFORMED_VALUE_TEXT = text('输入的编号或数值格式不正确', 'An id or value in the request has the wrong format');

/** What PostgreSQL refuses in a value the caller sent: their input to fix, never INTERNAL. */
const CALLER_VALUE_FAULTS: Partial<Record<string, ReturnType<typeof text>>> = {
  [PgErrorCode.INVALID_TEXT_REPRESENTATION]: MALFORMED_VALUE_TEXT,
  [PgErrorCode.CHARACTER_NOT_IN_REPERTOIRE]: text(
    '输入含有无法保存的字符',
    'The input contains characters that cannot be stored',
  ),
  [PgErrorCode.UNTRANSLATABLE_CHARACTER]: text(
    '输入含有无法保存的字符',
    'The input contains characters that cannot be stored',
  ),
  [PgErrorCode.STRING_DATA_RIGHT_TRUNCATION]: text('输入的文本过长', 'A text in the input is too long'),
  [PgErrorCode.NUMERIC_VALUE_OUT_OF_RANGE]: text('输入的数值超出允许范围', 'A number in the input is out of range'),
};

/** Failures of the HTTP request itself, before GraphQL saw a document (Fastify's body parsing, the limits). */
const HTTP_FAULTS: Record<number, { code: ErrorCode; text: ReturnType<typeof text> }> = {
  413: {
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    text: text('请求内容过大', 'The request body is too large'),
  },
  415: {
    code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    text: text(
      '请求格式不受支持：请以 application/json 或 application/graphql 发送',
      'Unsupported media type: send application/json or application/graphql',
    ),
  },
  429: {
    code: ErrorCode.TOO_MANY_REQUESTS,
    text: text('请求过于频繁，请稍后再试', 'Too many requests; please wait a moment and try again'),
  },
};
const MALFORMED_REQUEST = {
  code: ErrorCode.MALFORMED_REQUEST,
  text: text('请求内容不是有效的 JSON', 'The request body is not valid JSON'),
};

/** graphql-js suggests field and type names; with introspection off that would reveal the schema. */
const SUGGESTION = / ?Did you mean .*\?$/;

export interface FormatOptions {
  /** Production: no "Did you mean …" suggestions in messages. */
  hideSuggestions?: boolean;
}

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
export function formatGraphqlError(
  error: GraphQLError,
  locale: Locale,
  logger: Logger,
  options: FormatOptions = {},
): GraphQLFormattedError {
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
  const sqlState = pgError(cause)?.code;
  const valueFault = sqlState ? CALLER_VALUE_FAULTS[sqlState] : undefined;
  if (valueFault) {
    return { ...base, message: localize(valueFault, locale), extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (!cause || isGraphqlError(cause)) {
    // Parse or validation errors of the query itself (graphql-js, armor limits): the client's to fix.
    const code =
      (((cause ?? error) as GraphQLError).extensions?.code as string | undefined) ?? ErrorCode.BAD_USER_INPUT;
    const known = Object.values(ErrorCode).includes(code as ErrorCode) ? code : ErrorCode.BAD_USER_INPUT;
    const message = ((cause ?? error) as GraphQLError).message;
    return {
      ...base,
      message: options.hideSuggestions ? message.replace(SUGGESTION, '') : message,
      extensions: { code: known },
    };
  }
  const status = (cause as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // The request failed before GraphQL (body parsing, media type, rate limit): its own code.
    const fault = HTTP_FAULTS[status] ?? MALFORMED_REQUEST;
    const retryAfterSeconds = (cause as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    return {
      message: localize(fault.text, locale),
      extensions: { code: fault.code, ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}) },
    };
  }
  logger.error({ err: cause, path: error.path }, 'unhandled error in a resolver');
  return { ...base, message: localize(INTERNAL_TEXT, locale), extensions: { code: ErrorCode.INTERNAL } };
}

/** Mercurius reports failed validation as one error carrying the list of rule errors. */
function unwrapValidation(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(inner) ? (inner as GraphQLError[]) : [error];
}

/**
 * `data` only when execution started (GraphQL over HTTP: a request that did not parse, validate
 * or reach GraphQL at all has no `data` entry).
 */
export function formatExecution(
  execution: ExecutionResult,
  locale: Locale,
  logger: Logger,
  options: FormatOptions = {},
): ExecutionResult & { errors?: GraphQLFormattedError[] } {
  return {
    ...(execution.data !== undefined ? { data: execution.data } : {}),
    errors: execution.errors
      ?.flatMap(unwrapValidation)
      .map((error) => formatGraphqlError(error, locale, logger, options)) as never,
  };
}
