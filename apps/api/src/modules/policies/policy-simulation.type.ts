import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Outcome } from './policy.enums.js';

@ObjectType({ description: 'Outcome counts and the budget of one group of enterprises.' })
export class SimulationBucket {
  @Field(() => String, { nullable: true, description: 'Industry, tier or park code; null = not entered.' })
  key: string | null;

  @Field()
  label: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  eligible: number;

  @Field(() => Int)
  ineligible: number;

  @Field(() => Int)
  needsInfo: number;

  @Field(() => Float, { description: 'Sum of the estimated benefits of the eligible, yuan.' })
  benefit: number;
}

@ObjectType({ description: 'An enterprise whose outcome differs from the published version.' })
export class SimulationChange {
  @Field(() => ID)
  enterpriseId: string;

  @Field()
  name: string;

  @Field(() => Outcome)
  outcome: Outcome;

  @Field(() => Outcome)
  previousOutcome: Outcome;

  @Field(() => Float)
  benefit: number;

  @Field(() => Float)
  previousBenefit: number;
}

@ObjectType({ description: 'What-if of a policy over every enterprise in the database, before publishing.' })
export class PolicySimulation {
  @Field({ description: "The evaluation date 'YYYY-MM-DD'." })
  asOf: string;

  @Field(() => Int, { description: 'Enterprises evaluated.' })
  total: number;

  @Field(() => Int)
  eligible: number;

  @Field(() => Int)
  ineligible: number;

  @Field(() => Int)
  needsInfo: number;

  @Field(() => Float, { description: 'Total estimated benefit of the eligible (the budget it would cost), yuan.' })
  totalBenefit: number;

  @Field(() => [SimulationBucket])
  byIndustry: SimulationBucket[];

  @Field(() => [SimulationBucket])
  byTier: SimulationBucket[];

  @Field(() => [SimulationBucket])
  byPark: SimulationBucket[];

  @Field(() => Int, {
    nullable: true,
    description: 'The published version of the same code compared with; null when none.',
  })
  comparedWithVersion: number | null;

  @Field(() => Int, { description: 'Eligible now, not under the published version.' })
  newlyEligibleCount: number;

  @Field(() => Int, { description: 'Eligible under the published version, not now.' })
  droppedOutCount: number;

  @Field(() => [SimulationChange], { description: 'The first of them (by name), at most the limit asked.' })
  newlyEligible: SimulationChange[];

  @Field(() => [SimulationChange])
  droppedOut: SimulationChange[];
}
