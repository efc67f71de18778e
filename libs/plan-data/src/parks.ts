import type { InfrastructureTag } from './infrastructure.js';
import type { CooperationModel, EnclaveTerms, LabelData, ParkData } from './types.js';

/**
 * Parks, zones, specialty parks, enclave parks and towns as the plan names them (ch.3 §6, ch.4 §2,
 * ch.5 §3–5, ch.6 §1, ch.8 §1 and §5), then SAMPLE incubation carriers.
 *
 * Every record says, field by field, what is the plan's (`planFields`) and what is not
 * (`sampleFields`, shown 示例 until an admin enters the real figure); plan-data.spec.ts checks that
 * the two lists cover every field. The plan's: code, name, kind, parent, positioning (its words),
 * planRef, targetIndustries where the positioning names industries, an enclave's partner, and the
 * "三高" rule (ch.10 §2: 严禁"三高"项目进我区 — a rule about a project's pollution, energy use and
 * emissions, checked against maxPollution and maxEnergyTce, never a ban on an industry: the plan bans
 * no industry, and plans a petroleum headquarters base). Sample: level, pollution and energy limits,
 * land and floor figures, infrastructure, coordinates (approximate WGS84), industry lists the plan
 * does not give (C区 is told to upgrade, clear zombie firms and go green: it gets no list), and an
 * enclave's cooperation models and tax share.
 *
 * The plan names no individual makerspace, incubator or accelerator (ch.1 §1 and ch.3 §2 give only
 * counts: 16 众创空间, 10 孵化器): the carriers here are invented examples, named "（示例）" /
 * "(sample)", with every field but code, kind, planRef and the "三高" rule in `sampleFields`. The two
 * offshore incubators it does name (深圳离岸创新中心, 大连离岸创新基地, ch.3 §2) lie outside the district
 * (`outsideDistrict`): their names and role are the plan's, their figures sample.
 *
 * AIRPORT_PARK is the umbrella of its zones A/B/C: its land and floor figures are the sums of the
 * zones' (computed below), so capacity is held by the zones. Place projects in a zone.
 */

/** Every field of a park record whose provenance is declared (all but code and the two lists). */
export const PARK_RECORD_FIELDS = [
  'name',
  'nameEn',
  'kind',
  'level',
  'parentCode',
  'positioning',
  'positioningEn',
  'planRef',
  'targetIndustries',
  'forbiddenIndustries',
  'forbidsThreeHigh',
  'maxPollution',
  'maxEnergyTce',
  'totalLandMu',
  'freeLandMu',
  'totalFloorSqm',
  'freeFloorSqm',
  'servedTiers',
  'infrastructure',
  'location',
  'enclavePartner',
  'enclavePartnerEn',
  'cooperationModels',
  'districtTaxSharePercent',
  'outsideDistrict',
] as const satisfies readonly (keyof ParkData)[];
type ParkField = (typeof PARK_RECORD_FIELDS)[number];

/** The figures the plan never gives for a park it names: ours until an admin enters the real ones. */
const NAMED_PARK_SAMPLE_FIELDS: ParkField[] = [
  'level',
  'maxPollution',
  'maxEnergyTce',
  'totalLandMu',
  'freeLandMu',
  'totalFloorSqm',
  'freeFloorSqm',
  'infrastructure',
  'location',
];

/**
 * Provenance of a park the plan names: the plan's fields, and the sample ones. `targets`: whether
 * its targetIndustries are the plan's (named in its positioning) or a sample list (the plan names
 * none for it); `sample` / `plan`: further fields moved from one side to the other.
 */
function named(
  targets: 'PLAN' | 'SAMPLE',
  moves: { sample?: ParkField[]; plan?: ParkField[] } = {},
): Pick<ParkData, 'planFields' | 'sampleFields'> {
  const sample = new Set<ParkField>([...NAMED_PARK_SAMPLE_FIELDS, ...(moves.sample ?? [])]);
  if (targets === 'SAMPLE') sample.add('targetIndustries');
  for (const field of moves.plan ?? []) sample.delete(field);
  return {
    planFields: PARK_RECORD_FIELDS.filter((field) => !sample.has(field)),
    sampleFields: PARK_RECORD_FIELDS.filter((field) => sample.has(field)),
  };
}

/** For invented carriers: everything but code, kind, planRef, the "三高" rule and what they lack. */
const CARRIER_PLAN_FIELDS: ParkField[] = [
  'kind',
  'planRef',
  'forbiddenIndustries',
  'forbidsThreeHigh',
  'enclavePartner',
  'enclavePartnerEn',
  'cooperationModels',
  'districtTaxSharePercent',
  'outsideDistrict',
];
const CARRIER_PROVENANCE: Pick<ParkData, 'planFields' | 'sampleFields'> = {
  planFields: CARRIER_PLAN_FIELDS,
  sampleFields: PARK_RECORD_FIELDS.filter((field) => !CARRIER_PLAN_FIELDS.includes(field)),
};

/** Not an enclave: no partner, no cooperation model, no tax sharing. */
const NOT_ENCLAVE: EnclaveTerms = {
  enclavePartner: null,
  enclavePartnerEn: null,
  cooperationModels: [],
  districtTaxSharePercent: null,
};

/**
 * In the district: a placement target. Only the offshore incubators (离岸孵化器, ch.3 §2) are outside
 * it: carriers the district works with, whose graduates are leads, never offered as placements. The
 * enclave parks lie in partner regions but are the district's own (placements there count, with a
 * tax share), so they are in the district here.
 */
const IN_DISTRICT: Pick<ParkData, 'outsideDistrict'> = { outsideDistrict: false };

