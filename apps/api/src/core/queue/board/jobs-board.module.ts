import { createHmac } from 'node:crypto';
import { Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { AuthModule } from '../../auth/auth.module.js';
import { resolveJwtSecret } from '../../auth/jwt-secret.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { UsersModule } from '../../users/users.module.js';
import { OutboxRelay } from '../outbox-relay.service.js';
import { ALL_QUEUES, QueueName } from '../queue-name.js';
import { boardPlugin } from './board-plugin.js';
import { BOARD_PATH, BOARD_SESSION_SECONDS, BoardSessionService } from './board-session.service.js';
import { JobsOverviewResolver } from './jobs-overview.resolver.js';
import { JobsOverviewService } from './jobs-overview.service.js';

const QUEUE_LABELS: Record<QueueName, string> = {
  [QueueName.MATCHING]: '匹配 matching',
  [QueueName.NOTIFICATIONS]: '通知 notifications',
};

/**
 * The admins' view of the job queues: Bull Board at /admin/queues when jobs go through BullMQ
 * (Redis), behind an admin-only cookie session; `jobsOverview` (the outbox) in either mode. In
 * embedded mode there is no board: jobs run in-process and the outbox table is their queue.
 */
@Module({
  imports: [
    UsersModule,
    AuthModule,
    // Board sessions are signed with a key of their own (derived from the JWT secret), so an API
    // token is no board session and a board session is no API token.
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => ({
        secret: createHmac('sha256', await resolveJwtSecret(config))
          .update('uhtz jobs board session')
          .digest('base64url'),
        signOptions: { expiresIn: BOARD_SESSION_SECONDS, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [BoardSessionService, JobsOverviewService, JobsOverviewResolver],
})
export class JobsBoardModule implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly session: BoardSessionService,
    private readonly relay: OutboxRelay,
  ) {}

  /** Registered before the server starts listening; the queues are read when a request comes. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || !this.config.REDIS_URL) return;
    const queues = () => ALL_QUEUES.flatMap((name) => this.relay.queue(name) ?? []);
    void fastify
      .register(boardPlugin({ session: this.session, queues: queues as () => Queue[], labels: QUEUE_LABELS }), {
        prefix: BOARD_PATH,
      })
      .after((error) => {
        if (error) new Logger(JobsBoardModule.name).error({ err: error }, 'job queue board not mounted');
      });
  }
}
