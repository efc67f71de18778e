import { defineJob } from '../../core/queue/job-definition.js';
import { QueueName } from '../../core/queue/queue-name.js';

/** Enqueued with every change of a lead: its priority score is recomputed (leads.jobs.ts). */
export const LEAD_CHANGED = defineJob<{ leadId: string }>(QueueName.MATCHING, 'lead.score');
