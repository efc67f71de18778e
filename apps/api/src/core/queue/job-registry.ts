import { Injectable } from '@nestjs/common';
import { QueueName } from './queue-name.js';

export interface JobInfo {
  /** The outbox row id, which is also the BullMQ job id. */
  id: string;
  attempt: number;
}

export type JobHandler = (payload: Record<string, unknown>, job: JobInfo) => Promise<void>;

/**
 * Processors are plain functions registered by queue and job name; BullMQ workers and the
 * in-process runner both dispatch through here.
 */
@Injectable()
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  register(queue: QueueName, name: string, handler: JobHandler): void {
    const key = `${queue}:${name}`;
    if (this.handlers.has(key)) throw new Error(`job ${key} registered twice`);
    this.handlers.set(key, handler);
  }

  async run(queue: string, name: string, payload: Record<string, unknown>, job: JobInfo): Promise<void> {
    const handler = this.handlers.get(`${queue}:${name}`);
    if (!handler) throw new Error(`no processor for job ${queue}:${name}`);
    await handler(payload, job);
  }
}
