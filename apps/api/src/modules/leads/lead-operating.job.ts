import { defineJob } from '../../core/queue/job-definition.js';
import { QueueName } from '../../core/queue/queue-name.js';

/**
 * Enqueued when a lead reaches OPERATING (or AFTERCARE straight away): its first aftercare visit is
 * scheduled (lead-aftercare.service.ts), unless one is planned already.
 */
export const LEAD_OPERATING = defineJob<{ leadId: string }>(QueueName.NOTIFICATIONS, 'lead.aftercare.first-visit');
