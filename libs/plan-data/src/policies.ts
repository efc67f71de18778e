import type { FactName, PolicyRules, PolicyTestCase, StoredFacts } from '#matching';
import { PRIORITY_INDUSTRY_CODES } from './industries.js';

/**
 * Seed policies (loaded by the seed command): three national criteria written from their public
 * texts, with their real thresholds and a test case on each boundary, and the support the plan
 * promises (PLAN-FACTS §5). The plan gives no amounts, thresholds or dates for its own promises, so
 * those are marked `isExample`: plausible numbers and annual application deadlines (some close in a
 * few weeks, some later in the year, some never) for demonstration, to be replaced by the bureau's own.
 *
 * Rules are JsonLogic over the fact vocabulary of libs/matching; money in yuan, ratios as fractions.
 */

export type PolicyKind = 'SUBSIDY' | 'TAX' | 'TALENT' | 'LAND' | 'RENT' | 'FINANCE' | 'OTHER';

export interface PolicySeed extends PolicyRules {
  code: string;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  issuingDepartment: string;
  /** 发文字号; '' where unknown (the plan's own promises have none). */
  documentNumber: string;
  sourceUrl: string;
  kind: PolicyKind;
  targetIndustries: string[];
  targetTiers: string[];
  maxBenefit: number | null;
  stackingGroup: string | null;
  /** 'YYYY-MM-DD' */
  effectiveFrom: string;
  effectiveTo: string | null;
  /**
   * 'MM-DD': applications close on this day every year; the seed stores its next occurrence as the
   * policy's applicationDeadline. null: open all year (or, for the national criteria, no date the
   * platform could state). Only example policies have one: the plan states no dates, so these are
   * illustrations too, shown with the example tag.
   */
  annualDeadline: string | null;
  /** True where the plan gives no numbers: the thresholds, amounts and deadlines are illustrations. */
  isExample: boolean;
  testCases: PolicyTestCase[];
}

// ── Rule vocabulary helpers: they only build JSON, so a seed reads like its source text ─────────
const v = (fact: FactName): { var: FactName } => ({ var: fact });
const ge = (fact: FactName, x: number): object => ({ '>=': [v(fact), x] });
const le = (fact: FactName, x: number): object => ({ '<=': [v(fact), x] });
const gt = (fact: FactName, x: number): object => ({ '>': [v(fact), x] });
const lt = (fact: FactName, x: number): object => ({ '<': [v(fact), x] });
const is = (fact: FactName, x: boolean | string): object => ({ '==': [v(fact), x] });
const oneOf = (fact: FactName, xs: readonly string[]): object => ({ in: [v(fact), [...xs]] });
const and = (...xs: object[]): object => ({ and: xs });
const or = (...xs: object[]): object => ({ or: xs });
/** if / else-if / else, JsonLogic's chained `if`. */
const cond = (...xs: (object | number)[]): object => ({ if: xs });
/** A band score: the first threshold the fact reaches gives its points, else 0. */
const bands = (fact: FactName, steps: [number, number][]): object =>
  cond(...steps.flatMap(([min, points]) => [ge(fact, min), points]), 0);

const WAN = 1e4; // 万元
const YI = 1e8; // 亿元

const NOT_DISHONEST = is('seriousDishonesty', false);
const IN_ZONE = is('inZone', true);
const PRIORITY = [...PRIORITY_INDUSTRY_CODES];
const PLAN_DEPARTMENT = '乌鲁木齐高新技术产业开发区（新市区）管委会（示例）';
const PLAN_START = '2021-01-01';

// ── 1. 高新技术企业认定 (国科发火〔2016〕32号, 第十一条) ─────────────────────────────────────────
/** A profile that meets every condition exactly at its boundary (band 1: revenue = 5000万元). */
const HT_BASE: StoredFacts = {
  registeredAt: '2023-01-01',
  employees: 100,
  techStaff: 10, // 10 % exactly
  revenue: 50_000_000, // 5000万元 (含): band 1
  revenue3y: 120_000_000,
  rdExpense3y: 6_000_000, // 5 % of revenue3y exactly
  highTechRevenue: 30_000_000, // 60 % of revenue exactly
  inventionPatents: 0,
  otherIp: 1,
  majorIncidentLastYear: false,
};
const HT_AS_OF = '2024-01-01'; // exactly one year after registration
/** Band 2 and 3 profiles keep the high-tech revenue share at 80 %. */
const htBand = (revenue: number, rdExpense3y: number): StoredFacts => ({
  ...HT_BASE,
  revenue,
  highTechRevenue: revenue * 0.8,
  rdExpense3y,
});

