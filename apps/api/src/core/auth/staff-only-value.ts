import type { FieldMiddleware } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { isStaff } from './actor.js';

/**
 * Field middleware for fields holding a user id (`publishedById`, `decidedBy`, …): staff and admins
 * get the value; anyone else (enterprise users, anonymous callers) only their own id, otherwise
 * null. Another user's id tells an enterprise nothing (the `…Name` field beside it says who), and a
 * staff id is half of what forging a staff token takes.
 * Usage: `@Field(() => ID, { nullable: true, middleware: [staffOnlyValue] })`.
 */
export const staffOnlyValue: FieldMiddleware<unknown, GraphqlContext> = async ({ context }, next) => {
  const { actor } = context;
  if (!actor) return null;
  const value: unknown = await next();
  return isStaff(actor) || value === actor.userId ? value : null;
};
