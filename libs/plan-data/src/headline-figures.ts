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
  { code: 'GDP', label: '地区生产总值', labelEn: 'Gross domestic product', value: 1274.3, ...YI_YUAN, baseline: 874.6, year: YEAR, planRef: REF },
  { code: 'GDP_GROWTH', label: '地区生产总值年均增长', labelEn: 'GDP growth, yearly average 2016–2020', value: 6.8, ...PCT_A_YEAR, baseline: null, year: YEAR, planRef: REF },
  { code: 'GDP_SHARE_OF_CITY', label: '占全市地区生产总值比重', labelEn: 'Share of Urumqi\'s GDP', value: 38, ...PCT, baseline: null, year: YEAR, planRef: REF, qualifier: 'ABOUT' },
  { code: 'RETAIL_SALES', label: '社会消费品零售总额', labelEn: 'Retail sales of consumer goods', value: 320.9, ...YI_YUAN, baseline: 312, year: YEAR, planRef: REF },
  { code: 'FIXED_ASSET_INVESTMENT_GROWTH', label: '全社会固定资产投资年均增长', labelEn: 'Fixed-asset investment growth, yearly average', value: 8.6, ...PCT_A_YEAR, baseline: null, year: YEAR, planRef: REF },
  { code: 'INDUSTRIAL_VALUE_ADDED_GROWTH', label: '工业增加值年均增长', labelEn: 'Industrial value-added growth, yearly average', value: 1.75, ...PCT_A_YEAR, baseline: null, year: YEAR, planRef: REF },
  { code: 'FOREIGN_TRADE', label: '外贸进出口总额', labelEn: 'Foreign trade (imports and exports)', value: 105.3, ...YI_YUAN, baseline: null, year: YEAR, planRef: REF, qualifier: 'ESTIMATED' },
  { code: 'SERVICES_REVENUE', label: '服务业营业收入', labelEn: 'Services revenue', value: 800, ...YI_YUAN, baseline: null, year: YEAR, planRef: REF, qualifier: 'OVER' },
  { code: 'TOURISM_REVENUE', label: '旅游总收入', labelEn: 'Tourism revenue', value: 29, ...YI_YUAN, baseline: null, year: YEAR, planRef: REF, qualifier: 'OVER' },
  { code: 'AIR_ROUTES', label: '乌鲁木齐国际机场航线', labelEn: 'Air routes from Urumqi airport', value: 185, unit: '条', unitEn: 'routes', baseline: null, year: YEAR, planRef: REF },
  { code: 'AIR_DESTINATIONS', label: '通达国内外城市', labelEn: 'Cities served, at home and abroad', value: 90, unit: '个', unitEn: 'cities', baseline: null, year: YEAR, planRef: REF },
  { code: 'DAILY_FLIGHTS', label: '机场日起降架次', labelEn: 'Airport take-offs and landings a day', value: 600, unit: '架次', unitEn: 'movements', baseline: null, year: YEAR, planRef: REF, qualifier: 'OVER' },
  { code: 'URBAN_DISPOSABLE_INCOME', label: '城镇居民人均可支配收入', labelEn: 'Urban disposable income per person', value: 43179, ...YUAN, baseline: null, year: YEAR, planRef: REF },
  { code: 'URBAN_INCOME_GROWTH', label: '城镇居民人均可支配收入年均增长', labelEn: 'Urban disposable income growth, yearly average', value: 6.4, ...PCT_A_YEAR, baseline: null, year: YEAR, planRef: REF },
  { code: 'RURAL_DISPOSABLE_INCOME', label: '农村居民人均可支配收入', labelEn: 'Rural disposable income per person', value: 22649, ...YUAN, baseline: null, year: YEAR, planRef: REF },
  { code: 'RURAL_INCOME_GROWTH', label: '农村居民人均可支配收入年均增长', labelEn: 'Rural disposable income growth, yearly average', value: 8.6, ...PCT_A_YEAR, baseline: null, year: YEAR, planRef: REF },
  { code: 'TECH_ENTERPRISES', label: '科技型企业', labelEn: 'Tech-based enterprises', value: 1763, unit: '家', unitEn: 'firms', baseline: null, year: YEAR, planRef: REF },
  { code: 'HIGH_TECH_ENTERPRISES', label: '高新技术企业', labelEn: 'High-tech enterprises', value: 166, unit: '家', unitEn: 'firms', baseline: null, year: YEAR, planRef: REF },
  { code: 'DIGITAL_ENTERPRISES', label: '新一代信息技术相关数字产业企业', labelEn: 'Digital-industry firms (next-generation IT)', value: 1000, unit: '家', unitEn: 'firms', baseline: null, year: YEAR, planRef: REF, qualifier: 'OVER' },
  { code: 'BIOMEDICINE_SHARE_OF_XINJIANG', label: '生物医药与大健康企业占全疆比重', labelEn: 'Share of Xinjiang\'s biomedicine and health firms', value: 70, ...PCT, baseline: null, year: YEAR, planRef: REF, qualifier: 'OVER' },
  { code: 'MAKERSPACES', label: '众创空间', labelEn: 'Makerspaces', value: 16, unit: '家', unitEn: 'makerspaces', baseline: null, year: YEAR, planRef: REF },
  { code: 'MAKERSPACES_NATIONAL', label: '国家级众创空间', labelEn: 'National-level makerspaces', value: 7, unit: '家', unitEn: 'makerspaces', baseline: null, year: YEAR, planRef: REF },
  { code: 'INCUBATORS', label: '科技企业孵化器', labelEn: 'Technology business incubators', value: 10, unit: '家', unitEn: 'incubators', baseline: null, year: YEAR, planRef: REF },
  { code: 'INCUBATORS_NATIONAL', label: '国家级科技企业孵化器', labelEn: 'National-level incubators', value: 3, unit: '家', unitEn: 'incubators', baseline: null, year: YEAR, planRef: REF },
  { code: 'INCUBATION_FLOOR_AREA', label: '累计使用孵化面积', labelEn: 'Incubation floor space in use', value: 41, unit: '万平方米', unitEn: '10,000 m²', baseline: null, year: YEAR, planRef: REF },
];
