import { defineJob } from '../../core/queue/job-definition.js';
import { QueueName } from '../../core/queue/queue-name.js';
import type { Park } from './park.entity.js';

/**
 * Which open applications a park change can affect; absent = every open one. Space is LAND (亩,
 * land applications) or FLOOR (m², the others); industries and segments narrow to applicants of
 * those industries or chain segments (the park's tenants or its industry lists changed).
 */
export interface ParkChangeScope {
  space?: 'LAND' | 'FLOOR';
  industries?: string[];
  segments?: string[];
}

/**
 * Enqueued in the transaction of a park's creation or edit, of space taken or given back, and of
 * a tenant moving in, with what changed. It names the cause: parks cannot import the contexts that
 * care, so the park-matching context registers the handler (re-matching the affected open
 * applications against this park).
 */
export const PARK_CHANGED = defineJob<{ parkId: string; only?: ParkChangeScope }>(QueueName.MATCHING, 'park.changed');

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

type MatchingField = (typeof MATCHING_FIELDS)[number];

/**
 * The matching fields an edit changed, and which open applications that can affect (null: none).
 * Free land only matters to land applications, free floor space to the others; a change of the
 * industry lists that keeps each list as empty or non-empty as before only matters to applicants
 * of the industries named before or after. Anything else can affect every open application.
 */
export function parkChangeScope(before: Park, after: Park): { only?: ParkChangeScope } | null {
  const changed = MATCHING_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
  if (!changed.length) return null;
  const only = (...fields: MatchingField[]) => changed.every((f) => fields.includes(f));
  if (only('freeLandMu')) return { only: { space: 'LAND' } };
  if (only('freeFloorSqm')) return { only: { space: 'FLOOR' } };
  const empty = (p: Park) => [p.targetIndustries.length === 0, p.forbiddenIndustries.length === 0].join();
  if (only('targetIndustries', 'forbiddenIndustries') && empty(before) === empty(after)) {
    const named = [before, after].flatMap((p) => [...p.targetIndustries, ...p.forbiddenIndustries]);
    return { only: { industries: [...new Set(named)] } };
  }
  return {};
}
