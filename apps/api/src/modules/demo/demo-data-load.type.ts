import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MatchRun } from '../matching/match-run.entity.js';

@ObjectType({ description: 'The latest load of the demo set (sample enterprises) and the re-match run it started.' })
export class DemoDataLoad {
  @Field()
  loadedAt: Date;

  @Field(() => Int, { description: 'Sample enterprises that load added.' })
  enterprises: number;

  @Field(() => MatchRun)
  matchRun: MatchRun;
}
