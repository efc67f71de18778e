/** Typed shapes of the plan's reference data. Codes are the contract; zh is the default label. */

export type IndustryCategory =
  | 'PRIORITY' // the four strategic emerging clusters (ch.4 §1)
  | 'TRADITIONAL' // traditional industry to upgrade
  | 'FUTURE' // future industries
  | 'SERVICE' // modern services (ch.5 §3)
  | 'CULTURE_TOURISM'
  | 'AGRICULTURE';

export interface ChainSegmentData {
  code: string;
  name: string;
  nameEn: string;
}

export interface IndustryData {
  code: string;
  name: string;
  nameEn: string;
  category: IndustryCategory;
  description: string;
  descriptionEn: string;
  /** Where the plan says it, e.g. "第四章第一节". */
  planRef: string;
  segments: ChainSegmentData[];
}

export type ParkKind =
  'INDUSTRIAL_PARK' | 'ZONE' | 'SPECIALTY_PARK' | 'ENCLAVE_PARK' | 'TOWN' | 'MAKERSPACE' | 'INCUBATOR' | 'ACCELERATOR';

export type ParkLevel = 'NATIONAL' | 'REGIONAL' | 'MUNICIPAL' | 'DISTRICT';
export type Tier = 'TECH_SME' | 'HIGH_TECH' | 'LITTLE_GIANT' | 'LEADING';
export type PollutionCategory = 'LOW' | 'MEDIUM' | 'HIGH';

/**
 * How an enclave park (飞地园区) is run with its partner (ch.6 §1: 采取区域托管法、税收分成法等方式):
 * ENTRUSTED_MANAGEMENT 区域托管 (one side manages the area for both), TAX_SHARING 税收分成 (the taxes
 * of the firms placed there are split by an agreed ratio).
 */
export type CooperationModel = 'ENTRUSTED_MANAGEMENT' | 'TAX_SHARING';

/** What an enclave park adds to a park: who it is built with, how, and the district's share. */
export interface EnclaveTerms {
  /** The partner region, e.g. 昌吉 (ch.6 §1 names 昌吉, 乌准东, 米东区, 甘泉堡). */
  enclavePartner: string | null;
  enclavePartnerEn: string | null;
  cooperationModels: CooperationModel[];
  /** Percent (0–100) of the tax of firms placed there that the district keeps; null = not agreed yet. */
  districtTaxSharePercent: number | null;
}

export interface ParkData extends EnclaveTerms {
  code: string;
  name: string;
  nameEn: string;
  kind: ParkKind;
  level: ParkLevel;
  /** Code of the park or zone this one belongs to (临空产业园 for its A/B/C zones). */
  parentCode: string | null;
  positioning: string;
  positioningEn: string;
  planRef: string;
  /** Industry codes the park targets; empty means any industry not forbidden. */
  targetIndustries: string[];
  forbiddenIndustries: string[];
  /** 严禁"三高"项目 (ch.10): refuses high-pollution / high-energy / high-emission projects. */
  forbidsThreeHigh: boolean;
  maxPollution: PollutionCategory;
  /** Annual energy use a single project may have, tonnes of coal equivalent; null = no park limit. */
  maxEnergyTce: number | null;
  totalLandMu: number;
  freeLandMu: number;
  totalFloorSqm: number;
  freeFloorSqm: number;
  /** Tiers an incubation carrier serves; empty for ordinary parks (all tiers). */
  servedTiers: Tier[];
  infrastructure: string[];
  location: { lng: number; lat: number };
  /**
   * Outside the district and never a placement target: the offshore incubators (离岸孵化器, ch.3 §2),
   * whose graduates become leads. False for every park in the district, enclave parks included.
   */
  outsideDistrict: boolean;
  /**
   * Provenance, field by field: every field of the record but `code`, `planFields` and `sampleFields`
   * is in exactly one of the two lists. `planFields`: what the plan states (ch. and § in planRef);
   * `sampleFields`: what it does not (sample data, shown 示例 on screen until an admin replaces it).
   */
  planFields: string[];
  sampleFields: string[];
}

export interface HeadlineFigureData {
  code: string;
  label: string;
  labelEn: string;
  value: number;
  unit: string;
  unitEn: string;
  /** The 2015 value where the plan gives it, for comparison. */
  baseline: number | null;
  year: number;
  planRef: string;
  /**
   * How the plan qualifies the figure, where it does: 'OVER' for 超过/突破 (value is a lower bound),
   * 'ABOUT' for 约, 'ESTIMATED' for 预计. Absent for an exact figure.
   */
  qualifier?: FigureQualifier;
}

export type FigureQualifier = 'OVER' | 'ABOUT' | 'ESTIMATED';

export type Ownership = 'STATE' | 'PRIVATE' | 'FOREIGN' | 'JOINT';

/** A code with its labels; zh is the default. */
export interface LabelData<C extends string = string> {
  code: C;
  name: string;
  nameEn: string;
}

/** A rung of the cultivation ladder (ch.3 §3, §6): rank 1 = 科技型中小企业 … 4 = 创新型领军企业. */
export interface EnterpriseTierData extends LabelData<Tier> {
  rank: 1 | 2 | 3 | 4;
}

/** Pollution categories, ordered: a park admits a project whose rank ≤ the rank of its maxPollution. */
export interface PollutionCategoryData extends LabelData<PollutionCategory> {
  rank: 1 | 2 | 3;
}
