import { Global, Module } from '@nestjs/common';
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
export class QueueModule {}
