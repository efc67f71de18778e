import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobDefinition } from './job-definition.js';
import { OutboxEvent } from './outbox-event.entity.js';

export const OUTBOX_CHANNEL = 'outbox';

/** The only way to cause background work: a row written in the cause's own transaction. */
@Injectable()
export class OutboxService {
  async enqueue<Payload extends object>(
    manager: EntityManager,
    job: JobDefinition<Payload>,
    payload: Payload,
  ): Promise<string> {
    const result = await manager.insert(OutboxEvent, { queue: job.queue, name: job.name, payload: { ...payload } });
    // Delivered to LISTENers when the transaction commits, never before.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, job.queue]);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The same job for many payloads (one per recipient, say): one multi-row insert and one notify. */
  async enqueueMany<Payload extends object>(
    manager: EntityManager,
    job: JobDefinition<Payload>,
    payloads: readonly Payload[],
  ): Promise<void> {
    if (!payloads.length) return;
    await manager.insert(
      OutboxEvent,
      payloads.map((payload) => ({ queue: job.queue, name: job.name, payload: { ...payload } })),
    );
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, job.queue]);
  }
}
