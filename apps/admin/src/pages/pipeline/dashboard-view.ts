import type {
  BreakdownRowFragment,
  CoverageStatus,
  LeadDimension,
  LeadFilter,
  LeadTrendQuery,
  PeriodBasis,
  PeriodInput,
} from '../../gql/graphql';

export type TrendMonth = LeadTrendQuery['leadTrend'][number];

/** The dimensions the breakdown's switch offers, in its order (产业/园区/来源/负责人/季度). */
export const DIMENSIONS: readonly LeadDimension[] = ['INDUSTRY', 'PARK', 'SOURCE', 'OWNER', 'QUARTER'];

/**
 * Whether the KPIs count sample (demo) leads before the user says. On when the database holds
 * only samples: a first start of the embedded demo would otherwise show an empty dashboard, as if
 * broken. Off as soon as one real lead exists: then the bureau's figures must be its own, and the
 * demo set would inflate them.
 */
export const defaultIncludeSample = (counts: { realLeads: number; sampleLeads: number } | undefined): boolean =>
  !!counts && counts.realLeads === 0 && counts.sampleLeads > 0;

/** A picked date range (YYYY-MM-DD days) as the API's period; no days, no period. */
export const toPeriod = (days: readonly [string, string] | null, basis: PeriodBasis): PeriodInput | undefined =>
  days ? { from: days[0], to: days[1], basis } : basis === 'SIGNED' ? { basis } : undefined;

/** The planned / contracted / actual triples of a breakdown's total, one row per measure. */
export const comparisonRows = (total: BreakdownRowFragment) => [
  {
    measure: 'investment' as const,
    money: true,
    planned: total.plannedInvestment,
    contracted: total.contractedInvestment,
    actual: total.actualInvestment,
  },
  {
    measure: 'jobs' as const,
    money: false,
    planned: total.plannedJobs,
    contracted: total.contractedJobs,
    actual: total.actualHires,
  },
  {
    measure: 'tax' as const,
    money: true,
    planned: total.expectedTax,
    contracted: total.contractedTax,
    actual: total.actualTax,
  },
];

/** Actual as a share of contracted (到资率 and the like); null where nothing was contracted. */
export const fulfilment = (contracted: number, actual: number): number | null =>
  contracted > 0 ? actual / contracted : null;

/** The trend's columns for a line chart: months on the x axis, one series per count. */
export const trendSeries = (months: readonly TrendMonth[]) => ({
  months: months.map((m) => m.month),
  newLeads: months.map((m) => m.newLeads),
  signed: months.map((m) => m.signed),
  landed: months.map((m) => m.landed),
  enquiriesLate: months.map((m) => m.enquiriesLate),
});

/** Where a coverage cell or an overdue card leads: the leads list with these filters in its address. */
export const leadsListHref = (filter: LeadFilter): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/leads?${query}` : '/leads';
};

/** Colour and sign of a coverage status: the text and the sign say it, the colour only repeats it (WCAG 1.4.1). */
export const COVERAGE_LOOK: Readonly<Record<CoverageStatus, { background: string; border: string; sign: string }>> = {
  LANDED: { background: '#d9f7be', border: '#389e0d', sign: '●' },
  IN_PIPELINE: { background: '#fff1b8', border: '#d48806', sign: '◐' },
  MISSING: { background: '#fff1f0', border: '#cf1322', sign: '○' },
};
