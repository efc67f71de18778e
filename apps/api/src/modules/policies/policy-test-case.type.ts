import { Field, Float, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Outcome } from './policy.enums.js';

/** One of a policy's own examples: stored facts → expected outcome and benefit (libs/matching PolicyTestCase). */
@ObjectType()
export class PolicyTestCase {
  @Field()
  name: string;

  @Field(() => GraphQLJSON, { description: 'Stored facts (the fact vocabulary); a fact left out is missing.' })
  facts: Record<string, any>;

  @Field(() => Outcome)
  expectedOutcome: Outcome;

  @Field(() => Float, { nullable: true, description: 'Yuan; null = the benefit is not checked.' })
  expectedBenefit: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Evaluation date 'YYYY-MM-DD'; default the policy's effectiveFrom.",
  })
  asOf?: string | null;
}
