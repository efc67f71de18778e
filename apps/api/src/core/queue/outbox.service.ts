import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity.js';
import { QueueName } from './queue-name.js';

export const OUTBOX_CHANNEL = 'outbox';

/** The only way to cause background work: a row written in the cause's own transaction. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, queue: QueueName, name: string, payload: Record<string, any>): Promise<string> {
    const result = await manager.insert(OutboxEvent, { queue, name, payload });
    // Delivered to LISTENers when the transaction commits, never before.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, queue]);
    return (result.identifiers[0] as { id: string }).id;
  }
}
