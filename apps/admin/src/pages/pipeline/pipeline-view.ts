import type { LeadSource, PipelineSummaryQuery } from '../../gql/graphql';

export type Summary = PipelineSummaryQuery['pipelineSummary'];
export type StageRow = Summary['stages'][number];

export const LEAD_SOURCES: readonly LeadSource[] = [
  'EXPO_CHINA_EURASIA',
  'CANTON_FAIR',
  'PROCUREMENT_FAIR',
  'VIA_ENTERPRISE',
  'CONSULTANT',
  'PAIRING_PROVINCE',
  'OFFSHORE_INCUBATOR',
  'ONLINE_ENQUIRY',
  'REFERRAL',
  'OTHER',
];

const YI = 100_000_000;
const WAN = 10_000;

/** Money as the bureau reads it: 亿元 from one 亿 up, else 万元 (the API sends yuan). */
export const moneyParts = (yuan: number): { value: number; unit: 'yi' | 'wan' } =>
  Math.abs(yuan) >= YI ? { value: yuan / YI, unit: 'yi' } : { value: yuan / WAN, unit: 'wan' };

/** The totals row: 逾期跟进 is the sum of every stage's overdue follow-ups. */
export const pipelineTotals = (summary: Summary) => ({
  total: summary.total,
  lost: summary.lost,
  overdueEnquiries: summary.overdueEnquiries,
  overdueActions: summary.stages.reduce((sum, stage) => sum + stage.overdue, 0),
  plannedInvestment: summary.stages.reduce((sum, stage) => sum + stage.plannedInvestment, 0),
});

/**
 * The funnel's data in pipeline order. ECharts sizes funnel slices by value, and a later stage may
 * hold more leads than an earlier one: the slice's width is the count, its label says the money.
 */
export const funnelData = (
  stages: readonly StageRow[],
  label: (stage: StageRow) => string,
): { name: string; value: number; stage: StageRow }[] =>
  stages.map((stage) => ({ name: label(stage), value: stage.count, stage }));
