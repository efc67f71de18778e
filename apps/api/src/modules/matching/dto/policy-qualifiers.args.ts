import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Outcome } from '../../policies/policy.enums.js';

@ArgsType()
export class PolicyQualifiersArgs extends PageArgs {
  @Field(() => Outcome, { nullable: true, description: 'Only this outcome; default every outcome.' })
  @IsOptional()
  @IsIn(Object.values(Outcome))
  outcome?: Outcome;

  @Field({ nullable: true, description: 'Only near misses: INELIGIBLE for one or two numeric conditions.' })
  @IsOptional()
  @IsBoolean()
  nearMiss?: boolean;
}
