/**
 * Shapes of the API's GraphQL types as the admin app reads them (contract of issue 2).
 * Replaced by the codegen output in src/gql once apps/api/schema.gql exists.
 */
export type Role = 'ADMIN' | 'BUREAU_STAFF' | 'ENTERPRISE';
export const ROLES: readonly Role[] = ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'];

export type IndustryCategory = 'PRIORITY' | 'TRADITIONAL' | 'FUTURE' | 'SERVICE' | 'CULTURE_TOURISM' | 'AGRICULTURE';
export const INDUSTRY_CATEGORIES: readonly IndustryCategory[] = [
  'PRIORITY',
  'TRADITIONAL',
  'FUTURE',
  'SERVICE',
  'CULTURE_TOURISM',
  'AGRICULTURE',
];

export type ParkKind =
  'INDUSTRIAL_PARK' | 'ZONE' | 'SPECIALTY_PARK' | 'ENCLAVE_PARK' | 'TOWN' | 'MAKERSPACE' | 'INCUBATOR' | 'ACCELERATOR';
export const PARK_KINDS: readonly ParkKind[] = [
  'INDUSTRIAL_PARK',
  'ZONE',
  'SPECIALTY_PARK',
  'ENCLAVE_PARK',
  'TOWN',
  'MAKERSPACE',
  'INCUBATOR',
  'ACCELERATOR',
];
export type ParkLevel = 'NATIONAL' | 'REGIONAL' | 'MUNICIPAL' | 'DISTRICT';
export type PollutionCategory = 'LOW' | 'MEDIUM' | 'HIGH';
export type Tier = 'TECH_SME' | 'HIGH_TECH' | 'LITTLE_GIANT' | 'LEADING';

export interface EnterpriseRef {
  id: string;
  name: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  enterprise: EnterpriseRef | null;
}

export interface AuthPayload {
  accessToken: string;
  user: User;
}

export interface ChainSegment {
  code: string;
  name: string;
  nameEn: string;
}

export interface Industry {
  code: string;
  name: string;
  nameEn: string;
  category: IndustryCategory;
  description: string;
  descriptionEn: string;
  planRef: string;
  segments: ChainSegment[];
}

export interface ParkRef {
  id: string;
  code: string;
  name: string;
  nameEn: string;
}

export interface ParkChild extends ParkRef {
  kind: ParkKind;
}

export interface ParkSummary {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: ParkKind;
  level: ParkLevel;
  parent: ParkRef | null;
  targetIndustries: string[];
  totalLandMu: number;
  freeLandMu: number;
  totalFloorSqm: number;
  freeFloorSqm: number;
  lng: number;
  lat: number;
  sampleFields: string[];
}

export interface Park extends ParkSummary {
  children: ParkChild[];
  positioning: string;
  positioningEn: string;
  planRef: string;
  forbiddenIndustries: string[];
  forbidsThreeHigh: boolean;
  maxPollution: PollutionCategory;
  maxEnergyTce: number | null;
  servedTiers: Tier[];
  infrastructure: string[];
  version: number;
}

export interface HeadlineFigure {
  code: string;
  label: string;
  labelEn: string;
  value: number;
  unit: string;
  unitEn: string;
  baseline: number | null;
  year: number;
  planRef: string;
}
