import { defineJob } from '../../core/queue/job-definition.js';
import { QueueName } from '../../core/queue/queue-name.js';

/**
 * Enqueued in the transaction of `updatePark` when a park's capacity or entry rules change. It names
 * the cause: parks cannot import the contexts that care, so the park-matching context registers the
 * handler (re-matching the open applications).
 */
export const PARK_CHANGED = defineJob<{ parkId: string }>(QueueName.MATCHING, 'park.changed');

/** The fields of a park that park matching reads: a change to one re-matches open applications. */
export const MATCHING_FIELDS = [
  'kind',
  'targetIndustries',
  'forbiddenIndustries',
  'forbidsThreeHigh',
  'maxPollution',
  'maxEnergyTce',
  'freeLandMu',
  'freeFloorSqm',
  'servedTiers',
  'infrastructure',
  'active',
] as const;
