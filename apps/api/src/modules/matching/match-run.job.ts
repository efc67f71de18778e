import { defineJob } from '../../core/queue/job-definition.js';
import { QueueName } from '../../core/queue/queue-name.js';

/** Plans a run: splits every enterprise into chunks and enqueues one `run.chunk` each. */
export const RUN_START = defineJob<{ runId: string }>(QueueName.MATCHING, 'run.start');

/** Matches the enterprises of one planned chunk (ids fromId..toId) and counts it done once. */
export const RUN_CHUNK = defineJob<{ runId: string; chunkNo: number; fromId: string; toId: string }>(
  QueueName.MATCHING,
  'run.chunk',
);

/** Fired by the daily BullMQ job scheduler (or the embedded timer): a DAILY run. */
export const RUN_DAILY = defineJob<object>(QueueName.MATCHING, 'run.daily');
