import type { LocalizedText } from './i18n.js';

/**
 * The fact vocabulary (DESIGN "Fact vocabulary"): the names are the contract between enterprise
 * profiles, policy rules and stored match results. Never rename one.
 */

export type Tier = 'TECH_SME' | 'HIGH_TECH' | 'LITTLE_GIANT' | 'LEADING';
export type Ownership = 'STATE' | 'PRIVATE' | 'FOREIGN' | 'JOINT';
export type PollutionCategory = 'LOW' | 'MEDIUM' | 'HIGH';

/** Facts kept on the enterprise profile. A fact never entered is missing (undefined or null), never zero. */
export interface StoredFacts {
  /** 'YYYY-MM-DD' (a Date is read as its calendar day in China Standard Time). */
  registeredAt?: string | Date | null;
  employees?: number | null;
  techStaff?: number | null;
  /** Last fiscal year, yuan. */
  revenue?: number | null;
  /** Last fiscal year, yuan. */
  rdExpense?: number | null;
  /** Sum over the last three fiscal years, yuan. */
  revenue3y?: number | null;
  /** Sum over the last three fiscal years, yuan. */
  rdExpense3y?: number | null;
  highTechRevenue?: number | null;
  totalAssets?: number | null;
  /** Class I IP (发明专利 etc.). */
  inventionPatents?: number | null;
  /** Class II IP (实用新型、外观设计、软件著作权 etc.). */
  otherIp?: number | null;
  taxPaid?: number | null;
  industry?: string | null;
  chainSegment?: string | null;
  tier?: Tier | null;
  ownership?: Ownership | null;
  isHighTechCertified?: boolean | null;
  inZone?: boolean | null;
  parkCode?: string | null;
  energyTce?: number | null;
  pollutionCategory?: PollutionCategory | null;
  seriousDishonesty?: boolean | null;
  majorIncidentLastYear?: boolean | null;
}

/** Facts computed from stored ones as of the evaluation date, only in derive.ts. */
export interface DerivedFacts {
  registeredYears?: number | null;
  techStaffRatio?: number | null;
  rdRatio?: number | null;
  rdRatio3y?: number | null;
  highTechRevenueRatio?: number | null;
}

/** What a rule sees: stored facts (dates as 'YYYY-MM-DD') plus derived ones. */
export type Facts = Omit<StoredFacts, 'registeredAt'> & { registeredAt?: string | null } & DerivedFacts;

export type StoredFactName = keyof StoredFacts;
export type DerivedFactName = keyof DerivedFacts;
export type FactName = StoredFactName | DerivedFactName;

export type FactType = 'number' | 'date' | 'boolean' | 'string';
export type FactUnit = 'CNY' | 'ratio' | 'person' | 'count' | 'tce' | 'year' | 'date';

