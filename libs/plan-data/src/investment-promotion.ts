import type { LabelData } from './types.js';

/**
 * Investment promotion (招商引资) reference lists, as the plan words them. Codes are the contract: the
 * leads context stores them (LeadTargetFlag, LeadSource), so never rename one.
 */
export interface InvestmentReferenceData extends LabelData {
  /** Where the plan says it, e.g. "第六章第四节". */
  planRef: string;
}

/**
 * Whom to court first (ch.6 §4): 瞄准世界和中国500强、实力央企、知名民企、中国驰名商标和名牌产品企业以及
 * 行业领军企业、科技先导企业.
 */
export const INVESTMENT_TARGET_TYPES: InvestmentReferenceData[] = [
  { code: 'GLOBAL_500', name: '世界500强', nameEn: 'Fortune Global 500', planRef: '第六章第四节' },
  { code: 'CHINA_500', name: '中国500强', nameEn: 'China Top 500', planRef: '第六章第四节' },
  { code: 'CENTRAL_SOE', name: '实力央企', nameEn: 'Strong central state-owned enterprise', planRef: '第六章第四节' },
  { code: 'LEADING_PRIVATE', name: '知名民企', nameEn: 'Well-known private enterprise', planRef: '第六章第四节' },
  {
    code: 'WELL_KNOWN_BRAND',
    name: '中国驰名商标和名牌产品企业',
    nameEn: 'Firm with a well-known trademark or brand-name products',
    planRef: '第六章第四节',
  },
  { code: 'INDUSTRY_LEADER', name: '行业领军企业', nameEn: 'Industry leader', planRef: '第六章第四节' },
  { code: 'TECH_PIONEER', name: '科技先导企业', nameEn: 'Technology pioneer', planRef: '第六章第四节' },
];

/**
 * How leads are found (ch.6 §3–4, ch.5 §5, ch.6 §1, ch.3 §2, §6): the fairs (充分发挥亚欧博览会、广交会、
 * 跨国采购会等重要会展作用), 咨询招商, 以商招商, the partner provinces and enclaves (援疆省市, 飞地经济),
 * and the offshore incubators (深圳离岸创新中心、大连离岸创新基地).
 */
export const INVESTMENT_CHANNELS: InvestmentReferenceData[] = [
  { code: 'EXPO_CHINA_EURASIA', name: '中国—亚欧博览会', nameEn: 'China–Eurasia Expo', planRef: '第六章第三节' },
  { code: 'CANTON_FAIR', name: '广交会', nameEn: 'Canton Fair', planRef: '第六章第三节' },
  { code: 'PROCUREMENT_FAIR', name: '跨国采购会', nameEn: 'International procurement fair', planRef: '第六章第三节' },
  { code: 'CONSULTANT', name: '咨询招商', nameEn: 'Consultant-led promotion', planRef: '第六章第四节' },
  { code: 'VIA_ENTERPRISE', name: '以商招商', nameEn: 'Promotion through enterprises', planRef: '第五章第五节' },
  {
    code: 'PAIRING_PROVINCE',
    name: '援疆省市与飞地合作',
    nameEn: 'Partner provinces and enclave cooperation',
    planRef: '第三章第六节；第六章第一节',
  },
  { code: 'OFFSHORE_INCUBATOR', name: '离岸孵化器', nameEn: 'Offshore incubators', planRef: '第三章第二节' },
];

/** What makes a good project (ch.6 §4): the criteria a lead is weighed by. */
export const INVESTMENT_PROJECT_CRITERIA: InvestmentReferenceData[] = [
  { code: 'LARGE_SCALE', name: '规模大', nameEn: 'Large scale', planRef: '第六章第四节' },
  { code: 'STRONG_PULL', name: '带动力强', nameEn: 'Strong pull on other firms', planRef: '第六章第四节' },
  {
    code: 'HIGH_TECH_AND_TAX',
    name: '技术水平和财税贡献高',
    nameEn: 'High technology and tax contribution',
    planRef: '第六章第四节',
  },
  { code: 'CITY_INTEGRATION', name: '促进产城融合', nameEn: 'Integrates industry and city', planRef: '第六章第四节' },
  { code: 'GREEN', name: '绿色环保', nameEn: 'Green and clean', planRef: '第六章第四节' },
  { code: 'UPGRADE', name: '产业升级转型', nameEn: 'Upgrades the industry', planRef: '第六章第四节' },
];
