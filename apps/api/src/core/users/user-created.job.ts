import { defineJob } from '../queue/job-definition.js';
import { QueueName } from '../queue/queue-name.js';

/**
 * Enqueued in the transaction that creates a user. It names the cause, not a consequence: core may
 * not import a feature, so users only say that a user was created, and the notifications context
 * registers the handler that greets them (notifications.jobs.ts).
 */
export const USER_CREATED = defineJob<{ userId: string }>(QueueName.NOTIFICATIONS, 'user.created');