const HIGH_TECH_CERTIFICATION: PolicySeed = {
  code: 'NATIONAL_HIGH_TECH_CERTIFICATION',
  title: '高新技术企业认定条件',
  titleEn: 'High-tech enterprise certification criteria',
  summary:
    '《高新技术企业认定管理办法》第十一条：注册成立一年以上；拥有对主要产品（服务）发挥核心支持作用的知识产权' +
    '（此处按拥有Ⅰ类或Ⅱ类知识产权至少一项判断，评审中Ⅱ类通常需多项）；科技人员占当年职工总数不低于10%；' +
    '近三个会计年度研发费用总额占同期销售收入总额的比例，按最近一年销售收入分档：5000万元（含）以下不低于5%，' +
    '5000万元至2亿元（含）不低于4%，2亿元以上不低于3%（分档看最近一年销售收入，比例看近三年合计）；' +
    '近一年高新技术产品（服务）收入占同期总收入不低于60%；申请前一年内未发生重大安全、重大质量事故或严重环境违法行为。' +
    '技术领域、境内研发费用占比（≥60%）和创新能力评价（通常≥70分）由专家评审，不在本规则内。' +
    '认定后减按15%税率征收企业所得税；因档案中没有应纳税所得额，本规则不估算金额。',
  summaryEn:
    'Article 11 of the 2016 Administrative Measures: registered for at least one year; owns IP that supports its main ' +
    'products (checked here as at least one class I or class II item; reviewers usually expect several class II items); ' +
    'technical staff at least 10 % of employees; R&D expense over the last three fiscal years as a share of sales over ' +
    "the same years, by band of the LAST year's sales: up to CNY 50 million (inclusive) at least 5 %, above 50 million " +
    'up to 200 million (inclusive) at least 4 %, above 200 million at least 3 %; high-tech products (services) at least ' +
    "60 % of last year's revenue; no major safety or quality incident or serious environmental violation in the year " +
    'before applying. The technology field, the 60 % domestic share of R&D and the innovation score (usually ≥ 70) are ' +
    'assessed by experts and not modelled. Certified firms pay 15 % corporate income tax instead of 25 %; the profile ' +
    'holds no taxable income, so no amount is estimated.',
  issuingDepartment: '科学技术部、财政部、国家税务总局',
  documentNumber: '国科发火〔2016〕32号',
  sourceUrl: '',
  kind: 'TAX',
  targetIndustries: [],
  targetTiers: ['TECH_SME', 'HIGH_TECH'],
  criteria: and(
    ge('registeredYears', 1),
    or(ge('inventionPatents', 1), ge('otherIp', 1)),
    ge('techStaffRatio', 0.1),
    // The band is chosen by the last fiscal year's sales; the ratio is over three years.
    cond(
      le('revenue', 5000 * WAN),
      ge('rdRatio3y', 0.05),
      le('revenue', 2 * YI),
      ge('rdRatio3y', 0.04),
      ge('rdRatio3y', 0.03),
    ),
    ge('highTechRevenueRatio', 0.6),
    is('majorIncidentLastYear', false),
  ),
  benefitFormula: 0,
  maxBenefit: null,
  stackingGroup: null,
  effectiveFrom: '2016-01-01',
  effectiveTo: null,
  annualDeadline: null,
  isExample: false,
  testCases: [
    {
      name: '每项条件恰在界限上（第一档）：符合',
      facts: HT_BASE,
      asOf: HT_AS_OF,
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '注册差一天满一年：不符合',
      facts: HT_BASE,
      asOf: '2023-12-31',
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '科技人员9%：不符合',
      facts: { ...HT_BASE, techStaff: 9 },
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '没有知识产权：不符合',
      facts: { ...HT_BASE, otherIp: 0 },
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '仅一项Ⅰ类知识产权：符合',
      facts: { ...HT_BASE, inventionPatents: 1, otherIp: 0 },
      asOf: HT_AS_OF,
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '第一档研发占比略低于5%：不符合',
      facts: { ...HT_BASE, rdExpense3y: 5_999_999 },
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '收入刚过5000万元进入第二档，研发占比4%：符合',
      facts: htBand(50_000_001, 4_800_000),
      asOf: HT_AS_OF,
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '第二档研发占比3.99%：不符合',
      facts: htBand(100_000_000, 4_788_000),
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '收入恰为2亿元仍属第二档，研发占比4%：符合',
      facts: htBand(2 * YI, 4_800_000),
      asOf: HT_AS_OF,
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '收入恰为2亿元，研发占比3.5%（第三档标准）：不符合',
      facts: htBand(2 * YI, 4_200_000),
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '收入超过2亿元进入第三档，研发占比3%：符合',
      facts: htBand(200_000_001, 3_600_000),
      asOf: HT_AS_OF,
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '第三档研发占比2.99%：不符合',
      facts: htBand(300_000_000, 3_588_000),
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '分档看最近一年收入而非三年合计：近一年4000万元须5%，4%不符合',
      facts: {
        ...HT_BASE,
        revenue: 40_000_000,
        highTechRevenue: 32_000_000,
        revenue3y: 300_000_000,
        rdExpense3y: 12_000_000,
      },
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '高新技术收入占比59.99%：不符合',
      facts: { ...HT_BASE, highTechRevenue: 29_995_000 },
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '近一年发生重大事故：不符合',
      facts: { ...HT_BASE, majorIncidentLastYear: true },
      asOf: HT_AS_OF,
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '未填近三年研发费用：待补充',
      facts: { ...HT_BASE, rdExpense3y: null },
      asOf: HT_AS_OF,
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
  ],
};

// ── 2. 科技型中小企业评价 (国科发政〔2017〕115号, 第六条至第八条) ─────────────────────────────
/** Evaluation score (满分100): 科技人员 20, 研发投入 50 (the sales-ratio option), 科技成果 30. */
const TSME_SCORE = {
  '+': [
    bands('techStaffRatio', [
      [0.3, 20],
      [0.25, 16],
      [0.2, 12],
      [0.15, 8],
      [0.1, 4],
    ]),
    bands('rdRatio', [
      [0.06, 50],
      [0.05, 40],
      [0.04, 30],
      [0.03, 20],
      [0.02, 10],
    ]),
    cond(
      ge('inventionPatents', 1),
      30,
      ge('otherIp', 4),
      24,
      ge('otherIp', 3),
      18,
      ge('otherIp', 2),
      12,
      ge('otherIp', 1),
      6,
      0,
    ),
  ],
};
/** Every basic condition exactly at its limit, score 100. */
const TSME_BASE: StoredFacts = {
  employees: 500,
  revenue: 2 * YI,
  totalAssets: 2 * YI,
  techStaff: 150, // 30 %
  rdExpense: 12_000_000, // 6 %
  inventionPatents: 1,
  otherIp: 0,
  seriousDishonesty: false,
  majorIncidentLastYear: false,
  isHighTechCertified: false,
};

const TECH_SME: PolicySeed = {
  code: 'NATIONAL_TECH_SME_EVALUATION',
  title: '科技型中小企业评价条件',
  titleEn: 'Tech-based SME evaluation criteria',
  summary:
    '《科技型中小企业评价办法》第六条：职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元；' +
    '上一年及当年未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为，未列入严重违法失信企业名单；' +
    '综合评价不低于60分且科技人员指标不得为0分（科技人员占比≥10%）。评分：科技人员（20分，按占比30%/25%/20%/15%/10%分档）、' +
    '研发投入（50分，此处取研发费用占销售收入比例，按6%/5%/4%/3%/2%分档）、科技成果（30分，1项Ⅰ类知识产权30分，' +
    'Ⅱ类4项及以上24分、3项18分、2项12分、1项6分）。持有有效期内高新技术企业证书的企业可直接确认，不再评分。' +
    '境内注册居民企业、产品不属于禁止限制淘汰类等条件未建模。入库本身不发放资金，是其他支持政策的前提。',
  summaryEn:
    'Article 6 of the 2017 Evaluation Measures: at most 500 employees, annual sales at most CNY 200 million, total assets ' +
    'at most CNY 200 million; no major safety or quality incident, serious environmental violation or serious research ' +
    'misconduct, and not on the serious dishonesty list; an evaluation score of at least 60 with a non-zero technical-staff ' +
    'score (staff share ≥ 10 %). Score: technical staff (20, bands at 30/25/20/15/10 %), R&D (50, here the R&D-to-sales ' +
    'ratio, bands at 6/5/4/3/2 %), IP (30 for a class I item; class II: 4+ → 24, 3 → 18, 2 → 12, 1 → 6). A valid high-tech ' +
    'certificate confirms the score directly. Resident-enterprise and product-catalogue conditions are not modelled. ' +
    'Listing pays nothing by itself; other support builds on it.',
  issuingDepartment: '科学技术部、财政部、国家税务总局',
  documentNumber: '国科发政〔2017〕115号',
  sourceUrl: '',
  kind: 'OTHER',
  targetIndustries: [],
  targetTiers: ['TECH_SME'],
  criteria: and(
    le('employees', 500),
    le('revenue', 2 * YI),
    le('totalAssets', 2 * YI),
    is('majorIncidentLastYear', false),
    NOT_DISHONEST,
    or(is('isHighTechCertified', true), and(ge('techStaffRatio', 0.1), { '>=': [TSME_SCORE, 60] })),
  ),
  benefitFormula: 0,
  maxBenefit: null,
  stackingGroup: null,
  effectiveFrom: '2017-05-03',
  effectiveTo: null,
  annualDeadline: null,
  isExample: false,
  testCases: [
    {
      name: '规模恰在上限（500人、2亿元、2亿元），满分：符合',
      facts: TSME_BASE,
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '职工501人：不符合',
      facts: { ...TSME_BASE, employees: 501 },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '销售收入超2亿元1元：不符合',
      facts: { ...TSME_BASE, revenue: 200_000_001 },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '资产总额超2亿元1元：不符合',
      facts: { ...TSME_BASE, totalAssets: 200_000_001 },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '列入严重违法失信名单：不符合',
      facts: { ...TSME_BASE, seriousDishonesty: true },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '发生重大事故：不符合',
      facts: { ...TSME_BASE, majorIncidentLastYear: true },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '综合得分恰为60分（12+30+18）：符合',
      facts: {
        ...TSME_BASE,
        employees: 100,
        techStaff: 20,
        revenue: 1e8,
        rdExpense: 4_000_000,
        inventionPatents: 0,
        otherIp: 3,
      },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '综合得分58分（16+30+12）：不符合',
      facts: {
        ...TSME_BASE,
        employees: 100,
        techStaff: 25,
        revenue: 1e8,
        rdExpense: 4_000_000,
        inventionPatents: 0,
        otherIp: 2,
      },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '科技人员占比9.8%，其余满分：科技人员指标为0分，不符合',
      facts: { ...TSME_BASE, techStaff: 49 },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '科技人员占比9.8%但持有高新技术企业证书：直接确认，符合',
      facts: { ...TSME_BASE, techStaff: 49, isHighTechCertified: true },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '未填资产总额：待补充',
      facts: { ...TSME_BASE, totalAssets: null },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
  ],
};

// ── 3. 研发费用加计扣除 (财政部 税务总局公告2023年第7号) ─────────────────────────────────────────
const RD_SUPER_DEDUCTION: PolicySeed = {
  code: 'NATIONAL_RD_SUPER_DEDUCTION',
  title: '研发费用税前加计扣除（100%）',
  titleEn: 'R&D expense super-deduction (100 %)',
  summary:
    '自2023年1月1日起，企业开展研发活动实际发生的研发费用，未形成无形资产计入当期损益的，在据实扣除基础上再按实际发生额的100%' +
    '在税前加计扣除；形成无形资产的按成本的200%摊销。不适用行业（烟草制造、住宿和餐饮、批发和零售、房地产、租赁和商务服务、娱乐业，' +
    '财税〔2015〕119号）在本平台近似为“商贸流通与商务服务”（COMMERCE_TRADE）。估算节税额 = 近一年研发费用 × 100% × 企业所得税税率' +
    '（持有高新技术企业证书按15%，否则按25%；未填时按25%）；假设企业当年有足够应纳税所得额，亏损企业实际为增加可结转亏损。',
  summaryEn:
    'Since 1 January 2023, R&D expense charged to profit and loss is deducted a further 100 % before tax (intangible assets ' +
    'are amortised at 200 % of cost). Excluded industries (tobacco, hotels and catering, wholesale and retail, real estate, ' +
    'leasing and business services, entertainment; Cai Shui [2015] No. 119) are approximated here by COMMERCE_TRADE. ' +
    "Estimated tax saving = last year's R&D expense × 100 % × the corporate income tax rate (15 % with a high-tech " +
    'certificate, else 25 %, also when unknown); it assumes enough taxable income that year, for a loss-making firm the ' +
    'deduction enlarges the loss carried forward instead.',
  issuingDepartment: '财政部、税务总局',
  documentNumber: '财政部 税务总局公告2023年第7号',
  sourceUrl: '',
  kind: 'TAX',
  targetIndustries: [],
  targetTiers: [],
  criteria: and(gt('rdExpense', 0), { '!': oneOf('industry', ['COMMERCE_TRADE']) }),
  benefitFormula: { '*': [v('rdExpense'), 1, cond({ var: ['isHighTechCertified', false] }, 0.15, 0.25)] },
  maxBenefit: null,
  stackingGroup: null,
  effectiveFrom: '2023-01-01',
  effectiveTo: null,
  annualDeadline: null,
  isExample: false,
  testCases: [
    {
      name: '研发费用400万元，一般企业：节税100万元',
      facts: { rdExpense: 4_000_000, industry: 'NEXT_GEN_IT', isHighTechCertified: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 1_000_000,
    },
    {
      name: '研发费用400万元，高新技术企业（15%）：节税60万元',
      facts: { rdExpense: 4_000_000, industry: 'BIOMEDICINE', isHighTechCertified: true },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 600_000,
    },
    {
      name: '未填是否高新：按25%估算',
      facts: { rdExpense: 1, industry: 'NEW_MATERIALS' },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0.25,
    },
    {
      name: '研发费用为0：不适用',
      facts: { rdExpense: 0, industry: 'NEXT_GEN_IT' },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '负面清单行业（商贸与商务服务）：不适用',
      facts: { rdExpense: 4_000_000, industry: 'COMMERCE_TRADE' },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '未填研发费用：待补充',
      facts: { industry: 'NEXT_GEN_IT' },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
    {
      name: '未填所属产业：待补充',
      facts: { rdExpense: 4_000_000 },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
  ],
};

// ── The plan's own promises (examples: the plan gives no numbers) ──────────────────────────────

const HT_CULTIVATION_RESERVE: PolicySeed = {
  code: 'HT_CULTIVATION_RESERVE',
  title: '高新技术企业培育库入库奖励（示例）',
  titleEn: 'High-tech cultivation reserve award (example)',
  summary:
    '规划第三章：“科技型中小企业—高新技术企业—科技小巨人企业—创新型领军企业”逐级培育，重点加强对高新技术企业的培养。' +
    '示例：在区内注册、尚未认定高新的科技型中小企业，近三年研发费用占比≥3%且拥有知识产权的，入库奖励5万元；' +
    '与“首次认定高新技术企业奖励”同属一个叠加组，就高不重复。',
  summaryEn:
    'Plan ch.3: the cultivation ladder from tech-based SME to innovation leader, with special care for high-tech firms. ' +
    'Example: a tech-based SME registered in the district, not yet certified high-tech, with a three-year R&D ratio of at ' +
    'least 3 % and some IP, receives CNY 50,000 on entering the reserve; it stacks with the first-certification award ' +
    '(the larger one is paid).',
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'SUBSIDY',
  targetIndustries: [],
  targetTiers: ['TECH_SME'],
  criteria: and(
    IN_ZONE,
    is('tier', 'TECH_SME'),
    is('isHighTechCertified', false),
    ge('rdRatio3y', 0.03),
    { '>=': [{ '+': [v('inventionPatents'), v('otherIp')] }, 1] },
    NOT_DISHONEST,
  ),
  benefitFormula: 50_000,
  maxBenefit: 50_000,
  stackingGroup: 'HIGH_TECH_CULTIVATION',
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: '03-31',
  isExample: true,
  testCases: [
    {
      name: '区内科技型中小企业，研发占比3%，1项知识产权：奖励5万元',
      facts: {
        inZone: true,
        tier: 'TECH_SME',
        isHighTechCertified: false,
        revenue3y: 1e8,
        rdExpense3y: 3_000_000,
        inventionPatents: 0,
        otherIp: 1,
        seriousDishonesty: false,
      },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 50_000,
    },
    {
      name: '研发占比2.9%：不符合',
      facts: {
        inZone: true,
        tier: 'TECH_SME',
        isHighTechCertified: false,
        revenue3y: 1e8,
        rdExpense3y: 2_900_000,
        inventionPatents: 0,
        otherIp: 1,
        seriousDishonesty: false,
      },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '已认定高新：不再入库',
      facts: {
        inZone: true,
        tier: 'TECH_SME',
        isHighTechCertified: true,
        revenue3y: 1e8,
        rdExpense3y: 5_000_000,
        inventionPatents: 2,
        otherIp: 0,
        seriousDishonesty: false,
      },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '未填知识产权：待补充',
      facts: {
        inZone: true,
        tier: 'TECH_SME',
        isHighTechCertified: false,
        revenue3y: 1e8,
        rdExpense3y: 3_000_000,
        seriousDishonesty: false,
      },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
  ],
};

const HT_FIRST_CERTIFICATION_AWARD: PolicySeed = {
  code: 'HT_FIRST_CERTIFICATION_AWARD',
  title: '高新技术企业认定奖励（示例）',
  titleEn: 'High-tech certification award (example)',
  summary:
    '规划第三章：重点加强对高新技术企业的培养。示例：区内注册、持有有效高新技术企业证书的企业，奖励20万元，' +
    '近一年销售收入1亿元及以上的奖励30万元；与培育库入库奖励同属一个叠加组，就高不重复。',
  summaryEn:
    'Plan ch.3: special care for high-tech enterprises. Example: a firm registered in the district with a valid high-tech ' +
    'certificate receives CNY 200,000, or CNY 300,000 with last-year sales of CNY 100 million or more; it stacks with the ' +
    'cultivation reserve award (the larger one is paid).',
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'SUBSIDY',
  targetIndustries: [],
  targetTiers: ['HIGH_TECH'],
  criteria: and(IN_ZONE, is('isHighTechCertified', true), NOT_DISHONEST),
  benefitFormula: cond(ge('revenue', 1 * YI), 300_000, 200_000),
  maxBenefit: 300_000,
  stackingGroup: 'HIGH_TECH_CULTIVATION',
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: '12-18',
  isExample: true,
  testCases: [
    {
      name: '收入9999万元：奖励20万元',
      facts: { inZone: true, isHighTechCertified: true, seriousDishonesty: false, revenue: 99_990_000 },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 200_000,
    },
    {
      name: '收入恰为1亿元：奖励30万元',
      facts: { inZone: true, isHighTechCertified: true, seriousDishonesty: false, revenue: 1e8 },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 300_000,
    },
    {
      name: '未持有高新证书：不符合',
      facts: { inZone: true, isHighTechCertified: false, seriousDishonesty: false, revenue: 1e8 },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '不在区内：不符合',
      facts: { inZone: false, isHighTechCertified: true, seriousDishonesty: false, revenue: 1e8 },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
  ],
};

const TALENT_INTRODUCTION: PolicySeed = {
  code: 'TALENT_INTRODUCTION_SUPPORT',
  title: '重点产业人才引进支持（示例）',
  titleEn: 'Talent introduction support for priority industries (example)',
  summary:
    '规划第三章第五节：在重点产业领域支持企业以高层次人才兼职、科技入股等形式引才，推行“年薪制”“项目招标制”“专家组阁制”“技术岗位薪金制”。' +
    '示例：四大重点产业中在区内注册、科技人员不少于5人的企业，按科技人员每人2万元给予人才安居补贴，最高50万元。',
  summaryEn:
    'Plan ch.3 §5: firms in the priority industries are supported in attracting talent through part-time posts, equity ' +
    'for technology, annual-salary and project-tender schemes. Example: a firm of the four priority industries registered ' +
    'in the district with at least 5 technical staff receives a housing subsidy of CNY 20,000 per technical staff member, ' +
    'at most CNY 500,000.',
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'TALENT',
  targetIndustries: PRIORITY,
  targetTiers: [],
  criteria: and(IN_ZONE, oneOf('industry', PRIORITY), ge('techStaff', 5), NOT_DISHONEST),
  benefitFormula: { '*': [v('techStaff'), 20_000] },
  maxBenefit: 500_000,
  stackingGroup: null,
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: null,
  isExample: true,
  testCases: [
    {
      name: '科技人员5人：补贴10万元',
      facts: { inZone: true, industry: 'NEXT_GEN_IT', techStaff: 5, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 100_000,
    },
    {
      name: '科技人员40人：封顶50万元',
      facts: { inZone: true, industry: 'BIOMEDICINE', techStaff: 40, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 500_000,
    },
    {
      name: '科技人员4人：不符合',
      facts: { inZone: true, industry: 'NEXT_GEN_IT', techStaff: 4, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '非重点产业（石油化工）：不符合',
      facts: { inZone: true, industry: 'PETROCHEMICAL', techStaff: 30, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '未填是否在区内注册：待补充',
      facts: { industry: 'NEW_MATERIALS', techStaff: 30, seriousDishonesty: false },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
  ],
};

const POSTDOC_WORKSTATION: PolicySeed = {
  code: 'POSTDOC_WORKSTATION_GRANT',
  title: '企业博士后科研工作站建站资助（示例）',
  titleEn: 'Grant for enterprise postdoctoral workstations (example)',
  summary:
    '规划第三章第五节：加强企业博士后科研工作站和企业工程技术研究中心建设，发挥其吸纳和培养高层次人才的优势。' +
    '示例：区内注册的高新技术企业（或更高梯队），科技人员不少于20人、近一年研发费用不少于500万元的，建站一次性资助50万元。',
  summaryEn:
    'Plan ch.3 §5: strengthen enterprise postdoctoral workstations and engineering research centres. Example: a high-tech ' +
    'enterprise (or higher tier) registered in the district with at least 20 technical staff and last-year R&D expense of ' +
    'at least CNY 5 million receives a one-off grant of CNY 500,000 for setting up a workstation.',
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'TALENT',
  targetIndustries: [],
  targetTiers: ['HIGH_TECH', 'LITTLE_GIANT', 'LEADING'],
  criteria: and(
    IN_ZONE,
    or(is('isHighTechCertified', true), oneOf('tier', ['HIGH_TECH', 'LITTLE_GIANT', 'LEADING'])),
    ge('techStaff', 20),
    ge('rdExpense', 500 * WAN),
    NOT_DISHONEST,
  ),
  benefitFormula: 500_000,
  maxBenefit: 500_000,
  stackingGroup: null,
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: '06-30',
  isExample: true,
  testCases: [
    {
      name: '高新企业，科技人员20人，研发500万元：资助50万元',
      facts: { inZone: true, isHighTechCertified: true, techStaff: 20, rdExpense: 5_000_000, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 500_000,
    },
    {
      name: '小巨人企业（未填证书）：符合',
      facts: { inZone: true, tier: 'LITTLE_GIANT', techStaff: 60, rdExpense: 9_000_000, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 500_000,
    },
    {
      name: '研发费用499万元：不符合',
      facts: { inZone: true, isHighTechCertified: true, techStaff: 20, rdExpense: 4_990_000, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '科技型中小企业且无高新证书：不符合',
      facts: {
        inZone: true,
        isHighTechCertified: false,
        tier: 'TECH_SME',
        techStaff: 30,
        rdExpense: 6_000_000,
        seriousDishonesty: false,
      },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
  ],
};

const IP_PLEDGE: PolicySeed = {
  code: 'IP_PLEDGE_FINANCING_SUPPORT',
  title: '知识产权质押融资风险补偿与贴息（示例）',
  titleEn: 'IP pledge financing: risk compensation and interest subsidy (example)',
  summary:
    '规划第三章第六节：建立知识产权质押融资市场化风险补偿机制，简化质押融资流程。风险补偿面向合作银行，企业获得贷款贴息。' +
    '示例：区内注册、职工不超过500人、拥有知识产权的企业，按每项Ⅰ类知识产权5万元、每项Ⅱ类1万元估算贴息额度，最高30万元。',
  summaryEn:
    'Plan ch.3 §6: a market-based risk compensation fund for IP-pledge loans and a simpler pledge process; the fund covers ' +
    'partner banks, the firm gets an interest subsidy. Example: a firm registered in the district with at most 500 ' +
    'employees and some IP; estimated subsidy CNY 50,000 per class I and CNY 10,000 per class II IP item, at most CNY 300,000.',
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'FINANCE',
  targetIndustries: [],
  targetTiers: ['TECH_SME', 'HIGH_TECH'],
  criteria: and(
    IN_ZONE,
    le('employees', 500),
    { '>=': [{ '+': [v('inventionPatents'), v('otherIp')] }, 1] },
    NOT_DISHONEST,
  ),
  benefitFormula: { '+': [{ '*': [v('inventionPatents'), 50_000] }, { '*': [v('otherIp'), 10_000] }] },
  maxBenefit: 300_000,
  stackingGroup: null,
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: '12-10',
  isExample: true,
  testCases: [
    {
      name: '2项Ⅰ类、3项Ⅱ类：贴息13万元',
      facts: { inZone: true, employees: 80, inventionPatents: 2, otherIp: 3, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 130_000,
    },
    {
      name: '10项Ⅰ类：封顶30万元',
      facts: { inZone: true, employees: 500, inventionPatents: 10, otherIp: 0, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 300_000,
    },
    {
      name: '职工501人：不符合',
      facts: { inZone: true, employees: 501, inventionPatents: 2, otherIp: 0, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '没有知识产权：不符合',
      facts: { inZone: true, employees: 50, inventionPatents: 0, otherIp: 0, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '只填了Ⅰ类数量：待补充Ⅱ类',
      facts: { inZone: true, employees: 50, inventionPatents: 0, seriousDishonesty: false },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
  ],
};

const TECH_INSURANCE: PolicySeed = {
  code: 'TECH_PATENT_INSURANCE_SUBSIDY',
  title: '科技保险与专利保险保费补贴（示例）',
  titleEn: 'Premium subsidy for technology and patent insurance (example)',
  summary:
    '规划第三章第六节：加快发展科技保险，推进专利保险试点。示例：区内注册的科技型企业（科技型中小企业及以上梯队或持有高新证书），' +
    '科技保险保费补贴2万元，另按每项发明专利3000元补贴专利保险保费，合计最高10万元。',
  summaryEn:
    'Plan ch.3 §6: expand technology insurance and pilot patent insurance. Example: a technology firm registered in the ' +
    'district (any tier of the ladder, or high-tech certified) receives CNY 20,000 towards technology insurance premiums ' +
    'plus CNY 3,000 per invention patent towards patent insurance, at most CNY 100,000.',
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'FINANCE',
  targetIndustries: [],
  targetTiers: ['TECH_SME', 'HIGH_TECH', 'LITTLE_GIANT', 'LEADING'],
  criteria: and(
    IN_ZONE,
    or(is('isHighTechCertified', true), oneOf('tier', ['TECH_SME', 'HIGH_TECH', 'LITTLE_GIANT', 'LEADING'])),
    NOT_DISHONEST,
  ),
  benefitFormula: { '+': [20_000, { '*': [v('inventionPatents'), 3_000] }] },
  maxBenefit: 100_000,
  stackingGroup: null,
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: '12-25',
  isExample: true,
  testCases: [
    {
      name: '科技型中小企业、无发明专利：补贴2万元',
      facts: { inZone: true, tier: 'TECH_SME', inventionPatents: 0, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 20_000,
    },
    {
      name: '高新企业、10项发明专利：补贴5万元',
      facts: { inZone: true, isHighTechCertified: true, inventionPatents: 10, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 50_000,
    },
    {
      name: '40项发明专利：封顶10万元',
      facts: { inZone: true, tier: 'LEADING', inventionPatents: 40, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 100_000,
    },
    {
      name: '不在区内：不符合',
      facts: { inZone: false, tier: 'HIGH_TECH', inventionPatents: 3, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '符合条件但未填发明专利数：金额待补充',
      facts: { inZone: true, tier: 'HIGH_TECH', seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
  ],
};

const SME_RELIEF: PolicySeed = {
  code: 'SME_RELIEF_SUBSIDY',
  title: '中小企业纾困惠企补助（示例）',
  titleEn: 'Relief subsidy for small and medium enterprises (example)',
  summary:
    '规划第六章：加大中小企业纾困惠企政策落实，形成减税降费、金融支持、优化服务合力，搭建融资服务平台。' +
    '示例：区内注册的中小企业（按工业企业划型上限近似：从业人员1000人以下、营业收入4亿元以下），上年有纳税的，' +
    '按上年纳税额的10%给予纾困补助，最高20万元。',
  summaryEn:
    'Plan ch.6: carry out relief for SMEs through tax and fee cuts, financial support and better services, with a financing ' +
    'platform. Example: an SME registered in the district (approximated by the industrial SME limits: under 1,000 employees ' +
    'and under CNY 400 million revenue) that paid tax last year receives 10 % of that tax, at most CNY 200,000.',
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'SUBSIDY',
  targetIndustries: [],
  targetTiers: [],
  criteria: and(IN_ZONE, lt('employees', 1000), lt('revenue', 4 * YI), gt('taxPaid', 0), NOT_DISHONEST),
  benefitFormula: { '*': [v('taxPaid'), 0.1] },
  maxBenefit: 200_000,
  stackingGroup: null,
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: null,
  isExample: true,
  testCases: [
    {
      name: '纳税50万元：补助5万元',
      facts: { inZone: true, employees: 120, revenue: 3e7, taxPaid: 500_000, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 50_000,
    },
    {
      name: '纳税500万元：封顶20万元',
      facts: { inZone: true, employees: 999, revenue: 399_999_999, taxPaid: 5_000_000, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 200_000,
    },
    {
      name: '从业人员1000人：不属于中小企业',
      facts: { inZone: true, employees: 1000, revenue: 3e7, taxPaid: 500_000, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '上年未纳税：不符合',
      facts: { inZone: true, employees: 10, revenue: 1e6, taxPaid: 0, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '未填纳税额：待补充',
      facts: { inZone: true, employees: 10, revenue: 1e6, seriousDishonesty: false },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
  ],
};

const HR_SERVICE: PolicySeed = {
  code: 'HR_SERVICE_BACKBONE_AWARD',
  title: '人力资源服务业骨干企业培育奖励（示例）',
  titleEn: 'Award for backbone human-resources service firms (example)',
  summary:
    '规划第三章第五节：大力开展人力资源服务业发展行动，实施骨干企业培育计划，引进知名人力资源服务企业设立区域总部。' +
    '示例：区内注册的人力资源服务企业（产业“人力资源服务业”），' +
    '近一年营业收入1000万元以上奖励10万元，5000万元以上30万元，1亿元以上50万元。',
  summaryEn:
    'Plan ch.3 §5: a development drive for the human-resources service industry with a backbone-firm programme and regional ' +
    'headquarters of well-known HR firms. Example: an HR service firm registered in the district (industry: human-resources ' +
    'services) with last-year revenue of CNY 10 million or more receives CNY 100,000; 50 million or more, ' +
    '300,000; 100 million or more, 500,000.',
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'SUBSIDY',
  targetIndustries: ['HUMAN_RESOURCES_SERVICES'],
  targetTiers: [],
  criteria: and(IN_ZONE, is('industry', 'HUMAN_RESOURCES_SERVICES'), ge('revenue', 1000 * WAN), NOT_DISHONEST),
  benefitFormula: cond(ge('revenue', 1 * YI), 500_000, ge('revenue', 5000 * WAN), 300_000, 100_000),
  maxBenefit: 500_000,
  stackingGroup: null,
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: '09-30',
  isExample: true,
  testCases: [
    {
      name: '收入恰为1000万元：奖励10万元',
      facts: { inZone: true, industry: 'HUMAN_RESOURCES_SERVICES', revenue: 10_000_000, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 100_000,
    },
    {
      name: '收入恰为5000万元：奖励30万元',
      facts: { inZone: true, industry: 'HUMAN_RESOURCES_SERVICES', revenue: 50_000_000, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 300_000,
    },
    {
      name: '收入1.2亿元：奖励50万元',
      facts: { inZone: true, industry: 'HUMAN_RESOURCES_SERVICES', revenue: 120_000_000, seriousDishonesty: false },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 500_000,
    },
    {
      name: '收入999万元：不符合',
      facts: { inZone: true, industry: 'HUMAN_RESOURCES_SERVICES', revenue: 9_990_000, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '商贸企业（非人力资源服务业）：不符合',
      facts: { inZone: true, industry: 'COMMERCE_TRADE', revenue: 60_000_000, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '其他行业：不符合',
      facts: { inZone: true, industry: 'MODERN_LOGISTICS', revenue: 60_000_000, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
  ],
};

const INDUSTRY_FUND: PolicySeed = {
  code: 'INDUSTRY_FUND_INVESTMENT',
  title: '产业基金群股权投资（示例）',
  titleEn: 'Equity investment by the industry fund group (example)',
  summary:
    '规划第五章第三节：加快“财政引导基金+区重点产业母基金+产业子基金”产业基金群的设立和运营，引导社会资本投向中小型企业、高科技企业。' +
    '示例：重点产业中的高新技术企业（或更高梯队），近一年研发费用占比不低于3%、未列入失信名单的，可进入基金投资项目库；' +
    '股权投资金额由尽职调查决定，不是补贴，故不估算金额。',
  summaryEn:
    'Plan ch.5 §3: set up and run the fund group (government guidance fund, district priority-industry mother fund, ' +
    'industry sub-funds) to steer private capital into SMEs and high-tech firms. Example: a high-tech enterprise (or ' +
    'higher tier) in a priority industry with a last-year R&D ratio of at least 3 % and a clean record may enter the ' +
    "fund's project pool; investment amounts follow due diligence and are not a grant, so none is estimated.",
  issuingDepartment: PLAN_DEPARTMENT,
  documentNumber: '',
  sourceUrl: '',
  kind: 'FINANCE',
  targetIndustries: PRIORITY,
  targetTiers: ['HIGH_TECH', 'LITTLE_GIANT', 'LEADING'],
  criteria: and(
    oneOf('industry', PRIORITY),
    or(is('isHighTechCertified', true), oneOf('tier', ['HIGH_TECH', 'LITTLE_GIANT', 'LEADING'])),
    ge('rdRatio', 0.03),
    NOT_DISHONEST,
  ),
  benefitFormula: 0,
  maxBenefit: null,
  stackingGroup: null,
  effectiveFrom: PLAN_START,
  effectiveTo: null,
  annualDeadline: null,
  isExample: true,
  testCases: [
    {
      name: '新材料领域高新企业，研发占比3%：入库',
      facts: {
        industry: 'NEW_MATERIALS',
        isHighTechCertified: true,
        revenue: 1e8,
        rdExpense: 3e6,
        seriousDishonesty: false,
      },
      expectedOutcome: 'ELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '研发占比2.9%：不符合',
      facts: {
        industry: 'NEW_MATERIALS',
        isHighTechCertified: true,
        revenue: 1e8,
        rdExpense: 2.9e6,
        seriousDishonesty: false,
      },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '非重点产业：不符合',
      facts: { industry: 'MODERN_FINANCE', tier: 'LEADING', revenue: 1e8, rdExpense: 5e6, seriousDishonesty: false },
      expectedOutcome: 'INELIGIBLE',
      expectedBenefit: 0,
    },
    {
      name: '营业收入为0，研发占比无法计算：待补充',
      facts: { industry: 'NEXT_GEN_IT', tier: 'HIGH_TECH', revenue: 0, rdExpense: 5e6, seriousDishonesty: false },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    },
  ],
};

/** The first day on or after `today` ('YYYY-MM-DD') that falls on the annual deadline 'MM-DD'. */
export function nextAnnualDeadline(monthDay: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${today.slice(0, 4)}-${monthDay}`;
  return thisYear >= today ? thisYear : `${String(year + 1).padStart(4, '0')}-${monthDay}`;
}

export const POLICY_SEEDS: PolicySeed[] = [
  HIGH_TECH_CERTIFICATION,
  TECH_SME,
  RD_SUPER_DEDUCTION,
  HT_CULTIVATION_RESERVE,
  HT_FIRST_CERTIFICATION_AWARD,
  TALENT_INTRODUCTION,
  POSTDOC_WORKSTATION,
  IP_PLEDGE,
  TECH_INSURANCE,
  SME_RELIEF,
  HR_SERVICE,
  INDUSTRY_FUND,
];
