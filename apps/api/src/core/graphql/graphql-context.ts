import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import type { Locale } from '../errors/locale.js';
import type { RequestLoaders } from './request-loaders.js';

export interface GraphqlContext {
  req: FastifyRequest;
  reply: FastifyReply;
  /** Null when no valid token came with the request. */
  actor: Actor | null;
  locale: Locale;
  loaders: RequestLoaders;
}
