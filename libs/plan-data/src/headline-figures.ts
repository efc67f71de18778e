import type { HeadlineFigureData } from './types.js';

/**
 * The plan's figures for 2020, the end of the 13th Five-Year period (ch.1 §1 发展成就): the
 * baseline a dashboard compares against. Values are in the plan's own units (亿元, 元, 万平方米, %),
 * not converted; `baseline` is the 2015 value where the plan gives one; `qualifier` records the
 * plan's 超过 / 约 / 预计.
 */

const YEAR = 2020;
const REF = '第一章第一节';

const YI_YUAN = { unit: '亿元', unitEn: '100 million yuan' } as const;
const PCT_A_YEAR = { unit: '%/年', unitEn: '% a year' } as const;
const PCT = { unit: '%', unitEn: '%' } as const;
const YUAN = { unit: '元', unitEn: 'yuan' } as const;

export const HEADLINE_FIGURES: HeadlineFigureData[] = [
  {
    code: 'GDP',
    label: '地区生产总值',
    labelEn: 'Gross domestic product',
    value: 1274.3,
    ...YI_YUAN,
    baseline: 874.6,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'GDP_GROWTH',
    label: '地区生产总值年均增长',
    labelEn: 'GDP growth, yearly average 2016–2020',
    value: 6.8,
    ...PCT_A_YEAR,
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'GDP_SHARE_OF_CITY',
    label: '占全市地区生产总值比重',
    labelEn: "Share of Urumqi's GDP",
    value: 38,
    ...PCT,
    baseline: null,
    year: YEAR,
    planRef: REF,
    qualifier: 'ABOUT',
  },
  {
    code: 'RETAIL_SALES',
    label: '社会消费品零售总额',
    labelEn: 'Retail sales of consumer goods',
    value: 320.9,
    ...YI_YUAN,
    baseline: 312,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'FIXED_ASSET_INVESTMENT_GROWTH',
    label: '全社会固定资产投资年均增长',
    labelEn: 'Fixed-asset investment growth, yearly average',
    value: 8.6,
    ...PCT_A_YEAR,
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'INDUSTRIAL_VALUE_ADDED_GROWTH',
    label: '工业增加值年均增长',
    labelEn: 'Industrial value-added growth, yearly average',
    value: 1.75,
    ...PCT_A_YEAR,
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'FOREIGN_TRADE',
    label: '外贸进出口总额',
    labelEn: 'Foreign trade (imports and exports)',
    value: 105.3,
    ...YI_YUAN,
    baseline: null,
    year: YEAR,
    planRef: REF,
    qualifier: 'ESTIMATED',
  },
  {
    code: 'SERVICES_REVENUE',
    label: '服务业营业收入',
    labelEn: 'Services revenue',
    value: 800,
    ...YI_YUAN,
    baseline: null,
    year: YEAR,
    planRef: REF,
    qualifier: 'OVER',
  },
  {
    code: 'TOURISM_REVENUE',
    label: '旅游总收入',
    labelEn: 'Tourism revenue',
    value: 29,
    ...YI_YUAN,
    baseline: null,
    year: YEAR,
    planRef: REF,
    qualifier: 'OVER',
  },
  {
    code: 'AIR_ROUTES',
    label: '乌鲁木齐国际机场航线',
    labelEn: 'Air routes from Urumqi airport',
    value: 185,
    unit: '条',
    unitEn: 'routes',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'AIR_DESTINATIONS',
    label: '通达国内外城市',
    labelEn: 'Cities served, at home and abroad',
    value: 90,
    unit: '个',
    unitEn: 'cities',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'DAILY_FLIGHTS',
    label: '机场日起降架次',
    labelEn: 'Airport take-offs and landings a day',
    value: 600,
    unit: '架次',
    unitEn: 'movements',
    baseline: null,
    year: YEAR,
    planRef: REF,
    qualifier: 'OVER',
  },
  {
    code: 'URBAN_DISPOSABLE_INCOME',
    label: '城镇居民人均可支配收入',
    labelEn: 'Urban disposable income per person',
    value: 43179,
    ...YUAN,
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'URBAN_INCOME_GROWTH',
    label: '城镇居民人均可支配收入年均增长',
    labelEn: 'Urban disposable income growth, yearly average',
    value: 6.4,
    ...PCT_A_YEAR,
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'RURAL_DISPOSABLE_INCOME',
    label: '农村居民人均可支配收入',
    labelEn: 'Rural disposable income per person',
    value: 22649,
    ...YUAN,
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'RURAL_INCOME_GROWTH',
    label: '农村居民人均可支配收入年均增长',
    labelEn: 'Rural disposable income growth, yearly average',
    value: 8.6,
    ...PCT_A_YEAR,
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'TECH_ENTERPRISES',
    label: '科技型企业',
    labelEn: 'Tech-based enterprises',
    value: 1763,
    unit: '家',
    unitEn: 'firms',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'HIGH_TECH_ENTERPRISES',
    label: '高新技术企业',
    labelEn: 'High-tech enterprises',
    value: 166,
    unit: '家',
    unitEn: 'firms',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'DIGITAL_ENTERPRISES',
    label: '新一代信息技术相关数字产业企业',
    labelEn: 'Digital-industry firms (next-generation IT)',
    value: 1000,
    unit: '家',
    unitEn: 'firms',
    baseline: null,
    year: YEAR,
    planRef: REF,
    qualifier: 'OVER',
  },
  {
    code: 'BIOMEDICINE_SHARE_OF_XINJIANG',
    label: '生物医药与大健康企业占全疆比重',
    labelEn: "Share of Xinjiang's biomedicine and health firms",
    value: 70,
    ...PCT,
    baseline: null,
    year: YEAR,
    planRef: REF,
    qualifier: 'OVER',
  },
  {
    code: 'MAKERSPACES',
    label: '众创空间',
    labelEn: 'Makerspaces',
    value: 16,
    unit: '家',
    unitEn: 'makerspaces',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'MAKERSPACES_NATIONAL',
    label: '国家级众创空间',
    labelEn: 'National-level makerspaces',
    value: 7,
    unit: '家',
    unitEn: 'makerspaces',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'INCUBATORS',
    label: '科技企业孵化器',
    labelEn: 'Technology business incubators',
    value: 10,
    unit: '家',
    unitEn: 'incubators',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'INCUBATORS_NATIONAL',
    label: '国家级科技企业孵化器',
    labelEn: 'National-level incubators',
    value: 3,
    unit: '家',
    unitEn: 'incubators',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
  {
    code: 'INCUBATION_FLOOR_AREA',
    label: '累计使用孵化面积',
    labelEn: 'Incubation floor space in use',
    value: 41,
    unit: '万平方米',
    unitEn: '10,000 m²',
    baseline: null,
    year: YEAR,
    planRef: REF,
  },
];

/**
 * A goal the plan sets for 2025, the end of the 14th Five-Year period. The plan's 发展目标 (ch.2 §3)
 * are qualitative: it sets no 2025 number for GDP, enterprises or incubation space, so `target` is
 * null there and a dashboard shows the 2020 figure with the goal's words, never an invented number.
 * Where a chapter sets a concrete 2025 end state (全覆盖), `target` holds it (100 = full coverage).
 */
export interface PlanGoalData {
  code: string;
  label: string;
  labelEn: string;
  /** The goal in the plan's words (zh) and a faithful English rendering. */
  goal: string;
  goalEn: string;
  year: 2025;
  /** A number the plan states for 2025, in `unit`; null when the plan states none. */
  target: number | null;
  unit: string | null;
  unitEn: string | null;
  planRef: string;
  /** Codes of HEADLINE_FIGURES (the 2020 baseline) this goal builds on. */
  baselineCodes: string[];
}

const GOAL_YEAR = 2025;
const GOALS_REF = '第二章第三节';

const qualitative = (
  code: string,
  label: string,
  labelEn: string,
  goal: string,
  goalEn: string,
  baselineCodes: string[] = [],
): PlanGoalData => ({
  code,
  label,
  labelEn,
  goal,
  goalEn,
  year: GOAL_YEAR,
  target: null,
  unit: null,
  unitEn: null,
  planRef: GOALS_REF,
  baselineCodes,
});

export const PLAN_GOALS_2025: PlanGoalData[] = [
  qualitative(
    'ECONOMY',
    '经济实力再上新台阶',
    'Economic strength reaches a new level',
    '经济总量稳居第一方阵，高质量发展走在全疆前列；现代产业体系框架基本成型',
    'Economic output stays in the first rank and high-quality growth leads Xinjiang; the framework of a modern industrial system is basically in place',
    ['GDP', 'GDP_GROWTH', 'GDP_SHARE_OF_CITY', 'SERVICES_REVENUE'],
  ),
  qualitative(
    'INNOVATION',
    '科技创新形成新优势',
    'Science and technology innovation forms new strengths',
    '创新链与产业链布局相协调，科技创新对经济发展的贡献率进一步提高',
    'Innovation and industrial chains are aligned; the contribution of innovation to growth rises further',
    ['TECH_ENTERPRISES', 'HIGH_TECH_ENTERPRISES', 'MAKERSPACES', 'INCUBATORS', 'INCUBATION_FLOOR_AREA'],
  ),
  qualitative(
    'OPENING_UP',
    '改革开放迈出新步伐',
    'Reform and opening-up take new steps',
    '营商环境持续改善，招商引资质效提升，重大项目建设取得显著成效；“飞地经济”发展实现重大突破，临空经济示范区建设取得明显进展',
    'The business environment keeps improving; investment promotion gains in quality and effect and major projects make marked progress; the enclave economy achieves a major breakthrough; the airport-economy demonstration zone makes clear progress',
    ['FOREIGN_TRADE', 'AIR_ROUTES', 'AIR_DESTINATIONS', 'DAILY_FLIGHTS'],
  ),
  qualitative(
    'URBAN_RURAL',
    '城乡建设取得新成效',
    'Urban and rural construction achieves new results',
    '存量空间得到优化和有效利用，综合承载功能持续增强；智慧城区建设加快推进',
    'Existing space is optimised and used effectively and carrying capacity keeps growing; the smart district advances faster',
  ),
  qualitative(
    'CIVILITY',
    '社会文明取得新进步',
    'Social civility makes new progress',
    '文化润疆工程深入开展，公共文化服务体系更加完善',
    'The cultural programme deepens and public cultural services become more complete',
    ['TOURISM_REVENUE'],
  ),
  qualitative(
    'ENVIRONMENT',
    '生态环境实现新改善',
    'The environment improves anew',
    '土地资源开发利用效率显著提高，清洁能源使用实现全覆盖，主要污染物排放总量进一步减少',
    'Land is used markedly more efficiently, clean energy reaches full coverage, and total emissions of major pollutants fall further',
  ),
  qualitative(
    'LIVELIHOOD',
    '民生福祉达到新水平',
    'Well-being reaches a new level',
    '就业更加充分、更高质量，居民收入增长和经济增长基本同步',
    'Fuller and better employment; household incomes grow in step with the economy',
    ['URBAN_DISPOSABLE_INCOME', 'URBAN_INCOME_GROWTH', 'RURAL_DISPOSABLE_INCOME', 'RURAL_INCOME_GROWTH'],
  ),
  qualitative(
    'GOVERNANCE',
    '治理效能得到新提升',
    'Governance becomes more effective',
    '法治建设深入推进，社会治理总体效能持续增强',
    'The rule of law advances and the overall effectiveness of social governance keeps rising',
  ),
  {
    code: 'FIVE_G_COVERAGE',
    label: '制造业集聚区宽带无线网络和5G网络覆盖',
    labelEn: 'Broadband wireless and 5G coverage of manufacturing clusters',
    goal: '到2025年实现制造业集聚区宽带无线网络和5G通信网络全覆盖',
    goalEn: 'By 2025, full broadband wireless and 5G coverage of the manufacturing clusters',
    year: GOAL_YEAR,
    target: 100,
    unit: '%',
    unitEn: '%',
    planRef: '第四章第三节',
    baselineCodes: [],
  },
  {
    code: 'HIGH_STANDARD_FARMLAND',
    label: '高标准农田覆盖',
    labelEn: 'High-standard farmland coverage',
    goal: '到2025年实现高标准农田全覆盖',
    goalEn: 'By 2025, high-standard farmland everywhere',
    year: GOAL_YEAR,
    target: 100,
    unit: '%',
    unitEn: '%',
    planRef: '第八章第四节',
    baselineCodes: [],
  },
];
