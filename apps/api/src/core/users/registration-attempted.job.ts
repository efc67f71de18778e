import { defineJob } from '../queue/job-definition.js';
import { QueueName } from '../queue/queue-name.js';

/**
 * Someone tried to register an enterprise with the email of this existing user. Core names the
 * event; the notifications context tells the owner (notifications.jobs.ts), so a person whose
 * address is being probed or misused hears of it.
 */
export const REGISTRATION_ATTEMPTED = defineJob<{ userId: string }>(
  QueueName.NOTIFICATIONS,
  'user.registrationAttempted',
);
