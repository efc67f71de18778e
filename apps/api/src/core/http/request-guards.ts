import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { GRAPHQL_RESPONSE_JSON, negotiateGraphqlMedia } from '../graphql/graphql-response.js';
import { BOARD_PATH } from '../queue/board/board-session.service.js';
import { failFastRedis } from '../queue/redis.provider.js';

/** An HTTP failure before GraphQL saw a document; the error formatter gives it its own code. */
export class HttpRequestError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Media types a GraphQL POST may carry. A form (urlencoded, multipart, text/plain) is refused: a
 * browser sends those cross-site without a CORS preflight, so accepting them would allow CSRF. */
const GRAPHQL_BODY_TYPES = new Set(['application/json', 'application/graphql']);

const pathOf = (request: FastifyRequest): string => request.url.split('?')[0];
const isGraphqlPath = (request: FastifyRequest): boolean => pathOf(request) === '/graphql';

/** Where the API does work per request. Everything else is the admin app's static files (one page
 * load fetches dozens) or its client-side routes, answered from memory-cheap files: counting those
 * would spend an office's shared budget on loading the app and protect nothing. */
const API_ROOTS = ['/graphql', '/files', '/exports', '/metrics', BOARD_PATH];
const isApiPath = (request: FastifyRequest): boolean => {
  const path = pathOf(request);
  return API_ROOTS.some((root) => path === root || path.startsWith(`${root}/`));
};

/**
 * The admin app's policy: scripts and everything else from this origin only; inline styles are
 * allowed because antd (CSS-in-JS) and ECharts write them; images may be data: or blob: URLs (the
 * canvas exports); the job board (Bull Board, same origin) may be framed by the admin app only.
 * No upgrade-insecure-requests: an embedded demo on a LAN is served over plain HTTP.
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    frameSrc: ["'self'"],
    frameAncestors: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
};

/**
 * The CSP source a tile URL template's images come from: its scheme and host, a templated label
 * ({s}) widened to `*` (https://t{s}.tianditu.gov.cn/… → https://*.tianditu.gov.cn).
 */
export function tileImageSource(template: string): string {
  const match = /^(https?:\/\/)([^/]+)/.exec(template);
  if (!match) throw new Error('MAP_TILE_URL: not an http(s) URL');
  const host = match[2]
    .split('.')
    .map((label) => (label.includes('{') ? '*' : label))
    .join('.');
  return `${match[1]}${host}`;
}

/** The admin app's policy, letting the parks map load its base tiles when a tile URL is configured. */
export function withTileSource(policy: typeof CONTENT_SECURITY_POLICY, tileUrl: string | undefined) {
  if (!tileUrl) return policy;
  return {
    ...policy,
    directives: { ...policy.directives, imgSrc: [...policy.directives.imgSrc, tileImageSource(tileUrl)] },
  };
}

/**
 * Security headers and the CSRF media-type check on every route, the per-address request limit on the API's
 * (added before Nest registers its routes, so they all get them).
 */
export async function registerRequestGuards(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  // Helmet's middleware built once: `@fastify/helmet` built it (parsing the policy) on every request,
  // 2 % of a list page's CPU (bench/README.md §9). The first hook, so every answer (a 429, a 415) has them.
  const securityHeaders = helmet({
    contentSecurityPolicy: withTileSource(CONTENT_SECURITY_POLICY, config.MAP_TILE_URL),
    // HTTPS deployments only: an embedded demo over plain HTTP must not pin browsers to HTTPS.
    strictTransportSecurity: config.NODE_ENV === 'production',
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });

  // Counted in Redis when configured, so every API instance shares one count per address; in
  // memory otherwise. While Redis is down requests pass (health says Redis is down) rather than
  // every client being refused.
  const redis = config.REDIS_URL ? failFastRedis(config.REDIS_URL) : null;
  if (redis) {
    redis.on('error', () => undefined); // reported by /health; the limiter skips while it lasts
    fastify.addHook('onClose', async () => {
      redis.disconnect();
    });
  }
  await fastify.register(rateLimit, {
    global: false,
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    ...(redis ? { redis, nameSpace: `${config.QUEUE_PREFIX}:rate-limit:` } : {}),
    skipOnError: true,
    keyGenerator: (request) => request.ip,
    allowList: (request) => !isApiPath(request),
    errorResponseBuilder: (_request, context) =>
      new HttpRequestError(429, 'Too many requests', Math.max(1, Math.ceil(context.ttl / 1000))),
  });
  fastify.addHook('onRequest', fastify.rateLimit());

  fastify.addHook('onRequest', async (request) => {
    if (request.method !== 'POST' || !isGraphqlPath(request)) return;
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!GRAPHQL_BODY_TYPES.has(type)) throw new HttpRequestError(415, 'Unsupported Media Type');
  });

  // GraphQL over HTTP: the media type the client prefers (the status is set by the error formatter).
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!isGraphqlPath(request)) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('application/json') && negotiateGraphqlMedia(request.headers.accept).graphqlResponse) {
      void reply.header('content-type', `${GRAPHQL_RESPONSE_JSON}; charset=utf-8`);
    }
    return payload;
  });
}
