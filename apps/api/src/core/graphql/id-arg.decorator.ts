import type { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { AppError, type LocalizedText } from '../errors/app-error.js';

/**
 * A malformed id names no record, so it answers NOT_FOUND exactly like an unknown one: one rule for
 * every operation, checked before the service runs (which then never sees a malformed id).
 */
class ParseIdPipe implements PipeTransform<string | null | undefined> {
  constructor(private readonly entity: LocalizedText) {}

  transform(value: string | null | undefined): string | null | undefined {
    if (value === null || value === undefined || isUUID(value)) return value;
    throw AppError.notFound(this.entity);
  }
}

/**
 * An `ID` argument: `@IdArg('id', PARK)`; `entity` names what the id points at (for NOT_FOUND).
 * Every `ID` argument of a resolver goes through here.
 */
export function IdArg(
  name: string,
  entity: LocalizedText,
  options: { nullable?: boolean; description?: string } = {},
): ParameterDecorator {
  return Args(name, { type: () => ID, ...options }, new ParseIdPipe(entity));
}
