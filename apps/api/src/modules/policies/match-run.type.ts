import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * Progress of a background re-matching run (DESIGN "Jobs"). Publishing does not start one yet:
 * `Policy.matchRun` answers null until the matching issue adds the MatchRun entity, its
 * `policy.published` processor and the outbox event in PoliciesService.publish. That issue turns
 * this type into its entity (same GraphQL name and fields) and moves it to modules/matching.
 */
@ObjectType()
export class MatchRun {
  @Field(() => ID)
  id: string;

  @Field({ description: 'QUEUED, RUNNING, then FINISHED or FAILED.' })
  status: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  failed: number;
}
