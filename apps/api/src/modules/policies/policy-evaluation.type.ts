import { Field, Float, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Outcome } from './policy.enums.js';

@ObjectType({ description: 'One policy evaluated for one set of stored facts as of a date.' })
export class PolicyEvaluationResult {
  @Field(() => Outcome)
  outcome: Outcome;

  @Field(() => Float, { description: 'Estimated yuan; 0 unless ELIGIBLE.' })
  benefit: number;

  @Field(() => GraphQLJSON, {
    description:
      'The leaves in tree order: { path, fact, value, operator, threshold, result, missingFacts, context, text: { zh, en } }.',
  })
  explanation: unknown;

  @Field(() => [String], { description: "The explanation as sentences in the caller's language." })
  explanationText: string[];

  @Field(() => [String], { description: 'Stored facts to enter (for a missing derived fact, its missing inputs).' })
  missingFacts: string[];

  @Field(() => GraphQLJSON, {
    description:
      'Failing numeric conditions with their gap: { path, fact, value, operator, threshold, gap, direction, unit, text }.',
  })
  nearMisses: unknown;

  @Field(() => [String])
  nearMissText: string[];

  @Field({ description: 'False when asOf is outside the effective dates (then INELIGIBLE).' })
  inEffect: boolean;

  @Field({ description: "The evaluation date 'YYYY-MM-DD'." })
  asOf: string;

  @Field()
  engineVersion: string;
}

@ObjectType({ description: 'A test case run against a policy.' })
export class PolicyTestCaseResult {
  @Field()
  name: string;

  @Field()
  passed: boolean;

  @Field()
  asOf: string;

  @Field(() => Outcome)
  expectedOutcome: Outcome;

  @Field(() => Outcome, { nullable: true, description: 'Null when the facts of the case are invalid.' })
  actualOutcome: Outcome | null;

  @Field(() => Float, { nullable: true })
  expectedBenefit: number | null;

  @Field(() => Float, { nullable: true })
  actualBenefit: number | null;

  @Field(() => GraphQLJSON)
  explanation: unknown;

  @Field(() => [String])
  explanationText: string[];

  @Field(() => [String])
  missingFacts: string[];

  @Field(() => GraphQLJSON)
  nearMisses: unknown;

  @Field(() => GraphQLJSON, { description: "Faults of the case's facts: { code, path, message: { zh, en } }." })
  factFaults: unknown;
}
