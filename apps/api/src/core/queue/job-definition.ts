import type { QueueName } from './queue-name.js';

/**
 * A job as a typed constant: its queue, its name and (as a type only) its payload. The cause
 * enqueues it (`outbox.enqueue(manager, JOB, payload)`) and the handler registers it
 * (`registry.register(JOB, handler)`), so both sides agree on the payload at compile time.
 */
export interface JobDefinition<Payload extends object> {
  readonly queue: QueueName;
  readonly name: string;
  /** Never set: carries the payload type. */
  readonly payload?: Payload;
}

export function defineJob<Payload extends object>(queue: QueueName, name: string): JobDefinition<Payload> {
  return { queue, name };
}
