import { defineJob } from '../../core/queue/job-definition.js';
import { QueueName } from '../../core/queue/queue-name.js';

/** What a job needs to write one notification; dedupeKey makes a retried job write it once. */
export interface NotificationMessage {
  userId: string;
  kind: string;
  dedupeKey: string;
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  data?: Record<string, any>;
}

/** Writes one notification (the job runs after the cause's transaction commits). */
export const SEND_NOTIFICATION = defineJob<NotificationMessage>(QueueName.NOTIFICATIONS, 'notification.send');
