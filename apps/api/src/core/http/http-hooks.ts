import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import type { MetricsService } from '../observability/metrics.service.js';
import { registerRequestGuards } from './request-guards.js';

// Clients choose operation names: a bounded set of label values keeps the metrics registry small.
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

function operationLabel(name: unknown): string {
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'anonymous';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperations.add(name);
  return name;
}

/** Fastify-level concerns: request guards, GraphQL-over-HTTP fixes, request metrics, the admin app's files. */
export async function configureHttp(
  fastify: FastifyInstance,
  config: AppConfig,
  metrics: MetricsService,
): Promise<void> {
  await registerRequestGuards(fastify, config);

  // graphql-http requires `"extensions": null` to be accepted; Mercurius rejects it otherwise.
  fastify.addHook('preValidation', async (request) => {
    const body = request.body as Record<string, unknown> | null;
    if (request.url.startsWith('/graphql') && body && typeof body === 'object' && body.extensions === null) {
      delete body.extensions;
    }
  });

  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    if (route === '/graphql') {
      const operation = operationLabel((request.body as { operationName?: unknown } | undefined)?.operationName);
      metrics.graphqlOperations.inc({ operation, outcome: reply.statusCode < 400 ? 'ok' : 'error' });
    }
  });

  const root = resolve(config.ADMIN_STATIC_DIR ?? join(process.cwd(), 'apps/admin/dist'));
  if (!existsSync(join(root, 'index.html'))) {
    fastify.log.warn(`admin app not built (${root}); run npm run build:admin`);
    return;
  }
  await fastify.register(fastifyStatic, { root, wildcard: false });
  // Client-side routes of the single-page app answer with its index.html; a missing file stays 404.
  fastify.get('/*', (request, reply) => {
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0])) return reply.callNotFound();
    return reply.type('text/html').sendFile('index.html');
  });
}
