import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';

/** An HTTP request after the roles guard: the actor of its Bearer token. */
export type ActorRequest = FastifyRequest & { actor?: Actor | null };

/** The acting user of a GraphQL request (set by the context factory) or HTTP route (set by the guard). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  if (context.getType<string>() === 'http') return context.switchToHttp().getRequest<ActorRequest>().actor as Actor;
  const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  return ctx.actor as Actor;
});
