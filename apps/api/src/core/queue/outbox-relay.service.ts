import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobRegistry } from './job-registry.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { OUTBOX_CHANNEL } from './outbox.service.js';
import { ALL_QUEUES, BACKOFF_BASE_MS, JOB_ATTEMPTS, QueueName, backoffDelay } from './queue-name.js';
import { failFastRedis } from './redis.provider.js';

const BATCH = 100;
/** How long a claimed row is left to the relay that claimed it before another may send it again. */
const CLAIM_LEASE_SECONDS = 60;

/**
 * What every outbox job carries. How long completed jobs are kept is the workers' setting
 * (`KEEP_COMPLETED`, bullmq-workers.service.ts), not a per-job option, and failed jobs are kept (BullMQ's
 * default): each option is packed, unpacked and stored by the add script for every job, and these two
 * made `addBulk` about 15–30 % slower per job (bench/README.md, `queue`).
 */
export const JOB_OPTIONS = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: BACKOFF_BASE_MS },
};

type ClaimedRow = Pick<OutboxEvent, 'id' | 'queue' | 'name' | 'payload' | 'createdAt'>;

function groupByQueue(rows: ClaimedRow[]): Map<QueueName, ClaimedRow[]> {
  const groups = new Map<QueueName, ClaimedRow[]>();
  for (const row of rows) {
    const queue = row.queue as QueueName;
    groups.set(queue, [...(groups.get(queue) ?? []), row]);
  }
  return groups;
}

