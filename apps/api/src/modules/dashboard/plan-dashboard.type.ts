import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Tier } from '../parks/park.enums.js';

@ObjectType({ description: 'Enterprises on the platform in one priority cluster (or null: no or another industry).' })
export class ClusterEnterprises {
  @Field(() => String, { nullable: true, description: 'Industry code; null for the rest.' })
  industryCode: string | null;
  @Field({ description: 'In the caller’s language.' }) name: string;
  @Field(() => Int) enterprises: number;
}

@ObjectType({ description: 'Enterprises on the platform on one rung of the cultivation ladder.' })
export class TierEnterprises {
  @Field(() => Tier) tier: Tier;
  @Field(() => Int) enterprises: number;
}

@ObjectType({
  description: 'Per month (Beijing time): enterprises added to the platform, by tier, and the running totals.',
})
export class EnterpriseTrendMonth {
  @Field({ description: 'YYYY-MM.' }) month: string;
  @Field(() => Int, { description: 'Enterprise records created this month.' }) newEnterprises: number;
  @Field(() => Int, { description: 'Of them, tier HIGH_TECH (高新技术企业).' }) newHighTech: number;
  @Field(() => Int, { description: 'Of them, tier TECH_SME (科技型中小企业).' }) newTechSme: number;
  @Field(() => Int, { description: 'Enterprises on the platform at the end of the month.' }) totalEnterprises: number;
  @Field(() => Int, { description: 'Tier HIGH_TECH at the end of the month (by creation date, current tier).' })
  totalHighTech: number;
  @Field(() => Int, { description: 'Tier TECH_SME at the end of the month (by creation date, current tier).' })
  totalTechSme: number;
}

@ObjectType({ description: 'Idle land recovered (亩) in one year (Beijing calendar), by the plots’ recovery dates.' })
export class RecoveredLandYear {
  @Field(() => Int) year: number;
  @Field(() => Float, { description: '亩.' }) areaMu: number;
}

@ObjectType({
  description:
    'The platform’s live figures to set beside the plan’s 2020 baseline and 2025 goals (ch.1 §1, ch.2 §3). ' +
    'Investment and projects by cluster come from leadBreakdown(dimension: INDUSTRY); landings per month from leadTrend.',
})
export class PlanDashboard {
  @Field(() => Int, { description: 'Enterprise records on the platform.' }) enterprises: number;
  @Field(() => [ClusterEnterprises], { description: 'The four priority clusters, then the rest (industryCode null).' })
  enterprisesByCluster: ClusterEnterprises[];
  @Field(() => [TierEnterprises], { description: 'Every tier of the ladder, in rank order.' })
  enterprisesByTier: TierEnterprises[];
  @Field(() => Float, { description: 'Floor space taken in makerspaces, incubators and accelerators, m².' })
  incubationFloorInUseSqm: number;
  @Field(() => Float, { description: 'Their total floor space, m².' }) incubationFloorTotalSqm: number;
  @Field(() => Float, {
    description:
      'Idle land recovered (亩, 腾笼换鸟): the area of the plots with a recovery date (recovered, or reassigned since).',
  })
  idleLandRecoveredMu: number;
  @Field(() => [RecoveredLandYear], { description: 'The same area by year of recovery, oldest first.' })
  idleLandRecoveredByYear: RecoveredLandYear[];
  @Field(() => [EnterpriseTrendMonth], { description: 'The last 12 months.' }) enterpriseTrend: EnterpriseTrendMonth[];
}
