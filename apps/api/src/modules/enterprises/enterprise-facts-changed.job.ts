import { defineJob } from '../../core/queue/job-definition.js';
import { QueueName } from '../../core/queue/queue-name.js';

/**
 * Enqueued in the transaction that changes enterprises' stored facts (profile form, import,
 * registration). It names the cause; the matching context registers the handler that re-matches
 * those enterprises (matching.jobs.ts), since enterprises may not import matching.
 */
export const ENTERPRISE_FACTS_CHANGED = defineJob<{ enterpriseIds: string[] }>(QueueName.MATCHING, 'enterprise.match');