/**
 * Moves outbox rows to BullMQ (jobId = outbox id, so a row sent twice is one job), woken by
 * LISTEN/NOTIFY and by polling. Without Redis it runs the processors in-process with the same
 * retry rules, and the outbox table is the durable queue.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<QueueName, Queue>();
  private producerConnection: Redis | null = null;
  private timer: NodeJS.Timeout | null = null;
  private listener: pg.Client | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** Set when Redis (re)connects: it may have come back without the jobs it held. */
  private recheckDispatched = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: JobRegistry,
  ) {}

  queue(name: QueueName): Queue | undefined {
    return this.queues.get(name);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.REDIS_URL) {
      // One fail-fast connection for all producers; BullMQ does not close a connection it was given.
      this.producerConnection = failFastRedis(this.config.REDIS_URL);
      this.producerConnection.on('ready', () => {
        this.recheckDispatched = true;
        this.wake();
      });
      for (const name of ALL_QUEUES) {
        const queue = new Queue(name, { connection: this.producerConnection, prefix: this.config.QUEUE_PREFIX });
        // Connection errors are expected while Redis is down; the passes report what matters.
        queue.on('error', (error) => this.logger.debug({ err: error, queue: name }, 'queue connection error'));
        this.queues.set(name, queue);
      }
    }
    if (this.config.DATABASE_URL) void this.listen(this.config.DATABASE_URL);
    this.timer = setInterval(() => this.wake(), this.config.OUTBOX_POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Runs a pass now, or right after the current one if a pass is under way. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'outbox pass failed; will retry'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async pass(): Promise<void> {
    if (this.queues.size) {
      if (this.recheckDispatched) await this.requeueLostJobs();
      await this.dispatchToBullmq();
    } else if (this.config.RUN_WORKERS) await this.runInProcess();
  }

  /**
   * A Redis restarted without persistence (or failed over to an empty replica) has lost the jobs it
   * was given: their rows would stay DISPATCHED and a run would never end. Each row DISPATCHED whose
   * job BullMQ no longer knows goes back to PENDING and is sent again (same jobId); handlers are
   * idempotent, so a job that had finished its work before the loss changes nothing the second time.
   */
  private async requeueLostJobs(): Promise<void> {
    this.recheckDispatched = false;
    try {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = (await this.dataSource.query(
          `SELECT id, queue FROM outbox WHERE status = 'DISPATCHED' AND id > $1 ORDER BY id LIMIT $2`,
          [after, BATCH],
        )) as Pick<OutboxEvent, 'id' | 'queue'>[];
        if (!rows.length) return;
        const states = await Promise.all(
          rows.map((row) => this.queues.get(row.queue as QueueName)?.getJobState(row.id)),
        );
        const lost = rows.filter((_, i) => states[i] === 'unknown').map((row) => row.id);
        if (lost.length) {
          this.logger.warn({ count: lost.length }, 'jobs lost by Redis; sending them again');
          await this.dataSource.query(
            `UPDATE outbox SET status = 'PENDING', "availableAt" = now() WHERE id = ANY($1::uuid[]) AND status = 'DISPATCHED'`,
            [lost],
          );
        }
        after = rows[rows.length - 1].id;
      }
    } catch (error) {
      // Redis went again (or the database): look again on the next pass.
      this.recheckDispatched = true;
      throw error;
    }
  }

  /**
   * Claims a batch, adds it to BullMQ, then marks it sent: no transaction stays open while Redis is
   * called. A claim leases the rows (pushes `availableAt` out), so another relay skips them; if this
   * process dies before marking, the lease runs out and the rows are added again, which BullMQ ignores
   * (jobId = outbox id). Marking touches only rows still PENDING: a worker may already have finished one.
   */
  private async dispatchToBullmq(): Promise<void> {
    const rows = await this.claim();
    for (const [queue, batch] of groupByQueue(rows)) {
      const ids = batch.map((row) => row.id);
      try {
        await this.queues
          .get(queue)!
          .addBulk(
            batch.map((row) => ({ name: row.name, data: row.payload, opts: { jobId: row.id, ...JOB_OPTIONS } })),
          );
      } catch (error) {
        // Redis is down: the rows stay PENDING and go on a later pass.
        this.logger.warn({ err: error, queue, count: ids.length }, 'Redis unavailable; jobs kept in the outbox');
        await this.dataSource.query(
          `UPDATE outbox SET "availableAt" = now() WHERE id = ANY($1::uuid[]) AND status = 'PENDING'`,
          [rows.map((row) => row.id)],
        );
        return;
      }
      await this.dataSource.query(
        `UPDATE outbox SET status = 'DISPATCHED', "dispatchedAt" = now() WHERE id = ANY($1::uuid[]) AND status = 'PENDING'`,
        [ids],
      );
    }
  }

  /** Leases up to BATCH due rows, oldest first; rows another relay holds are skipped, not waited for. */
  private async claim(): Promise<ClaimedRow[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox SET "availableAt" = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM outbox WHERE status = 'PENDING' AND "availableAt" <= now()
                      ORDER BY "createdAt" LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, name, payload, "createdAt"`,
      [BATCH, CLAIM_LEASE_SECONDS],
    )) as [ClaimedRow[], number];
    return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** Embedded mode: no transaction is held while a job runs (PGlite has one connection). */
  private async runInProcess(): Promise<void> {
    const rows = await this.dataSource
      .getRepository(OutboxEvent)
      .createQueryBuilder('o')
      .where("o.status = 'PENDING' AND o.availableAt <= now()")
      .orderBy('o.createdAt')
      .limit(BATCH)
      .getMany();
    for (const row of rows) {
      if (this.stopped) return;
      const attempt = row.attempts + 1;
      try {
        await this.registry.run(row.queue, row.name, row.payload, { id: row.id, attempt });
        await this.dataSource.getRepository(OutboxEvent).update(row.id, { status: 'DONE', attempts: attempt });
        // PGlite answers without I/O: give waiting requests a turn between jobs (see the enterprise import).
        await yieldToEventLoop();
      } catch (error) {
        const failed = attempt >= JOB_ATTEMPTS;
        this.logger.warn(
          { err: error, outboxId: row.id, attempt },
          failed ? 'job failed for good' : 'job failed; will retry',
        );
        await this.dataSource.getRepository(OutboxEvent).update(row.id, {
          attempts: attempt,
          status: failed ? 'FAILED' : 'PENDING',
          lastError: String(error instanceof Error ? error.message : error),
          availableAt: new Date(Date.now() + backoffDelay(attempt)),
        });
      }
    }
  }

  private async listen(url: string): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: url });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'outbox listener lost; reconnecting');
      void client.end().catch(() => undefined);
      if (this.listener === client) this.listener = null;
      setTimeout(() => void this.listen(url), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      client.emit('error', error);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.producerConnection?.disconnect();
  }
}
