import type { HttpError } from '@refinedev/core';
import type { CombinedError } from '@urql/core';
import { faultText } from '../format/fault-text';
import { currentLocale, i18n } from '../i18n/i18n';

/** The error codes the API puts in `extensions.code`, plus NETWORK when no answer came. */
export type ApiErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL' | 'NETWORK';

/** A fault of one input field as the API reports it in `extensions.fields` (`input.email`, `criteria.and[1]`). */
export interface FieldFault {
  field: string;
  message: string;
}

/** A policy test case that failed on publish (`extensions.failingCases`). */
export interface FailingCase {
  index: number;
  name: string;
  asOf: string;
  expected: { outcome: string; benefit: number | null };
  actual: { outcome: string | null; benefit: number | null };
  reasons: string[];
}

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

/**
 * The app's one error for a GraphQL or network failure, in the shape Refine expects (message +
 * statusCode), keeping the API's code and what forms show next to their fields.
 */
export class ApiError extends Error implements HttpError {
  readonly statusCode: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The input fields the API refused, with its localized messages. */
    readonly fields: FieldFault[] = [],
    /** When publishing a policy is refused: its failing test cases. */
    readonly failingCases: FailingCase[] = [],
  ) {
    super(message);
    this.name = i18n.t(`errors.${code === 'NETWORK' ? 'network' : code}`);
    this.statusCode = STATUS[code];
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const faultsOf = (value: unknown): FieldFault[] =>
  Array.isArray(value)
    ? value.flatMap((item: unknown) =>
        isRecord(item) && typeof item.field === 'string'
          ? [{ field: item.field, message: String(item.message ?? '') }]
          : [],
      )
    : [];

const failingOf = (value: unknown): FailingCase[] =>
  Array.isArray(value)
    ? value.filter(
        (item): item is FailingCase => isRecord(item) && typeof item.name === 'string' && isRecord(item.expected),
      )
    : [];

/** The first GraphQL error wins: its message is already localized by the server (Accept-Language). */
export const toApiError = (error: CombinedError): ApiError => {
  const first = error.graphQLErrors[0];
  if (first) {
    const extensions = first.extensions ?? {};
    const code = isCode(extensions.code) ? extensions.code : 'INTERNAL';
    return new ApiError(
      code,
      first.message || i18n.t(`errors.${code}`),
      faultsOf(extensions.fields),
      failingOf(extensions.failingCases),
    );
  }
  return new ApiError('NETWORK', i18n.t('errors.network'));
};

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const isConflict = (error: unknown): boolean => isApiError(error) && error.code === 'CONFLICT';

/** A field's label on screen (`uscc` → 统一社会信用代码), or null where the app has none. */
const fieldLabel = (name: string): string | null => {
  const key = [`fieldLabels.${name}`, `enterprises.facts.${name}`].find((candidate) => i18n.exists(candidate));
  return key ? i18n.t(key) : null;
};

/**
 * The message a person reads for anything caught; CONFLICT gets the caller's own wording. Refused
 * input names each field by its label, not by the API's internal name (`uscc：…`).
 */
export const errorText = (error: unknown, conflict?: string): string => {
  if (isApiError(error)) {
    if (error.code === 'CONFLICT' && conflict) return conflict;
    if (error.code === 'BAD_USER_INPUT' && error.fields.length > 0)
      return faultText(error.fields, fieldLabel, currentLocale());
    return error.message;
  }
  return error instanceof Error && error.message ? error.message : i18n.t('errors.unknown');
};

/** A field path as a flat form names it: `input.profile.email` → `email`. */
export const fieldName = (path: string): string => path.split('.').pop() ?? path;

/**
 * The API's field faults as antd `form.setFields` entries for the fields a flat form has, and
 * whether some fault named none of them (the page then shows the message above the form).
 */
export const formFieldErrors = <Name extends string>(
  error: unknown,
  known: ReadonlySet<string> | null = null,
): { fields: { name: Name; errors: string[] }[]; unplaced: boolean } => {
  const faults = isApiError(error) ? error.fields : [];
  const fields = faults
    .map(({ field, message }) => ({ name: fieldName(field) as Name, errors: [message] }))
    .filter(({ name }) => known === null || known.has(name));
  return { fields, unplaced: faults.length === 0 || fields.length < faults.length };
};
