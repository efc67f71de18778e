import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobRegistry } from './job-registry.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { ALL_QUEUES, KEEP_COMPLETED } from './queue-name.js';
import { REDIS } from './redis.provider.js';

/** Outbox-fed jobs carry their outbox row's uuid as job id. */
const OUTBOX_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * BullMQ consumers, one per queue. Any number of processes on any number of machines may run
 * them; a killed worker's job is taken over by another once BullMQ sees it stalled.
 */
@Injectable()
export class BullmqWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(BullmqWorkers.name);
  private readonly workers: Worker[] = [];
  /** Outbox updates of finished jobs still being written: shutdown waits for them. */
  private readonly marking = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis | null,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: JobRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.redis || !this.config.RUN_WORKERS) return;
    for (const queue of ALL_QUEUES) {
      const worker = new Worker(
        queue,
        (job: Job) =>
          this.registry.run(queue, job.name, job.data as Record<string, unknown>, {
            id: job.id!,
            attempt: job.attemptsMade + 1,
          }),
        {
          connection: this.redis,
          prefix: this.config.QUEUE_PREFIX,
          concurrency: this.config.WORKER_CONCURRENCY,
          lockDuration: this.config.QUEUE_LOCK_DURATION_MS,
          stalledInterval: this.config.QUEUE_STALLED_INTERVAL_MS,
          removeOnComplete: KEEP_COMPLETED,
        },
      );
      // Another process died holding this job: it goes back to the queue for any worker.
      worker.on('stalled', (jobId) =>
        this.logger.warn({ jobId, queue }, 'job stalled (its worker died?); back in the queue'),
      );
      worker.on('completed', (job) => this.mark(job.id!, { status: 'DONE', attempts: job.attemptsMade }));
      worker.on('failed', (job, error) => {
        if (!job) return;
        const final = job.attemptsMade >= (job.opts.attempts ?? 1);
        this.logger.warn(
          { err: error, jobId: job.id, queue },
          final ? 'job failed for good' : 'job failed; will retry',
        );
        this.mark(job.id!, {
          status: final ? 'FAILED' : 'DISPATCHED',
          attempts: job.attemptsMade,
          lastError: error.message,
        });
      });
      worker.on('error', (error) => this.logger.debug({ err: error, queue }, 'worker connection error'));
      this.workers.push(worker);
    }
    this.logger.log(`BullMQ workers consuming ${ALL_QUEUES.join(', ')}`);
  }

  private mark(id: string, patch: Partial<OutboxEvent>): void {
    // Jobs of a BullMQ job scheduler (the daily re-match) have no outbox row to mark.
    if (!OUTBOX_ID.test(id)) return;
    const marking = this.dataSource
      .getRepository(OutboxEvent)
      .update(id, patch)
      .then(
        () => undefined,
        () => undefined,
      );
    this.marking.add(marking);
    void marking.finally(() => this.marking.delete(marking));
  }

  /**
   * Lets running jobs finish before the process exits (SIGTERM), then waits for their outbox rows
   * to be marked: the database closes after this hook, and an unmarked row would stay DISPATCHED.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all(this.marking);
  }
}
