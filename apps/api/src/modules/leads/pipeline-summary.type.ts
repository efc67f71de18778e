import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LeadStage } from './lead.enums.js';

@ObjectType({ description: 'The leads standing at one stage now, with their sums (money in yuan).' })
export class StageSummary {
  @Field(() => LeadStage) stage: LeadStage;
  @Field(() => Int) count: number;
  @Field(() => Float) plannedInvestment: number;
  @Field(() => Float) contractedInvestment: number;
  @Field(() => Int) jobs: number;
  @Field(() => Float) expectedAnnualTax: number;
  @Field(() => Int, { description: 'Leads whose next action date has passed.' }) overdue: number;
  @Field(() => Float, { nullable: true, description: 'Mean days spent at this stage by leads that left it.' })
  averageDays: number | null;
}

@ObjectType({ description: 'Of the leads that ever reached `from`, the share that reached `to` (the next stage).' })
export class StageConversion {
  @Field(() => LeadStage) from: LeadStage;
  @Field(() => LeadStage) to: LeadStage;
  @Field(() => Int) reachedFrom: number;
  @Field(() => Int) reachedTo: number;
  @Field(() => Float, { nullable: true, description: '0–1; null when no lead reached `from`.' }) rate: number | null;
}

@ObjectType({ description: 'The pipeline at a glance: per stage now, conversion between stages, time in each.' })
export class PipelineSummary {
  @Field(() => [StageSummary]) stages: StageSummary[];
  @Field(() => [StageConversion]) conversion: StageConversion[];
  @Field(() => Int) total: number;
  @Field(() => Int) lost: number;
}