export interface FactDefinition {
  name: FactName;
  type: FactType;
  kind: 'stored' | 'derived';
  label: LocalizedText;
  unit: FactUnit | null;
  /** Counts of people or things: a near-miss is a whole number. */
  integer?: boolean;
  /** The allowed values of an enumerated string fact, with their labels. */
  values?: readonly string[];
  valueLabels?: Readonly<Record<string, LocalizedText>>;
  /** How a boolean fact reads when true / false ("在本区注册" / "未在本区注册"). */
  whenTrue?: LocalizedText;
  whenFalse?: LocalizedText;
  /** The stored facts a derived fact is computed from; the last one of a ratio is its divisor. */
  inputs?: readonly StoredFactName[];
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

const TIER_LABELS: Record<Tier, LocalizedText> = {
  TECH_SME: t('科技型中小企业', 'Tech-based SME'),
  HIGH_TECH: t('高新技术企业', 'High-tech enterprise'),
  LITTLE_GIANT: t('科技小巨人企业', 'Tech little giant'),
  LEADING: t('创新型领军企业', 'Innovation leader'),
};
const OWNERSHIP_LABELS: Record<Ownership, LocalizedText> = {
  STATE: t('国有企业', 'State-owned'),
  PRIVATE: t('民营企业', 'Private'),
  FOREIGN: t('外资企业', 'Foreign-invested'),
  JOINT: t('合资企业', 'Joint venture'),
};
const POLLUTION_LABELS: Record<PollutionCategory, LocalizedText> = {
  LOW: t('低污染', 'Low pollution'),
  MEDIUM: t('中度污染', 'Medium pollution'),
  HIGH: t('高污染', 'High pollution'),
};

function money(name: FactName, zh: string, en: string): FactDefinition {
  return { name, type: 'number', kind: 'stored', label: t(zh, en), unit: 'CNY' };
}
function count(name: FactName, zh: string, en: string, unit: 'person' | 'count'): FactDefinition {
  return { name, type: 'number', kind: 'stored', label: t(zh, en), unit, integer: true };
}
function flag(
  name: FactName,
  zh: string,
  en: string,
  whenTrue: LocalizedText,
  whenFalse: LocalizedText,
): FactDefinition {
  return { name, type: 'boolean', kind: 'stored', label: t(zh, en), unit: null, whenTrue, whenFalse };
}
function ratio(name: DerivedFactName, zh: string, en: string, inputs: readonly StoredFactName[]): FactDefinition {
  return { name, type: 'number', kind: 'derived', label: t(zh, en), unit: 'ratio', inputs };
}

/** The vocabulary, in the order forms and reports list it. */
export const FACTS: Readonly<Record<FactName, FactDefinition>> = {
  registeredAt: {
    name: 'registeredAt',
    type: 'date',
    kind: 'stored',
    label: t('注册成立日期', 'Registration date'),
    unit: 'date',
  },
  employees: count('employees', '职工总数', 'Employees', 'person'),
  techStaff: count('techStaff', '科技人员数', 'Technical staff', 'person'),
  revenue: money('revenue', '近一年销售（营业）收入', 'Revenue (last fiscal year)'),
  rdExpense: money('rdExpense', '近一年研发费用', 'R&D expense (last fiscal year)'),
  revenue3y: money('revenue3y', '近三年销售收入总额', 'Revenue (last three fiscal years)'),
  rdExpense3y: money('rdExpense3y', '近三年研发费用总额', 'R&D expense (last three fiscal years)'),
  highTechRevenue: money('highTechRevenue', '近一年高新技术产品（服务）收入', 'High-tech product (service) revenue'),
  totalAssets: money('totalAssets', '资产总额', 'Total assets'),
  inventionPatents: count(
    'inventionPatents',
    'Ⅰ类知识产权数（发明专利等）',
    'Class I IP (invention patents etc.)',
    'count',
  ),
  otherIp: count(
    'otherIp',
    'Ⅱ类知识产权数（实用新型、软件著作权等）',
    'Class II IP (utility models, software copyrights etc.)',
    'count',
  ),
  taxPaid: money('taxPaid', '近一年纳税额', 'Tax paid (last fiscal year)'),
  industry: { name: 'industry', type: 'string', kind: 'stored', label: t('所属产业', 'Industry'), unit: null },
  chainSegment: {
    name: 'chainSegment',
    type: 'string',
    kind: 'stored',
    label: t('产业链环节', 'Chain segment'),
    unit: null,
  },
  tier: {
    name: 'tier',
    type: 'string',
    kind: 'stored',
    label: t('企业梯队', 'Enterprise tier'),
    unit: null,
    values: Object.keys(TIER_LABELS),
    valueLabels: TIER_LABELS,
  },
  ownership: {
    name: 'ownership',
    type: 'string',
    kind: 'stored',
    label: t('所有制类型', 'Ownership'),
    unit: null,
    values: Object.keys(OWNERSHIP_LABELS),
    valueLabels: OWNERSHIP_LABELS,
  },
  isHighTechCertified: flag(
    'isHighTechCertified',
    '持有有效高新技术企业证书',
    'Holds a valid high-tech enterprise certificate',
    t('持有有效高新技术企业证书', 'holds a valid high-tech enterprise certificate'),
    t('未持有有效高新技术企业证书', 'holds no valid high-tech enterprise certificate'),
  ),
  inZone: flag(
    'inZone',
    '在本区注册',
    'Registered in the district',
    t('在高新区（新市区）注册', 'registered in the High-tech Zone (Xinshi District)'),
    t('未在高新区（新市区）注册', 'not registered in the High-tech Zone (Xinshi District)'),
  ),
  parkCode: { name: 'parkCode', type: 'string', kind: 'stored', label: t('所在园区', 'Park'), unit: null },
  energyTce: {
    name: 'energyTce',
    type: 'number',
    kind: 'stored',
    label: t('年综合能耗', 'Annual energy use'),
    unit: 'tce',
  },
  pollutionCategory: {
    name: 'pollutionCategory',
    type: 'string',
    kind: 'stored',
    label: t('污染类别', 'Pollution category'),
    unit: null,
    values: Object.keys(POLLUTION_LABELS),
    valueLabels: POLLUTION_LABELS,
  },
  seriousDishonesty: flag(
    'seriousDishonesty',
    '列入严重违法失信名单',
    'On the serious dishonesty list',
    t('列入严重违法失信名单', 'on the serious dishonesty list'),
    t('未列入严重违法失信名单', 'not on the serious dishonesty list'),
  ),
  majorIncidentLastYear: flag(
    'majorIncidentLastYear',
    '近一年发生重大安全、质量事故或严重环境违法行为',
    'Major safety, quality or environmental incident in the last year',
    t(
      '近一年发生重大安全、质量事故或严重环境违法行为',
      'had a major safety, quality or environmental incident in the last year',
    ),
    t(
      '近一年未发生重大安全、质量事故或严重环境违法行为',
      'no major safety, quality or environmental incident in the last year',
    ),
  ),
  registeredYears: {
    name: 'registeredYears',
    type: 'number',
    kind: 'derived',
    label: t('注册成立年限', 'Years since registration'),
    unit: 'year',
    inputs: ['registeredAt'],
  },
  techStaffRatio: ratio('techStaffRatio', '科技人员占职工总数比例', 'Technical staff share of employees', [
    'techStaff',
    'employees',
  ]),
  rdRatio: ratio('rdRatio', '近一年研发费用占销售收入比例', 'R&D ratio (last fiscal year)', ['rdExpense', 'revenue']),
  rdRatio3y: ratio('rdRatio3y', '近三年研发费用占销售收入比例', 'R&D ratio (last three fiscal years)', [
    'rdExpense3y',
    'revenue3y',
  ]),
  highTechRevenueRatio: ratio('highTechRevenueRatio', '高新技术产品（服务）收入占比', 'High-tech revenue share', [
    'highTechRevenue',
    'revenue',
  ]),
};

export const FACT_NAMES: readonly FactName[] = Object.keys(FACTS) as FactName[];
export const STORED_FACT_NAMES: readonly StoredFactName[] = FACT_NAMES.filter(
  (n): n is StoredFactName => FACTS[n].kind === 'stored',
);
export const DERIVED_FACT_NAMES: readonly DerivedFactName[] = FACT_NAMES.filter(
  (n): n is DerivedFactName => FACTS[n].kind === 'derived',
);

export function isFactName(name: unknown): name is FactName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(FACTS, name);
}

export function isDerivedFact(name: string): name is DerivedFactName {
  return isFactName(name) && FACTS[name].kind === 'derived';
}

const FACT_RANK = new Map<string, number>(FACT_NAMES.map((name, i) => [name, i]));

/** Sort fact names in vocabulary order (unknown names last, alphabetically), without duplicates. */
export function sortFactNames(names: Iterable<string>): string[] {
  const rank = (n: string): number => FACT_RANK.get(n) ?? FACT_NAMES.length;
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
