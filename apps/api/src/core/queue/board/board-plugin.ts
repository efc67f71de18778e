import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { BeforeHookResult, HookContext } from '@bull-board/api/typings/app';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BOARD_PATH, type Admission, type BoardSessionService } from './board-session.service.js';

/**
 * What the board may change. Retry and promote put work back on its way; everything else the UI
 * offers (add, edit, clean, empty, obliterate, pause, schedulers) would bypass the outbox or lose
 * work, so the API refuses it even for admins.
 */
const WRITES_ALLOWED = new Set([
  'put /api/queues/:queueName/retry/:queueStatus',
  'put /api/queues/:queueName/:jobId/retry',
  'put /api/queues/:queueName/promote',
  'put /api/queues/:queueName/:jobId/promote',
]);

export function allowBoardRequest({ method, route }: Pick<HookContext, 'method' | 'route'>): BeforeHookResult {
  const verb = method.toLowerCase();
  if (verb === 'get' || WRITES_ALLOWED.has(`${verb} ${route}`)) return { allow: true };
  return { allow: false, status: 403, message: 'This action is disabled here: jobs are changed through the outbox.' };
}

/**
 * Headers of every board response. The UI runs external scripts and styles of its own (no inline
 * script); its inline styles need 'unsafe-inline' for styles only. Fonts from other sites are
 * blocked (the UI falls back to local fonts). Framing only by this origin (the admin app's page).
 */
const BOARD_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'same-origin',
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; '),
};

const REFUSALS: Record<Exclude<Admission, 'ADMITTED'>, { status: number; zh: string; en: string }> = {
  UNAUTHENTICATED: {
    status: 401,
    zh: '请先以管理员身份登录管理后台，再从“任务队列”页面打开。',
    en: 'Sign in to the admin app as an administrator, then open it from the Job queues page.',
  },
  FORBIDDEN: { status: 403, zh: '只有管理员可以查看任务队列。', en: 'Only administrators may see the job queues.' },
};

/** A refusal that names no queue: JSON for the board's API calls, a short page for a browser. */
function refuse(request: FastifyRequest, reply: FastifyReply, admission: Exclude<Admission, 'ADMITTED'>) {
  const { status, zh, en } = REFUSALS[admission];
  if (request.url.startsWith(`${BOARD_PATH}/api/`) || request.method !== 'GET') {
    return reply.code(status).send({ error: { zh, en } });
  }
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>任务队列</title><p>${zh}</p><p lang="en">${en}</p><p><a href="/login">登录 / Sign in</a></p></html>`,
    );
}

export interface BoardDeps {
  session: BoardSessionService;
  /** The relay's queues, once it has made them (after the plugin is registered). */
  queues: () => Queue[];
  labels: Record<string, string>;
}

/** Bull Board at /admin/queues behind the admin session, and the session route it needs. */
export function boardPlugin({ session, queues, labels }: BoardDeps) {
  return async (fastify: FastifyInstance): Promise<void> => {
    fastify.addHook('onSend', async (_request, reply) => {
      reply.headers(BOARD_HEADERS);
    });

    // The admin app (bearer token) opens and ends the cookie session; these two take no cookie.
    fastify.post('/session', async (request, reply) => {
      const { admission, cookie } = await session.open(request);
      if (admission !== 'ADMITTED') return refuse(request, reply, admission);
      return reply.header('set-cookie', cookie).code(204).send();
    });
    fastify.delete('/session', async (request, reply) =>
      reply.header('set-cookie', session.close(request)).code(204).send(),
    );

    const adapter = new FastifyAdapter();
    adapter.setBasePath(BOARD_PATH);
    const board = createBullBoard({
      queues: [],
      serverAdapter: adapter,
      options: {
        uiConfig: { boardTitle: '任务队列', locale: { lng: 'zh-CN' }, hideRedisDetails: true },
        handlerHooks: { before: allowBoardRequest },
      },
    });
    let mounted = 0;
    await fastify.register(async (board$) => {
      board$.addHook('onRequest', async (request, reply) => {
        const admission = await session.admit(request);
        if (admission !== 'ADMITTED') return refuse(request, reply, admission);
        const current = queues();
        if (current.length !== mounted) {
          mounted = current.length;
          board.replaceQueues(
            current.map(
              (queue) =>
                new BullMQAdapter(queue, { allowRetries: true, displayName: labels[queue.name] ?? queue.name }),
            ),
          );
        }
      });
      await board$.register(adapter.registerPlugin());
    });
  };
}
