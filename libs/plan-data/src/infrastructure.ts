import type { LabelData } from './types.js';

/**
 * The fixed list of infrastructure a park can offer and a project can need (park matching's
 * "infrastructure needs met" component). Codes are the contract; ParkData.infrastructure holds them.
 */
export const INFRASTRUCTURE_TAG_CODES = [
  'POWER_DUAL_SUPPLY',
  'GAS',
  'STEAM',
  'WASTEWATER',
  'FIBER_5G',
  'CLEANROOM',
  'RAIL',
  'AIRPORT_CARGO',
  'COLD_CHAIN',
] as const;

export type InfrastructureTag = (typeof INFRASTRUCTURE_TAG_CODES)[number];

export const INFRASTRUCTURE_TAGS: LabelData<InfrastructureTag>[] = [
  { code: 'POWER_DUAL_SUPPLY', name: '双回路供电', nameEn: 'Dual-circuit power supply' },
  { code: 'GAS', name: '天然气管网', nameEn: 'Natural-gas supply' },
  { code: 'STEAM', name: '集中供热供汽', nameEn: 'Central heat and steam supply' },
  { code: 'WASTEWATER', name: '工业污水集中处理', nameEn: 'Central industrial wastewater treatment' },
  { code: 'FIBER_5G', name: '光纤与5G覆盖', nameEn: 'Fibre and 5G coverage' },
  { code: 'CLEANROOM', name: '洁净厂房（GMP）', nameEn: 'Cleanroom (GMP) buildings' },
  { code: 'RAIL', name: '铁路专用线', nameEn: 'Rail siding' },
  { code: 'AIRPORT_CARGO', name: '航空货运通道', nameEn: 'Air-cargo access' },
  { code: 'COLD_CHAIN', name: '冷链仓储', nameEn: 'Cold-chain storage' },
];

const TAG_SET: ReadonlySet<string> = new Set(INFRASTRUCTURE_TAG_CODES);

export function isInfrastructureTag(code: string): code is InfrastructureTag {
  return TAG_SET.has(code);
}