/** The fields of an offshore incubator the plan states: name, kind, place (outside the district), role. */
const OFFSHORE_PLAN_FIELDS: ParkField[] = [
  'name',
  'nameEn',
  'kind',
  'parentCode',
  'positioning',
  'positioningEn',
  'planRef',
  'forbiddenIndustries',
  'forbidsThreeHigh',
  'enclavePartner',
  'enclavePartnerEn',
  'cooperationModels',
  'districtTaxSharePercent',
  'outsideDistrict',
];

/**
 * An offshore incubator (离岸孵化器) the plan names (ch.3 §2): an incubator outside the district that
 * brings technology and projects in. Its level, space, limits, tiers and location are sample data.
 */
function offshore(
  fields: Pick<ParkData, 'code' | 'name' | 'nameEn' | 'totalFloorSqm' | 'freeFloorSqm' | 'location'>,
): ParkData {
  return {
    ...fields,
    kind: 'INCUBATOR',
    level: 'REGIONAL',
    parentCode: null,
    positioning: '离岸孵化器：依托离岸孵化器加快导入先进技术和优质项目，毕业企业作为招商线索引入我区。',
    positioningEn:
      'Offshore incubator: brings advanced technology and good projects to the district; its graduates become ' +
      'investment leads.',
    planRef: '第三章第二节',
    targetIndustries: [],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: null,
    totalLandMu: 0,
    freeLandMu: 0,
    servedTiers: ['TECH_SME', 'HIGH_TECH'],
    infrastructure: [],
    ...NOT_ENCLAVE,
    outsideDistrict: true,
    planFields: OFFSHORE_PLAN_FIELDS,
    sampleFields: PARK_RECORD_FIELDS.filter((field) => !OFFSHORE_PLAN_FIELDS.includes(field)),
  };
}

const tags = (...list: InfrastructureTag[]): string[] => list;

const AIRPORT_A: ParkData = {
  code: 'AIRPORT_A',
  name: '临空产业园A区',
  nameEn: 'Airport Industrial Park, Zone A',
  kind: 'ZONE',
  level: 'NATIONAL',
  parentCode: 'AIRPORT_PARK',
  positioning: '以临空经济总部、临空商务及临空物流等为主，重点打造临空经济门户、枢纽。',
  positioningEn:
    'Airport-economy headquarters, airport business services and air logistics: the gateway and hub of the airport economy.',
  planRef: '第四章第二节；第八章第一节',
  targetIndustries: ['HEADQUARTERS_ECONOMY', 'COMMERCE_TRADE', 'MODERN_LOGISTICS'],
  forbiddenIndustries: [],
  forbidsThreeHigh: true,
  maxPollution: 'LOW',
  maxEnergyTce: 1000,
  totalLandMu: 1800,
  freeLandMu: 320,
  totalFloorSqm: 600000,
  freeFloorSqm: 85000,
  servedTiers: [],
  infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'FIBER_5G', 'AIRPORT_CARGO', 'COLD_CHAIN'),
  location: { lng: 87.49, lat: 43.925 },
  ...NOT_ENCLAVE,
  ...IN_DISTRICT,
  ...named('PLAN'),
};

const AIRPORT_B: ParkData = {
  code: 'AIRPORT_B',
  name: '临空产业园B区',
  nameEn: 'Airport Industrial Park, Zone B',
  kind: 'ZONE',
  level: 'NATIONAL',
  parentCode: 'AIRPORT_PARK',
  positioning:
    '重点发展先进制造业、新材料产业和生物医药产业等；北侧结合国家智能产业园打造支柱产业的产业集群，' +
    '南侧结合多处科研机构形成创新要素集聚区，中部沿东进场路和长春路十字路口处打造服务整个产业园区的综合服务核心区。',
  positioningEn:
    'Advanced manufacturing, new materials and biomedicine. North: pillar-industry clusters with the National ' +
    'Intelligent Industry Park; south: an innovation hub around research institutes; centre (Dongjinchang Rd × ' +
    'Changchun Rd): the service core of the whole park.',
  planRef: '第四章第二节；第八章第一节',
  targetIndustries: ['ADVANCED_EQUIPMENT', 'NEW_MATERIALS', 'BIOMEDICINE'],
  forbiddenIndustries: [],
  forbidsThreeHigh: true,
  maxPollution: 'MEDIUM',
  maxEnergyTce: 5000,
  totalLandMu: 4200,
  freeLandMu: 950,
  totalFloorSqm: 1200000,
  freeFloorSqm: 160000,
  servedTiers: [],
  infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'FIBER_5G', 'CLEANROOM'),
  location: { lng: 87.52, lat: 43.945 },
  ...NOT_ENCLAVE,
  ...IN_DISTRICT,
  ...named('PLAN'),
};

const AIRPORT_C: ParkData = {
  code: 'AIRPORT_C',
  name: '临空产业园C区',
  nameEn: 'Airport Industrial Park, Zone C',
  kind: 'ZONE',
  level: 'NATIONAL',
  parentCode: 'AIRPORT_PARK',
  positioning: '在现有项目的基础上支持鼓励企业转型升级，清理僵尸企业，发展绿色产业。',
  positioningEn: 'Upgrade the firms already there, clear out zombie firms, and develop green industry.',
  planRef: '第四章第二节；第八章第一节',
  targetIndustries: [],
  forbiddenIndustries: [],
  forbidsThreeHigh: true,
  maxPollution: 'LOW',
  maxEnergyTce: 3000,
  totalLandMu: 2600,
  freeLandMu: 180,
  totalFloorSqm: 700000,
  freeFloorSqm: 60000,
  servedTiers: [],
  infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'WASTEWATER', 'FIBER_5G'),
  location: { lng: 87.51, lat: 43.905 },
  ...NOT_ENCLAVE,
  ...IN_DISTRICT,
  ...named('PLAN'),
};

