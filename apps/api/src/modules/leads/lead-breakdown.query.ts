import type { SelectQueryBuilder } from 'typeorm';
import { LeadDimension, PeriodBasis } from './dto/lead-kpi.args.js';
import { LeadActual } from './lead-actual.entity.js';
import { LANDED_STAGES } from './lead-scoring.service.js';
import type { Lead } from './lead.entity.js';
import { LeadStage } from './lead.enums.js';

/** The SQL of the date a period reads (Beijing time for the creation instant). */
export const basisDateSql = (basis: PeriodBasis): string =>
  basis === PeriodBasis.SIGNED ? 'l."signedOn"' : `(l."createdAt" AT TIME ZONE 'Asia/Shanghai')`;

const keySql = (dimension: LeadDimension, basis: PeriodBasis): string => {
  switch (dimension) {
    case LeadDimension.INDUSTRY:
      return 'l."industryCode"';
    case LeadDimension.PARK:
      return 'l."targetParkId"::text';
    case LeadDimension.SOURCE:
      return 'l."source"';
    case LeadDimension.OWNER:
      return 'l."ownerId"::text';
    case LeadDimension.MONTH:
      return `to_char(${basisDateSql(basis)}, 'YYYY-MM')`;
    case LeadDimension.QUARTER:
      return `to_char(${basisDateSql(basis)}, 'YYYY-"Q"Q')`;
    case LeadDimension.YEAR:
      return `to_char(${basisDateSql(basis)}, 'YYYY')`;
  }
};

export const isPeriodDimension = (dimension: LeadDimension): boolean =>
  dimension === LeadDimension.MONTH || dimension === LeadDimension.QUARTER || dimension === LeadDimension.YEAR;

/** One group's numbers as PostgreSQL returns them (numeric sums arrive as strings). */
export interface RawBreakdownRow {
  key: string | null;
  leads: number;
  open: number;
  signed: number;
  lost: number;
  plannedInvestment: string;
  contractedInvestment: string;
  actualInvestment: string;
  plannedJobs: number;
  contractedJobs: number;
  actualHires: number;
  expectedTax: string;
  contractedTax: string;
  actualTax: string;
}

/**
 * One grouped query over the filtered leads: each lead's actuals are first summed over its years
 * in a subquery on lead_actuals, joined once, then every figure is summed per group. No lead row
 * reaches the application.
 */
export function breakdownRows(
  leads: SelectQueryBuilder<Lead>,
  dimension: LeadDimension,
  basis: PeriodBasis,
): Promise<RawBreakdownRow[]> {
  const key = keySql(dimension, basis);
  const kept = 'l."stage" <> :lostStage';
  const sum = (expression: string, where = kept) => `coalesce(sum(${expression}) FILTER (WHERE ${where}), 0)`;
  const query = leads
    .leftJoin(
      (actuals) =>
        actuals
          .select('a."leadId"', 'leadId')
          .addSelect('sum(a."investmentPaid")', 'investment')
          .addSelect('sum(a."hires")', 'hires')
          .addSelect('sum(a."taxPaid")', 'tax')
          .from(LeadActual, 'a')
          .groupBy('a."leadId"'),
      'act',
      'act."leadId" = l.id',
    )
    .select(key, 'key')
    .addSelect('count(*)::int', 'leads')
    .addSelect(`count(*) FILTER (WHERE l."stage" NOT IN (:...signedStages) AND ${kept})::int`, 'open')
    .addSelect('count(*) FILTER (WHERE l."stage" IN (:...signedStages))::int', 'signed')
    .addSelect(`count(*) FILTER (WHERE NOT (${kept}))::int`, 'lost')
    .addSelect(sum('l."plannedInvestment"'), 'plannedInvestment')
    .addSelect(sum('l."contractedInvestment"'), 'contractedInvestment')
    .addSelect(sum('act.investment', 'true'), 'actualInvestment')
    .addSelect(`${sum('l."jobs"')}::int`, 'plannedJobs')
    .addSelect(`${sum('l."contractedJobs"')}::int`, 'contractedJobs')
    .addSelect(`${sum('act.hires', 'true')}::int`, 'actualHires')
    .addSelect(sum('l."expectedAnnualTax"'), 'expectedTax')
    .addSelect(sum('l."contractedAnnualTax"'), 'contractedTax')
    .addSelect(sum('act.tax', 'true'), 'actualTax')
    .setParameters({ lostStage: LeadStage.LOST, signedStages: LANDED_STAGES })
    .groupBy(key);
  // Periods in time order; the other groups biggest first.
  if (isPeriodDimension(dimension)) query.orderBy(key, 'ASC', 'NULLS LAST');
  else query.orderBy('count(*)', 'DESC').addOrderBy(key, 'ASC', 'NULLS LAST');
  return query.getRawMany();
}
