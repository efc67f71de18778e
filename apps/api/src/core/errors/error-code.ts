/** The error codes clients see in `extensions.code` (DESIGN.md). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INTERNAL = 'INTERNAL',
  /** The request failed before GraphQL saw it: the body is over BODY_LIMIT_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A body that is neither JSON nor application/graphql (HTTP 415): forms are refused (CSRF). */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  /** A body that is not valid JSON (HTTP 400). */
  MALFORMED_REQUEST = 'MALFORMED_REQUEST',
  /** Over the per-address request limit (HTTP 429); `extensions.retryAfterSeconds` says when to retry. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}
