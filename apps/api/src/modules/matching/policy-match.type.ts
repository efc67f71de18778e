import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Outcome } from '../policies/policy.enums.js';
import { Policy } from '../policies/policy.entity.js';

@ObjectType({
  description: 'How a match counts towards the total: policies of one stacking group pay only the largest.',
})
export class PolicyMatchStacking {
  @Field(() => String, { nullable: true })
  group: string | null;

  @Field({
    description: 'True when its benefit counts in the total (eligible, and alone or the largest in its group).',
  })
  counts: boolean;

  @Field(() => Policy, {
    nullable: true,
    description: 'The policy of its group that pays instead; null when it counts.',
  })
  supersededBy: Policy | null;
}

@ObjectType({ description: 'One published policy version in force, as it applies to one enterprise.' })
export class PolicyMatch {
  @Field(() => Policy)
  policy: Policy;

  @Field(() => Outcome)
  outcome: Outcome;

  @Field(() => Float, { description: 'Estimated yuan; 0 unless ELIGIBLE.' })
  benefit: number;

  @Field(() => GraphQLJSON, {
    description:
      'The leaves, recomputed from the stored facts: { path, fact, value, operator, threshold, result, text }.',
  })
  explanation: unknown;

  @Field(() => [String], { description: "The explanation as sentences in the caller's language." })
  explanationText: string[];

  @Field(() => [String], { description: 'Stored facts to enter (profile form fields).' })
  missingFacts: string[];

  @Field(() => GraphQLJSON, {
    description: 'Failing numeric conditions: [{ fact, value, threshold, gap, direction }].',
  })
  gaps: unknown;

  @Field(() => [String], {
    description: 'The gaps in words in the caller\'s language ("R&D ratio 3.6 %, needs ≥ 4 %").',
  })
  gapText: string[];

  @Field(() => PolicyMatchStacking)
  stacking: PolicyMatchStacking;

  @Field({ description: "'YYYY-MM-DD' it was evaluated as of." })
  asOf: string;

  @Field()
  engineVersion: string;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: "Totals of an enterprise's policy matches." })
export class PolicyMatchSummary {
  @Field(() => Float, { description: 'Yuan the enterprise can expect: eligible benefits, one per stacking group.' })
  totalBenefit: number;

  @Field(() => Int)
  eligible: number;

  @Field(() => Int)
  needsInfo: number;

  @Field(() => Int)
  ineligible: number;

  @Field(() => Int, { description: 'INELIGIBLE for one or two numeric conditions only.' })
  nearMisses: number;
}
