import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { BullmqWorkers } from './bullmq-workers.service.js';
import { JobRegistry } from './job-registry.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { OutboxService } from './outbox.service.js';
import { REDIS, redisProvider } from './redis.provider.js';

@Global()
@Module({
  providers: [redisProvider, JobRegistry, OutboxService, OutboxRelay, BullmqWorkers],
  exports: [REDIS, JobRegistry, OutboxService, OutboxRelay],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  /** After the workers have closed (before-shutdown), the shared connection goes. */
  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
