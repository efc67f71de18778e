import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';

/** The acting user of a GraphQL request (set by the context factory, checked by the guard). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  return ctx.actor as Actor;
});