/**
 * Zone B's three parts (ch.8 §1): 北侧结合国家智能产业园打造支柱产业的产业集群，南侧结合多处科研机构形成
 * 创新要素集聚区，中部沿东进场路和长春路十字路口处打造服务整个产业园区的综合服务核心区.
 */
const AIRPORT_B_PARTS: ParkData[] = [
  {
    code: 'NATIONAL_SMART_INDUSTRY_PARK',
    name: '国家智能产业园',
    nameEn: 'National Intelligent Industry Park',
    kind: 'INDUSTRIAL_PARK',
    level: 'NATIONAL',
    parentCode: 'AIRPORT_B',
    positioning: '临空产业园B区北侧：结合国家智能产业园打造支柱产业（先进制造业、新材料、生物医药）的产业集群。',
    positioningEn:
      'North of Zone B: clusters of the pillar industries (advanced manufacturing, new materials, biomedicine) ' +
      'around the National Intelligent Industry Park.',
    planRef: '第八章第一节',
    targetIndustries: ['ADVANCED_EQUIPMENT', 'NEW_MATERIALS', 'BIOMEDICINE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 5000,
    totalLandMu: 800,
    freeLandMu: 150,
    totalFloorSqm: 250000,
    freeFloorSqm: 40000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'FIBER_5G'),
    location: { lng: 87.52, lat: 43.955 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    // "国家" is in its name: the level is the plan's.
    ...named('PLAN', { plan: ['level'] }),
  },
  {
    code: 'AIRPORT_B_INNOVATION_HUB',
    name: '临空产业园B区创新要素集聚区',
    nameEn: 'Airport Industrial Park Zone B, Innovation Hub',
    kind: 'ZONE',
    level: 'NATIONAL',
    parentCode: 'AIRPORT_B',
    positioning: '临空产业园B区南侧：结合多处科研机构形成创新要素集聚区。',
    positioningEn: 'South of Zone B: an innovation hub around several research institutes.',
    planRef: '第八章第一节',
    targetIndustries: ['TECH_SERVICES', 'NEXT_GEN_IT', 'ARTIFICIAL_INTELLIGENCE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 1000,
    totalLandMu: 300,
    freeLandMu: 60,
    totalFloorSqm: 150000,
    freeFloorSqm: 30000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'FIBER_5G', 'CLEANROOM'),
    location: { lng: 87.52, lat: 43.935 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('SAMPLE'),
  },
  {
    code: 'AIRPORT_B_SERVICE_CORE',
    name: '临空产业园B区综合服务核心区',
    nameEn: 'Airport Industrial Park Zone B, Service Core',
    kind: 'ZONE',
    level: 'NATIONAL',
    parentCode: 'AIRPORT_B',
    positioning: '临空产业园B区中部：沿东进场路和长春路十字路口处打造服务整个产业园区的综合服务核心区。',
    positioningEn:
      'Centre of Zone B, at Dongjinchang Road × Changchun Road: the service core of the whole industrial park.',
    planRef: '第八章第一节',
    targetIndustries: ['TECH_SERVICES', 'COMMERCE_TRADE', 'MODERN_FINANCE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 500,
    totalLandMu: 120,
    freeLandMu: 20,
    totalFloorSqm: 100000,
    freeFloorSqm: 15000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'FIBER_5G'),
    location: { lng: 87.522, lat: 43.945 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('SAMPLE'),
  },
];

const AIRPORT_ZONES = [AIRPORT_A, AIRPORT_B, AIRPORT_C];
const sumOf = (field: 'totalLandMu' | 'freeLandMu' | 'totalFloorSqm' | 'freeFloorSqm'): number =>
  AIRPORT_ZONES.reduce((sum, zone) => sum + zone[field], 0);

const AIRPORT_PARK: ParkData = {
  code: 'AIRPORT_PARK',
  name: '临空产业园',
  nameEn: 'Airport Industrial Park',
  kind: 'INDUSTRIAL_PARK',
  level: 'NATIONAL',
  parentCode: null,
  positioning:
    '临空产业园A、B、C三区构成临空产业带（“三轴三区、临空赋能、产城融合”），依托地窝堡机场和南航、乌鲁木齐航空等基地公司，' +
    '承载乌鲁木齐临空经济示范区的机场功能性服务业、航空物流业、高端制造业和现代服务业。',
  positioningEn:
    'Zones A, B and C form the airport industrial belt ("three axes, three zones"); built around Diwopu airport ' +
    "and its base airlines, it hosts the airport-economy demonstration zone's airport services, air logistics, " +
    'high-end manufacturing and modern services.',
  planRef: '第四章第二节；第五章第三节；第六章第一节；第八章第一节',
  targetIndustries: [
    'HEADQUARTERS_ECONOMY',
    'COMMERCE_TRADE',
    'MODERN_LOGISTICS',
    'ADVANCED_EQUIPMENT',
    'NEW_MATERIALS',
    'BIOMEDICINE',
  ],
  forbiddenIndustries: [],
  forbidsThreeHigh: true,
  maxPollution: 'MEDIUM',
  maxEnergyTce: 5000,
  totalLandMu: sumOf('totalLandMu'),
  freeLandMu: sumOf('freeLandMu'),
  totalFloorSqm: sumOf('totalFloorSqm'),
  freeFloorSqm: sumOf('freeFloorSqm'),
  servedTiers: [],
  infrastructure: tags(
    'POWER_DUAL_SUPPLY',
    'GAS',
    'STEAM',
    'WASTEWATER',
    'FIBER_5G',
    'CLEANROOM',
    'AIRPORT_CARGO',
    'COLD_CHAIN',
  ),
  location: { lng: 87.505, lat: 43.925 },
  ...NOT_ENCLAVE,
  ...IN_DISTRICT,
  ...named('PLAN'),
};

const ENCLAVE_POSITIONING =
  '“工业飞地园区”：采取区域托管法、税收分成法等方式共建园区，突破土地空间、环保要素、工业资源限制，解决我区无工业用地的问题。';
const ENCLAVE_POSITIONING_EN =
  "Enclave park co-built under entrusted management and tax sharing, to overcome the district's lack of " +
  'industrial land and its environmental and resource limits.';
const ENCLAVE_PLAN_REF = '第三章第六节；第四章第二节；第六章第一节';

/**
 * An enclave's terms. The partner is the plan's (ch.6 §1: 与昌吉、乌准东、米东区、甘泉堡发展共建园区、
 * 飞地园区). The plan names the methods for all four together (区域托管法、税收分成法等) but not which
 * applies to which partner, nor any ratio: the models and the district's share (half) are sample
 * data, and so are the industry lists (the plan gives the enclaves none).
 */
const SAMPLE_DISTRICT_TAX_SHARE_PERCENT = 50;
const enclave = (partner: string, partnerEn: string): EnclaveTerms & Pick<ParkData, 'planFields' | 'sampleFields'> => ({
  enclavePartner: partner,
  enclavePartnerEn: partnerEn,
  cooperationModels: ['ENTRUSTED_MANAGEMENT', 'TAX_SHARING'],
  districtTaxSharePercent: SAMPLE_DISTRICT_TAX_SHARE_PERCENT,
  ...named('SAMPLE', { sample: ['cooperationModels', 'districtTaxSharePercent'] }),
});

export const PARKS: ParkData[] = [
  AIRPORT_PARK,
  AIRPORT_A,
  AIRPORT_B,
  AIRPORT_C,
  ...AIRPORT_B_PARTS,
  {
    code: 'NORTH_INDUSTRIAL_PARK',
    name: '北区工业园',
    nameEn: 'North Industrial Park',
    kind: 'INDUSTRIAL_PARK',
    level: 'NATIONAL',
    parentCode: null,
    positioning:
      '深入推进北区工业园区攻坚工程，加大闲置用地分类处置“腾笼换鸟”，“整合一批、收储一批、腾院上楼一批”；' +
      '完善园区基础设施及生活配套，推进企业风险防控，降低化学品环境风险。',
    positioningEn:
      'Idle-land recovery ("empty the cage, change the bird"): consolidate, buy back, or move firms up into ' +
      'multi-storey buildings; better infrastructure and amenities; lower chemical risk.',
    planRef: '第四章第二节；第六章第一节；第十章第二节',
    targetIndustries: ['NEW_MATERIALS', 'ADVANCED_EQUIPMENT', 'BIOMEDICINE', 'NEXT_GEN_IT'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 3000,
    totalLandMu: 3000,
    freeLandMu: 600,
    totalFloorSqm: 900000,
    freeFloorSqm: 120000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'FIBER_5G'),
    location: { lng: 87.56, lat: 43.95 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('SAMPLE'),
  },
  {
    code: 'GOLD_PARK',
    name: '黄金产业园',
    nameEn: 'Gold Industry Park',
    kind: 'SPECIALTY_PARK',
    level: 'DISTRICT',
    parentCode: null,
    positioning:
      '重点打造的功能性特色园区之一，已作为文化旅游项目全面运营；城北新城打造集旅游集散、黄金展示销售、休闲娱乐等一体的综合性项目。',
    positioningEn:
      'One of the functional specialty parks; already running as a culture and tourism project; gold display and ' +
      'sales with tourism and leisure in the new northern town.',
    planRef: '第一章第一节；第四章第二节；第八章第一节',
    targetIndustries: ['CULTURE_TOURISM', 'COMMERCE_TRADE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 500,
    totalLandMu: 500,
    freeLandMu: 60,
    totalFloorSqm: 150000,
    freeFloorSqm: 20000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'FIBER_5G'),
    location: { lng: 87.545, lat: 44.01 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('PLAN'),
  },
  {
    code: 'SCI_TECH_VALLEY',
    name: '科创谷',
    nameEn: 'Sci-Tech Valley',
    kind: 'SPECIALTY_PARK',
    level: 'DISTRICT',
    parentCode: null,
    positioning:
      '重点打造的功能性特色园区之一：明确功能定位和特色主导产业，打造科技创新平台、人才保障平台、公共服务平台和投融资服务平台。',
    positioningEn:
      'One of the functional specialty parks, with platforms for innovation, talent, public services and financing.',
    planRef: '第四章第二节',
    targetIndustries: ['NEXT_GEN_IT', 'ARTIFICIAL_INTELLIGENCE', 'TECH_SERVICES', 'NEW_MATERIALS'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 1000,
    totalLandMu: 300,
    freeLandMu: 40,
    totalFloorSqm: 250000,
    freeFloorSqm: 45000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'FIBER_5G', 'CLEANROOM'),
    location: { lng: 87.575, lat: 43.885 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('SAMPLE'),
  },
  {
    code: 'MICRO_PARK',
    name: '小微产业园',
    nameEn: 'Small and Micro Enterprise Park',
    kind: 'SPECIALTY_PARK',
    level: 'DISTRICT',
    parentCode: null,
    positioning:
      '重点打造的功能性特色园区之一：围绕龙头企业和骨干企业培育一批协作配套的小微企业，形成错位互补的产业发展格局。',
    positioningEn:
      'One of the functional specialty parks: small firms that supply and partner with the lead firms of the clusters.',
    planRef: '第三章第三节；第四章第二节',
    targetIndustries: ['ADVANCED_EQUIPMENT', 'NEW_MATERIALS', 'NEXT_GEN_IT', 'BIOMEDICINE', 'E_COMMERCE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 1000,
    totalLandMu: 400,
    freeLandMu: 50,
    totalFloorSqm: 200000,
    freeFloorSqm: 30000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'WASTEWATER', 'FIBER_5G'),
    location: { lng: 87.555, lat: 43.965 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('SAMPLE'),
  },
  {
    code: 'CA_GOLD_JADE_PARK',
    name: '中亚黄金宝玉石产业园',
    nameEn: 'Central Asia Gold, Gem and Jade Industry Park',
    kind: 'SPECIALTY_PARK',
    level: 'DISTRICT',
    parentCode: null,
    positioning:
      '拓展“旅游+工业”“旅游+科技”融合发展，突出“黄金文化”“玉文化”“工业观光”“商务游”等元素，打造集工业、科技、时尚、娱乐于一体的精品线路。',
    positioningEn:
      'Tourism plus industry and technology: gold and jade culture, factory visits and business travel on one ' +
      'route combining industry, technology, fashion and entertainment.',
    planRef: '第五章第五节',
    targetIndustries: ['CULTURE_TOURISM'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 500,
    totalLandMu: 600,
    freeLandMu: 80,
    totalFloorSqm: 180000,
    freeFloorSqm: 25000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'FIBER_5G'),
    location: { lng: 87.56, lat: 44.0 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('PLAN'),
  },
  {
    code: 'AIRPORT_LOGISTICS_PARK',
    name: '空港物流园',
    nameEn: 'Airport Logistics Park',
    kind: 'SPECIALTY_PARK',
    level: 'DISTRICT',
    parentCode: null,
    positioning:
      '空港物流园初具规模，顺丰、天缘、众和、中通等十余家物流龙头企业聚集；推进生物制药、电子信息、鲜活果蔬食品冷链、高端消费品交易平台和分拨中心，' +
      '以贸易服务带动空港物流业升级，向数字化、智能化和综合性物流中转基地转变。',
    positioningEn:
      'Air logistics with over ten lead carriers (SF Express, Tianyuan, Zhonghe, ZTO); trading platforms and ' +
      'distribution centres for biopharma, electronics, fresh-food cold chain and premium goods; digital, smart, ' +
      'integrated transfer hub.',
    planRef: '第一章第一节；第五章第三节；第五章第四节',
    targetIndustries: ['MODERN_LOGISTICS', 'COMMERCE_TRADE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 2000,
    totalLandMu: 2000,
    freeLandMu: 300,
    totalFloorSqm: 500000,
    freeFloorSqm: 70000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'FIBER_5G', 'AIRPORT_CARGO', 'COLD_CHAIN'),
    location: { lng: 87.485, lat: 43.915 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('PLAN'),
  },
  {
    code: 'ENCLAVE_CHANGJI',
    name: '昌吉共建飞地园区',
    nameEn: 'Changji Co-built Enclave Park',
    kind: 'ENCLAVE_PARK',
    level: 'MUNICIPAL',
    parentCode: null,
    positioning: `与昌吉共建。${ENCLAVE_POSITIONING}`,
    positioningEn: `Co-built with Changji. ${ENCLAVE_POSITIONING_EN}`,
    planRef: ENCLAVE_PLAN_REF,
    targetIndustries: ['ADVANCED_EQUIPMENT', 'NEW_MATERIALS', 'BIOMEDICINE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 10000,
    totalLandMu: 1500,
    freeLandMu: 500,
    totalFloorSqm: 300000,
    freeFloorSqm: 120000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'RAIL', 'FIBER_5G'),
    location: { lng: 87.3, lat: 44.01 },
    ...enclave('昌吉', 'Changji'),
    ...IN_DISTRICT,
  },
  {
    code: 'ENCLAVE_ZHUNDONG',
    name: '乌准东共建飞地园区',
    nameEn: 'Zhundong Co-built Enclave Park',
    kind: 'ENCLAVE_PARK',
    level: 'MUNICIPAL',
    parentCode: null,
    positioning: `与乌准东共建，同时做好乌准东企业总部、员工落户我区社会服务工作。${ENCLAVE_POSITIONING}`,
    positioningEn:
      `Co-built with Zhundong; the district also serves Zhundong firms' head offices and staff who settle here. ` +
      ENCLAVE_POSITIONING_EN,
    planRef: ENCLAVE_PLAN_REF,
    targetIndustries: ['PETROCHEMICAL', 'NEW_MATERIALS', 'ADVANCED_EQUIPMENT'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 20000,
    totalLandMu: 5000,
    freeLandMu: 2000,
    totalFloorSqm: 600000,
    freeFloorSqm: 250000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'RAIL', 'FIBER_5G'),
    location: { lng: 89.0, lat: 44.6 },
    ...enclave('乌准东', 'Zhundong'),
    ...IN_DISTRICT,
  },
  {
    code: 'ENCLAVE_MIDONG',
    name: '米东区共建飞地园区',
    nameEn: 'Midong Co-built Enclave Park',
    kind: 'ENCLAVE_PARK',
    level: 'MUNICIPAL',
    parentCode: null,
    positioning: `与米东区共建。${ENCLAVE_POSITIONING}`,
    positioningEn: `Co-built with Midong District. ${ENCLAVE_POSITIONING_EN}`,
    planRef: ENCLAVE_PLAN_REF,
    targetIndustries: ['PETROCHEMICAL', 'NEW_MATERIALS', 'BIOMEDICINE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 10000,
    totalLandMu: 2000,
    freeLandMu: 600,
    totalFloorSqm: 400000,
    freeFloorSqm: 140000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'RAIL', 'FIBER_5G'),
    location: { lng: 87.65, lat: 43.97 },
    ...enclave('米东区', 'Midong District'),
    ...IN_DISTRICT,
  },
  {
    code: 'ENCLAVE_GANQUANBAO',
    name: '甘泉堡共建飞地园区',
    nameEn: 'Ganquanbao Co-built Enclave Park',
    kind: 'ENCLAVE_PARK',
    level: 'MUNICIPAL',
    parentCode: null,
    positioning: `与甘泉堡共建。${ENCLAVE_POSITIONING}`,
    positioningEn: `Co-built with Ganquanbao. ${ENCLAVE_POSITIONING_EN}`,
    planRef: ENCLAVE_PLAN_REF,
    targetIndustries: ['NEW_MATERIALS', 'ADVANCED_EQUIPMENT', 'PETROCHEMICAL'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 20000,
    totalLandMu: 3000,
    freeLandMu: 1200,
    totalFloorSqm: 500000,
    freeFloorSqm: 200000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'RAIL', 'FIBER_5G'),
    location: { lng: 87.88, lat: 44.17 },
    ...enclave('甘泉堡', 'Ganquanbao'),
    ...IN_DISTRICT,
  },
  {
    code: 'TECH_ENCLAVE',
    name: '科技飞地',
    nameEn: 'Technology Enclave',
    kind: 'ENCLAVE_PARK',
    level: 'DISTRICT',
    parentCode: null,
    positioning:
      '探索推进“科技飞地经济”模式：围绕全区重点发展“3+1”产业开展试点；通过四方合作机制与援疆省市共同开展园区互惠、成果转化、' +
      '技术转移、平台基地建设、科技金融等合作；加快跨区域协同创新中心（离岸、异地孵化器）建设，面向北京、上海、深圳、重庆等合作城市发布需求。',
    positioningEn:
      'A "technology enclave" pilot for the "3+1" industries: with the provinces and cities that aid Xinjiang, park ' +
      'reciprocity, commercialisation, technology transfer, platforms and tech finance; cross-regional innovation ' +
      'centres (offshore and remote incubators); needs published to partner cities such as Beijing, Shanghai, ' +
      'Shenzhen and Chongqing.',
    planRef: '第三章第六节',
    // "3+1" read as the four priority clusters: the plan does not spell it out here.
    targetIndustries: ['NEW_MATERIALS', 'BIOMEDICINE', 'NEXT_GEN_IT', 'ADVANCED_EQUIPMENT'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 500,
    totalLandMu: 0,
    freeLandMu: 0,
    totalFloorSqm: 10000,
    freeFloorSqm: 2000,
    servedTiers: [],
    infrastructure: tags('FIBER_5G'),
    // Sample: the centres sit in the partner cities; the point marks the district's side of the pilot.
    location: { lng: 87.57, lat: 43.89 },
    // The plan's partners; no entrusted management or tax sharing is named for it.
    enclavePartner: '援疆省市',
    enclavePartnerEn: 'Provinces and cities aiding Xinjiang',
    cooperationModels: [],
    districtTaxSharePercent: null,
    ...IN_DISTRICT,
    ...named('SAMPLE'),
  },
  {
    code: 'CHENGBEI_NEW_TOWN',
    name: '城北新城',
    nameEn: 'Chengbei New Town',
    kind: 'TOWN',
    level: 'DISTRICT',
    parentCode: null,
    positioning:
      '城北新城（安宁渠镇）：建设成集总部、商业、居住、公服等各类功能于一体的为产业服务的临空配套生态城，打造生态宜居示范区；' +
      '特色小镇及老镇区以北、北京路以西的区域打造集旅游集散、黄金展示销售、休闲娱乐、电影文化等吃、穿、住、行一体的综合性项目。',
    positioningEn:
      'Chengbei New Town (Anningqu): an eco-town serving the airport industries with headquarters, commerce, housing ' +
      'and public services; north of the old town and west of Beijing Road, tourism hub, gold display and sales, ' +
      'leisure and film culture in one complex.',
    planRef: '第八章第一节',
    targetIndustries: ['HEADQUARTERS_ECONOMY', 'COMMERCE_TRADE', 'CULTURE_TOURISM'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 500,
    totalLandMu: 3000,
    freeLandMu: 400,
    totalFloorSqm: 600000,
    freeFloorSqm: 80000,
    servedTiers: [],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'FIBER_5G'),
    location: { lng: 87.54, lat: 44.025 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('PLAN'),
  },
  {
    code: 'EDUCATION_TOWN',
    name: '长春路北沿教育小镇',
    nameEn: 'North Changchun Road Education Town',
    kind: 'TOWN',
    level: 'DISTRICT',
    parentCode: 'CHENGBEI_NEW_TOWN',
    positioning: '着力打造长春路北沿教育小镇，大力发展高端优质教育，引领城市北扩的步伐。',
    positioningEn: 'An education town along north Changchun Road: high-quality education leading the city northwards.',
    planRef: '第八章第一节',
    // Education has no industry code: the plan lists it under public services, not industries.
    targetIndustries: [],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 300,
    totalLandMu: 800,
    freeLandMu: 200,
    totalFloorSqm: 150000,
    freeFloorSqm: 40000,
    servedTiers: [],
    infrastructure: tags('GAS', 'FIBER_5G'),
    location: { lng: 87.575, lat: 44.0 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('PLAN'),
  },
  {
    code: 'ANNINGQU_TOWN',
    name: '安宁渠特色小镇',
    nameEn: 'Anningqu Featured Town',
    kind: 'TOWN',
    level: 'DISTRICT',
    parentCode: 'CHENGBEI_NEW_TOWN',
    positioning:
      '“时尚创意，城市记忆”文旅小镇：完善一期文化体验、创意休闲设施，加快二期、三期建设；开发文化艺术街区、运动健康园区及数字传媒孵化器，' +
      '“文化旅游+”为核心，非物质文化遗产工坊；联合塞外水乡打造生态农业旅游（生态采摘、休闲垂钓）。',
    positioningEn:
      'Culture and tourism town ("fashion, creativity, city memory"): arts district, sports and health park, ' +
      'digital-media incubator, intangible-heritage workshops; eco-agricultural tourism (picking, fishing).',
    planRef: '第一章第一节；第五章第五节；第八章第五节',
    targetIndustries: ['CULTURE_TOURISM', 'URBAN_AGRICULTURE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 300,
    totalLandMu: 1200,
    freeLandMu: 150,
    totalFloorSqm: 200000,
    freeFloorSqm: 30000,
    servedTiers: [],
    infrastructure: tags('GAS', 'FIBER_5G'),
    location: { lng: 87.53, lat: 44.035 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...named('PLAN'),
  },

  // ── SAMPLE incubation carriers: 众创空间 → 孵化器 → 加速器 (ch.3 §2). Invented; see header. ──
  {
    code: 'SAMPLE_MAKERSPACE_IT',
    name: '信创众创空间（示例）',
    nameEn: 'IT Innovation Makerspace (sample)',
    kind: 'MAKERSPACE',
    level: 'NATIONAL',
    parentCode: 'SCI_TECH_VALLEY',
    positioning:
      '示例数据（规划仅给出众创空间16家、其中国家级7家，未列名称）：面向软件、信息技术创新和人工智能的专业化众创空间。',
    positioningEn:
      'Sample data (the plan counts 16 makerspaces, 7 national, and names none): a specialised makerspace for ' +
      'software, IT innovation and AI.',
    planRef: '第一章第一节；第三章第二节',
    targetIndustries: ['NEXT_GEN_IT', 'ARTIFICIAL_INTELLIGENCE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 50,
    totalLandMu: 0,
    freeLandMu: 0,
    totalFloorSqm: 6000,
    freeFloorSqm: 1200,
    servedTiers: ['TECH_SME'],
    infrastructure: tags('FIBER_5G'),
    location: { lng: 87.578, lat: 43.884 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...CARRIER_PROVENANCE,
  },
  {
    code: 'SAMPLE_MAKERSPACE_HEALTH',
    name: '大健康众创空间（示例）',
    nameEn: 'Health Makerspace (sample)',
    kind: 'MAKERSPACE',
    level: 'REGIONAL',
    parentCode: null,
    positioning: '示例数据（规划未列众创空间名称）：面向生物医药与大健康、健康服务创业团队的专业化众创空间。',
    positioningEn:
      'Sample data (the plan names no makerspace): a specialised makerspace for biomedicine and health-service start-ups.',
    planRef: '第一章第一节；第三章第二节',
    targetIndustries: ['BIOMEDICINE', 'HEALTH_SERVICES'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 50,
    totalLandMu: 0,
    freeLandMu: 0,
    totalFloorSqm: 4000,
    freeFloorSqm: 800,
    servedTiers: ['TECH_SME'],
    infrastructure: tags('FIBER_5G'),
    location: { lng: 87.585, lat: 43.872 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...CARRIER_PROVENANCE,
  },
  {
    code: 'SAMPLE_MAKERSPACE_CREATIVE',
    name: '数字文创众创空间（示例）',
    nameEn: 'Digital Creative Makerspace (sample)',
    kind: 'MAKERSPACE',
    level: 'MUNICIPAL',
    parentCode: 'ANNINGQU_TOWN',
    positioning: '示例数据（规划未列众创空间名称）：面向文化创意、数字传媒和电子商务小微团队的众创空间。',
    positioningEn:
      'Sample data (the plan names no makerspace): a makerspace for cultural-creative, digital-media and e-commerce teams.',
    planRef: '第三章第二节；第八章第五节；第九章第六节',
    targetIndustries: ['CULTURE_TOURISM', 'E_COMMERCE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 30,
    totalLandMu: 0,
    freeLandMu: 0,
    totalFloorSqm: 3000,
    freeFloorSqm: 600,
    servedTiers: ['TECH_SME'],
    infrastructure: tags('FIBER_5G'),
    location: { lng: 87.532, lat: 44.033 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...CARRIER_PROVENANCE,
  },
  {
    code: 'SAMPLE_INCUBATOR_SOFTWARE',
    name: '软件与信息服务孵化器（示例）',
    nameEn: 'Software and IT Services Incubator (sample)',
    kind: 'INCUBATOR',
    level: 'NATIONAL',
    parentCode: 'SCI_TECH_VALLEY',
    positioning:
      '示例数据（规划仅给出科技企业孵化器10家、其中国家级3家，未列名称）：软件和信息技术服务、科技服务方向的专业孵化器，提供创业辅导、知识产权和投融资服务。',
    positioningEn:
      'Sample data (the plan counts 10 incubators, 3 national, and names none): an incubator for software, IT ' +
      'and technology services with mentoring, IP and financing services.',
    planRef: '第一章第一节；第三章第二节',
    targetIndustries: ['NEXT_GEN_IT', 'TECH_SERVICES'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 200,
    totalLandMu: 0,
    freeLandMu: 0,
    totalFloorSqm: 30000,
    freeFloorSqm: 5000,
    servedTiers: ['TECH_SME', 'HIGH_TECH'],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'FIBER_5G'),
    location: { lng: 87.572, lat: 43.888 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...CARRIER_PROVENANCE,
  },
  {
    code: 'SAMPLE_INCUBATOR_MATERIALS',
    name: '新材料科技企业孵化器（示例）',
    nameEn: 'New Materials Incubator (sample)',
    kind: 'INCUBATOR',
    level: 'REGIONAL',
    parentCode: 'NORTH_INDUSTRIAL_PARK',
    positioning: '示例数据（规划未列孵化器名称）：铝基电子新材料、高分子复合材料等方向的专业孵化器，配套中试场地。',
    positioningEn:
      'Sample data (the plan names no incubator): an incubator for aluminium-based electronic materials and ' +
      'polymer composites, with pilot-production space.',
    planRef: '第三章第二节；第四章第一节',
    targetIndustries: ['NEW_MATERIALS'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 500,
    totalLandMu: 0,
    freeLandMu: 0,
    totalFloorSqm: 20000,
    freeFloorSqm: 4000,
    servedTiers: ['TECH_SME', 'HIGH_TECH'],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'WASTEWATER', 'FIBER_5G'),
    location: { lng: 87.562, lat: 43.952 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...CARRIER_PROVENANCE,
  },
  {
    code: 'SAMPLE_INCUBATOR_BIOMED',
    name: '生物医药科技企业孵化器（示例）',
    nameEn: 'Biomedicine Incubator (sample)',
    kind: 'INCUBATOR',
    level: 'DISTRICT',
    parentCode: 'AIRPORT_B',
    positioning:
      '示例数据（规划未列孵化器名称）：民族药、生物制药和医疗器械方向的专业孵化器，提供洁净实验室和检验检测服务。',
    positioningEn:
      'Sample data (the plan names no incubator): an incubator for ethnic medicines, biopharma and medical ' +
      'devices with cleanroom labs and testing services.',
    planRef: '第三章第二节；第四章第一节',
    targetIndustries: ['BIOMEDICINE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 300,
    totalLandMu: 0,
    freeLandMu: 0,
    totalFloorSqm: 25000,
    freeFloorSqm: 3500,
    servedTiers: ['TECH_SME', 'HIGH_TECH'],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'WASTEWATER', 'FIBER_5G', 'CLEANROOM'),
    location: { lng: 87.518, lat: 43.94 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...CARRIER_PROVENANCE,
  },
  {
    code: 'SAMPLE_ACCELERATOR_EQUIPMENT',
    name: '智能制造加速器（示例）',
    nameEn: 'Smart Manufacturing Accelerator (sample)',
    kind: 'ACCELERATOR',
    level: 'MUNICIPAL',
    parentCode: 'AIRPORT_B',
    positioning: '示例数据（规划未列加速器名称）：面向先进装备制造和新材料成长期企业的加速器，提供标准厂房和中试线。',
    positioningEn:
      'Sample data (the plan names no accelerator): for growth-stage equipment and materials firms, with ' +
      'standard factory space and pilot lines.',
    planRef: '第三章第二节；第四章第一节',
    targetIndustries: ['ADVANCED_EQUIPMENT', 'NEW_MATERIALS'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'MEDIUM',
    maxEnergyTce: 1000,
    totalLandMu: 60,
    freeLandMu: 12,
    totalFloorSqm: 50000,
    freeFloorSqm: 9000,
    servedTiers: ['HIGH_TECH', 'LITTLE_GIANT'],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'FIBER_5G'),
    location: { lng: 87.525, lat: 43.95 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...CARRIER_PROVENANCE,
  },
  {
    code: 'SAMPLE_ACCELERATOR_BIOMED',
    name: '生物医药加速器（示例）',
    nameEn: 'Biomedicine Accelerator (sample)',
    kind: 'ACCELERATOR',
    level: 'DISTRICT',
    parentCode: 'AIRPORT_B',
    positioning: '示例数据（规划未列加速器名称）：面向生物医药成长期企业的加速器，提供GMP洁净厂房，衔接产业园区。',
    positioningEn:
      'Sample data (the plan names no accelerator): for growth-stage biomedicine firms, with GMP cleanroom ' +
      'buildings, the step before an industrial park.',
    planRef: '第三章第二节；第四章第一节',
    targetIndustries: ['BIOMEDICINE'],
    forbiddenIndustries: [],
    forbidsThreeHigh: true,
    maxPollution: 'LOW',
    maxEnergyTce: 800,
    totalLandMu: 40,
    freeLandMu: 8,
    totalFloorSqm: 40000,
    freeFloorSqm: 6000,
    servedTiers: ['HIGH_TECH', 'LITTLE_GIANT'],
    infrastructure: tags('POWER_DUAL_SUPPLY', 'GAS', 'STEAM', 'WASTEWATER', 'FIBER_5G', 'CLEANROOM'),
    location: { lng: 87.515, lat: 43.948 },
    ...NOT_ENCLAVE,
    ...IN_DISTRICT,
    ...CARRIER_PROVENANCE,
  },

  // ── The offshore incubators the plan names (ch.3 §2: 依托深圳离岸创新中心、大连离岸创新基地等离岸孵化器,
  // 加快导入先进技术和优质项目): carriers outside the district; their graduates become leads. ──
  offshore({
    code: 'OFFSHORE_SHENZHEN',
    name: '深圳离岸创新中心',
    nameEn: 'Shenzhen Offshore Innovation Centre',
    totalFloorSqm: 3000,
    freeFloorSqm: 600,
    location: { lng: 114.057, lat: 22.543 },
  }),
  offshore({
    code: 'OFFSHORE_DALIAN',
    name: '大连离岸创新基地',
    nameEn: 'Dalian Offshore Innovation Base',
    totalFloorSqm: 2000,
    freeFloorSqm: 500,
    location: { lng: 121.614, lat: 38.914 },
  }),
];

/** Kinds of incubation carrier, in the order of the incubation chain (ch.3 §2). */
export const INCUBATION_CHAIN = ['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR', 'INDUSTRIAL_PARK'] as const;

/** The ways an enclave park is run with its partner (ch.6 §1: 采取区域托管法、税收分成法等方式). */
export const COOPERATION_MODELS: LabelData<CooperationModel>[] = [
  { code: 'ENTRUSTED_MANAGEMENT', name: '区域托管', nameEn: 'Entrusted management' },
  { code: 'TAX_SHARING', name: '税收分成', nameEn: 'Tax sharing' },
];
