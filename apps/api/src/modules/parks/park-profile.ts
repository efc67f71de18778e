import type { ParkProfile } from '#matching';
import type { Park } from './park.entity.js';

/** A park's current tenants, counted by industry code and by chain-segment code. */
export type ParkTenants = ParkProfile['tenants'];

export const NO_TENANTS: ParkTenants = Object.freeze({ byIndustry: {}, bySegment: {} });

/** The engine's view of a park: its row (limits, free space) and its tenants (chain synergy). */
export function toParkProfile(park: Park, tenants: ParkTenants = NO_TENANTS): ParkProfile {
  return {
    id: park.id,
    kind: park.kind,
    targetIndustries: park.targetIndustries,
    excludedIndustries: park.forbiddenIndustries,
    forbidsThreeHigh: park.forbidsThreeHigh,
    maxPollution: park.maxPollution,
    maxEnergyTce: park.maxEnergyTce,
    freeLandMu: park.freeLandMu,
    freeFloorSqm: park.freeFloorSqm,
    servedTiers: park.servedTiers,
    infrastructure: park.infrastructure,
    tenants,
  };
}
