import { QueryFailedError } from 'typeorm';

/** The PostgreSQL error codes (SQLSTATE) the application reacts to. */
export const PgErrorCode = {
  /** A unique index refused the row. */
  UNIQUE_VIOLATION: '23505',
  /** A CHECK constraint refused the row. */
  CHECK_VIOLATION: '23514',
  /** A malformed uuid or number reached a query. */
  INVALID_TEXT_REPRESENTATION: '22P02',
  /** A byte sequence not valid in the database encoding (NUL in text). */
  CHARACTER_NOT_IN_REPERTOIRE: '22021',
  /** A character the database encoding cannot hold (\u0000 in jsonb). */
  UNTRANSLATABLE_CHARACTER: '22P05',
  /** A text longer than its varchar column. */
  STRING_DATA_RIGHT_TRUNCATION: '22001',
  /** A number beyond its numeric or integer column. */
  NUMERIC_VALUE_OUT_OF_RANGE: '22003',
} as const;
export type PgErrorCode = (typeof PgErrorCode)[keyof typeof PgErrorCode];

/** The SQLSTATE and table of a failed query, or null for any other error. */
export function pgError(error: unknown): { code: string; table?: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; table?: string } }).driverError;
  return driver?.code ? { code: driver.code, table: driver.table } : null;
}

/** Whether `error` is a failed query with this code (and, when given, on this table). */
export function isPgError(error: unknown, code: PgErrorCode, table?: string): boolean {
  const found = pgError(error);
  return !!found && found.code === code && (table === undefined || found.table === table);
}
