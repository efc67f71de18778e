import { createHash } from 'node:crypto';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const WEAK_SECRETS = new Set(['change-me', 'secret', 'dev-secret']);

/**
 * SHA-256 of secrets that were once published with this code base (the old development default).
 * Kept as digests so the strings themselves are not here to copy; refused in every mode, because
 * anyone can sign tokens with them.
 */
const PUBLISHED_SECRET_DIGESTS = new Set(['55ad5b14aa13141c19e6e07e71140099e3b81be3ea30390682ed6d31690ca609']);

const isPublishedSecret = (secret: string): boolean =>
  PUBLISHED_SECRET_DIGESTS.has(createHash('sha256').update(secret).digest('hex'));

/**
 * Fastify's `trustProxy`: `false`, `true` (believe any X-Forwarded-For: only when every request
 * comes through a proxy that overwrites it), or a comma-separated list of the proxies' addresses
 * and CIDR ranges. Only a trusted proxy's X-Forwarded-For sets the client address.
 */
const trustProxy = z
  .string()
  .transform((value): boolean | string => (value === 'true' ? true : value === 'false' ? false : value));

/** The one schema of the process environment. Unknown variables are ignored. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // Loopback unless told otherwise: a laptop demo is not reachable from the network. The
    // container sets HOST=0.0.0.0.
    HOST: z.string().min(1).default('127.0.0.1'),
    TRUST_PROXY: trustProxy.default(false),
    DATABASE_URL: z.string().url().optional(),
    REDIS_URL: z.string().url().optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    /** Without it (outside production) a random secret is kept in DATA_DIR; see core/auth/jwt-secret.ts. */
    JWT_SECRET: z
      .string()
      .min(1)
      .refine((secret) => !isPublishedSecret(secret), 'this value was published with the code; use a random secret')
      .optional(),
    JWT_EXPIRES_IN: z
      .string()
      .regex(/^\d+[smhd]$/, 'a duration like 15m, 12h or 7d')
      .default('12h'),
    ADMIN_EMAIL: z.string().email().optional(),
    ADMIN_PASSWORD: z.string().min(12).optional(),
    RUN_WORKERS: bool.default(true),
    RUN_MIGRATIONS: bool.default(true),
    /** Embedded mode outside production: load the sample enterprises on start (false: a quiet database). */
    DEMO_DATA: bool.default(true),
    QUEUE_PREFIX: z.string().min(1).default('uhtz'),
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
    /** BullMQ: how long a worker's hold on a job lasts unrenewed; a job whose worker died is retaken after it. */
    QUEUE_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
    /** BullMQ: how often workers look for such stalled jobs. */
    QUEUE_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(30_000),
    /** Jobs a worker process runs at once per queue (BullMQ concurrency). */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    /** Enterprises per re-match chunk job. */
    MATCH_CHUNK_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
    /** A chunk waiting longer for a row or table lock fails and is retried later (frees its connection). */
    MATCH_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /** Working days (Mon–Fri, China time) within which an enterprise's request is answered. */
    REQUEST_RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(3),
    /** Working days within which an inbound investment enquiry gets its first answer. */
    ENQUIRY_RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
    /** Where attachments are stored (a volume in docker-compose); unset: `<DATA_DIR>/uploads`. */
    UPLOAD_DIR: z.string().min(1).optional(),
    /** Largest attachment; a bigger upload is cut off there and refused with HTTP 413. */
    UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(1_073_741_824).default(10_485_760),
    /** Uploads per user and hour, counted before the file is read. */
    UPLOAD_MAX_PER_HOUR: z.coerce.number().int().min(1).default(60),
    /** A landed project whose actuals fall short of a commitment by more than this share (0–1) is flagged. */
    COMMITMENT_SHORTFALL_SHARE: z.coerce.number().min(0).max(1).default(0.3),
    /** Days between aftercare visits of an operating project (the first after it reaches OPERATING). */
    AFTERCARE_VISIT_INTERVAL_DAYS: z.coerce.number().int().min(1).max(730).default(90),
    /** Enterprise sign-ups per client address (see TRUST_PROXY) and hour, counted before any work. */
    REGISTRATION_MAX_PER_HOUR: z.coerce.number().int().min(1).default(10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    /** Requests per client address (see TRUST_PROXY) within RATE_LIMIT_WINDOW_MS; /health is exempt. */
    RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(1200),
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
    /** Tokens of a GraphQL document sent without a valid access token (signed in: 5,000). */
    GRAPHQL_ANONYMOUS_MAX_TOKENS: z.coerce.number().int().min(100).max(5000).default(1000),
    /** Fields in one selection set, and in a whole document, checked before validation. */
    GRAPHQL_MAX_SELECTION_FIELDS: z.coerce.number().int().min(10).default(100),
    GRAPHQL_MAX_FIELDS: z.coerce.number().int().min(10).default(500),
    /**
     * Bearer token Prometheus sends to GET /metrics. Unset: /metrics answers 404 in production and
     * stays open elsewhere (embedded demos, development, tests).
     */
    METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
    ADMIN_STATIC_DIR: z.string().optional(),
    /**
     * Base-map tiles of the parks map: an XYZ URL template with {z}, {x} and {y} (and {s} for
     * subdomains), e.g. a 天地图 WMTS/XYZ URL with the deployment's key. Unset: the map draws the
     * bundled district outline and the plan's axes, and fetches nothing. Its origin joins the
     * admin app's img-src.
     */
    MAP_TILE_URL: z
      .string()
      .max(500)
      .regex(/^https?:\/\/[^/\s]+\/\S*\{z\}\S*$/, 'an http(s) URL template with {z}, {x} and {y}')
      .refine((url) => url.includes('{x}') && url.includes('{y}'), 'an http(s) URL template with {z}, {x} and {y}')
      .optional(),
    /** The tiles' attribution (e.g. "© 天地图"), shown on the map; required by most tile providers. */
    MAP_TILE_ATTRIBUTION: z.string().max(300).optional(),
    GRAPHQL_SCHEMA_FILE: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.JWT_SECRET || env.JWT_SECRET.length < 32 || WEAK_SECRETS.has(env.JWT_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'production needs a random secret of at least 32 characters',
      });
    }
    if (!env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'production needs PostgreSQL' });
    }
    if (!env.REDIS_URL) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'production needs Redis' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad or missing variable stops the process with its name. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
