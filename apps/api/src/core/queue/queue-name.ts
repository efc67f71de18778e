/** Every BullMQ queue of the platform. */
export enum QueueName {
  MATCHING = 'matching',
  NOTIFICATIONS = 'notifications',
}

export const ALL_QUEUES = Object.values(QueueName);

/** Retry policy shared by BullMQ and the in-process runner. */
export const JOB_ATTEMPTS = 5;
export const BACKOFF_BASE_MS = 1000;

/**
 * Completed jobs kept by the workers (a day, at most 10,000 a queue); failed ones are all kept. A job's own
 * `removeOnComplete` (the daily re-match's) wins over it.
 */
export const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };

export function backoffDelay(attempt: number): number {
  return BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1);
}
