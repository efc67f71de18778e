import { defineJob } from '../../core/queue/job-definition.js';
import { QueueName } from '../../core/queue/queue-name.js';

/**
 * Ranks every active park for one application and stores the matches. Enqueued in the transaction
 * of its cause (submission here; the applicant's profile change and a park change elsewhere); the
 * park-matching context registers the handler (park-matching.jobs.ts).
 */
export const MATCH_APPLICATION_PARKS = defineJob<{ applicationId: string }>(
  QueueName.MATCHING,
  'application.match-parks',
);
