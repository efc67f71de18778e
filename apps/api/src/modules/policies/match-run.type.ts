import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * Progress of a background re-matching run (DESIGN "Jobs"). The type is in the contract already;
 * publishing starts no run yet, so `Policy.matchRun` answers null.
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
