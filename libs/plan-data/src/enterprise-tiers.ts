import type { EnterpriseTierData, LabelData, Ownership, PollutionCategoryData, Tier } from './types.js';

/**
 * The cultivation ladder (ch.3 §3 and §6): "科技型中小企业—高新技术企业—科技小巨人企业—创新型领军企业"
 * 逐级提升的创新企业培育链, "分类培养、精准支持". Ordered by rank.
 */
export const ENTERPRISE_TIERS: EnterpriseTierData[] = [
  { code: 'TECH_SME', name: '科技型中小企业', nameEn: 'Tech-based SME', rank: 1 },
  { code: 'HIGH_TECH', name: '高新技术企业', nameEn: 'High-tech enterprise', rank: 2 },
  { code: 'LITTLE_GIANT', name: '科技小巨人企业', nameEn: 'Tech little giant', rank: 3 },
  { code: 'LEADING', name: '创新型领军企业', nameEn: 'Innovation leader', rank: 4 },
];

/** Ownership of an enterprise (fact `ownership`). */
export const OWNERSHIPS: LabelData<Ownership>[] = [
  { code: 'STATE', name: '国有企业', nameEn: 'State-owned' },
  { code: 'PRIVATE', name: '民营企业', nameEn: 'Private' },
  { code: 'FOREIGN', name: '外资企业', nameEn: 'Foreign-invested' },
  { code: 'JOINT', name: '合资企业', nameEn: 'Joint venture' },
];

/**
 * Pollution categories (fact `pollutionCategory`, ParkData.maxPollution), ordered by rank.
 * HIGH is the "三高" project (高污染、高能耗、高排放) the district bars (ch.10 §2).
 */
export const POLLUTION_CATEGORIES: PollutionCategoryData[] = [
  { code: 'LOW', name: '低污染', nameEn: 'Low pollution', rank: 1 },
  { code: 'MEDIUM', name: '中度污染', nameEn: 'Medium pollution', rank: 2 },
  { code: 'HIGH', name: '高污染（“三高”）', nameEn: 'High pollution ("three highs")', rank: 3 },
];

const TIER_RANK: ReadonlyMap<string, number> = new Map(ENTERPRISE_TIERS.map((t) => [t.code, t.rank]));

/** Rank of a tier on the ladder (1..4), or undefined for an unknown code. */
export function tierRank(tier: string): number | undefined {
  return TIER_RANK.get(tier);
}

export function isTier(code: string): code is Tier {
  return TIER_RANK.has(code);
}
