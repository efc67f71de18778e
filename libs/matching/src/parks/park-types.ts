import type { LocalizedText } from '../i18n.js';

/** The carriers of the plan: parks and zones, and the incubation ladder 众创空间 → 孵化器 → 加速器. */
export type CarrierKind =
  'INDUSTRIAL_PARK' | 'ZONE' | 'SPECIALTY_PARK' | 'ENCLAVE_PARK' | 'TOWN' | 'MAKERSPACE' | 'INCUBATOR' | 'ACCELERATOR';

export type PlacementKind = 'LAND' | 'FACTORY' | 'OFFICE' | 'INCUBATOR_SEAT';
export type EnterpriseTier = 'TECH_SME' | 'HIGH_TECH' | 'LITTLE_GIANT' | 'LEADING';
export type Pollution = 'LOW' | 'MEDIUM' | 'HIGH';

/** What the engine needs to know of a park (reference data plus its current tenants). */
export interface ParkProfile {
  id: string;
  kind: CarrierKind;
  /** Industry codes the park targets, its main positioning first; empty = any industry. */
  targetIndustries: readonly string[];
  excludedIndustries: readonly string[];
  /** 严禁"三高"项目: no high-pollution, high-energy project. */
  forbidsThreeHigh: boolean;
  maxPollution: Pollution;
  /** Largest annual energy use of one project, tonnes of coal equivalent; null = no limit. */
  maxEnergyTce: number | null;
  freeLandMu: number;
  freeFloorSqm: number;
  /** Tiers an incubation carrier serves; empty = every tier. */
  servedTiers: readonly EnterpriseTier[];
  infrastructure: readonly string[];
  /** Current tenants, counted by industry code and by chain-segment code (chain synergy). */
  tenants: { byIndustry: Readonly<Record<string, number>>; bySegment: Readonly<Record<string, number>> };
}

/** A placement project: the application with the applicant's facts the constraints read. */
export interface PlacementProject {
  kind: PlacementKind;
  landMu: number | null;
  floorSqm: number | null;
  industry: string | null;
  chainSegment: string | null;
  tier: EnterpriseTier | null;
  pollution: Pollution | null;
  energyTce: number | null;
  infrastructureNeeds: readonly string[];
}

export type ConstraintCode =
  | 'CARRIER_KIND'
  | 'LAND_SPACE'
  | 'FLOOR_SPACE'
  | 'INDUSTRY_NOT_TARGETED'
  | 'INDUSTRY_EXCLUDED'
  | 'THREE_HIGH'
  | 'POLLUTION'
  | 'ENERGY'
  | 'TIER_NOT_SERVED';

/** A hard constraint the park fails (or cannot be checked for lack of a fact). */
export interface ConstraintResult {
  code: ConstraintCode;
  text: LocalizedText;
}

export type ScoreComponentCode = 'INDUSTRY_FIT' | 'CHAIN_SYNERGY' | 'SPACE_FIT' | 'STAGE_FIT' | 'INFRASTRUCTURE';

/** One named part of the 0–100 score: `points = weight × value`. */
export interface ScoreComponent {
  code: ScoreComponentCode;
  label: LocalizedText;
  weight: number;
  /** 0–1. */
  value: number;
  points: number;
  detail: LocalizedText;
}

export interface ParkMatchResult {
  parkId: string;
  suitable: boolean;
  /** 0–100; 0 for an unsuitable park. */
  score: number;
  components: ScoreComponent[];
  /** The hard constraints the park fails; empty when suitable. */
  failures: ConstraintResult[];
  /** Constraints that could not be checked because the project lacks a fact. */
  unknowns: ConstraintResult[];
}
