import { Injectable } from '@nestjs/common';
import type { JobDefinition } from './job-definition.js';

export interface JobInfo {
  /** The outbox row id, which is also the BullMQ job id. */
  id: string;
  attempt: number;
}

export type JobHandler<Payload extends object> = (payload: Payload, job: JobInfo) => Promise<void>;

/**
 * Processors are plain functions registered by job definition; BullMQ workers and the in-process
 * runner both dispatch through here. Each context registers its own in `<context>.jobs.ts`.
 */
@Injectable()
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler<object>>();

  register<Payload extends object>(job: JobDefinition<Payload>, handler: JobHandler<Payload>): void {
    const key = `${job.queue}:${job.name}`;
    if (this.handlers.has(key)) throw new Error(`job ${key} registered twice`);
    this.handlers.set(key, handler as JobHandler<object>);
  }

  /** The payload comes from the outbox row the matching `enqueue` wrote. */
  async run(queue: string, name: string, payload: object, job: JobInfo): Promise<void> {
    const handler = this.handlers.get(`${queue}:${name}`);
    if (!handler) throw new Error(`no processor for job ${queue}:${name}`);
    await handler(payload, job);
  }
}
