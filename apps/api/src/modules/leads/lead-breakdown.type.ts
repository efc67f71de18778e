import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LeadDimension, PeriodBasis } from './dto/lead-kpi.args.js';

/**
 * One group of leads: how many stand where, and planned (the lead's figures) vs contracted (signed)
 * vs actual (recorded after landing, all years summed) investment, jobs and tax. Money in yuan.
 * Planned and contracted figures leave LOST leads out; actuals are facts and always count.
 */
@ObjectType({ description: 'One group of a lead breakdown (money in yuan).' })
export class LeadBreakdownRow {
  @Field(() => String, {
    nullable: true,
    description: 'Industry code, park id, source, owner id or period (YYYY-MM, YYYY-Qn, YYYY); null: not set.',
  })
  key: string | null;

  @Field({ description: 'In the caller’s language.' }) label: string;
  @Field(() => Int) leads: number;
  @Field(() => Int, { description: 'Not lost and not yet signed.' }) open: number;
  @Field(() => Int, { description: 'Signed or further (registered, constructing, operating, aftercare).' })
  signed: number;
  @Field(() => Int) lost: number;
  @Field(() => Float, { nullable: true, description: 'signed ÷ leads, 0–1; null without leads.' })
  conversion: number | null;

  @Field(() => Float) plannedInvestment: number;
  @Field(() => Float) contractedInvestment: number;
  @Field(() => Float, { description: 'Investment paid in (到资), every recorded year.' }) actualInvestment: number;
  @Field(() => Int) plannedJobs: number;
  @Field(() => Int) contractedJobs: number;
  @Field(() => Int, { description: 'People hired, every recorded year.' }) actualHires: number;
  @Field(() => Float, { description: 'Expected annual tax.' }) expectedTax: number;
  @Field(() => Float, { description: 'Contracted annual tax.' }) contractedTax: number;
  @Field(() => Float, { description: 'Tax paid, every recorded year.' }) actualTax: number;
}

@ObjectType({ description: 'The filtered leads grouped by one dimension, each group one row, with their total.' })
export class LeadBreakdown {
  @Field(() => LeadDimension) dimension: LeadDimension;
  @Field(() => PeriodBasis, { description: 'The date the period (and a MONTH/QUARTER/YEAR grouping) reads.' })
  basis: PeriodBasis;
  @Field(() => [LeadBreakdownRow]) rows: LeadBreakdownRow[];
  @Field(() => LeadBreakdownRow, { description: 'Every row summed (key null).' }) total: LeadBreakdownRow;
}
