import type { ParkProfile, PlacementProject } from './park-types.js';

/** Test data builders (used by the specs only). */
export function park(overrides: Partial<ParkProfile> = {}): ParkProfile {
  return {
    id: 'P1',
    kind: 'INDUSTRIAL_PARK',
    targetIndustries: [],
    excludedIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 5000,
    freeLandMu: 100,
    freeFloorSqm: 20000,
    servedTiers: [],
    infrastructure: [],
    tenants: { byIndustry: {}, bySegment: {} },
    ...overrides,
  };
}

export function project(overrides: Partial<PlacementProject> = {}): PlacementProject {
  return {
    kind: 'LAND',
    landMu: 20,
    floorSqm: null,
    industry: 'NEW_MATERIALS',
    chainSegment: null,
    tier: 'HIGH_TECH',
    pollution: 'LOW',
    energyTce: 1000,
    infrastructureNeeds: [],
    ...overrides,
  };
}
